"""``eokg queries`` and ``eokg query``: the stored questions, answered as a table, CSV, TSV
or JSON."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from builder.cli.console import out_console
from builder.cli.options import workspace_option
from builder.corpus.workspace import Workspace
from builder.graph.namespaces import PREFIXES


# -- queries -------------------------------------------------------------------------------
@click.command("queries")
@click.option("--run", "run_all", is_flag=True, help="Answer every stored query, one table each.")
@workspace_option
def list_stored_queries(run_all: bool, workspace_dir: Path) -> None:
    """List the stored queries with their titles (or, with --run, answer them all).

    \b
    Example:
      eokg queries
      eokg queries --run -w out
    """
    from builder.corpus.queries import list_queries, run_stored

    stored = list_queries()
    if not run_all:
        table = Table("name", "title", "columns", "parameters", box=None)
        for q in stored:
            table.add_row(q.name, q.title, ", ".join(q.columns), ", ".join(q.parameters))
        out_console.print(table)
        return
    workspace = Workspace(workspace_dir)
    for q in stored:
        result = run_stored(q, workspace)
        click.echo(f"\n== {q.name}: {q.title} ({len(result.rows)} rows)")
        click.echo(render(result, "table"), nl=False)


def _compact(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    for prefix, ns in PREFIXES.items():
        if text.startswith(str(ns)) and prefix in ("eor", "eoc", "eo", "wd"):
            return f"{prefix}:{text[len(str(ns)) :]}"
    return text


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def render(result, fmt: str) -> str:
    """A query result as csv, tsv, json or a table (for terminals)."""
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([_plain(v) for v in row])
        return buffer.getvalue()
    if fmt == "json":
        rows = [
            {c: (_plain(v) if isinstance(v, date) else v) for c, v in d.items()}
            for d in result.as_dicts()
        ]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    table = Table(*result.columns, show_lines=False)
    for row in result.rows:
        table.add_row(*(_compact(v) for v in row))
    console = Console(file=io.StringIO(), width=max(out_console.width, 160), force_terminal=False)
    console.print(table)
    return console.file.getvalue()


@click.command()
@click.argument("name")
@workspace_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default=None,
    help="Output format (default: table on a terminal, csv when piped).",
)
@click.option(
    "--param", "params", multiple=True, metavar="KEY=VALUE", help="Bind a parameter (repeatable)."
)
@click.option(
    "--allow-service",
    "allow_service",
    multiple=True,
    metavar="HOST",
    help="Let the query's SERVICE clauses call HOST (repeatable; default: SERVICE is refused).",
)
def query(
    name: str,
    workspace_dir: Path,
    fmt: str | None,
    params: tuple[str, ...],
    allow_service: tuple[str, ...],
) -> None:
    """Answer the stored query NAME over the built graph.

    Parameter values are bound as RDF terms, never pasted into the query text.

    \b
    Example:
      eokg query coordinator --format csv
      eokg query timeline --param mission=eor:mission/ipa-cis-kz-2017-06-28
    """
    from builder.corpus.queries import find_query, parse_params, run_stored

    stored = find_query(name)
    bindings = parse_params(stored, list(params))
    result = run_stored(stored, Workspace(workspace_dir), bindings, allow_service)
    fmt = fmt or ("table" if sys.stdout.isatty() else "csv")
    click.echo(render(result, fmt), nl=False)


COMMANDS = [list_stored_queries, query]
