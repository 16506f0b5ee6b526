"""Each mission's events on a time axis: who met whom, where, voting day, press conference.

The rows come from the picture graph (:func:`builder.pictures.network.to_networkx`), so the
timeline in the page and the SVG/PNG drawn here say the same thing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset

from builder.base.errors import InputError
from builder.base.files import atomic_path
from builder.graph.namespaces import EO, SCHEMA

_PART_OF = str(EO.partOfMission)
_LOCATION = str(SCHEMA.location)
_MET_WITH = str(EO.metWith)
_ATTENDEE = str(SCHEMA.attendee)

EVENT_KIND_FACT = "вид события"
"""The ru label of eo:eventKind, as facts carry it."""

MAX_MISSIONS = 24
"""The static picture shows at most this many missions (the latest); the page shows all."""


def timeline_rows(network: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per mission with a dated event: mission label and its events sorted by date."""
    missions: dict[str, list[dict[str, Any]]] = {}
    for node, data in network.nodes(data=True):
        if data["kind"] != "event" or not data.get("date"):
            continue
        mission = None
        places: list[str] = []
        met: list[str] = []
        present: list[str] = []
        for _, target, key in network.out_edges(node, keys=True):
            label = network.nodes[target]["label"]
            if key == _PART_OF:
                mission = target
            elif key == _LOCATION:
                places.append(label)
            elif key == _MET_WITH:
                met.append(label)
            elif key == _ATTENDEE:
                present.append(label)
        if mission is None:
            continue
        kind = next((v for p, v in data.get("facts", []) if p == EVENT_KIND_FACT), "")
        missions.setdefault(mission, []).append(
            {
                "id": node,
                "date": data["date"],
                "kind": kind,
                "label": data["label"],
                "places": sorted(places),
                "metWith": sorted(met),
                "attendees": sorted(present),
            }
        )
    rows = []
    for mission, events in missions.items():
        events.sort(key=lambda e: (e["date"], e["label"], e["id"]))
        rows.append(
            {
                "mission": mission,
                "label": network.nodes[mission]["label"],
                "reports": network.nodes[mission].get("reports", []),
                "events": events,
            }
        )
    rows.sort(key=lambda r: (r["events"][0]["date"], r["label"], r["mission"]))
    return rows


def _event_text(event: dict[str, Any]) -> str:
    text = event["label"]
    places = [p for p in event["places"] if p not in text]
    if places:
        shown = ", ".join(places[:2])
        more = len(places) - 2
        text += f" ({shown}{f' +{more}' if more > 0 else ''})"
    return text if len(text) <= 70 else text[:67] + "…"


def draw_timeline(rows: list[dict[str, Any]], path: Path) -> None:
    """Draw ``rows`` as one panel per mission (own date axis), SVG or PNG by ``path`` suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".svg", ".png"):
        raise InputError(f"{path}: timeline format must be .svg or .png")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "eokg"  # deterministic SVG ids
    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text: searchable, small
    shown = rows[-MAX_MISSIONS:]
    if not shown:
        fig, ax = plt.subplots(figsize=(8, 1.5))
        ax.axis("off")
        ax.text(0.5, 0.5, "Нет датированных событий", ha="center", va="center")
    else:
        heights = [1.0 + 0.32 * len(r["events"]) for r in shown]
        fig, axes = plt.subplots(
            len(shown),
            1,
            figsize=(12, sum(heights) + 0.4),
            gridspec_kw={"height_ratios": heights},
            squeeze=False,
        )
        kinds = sorted({e["kind"] for r in shown for e in r["events"]})
        cmap = plt.get_cmap("tab10")
        colours = {kind: cmap(i % 10) for i, kind in enumerate(kinds)}
        for ax, row in zip(axes[:, 0], shown, strict=True):
            events = row["events"]
            days = [date.fromisoformat(e["date"][:10]) for e in events]
            ys = list(range(len(events), 0, -1))
            for day, y, event in zip(days, ys, events, strict=True):
                ax.scatter([day], [y], color=colours[event["kind"]], s=40, zorder=3)
                ax.annotate(
                    _event_text(event),
                    (mdates.date2num(day), y),
                    xytext=(8, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=8,
                )
            first, last = min(days), max(days)
            span = max((last - first).days, 1)
            width = max(span * 1.6, 4)
            ax.set_xlim(mdates.date2num(first) - 0.5, mdates.date2num(last) + width)
            ax.set_ylim(0.3, len(events) + 0.7)
            ax.set_yticks([])
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
            ax.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, int(span + width) // 5)))
            ax.tick_params(axis="x", labelsize=7)
            title = row["label"] if len(row["label"]) <= 110 else row["label"][:107] + "…"
            ax.set_title(title, fontsize=9, loc="left")
            ax.grid(axis="x", alpha=0.3)
        handles = [
            plt.Line2D([], [], marker="o", linestyle="", color=colours[k], label=k or "—")
            for k in kinds
        ]
        fig.legend(handles=handles, loc="upper right", fontsize=8, title="вид события")
        fig.tight_layout(rect=(0, 0, 0.86, 1))
    with atomic_path(Path(path)) as tmp:
        fig.savefig(
            tmp,
            format=suffix[1:],
            dpi=110,
            metadata={"Date": None} if suffix == ".svg" else {"Software": None},
        )
    plt.close(fig)


def write_timeline(dataset: Dataset | nx.MultiDiGraph, path: Path) -> None:
    """Write each mission's events by date as SVG or PNG (by ``path``'s extension)."""
    from builder.pictures.network import to_networkx

    network = dataset if isinstance(dataset, nx.MultiDiGraph) else to_networkx(dataset)
    draw_timeline(timeline_rows(network), path)
