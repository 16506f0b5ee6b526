"""Stable serialisations: the same graph always gives the same bytes.

rdflib's Turtle and TriG serialisers sort subjects, predicates and objects; we add the rest of
what stability needs: every project prefix bound the same way, named graphs written in IRI
order, N-Triples and N-Quads as sorted lines, no blank nodes minted by us (see
:mod:`builder.iris`).
"""

from __future__ import annotations

import io

from rdflib import Dataset, Graph

from builder.namespaces import bind_all

EXPORT_FORMATS = {
    "turtle": "ttl",
    "trig": "trig",
    "nt": "nt",
    "nq": "nq",
    "jsonld": "jsonld",
}


def graph_to_turtle(graph: Graph) -> str:
    bind_all(graph)
    return graph.serialize(format="turtle")


def _in_iri_order(dataset: Dataset) -> Dataset:
    """A copy whose non-empty named graphs were added in IRI order, so insertion order of the
    original cannot leak into serialisations that list graphs as stored."""
    ordered = bind_all(Dataset())
    for context in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(context) == 0:
            continue
        target = ordered.graph(context.identifier)
        for triple in context:
            target.add(triple)
    return ordered


def dataset_to_trig(dataset: Dataset) -> str:
    """TriG with named graphs in IRI order.

    rdflib's TriG serialiser writes graphs in the order its store lists them, which follows
    string hashing and so changes from one process to the next; its graph list is sorted here.
    """
    from rdflib.plugins.serializers.trig import TrigSerializer

    serializer = TrigSerializer(_in_iri_order(dataset))
    serializer.contexts.sort(key=lambda g: str(g.identifier))
    buffer = io.BytesIO()
    serializer.serialize(buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def sorted_lines(text: str) -> str:
    return "\n".join(sorted(line for line in text.splitlines() if line.strip())) + "\n"


def union_graph(dataset: Dataset) -> Graph:
    union = bind_all(Graph())
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def export(dataset: Dataset, fmt: str) -> str:
    """The dataset in one of :data:`EXPORT_FORMATS` (quads formats keep the named graphs)."""
    if fmt == "trig":
        return dataset_to_trig(dataset)
    if fmt == "nq":
        return sorted_lines(dataset.serialize(format="nquads"))
    union = union_graph(dataset)
    if fmt == "turtle":
        return graph_to_turtle(union)
    if fmt == "nt":
        return sorted_lines(union.serialize(format="nt"))
    if fmt == "jsonld":
        return dataset_to_trig_jsonld(dataset)
    raise ValueError(f"unknown format {fmt}")


def dataset_to_trig_jsonld(dataset: Dataset) -> str:
    """JSON-LD with one ``@graph`` per report graph, in IRI order."""
    return _in_iri_order(dataset).serialize(format="json-ld", indent=2, sort_keys=True)
