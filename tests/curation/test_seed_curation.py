"""The seed report's curation file has every fact a careful reader finds, and nothing else.

The seed (data/reports/2017-06-kz-senate-ipa-cis.ru.txt) is the IPA CIS release on the
election of Kazakhstan's Senate, June 2017. Its curation is both the source of the seed graph
and the gold standard of extraction, so the facts are pinned here value by value.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from builder.corpus.curation import load_curation
from builder.facts.model import CURATED, ReportFacts

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "data" / "reports" / "2017-06-kz-senate-ipa-cis.ru.txt"
CURATION = PROJECT / "data" / "curation" / "2017-06-kz-senate-ipa-cis.ru.yaml"

UMAKHANOV = "Ильяс Умаханов"


@pytest.fixture(scope="module")
def text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def facts(text: str) -> ReportFacts:
    return load_curation(CURATION, text)


def test_election(facts: ReportFacts) -> None:
    e = facts.election
    assert facts.report == SEED.name and facts.is_observation_report
    assert (e.country_iso, e.kind, e.body, e.voting_date) == (
        "KZ",
        "parliamentary",
        "Сенат Парламента Республики Казахстан",
        date(2017, 6, 28),
    )


def test_three_missions_kept_apart(facts: ReportFacts) -> None:
    assert [(m.key, m.organiser, m.is_main, m.kind) for m in facts.missions] == [
        ("main", "МПА СНГ", True, "short-term"),
        ("cis", "СНГ", False, None),
        ("mimrd", "МИМРД МПА СНГ", False, "long-term"),
    ]
    assert facts.mission("cis").name == "Миссия наблюдателей от СНГ"
    for other in facts.missions[1:]:
        assert (other.observer_count, other.sending_states, other.coordinator) == (None, [], None)


def test_main_mission(facts: ReportFacts) -> None:
    m = facts.main_mission
    assert (m.start, m.end) == (date(2017, 6, 27), date(2017, 6, 29))
    assert (m.observer_count, m.observer_count_min, m.state_count) == (13, None, 6)
    assert m.sending_states == ["AM", "BY", "KG", "MD", "RU", "TJ"]
    assert m.member_kinds == ["deputy", "legislature-representative", "secretariat-staff"]
    assert m.coordinator.name == UMAKHANOV
    assert m.coordinator.post == (
        "заместитель Председателя Совета Федерации Федерального Собрания Российской Федерации"
    )
    assert m.head_role == "coordinator"


def test_events_in_date_order_with_officials_met(facts: ReportFacts) -> None:
    events = facts.events
    assert [(e.date, e.kind) for e in events] == [
        (date(2017, 6, 27), "meeting"),
        (date(2017, 6, 27), "meeting"),
        (date(2017, 6, 28), "voting-day-observation"),
        (date(2017, 6, 28), "meeting"),
        (date(2017, 6, 29), "press-conference"),
    ]
    assert all(e.mission == "main" for e in events)
    met = [(p.name, p.post, e.date) for e in events for p in e.met]
    assert met == [
        (
            "Касым-Жомарт Токаев",
            "Председатель Сената Парламента Республики Казахстан",
            date(2017, 6, 27),
        ),
        (
            "Берик Имашев",
            "Председатель Центральной избирательной комиссии Республики Казахстан",
            date(2017, 6, 27),
        ),
        (
            "Нурлан Нигматулин",
            "Председатель Мажилиса Парламента Республики Казахстан",
            date(2017, 6, 28),
        ),
    ]
    assert "конституционной реформы 2017 года" in events[0].summary
    assert "списка кандидатов" in events[1].summary


def test_voting_day_regions_and_stages(facts: ReportFacts) -> None:
    voting = facts.events[2]
    assert voting.regions == ["Астана", "Акмолинская область", "Карагандинская область"]
    assert voting.voting_stages == ["opening", "voting", "counting", "tabulation"]
    assert voting.place is None


def test_press_conference_was_run_by_the_cis_mission(facts: ReportFacts) -> None:
    press = facts.events[4]
    assert (press.place, press.organiser_mission, press.attendees) == ("Астана", "cis", [UMAKHANOV])


def test_assessments_with_speakers_topics_and_events(facts: ReportFacts) -> None:
    events = [e.key for e in facts.events]
    got = [(a.by, a.polarity, a.topic, events.index(a.at_event)) for a in facts.assessments]
    assert got == [
        (UMAKHANOV, "positive", "general", 1),
        (UMAKHANOV, "positive", "legal-framework", 4),
        (UMAKHANOV, "positive", "election-administration", 4),
        (None, "positive", "international-observation", 0),
    ]
    assert "ротация депутатского корпуса" in facts.assessments[0].statement
    assert "международным стандартам" in facts.assessments[1].statement
    assert not any(a.recommendation for a in facts.assessments)


def test_people_with_posts_and_variants(facts: ReportFacts) -> None:
    people = {p.name: p for p in facts.people}
    assert sorted(people) == sorted(
        [UMAKHANOV, "Касым-Жомарт Токаев", "Берик Имашев", "Нурлан Нигматулин"]
    )
    assert "К.-Ж. Токаев" in people["Касым-Жомарт Токаев"].variants
    assert "И. Умаханов" in people[UMAKHANOV].variants
    assert people["Берик Имашев"].post.startswith("Председатель Центральной")


def test_every_fact_has_curated_evidence_in_the_text(facts: ReportFacts, text: str) -> None:
    holders = [facts.election, *facts.missions, *facts.events, *facts.assessments]
    holders.append(facts.main_mission.coordinator)
    for holder in holders:
        ev = holder.evidence
        assert ev is not None and ev.spans, holder
        assert ev.method == CURATED and ev.rule == f"curation:{CURATION.name}"
        assert all(0 <= s.start < s.end <= len(text) for s in ev.spans)
    coordinator_span = facts.main_mission.coordinator.evidence.spans[0]
    assert text[coordinator_span.start : coordinator_span.end].endswith("Ильяс Умаханов")
