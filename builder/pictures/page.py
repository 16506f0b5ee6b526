"""One self-contained HTML page to explore the graph offline: no network, no CDN, no server.

The vis-network library is inlined from ``static/`` (vendored with its licences), the graph
is inlined as JSON, and positions come from the Python layout with physics off, so the page
opens instantly from a file:// URL. Report text is data, never markup: the JSON is escaped so
it cannot close its <script> element, and the page script only ever sets ``textContent``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from builder.base.files import atomic_write
from builder.pictures.network import KIND_COLOURS, KIND_LABELS, KIND_ORDER
from builder.pictures.timeline import timeline_rows

STATIC_DIR = Path(__file__).resolve().parent / "static"
VIS_JS = STATIC_DIR / "vis-network.min.js"
TEMPLATE = STATIC_DIR / "page.html"

BIG_GRAPH_NODES = 1500
"""Above this many nodes the page opens on a summary view (events hidden, minor people hidden)."""


def embed_json(data: Any) -> str:
    """JSON safe inside an HTML <script> element: no ``<``, ``>``, ``&``, U+2028/U+2029 raw."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def page_data(network: nx.MultiDiGraph) -> dict[str, Any]:
    """What the page script reads: nodes, edges, kinds, reports, timeline, default filters."""
    nodes = []
    for node_id, data in sorted(network.nodes(data=True)):
        nodes.append(
            {
                "id": node_id,
                "label": data["label"],
                "label_en": data.get("label_en", ""),
                "kind": data["kind"],
                "reports": data.get("reports", []),
                "facts": [list(fact) for fact in data.get("facts", [])],
                "provenance": data.get("provenance", []),
                "degree": data.get("degree", 0),
                "x": data.get("x", 0.0),
                "y": data.get("y", 0.0),
            }
        )
    edges = []
    for index, (u, v, data) in enumerate(
        sorted(network.edges(data=True), key=lambda e: (e[0], e[1], e[2]["label"]))
    ):
        edges.append(
            {
                "id": f"e{index}",
                "from": u,
                "to": v,
                "label": data["label"],
                "label_en": data.get("label_en", ""),
                "reports": data.get("reports", []),
            }
        )
    reports = sorted({key for node in nodes for key in node["reports"]})
    big = len(nodes) > BIG_GRAPH_NODES
    kinds = [
        {
            "kind": kind,
            "ru": KIND_LABELS[kind][0],
            "en": KIND_LABELS[kind][1],
            "colour": KIND_COLOURS[kind],
            "count": sum(1 for n in nodes if n["kind"] == kind),
            "shown": not (big and kind in ("event", "place")),
        }
        for kind in KIND_ORDER
    ]
    return {
        "nodes": nodes,
        "edges": edges,
        "kinds": kinds,
        "reports": reports,
        "timeline": timeline_rows(network),
        "elections": network.graph.get("elections", []),
        "defaults": {"minDegree": 2 if big else 0, "big": big},
    }


def render_page(network: nx.MultiDiGraph, title: str = "eokg — граф наблюдения выборов") -> str:
    """The page as a string (see :func:`write_page`)."""
    library = VIS_JS.read_text(encoding="utf-8")
    # The source map is not shipped; drop the comment so the browser does not look for it.
    library = library.replace("//# sourceMappingURL=vis-network.min.js.map", "")
    if "</script" in library.lower():  # pragma: no cover - guards a future vendor update
        raise RuntimeError("vendored vis-network contains '</script' and cannot be inlined")
    template = TEMPLATE.read_text(encoding="utf-8")
    html_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        template.replace("/*EOKG_TITLE*/", html_title)
        .replace("/*EOKG_VIS_NETWORK*/", library)
        .replace("/*EOKG_DATA*/", embed_json(page_data(network)))
    )


def write_page(network: nx.MultiDiGraph, path: Path) -> None:
    """Write the interactive page for ``network`` to ``path`` atomically."""
    atomic_write(Path(path), render_page(network))
