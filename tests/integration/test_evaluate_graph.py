"""Extraction alone (no curation) reproduces the gold facts, measured on the built graph."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.corpus.build import build
from builder.corpus.evaluation import by_organiser, evaluate_reports, evaluate_workspace
from builder.corpus.workspace import Workspace
from builder.facts.scoring import Counts, Scores

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT / "tests" / "corpus"
SEED_GOLD = PROJECT / "data" / "curation" / "2017-06-kz-senate-ipa-cis.ru.yaml"


def test_seed_without_curation_reaches_f1_095(seed_extracted_workspace) -> None:
    workspace, summary = seed_extracted_workspace
    assert summary.conforms
    assert not any(r.curated for r in summary.reports)
    scores = evaluate_workspace(workspace, [SEED_GOLD])
    overall = scores["2017-06-kz-senate-ipa-cis.ru.txt"].overall
    assert overall.f1 >= 0.95, (overall, scores["2017-06-kz-senate-ipa-cis.ru.txt"].missed)


@pytest.fixture(scope="module")
def corpus_workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    workspace = Workspace(tmp_path_factory.mktemp("corpus-ws"))
    summary = build([CORPUS], workspace, use_curation=False, jobs=2)
    assert summary.conforms, [v for r in summary.reports for v in r.violations]
    return workspace


def test_every_development_report_reaches_f1_09(corpus_workspace: Workspace) -> None:
    scores = evaluate_workspace(corpus_workspace, sorted(CORPUS.glob("*.gold.yaml")))
    assert len(scores) == 9
    low = {name: s.overall.f1 for name, s in scores.items() if s.overall.f1 < 0.9}
    assert low == {}


def test_evaluate_command_exit_code_follows_the_threshold(
    corpus_workspace: Workspace, tmp_path: Path
) -> None:
    stem = "dev-01-kg-parliament-2015.ru"
    shutil.copy(CORPUS / f"{stem}.txt", tmp_path / f"{stem}.txt")
    gold = (CORPUS / f"{stem}.gold.yaml").read_text(encoding="utf-8")
    wrong = gold.replace("observer_count: 12", "observer_count: 21")
    assert wrong != gold
    (tmp_path / f"{stem}.gold.yaml").write_text(wrong, encoding="utf-8")

    def run(gold_file: Path, threshold: str) -> subprocess.CompletedProcess[str]:
        args = ["evaluate", str(gold_file), "-w", str(corpus_workspace.root), "--min-f1", threshold]
        return subprocess.run(
            [sys.executable, "-m", "builder.cli.app", *args],
            capture_output=True,
            text=True,
            cwd=PROJECT,
        )

    assert run(CORPUS / f"{stem}.gold.yaml", "0.9").returncode == 0
    failing = run(tmp_path / f"{stem}.gold.yaml", "0.999")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "F1 below 0.999" in failing.stderr


def test_scores_by_organiser_sum_the_reports_of_each(corpus_workspace: Workspace) -> None:
    golds = sorted(CORPUS.glob("*.gold.yaml"))
    evaluated = evaluate_reports(corpus_workspace, golds)
    table = by_organiser(evaluated)
    organisers = [organiser for _, organiser, _ in evaluated]
    assert sum(int(label.rsplit("(", 1)[1].rstrip(")")) for label in table) == len(golds)
    for label, scores in table.items():
        organiser = label.rsplit(" (", 1)[0]
        members = [s for _, o, s in evaluated if o == organiser]
        assert len(members) == organisers.count(organiser) > 0
        assert scores.overall.tp == sum(s.overall.tp for s in members)
        assert scores.overall.fn == sum(s.overall.fn for s in members)


def test_by_organiser_keeps_organisers_apart() -> None:
    def scores(tp: int, fn: int) -> Scores:
        return Scores(by_type={"mission": Counts(tp=tp, fp=0, fn=fn)})

    table = by_organiser(
        [
            ("a.txt", "ОБСЕ/БДИПЧ", scores(3, 1)),
            ("b.txt", "СНГ", scores(2, 0)),
            ("c.txt", "ОБСЕ/БДИПЧ", scores(1, 1)),
        ]
    )
    assert list(table) == ["ОБСЕ/БДИПЧ (2)", "СНГ (1)"]
    assert (table["ОБСЕ/БДИПЧ (2)"].overall.tp, table["ОБСЕ/БДИПЧ (2)"].overall.fn) == (4, 2)
    assert table["СНГ (1)"].overall.f1 == 1.0


def test_evaluate_command_prints_the_organiser_table(corpus_workspace: Workspace) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "builder.cli.app",
            "evaluate",
            str(CORPUS),
            "-w",
            str(corpus_workspace.root),
            "--by-organiser",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    tp = sum(row["tp"] for row in data["by_organiser"].values())
    assert tp == data["overall"]["tp"] > 0


def test_a_lower_bound_is_scored_only_against_gold_that_can_state_one(
    corpus_workspace: Workspace,
) -> None:
    """dev-03's "более 40 наблюдателей": our gold files state the bound, so the extractor's
    bound is a true positive there; a readers' summary has no key for one (it writes
    ``observer_count: null``), so the bound counts neither way against it."""
    stem = "dev-03-by-presidential-2015-two-missions.ru"
    report = f"{stem}.txt"
    gold = evaluate_workspace(corpus_workspace, [CORPUS / f"{stem}.gold.yaml"])[report]
    summary = evaluate_workspace(corpus_workspace, [CORPUS / f"{stem}.facts.json"])[report]

    def bounds(items: list[tuple]) -> list[tuple]:
        return [t for t in items if t[0] == "observer_count_min"]

    assert not bounds(gold.extra.get("counts", [])) and not bounds(gold.missed.get("counts", []))
    assert gold.by_type["counts"].tp >= 1
    assert not bounds(summary.extra.get("counts", []))
    assert summary.by_type["counts"].fp == 0
