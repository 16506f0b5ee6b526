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
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from rdflib import Literal, URIRef, Variable
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
    iri_parameters: frozenset[str] = frozenset()
    """The parameters the header declares as ``(IRI)``: a value that is no IRI is refused."""

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


def _parse_header(
    path: Path, text: str
) -> tuple[str, str, tuple[str, ...], tuple[str, ...], frozenset[str]]:
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
    declared = [p.strip() for p in fields.get("parameters", "").split(",") if p.strip()]
    params = tuple(p.split(" ", 1)[0] for p in declared)
    iris = frozenset(p.split(" ", 1)[0] for p in declared if p.endswith("(IRI)"))
    return fields["title"], fields.get("description", ""), columns, params, iris


def load_query(path: Path) -> StoredQuery:
    """Read and syntax-check one stored query; errors name the file and position."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from exc
    title, description, columns, params, iris = _parse_header(path, text)
    query = StoredQuery(path.stem, path, title, description, columns, params, text, iris)
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


def service_targets(sparql: str) -> list[str]:
    """The endpoints a query's ``SERVICE`` clauses would call (``?var`` for a variable one)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                term = node.get("term")
                found.append(f"?{term}" if isinstance(term, Variable) else str(term))
            for value in node.values():
                walk(value)
        elif isinstance(node, (list, tuple)):
            for value in node:
                walk(value)

    walk(prepareQuery(sparql).algebra)
    return found


def check_service(name: str, sparql: str, allowed_hosts: Iterable[str] = ()) -> None:
    """Refuse a query whose ``SERVICE`` would make this machine send requests elsewhere.

    A stored query (or a visitor of the endpoint) could otherwise turn the host against
    anything it can reach. ``allowed_hosts`` (``--allow-service HOST``) lets a query call
    exactly those hosts; a ``SERVICE ?var`` whose address is computed is always refused.
    """
    allowed = {h.lower() for h in allowed_hosts}
    for target in service_targets(sparql):
        host = (urllib.parse.urlsplit(target).hostname or "") if "://" in target else ""
        if not host or host.lower() not in allowed:
            hint = (
                f"add --allow-service {host} to allow it"
                if host
                else "a SERVICE address must be a fixed IRI"
            )
            raise InputError(
                f"{name}: SERVICE <{target}> is refused (a query must not make this machine "
                f"call other servers); {hint}"
            )


def list_queries(directory: Path = QUERIES_DIR) -> list[StoredQuery]:
    """Every stored query, sorted by name."""
    return [load_query(p) for p in sorted(directory.glob("*.rq"))]


COLUMNS_START = "<!-- columns of the stored queries: generated by scripts/readme_columns.py -->"
COLUMNS_END = "<!-- end of the generated columns -->"


def columns_table(directory: Path = QUERIES_DIR) -> str:
    """The README's table of stored queries and their CSV columns, from the queries' own
    ``# columns:`` headers (the contract is written once, in the query)."""
    lines = [COLUMNS_START, "| query | columns | title |", "|---|---|---|"]
    for q in list_queries(directory):
        lines.append(f"| `{q.name}` | {', '.join(q.columns)} | {q.title} |")
    lines.append(COLUMNS_END)
    return "\n".join(lines)


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
        term = to_term(value)
        if key in query.iri_parameters and not isinstance(term, URIRef):
            # bound as a string it would match nothing, and the answer would be silently empty
            raise InputError(
                f"--param {key} wants an IRI (https://... or a prefixed name such as "
                f"eor:{key}/KEY), got {value!r}"
            )
        bindings[key] = term
    return bindings


_IRI_FORBIDDEN = re.compile(r'[\s<>"{}|\\^`]')


def to_term(value: str) -> URIRef | Literal:
    if re.match(r"^https?://", value):
        bad = _IRI_FORBIDDEN.search(value)
        if bad:
            raise InputError(
                f"{value!r} is not a valid IRI (it contains {bad.group()!r}; spaces and "
                '<>"{}|\\^` are not allowed): percent-encode it or give the value without http'
            )
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


def run_stored(
    query: StoredQuery,
    workspace,
    bindings: dict | None = None,
    allow_service: Iterable[str] = (),
) -> QueryResult:
    """Run a stored query over a built workspace: on its Oxigraph store when there is one.

    A ``SERVICE`` clause is refused unless its host is in ``allow_service``."""
    check_service(str(query.path), query.sparql, allow_service)
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
