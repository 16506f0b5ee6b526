"""The curation loader: quotes found in the published text, and clear errors for bad files.

The small report ``report.ru.txt`` has the genre's PDF damage (a line-end hyphenation, a
stray space inside a word); ``good.ru.yaml`` quotes it as it reads. Each file in ``bad/`` has
one mistake, and must give an :class:`InputError` naming the file and the mistake.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.base.errors import InputError
from builder.corpus.curation import (
    curation_path_for,
    find_quote,
    gold_path_for,
    load_curation,
    load_gold,
    quote_pattern,
)
from builder.facts.model import CURATED, Span

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"
TEXT = (HERE / "report.ru.txt").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- quote finding


@pytest.mark.parametrize(
    ("original", "quote"),
    [
        ("Межпарла-\nментской Ассамблеи", "Межпарламентской Ассамблеи"),
        ("Межпарла-  \n  ментской", "Межпарламентской"),
        ("приняла учас тие в", "приняла участие в"),
        ("27–29\u00a0 июня 2017\u00a0 года", "27–29 июня 2017 года"),
        ("27-29 июня", "27–29 июня"),
        ("государств —  участников", "государств - участников"),
        ("Закона «О выборах»", 'Закона "О выборах"'),
        ("Касым- Жомартом", "Касым-Жомартом"),
        ("вице-\nспикер", "вице-спикер"),
        ("пресс-кон-\nференция", "пресс-конференция"),
        ("переход\nстраны", "переход страны"),
        ("Бергстрём", "Бергстрем"),
    ],
)
def test_quote_matches_the_damaged_original_exactly(original: str, quote: str) -> None:
    text = "до " + original + " после"
    span = find_quote(text, quote)
    assert span == Span(3, 3 + len(original))


_WORD = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗ", min_size=1, max_size=12)
_SPACE = st.sampled_from([" ", "  ", "\n", " \n", "\u00a0", "\u00a0 ", "\t"])
_BREAK = st.sampled_from(["-\n", "- \n", "-  \n  ", " ", "\u00ad"])


@st.composite
def _damaged(draw: st.DrawFn) -> tuple[str, str]:
    """A clean phrase, and the same phrase as a PDF extraction may have damaged it."""
    words = draw(st.lists(_WORD, min_size=1, max_size=8))
    damaged_words = []
    for word in words:
        cut = draw(st.integers(min_value=0, max_value=len(word) - 1))
        if cut and draw(st.booleans()):
            word = word[:cut] + draw(_BREAK) + word[cut:]
        damaged_words.append(word)
    damaged = damaged_words[0]
    for word in damaged_words[1:]:
        damaged += draw(_SPACE) + word
    return " ".join(words), damaged


@given(_damaged(), _WORD, _WORD)
def test_any_damage_of_a_quote_is_found_with_its_exact_span(
    pair: tuple[str, str], before: str, after: str
) -> None:
    quote, damaged = pair
    text = before + ". " + damaged + " ." + after
    found = list(quote_pattern(quote).finditer(text))
    assert any(
        (m.start(), m.end()) == (len(before) + 2, len(before) + 2 + len(damaged)) for m in found
    )


def test_quote_does_not_match_other_words() -> None:
    assert find_quote("Парламентской Ассамблеи", "Межпарламентской Ассамблеи") is None
    assert find_quote("наблюдатели от СНГ", "наблюдатели от МПА СНГ") is None


def test_span_is_tight_around_the_quoted_words() -> None:
    span = find_quote("  слово  в тексте  ", "слово в тексте")
    assert span == Span(2, 17)


def test_occurrence_picks_the_nth_match_and_ambiguity_is_refused() -> None:
    text = "Наблюдатели пришли. Наблюдатели ушли."
    assert find_quote(text, "Наблюдатели", 2) == Span(20, 31)
    with pytest.raises(ValueError, match="occurs 2 times"):
        find_quote(text, "Наблюдатели")
    with pytest.raises(ValueError, match="occurrence 3"):
        find_quote(text, "Наблюдатели", 3)


def test_empty_quote_is_refused() -> None:
    with pytest.raises(ValueError):
        quote_pattern("   ")


# --------------------------------------------------------------------------- a good file


def test_good_file_loads_with_curated_evidence_spans_in_the_original() -> None:
    facts = load_curation(HERE / "good.ru.yaml", TEXT)
    assert facts.report == "good.ru.txt"
    assert facts.election is not None
    assert facts.election.voting_date == date(2000, 3, 12)
    assert facts.election.body is None
    mission = facts.main_mission
    assert mission is not None and mission.organiser == "МПА СНГ"
    (span,) = mission.evidence.spans
    assert TEXT[span.start : span.end] == (
        "Группа наблюдателей от Межпарла-\nментской Ассамблеи приняла учас тие"
    )
    assert mission.evidence.method == CURATED
    assert mission.evidence.rule == "curation:good.ru.yaml"
    (assessment,) = facts.assessments
    first, second = assessment.evidence.spans
    assert TEXT[first.start : first.end] == "Наблюдатели отметили открытость комиссий"
    assert TEXT[second.start : second.end] == "Наблюдатели"
    assert TEXT[second.start :].startswith("Наблюдатели посетили")


def test_gold_reads_the_report_named_in_the_file_beside_it(tmp_path: Path) -> None:
    (tmp_path / "good.ru.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "good.ru.gold.yaml"
    gold.write_text((HERE / "good.ru.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert load_gold(gold).main_mission.organiser == "МПА СНГ"


def test_gold_without_its_report_is_an_input_error(tmp_path: Path) -> None:
    gold = tmp_path / "good.ru.gold.yaml"
    gold.write_text((HERE / "good.ru.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(InputError, match="good.ru.txt"):
        load_gold(gold)


def test_curation_and_gold_paths_follow_the_report_name(tmp_path: Path) -> None:
    report = tmp_path / "reports" / "X.ru.txt"
    assert curation_path_for(report, tmp_path) is None
    (tmp_path / "X.ru.yaml").write_text("report: X.ru.txt\n", encoding="utf-8")
    assert curation_path_for(report, tmp_path) == tmp_path / "X.ru.yaml"
    assert gold_path_for(report, tmp_path) == tmp_path / "X.ru.gold.yaml"


# --------------------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("malformed.ru.yaml", r"malformed\.ru\.yaml:[56]:\d+: malformed YAML: expected ','"),
        (
            "unknown-key.ru.yaml",
            r"unknown-key\.ru\.yaml:3: missions\[0\]: unknown key 'observer_cuont' \(allowed: ",
        ),
        (
            "bad-vocabulary.ru.yaml",
            r"bad-vocabulary\.ru\.yaml:8: assessments\[0\]\.topic: 'transparency' is not a "
            r"topic key",
        ),
        (
            "quote-not-found.ru.yaml",
            r"quote-not-found\.ru\.yaml:3: mission 'main': quote not found in the report: "
            r"'Группа наблюдателей от Парламентской Ассамблеи'",
        ),
        ("ambiguous-quote.ru.yaml", r"'Наблюдатели' occurs 2 times; add 'occurrence: N'"),
        ("dangling-mission.ru.yaml", r"events\[0\]: mission 'cis' is not a mission key"),
        ("not-a-report-with-facts.ru.yaml", r"is false, so nothing else may be filled.*missions"),
        ("duplicate-key.ru.yaml", r"duplicate-key\.ru\.yaml:7:5: .*'evidence' is given twice"),
        (
            "impossible-date.ru.yaml",
            r"impossible-date\.ru\.yaml:5:\d+: .*'2000-02-31' is not a date",
        ),
        ("wrong-report.ru.yaml", r"names 'some-other-report\.ru\.txt'.*'wrong-report\.ru\.txt'"),
    ],
)
def test_bad_file_gives_one_input_error_naming_file_and_mistake(name: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        load_curation(BAD / name, TEXT)
    assert str(BAD / name) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_curation(tmp_path / "nothing.ru.yaml", TEXT)


def test_two_main_missions_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "two.ru.yaml"
    path.write_text(
        "report: two.ru.txt\nmissions:\n"
        "  - {key: a, main: true, organiser: МПА СНГ, evidence: [Группа наблюдателей]}\n"
        "  - {key: b, main: true, organiser: СНГ, evidence: [Президента 12 марта]}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="exactly one mission must have 'main: true', found 2"):
        load_curation(path, TEXT)


def test_fact_without_evidence_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bare.ru.yaml"
    path.write_text(
        "report: bare.ru.txt\nmissions:\n  - {key: a, main: true, organiser: МПА СНГ}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="no evidence"):
        load_curation(path, TEXT)


def test_name_variant_not_in_the_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "people.ru.yaml"
    path.write_text(
        "report: people.ru.txt\npeople:\n  - {name: Иван Петров, variants: [И. Петров]}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="variant 'И. Петров' is not written in the report"):
        load_curation(path, TEXT)


def test_an_election_may_leave_unsaid_what_its_report_does(tmp_path: Path) -> None:
    """A report that names no country or day of voting is curated as it reads: the facts model
    and the shapes allow each election field to be missing, so the loader does too; a day
    given without a year is written --MM-DD, as extraction writes it."""
    path = tmp_path / "unsaid.ru.yaml"
    path.write_text(
        "report: unsaid.ru.txt\n"
        "election: {country: null, kind: null, voting_date: null,"
        " evidence: [выборов Президента 12 марта]}\n"
        "missions:\n"
        "  - {key: a, main: true, organiser: МПА СНГ, start: --03-10, end: --03-13,"
        " evidence: [Группа наблюдателей]}\n",
        encoding="utf-8",
    )
    facts = load_curation(path, TEXT)
    election = facts.election
    assert election is not None
    assert (election.country_iso, election.kind, election.voting_date) == (None, None, None)
    start = facts.missions[0].start
    assert start is not None and start.isoformat() == "--03-10"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("country", "Kazakhstan", "'Kazakhstan' is not an ISO 3166-1 alpha-2 code"),
        ("voting_date", "12 марта", "'12 марта' is not a date"),
        ("voting_date", "--13-01", "'--13-01' is not a date"),
    ],
)
def test_an_election_field_given_wrong_is_still_refused(
    tmp_path: Path, field: str, value: str, message: str
) -> None:
    path = tmp_path / "wrong.ru.yaml"
    path.write_text(
        f"report: wrong.ru.txt\nelection: {{{field}: '{value}',"
        " evidence: [выборов Президента 12 марта]}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=message):
        load_curation(path, TEXT)
