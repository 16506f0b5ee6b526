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

import multiprocessing
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef, plugin
from rdflib.namespace import RDF
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Processor
from rdflib.term import Identifier, Node

from builder.graph.namespaces import SH
from builder.graph.terms import ordered


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


def _text(graph: Graph, node: Node, prop: Node, lang: str | None = None) -> str:
    values = list(graph.objects(node, prop))
    if lang is not None:
        tagged = [v for v in values if isinstance(v, Literal) and v.language == lang]
        if tagged:
            return str(tagged[0])
    return str(values[0]) if values else ""


@lru_cache(maxsize=1024)
def _translated_query(
    text: str, base: str | None, namespaces: tuple[tuple[str, str], ...]
) -> Query:
    return translateQuery(parseQuery(text), base, dict(namespaces) or None)


class ParsedOnceProcessor(SPARQLProcessor):
    """rdflib's SPARQL processor, parsing each query text once per process.

    pySHACL runs each SHACL-SPARQL constraint as a query string, once per report; parsing
    (pyparsing) costs more than evaluating on a report-sized graph. The translated algebra is
    not changed by evaluation, so it is cached by query text, base and prefixes. It is
    registered as rdflib's ``sparql`` processor (:func:`rdflib.plugin.register`, the way rdflib
    lets a processor be replaced); every query answers as with rdflib's own.
    """

    def query(  # type: ignore[override]  # the signature of SPARQLProcessor.query
        self,
        strOrQuery: str | Query,  # noqa: N803 (rdflib's names)
        initBindings: Mapping[str, Identifier] | None = None,  # noqa: N803
        initNs: Mapping[str, Any] | None = None,  # noqa: N803
        base: str | None = None,
        DEBUG: bool = False,  # noqa: N803
    ) -> Mapping[str, Any]:
        if isinstance(strOrQuery, str):
            namespaces = tuple(sorted((k, str(v)) for k, v in (initNs or {}).items()))
            strOrQuery = _translated_query(strOrQuery, base, namespaces)
        return super().query(strOrQuery, initBindings, initNs, base, DEBUG)


plugin.register("sparql", Processor, __name__, ParsedOnceProcessor.__name__)


class Validator:
    """pySHACL with the project's shapes and ontology, loaded once and given to each report.

    The build makes one per worker process at the start of its run; ``shapes`` and
    ``ontology`` default to the shipped ones.
    """

    def __init__(self, shapes: Graph | None = None, ontology: Graph | None = None) -> None:
        from builder.graph.ontology import load_ontology, load_shapes

        self.shapes = load_shapes() if shapes is None else shapes
        self.ontology = load_ontology() if ontology is None else ontology

    def report(self, graph: Graph, shapes: Graph | None = None) -> tuple[bool, Graph]:
        """pySHACL over one graph: (conforms, results graph)."""
        import pyshacl

        conforms, report, _ = pyshacl.validate(
            graph,
            shacl_graph=self.shapes if shapes is None else shapes,
            ont_graph=self.ontology,
            inference="none",
            advanced=True,
            allow_warnings=True,
        )
        return bool(conforms), report

    def __call__(self, graph: Graph, graph_name: str = "", shapes: Graph | None = None) -> Outcome:
        """Validate one report graph against the shapes (or the ``shapes`` given)."""
        from builder.graph.ontology import result_messages

        conforms, report = self.report(graph, shapes)
        violations = []
        for result in ordered(report.subjects(RDF.type, SH.ValidationResult)):
            messages = result_messages(report, result)
            violations.append(
                Violation(
                    focus=_text(report, result, SH.focusNode),
                    path=_text(report, result, SH.resultPath),
                    message_en=messages.get("en", ""),
                    message_ru=messages.get("ru", ""),
                    severity=_text(report, result, SH.resultSeverity).rsplit("#", 1)[-1],
                    shape=_text(report, result, SH.sourceShape),
                    value=_text(report, result, SH.value),
                    graph=graph_name,
                )
            )
        violations.sort(key=lambda v: (v.graph, v.focus, v.path, v.message_en))
        return Outcome(conforms, violations)


def validate_graph(
    graph: Graph,
    graph_name: str = "",
    shapes: Graph | None = None,
    validator: Validator | None = None,
) -> Outcome:
    """Validate one graph; with no ``validator``, one with the shipped shapes and ontology is
    made for this call (a run validating many graphs makes one and passes it)."""
    if validator is None:
        return Validator(shapes=shapes)(graph, graph_name)
    return validator(graph, graph_name, shapes)


def shacl_report(graph: Graph, shapes: Graph | None = None) -> tuple[bool, Graph]:
    """pySHACL over one graph with the shipped ontology: (conforms, results)."""
    return Validator(shapes=shapes).report(graph)


def _validate_named(items: list[tuple[str, str]]) -> list[Outcome]:
    """Validate (name, N-Triples) graphs with one validator (one worker's share)."""
    validator = Validator()
    outcomes = []
    for name, ntriples in items:
        graph = Graph()
        graph.parse(data=ntriples, format="nt")
        outcomes.append(validator(graph, name))
    return outcomes


def validate_dataset(dataset: Dataset, jobs: int = 1) -> Outcome:
    """Validate every named graph of ``dataset`` on its own, in ``jobs`` processes."""
    items = []
    for context in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(context) and isinstance(context.identifier, URIRef):
            items.append((str(context.identifier), context.serialize(format="nt")))
    workers = min(jobs, len(items))
    if workers > 1:
        shares = [items[i::workers] for i in range(workers)]
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(workers) as pool:
            outcomes = [o for share in pool.map(_validate_named, shares) for o in share]
    else:
        outcomes = _validate_named(items)
    violations = [v for o in outcomes for v in o.violations]
    return Outcome(all(o.conforms for o in outcomes), violations)
