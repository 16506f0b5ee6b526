"""Corpus-wide shapes: checked once over the union in the store, for what no report shows alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from builder.base.errors import InputError
from builder.corpus.corpus_validation import CORPUS_GRAPH, corpus_slice_queries, validate_corpus
from builder.corpus.store import GraphStore
from builder.corpus.workspace import Workspace
from builder.graph.namespaces import EO, EOR, EOSH, SH
from builder.graph.ontology import load_corpus_shapes, load_ontology, undeclared_terms

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "data" / "reports" / "2017-06-kz-senate-ipa-cis.ru.txt"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def _store(tmp_path: Path, counts: dict[str, int]) -> GraphStore:
    """One mission stated in several report graphs, each with its own observer count."""
    mission = ox.NamedNode(str(EOR["mission/m"]))
    quads = []
    for report, count in counts.items():
        graph = ox.NamedNode(str(EOR[f"graph/{report}"]))
        quads += [
            ox.Quad(mission, RDF_TYPE, ox.NamedNode(str(EO.ObservationMission)), graph),
            ox.Quad(
                mission,
                ox.NamedNode(str(EO.statedObserverCount)),
                ox.Literal(str(count), datatype=XSD_INTEGER),
                graph,
            ),
        ]
    store = GraphStore(Workspace(tmp_path))
    store.replace_from_quads(quads)
    return store


def test_reports_that_agree_give_no_result(tmp_path: Path) -> None:
    outcome = validate_corpus(_store(tmp_path, {"a": 13, "b": 13}))
    assert outcome.conforms and outcome.violations == []


def test_reports_that_disagree_give_a_warning_naming_the_mission(tmp_path: Path) -> None:
    outcome = validate_corpus(_store(tmp_path, {"a": 13, "b": 15}))
    assert outcome.conforms  # a warning: each report may be right on its own
    [result] = outcome.violations
    assert result.shape == str(EOSH["CorpusMission-statedObserverCount"])
    assert result.focus == str(EOR["mission/m"])
    assert result.severity == "Warning"
    assert result.graph == CORPUS_GRAPH
    assert "different numbers of observers" in result.message_en
    assert "разное число наблюдателей" in result.message_ru


def test_the_slice_reads_only_what_the_shapes_name() -> None:
    queries = corpus_slice_queries(load_corpus_shapes())
    assert len(queries) == 2
    assert f"<{EO.ObservationMission}>" in queries[0] and f"<{EO.votingDate}>" in queries[1]


def test_corpus_shapes_with_sparql_or_complex_paths_are_refused() -> None:
    with_sparql = load_corpus_shapes()
    with_sparql.add((EOSH.CorpusMission, SH.sparql, EOSH.x))
    with pytest.raises(InputError, match="SHACL-SPARQL"):
        corpus_slice_queries(with_sparql)
    sequence = Graph().parse(
        data="@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix eo: <https://w3id.org/eokg/ontology#> .\n"
        "[] sh:targetClass eo:Election ;\n"
        "   sh:property [ sh:path ( eo:country eo:x ) ; sh:maxCount 1 ] .",
        format="turtle",
    )
    with pytest.raises(InputError, match="plain property paths"):
        corpus_slice_queries(sequence)


def test_corpus_shapes_are_warnings_with_both_messages_and_declared_terms() -> None:
    shapes = load_corpus_shapes()
    property_shapes = set(shapes.subjects(SH.path, None))
    assert property_shapes
    for shape in property_shapes:
        assert (shape, SH.severity, SH.Warning) in shapes, shape
        languages = {m.language for m in shapes.objects(shape, SH.message)}
        assert languages == {"en", "ru"}, shape
    assert undeclared_terms(shapes, load_ontology()) == set()


def test_a_build_of_two_reports_that_disagree_warns_and_validate_lists_it(tmp_path: Path) -> None:
    """The seed and a copy that states another number of observers: same mission, two counts."""
    reports = tmp_path / "reports"
    reports.mkdir()
    text = SEED.read_text(encoding="utf-8")
    assert "вошли 13 международных" in text
    (reports / SEED.name).write_text(text, encoding="utf-8")
    (reports / "copy-with-15.ru.txt").write_text(
        text.replace("вошли 13 международных", "вошли 15 международных"), encoding="utf-8"
    )
    workspace = tmp_path / "ws"

    def eokg(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "builder.cli.app", *args],
            cwd=PROJECT, capture_output=True, text=True,
        )  # fmt: skip

    built = eokg("build", str(reports), "-w", str(workspace), "--no-curation", "-j", "1")
    assert built.returncode == 0, built.stderr
    assert "1 warning(s)" in built.stderr
    checked = eokg("validate", "-w", str(workspace), "-j", "1")
    assert checked.returncode == 0, checked.stderr
    assert "Reports state different numbers of observers" in checked.stdout
    assert f"graph:   {CORPUS_GRAPH}" in checked.stdout


def _corpus_property_shapes() -> list[tuple[str, str, str]]:
    """(node shape's target class, property shape, path) for every corpus property shape."""
    shapes = load_corpus_shapes()
    found = []
    for node in shapes.subjects(SH.targetClass, None):
        target = shapes.value(node, SH.targetClass)
        for prop in shapes.objects(node, SH.property):
            found.append((str(target), str(prop), str(shapes.value(prop, SH.path))))
    return sorted(found)


@pytest.mark.parametrize("target, shape, path", _corpus_property_shapes(), ids=lambda v: v)
def test_each_corpus_shape_catches_two_reports_that_disagree_on_its_property(
    tmp_path: Path, target: str, shape: str, path: str
) -> None:
    subject = ox.NamedNode(str(EOR["thing/t"]))
    quads = []
    for report in ("a", "b"):
        graph = ox.NamedNode(str(EOR[f"graph/{report}"]))
        quads.append(ox.Quad(subject, RDF_TYPE, ox.NamedNode(target), graph))
        quads.append(ox.Quad(subject, ox.NamedNode(path), ox.NamedNode(str(EOR[report])), graph))
    store = GraphStore(Workspace(tmp_path))
    store.replace_from_quads(quads)
    outcome = validate_corpus(store)
    assert [v.shape for v in outcome.violations] == [shape]
