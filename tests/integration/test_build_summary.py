"""What 'eokg build' says about validation uses the names 'eokg validate' lists.

A build used to call every SHACL result a warning: a report that only leaves its mission's
end unsaid (sh:Info) built with "conforms to the shapes (1 warning(s); see 'eokg
validate')", and 'eokg validate' then listed an "Info" and "SHACL: the graph conforms"; and a
report that did not conform counted its notes among its violations.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import builder.corpus.build as corpus_build
from builder.base.errors import ProblemFound
from builder.cli.corpus_commands import build
from builder.corpus.build import BuildSummary, ReportResult
from builder.graph.validate import Outcome, Violation


def _result(name: str, conforms: bool, *severities: str) -> ReportResult:
    return ReportResult(
        name=name,
        path=name,
        graph_iri=f"https://w3id.org/eokg/resource/graph/{name}",
        fingerprint="",
        ntriples="",
        triples=10,
        conforms=conforms,
        violations=[{"severity": s, "focus": f"x{i}"} for i, s in enumerate(severities)],
    )


def _run(monkeypatch, tmp_path: Path, summary: BuildSummary):
    monkeypatch.setattr(corpus_build, "build", lambda *args, **kwargs: summary)
    return CliRunner().invoke(build, [str(tmp_path), "-w", str(tmp_path / "ws")])


def test_notes_are_not_called_warnings(monkeypatch, tmp_path: Path) -> None:
    summary = BuildSummary([_result("a.ru.txt", True, "Info", "Info")], ["a.ru.txt"], [], [], 10)
    result = _run(monkeypatch, tmp_path, summary)
    assert result.exit_code == 0, result.output
    assert "conforms to the shapes (2 note(s)" in result.output
    assert "warning" not in result.output


def test_corpus_warnings_and_notes_are_counted_apart(monkeypatch, tmp_path: Path) -> None:
    corpus = Outcome(True, [Violation("m", "", "differ", "", "Warning", "s")])
    summary = BuildSummary(
        [_result("a.ru.txt", True, "Info")], ["a.ru.txt"], [], [], 10, corpus=corpus
    )
    result = _run(monkeypatch, tmp_path, summary)
    assert "(1 warning(s), 1 note(s)" in result.output


@pytest.mark.parametrize("infos", [0, 3])
def test_a_failing_report_counts_only_its_violations(monkeypatch, tmp_path, infos) -> None:
    bad = _result("b.en.txt", False, "Violation", *["Info"] * infos)
    summary = BuildSummary([bad], ["b.en.txt"], [], [], 10)
    result = _run(monkeypatch, tmp_path, summary)
    assert isinstance(result.exception, ProblemFound)  # exit 1 in 'eokg'
    assert "1 SHACL violation(s) in b.en.txt" in str(result.exception)


def test_reports_left_out_of_a_rebuild_are_named(monkeypatch, tmp_path: Path) -> None:
    """'eokg build new.pdf -w out' into a workspace of 70 reports said '70 removed' and
    nothing else: the user learnt only from the queries that the corpus was gone."""
    removed = [f"r{i}.ru.txt" for i in range(7)]
    summary = BuildSummary([_result("new.ru.txt", True)], ["new.ru.txt"], [], removed, 10)
    result = _run(monkeypatch, tmp_path, summary)
    assert result.exit_code == 0, result.output
    assert "7 removed" in result.output
    assert "not among the reports given: r0.ru.txt, r1.ru.txt" in result.output
    assert "r4.ru.txt and 2 more" in result.output and "-w" in result.output


def test_a_build_that_removes_nothing_says_nothing_of_it(monkeypatch, tmp_path: Path) -> None:
    summary = BuildSummary([_result("a.ru.txt", True)], ["a.ru.txt"], [], [], 10)
    assert "removed from the dataset" not in _run(monkeypatch, tmp_path, summary).output
