"""Validate: SHACL (pySHACL) over each report's graph on its own, then corpus-wide shapes.

Validating report by report keeps pySHACL's cost linear in the corpus (a single run over a
million triples takes many minutes) and lets workers validate in parallel. Each report graph
carries the reference entities it uses, so it can be checked alone; the ontology and the
vocabularies are given to pySHACL as the ontology graph (mixed in for class and scheme
checks, not copied into the data).

What one report cannot show (two reports giving the same mission different dates) is checked
by the corpus shapes (``ontology/shapes/corpus/``) over the union in the store. pySHACL is
given only the slice of the union those shapes read: the instances of their target classes and
the values of their properties, read from Oxigraph, so the check stays small at any size.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from builder.graph.namespaces import SH


@dataclass(frozen=True)
class Violation:
    """One SHACL result, reduced to what a reader needs."""

    focus: str
    path: str
    message_en: str
    message_ru: str
    severity: str
    shape: str
    value: str = ""
    graph: str = ""


@dataclass
class Outcome:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)


@lru_cache(maxsize=1)
def _shapes_and_ontology() -> tuple[Graph, Graph]:
    from builder.graph.ontology import load_ontology, load_shapes

    return load_shapes(), load_ontology()


def _text(graph: Graph, node, prop, lang: str | None = None) -> str:
    values = list(graph.objects(node, prop))
    if lang is not None:
        tagged = [v for v in values if isinstance(v, Literal) and v.language == lang]
        if tagged:
            return str(tagged[0])
    return str(values[0]) if values else ""


@lru_cache(maxsize=1024)
def _translated_query(text: str, base: str | None, namespaces: tuple[tuple[str, str], ...]):
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    return translateQuery(parseQuery(text), base, dict(namespaces) or None)


@contextlib.contextmanager
def _sparql_parsed_once() -> Iterator[None]:
    """Let rdflib parse each SPARQL text once per process instead of at every execution.

    pySHACL runs each SHACL-SPARQL constraint as a query string, once per report; parsing
    (pyparsing) costs more than evaluating on a report-sized graph. The translated algebra is
    immutable during evaluation, so it is cached by query text, base and prefixes.
    """
    from rdflib.plugins.sparql import processor

    original = processor.SPARQLProcessor.query

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(strOrQuery, str):
            namespaces = tuple(sorted((k, str(v)) for k, v in (initNs or {}).items()))
            strOrQuery = _translated_query(strOrQuery, base, namespaces)
        return processor.evalQuery(self.graph, strOrQuery, initBindings, base)

    processor.SPARQLProcessor.query = query
    try:
        yield
    finally:
        processor.SPARQLProcessor.query = original


def shacl_report(graph: Graph, shapes: Graph | None = None) -> tuple[bool, Graph]:
    """pySHACL over one graph with the project's (per-report) shapes: (conforms, results)."""
    import pyshacl

    report_shapes, ontology = _shapes_and_ontology()
    shapes = report_shapes if shapes is None else shapes
    with _sparql_parsed_once():
        conforms, report, _ = pyshacl.validate(
            graph,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            advanced=True,
            allow_warnings=True,
        )
    return bool(conforms), report


def validate_graph(graph: Graph, graph_name: str = "", shapes: Graph | None = None) -> Outcome:
    """Validate one report graph against the project's shapes (or the ``shapes`` given)."""
    from builder.graph.ontology import result_messages

    conforms, report = shacl_report(graph, shapes)
    violations = []
    for result in sorted(report.subjects(RDF.type, SH.ValidationResult)):
        messages = result_messages(report, result)
        en, ru = messages.get("en", ""), messages.get("ru", "")
        violations.append(
            Violation(
                focus=_text(report, result, SH.focusNode),
                path=_text(report, result, SH.resultPath),
                message_en=en,
                message_ru=ru,
                severity=_text(report, result, SH.resultSeverity).rsplit("#", 1)[-1],
                shape=_text(report, result, SH.sourceShape),
                value=_text(report, result, SH.value),
                graph=graph_name,
            )
        )
    violations.sort(key=lambda v: (v.graph, v.focus, v.path, v.message_en))
    return Outcome(conforms, violations)


def _validate_named(item: tuple[str, str]) -> Outcome:
    name, ntriples = item
    graph = Graph()
    graph.parse(data=ntriples, format="nt")
    return validate_graph(graph, name)


def validate_dataset(dataset: Dataset, jobs: int = 1) -> Outcome:
    """Validate every named graph of ``dataset`` on its own, in ``jobs`` processes."""
    items = []
    for context in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(context) and isinstance(context.identifier, URIRef):
            items.append((str(context.identifier), context.serialize(format="nt")))
    if jobs > 1 and len(items) > 1:
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(min(jobs, len(items))) as pool:
            outcomes = pool.map(_validate_named, items)
    else:
        outcomes = [_validate_named(item) for item in items]
    violations = [v for o in outcomes for v in o.violations]
    return Outcome(all(o.conforms for o in outcomes), violations)
