"""The codebook and the stored queries it reads list every mission a report names.

The seed report names three missions (the IPA CIS group it is about, the CIS mission whose
press conference the group joined and the long-term monitoring by МИМРД МПА СНГ). A researcher
reading ``missions.csv`` expects a row for each, with its organiser, election, country and day
of voting; before, only missions with a coded verdict got an organiser and an election, the
others had empty join keys or no row at all. A report that does not state the election's day
of voting still has its mission listed by ``mission``.
"""

from __future__ import annotations

import csv
import shutil
from datetime import date

import pytest
from rdflib import Dataset, Namespace

from builder.corpus.codebook import codebook_rows, write_codebook
from builder.corpus.integrity import vouch
from builder.corpus.queries import find_query, parse_params, run_stored
from builder.corpus.store import GraphStore
from builder.corpus.workspace import Workspace

EO = Namespace("https://w3id.org/eokg/ontology#")
MISSION = "https://w3id.org/eokg/resource/mission/"
ELECTION = "https://w3id.org/eokg/resource/election/kz-2017-06-28-parliamentary"


@pytest.fixture(scope="module")
def ws(seed_workspace) -> Workspace:
    workspace, summary = seed_workspace
    assert summary.conforms
    return workspace


def missions_in_graph(workspace: Workspace) -> set[str]:
    dataset = workspace.load_dataset()
    return {str(s) for s, _p, _o, _g in dataset.quads((None, None, EO.ObservationMission, None))}


def answer(workspace: Workspace, name: str, *params: str) -> list[dict]:
    query = find_query(name)
    return run_stored(query, workspace, parse_params(query, list(params))).as_dicts()


def test_codebook_has_a_row_with_join_keys_for_every_mission_of_the_graph(ws, tmp_path) -> None:
    write_codebook(ws, tmp_path / "missions.csv")
    with (tmp_path / "missions.csv").open(encoding="utf-8") as f:
        rows = {r["mission"]: r for r in csv.DictReader(f)}
    assert set(rows) == missions_in_graph(ws)
    assert len(rows) == 3
    organisers = {m.removeprefix(MISSION): r["organiser"] for m, r in rows.items()}
    assert organisers == {
        "ipa-cis-kz-2017-06-28": "МПА СНГ",
        "cis-kz-2017-06-28": "СНГ",
        "mimrd-ipa-cis-kz-2017-06-28": "МИМРД МПА СНГ",
    }
    for row in rows.values():
        assert (row["election"], row["country_iso"], row["voting_date"]) == (
            ELECTION,
            "KZ",
            "2017-06-28",
        )
    # a mission nothing was coded for is still a row: no verdict, no findings
    cis = rows[MISSION + "cis-kz-2017-06-28"]
    assert cis["verdict"] == "none" and cis["verdict_quote"] == ""


def test_all_missions_lists_each_mission_once_and_answers_by_election(ws) -> None:
    rows = answer(ws, "all-missions")
    assert [r["mission"] for r in rows] == sorted(missions_in_graph(ws))
    assert {r["country_iso"] for r in rows} == {"KZ"}
    assert {r["voting_date"] for r in rows} == {date(2017, 6, 28)}
    assert answer(ws, "all-missions", "election=eor:election/kz-2099-01-01-presidential") == []
    assert len(answer(ws, "all-missions", f"election={ELECTION}")) == 3


@pytest.fixture()
def no_voting_day(ws, tmp_path) -> Workspace:
    """The seed's build with the election's day of voting taken out, as in a report that
    never says it (a shape notes it at sh:Info; the report is still valid)."""
    dataset = Dataset()
    dataset.parse(ws.trig, format="trig")
    for quad in list(dataset.quads((None, EO.votingDate, None, None))):
        dataset.remove(quad)
    workspace = Workspace(tmp_path / "ws")
    workspace.root.mkdir()
    dataset.serialize(workspace.trig, format="trig")
    shutil.copy(ws.turtle, workspace.turtle)
    GraphStore(workspace).replace_from_trig(workspace.trig)
    vouch(workspace)
    return workspace


def test_mission_lists_a_main_mission_whose_election_has_no_day_of_voting(no_voting_day) -> None:
    rows = answer(no_voting_day, "mission")
    assert [(r["mission"], r["country_iso"], r["voting_date"]) for r in rows] == [
        (MISSION + "ipa-cis-kz-2017-06-28", "KZ", None)
    ]
    assert rows[0]["observer_count"] == 13
    (row,) = [
        r for r in codebook_rows(no_voting_day) if r["mission"] == MISSION + "ipa-cis-kz-2017-06-28"
    ]
    assert (row["country_iso"], row["voting_date"], row["observers"]) == ("KZ", "", "13")
