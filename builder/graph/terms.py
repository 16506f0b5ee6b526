"""Reading values out of an rdflib graph, typed: the few helpers readers of report graphs share.

rdflib types what a graph yields as ``Node``, which declares no ordering although every term
it yields (IRIs, literals, blank nodes) has one; :func:`ordered` says so once, so the readers
(:mod:`builder.graph.readback`, :mod:`builder.graph.codes`) sort terms without a cast each.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF, XSD
from rdflib.term import Node

from builder.facts.model import CURATED, EXTRACTED, Evidence, MonthDay, Span
from builder.graph.namespaces import EO, OA


def ordered(terms: Iterable[Node]) -> list[Any]:
    """The terms in rdflib's order (IRIs by text, literals by value): a stable reading order."""
    return sorted(terms)


def one(graph: Graph, subject: Node | None, predicate: Node) -> Any:
    """The first value of ``predicate`` in :func:`ordered` order, or None."""
    values = ordered(graph.objects(subject, predicate))
    return values[0] if values else None


def local_name(term: Node | None) -> str | None:
    """The last path segment of an IRI: a concept's key, a minted instance's local name."""
    return str(term).rsplit("/", 1)[-1] if term is not None else None


def python_value(value: Any) -> Any:
    """A literal's Python value; ``xsd:gMonthDay`` (which rdflib leaves a literal) as MonthDay."""
    if isinstance(value, Literal) and value.datatype == XSD.gMonthDay:
        return MonthDay.fromisoformat(str(value))
    return value.toPython() if isinstance(value, Literal) else value


def evidence(graph: Graph, subject: Node) -> Evidence | None:
    """The spans a fact was read from and how it was obtained, as the assembler wrote them."""
    method = local_name(one(graph, subject, EO.obtainedBy))
    if method is None:
        return None
    spans = []
    for span in graph.objects(subject, PROV.wasDerivedFrom):
        for selector in graph.objects(span, OA.hasSelector):
            if (selector, RDF.type, OA.TextPositionSelector) in graph:
                start, end = one(graph, selector, OA.start), one(graph, selector, OA.end)
                spans.append(Span(int(start), int(end)))
    rule = one(graph, subject, EO.rule)
    return Evidence(
        spans=tuple(sorted(set(spans))),
        method=CURATED if method == CURATED else EXTRACTED,
        rule=str(rule) if rule is not None else "",
    )
