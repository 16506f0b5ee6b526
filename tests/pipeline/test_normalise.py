"""The normaliser undoes PDF damage and keeps a faithful map back to the file as published.

Snippets are taken from the genre's reports (the seed report and the development texts, some
of them copied under ``fixtures/``); properties are checked with hypothesis on arbitrary text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from builder.base.errors import InputError
from builder.text import defaults
from builder.text.document import Doc
from builder.text.normalise import Normaliser, load_split_prefixes

normalise = Normaliser(
    defaults.models().morphology
).normalise  # one normaliser for the module, as a build has one

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "data" / "reports" / "2017-06-kz-senate-ipa-cis.ru.txt"
REPORTS = [SEED, *sorted(FIXTURES.glob("*.txt"))]
# reports extracted from PDFs (hard-wrapped, blank lines between paragraphs)
PDF_REPORTS = [
    SEED,
    FIXTURES / "dev-02-am-parliament-2017.ru.txt",
    FIXTURES / "dev-06-az-presidential-2018.ru.txt",
]


def norm(text: str) -> str:
    return normalise(text)[0]


# -- line-end hyphenation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        (
            "группа наблюдателей от Межпарла-\nментской Ассамблеи государств",
            "группа наблюдателей от Межпарламентской Ассамблеи государств",
        ),
        ("Сената Парламента Республи-\nки Казахстан.", "Сената Парламента Республики Казахстан."),
        (
            "прошла итоговая пресс-кон-\nференция группы.",
            "прошла итоговая пресс-конференция группы.",
        ),
        ("насчитывала 17 на-\nблюдателей из Беларуси", "насчитывала 17 наблюдателей из Беларуси"),
        ("новеллах Изби-\nрательного кодекса", "новеллах Избирательного кодекса"),
        ("Рес-\nпублика Казахстан", "Республика Казахстан"),
        (
            "Нацио-\nнального Собрания Республики Армения Ваграм Бабаян, ко-\nторый рассказал",
            "Национального Собрания Республики Армения Ваграм Бабаян, который рассказал",
        ),
        # a surname hyphenated across a line: neither form is a dictionary word, so it joins
        (
            "миссии БДИПЧ ОБСЕ Яном Берг-\nстрёмом. Стороны",
            "миссии БДИПЧ ОБСЕ Яном Бергстрёмом. Стороны",
        ),
    ],
)
def test_line_end_hyphen_is_removed_when_the_halves_make_one_word(
    original: str, expected: str
) -> None:
    assert norm(original) == expected


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        (
            "с Председателем Сената Касым-\nЖомартом Токаевым",
            "с Председателем Сената Касым-Жомартом Токаевым",
        ),
        ("в Ошской и Джалал-\nАбадской областях", "в Ошской и Джалал-Абадской областях"),
        (
            "наблюдателей принял вице-\nспикер Национального Собрания",
            "наблюдателей принял вице-спикер Национального Собрания",
        ),
        (
            "В списках избирателей по-\nпрежнему значатся граждане",
            "В списках избирателей по-прежнему значатся граждане",
        ),
        (
            "программа социально-\nэкономического развития",
            "программа социально-экономического развития",
        ),
        ("проинформировал К.-\nЖ. Токаева", "проинформировал К.-Ж. Токаева"),
    ],
)
def test_real_hyphen_at_line_end_is_kept(original: str, expected: str) -> None:
    assert norm(original) == expected


def test_words_in_capitals_are_repaired_only_into_dictionary_words() -> None:
    assert norm("ЦЕНТРАЛЬ-\nНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ") == "ЦЕНТРАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ"
    assert norm("МЕЖДУНАРОД НЫХ НАБЛЮДАТЕЛЕЙ") == "МЕЖДУНАРОДНЫХ НАБЛЮДАТЕЛЕЙ"
    assert norm("МПА-\nСНГ") == "МПА-СНГ"
    assert norm("МПА СНГ ВО ВРЕМЯ") == "МПА СНГ ВО ВРЕМЯ"


def test_soft_hyphen_is_dropped_inside_a_word_and_across_a_line_end() -> None:
    assert norm("Межпарла\u00adментской") == "Межпарламентской"
    assert norm("Межпарла\u00ad\nментской Ассамблеи") == "Межпарламентской Ассамблеи"


# -- words split by a stray space -------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("приняла учас тие в  краткосрочном", "приняла участие в краткосрочном"),
        (
            "был назначен замес титель Пред-\nседателя Совета",
            "был назначен заместитель Председателя Совета",
        ),
        ("вошли парламентарии, экс перты МИМРД", "вошли парламентарии, эксперты МИМРД"),
        ("мониторинга и пере дал ему материалы", "мониторинга и передал ему материалы"),
        (
            "организованно и в со ответствии с законодательством",
            "организованно и в соответствии с законодательством",
        ),
        (
            "на Заключении между народных наблю-\nдателей от МПА СНГ",
            "на Заключении международных наблюдателей от МПА СНГ",
        ),
        (
            "к диалогу с между народ-\nными наблюдателями",
            "к диалогу с международными наблюдателями",
        ),
        (
            "были организованы в со-\nответствии с Избирательным кодексом",
            "были организованы в соответствии с Избирательным кодексом",
        ),
        ("Учас тие в мониторинге", "Участие в мониторинге"),
    ],
)
def test_word_split_by_a_stray_space_is_joined(original: str, expected: str) -> None:
    assert norm(original) == expected


@pytest.mark.parametrize(
    "text",
    [
        "депутатского корпуса в ходе текущей избирательной кампании",
        "а также о ходе избирательной кампании",
        "в Бишкеке и в Ошской области",
        "за тем столом сидели наблюдатели",
        "по тому же принципу",
        "не смотря ни на что",
        "между народами двух стран",
        "Стороны сошлись в оценке важности международного мониторинга выборов",
    ],
)
def test_two_ordinary_words_are_never_joined(text: str) -> None:
    assert norm(text) == text


def test_split_prefixes_come_from_reference_data() -> None:
    prefixes = load_split_prefixes()
    assert {"между", "со", "пере", "экс"} <= set(prefixes)
    assert "на" not in prefixes and "за" not in prefixes
    # without the prefix list, both halves of "между народных" are words: no join
    assert (
        Normaliser(defaults.models().morphology, split_prefixes=[]).normalise("между народных")[0]
        == "между народных"
    )


def test_unreadable_normalisation_data_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "normalisation.yaml"
    bad.write_text("split_prefixes: 12\n", encoding="utf-8")
    with pytest.raises(InputError, match="normalisation.yaml"):
        load_split_prefixes(bad)
    with pytest.raises(InputError, match="missing.yaml"):
        load_split_prefixes(tmp_path / "missing.yaml")


# -- hyphens, dashes, quotes ------------------------------------------------------------------


def test_space_after_a_hyphen_inside_a_name_is_removed() -> None:
    assert norm("с Председателем Сената Касым- Жомартом Токаевым") == (
        "с Председателем Сената Касым-Жомартом Токаевым"
    )
    # a suspended hyphen before a conjunction is not a broken name
    assert norm("двух- и трехэтажные здания") == "двух- и трехэтажные здания"
    # a line-end hyphen whose line break became a space
    assert norm("от Межпарла- ментской Ассамблеи") == "от Межпарламентской Ассамблеи"
    assert norm("из- за погоды") == "из-за погоды"


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("27–29  июня 2017  года", "27–29 июня 2017 года"),
        ("27 - 29 июня", "27–29 июня"),
        ("27 — 29 июня", "27–29 июня"),
        ("9–12  апреля 2018  года", "9–12 апреля 2018 года"),
        ("30 марта – 3 апреля 2017 года", "30 марта — 3 апреля 2017 года"),
        (
            "от Ассамблеи государств —  участников Содружества",
            "от Ассамблеи государств — участников Содружества",
        ),
        ("государств -- участников", "государств — участников"),
        ("государств - участников", "государств — участников"),
        ("государств —участников", "государств — участников"),
        ("выборы 2017-06-28 прошли", "выборы 2017-06-28 прошли"),
        ("рейс Москва–Пекин", "рейс Москва–Пекин"),
        ("— Слово предоставили председателю", "— Слово предоставили председателю"),
        ("- Слово предоставили председателю", "— Слово предоставили председателю"),
        ("веб-трансляции", "веб-трансляции"),
    ],
)
def test_dashes_follow_one_convention(original: str, expected: str) -> None:
    assert norm(original) == expected


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("партия “Ак жол” победила", "партия «Ак жол» победила"),
        ("партия „Ак жол“ победила", "партия «Ак жол» победила"),
        ('партия "Ак жол" победила', "партия «Ак жол» победила"),
        ("партия «Ак жол» победила", "партия «Ак жол» победила"),
    ],
)
def test_quotes_become_guillemets(original: str, expected: str) -> None:
    assert norm(original) == expected


# -- white space, lines and paragraphs --------------------------------------------------------


def test_blank_lines_separate_paragraphs_and_single_breaks_are_wraps() -> None:
    original = (
        " Межпарламентская Ассамблея СНГ\n\nНаблюдатели от МПА СНГ приняли участие"
        " в мониторинге выборов  \nдепутатов Сената\n\n\n27 июня наблюдатели\nвстретились."
    )
    assert norm(original) == (
        "Межпарламентская Ассамблея СНГ\n"
        "Наблюдатели от МПА СНГ приняли участие в мониторинге выборов депутатов Сената\n"
        "27 июня наблюдатели встретились."
    )


def test_without_blank_lines_each_line_is_a_paragraph() -> None:
    original = (FIXTURES / "dev-01-kg-parliament-2015.ru.txt").read_text(encoding="utf-8")
    text = norm(original)
    assert text.count("\n") == original.strip().count("\n")
    assert text.startswith("Наблюдатели от МПА СНГ провели мониторинг выборов")


@pytest.mark.parametrize("path", PDF_REPORTS, ids=lambda p: p.name)
def test_hard_wrapped_file_without_blank_lines_keeps_its_words_and_headings(path: Path) -> None:
    """pdftotext can drop the blank lines between paragraphs: wraps are still recognised,
    the two headings (short lines without a full stop) stay lines of their own."""
    original = path.read_text(encoding="utf-8")
    without_blank_lines = re.sub(r"\n\s*\n", "\n", original)
    text = norm(without_blank_lines)
    assert text.replace("\n", " ") == norm(original).replace("\n", " ")
    lines = text.split("\n")
    assert lines[:2] == norm(original).split("\n")[:2]
    assert all(line.endswith(".") for line in lines[2:])


def test_a_line_starting_in_lower_case_continues_the_paragraph() -> None:
    # a PDF page break between "и" and "Таджикистана" leaves a blank line
    assert norm("Беларуси, России\n\nи Таджикистана.\n\nНовый абзац.") == (
        "Беларуси, России и Таджикистана.\nНовый абзац."
    )


def test_no_space_is_left_inside_brackets_and_quotes_at_a_line_break() -> None:
    original = "государств (\nРеспублики Армения,\nРеспублики Беларусь\n) и партия «\nАк жол»\n."
    assert norm(original) == (
        "государств (Республики Армения, Республики Беларусь) и партия «Ак жол»."
    )


def test_spaces_of_every_kind_collapse_to_one() -> None:
    assert norm("13\u00a0международных\t\tнаблюдателей\u2009из  шести\u200b государств") == (
        "13 международных наблюдателей из шести государств"
    )


def test_windows_line_ends_are_line_ends() -> None:
    assert norm("Межпарла-\r\nментской\r\n\r\nАссамблеи") == "Межпарламентской\nАссамблеи"


def test_combining_marks_are_composed_and_stress_marks_dropped() -> None:
    assert norm("Бергстре\u0308м и Алиев Ильи\u0306") == "Бергстрём и Алиев Ильй"
    assert norm("вы\u0301боры") == "выборы"


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Рeспублика Казахстан", "Республика Казахстан"),  # Latin e
        ("Mеждународный", "Международный"),  # Latin M
        ("CОVID", "COVID"),  # Cyrillic О in a Latin word
        ("COVID-\nинфекция", "COVID-инфекция"),  # two scripts: the hyphen is real
        ("Межпар\u2010\nламентской", "Межпарламентской"),  # Unicode hyphen at a line end
        ("вице\u2011спикер", "вице-спикер"),  # non-breaking hyphen
    ],
)
def test_look_alike_letters_and_hyphens_are_unified(original: str, expected: str) -> None:
    assert norm(original) == expected


def test_empty_and_blank_input() -> None:
    assert normalise("") == ("", [0])
    assert normalise(" \n\n \t") == ("", [5])


# -- the map back to the original -------------------------------------------------------------


def test_original_span_of_a_dehyphenated_word_covers_the_hyphen_and_line_break() -> None:
    original = "группа наблюдателей от Межпарла-\nментской Ассамблеи"
    doc = Normaliser(defaults.models().morphology)(Doc("x.txt", original))
    start = doc.text.index("Межпарламентской")
    span = doc.original_span(start, start + len("Межпарламентской"))
    assert original[span.start : span.end] == "Межпарла-\nментской"


def test_original_span_of_a_joined_split_word_covers_the_stray_space() -> None:
    original = "приняла учас тие в  краткосрочном"
    doc = Normaliser(defaults.models().morphology)(Doc("x.txt", original))
    start = doc.text.index("участие")
    span = doc.original_span(start, start + len("участие"))
    assert original[span.start : span.end] == "учас тие"


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_every_word_maps_back_to_the_same_word_in_the_report(path: Path) -> None:
    """Each normalised word, read back from the file, is the same word once the PDF's line
    breaks, hyphens and stray spaces are removed."""
    original = path.read_text(encoding="utf-8")
    doc = Normaliser(defaults.models().morphology)(Doc(path.name, original))
    words = list(re.finditer(r"\w+(?:-\w+)*", doc.text))
    assert len(words) > 100
    for match in words:
        span = doc.original_span(*match.span())
        written = original[span.start : span.end]
        assert re.sub(r"[-\s\u00ad]", "", written) == match.group().replace("-", ""), written


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_reports_are_normalised_once_and_for_all(path: Path) -> None:
    text, offsets = normalise(path.read_text(encoding="utf-8"))
    assert norm(text) == text
    assert "  " not in text and "-\n" not in text and "\n\n" not in text
    assert len(offsets) == len(text) + 1


# -- properties -------------------------------------------------------------------------------

# Text made of the characters PDF damage is made of, so hypothesis reaches the rules.
PDF_ALPHABET = st.sampled_from(
    list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВКМНПРС")
    + list("0123456789.,:;()")
    + list("aeopcxBCKMTdfg")
    + [" ", " ", " ", "\n", "\n", "-", "-", "—", "–", "−", "«", "»", "“", "”", "„", '"']
    + ["\u00ad", "\u00a0", "\t", "\r", "\u200b", "\u0301", "\u0308", "\u0306", "\u2010"]
    + list("!?[]")
)
WORDS = st.sampled_from(
    [
        "между",
        "народных",
        "учас",
        "тие",
        "со",
        "ответствии",
        "Касым",
        "Жомарт",
        "в",
        "ходе",
        "пере",
        "дал",
        "Межпарла",
        "ментской",
        "вице",
        "спикер",
        "по",
        "прежнему",
        "27",
        "29",
        "экс",
        "перты",
        "Берг",
        "стрёмом",
        "пресс",
        "кон",
        "ференция",
        "и",
        "наблю",
        "дателей",
        "ЦЕНТРАЛЬ",
        "НАЯ",
        "МПА",
        "Рeспублика",
        "CОVID",
        "(",
        "»",
    ]
)
SEPARATORS = st.sampled_from(
    [" ", "  ", "-\n", "-", "- ", "\n", "\n\n", " - ", "–", " — ", "\u00ad\n"]
    + [".\n", ",\n", "(\n", "\n)", " «", "» ", '"', ".\n\n", ". "]
)
PDF_TEXT = st.one_of(
    st.text(PDF_ALPHABET, max_size=80),
    st.lists(st.tuples(WORDS, SEPARATORS), max_size=12).map(
        lambda pairs: "".join(word + sep for word, sep in pairs)
    ),
)


def check_offsets(original: str, text: str, offsets: list[int]) -> None:
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(original)
    assert all(0 <= offsets[i] < len(original) for i in range(len(text)))
    assert all(a <= b for a, b in zip(offsets, offsets[1:], strict=False))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
@example("")
@example("\u0301")
@example("-\n-")
def test_any_unicode_text_normalises_with_a_valid_map_and_is_stable(original: str) -> None:
    text, offsets = normalise(original)
    check_offsets(original, text, offsets)
    assert norm(text) == text


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(PDF_TEXT)
@example("между народ-\nными")
@example("Касым- Жомартом")
@example("27 -\n29")
def test_pdf_like_text_normalises_with_a_valid_map_and_is_stable(original: str) -> None:
    text, offsets = normalise(original)
    check_offsets(original, text, offsets)
    assert norm(text) == text
    assert "  " not in text and not text.startswith((" ", "\n")) and not text.endswith((" ", "\n"))
