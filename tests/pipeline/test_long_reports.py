"""A long report costs time in proportion to its length (issue 15, item 7).

Timings belong in ``benchmarks/long_report.py``; these tests count work instead, which does
not depend on the machine: the words the gazetteer reads and the solutions SHACL's SPARQL
queries explore must grow like the text (twice the text, about twice the work), not like its
square.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from builder.graph.namespaces import EO, OA

PROJECT = Path(__file__).resolve().parents[2]
SOURCE = PROJECT / "tests" / "corpus" / "dev-03-by-presidential-2015-two-missions.ru.txt"

# Twice the text may cost a little more than twice the work (a few more distinct names); the
# quadratic behaviour this guards against gave ratios of 3.5 and more.
LINEAR = 2.4


def no_stops(lines: int) -> str:
    """Lines of 80 words of a report with every full stop removed (a pasted list)."""
    words = SOURCE.read_text(encoding="utf-8").translate(str.maketrans(".!?", "   ")).split()
    return "\n".join(
        " ".join(words[(i * 80 + k) % len(words)] for k in range(80)) for i in range(lines)
    )


def repeated(copies: int) -> str:
    return ("\n\n".join([SOURCE.read_text(encoding="utf-8")] * copies)) + "\n"


def test_a_long_sentence_is_cut_after_a_comma_within_the_bound():
    from builder.text.languages.ru.segment import MAX_SENTENCE, _bounded

    text = ", ".join(f"наблюдатель номер {i} из Армении" for i in range(400))
    pieces = list(_bounded(100, text))
    assert len(pieces) > 1
    assert all(len(piece) <= MAX_SENTENCE for _, piece in pieces)
    assert all(piece.endswith(",") for _, piece in pieces[:-1])
    for start, piece in pieces:  # offsets still point into the paragraph
        assert text[start - 100 : start - 100 + len(piece)] == piece


def test_a_long_run_without_commas_is_cut_at_a_space():
    from builder.text.languages.ru.segment import MAX_SENTENCE, _bounded

    text = " ".join(["выборы"] * 1000)
    pieces = list(_bounded(0, text))
    assert all(len(piece) <= MAX_SENTENCE for _, piece in pieces)
    assert " ".join(piece for _, piece in pieces) == text
    assert list(_bounded(7, "Короткое предложение.")) == [(7, "Короткое предложение.")]


def test_a_paragraph_without_full_stops_gives_bounded_sentences():
    from builder.text.extract import extract
    from builder.text.languages.ru.segment import MAX_SENTENCE

    doc, _ = extract("no-stops.ru.txt", no_stops(30))
    assert len(doc.sents) > 5
    assert all(len(s.text) <= MAX_SENTENCE for s in doc.sents)
    assert all(doc.text[s.start : s.stop] == s.text for s in doc.sents)


def _words_scanned(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    from builder.reference import records
    from builder.text.extract import extract

    counted = [0]
    original = records.Reference.scan

    def scan(self, text, kinds=None):
        counted[0] += len(records.words(text))
        return original(self, text, kinds)

    monkeypatch.setattr(records.Reference, "scan", scan)
    extract("long.ru.txt", text)
    return counted[0]


@pytest.mark.parametrize("make,size", [(no_stops, 20), (repeated, 6)])
def test_gazetteer_work_grows_like_the_text(make, size, monkeypatch):
    small = _words_scanned(make(size), monkeypatch)
    large = _words_scanned(make(2 * size), monkeypatch)
    assert small > 0
    assert large <= LINEAR * small, (small, large)


def _graph(copies: int):
    from builder.graph.assemble import Assembler
    from builder.text.extract import extract

    doc, facts = extract("long.ru.txt", repeated(copies))
    return Assembler()(facts, doc)


def _solutions(graph, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many partial solutions rdflib's SPARQL engine explores while SHACL validates."""
    from rdflib.plugins.sparql.sparql import QueryContext

    from builder.graph.validate import validate_graph

    counted = [0]
    original = QueryContext.push

    def push(self):
        counted[0] += 1
        return original(self)

    monkeypatch.setattr(QueryContext, "push", push)
    validate_graph(graph)
    monkeypatch.undo()
    return counted[0]


def test_validation_work_grows_like_the_report(monkeypatch):
    small = _solutions(_graph(4), monkeypatch)
    large = _solutions(_graph(8), monkeypatch)
    assert large <= LINEAR * small, (small, large)


def test_a_span_outside_its_sentence_is_still_reported():
    """The shape rewritten for linear time still finds what it was written for."""
    from builder.graph.validate import validate_graph

    graph = _graph(1)
    span = next(graph.subjects(EO.inSentence, None))
    pos = next(p for p in graph.objects(span, OA.hasSelector) if (p, OA.start, None) in graph)
    start = int(next(graph.objects(pos, OA.start)))
    end = int(next(graph.objects(pos, OA.end)))
    shift = 50_000
    graph.set((pos, OA.start, Literal(start + shift, datatype=XSD.nonNegativeInteger)))
    graph.set((pos, OA.end, Literal(end + shift, datatype=XSD.nonNegativeInteger)))
    shapes = {v.shape.rsplit("#", 1)[-1] for v in validate_graph(graph).violations}
    assert "SpanInSentence" in shapes


def test_extraction_tells_its_stages_in_order():
    from builder.text.extract import extract

    stages: list[str] = []
    extract("stages.ru.txt", SOURCE.read_text(encoding="utf-8"), stages.append)
    assert [s.split()[0] for s in stages] == [
        "normalising",
        "segmenting",
        "recognising",
        "resolving",
    ]


def test_a_long_report_in_a_build_shows_its_stages(monkeypatch, capsys):
    from builder.corpus import build

    text = SOURCE.read_text(encoding="utf-8")
    job = build.ReportJob(str(SOURCE), SOURCE.name, text, None, "f")
    monkeypatch.setattr(build, "LONG_REPORT", len(text) + 1)
    build.build_report(job)
    assert capsys.readouterr().err == ""  # a report of ordinary length builds quietly
    monkeypatch.setattr(build, "LONG_REPORT", len(text))
    build.build_report(job)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith(f"{SOURCE.name} (") and lines[0].endswith("normalising")
    assert any("checking the shapes of" in line for line in lines)
