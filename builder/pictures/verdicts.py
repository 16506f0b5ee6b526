"""Each mission's verdict, and per election the missions side by side, for the page.

Read from the report graphs the picture is built from (``eo:Verdict``, see ontology/MODEL.md,
"The coding layer"). Where several reports give one mission's verdict, the gravest is shown
(an interim report's ``none`` does not hide the final statement's verdict).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
from rdflib import URIRef
from rdflib.namespace import FOAF, PROV, RDF

from builder.graph.namespaces import EO, OA

#: Verdict keys to their words in Russian and English (the page shows the user's language).
VERDICT_LABELS = {
    "endorse": ("одобрение", "endorse"),
    "qualified": ("с оговорками", "qualified"),
    "critical": ("критическая оценка", "critical"),
    "none": ("оценки нет", "no verdict"),
}
GRAVITY = {"critical": 3, "qualified": 2, "endorse": 1, "none": 0}


def _first(values: list) -> Any:
    return sorted(values, key=str)[0] if values else None


def election_verdicts(
    graphs: list, node_id: Callable[[URIRef], str], report_key: Callable[[Any], str]
) -> list[dict[str, Any]]:
    """Per election (node id), its missions' verdicts: verdict key, quote, speaker, report."""
    elections: dict[str, dict[str, dict[str, str]]] = {}
    for graph in graphs:
        key = report_key(graph.identifier)
        for verdict in graph.subjects(RDF.type, EO.Verdict):
            mission = _first(graph.objects(verdict, EO.verdictOf))
            value = _first(graph.objects(verdict, EO.verdictValue))
            election = _first(graph.objects(mission, EO.observes)) if mission else None
            if election is None or value is None:
                continue
            quotes = [
                str(exact)
                for span in graph.objects(verdict, PROV.wasDerivedFrom)
                for selector in graph.objects(span, OA.hasSelector)
                for exact in graph.objects(selector, OA.exact)
            ]
            person = _first(graph.objects(verdict, EO.statedBy))
            name = _first(graph.objects(person, FOAF.name)) if person is not None else None
            entry = {
                "mission": node_id(mission),
                "verdict": str(value).rsplit("/", 1)[-1],
                "quote": " … ".join(sorted(quotes)),
                "speaker": str(name or ""),
                "report": key,
            }
            held = elections.setdefault(node_id(election), {}).get(entry["mission"])
            if held is None or GRAVITY[entry["verdict"]] > GRAVITY[held["verdict"]]:
                elections[node_id(election)][entry["mission"]] = entry
    return [
        {"election": e, "missions": [elections[e][m] for m in sorted(elections[e])]}
        for e in sorted(elections)
    ]


def add_verdict_facts(network: nx.MultiDiGraph, elections: list[dict[str, Any]]) -> None:
    """Each mission node gets its verdict among its facts ("вердикт": "одобрение")."""
    for row in elections:
        for entry in row["missions"]:
            node = network.nodes.get(entry["mission"])
            if node is not None:
                fact = ("вердикт", VERDICT_LABELS[entry["verdict"]][0])
                node["facts"] = sorted({*map(tuple, node.get("facts", [])), fact})
