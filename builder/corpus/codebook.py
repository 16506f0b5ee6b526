"""The codebook export: one row per mission with the codes researchers use, and its codebook.

``eokg export --format codebook -o missions.csv`` writes the table and ``codebook.md`` beside
it. Every column is documented in :data:`COLUMNS` (what it means and which stored query it
comes from), and ``codebook.md`` is written from that list, so the table and its documentation
cannot drift apart. Country (ISO 3166-1 alpha-2) and day of voting let a researcher join the
table with NELDA or V-Dem.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from builder.base.files import atomic_write
from builder.corpus.queries import find_query, run_stored
from builder.facts.model import VOCABULARIES

CODEBOOK_NAME = "codebook.md"
GRAVITY = {"critical": 3, "qualified": 2, "endorse": 1, "none": 0}


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str
    query: str


def _topic_columns() -> list[Column]:
    out = []
    for topic in VOCABULARIES["integrity-topic"]:
        for polarity in ("positive", "critical"):
            out.append(
                Column(
                    f"{polarity}_{topic.replace('-', '_')}",
                    f"number of {polarity} findings of the mission on the topic `{topic}` "
                    "(eoc:integrity-topic, after PEI's dimensions)",
                    "findings",
                )
            )
    return out


COLUMNS: tuple[Column, ...] = (
    Column(
        "mission",
        "the mission's IRI (one row per mission the reports name, over all reports)",
        "all-missions",
    ),
    Column("organiser", "the organisation that sent it (its short label)", "all-missions"),
    Column("election", "the election's IRI", "all-missions"),
    Column(
        "country_iso",
        "the election's country, ISO 3166-1 alpha-2 (join key; empty when no report states it)",
        "all-missions",
    ),
    Column(
        "voting_date",
        "the day of voting, YYYY-MM-DD or --MM-DD (join key; empty when no report states it)",
        "all-missions",
    ),
    Column(
        "verdict",
        "the mission's overall verdict: endorse, qualified, critical or none (eoc:verdict); "
        "where reports differ, the gravest",
        "verdicts",
    ),
    Column("verdict_quote", "the words that carry the verdict, as published", "verdicts"),
    *_topic_columns(),
    Column("recommendations", "number of recommendations the mission made", "recommendations"),
    Column("observers", "number of observers stated (empty when not exact)", "mission"),
    Column("states", "number of states that sent observers, as stated", "mission"),
)


def _rows(workspace, name: str) -> list[dict]:
    query = find_query(name)
    result = run_stored(query, workspace)
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


def _text(value) -> str:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def codebook_rows(workspace) -> list[dict[str, str]]:
    """The table, one dict per mission, keyed by :data:`COLUMNS` names, sorted by mission."""
    rows: dict[str, dict[str, str]] = {}

    def row(mission: str) -> dict[str, str]:
        if mission not in rows:
            rows[mission] = {c.name: "" for c in COLUMNS}
            rows[mission]["mission"] = mission
            rows[mission]["verdict"] = "none"
            for c in COLUMNS:
                if c.query in ("findings", "recommendations"):
                    rows[mission][c.name] = "0"
        return rows[mission]

    # every mission named gets its row, with organiser and election, whether or not anything
    # was coded for it (a mission mentioned beside the main one often has no verdict)
    for r in _rows(workspace, "all-missions"):
        out = row(_text(r["mission"]))
        for name in ("organiser", "election", "country_iso", "voting_date"):
            out[name] = _text(r[name])
    for r in _rows(workspace, "verdicts"):
        out = row(_text(r["mission"]))
        value, held = GRAVITY[_text(r["verdict"])], GRAVITY[out["verdict"]]
        if value > held or (value == held and not out["verdict_quote"]):
            out["verdict"], out["verdict_quote"] = _text(r["verdict"]), _text(r["quote"])
    for r in _rows(workspace, "mission"):
        out = row(_text(r["mission"]))
        out["observers"] = out["observers"] or _text(r["observer_count"])
        out["states"] = out["states"] or _text(r["state_count"])
    for r in _rows(workspace, "findings"):
        if r["polarity"] in ("positive", "critical"):
            out = row(_text(r["mission"]))
            name = f"{r['polarity']}_{_text(r['topic']).replace('-', '_')}"
            out[name] = str(int(out[name]) + 1)
    for r in _rows(workspace, "recommendations"):
        out = row(_text(r["mission"]))
        out["recommendations"] = str(int(out["recommendations"]) + 1)
    return [rows[m] for m in sorted(rows)]


def codebook_markdown() -> str:
    """``codebook.md``: what each column means and which stored query it comes from."""
    lines = [
        "# Codebook of missions.csv",
        "",
        "One row per observation mission in the graph (over all reports), written by",
        "`eokg export --format codebook`. Each column comes from a stored query in `queries/`",
        "(run it with `eokg query NAME` to see the rows and the sentences behind them). Join",
        "with NELDA or V-Dem on `country_iso` and the year of `voting_date`.",
        "",
        "| column | meaning | query |",
        "|---|---|---|",
    ]
    lines += [f"| `{c.name}` | {c.meaning} | `{c.query}` |" for c in COLUMNS]
    return "\n".join(lines) + "\n"


def write_codebook(workspace, output: Path) -> Path:
    """Write the table to ``output`` and ``codebook.md`` beside it; return the codebook's path."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[c.name for c in COLUMNS], lineterminator="\n")
    writer.writeheader()
    writer.writerows(codebook_rows(workspace))
    atomic_write(output, buffer.getvalue().encode("utf-8"))
    codebook = output.with_name(CODEBOOK_NAME)
    atomic_write(codebook, codebook_markdown().encode("utf-8"))
    return codebook
