"""End-to-end extraction on the seed and the development corpus, scored against gold.

Gold is ``tests/corpus/X.ru.gold.yaml`` (curation format); while a report has no YAML gold yet,
its reader's JSON summary (``X.ru.facts.json``) is scored instead. The per-report table is
printed (``pytest -s``) so that a regression shows which fact type moved.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from builder.facts.model import (
    EXTRACTED,
    Assessment,
    Election,
    Event,
    Mission,
    PersonMention,
    ReportFacts,
)
from builder.facts.scoring import format_table, score
from builder.text import defaults
from builder.text.extract import extract

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT / "tests" / "corpus"
SEED = PROJECT / "data" / "reports" / "2017-06-kz-senate-ipa-cis.ru.txt"
SEED_CURATION = PROJECT / "data" / "curation" / "2017-06-kz-senate-ipa-cis.ru.yaml"
DEV = sorted(CORPUS.glob("dev-*.ru.txt"))

_KINDS = {
    "meeting": "meeting",
    "voting-day observation": "voting-day-observation",
    "press conference": "press-conference",
    "final meeting": "final-meeting",
    "briefing": "briefing",
}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _from_json(path: Path) -> ReportFacts:
    """A reader's JSON summary as ReportFacts (main mission, its events and all assessments)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    facts = ReportFacts(report=path.name, is_observation_report=data["is_observation_report"])
    if not facts.is_observation_report:
        return facts
    e = data["election"]
    facts.election = Election(e["country_iso"], e["kind"], _day(e["voting_date"]), e["body"])
    m, c = data["mission"], data["coordinator"]
    facts.missions = [
        Mission(
            key="main",
            organiser=m["organiser"],
            is_main=True,
            start=_day(m["start"]),
            end=_day(m["end"]),
            observer_count=m["observer_count"],
            state_count=m["state_count"],
            sending_states=data["observer_states_iso"],
            coordinator=PersonMention(c["name"], c["post"]) if c else None,
        )
    ]
    posts = {o["name"]: o["post"] for o in data["officials_met"]}
    for ev in data["events"]:
        kind = _KINDS[ev["type"]]
        event = Event("main", kind, _day(ev["date"]), place=ev["place"])
        if ev["with"] in posts:
            event.met = [PersonMention(ev["with"], posts[ev["with"]])]
        if kind == "voting-day-observation":
            event.regions = list(data["regions"])
        facts.events.append(event)
    facts.assessments = [
        Assessment("main", a["by"], a["polarity"], "general", a["gist"])
        for a in data["assessments"]
    ]
    return facts


def _gold(report: Path) -> ReportFacts:
    yaml_gold = CORPUS / (report.name.removesuffix(".txt") + ".gold.yaml")
    if yaml_gold.is_file():
        from builder.corpus.curation import load_gold

        return load_gold(yaml_gold, report.read_text(encoding="utf-8"))
    if report.name == SEED.name:
        from builder.corpus.curation import load_curation

        return load_curation(SEED_CURATION, report.read_text(encoding="utf-8"))
    return _from_json(CORPUS / (report.name.removesuffix(".txt") + ".facts.json"))


def _run(report: Path) -> tuple[ReportFacts, ReportFacts]:
    text = report.read_text(encoding="utf-8")
    return extract(report.name, text)[1], _gold(report)


def test_seed_reaches_f1_095():
    pred, gold = _run(SEED)
    s = score(pred, gold, defaults.reference())
    print("\n" + format_table(s))
    assert s.overall.f1 >= 0.95, (s.missed, s.extra)


@pytest.mark.skipif(not DEV, reason="no development corpus in tests/corpus")
def test_every_dev_report_reaches_f1_090():
    scores = {}
    for report in DEV:
        pred, gold = _run(report)
        scores[report.name.split("-")[0] + "-" + report.name.split("-")[1]] = score(
            pred, gold, defaults.reference()
        )
    print("\n" + format_table(scores))
    low = {name: round(s.overall.f1, 3) for name, s in scores.items() if s.overall.f1 < 0.9}
    assert not low


