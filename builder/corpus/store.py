"""The embedded Oxigraph store kept in the workspace, where stored queries run.

Why a store beside ``graph.trig``: rdflib's in-memory SPARQL engine re-parses the dataset on
every command and is slow on joins; Oxigraph answers the same queries from an on-disk index.

Three guarantees this module keeps:

* **Crash safety.** A full rebuild bulk-loads into a *new* directory beside the store and only
  then swaps the directories with renames, so a crash or a bad input leaves the old store as
  it was. A crash between the two renames is repaired the next time the store is opened.
* **Incremental updates, copy on write.** Replacing some report graphs and dropping others is
  one SPARQL Update request, applied to a copy of the store (``Store.backup``: hard links to
  RocksDB's immutable files, so it is cheap) that is then swapped in like a rebuild. No
  process ever writes a directory a reader (a query, ``eokg serve``) has open, which Oxigraph
  does not support, and readers see the old graphs or the new ones, never a mix.
* **Bound parameters.** Query parameters are given to Oxigraph as ``substitutions`` (SEP-0007):
  a value is a term, never text pasted into the query, so quotes, braces or SPARQL keywords in
  a value cannot change what the query does.

**The default graph is the union, deduplicated.** Every report graph carries the reference
entities it uses (so it validates alone), so the same triple sits in many graphs. Oxigraph's
``use_default_graph_as_union`` is a *multiset* union: a state's label in 1,000 graphs comes
back 1,000 times, and a join over two such triples multiplies (a simple query over 50k
triples ran for minutes). So the store keeps, beside the named graphs, the RDF merge of them
in its default graph — each distinct triple once — and queries read that default graph
(``GRAPH ?g`` still ranges over the report graphs). Updates keep it exact: a replaced or
removed graph's triples leave the default graph unless another report graph still has them.

Queries open the store read-only (a RocksDB secondary), so they work while ``eokg serve``
(read-only) is running. A read-write server holds the store's lock; writing then fails with a
one-line :class:`~builder.base.errors.ServiceError`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Collection, Iterable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

from builder.base.errors import InputError, ServiceError, WorkspaceError
from builder.corpus.workspace import Workspace

Value = str | int | float | date | None

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    XSD + name
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}
_NEW_SUFFIX = ".new"
_OLD_SUFFIX = ".old"


def _is_lock_error(exc: BaseException) -> bool:
    return "lock" in str(exc).lower()


class GraphStore:
    """The workspace's Oxigraph store: rebuild, update report graphs, answer queries."""

    def __init__(self, workspace: Workspace | Path | str) -> None:
        if not isinstance(workspace, Workspace):
            workspace = Workspace(workspace)
        self.workspace = workspace
        self.path = workspace.store_dir
        self._reader: ox.Store | None = None
        self._recover()

    # -- crash recovery --------------------------------------------------------------------
    @property
    def _new_path(self) -> Path:
        return self.path.with_name(self.path.name + _NEW_SUFFIX)

    @property
    def _old_path(self) -> Path:
        return self.path.with_name(self.path.name + _OLD_SUFFIX)

    def _recover(self) -> None:
        """Finish or undo a swap that a crash interrupted.

        The swap is ``store -> store.old`` then ``store.new -> store``. If ``store`` is missing
        but ``store.old`` exists, the crash fell between the two renames: the old store is put
        back (the new one may be incomplete, so it is not trusted). Leftovers are removed.
        """
        if not self.path.exists() and self._old_path.is_dir():
            os.replace(self._old_path, self.path)
        for leftover in (self._new_path, self._old_path):
            if leftover.exists() and self.path.exists():
                shutil.rmtree(leftover, ignore_errors=True)

    # -- writing -----------------------------------------------------------------------------
    def replace_from_trig(self, trig_path: Path | str) -> int:
        """Rebuild the store from a TriG file; return the number of quads in named graphs."""
        trig_path = Path(trig_path)
        if not trig_path.is_file():
            raise WorkspaceError(f"{trig_path}: no such dataset file to load into the store")
        try:
            quads = list(ox.parse(path=str(trig_path), format=ox.RdfFormat.TRIG))
        except SyntaxError as exc:
            raise InputError(f"{trig_path}: cannot be loaded into the store ({exc})") from exc
        return self.replace_from_quads(quads)

    def replace_from_quads(self, quads: Collection[ox.Quad]) -> int:
        """Rebuild the store from report-graph quads; return how many are in named graphs.

        The data is bulk-loaded into ``store.new`` and the directories are swapped only when
        the load succeeded, so a failure or a crash never damages the current store.
        """
        self.close()
        self._check_not_locked()
        named = [q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)]
        with self._new_store() as new_path:
            store = ox.Store(str(new_path))
            store.bulk_extend(quads)
            # the merge of the report graphs, each distinct triple once, as the default graph
            default = ox.DefaultGraph()
            merged = {q.triple for q in named}
            store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, default) for t in merged)
            store.flush()
            # compact what the bulk load left: queries on the store run ~15% faster after it
            store.optimize()
            del store
        return len(set(named))

    @contextlib.contextmanager
    def _new_store(self) -> Iterator[Path]:
        """A fresh ``store.new`` to write: swapped in if the block succeeds, removed if not."""
        new_path = self._new_path
        new_path.parent.mkdir(parents=True, exist_ok=True)
        if new_path.exists():
            shutil.rmtree(new_path)
        try:
            yield new_path
        except BaseException:
            shutil.rmtree(new_path, ignore_errors=True)
            raise
        self._swap_in(new_path)

    def _swap_in(self, new_path: Path) -> None:
        old_path = self._old_path
        if old_path.exists():
            shutil.rmtree(old_path)
        if self.path.exists():
            os.replace(self.path, old_path)
        os.replace(new_path, self.path)
        shutil.rmtree(old_path, ignore_errors=True)

    def _check_not_locked(self) -> None:
        """Refuse to rebuild under a read-write server: its updates would be lost silently."""
        if not self.path.is_dir():
            return
        try:
            probe = ox.Store(str(self.path))
        except OSError as exc:
            if _is_lock_error(exc):
                raise ServiceError(
                    f"{self.path}: the store is in use by a read-write server "
                    "('eokg serve --allow-update'?); stop it first"
                ) from exc
            raise WorkspaceError(f"{self.path}: cannot open the store ({exc})") from exc
        del probe

    def _open_writer(self) -> ox.Store:
        self.close()
        try:
            return ox.Store(str(self.path))
        except OSError as exc:
            if _is_lock_error(exc):
                raise ServiceError(
                    f"{self.path}: the store is locked by another process "
                    "('eokg serve --allow-update' or a build?); stop it first"
                ) from exc
            raise WorkspaceError(f"{self.path}: cannot open the store ({exc})") from exc

    def replace_report_graphs(
        self, graphs: Mapping[str, bytes | str], removed: Iterable[str] = ()
    ) -> None:
        """Replace the given report graphs whole and drop the removed ones, all or nothing.

        ``graphs`` maps a graph IRI to its triples as N-Triples, Turtle or TriG (every triple or
        quad of the data is put into that graph). The whole change is a single SPARQL Update
        request on a copy of the store, swapped in when it succeeded.
        """
        operations: list[str] = []
        for iri in sorted(set(removed) | set(graphs)):
            g = ox.NamedNode(iri)
            # the graph's triples leave the union unless another report graph has them too
            operations.append(
                f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h != {g}) }} }}"
            )
            operations.append(f"DROP SILENT GRAPH {g}")
        for iri in sorted(graphs):
            data = graphs[iri]
            raw = data.encode("utf-8") if isinstance(data, str) else data
            try:
                quads = list(ox.parse(raw, format=ox.RdfFormat.TRIG))
            except SyntaxError as exc:
                raise InputError(f"data for graph <{iri}> cannot be parsed ({exc})") from exc
            lines = sorted({f"{q.subject} {q.predicate} {q.object} ." for q in quads})
            if lines:
                body = "\n".join(lines)
                # one operation, so blank-node labels name the same node in both places
                operations.append(
                    f"INSERT DATA {{ GRAPH {ox.NamedNode(iri)} {{\n{body}\n}}\n{body}\n}}"
                )
        if not operations:
            return
        with self._new_store() as new_path:
            store = self._open_writer()
            try:
                store.backup(str(new_path))
            finally:
                del store
            copy = ox.Store(str(new_path))
            copy.update(" ;\n".join(operations))
            copy.flush()
            del copy

    # -- reading -----------------------------------------------------------------------------
    def _open_reader(self) -> ox.Store:
        if self._reader is None:
            if not self.path.is_dir():
                raise WorkspaceError(
                    f"{self.path}: no store here; run 'eokg build -w {self.workspace.root}' first"
                )
            try:
                self._reader = ox.Store.read_only(str(self.path))
            except (OSError, RuntimeError) as exc:
                raise self.damaged(exc) from exc
        return self._reader

    def damaged(self, exc: BaseException) -> WorkspaceError:
        """The one-line error for a store that cannot be read (``build`` rebuilds it)."""
        detail = " ".join(str(exc).split())[:300]
        return WorkspaceError(
            f"{self.path}: the store cannot be read ({detail}); "
            f"run 'eokg build -w {self.workspace.root}' to rebuild it"
        )

    def close(self) -> None:
        """Release the read handle (the files stay as they are)."""
        self._reader = None

    def query(
        self, sparql: str, bindings: Mapping[str, object] | None = None
    ) -> tuple[list[dict[str, Value]], list[str]]:
        """Answer a SELECT (or ASK) query over the union of the report graphs.

        ``bindings`` maps variable names (without ``?``) to terms: rdflib ``URIRef``/``Literal``,
        pyoxigraph terms, or plain Python values (``str``, ``int``, ``float``, ``bool``, ``date``).
        They are substituted as terms (SEP-0007); Oxigraph requires a substituted variable to be
        in the SELECT projection, so a stored query projects each of its parameters.
        Returns the rows as dicts of plain Python values and the column names in the query's
        order. An ASK query gives one row ``{"ask": "true"}`` or ``{"ask": "false"}``.
        """
        store = self._open_reader()
        substitutions = {
            ox.Variable(name): to_oxigraph(value) for name, value in (bindings or {}).items()
        }
        try:
            result = store.query(sparql, substitutions=substitutions)
        except SyntaxError as exc:
            raise InputError(f"malformed SPARQL ({exc})") from exc
        except (RuntimeError, OSError) as exc:
            if "projection" not in str(exc):
                raise self.damaged(exc) from exc
            names = ", ".join(f"'{n}'" for n in sorted(bindings or {}))
            raise InputError(
                f"parameter {names}: a bound variable must be projected by the query's SELECT "
                f"({exc})"
            ) from exc
        if isinstance(result, ox.QueryBoolean):
            return [{"ask": "true" if bool(result) else "false"}], ["ask"]
        if not isinstance(result, ox.QuerySolutions):
            raise InputError("only SELECT and ASK queries give rows; use export for graphs")
        columns = [v.value for v in result.variables]
        # the same term (a mission, a state's name) comes back in many rows: convert it once
        converted: dict[object, Value] = {}

        def convert(term: object) -> Value:
            if term not in converted:
                converted[term] = python_value(term)
            return converted[term]

        try:
            rows = [dict(zip(columns, map(convert, solution), strict=True)) for solution in result]
        except (RuntimeError, OSError) as exc:  # RocksDB finds damage while reading
            raise self.damaged(exc) from exc
        return rows, columns

    def construct(self, sparql: str) -> bytes:
        """Answer a CONSTRUCT (or DESCRIBE) query as N-Triples, sorted."""
        try:
            result = self._open_reader().query(sparql)
        except SyntaxError as exc:
            raise InputError(f"malformed SPARQL ({exc})") from exc
        if not isinstance(result, ox.QueryTriples):
            raise InputError("only CONSTRUCT and DESCRIBE queries give triples")
        lines = ox.serialize(result, format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()
        return ("\n".join(sorted(lines)) + "\n").encode("utf-8") if lines else b""

    def graph_counts(self) -> dict[str, int]:
        """Number of triples in each named graph, by graph IRI (sorted)."""
        rows, _ = self.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
        )
        return {str(r["g"]): int(r["n"]) for r in rows}  # type: ignore[arg-type]

    def __len__(self) -> int:
        try:
            return len(self._open_reader())
        except (RuntimeError, OSError) as exc:
            raise self.damaged(exc) from exc


