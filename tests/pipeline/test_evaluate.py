"""Evaluation: per-type precision, recall and F1, tolerant posts, greedy assessment matching."""

from __future__ import annotations

from datetime import date

import pytest

from builder.facts.model import Assessment, Election, Event, Mission, PersonMention, ReportFacts
from builder.facts.scoring import fact_tuples, format_table, score
from builder.text import defaults


def _facts(**changes) -> ReportFacts:
    main = Mission(
        key="main",
        organiser="МПА СНГ",
        is_main=True,
        start=date(2017, 6, 27),
        end=date(2017, 6, 29),
        observer_count=13,
        state_count=2,
        sending_states=["AM", "BY"],
        coordinator=PersonMention("Ильяс Умаханов", post="заместитель Председателя Совета"),
    )
    facts = ReportFacts(
        report="r.txt",
        election=Election("KZ", "parliamentary", date(2017, 6, 28)),
        missions=[main],
        events=[
            Event(
                "main",
                "meeting",
                date(2017, 6, 27),
                met=[PersonMention("Берик Имашев", post="Председатель ЦИК")],
            ),
            Event("main", "voting-day-observation", date(2017, 6, 28), regions=["Астана"]),
        ],
        assessments=[
            Assessment(
                "main",
                "Ильяс Умаханов",
                "positive",
                "legal-framework",
                "законодательство соответствует международным стандартам",
            ),
            Assessment(
                "main",
                None,
                "critical",
                "voter-registration",
                "в списках избирателей значатся уехавшие граждане",
            ),
        ],
    )
    for key, value in changes.items():
        setattr(facts, key, value)
    return facts


def test_identical_facts_score_one_everywhere():
    s = score(_facts(), _facts(), defaults.reference())
    assert all(c.f1 == 1.0 for c in s.by_type.values())
    assert s.overall.fp == 0 and s.overall.fn == 0 and s.overall.tp > 20


def test_fact_tuples_cover_every_type():
    t = fact_tuples(_facts(), defaults.reference())
    assert ("organiser", "мпа снг", True) in t["mission"]
    assert ("мпа снг", "AM") in t["states"]
    assert ("observer_count", "мпа снг", 13) in t["counts"]
    assert ("берик имашев",) in t["people"]
    assert ("meeting", "2017-06-27", "берик имашев") in t["events"]
    assert ("voting", "2017-06-28") in t["dates"]
    assert ("region", "астана") in t["places"]


def test_a_wrong_count_costs_precision_and_recall_of_counts_only():
    pred = _facts()
    pred.missions[0].observer_count = 31
    s = score(pred, _facts(), defaults.reference())
    assert (s.by_type["counts"].tp, s.by_type["counts"].fp, s.by_type["counts"].fn) == (1, 1, 1)
    assert s.by_type["counts"].f1 == pytest.approx(0.5)
    assert s.by_type["states"].f1 == 1.0
    assert s.missed["counts"] == [("observer_count", "мпа снг", 13)]


def test_posts_match_ignoring_case_and_punctuation():
    pred = _facts()
    pred.missions[0].coordinator.post = "Заместитель председателя  Совета,"
    assert score(pred, _facts(), defaults.reference()).by_type["posts"].f1 == 1.0
    pred.missions[0].coordinator.post = "депутат"
    assert (
        score(pred, _facts(), defaults.reference()).by_type["posts"].tp == 1
    )  # the meeting's post still matches


def test_assessments_match_on_speaker_polarity_and_statement_overlap():
    pred = _facts()
    pred.assessments = [
        Assessment("main", None, "critical", "voting", "списки избирателей содержат уехавших"),
        Assessment(
            "main",
            "Ильяс Умаханов",
            "positive",
            "general",
            "законодательство страны соответствует стандартам",
        ),
        Assessment("main", "Ильяс Умаханов", "critical", "general", "законодательство плохое"),
    ]
    c = score(pred, _facts(), defaults.reference()).by_type["assessments"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 0)


def test_nothing_predicted_for_a_non_observation_text_scores_perfectly():
    gold = ReportFacts(report="r.txt", is_observation_report=False)
    assert (
        score(
            ReportFacts(report="r.txt", is_observation_report=False), gold, defaults.reference()
        ).overall.f1
        == 1.0
    )
    s = score(_facts(), gold, defaults.reference())
    assert s.overall.precision == 0.0 and s.overall.fp > 0


def test_format_table_lists_types_and_overall():
    table = format_table(score(_facts(), _facts(), defaults.reference()))
    lines = table.splitlines()
    assert lines[0].split() == ["P", "R", "F1", "tp", "fp", "fn"]
    assert lines[-1].startswith("overall") and "1.000" in lines[-1]
    per_report = format_table(
        {
            "a": score(_facts(), _facts(), defaults.reference()),
            "b": score(_facts(), _facts(), defaults.reference()),
        }
    )
    assert [line.split()[0] for line in per_report.splitlines()[1:]] == ["a", "b", "overall"]


def test_other_missions_count_by_organiser_only_and_places_by_reference_identity():
    gold = _facts()
    gold.missions.append(Mission(key="cis", organiser="СНГ"))
    gold.election = Election("AM", "parliamentary", date(2017, 6, 28))
    gold.events[1].regions = ["Эчмиадзин"]
    pred = _facts()
    pred.election = Election("AM", "parliamentary", date(2017, 6, 28))
    pred.missions.append(
        Mission(key="cis", organiser="СНГ", observer_count_min=400, start=date(2017, 5, 1))
    )
    pred.events[1].regions = ["Вагаршапат"]
    s = score(pred, gold, defaults.reference())
    assert s.overall.fp == 0 and s.overall.fn == 0
