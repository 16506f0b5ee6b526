"""The one place the RDF dataset becomes a networkx graph for pictures, pages and exports.

Every picture (interactive page, static SVG/PNG, GEXF/GraphML export, statistics) reads the
graph built here, so they agree on what a node is, how it is labelled and where it sits.
Nodes are the actors and things a reader looks for (people, missions, organisations, states,
places, events, elections); posts and memberships are folded into labelled edges and facts,
spans into provenance records, so nobody has to read reification to see who met whom.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from builder.base.errors import InputError
from builder.base.files import atomic_path
from builder.graph import iris
from builder.graph.namespaces import EO, EOR, OA, SCHEMA
from builder.graph.ontology import load_ontology

KINDS: dict[URIRef, str] = {
    EO.ObservationMission: "mission",
    EO.Election: "election",
    EO.State: "state",
    EO.Place: "place",
    FOAF.Person: "person",
    ORG.Organization: "organisation",
    EO.MissionEvent: "event",
}
"""rdf:type -> node kind. Listed most specific first: a mission is also an org:Organization."""

KIND_ORDER = ("mission", "election", "person", "organisation", "state", "place", "event")
"""Kinds in legend order."""

KIND_LABELS: dict[str, tuple[str, str]] = {
    "mission": ("миссия", "mission"),
    "election": ("выборы", "election"),
    "person": ("человек", "person"),
    "organisation": ("организация", "organisation"),
    "state": ("государство", "state"),
    "place": ("место", "place"),
    "event": ("событие", "event"),
}

KIND_COLOURS: dict[str, str] = {
    "mission": "#d62728",
    "election": "#9467bd",
    "person": "#1f77b4",
    "organisation": "#ff7f0e",
    "state": "#2ca02c",
    "place": "#8c564b",
    "event": "#e377c2",
}

_SKIPPED_FACTS = frozenset(
    {RDF.type, RDFS.label, PROV.wasDerivedFrom, EO.obtainedBy, EO.rule, FOAF.name}
)
"""Properties that are already shown as the label or as provenance."""

LAYOUT_SEED = 7
"""Fixed seed: the same dataset always gives the same picture."""


@dataclass
class _Labels:
    """Readable labels for IRIs: ontology terms, concepts and instances."""

    ru: dict[Node, str] = field(default_factory=dict)
    en: dict[Node, str] = field(default_factory=dict)

    def add(self, graph: Graph | _Index, predicates: Iterable[URIRef]) -> None:
        for predicate in predicates:
            for subject, value in graph.subject_objects(predicate):
                if not isinstance(subject, URIRef) or not isinstance(value, Literal):
                    continue
                lang = value.language or "ru"
                target = self.en if lang == "en" else self.ru if lang == "ru" else None
                if target is None:
                    continue
                current = target.get(subject)
                # Keep the smallest label so the result does not depend on triple order.
                if current is None or str(value) < current:
                    target[subject] = str(value)

    def of(self, iri: Node) -> str:
        """The Russian label, else English, else the IRI's last path segment."""
        return self.ru.get(iri) or self.en.get(iri) or _local_name(iri)


def _local_name(iri: Node) -> str:
    text = str(iri).rstrip("/")
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def report_key(graph_iri: URIRef | str) -> str:
    """The report key of a named graph IRI (``eor:graph/<key>`` -> ``<key>``)."""
    text = str(graph_iri)
    prefix = str(EOR) + "graph/"
    return text[len(prefix) :] if text.startswith(prefix) else text


def _node_id(iri: Node) -> str:
    """Node ids are the instance IRIs without the common prefix: short, unique, stable."""
    text = str(iri)
    return text[len(str(EOR)) :] if text.startswith(str(EOR)) else text


class _Index:
    """One report graph as plain dictionaries: the few lookup shapes used here, fast.

    rdflib's Dataset checks each triple's contexts on every lookup in a named graph, and
    copying into rdflib Graphs costs as much again; at 1,000 reports both take minutes.
    """

    def __init__(self, identifier: URIRef) -> None:
        self.identifier = identifier
        self._spo: dict[Node, dict[Node, list[Node]]] = {}
        self._pso: dict[Node, list[tuple[Node, Node]]] = {}

    def add(self, s: Node, p: Node, o: Node) -> None:
        self._spo.setdefault(s, {}).setdefault(p, []).append(o)
        self._pso.setdefault(p, []).append((s, o))

    def objects(self, s: Node, p: Node) -> list[Node]:
        return self._spo.get(s, {}).get(p, [])

    def predicate_objects(self, s: Node) -> Iterator[tuple[Node, Node]]:
        for p, values in self._spo.get(s, {}).items():
            for o in values:
                yield p, o

    def subject_objects(self, p: Node) -> list[tuple[Node, Node]]:
        return self._pso.get(p, [])

    def subjects(self, p: Node | None = None, o: Node | None = None) -> Iterator[Node]:
        if p is None:
            yield from self._spo
            return
        for s, value in self._pso.get(p, []):
            if o is None or value == o:
                yield s


