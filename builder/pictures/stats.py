"""Numbers about the graph: how many of each class, who is central, who met whom.

:func:`compute_stats` returns plain data (tests and ``--json`` consumers read it);
:func:`render_stats` prints it as rich tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node
from rich.console import Console
from rich.table import Table
from rich.text import Text

from builder.graph.namespaces import EO, EOR, SCHEMA
from builder.graph.ontology import load_ontology
from builder.pictures.network import report_key

_MET_WITH = str(EO.metWith)
_ATTENDEE = str(SCHEMA.attendee)
_PART_OF = str(EO.partOfMission)


@dataclass
class Stats:
    """What ``eokg stats`` reports."""

    reports: int
    class_counts: list[tuple[str, int]]
    """(class label, distinct instances over all report graphs), largest first."""
    degree: list[tuple[str, str, int]]
    """(label, kind, degree) of the best connected actors."""
    betweenness: list[tuple[str, str, float]]
    """(label, kind, betweenness centrality, normalised) of the best brokers."""
    meetings: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(date, mission label, mission side, met official): who met whom, in date order."""


def _class_counts(dataset: Dataset) -> list[tuple[str, int]]:
    ontology = load_ontology()
    instances: dict[URIRef, set[Node]] = {}
    for graph in dataset.graphs():
        if not str(graph.identifier).startswith(str(EOR) + "graph/"):
            continue
        for subject, cls in graph.subject_objects(RDF.type):
            if isinstance(cls, URIRef):
                instances.setdefault(cls, set()).add(subject)
    counts = []
    for cls, members in instances.items():
        counts.append((_label(ontology, cls), len(members)))
    return sorted(counts, key=lambda c: (-c[1], c[0]))


def _label(ontology: Graph, term: URIRef) -> str:
    """The English label of an ontology term (the table headers are English), else any."""
    labels = {
        v.language: str(v) for v in ontology.objects(term, RDFS.label) if isinstance(v, Literal)
    }
    if "en" in labels:
        return labels["en"]
    if labels:
        return sorted(labels.values())[0]
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def compute_stats(dataset: Dataset, network: nx.MultiDiGraph, top: int = 10) -> Stats:
    """Counts, centrality and meetings of ``network`` (built from ``dataset``)."""
    reports = sorted(
        {
            report_key(g.identifier)
            for g in dataset.graphs()
            if str(g.identifier).startswith(str(EOR) + "graph/")
        }
    )
    actors = [n for n, d in network.nodes(data=True) if d["kind"] != "event"]
    by_degree = sorted(actors, key=lambda n: (-network.nodes[n]["degree"], n))[:top]
    simple = nx.Graph(network.to_undirected())
    between = nx.betweenness_centrality(simple, normalized=True) if len(simple) else {}
    by_between = sorted(actors, key=lambda n: (-round(between.get(n, 0.0), 9), n))[:top]
    meetings = []
    for node, data in network.nodes(data=True):
        if data["kind"] != "event":
            continue
        mission = ""
        met: list[str] = []
        present: list[str] = []
        for _, target, key in network.out_edges(node, keys=True):
            if key == _PART_OF:
                mission = network.nodes[target]["label"]
            elif key == _MET_WITH:
                met.append(network.nodes[target]["label"])
            elif key == _ATTENDEE:
                present.append(network.nodes[target]["label"])
        side = ", ".join(sorted(present)) or "наблюдатели"
        for official in sorted(met):
            meetings.append((data.get("date", ""), mission, side, official))
    meetings.sort()
    return Stats(
        reports=len(reports),
        class_counts=_class_counts(dataset),
        degree=[
            (network.nodes[n]["label"], network.nodes[n]["kind"], network.nodes[n]["degree"])
            for n in by_degree
        ],
        betweenness=[
            (network.nodes[n]["label"], network.nodes[n]["kind"], round(between.get(n, 0.0), 4))
            for n in by_between
        ],
        meetings=meetings,
    )


def render_stats(stats: Stats, console: Console) -> None:
    """Print ``stats`` as rich tables."""
    console.print(f"[bold]{stats.reports}[/bold] report graphs")
    table = Table(title="Instances by class")
    table.add_column("class")
    table.add_column("count", justify="right")
    for label, count in stats.class_counts:
        table.add_row(Text(label), str(count))
    console.print(table)
    for title, rows in (
        ("Most connected (degree)", stats.degree),
        ("Brokers (betweenness)", stats.betweenness),
    ):
        table = Table(title=title)
        table.add_column("actor")
        table.add_column("kind")
        table.add_column("value", justify="right")
        for label, kind, value in rows:
            table.add_row(Text(label), kind, str(value))
        console.print(table)
    table = Table(title="Who met whom")
    for column in ("date", "mission", "mission side", "met"):
        table.add_column(column)
    for row in stats.meetings:
        table.add_row(*(Text(cell) for cell in row))
    console.print(table)