def to_oxigraph(value: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A bound value as a pyoxigraph term: rdflib terms, pyoxigraph terms or plain values."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    # rdflib terms, recognised without importing rdflib types here by their class names.
    kind = type(value).__name__
    if kind == "URIRef":
        return ox.NamedNode(str(value))
    if kind == "BNode":
        return ox.BlankNode(str(value))
    if kind == "Literal":
        language = getattr(value, "language", None)
        datatype = getattr(value, "datatype", None)
        if language:
            return ox.Literal(str(value), language=language)
        if datatype:
            return ox.Literal(str(value), datatype=ox.NamedNode(str(datatype)))
        return ox.Literal(str(value))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    if isinstance(value, datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "dateTime"))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if isinstance(value, str):
        return ox.Literal(value)
    raise InputError(f"cannot bind a value of type {kind} as an RDF term")


def python_value(term: object) -> Value:
    """An Oxigraph term as a plain value, as rdflib terms get from
    :func:`builder.corpus.queries.python_value`.

    IRIs become strings, integers ``int``, decimals and doubles ``float``, ``xsd:date``
    ``datetime.date``, booleans ``"true"``/``"false"``, everything else its lexical form.
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        text = term.value
        with contextlib.suppress(ValueError, InvalidOperation):
            if datatype in _INTEGER_TYPES:
                return int(text)
            if datatype in _FLOAT_TYPES:
                return float(Decimal(text)) if datatype == XSD + "decimal" else float(text)
            if datatype == XSD + "date":
                return date.fromisoformat(text)
            if datatype == XSD + "boolean":
                return "true" if text in ("true", "1") else "false"
        return text
    return str(term)
