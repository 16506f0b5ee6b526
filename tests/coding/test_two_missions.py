"""Two reports on one election: the CIS mission endorses, the ODIHR mission criticises.

Both texts are invented (tests/coding/two-missions/). Built with the real pipeline, the graph
holds both verdicts, ``disagreements`` lists the pair, ``monitoring`` sees Western monitors and
a Western fraud allegation, the codebook has a row per mission with the columns its
documentation names, and the codes read back from the graph exactly as they were written.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from builder.corpus.build import build
from builder.corpus.codebook import COLUMNS, write_codebook
from builder.corpus.queries import find_query, run_stored
from builder.corpus.workspace import Workspace

HERE = Path(__file__).resolve().parent / "two-missions"
ELECTION = "https://w3id.org/eokg/resource/election/kg-2027-01-10-presidential"
CIS = "https://w3id.org/eokg/resource/mission/cis-kg-2027-01-10"
ODIHR = "https://w3id.org/eokg/resource/mission/odihr-kg-2027-01-10"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Workspace:
    ws = Workspace(tmp_path_factory.mktemp("two-missions"))
    summary = build(sorted(HERE.glob("*.txt")), ws, jobs=1, use_curation=False)
    assert summary.conforms
    return ws


def rows(ws: Workspace, name: str) -> list[dict]:
    result = run_stored(find_query(name), ws)
    return [dict(zip(result.columns, r, strict=True)) for r in result.rows]


def test_each_mission_has_its_verdict(workspace) -> None:
    verdicts = {(str(r["mission"]), r["verdict"]) for r in rows(workspace, "verdicts")}
    assert verdicts == {(CIS, "endorse"), (ODIHR, "critical")}
    cis = next(r for r in rows(workspace, "verdicts") if str(r["mission"]) == CIS)
    assert cis["speaker"] == "Петр Сидоренко" and cis["quote"] and cis["sentence"]


def test_disagreements_lists_the_pair(workspace) -> None:
    found = rows(workspace, "disagreements")
    pairs = [
        tuple(str(r[c]) for c in ("election", "mission_a", "verdict_a", "mission_b", "verdict_b"))
        for r in found
    ]
    assert pairs == [(ELECTION, CIS, "endorse", ODIHR, "critical")]


def test_monitoring_sees_western_monitors_and_their_fraud_allegation(workspace) -> None:
    (row,) = rows(workspace, "monitoring")
    assert str(row["election"]) == ELECTION and row["country_iso"] == "KG"
    assert row["missions"] == 2
    assert row["international_monitors"] and row["western_monitors"]
    assert row["western_fraud_allegation"]


def test_absent_missions_lists_the_organisation_a_report_says_was_not_invited(workspace) -> None:
    (row,) = rows(workspace, "absent-missions")
    assert (str(row["election"]), row["organisation"], str(row["reported_by"])) == (
        ELECTION,
        "ПАСЕ",
        CIS,
    )
    assert "не получила приглашения" in row["statement"] and row["sentence"]


def test_recommendations_have_addressees(workspace) -> None:
    found = {(str(r["mission"]), r["addressee"]) for r in rows(workspace, "recommendations")}
    assert found == {(CIS, "election-administration"), (ODIHR, "authorities")}


def test_codebook_columns_are_the_documented_ones(workspace, tmp_path) -> None:
    table = tmp_path / "missions.csv"
    codebook = write_codebook(workspace, table)
    assert codebook == tmp_path / "codebook.md"
    documented = re.findall(r"^\| `([a-z_]+)` \|", codebook.read_text(encoding="utf-8"), re.M)
    with table.open(encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == documented == [c.name for c in COLUMNS]
        by_mission = {r["mission"]: r for r in reader}
    assert set(by_mission) == {CIS, ODIHR}
    assert by_mission[CIS]["verdict"] == "endorse" and by_mission[ODIHR]["verdict"] == "critical"
    assert by_mission[ODIHR]["country_iso"] == "KG"
    assert by_mission[ODIHR]["voting_date"] == "2027-01-10"
    assert by_mission[CIS]["recommendations"] == "1"
    assert int(by_mission[ODIHR]["critical_voting_process"]) >= 1


def test_codes_read_back_exactly(workspace) -> None:
    """facts -> RDF -> facts gives the same verdicts, findings and recommendations."""
    from builder.coding import code_report
    from builder.graph.assemble import Assembler
    from builder.graph.readback import report_facts
    from builder.text.extract import extract

    for path in sorted(HERE.glob("*.txt")):
        doc, facts = extract(path.name, path.read_text(encoding="utf-8"))
        facts = code_report(doc, facts)
        graph = Assembler()(facts, doc)
        back = report_facts(graph)
        keys = {m.key: k.key for m, k in zip(facts.missions, back.missions, strict=True)}

        def statements(f, v):
            return sorted(f.assessment(key).statement for key in v.statements)

        assert [(keys[v.mission], v.value, v.quote, v.by, statements(facts, v), v.evidence)
                for v in facts.verdicts] == [
            (v.mission, v.value, v.quote, v.by, statements(back, v), v.evidence)
            for v in back.verdicts]  # fmt: skip
        for mine, theirs in zip(facts.findings, back.findings, strict=True):
            assert (keys[mine.mission], mine.topic, mine.phase, mine.polarity, mine.statement,
                    mine.fraud, mine.absent, mine.evidence) == (theirs.mission, theirs.topic,
                    theirs.phase, theirs.polarity, theirs.statement, theirs.fraud, theirs.absent,
                    theirs.evidence)  # fmt: skip
            if mine.assessment is not None:
                coded = back.assessment(theirs.assessment).statement
                assert coded == facts.assessment(mine.assessment).statement
        assert [(keys[r.mission], r.text, r.addressee, r.topic, r.evidence)
                for r in facts.recommendations] == [
            (r.mission, r.text, r.addressee, r.topic, r.evidence)
            for r in back.recommendations]  # fmt: skip
