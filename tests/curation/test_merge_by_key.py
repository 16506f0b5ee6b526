"""Curation joins events by key: a file that removes an event never moves a link to another.

The seed report's extraction finds two meetings on 27 June (with Токаев, then with Имашев)
and an assessment made at the second. These curation files give ``events`` but not
``assessments``, so the extracted assessments are kept and must find their event by key in the
curated list; positions would have moved the link to whatever event came to stand at its index.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rdflib import Graph

from builder.corpus.build import build
from builder.corpus.workspace import Workspace
from builder.facts.model import ReportFacts
from builder.graph import iris
from builder.graph.readback import report_facts
from builder.text.extract import extract

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "data" / "reports" / "2017-06-kz-senate-ipa-cis.ru.txt"
TOKAEV, IMASHEV = "Касым-Жомарт Токаев", "Берик Имашев"


@pytest.fixture(scope="module")
def extracted() -> ReportFacts:
    return extract(SEED.name, SEED.read_text(encoding="utf-8"))[1]


def _curation_file(facts: ReportFacts, drop: str, keep_keys: bool) -> dict:
    """A curation file with the extracted missions and events, less the meeting with ``drop``."""
    text = SEED.read_text(encoding="utf-8")

    def quotes(evidence) -> list[dict]:
        found = []
        for span in evidence.spans:
            quote = text[span.start : span.end]
            found.append({"quote": quote, "occurrence": text[: span.start].count(quote) + 1})
        return found

    main = facts.main_mission
    assert main is not None and main.evidence is not None
    events = []
    for event in facts.events:
        if any(p.name == drop for p in event.met):
            continue
        assert event.evidence is not None
        entry = {
            "mission": "main",
            "kind": event.kind,
            "date": event.date.isoformat() if event.date else None,
            "met": [{"name": p.name} for p in event.met],
            "evidence": quotes(event.evidence),
        }
        if keep_keys:
            entry["key"] = event.key
        events.append(entry)
    return {
        "report": SEED.name,
        "missions": [
            {
                "key": "main",
                "main": True,
                "organiser": main.organiser,
                "evidence": quotes(main.evidence),
            }
        ],
        "events": events,
    }


def _built(tmp_path: Path, curation: dict) -> ReportFacts:
    curation_dir = tmp_path / "curation"
    curation_dir.mkdir()
    (curation_dir / SEED.name.replace(".txt", ".yaml")).write_text(
        yaml.safe_dump(curation, allow_unicode=True), encoding="utf-8"
    )
    workspace = Workspace(tmp_path / "ws")
    build([SEED], workspace, curation_dir=curation_dir, jobs=1)
    graph = Graph()
    for triple in workspace.load_dataset().graph(iris.report_graph(SEED.name)):
        graph.add(triple)
    return report_facts(graph)


def _met_at(facts: ReportFacts) -> dict[str, list[str] | None]:
    """Each assessment's statement -> the people met at the event it was made at."""
    events = {e.key: e for e in facts.events}
    return {
        a.statement[:30]: sorted(p.name for p in events[a.at_event].met) if a.at_event else None
        for a in facts.assessments
    }


def test_the_extracted_link_is_to_the_second_meeting(extracted: ReportFacts) -> None:
    linked = [extracted.event(a.at_event) for a in extracted.assessments if a.at_event]
    assert [p.name for e in linked for p in e.met if e.kind == "meeting"] == [IMASHEV]


def test_removing_another_event_keeps_the_link_by_key(tmp_path: Path, extracted) -> None:
    facts = _built(tmp_path, _curation_file(extracted, drop=TOKAEV, keep_keys=True))
    met = _met_at(facts)
    assert [IMASHEV] in met.values()  # still the meeting with Имашев, now first in the list


def test_removing_the_linked_event_drops_the_link(tmp_path: Path, extracted) -> None:
    facts = _built(tmp_path, _curation_file(extracted, drop=IMASHEV, keep_keys=True))
    met = _met_at(facts)
    assert [TOKAEV] not in met.values()  # the link is lost, not moved to the other meeting
    assert [IMASHEV] not in met.values()


def test_events_without_keys_never_take_an_extracted_link(tmp_path: Path, extracted) -> None:
    # Without keys the file's Имашев meeting is the first of that day: had it taken the key
    # "main/2017-06-27-meeting-1", the link would now reach it by accident (and Токаев's
    # meeting, removed, would have lent it). Curated keys are marked, so no link is taken.
    facts = _built(tmp_path, _curation_file(extracted, drop=TOKAEV, keep_keys=False))
    assert all(a.at_event is None for a in facts.assessments)
    assert len(facts.assessments) == len(extracted.assessments)
