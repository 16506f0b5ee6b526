"""Stable serialisations: the same quads always give the same bytes.

Oxigraph writes every format, not rdflib: rdflib's Turtle and TriG serialisers spend about
0.1 ms per triple, which made writing a 1,000-report dataset the slowest step of a build.
What stability needs is added here: quads sorted (graph, subject, ``rdf:type`` first,
predicate, object), only the prefixes the data uses, in a fixed order, and no blank nodes
minted by us (see :mod:`builder.graph.iris`), so sorting by term text is a total order.

A prefix is offered only when every IRI under it has a plain local name: ``eor:`` IRIs
contain slashes, which Turtle could write only as ``eor:mission\\/x``; they stay in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from builder.base.errors import WorkspaceError
from builder.graph.namespaces import PREFIXES

EXPORT_FORMATS = {
    "turtle": "ttl",
    "trig": "trig",
    "nt": "nt",
    "nq": "nq",
    "jsonld": "jsonld",
}

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_PLAIN_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")


def report_quads(graph_iri: str, ntriples: str) -> list[ox.Quad]:
    """One report's N-Triples as quads in its named graph."""
    graph = ox.NamedNode(graph_iri)
    return [
        ox.Quad(t.subject, t.predicate, t.object, graph)
        for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    ]


def read_dataset(path: Path) -> list[ox.Quad]:
    """The quads of a built ``graph.trig``."""
    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))
    except (SyntaxError, OSError) as exc:
        raise WorkspaceError(f"{path}: cannot be read ({exc})") from exc


def _triple_key(t: ox.Triple | ox.Quad) -> tuple[str, bool, str, str]:
    predicate = t.predicate.value
    return (str(t.subject), predicate != RDF_TYPE, predicate, str(t.object))


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Distinct quads in serialisation order: by graph, then as :func:`sorted_triples`."""
    return sorted(set(quads), key=lambda q: (str(q.graph_name), *_triple_key(q)))


def sorted_triples(quads: Iterable[ox.Quad | ox.Triple]) -> list[ox.Triple]:
    """The RDF merge of the quads' graphs, each triple once, subject by subject."""
    triples = {q.triple if isinstance(q, ox.Quad) else q for q in quads}
    return sorted(triples, key=_triple_key)


def used_prefixes(triples: Iterable[ox.Triple | ox.Quad]) -> dict[str, str]:
    """The project prefixes that shorten some IRI of the data and never need escapes."""
    iris: set[str] = set()
    for t in triples:
        iris.add(t.predicate.value)
        for term in (t.subject, t.object):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
    chosen: dict[str, str] = {}
    for prefix, namespace in sorted(PREFIXES.items()):
        ns = str(namespace)
        locals_ = [iri[len(ns) :] for iri in iris if iri.startswith(ns)]
        if locals_ and all(_PLAIN_LOCAL_NAME.fullmatch(name) for name in locals_):
            chosen[prefix] = ns
    return chosen


def serialised(
    items: Iterable[ox.Quad] | Iterable[ox.Triple] | ox.QueryTriples,
    format: ox.RdfFormat,  # noqa: A002 (oxigraph's name for it)
    prefixes: dict[str, str] | None = None,
) -> bytes:
    """``items`` written in ``format`` by Oxigraph, as bytes (it returns them when given no
    output file)."""
    data = ox.serialize(items, format=format, prefixes=prefixes)
    assert data is not None
    return data


def trig(quads: Iterable[ox.Quad]) -> bytes:
    """TriG: one block per named graph, graphs in IRI order."""
    ordered = sorted_quads(quads)
    return serialised(ordered, format=ox.RdfFormat.TRIG, prefixes=used_prefixes(ordered))


def turtle(quads: Iterable[ox.Quad | ox.Triple]) -> bytes:
    """Turtle of the union of the graphs."""
    ordered = sorted_triples(quads)
    return serialised(ordered, format=ox.RdfFormat.TURTLE, prefixes=used_prefixes(ordered))


def export(quads: Iterable[ox.Quad], fmt: str) -> bytes:
    """The dataset in one of :data:`EXPORT_FORMATS` (quad formats keep the named graphs)."""
    if fmt == "trig":
        return trig(quads)
    if fmt == "turtle":
        return turtle(quads)
    if fmt == "nq":
        return serialised(sorted_quads(quads), format=ox.RdfFormat.N_QUADS)
    if fmt == "nt":
        return serialised(sorted_triples(quads), format=ox.RdfFormat.N_TRIPLES)
    if fmt == "jsonld":
        return serialised(sorted_quads(quads), format=ox.RdfFormat.JSON_LD)
    raise ValueError(f"unknown format {fmt}")
