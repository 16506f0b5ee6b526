"""A static picture of the graph (SVG or PNG) for papers, READMEs and offline reading.

Graphviz ``neato`` lays it out with overlap removal (``overlap=prism``) so labels do not sit on
each other; the legend is the graph's own label. Big corpora are cut down to the most
connected actors first: a picture of 10,000 nodes is not readable by anyone.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import networkx as nx

from builder.base.errors import InputError, ServiceError
from builder.base.files import atomic_write
from builder.pictures.network import KIND_COLOURS, KIND_LABELS, KIND_ORDER

MAX_PICTURE_NODES = 220
"""Beyond this, only the most connected nodes (events and places last) are drawn."""

_LOW_PRIORITY = {"event": 2, "place": 1}

EMPTY_LABEL = "Нет фактов для рисунка (no facts to draw)"
"""The picture of a graph without actors: the reports built tell of no observation."""


def _dot_string(text: str) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, newlines as line breaks."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _html_escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def picture_subgraph(network: nx.MultiDiGraph, limit: int = MAX_PICTURE_NODES) -> nx.MultiDiGraph:
    """The nodes worth drawing: all when few, else the best connected (missions first)."""
    if network.number_of_nodes() <= limit:
        return network

    def rank(node: str) -> tuple[int, int, str]:
        data = network.nodes[node]
        if data["kind"] == "mission":
            return (0, -data.get("degree", 0), node)
        return (1 + _LOW_PRIORITY.get(data["kind"], 0), -data.get("degree", 0), node)

    keep = sorted(network.nodes, key=rank)[:limit]
    return network.subgraph(keep).copy()


def to_dot(network: nx.MultiDiGraph) -> str:
    """DOT source for ``network``: coloured by kind, edge labels shortened, legend as label."""
    lines = [
        "digraph eokg {",
        "  graph [overlap=prism, overlap_scaling=3, splines=false, outputorder=edgesfirst, "
        'start=7, fontname="DejaVu Sans", fontsize=12, labelloc=b, pad=0.3];',
        '  node [style=filled, fontname="DejaVu Sans", fontsize=10, penwidth=0.6, '
        'margin="0.05,0.02"];',
        '  edge [fontname="DejaVu Sans", fontsize=7, color="#9a9a9a", fontcolor="#666666", '
        "arrowsize=0.5];",
    ]
    shapes = {"mission": "diamond", "event": "box", "election": "hexagon"}
    ids: dict[str, str] = {}
    for index, (node, data) in enumerate(sorted(network.nodes(data=True))):
        ids[node] = f"n{index}"
        label = data["label"] if len(data["label"]) <= 42 else data["label"][:40] + "…"
        colour = KIND_COLOURS[data["kind"]]
        lines.append(
            f"  n{index} [label={_dot_string(label)}, shape={shapes.get(data['kind'], 'ellipse')}, "
            f'fillcolor="{colour}40", color="{colour}"];'
        )
    for u, v, data in sorted(network.edges(data=True), key=lambda e: (e[0], e[1], e[2]["label"])):
        label = data["label"] if len(data["label"]) <= 24 else data["label"][:22] + "…"
        lines.append(f"  {ids[u]} -> {ids[v]} [label={_dot_string(label)}];")
    present = [k for k in KIND_ORDER if any(d["kind"] == k for _, d in network.nodes(data=True))]
    cells = "".join(
        f'<TD BGCOLOR="{KIND_COLOURS[k]}40" BORDER="1" COLOR="{KIND_COLOURS[k]}">'
        f"{_html_escape(KIND_LABELS[k][0])}</TD>"
        for k in present
    )
    if cells:
        lines.append(f'  label=<<TABLE BORDER="0" CELLSPACING="4"><TR>{cells}</TR></TABLE>>;')
    else:
        # graphviz refuses a table without cells; a build of reports of no observation has
        # nothing to draw, and the picture says so (as the timeline does)
        lines.append(f"  label={_dot_string(EMPTY_LABEL)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_picture(network: nx.MultiDiGraph, path: Path) -> None:
    """Write a static picture of ``network`` to ``path``, SVG or PNG by its extension."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("svg", "png"):
        raise InputError(f"{path}: picture format must be .svg or .png")
    neato = shutil.which("neato")
    if neato is None:
        raise ServiceError(
            "graphviz 'neato' not found: run 'bash scripts/install-system.sh graphviz'"
        )
    dot = to_dot(picture_subgraph(network))
    result = subprocess.run(
        [neato, f"-T{fmt}"], input=dot.encode("utf-8"), capture_output=True, check=False
    )
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ServiceError(f"graphviz failed on {path.name}: {message[-1] if message else '?'}")
    atomic_write(path, result.stdout)
