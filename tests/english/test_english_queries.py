"""Stored queries answer in each value's own language: an English report whose organisation,
states and places are known only by English labels still gets its mission, coordinator,
officials and sending states, in English (the queries once kept Russian labels only, so such
values vanished). The report is dev-30 of ``tests/genre`` (an SCO statement in English)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from builder.corpus.build import build
from builder.corpus.queries import find_query, run_stored
from builder.corpus.store import GraphStore
from builder.corpus.workspace import Workspace

GENRE = Path(__file__).resolve().parents[1] / "genre"
REPORT = "dev-30-uz-parliament-2024-sco-statement-pdf.en.txt"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
CYRILLIC = re.compile("[А-Яа-яЁё]")


def only_english_labels(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The graph as if the reference data knew no Russian names: every Russian rdfs:label
    goes, and a node left without a label takes its English preferred label instead (what an
    organisation unknown to the reference data gets from an English report)."""
    kept = [q for q in quads if not (q.predicate == RDFS_LABEL and _lang(q.object) == "ru")]
    labelled = {q.subject for q in kept if q.predicate == RDFS_LABEL}
    english = [
        ox.Quad(q.subject, RDFS_LABEL, q.object, q.graph_name)
        for q in kept
        if q.predicate == PREF_LABEL and _lang(q.object) == "en" and q.subject not in labelled
    ]
    return kept + english


def _lang(term: object) -> str | None:
    return term.language if isinstance(term, ox.Literal) else None


@pytest.fixture(scope="module")
def english_ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    source = tmp_path_factory.mktemp("english-report")
    shutil.copy(GENRE / REPORT, source / REPORT)
    workspace = Workspace(tmp_path_factory.mktemp("english-ws"))
    summary = build([source], workspace, jobs=1, use_curation=False)
    assert summary.conforms
    quads = list(ox.parse(path=str(workspace.trig), format=ox.RdfFormat.TRIG))
    assert any(_lang(q.object) == "ru" for q in quads if q.predicate == RDFS_LABEL)
    store = GraphStore(workspace)
    store.replace_from_quads(only_english_labels(quads))
    store.close()
    return workspace


def answer(workspace: Workspace, name: str) -> list[dict]:
    return run_stored(find_query(name), workspace).as_dicts()


def english(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not CYRILLIC.search(value)


def test_mission_keeps_an_english_only_organiser(english_ws) -> None:
    rows = answer(english_ws, "mission")
    assert [r["report"] for r in rows] == [REPORT]
    assert english(rows[0]["organiser"]) and "Shanghai" in rows[0]["organiser"]


def test_coordinator_in_english(english_ws) -> None:
    rows = answer(english_ws, "coordinator")
    assert rows and all(english(r["name"]) and english(r["post"]) for r in rows)


def test_officials_met_in_english(english_ws) -> None:
    rows = answer(english_ws, "officials-met")
    assert rows and all(english(r["name"]) and english(r["post"]) for r in rows)


def test_observer_states_in_english(english_ws) -> None:
    rows = answer(english_ws, "observer-states")
    states = {r["iso"]: r["state"] for r in rows}
    assert len(states) == 9
    assert all(english(name) for name in states.values())
    assert states["CN"] == "China"


def test_generated_labels_in_the_report_language(english_ws) -> None:
    """The labels the builder writes itself (events, mission, its head's post) are English."""
    rows = answer(english_ws, "timeline")
    assert rows and all(english(r["label"]) for r in rows)
    quads = ox.parse(path=str(english_ws.trig), format=ox.RdfFormat.TRIG)
    written = {
        q.object.value
        for q in quads
        if q.predicate == RDFS_LABEL and "/mission/" in q.subject.value and _lang(q.object)
    }
    assert written and all(english(label) for label in written)
