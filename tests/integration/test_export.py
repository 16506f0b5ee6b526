"""Exports: every RDF format carries the built dataset exactly, in the workspace's own bytes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from builder.graph.serialise import sorted_triples, turtle, used_prefixes

PROJECT = Path(__file__).resolve().parents[2]
RDFLIB_FORMATS = {
    "turtle": "turtle",
    "trig": "trig",
    "nt": "nt",
    "nq": "nquads",
    "jsonld": "json-ld",
}


def _export(workspace, fmt: str, out: Path) -> Path:
    target = out / f"export.{fmt}"
    result = subprocess.run(
        [sys.executable, "-m", "builder.cli.app", "export", "-w", str(workspace.root),
         "--format", fmt, "-o", str(target)],
        cwd=PROJECT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return target


@pytest.mark.parametrize("fmt", sorted(RDFLIB_FORMATS))
def test_export_parses_back_to_the_built_dataset(seed_workspace, tmp_path, fmt) -> None:
    workspace, summary = seed_workspace
    exported = _export(workspace, fmt, tmp_path)
    built = workspace.load_dataset()
    if fmt in ("trig", "nq", "jsonld"):
        back = Dataset()
        back.parse(exported, format=RDFLIB_FORMATS[fmt])
        names = lambda d: sorted(str(g.identifier) for g in d.graphs() if len(g))  # noqa: E731
        assert names(back) == names(built)
        for graph in built.graphs():
            if len(graph):
                assert isomorphic(back.graph(graph.identifier), graph), graph.identifier
    else:
        back = Graph().parse(exported, format=RDFLIB_FORMATS[fmt])
        union = Graph()
        for s, p, o, _ in built.quads((None, None, None, None)):
            union.add((s, p, o))
        assert isomorphic(back, union)
        assert len(back) == len(union) <= summary.triples


def test_turtle_and_trig_exports_are_the_files_the_build_wrote(seed_workspace, tmp_path) -> None:
    workspace, _ = seed_workspace
    assert _export(workspace, "turtle", tmp_path).read_bytes() == workspace.turtle.read_bytes()
    assert _export(workspace, "trig", tmp_path).read_bytes() == workspace.trig.read_bytes()


def test_turtle_uses_prefixes_without_escapes_and_lists_types_first(seed_workspace) -> None:
    workspace, _ = seed_workspace
    text = workspace.turtle.read_text(encoding="utf-8")
    assert "\\/" not in text  # resource IRIs with slashes are written whole, not eor:a\/b
    assert "@prefix eo: <https://w3id.org/eokg/ontology#> ." in text
    assert "@prefix eor:" not in text
    first_block = text.split("\n<", 1)[1]
    assert first_block.split("\n", 1)[0].split("> ", 1)[1].startswith("a ")


def _triple(s: str, p: str, o: ox.NamedNode | ox.Literal) -> ox.Triple:
    return ox.Triple(ox.NamedNode(s), ox.NamedNode(p), o)


def test_a_prefix_is_offered_only_when_every_local_name_is_plain() -> None:
    eo = "https://w3id.org/eokg/ontology#"
    eor = "https://w3id.org/eokg/resource/"
    triples = [
        _triple(eor + "person/x", eo + "name", ox.Literal("x")),
        _triple(eor + "person", eo + "kind", ox.NamedNode(eo + "Person")),
    ]
    prefixes = used_prefixes(triples)
    assert prefixes.get("eo") == eo
    assert "eor" not in prefixes  # person/x would need an escape
    assert "xsd" in prefixes  # the plain literal's datatype
    assert "foaf" not in prefixes  # unused


def test_turtle_is_the_same_whatever_order_the_triples_come_in() -> None:
    eo = "https://w3id.org/eokg/ontology#"
    triples = [
        _triple(f"http://example.org/{i % 7}", eo + f"p{i % 3}", ox.Literal(str(i)))
        for i in range(50)
    ]
    assert turtle(triples) == turtle(list(reversed(triples)))
    assert len(sorted_triples(triples + triples)) == 50
