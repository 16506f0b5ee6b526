"""Corpus-wide shapes: checked once over the union of all report graphs in the store.

Per-report shapes run on each report graph alone (:mod:`builder.graph.validate`); a few
shapes compare reports (one mission or election given different facts by two reports), so
they read the union. pySHACL gets only the slice of the union those shapes read.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from builder.base.errors import InputError
from builder.corpus.store import GraphStore
from builder.graph.namespaces import SH
from builder.graph.terms import ordered
from builder.graph.validate import Outcome, validate_graph

CORPUS_GRAPH = "corpus"
"""The ``graph`` of corpus-wide results: they concern the union, not one report."""


def corpus_slice_queries(shapes: Graph) -> list[str]:
    """CONSTRUCT queries for what the corpus shapes read: targets' types, their properties.

    Corpus shapes are kept to target classes, plain property paths and core constraints, so
    their slice of the union is exactly these triples; anything else is refused.
    """
    if (None, SH.sparql, None) in shapes:
        raise InputError("corpus shapes: SHACL-SPARQL constraints are not supported there")
    classes = sorted({c for c in shapes.objects(None, SH.targetClass) if isinstance(c, URIRef)})
    paths = ordered(set(shapes.objects(None, SH.path)))
    if any(not isinstance(p, URIRef) for p in paths):
        raise InputError("corpus shapes: only plain property paths (one IRI) are supported")
    if not classes:
        return []
    values = " ".join(f"<{c}>" for c in classes)
    queries = [f"CONSTRUCT {{ ?s a ?c }} WHERE {{ VALUES ?c {{ {values} }} ?s a ?c }}"]
    if paths:
        properties = " ".join(f"<{p}>" for p in paths)
        queries.append(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?c {{ {values} }} "
            f"VALUES ?p {{ {properties} }} ?s a ?c ; ?p ?o }}"
        )
    return queries


def validate_corpus(store: GraphStore, shapes: Graph | None = None) -> Outcome:
    """Check the corpus shapes (default ``ontology/shapes/corpus/``) over the union in ``store``."""
    from builder.graph.ontology import load_corpus_shapes

    shapes = load_corpus_shapes() if shapes is None else shapes
    data = Graph()
    for query in corpus_slice_queries(shapes):
        data.parse(data=store.construct(query), format="nt")
    if not len(data):
        return Outcome(True)
    return validate_graph(data, CORPUS_GRAPH, shapes)