def _report_graphs(dataset: Dataset, reports: Iterable[str] | None) -> list[_Index]:
    """Each wanted report graph copied into its own plain in-memory graph, in IRI order.

    Lookups on a named graph of a big rdflib Dataset check every triple's contexts; one pass
    over the quads into separate graphs makes the many small lookups below cheap.
    """
    # a report is named by its key or by its file name, which gives the key
    asked = {r: {r, iris.report_key(r)} for r in reports} if reports is not None else None
    wanted = {key for keys in asked.values() for key in keys} if asked is not None else None
    prefix = str(EOR) + "graph/"
    copies: dict[str, _Index] = {}
    present: set[str] = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = str(g.identifier if isinstance(g, Graph) else g)
        if not name.startswith(prefix):
            continue
        present.add(report_key(name))
        if wanted is not None and report_key(name) not in wanted:
            continue
        graph = copies.get(name)
        if graph is None:
            graph = copies[name] = _Index(URIRef(name))
        graph.add(s, p, o)
    if asked is not None:
        found = {report_key(name) for name in copies}
        missing = sorted(r for r, keys in asked.items() if not keys & found)
        if missing:
            known = sorted(present)
            listed = ", ".join(known[:12]) + (
                f" and {len(known) - 12} more" if len(known) > 12 else ""
            )
            raise InputError(
                f"no report graph for: {', '.join(missing)} (reports: {listed or 'none'})"
            )
    return [copies[name] for name in sorted(copies)]


def _provenance(graph: _Index, fact: Node) -> list[dict[str, str]]:
    """The quoted spans and their sentences a fact was derived from, in text order."""
    records = []
    for span in graph.objects(fact, PROV.wasDerivedFrom):
        exact = ""
        for selector in graph.objects(span, OA.hasSelector):
            for value in graph.objects(selector, OA.exact):
                exact = str(value)
        sentence = ""
        for sentence_span in graph.objects(span, EO.inSentence):
            for value in graph.objects(sentence_span, EO.normalisedText):
                sentence = str(value)
        start = 0
        for selector in graph.objects(span, OA.hasSelector):
            for value in graph.objects(selector, OA.start):
                start = int(str(value))
        if exact or sentence:
            sentence = sentence or exact
            records.append(
                {
                    "exact": exact,
                    "sentence": sentence,
                    "highlight": _highlight(exact, sentence),
                    "start": str(start),
                }
            )
    records.sort(key=lambda r: (int(r["start"]), r["exact"]))
    return records


def _highlight(exact: str, sentence: str) -> str:
    """The quoted span as it reads in the normalised sentence (hyphenation and breaks undone).

    The quote is kept as published; the sentence is normalised, so "Касым- Жомартом" must be
    found as "Касым-Жомартом". Empty when the quote cannot be located.
    """
    spaced = re.sub(r"\s+", " ", exact).strip()
    for candidate in (
        exact,
        spaced,
        re.sub(r"-\s+", "-", spaced),
        re.sub(r"(?<=\w)-\s+(?=\w)", "", spaced),
    ):
        if candidate and candidate in sentence:
            return candidate
    return ""


def _value_label(value: object, labels: _Labels) -> str:
    if isinstance(value, URIRef):
        return labels.of(value)
    if isinstance(value, Literal) and isinstance(value.toPython(), bool):
        return "да" if value.toPython() else "нет"
    return str(value)


