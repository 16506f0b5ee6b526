"""Extraction alone (no curation) reproduces the gold facts, measured on the built graph."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.corpus.build import build
from builder.corpus.evaluation import evaluate_workspace
from builder.corpus.workspace import Workspace

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