def _dev(prefix: str) -> Path:
    found = [p for p in DEV if p.name.startswith(prefix)]
    if not found:
        pytest.skip(f"{prefix} is not in tests/corpus")
    return found[0]


def test_nothing_is_invented_from_a_conference_report():
    report = _dev("dev-08")
    facts = extract(report.name, report.read_text(encoding="utf-8"))[1]
    assert facts.is_observation_report is False
    assert (facts.election, facts.missions, facts.events, facts.assessments) == (None, [], [], [])


def test_the_two_missions_of_dev03_never_mix():
    report = _dev("dev-03")
    facts = extract(report.name, report.read_text(encoding="utf-8"))[1]
    main = facts.main_mission
    other = next(m for m in facts.missions if m.organiser == "СНГ")
    assert (main.organiser, main.start, main.end) == (
        "МПА СНГ",
        date(2015, 10, 8),
        date(2015, 10, 12),
    )
    assert (main.observer_count, main.observer_count_min) == (None, 40)
    assert main.coordinator.name == "Нурлан Бекмухамбетов"
    assert (other.coordinator.name, other.head_role) == ("Игорь Ракитин", "head-of-mission")
    # "Миссия наблюдателей от СНГ ... начала работу в Минске 9 сентября": its own start
    assert other.observer_count_min == 400 and other.start == date(2015, 9, 9)
    main_met = {p.name for e in facts.events if e.mission == main.key for p in e.met}
    assert "Андрей Мацкевич" not in main_met
    conference = next(e for e in facts.events if e.kind == "press-conference")
    assert (conference.mission, conference.organiser_mission) == (main.key, other.key)
    by = {a.by: a.mission for a in facts.assessments}
    assert by["Игорь Ракитин"] == other.key and by["Нурлан Бекмухамбетов"] == main.key


def test_every_fact_points_at_the_original_text():
    text = SEED.read_text(encoding="utf-8")
    doc, facts = extract(SEED.name, text)
    evidences = [m.evidence for m in facts.missions] + [facts.election.evidence]
    evidences += [e.evidence for e in facts.events] + [a.evidence for a in facts.assessments]
    for ev in evidences:
        assert ev is not None and ev.method == EXTRACTED and ev.rule
        for span in ev.spans:
            assert 0 <= span.start < span.end <= len(text)
    coordinator = facts.main_mission.coordinator
    span = coordinator.evidence.spans[0]
    assert "Умаханов" in text[span.start : span.end]
    assert "замес титель" in text[span.start : span.end]  # the file as published, not normalised
    tokaev = next(p for p in facts.people if p.name == "Касым-Жомарт Токаев")
    assert (
        "Касым- Жомартом Токаевым" in tokaev.variants
        or "Касым-Жомартом Токаевым" in tokaev.variants
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        "Пресс-релиз",
        "группа наблюдателей от",
        "Координатором группы назначен.",
        "В день голосования, 31 февраля, наблюдатели посетили участки.",
        "С 5 по 3 мая группа наблюдателей от МПА СНГ вела мониторинг выборов.",
    ],
)
def test_degenerate_texts_give_facts_without_failing(text):
    doc, facts = extract("odd.ru.txt", text)
    assert facts.report == "odd.ru.txt"
    assert all(a.evidence is not None for a in facts.assessments)


def test_arbitrary_text_never_breaks_extraction():
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(
        [
            "группа",
            "наблюдателей",
            "от",
            "МПА",
            "СНГ",
            "выборов",
            "28",
            "июня",
            "2017",
            "года",
            "Ильяс",
            "Умаханов",
            "встретились",
            "с",
            "Председателем",
            "в",
            "Астане",
            ",",
            ".",
            "—",
            "и",
            "областях",
            "Акмолинской",
            "не",
            "нарушений",
            "отметил",
            "что",
            "\n",
            "более",
        ]
    )

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(words, max_size=60))
    def run(tokens):
        text = " ".join(tokens)
        _, facts = extract("h.ru.txt", text)
        for m in facts.missions:
            assert m.evidence is not None
            for span in m.evidence.spans:
                assert 0 <= span.start <= span.end <= len(text)

    run()