def to_networkx(dataset: Dataset, reports: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Build the picture graph of ``dataset`` (all report graphs, or only ``reports`` keys).

    Node attributes: ``label`` (ru), ``label_en`` (when known), ``kind``, ``reports`` (sorted
    keys), ``facts`` (sorted (predicate label, value label) pairs), ``provenance`` (quoted span
    and sentence records), ``degree``, ``x``/``y`` (layout). Edge attributes: ``label`` (ru),
    ``label_en``, ``predicate`` (IRI, for machines), ``reports``.
    """
    ontology = load_ontology()
    labels = _Labels()
    labels.add(ontology, (RDFS.label, SKOS.prefLabel))
    graphs = _report_graphs(dataset, reports)
    for graph in graphs:
        labels.add(graph, (SKOS.prefLabel, RDFS.label, FOAF.name))

    kinds: dict[Node, str] = {}
    node_reports: dict[Node, set[str]] = defaultdict(set)
    facts: dict[Node, set[tuple[str, str]]] = defaultdict(set)
    provenance: dict[Node, dict[tuple[str, str], dict[str, str]]] = defaultdict(dict)
    edges: dict[tuple[Node, str, Node], set[str]] = defaultdict(set)
    edge_labels: dict[str, tuple[str, str]] = {}

    def add_provenance(node: Node, graph: _Index, fact: Node, key: str) -> None:
        for record in _provenance(graph, fact):
            record = {**record, "report": key}
            provenance[node][(record["sentence"], record["exact"])] = record

    for graph in graphs:
        key = report_key(graph.identifier)
        for kind_class, kind in KINDS.items():
            for subject in graph.subjects(RDF.type, kind_class):
                if isinstance(subject, URIRef) and subject not in kinds:
                    kinds[subject] = kind
    for graph in graphs:
        key = report_key(graph.identifier)
        for subject in {s for s in graph.subjects() if s in kinds}:
            node_reports[subject].add(key)
            add_provenance(subject, graph, subject, key)
            for predicate, value in graph.predicate_objects(subject):
                if predicate in _SKIPPED_FACTS:
                    continue
                if isinstance(value, URIRef) and value in kinds:
                    edges[(subject, str(predicate), value)].add(key)
                    node_reports[value].add(key)
                    edge_labels[str(predicate)] = (
                        labels.ru.get(predicate) or labels.of(predicate),
                        labels.en.get(predicate) or labels.of(predicate),
                    )
                    continue
                if isinstance(value, URIRef) and str(value).startswith(str(EOR)):
                    continue  # spans, posts, memberships: shown through their own facts
                pred_label = labels.ru.get(predicate) or labels.of(predicate)
                facts[subject].add((pred_label, _value_label(value, labels)))
        # A post is an edge from its holder to the body it is in, labelled with the post.
        for post in graph.subjects(RDF.type, ORG.Post):
            post_label = labels.ru.get(post, "")
            for holder in graph.objects(post, ORG.heldBy):
                if holder not in kinds:
                    continue
                node_reports[holder].add(key)
                add_provenance(holder, graph, post, key)
                if post_label:
                    facts[holder].add(("должность", post_label))
                for body in graph.objects(post, ORG.postIn):
                    if body in kinds and post_label:
                        edge_key = f"post:{post_label}"
                        edges[(holder, edge_key, body)].add(key)
                        edge_labels[edge_key] = (post_label, post_label)
        # A membership's role (coordinator, observer) becomes a fact of the member.
        for membership in graph.subjects(RDF.type, ORG.Membership):
            for member in graph.objects(membership, ORG.member):
                for role in graph.objects(membership, ORG.role):
                    mission = next(iter(graph.objects(membership, ORG.organization)), None)
                    where = f" — {labels.of(mission)}" if isinstance(mission, URIRef) else ""
                    if member in kinds:
                        facts[member].add(("роль в миссии", labels.of(role) + where))
                        add_provenance(member, graph, membership, key)

    dates: dict[Node, str] = {}
    for graph in graphs:
        for subject, value in graph.subject_objects(SCHEMA.startDate):
            if subject in kinds:
                dates[subject] = min(dates.get(subject, str(value)), str(value))
        for subject, value in graph.subject_objects(EO.votingDate):
            if subject in kinds:
                dates[subject] = min(dates.get(subject, str(value)), str(value))

    network = nx.MultiDiGraph()
    for iri in sorted(kinds, key=str):
        kind = kinds[iri]
        label = labels.of(iri)
        network.add_node(
            _node_id(iri),
            iri=str(iri),
            label=label,
            label_en=labels.en.get(iri, ""),
            kind=kind,
            reports=sorted(node_reports[iri]),
            facts=sorted(facts[iri]),
            provenance=[provenance[iri][k] for k in sorted(provenance[iri])],
            date=dates.get(iri, ""),
        )
    for (subject, edge_key, value), keys in sorted(
        edges.items(), key=lambda e: tuple(map(str, e[0]))
    ):
        label_ru, label_en = edge_labels[edge_key]
        network.add_edge(
            _node_id(subject),
            _node_id(value),
            key=edge_key,
            predicate=edge_key,
            label=label_ru,
            label_en=label_en,
            reports=sorted(keys),
        )
    for node, degree in network.degree():
        network.nodes[node]["degree"] = degree
    from builder.pictures.verdicts import add_verdict_facts, election_verdicts

    network.graph["elections"] = election_verdicts(graphs, _node_id, report_key)
    add_verdict_facts(network, network.graph["elections"])
    apply_layout(network)
    return network


def _graphviz_positions(
    network: nx.MultiDiGraph, nodes: list[str]
) -> dict[str, tuple[float, float]] | None:
    """Positions (points) from Graphviz with overlap removal sized by the labels, if installed.

    Graphviz's prism overlap removal keeps the label boxes apart, which a pure force layout
    does not; neato for small graphs, sfdp for big ones. None when graphviz is missing or fails.
    """
    program = shutil.which("neato" if len(nodes) <= 600 else "sfdp")
    if program is None:
        return None
    index = {node: i for i, node in enumerate(nodes)}
    lines = [
        "graph g {",
        '  graph [overlap=prism, overlap_scaling=2, sep="+6", start=7];',
        "  node [shape=box, fixedsize=true];",
    ]
    for node in nodes:
        data = network.nodes[node]
        label = data["label"][:40]
        # Label under a dot: a box as wide as the text (about 7 px per character at 13 px).
        width = max(len(label) * 7.0, 24.0) / 72.0
        lines.append(f"  n{index[node]} [width={width:.2f}, height=0.45];")
    seen: set[tuple[int, int]] = set()
    for u, v in network.edges():
        pair = tuple(sorted((index[u], index[v])))
        if pair[0] != pair[1] and pair not in seen:
            seen.add(pair)  # type: ignore[arg-type]
    lines.extend(f"  n{a} -- n{b};" for a, b in sorted(seen))
    lines.append("}")
    try:
        result = subprocess.run(
            [program, "-Tplain"],
            input="\n".join(lines).encode("utf-8"),
            capture_output=True,
            check=False,
            timeout=300,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    positions: dict[str, tuple[float, float]] = {}
    for line in result.stdout.decode("utf-8", "replace").splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[0] == "node" and parts[1].startswith("n"):
            node = nodes[int(parts[1][1:])]
            positions[node] = (float(parts[2]) * 72.0, -float(parts[3]) * 72.0)
    return positions if len(positions) == len(nodes) else None


def apply_layout(network: nx.MultiDiGraph) -> None:
    """Store deterministic coordinates (``x``, ``y``, pixels) on every node.

    Graphviz (label-sized, overlap-free) when installed; otherwise a seeded networkx force
    layout, with fewer iterations for big graphs so a 1,000-report corpus lays out in seconds.
    """
    if network.number_of_nodes() == 0:
        return
    nodes = sorted(network.nodes)
    graphviz = _graphviz_positions(network, nodes)
    if graphviz is not None:
        for node, (x, y) in graphviz.items():
            network.nodes[node]["x"] = round(x, 1)
            network.nodes[node]["y"] = round(y, 1)
        return
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    simple.add_edges_from(sorted((u, v) for u, v in network.edges() if u != v))
    n = simple.number_of_nodes()
    iterations = 100 if n <= 1000 else 40 if n <= 5000 else 15
    positions = nx.spring_layout(
        simple, seed=LAYOUT_SEED, iterations=iterations, k=2.0 / max(n, 1) ** 0.5
    )
    scale = 80.0 * max(n, 16) ** 0.5
    for node, (x, y) in positions.items():
        network.nodes[node]["x"] = round(float(x) * scale, 1)
        network.nodes[node]["y"] = round(float(y) * scale, 1)


def _flat_copy(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with list attributes flattened to strings: GEXF and GraphML hold scalars only."""
    flat = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        attrs = {
            "label": data["label"],
            "label_en": data.get("label_en", ""),
            "kind": data["kind"],
            "iri": data.get("iri", ""),
            "reports": " ".join(data.get("reports", [])),
            "facts": "; ".join(f"{p}: {v}" for p, v in data.get("facts", [])),
            "sentence": " | ".join(r["sentence"] for r in data.get("provenance", [])),
            "degree": int(data.get("degree", 0)),
            "x": float(data.get("x", 0.0)),
            "y": float(data.get("y", 0.0)),
        }
        flat.add_node(node, **attrs)
    for u, v, key, data in network.edges(keys=True, data=True):
        flat.add_edge(
            u,
            v,
            key=key,
            label=data["label"],
            label_en=data.get("label_en", ""),
            predicate=data.get("predicate", ""),
            reports=" ".join(data.get("reports", [])),
        )
    return flat


def export_gexf(network: nx.MultiDiGraph, path: Path) -> None:
    """Write ``network`` as GEXF (Gephi), atomically."""
    with atomic_path(Path(path)) as tmp:
        nx.write_gexf(_flat_copy(network), tmp)


def export_graphml(network: nx.MultiDiGraph, path: Path) -> None:
    """Write ``network`` as GraphML (yEd, Cytoscape, igraph), atomically."""
    with atomic_path(Path(path)) as tmp:
        nx.write_graphml(_flat_copy(network), tmp)
