"""Helpers for the ontology QC tests: the graphs, and the broken-graph fixture format.

A broken fixture (``broken/<Shape>.ttl``) is the valid graph (``valid.ttl``) with one mistake:
its header names the shape expected to fail (``# expect: eosh:<Shape>``) and the triples to
remove first (``# drop: <subject> <predicate>``, all objects); its Turtle body, read with the
project prefixes and ``eor:`` as the base IRI, is added afterwards. An inconsistent fixture
(``inconsistent/*.ttl``) is Turtle added to the valid graph that OWL-RL must reject.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from builder.graph.namespaces import EOR, PREFIXES
from builder.graph.ontology import load_ontology, load_shapes

HERE = Path(__file__).resolve().parent
VALID = HERE / "valid.ttl"
BROKEN_DIR = HERE / "broken"
INCONSISTENT_DIR = HERE / "inconsistent"

PROLOGUE = f"@base <{EOR}> .\n" + "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())


@pytest.fixture(scope="session")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="session")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture(scope="session")
def valid_graph() -> Graph:
    return Graph().parse(VALID, format="turtle")


def resolve(term: str) -> URIRef:
    """A fixture term: ``<relative>`` against ``eor:``, ``<absolute>``, or ``prefix:local``."""
    if term.startswith("<") and term.endswith(">"):
        inner = term[1:-1]
        return URIRef(inner if "://" in inner else f"{EOR}{inner}")
    prefix, _, local = term.partition(":")
    return URIRef(f"{PREFIXES[prefix]}{local}")


@dataclass
class BrokenFixture:
    path: Path
    expect: URIRef
    drops: list[tuple[URIRef, URIRef]]
    body: str

    def apply(self, valid: Graph) -> Graph:
        """The valid graph with this fixture's mistake."""
        graph = Graph()
        for triple in valid:
            graph.add(triple)
        for subject, predicate in self.drops:
            assert (subject, predicate, None) in graph, f"{self.path.name}: nothing to drop"
            graph.remove((subject, predicate, None))
        graph.parse(data=PROLOGUE + self.body, format="turtle")
        return graph


def read_broken(path: Path) -> BrokenFixture:
    expect: URIRef | None = None
    drops: list[tuple[URIRef, URIRef]] = []
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            expect = resolve(line.split(":", 1)[1].strip())
        elif line.startswith("# drop:"):
            subject, predicate = line.split(":", 1)[1].split()
            drops.append((resolve(subject), resolve(predicate)))
        elif not line.startswith("#"):
            body.append(line)
    assert expect is not None, f"{path.name}: no '# expect:' line"
    return BrokenFixture(path, expect, drops, "\n".join(body))


def broken_fixtures() -> list[Path]:
    return sorted(BROKEN_DIR.glob("*.ttl"))


def inconsistent_fixtures() -> list[Path]:
    return sorted(INCONSISTENT_DIR.glob("*.ttl"))
