"""Stored queries: one SPARQL file per question in ``queries/``, each with a header comment.

The header is part of the contract that other tools rely on::

    # title: Missions
    # description: ... (may continue on lines starting with '#   ')
    # columns: mission, report, ...      <- exactly the CSV columns, in order
    # parameters: mission (IRI), report (file name)

Parameters are bound as values (rdflib ``initBindings`` or pyoxigraph ``substitutions``),
never spliced into the query text, so a value holding quotes, braces or SPARQL keywords is
just a literal. A parameter that the query does not declare is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from builder.base.errors import InputError
from builder.base.resources import resource_dir
from builder.graph.namespaces import PREFIXES, sparql_prologue

QUERIES_DIR = resource_dir("queries")

_HEADER = re.compile(r"^#\s*(title|description|columns|parameters):\s*(.*)$")
_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

Value = str | int | float | date | None


@dataclass(frozen=True)
class StoredQuery:
    """One ``.rq`` file: its name, header and SPARQL text (without the PREFIX prologue)."""

    name: str
    path: Path
    title: str
    description: str
    columns: tuple[str, ...]
    parameters: tuple[str, ...]
    text: str

    @property
    def sparql(self) -> str:
        """The query with every project prefix declared."""
        return sparql_prologue() + self.text


@dataclass
class QueryResult:
    """Rows of a stored query, projected onto its declared columns."""

    columns: tuple[str, ...]
    rows: list[tuple[Value, ...]] = field(default_factory=list)

    def as_dicts(self) -> list[dict[str, Value]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def _parse_header(path: Path, text: str) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    fields: dict[str, str] = {}
    current: str | None = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            current = match.group(1)
            fields[current] = match.group(2).strip()
        elif current and line.startswith("#  "):
            fields[current] += " " + line.lstrip("# ").strip()
    missing = [key for key in ("title", "columns") if not fields.get(key)]
    if missing:
        raise InputError(f"{path}: header lacks '# {missing[0]}:' line")
    columns = tuple(c.strip() for c in fields["columns"].split(",") if c.strip())
    params = tuple(
        p.strip().split(" ", 1)[0] for p in fields.get("parameters", "").split(",") if p.strip()
    )
    return fields["title"], fields.get("description", ""), columns, params


def load_query(path: Path) -> StoredQuery:
    """Read and syntax-check one stored query; errors name the file and position."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from exc
    title, description, columns, params = _parse_header(path, text)
    query = StoredQuery(path.stem, path, title, description, columns, params, text)
    try:
        prepareQuery(query.sparql)
    except Exception as exc:  # pyparsing's ParseException carries line and column
        lineno = getattr(exc, "lineno", None)
        col = getattr(exc, "col", None)
        where = ""
        if lineno is not None:
            where = f"line {lineno - len(PREFIXES)}, column {col}: "
        raise InputError(f"{path}: {where}malformed SPARQL ({getattr(exc, 'msg', exc)})") from exc
    return query


def list_queries(directory: Path = QUERIES_DIR) -> list[StoredQuery]:
    """Every stored query, sorted by name."""
    return [load_query(p) for p in sorted(directory.glob("*.rq"))]


def find_query(name: str, directory: Path = QUERIES_DIR) -> StoredQuery:
    """The stored query called ``name``; an unknown name lists the known ones."""
    path = directory / f"{name}.rq"
    if not path.is_file():
        known = ", ".join(p.stem for p in sorted(directory.glob("*.rq")))
        raise InputError(f"no stored query '{name}'; known queries: {known}")
    return load_query(path)


def parse_params(query: StoredQuery, pairs: list[str]) -> dict[str, URIRef | Literal]:
    """``KEY=VALUE`` strings to SPARQL terms: absolute IRIs or CURIEs become IRIs, else strings."""
    bindings: dict[str, URIRef | Literal] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not _PARAM_NAME.match(key):
            raise InputError(f"--param wants KEY=VALUE, got {pair!r}")
        if key not in query.parameters:
            allowed = ", ".join(query.parameters) or "none"
            raise InputError(
                f"query '{query.name}' has no parameter '{key}' (parameters: {allowed})"
            )
        bindings[key] = to_term(value)
    return bindings


def to_term(value: str) -> URIRef | Literal:
    if re.match(r"^https?://\S+$", value):
        return URIRef(value)
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and re.match(r"^[^\s<>\"{}|\\^`]+$", local):
        return URIRef(str(PREFIXES[prefix]) + local)
    return Literal(value)


def python_value(term: object) -> Value:
    """An rdflib term as a plain Python value for tables, CSV and JSON."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float, date, str)):
            return value
        if isinstance(value, Decimal):
            return float(value)
        return str(term)
    return str(term)


def run_rdflib(query: StoredQuery, dataset, bindings: dict | None = None) -> QueryResult:
    """Run on an rdflib Dataset whose default graph is the union of the named graphs."""
    result = dataset.query(query.sparql, initBindings=bindings or {})
    variables = [str(v) for v in result.vars]
    index = {name: i for i, name in enumerate(variables)}
    rows = []
    for row in result:
        rows.append(
            tuple(python_value(row[index[c]]) if c in index else None for c in query.columns)
        )
    return QueryResult(query.columns, rows)


def run_stored(query: StoredQuery, workspace, bindings: dict | None = None) -> QueryResult:
    """Run a stored query over a built workspace: on its Oxigraph store when there is one."""
    workspace.require_built()
    from builder.corpus.store import GraphStore

    if workspace.store_dir.is_dir():
        rows, _columns = GraphStore(workspace).query(query.sparql, bindings or {})
        return QueryResult(
            query.columns, [tuple(row.get(c) for c in query.columns) for row in rows]
        )
    dataset = workspace.load_dataset()
    dataset.default_union = True
    return run_rdflib(query, dataset, bindings)
