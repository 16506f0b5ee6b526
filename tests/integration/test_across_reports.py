"""Entities resolve across reports: one person, one state, one organisation in many missions."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.corpus.build import build
from builder.corpus.queries import find_query, parse_params, run_stored
from builder.corpus.workspace import Workspace

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "data" / "reports" / "2017-06-kz-senate-ipa-cis.ru.txt"


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The seed, and the same text moved to 2018: the same group at a second election."""
    reports = tmp_path_factory.mktemp("reports")
    text = SEED.read_text(encoding="utf-8")
    (reports / SEED.name).write_text(text, encoding="utf-8")
    (reports / "2018-06-kz-copy.ru.txt").write_text(text.replace("2017", "2018"), encoding="utf-8")
    workspace = Workspace(tmp_path_factory.mktemp("ws"))
    summary = build([reports], workspace, use_curation=False, jobs=2)
    assert summary.conforms
    return workspace


def answer(workspace: Workspace, name: str, *params: str) -> list[dict]:
    query = find_query(name)
    return run_stored(query, workspace, parse_params(query, list(params))).as_dicts()


def test_a_person_in_two_missions_is_one_node_with_both_roles(two_years: Workspace) -> None:
    rows = {r["name"]: r for r in answer(two_years, "person-missions")}
    umakhanov = rows["Ильяс Умаханов"]
    assert umakhanov["missions"] == 2
    assert umakhanov["roles"].count("coordinator") == 2
    assert "ipa-cis-kz-2018-06-28: coordinator" in umakhanov["roles"]
    assert rows["Касым-Жомарт Токаев"]["roles"].count("official-met") == 2


def test_states_by_missions_counts_each_mission_once(two_years: Workspace) -> None:
    rows = {r["iso"]: r for r in answer(two_years, "states-by-missions")}
    assert set(rows) == {"AM", "BY", "KG", "MD", "RU", "TJ"}
    assert all(r["count"] == 2 for r in rows.values())
    only_ru = answer(two_years, "states-by-missions", "iso=RU")
    assert [r["iso"] for r in only_ru] == ["RU"]


def test_missions_by_country_and_year(two_years: Workspace) -> None:
    rows = [(r["iso"], r["year"], r["elections"]) for r in answer(two_years, "missions-by-country")]
    assert rows == [("KZ", 2017, 1), ("KZ", 2018, 1)]
