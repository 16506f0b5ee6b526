"""``eokg push``: load the dataset into any SPARQL 1.1 Graph Store Protocol endpoint.

Each report's named graph is sent with one HTTP ``PUT <store>?graph=<iri>``. PUT replaces a
graph whole, so a remote graph is always either as it was or the new version, never a mix or
a duplicate, whatever failed in between; pushing twice gives the same remote state. Report
graphs present on the remote but gone locally (a report removed from the corpus) are deleted
with ``DELETE``; they are found by asking the SPARQL endpoint for graphs that describe
themselves as ``eo:ReportGraph`` in our namespace, so nothing else on the server is touched.

Network trouble (refused connection, timeout, HTTP 5xx or 429) is retried with exponential
back-off, bounded in attempts and total time, then reported as one line. A 4xx answer is the
server refusing the request: it fails at once with the server's own message.

Works with Oxigraph (``/query`` and ``/store``), Fuseki (``/ds/sparql`` and ``/ds/data``),
GraphDB (``/repositories/X`` and ``/repositories/X/rdf-graphs/service``) and Virtuoso
(``/sparql`` and ``/sparql-graph-crud``).
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from builder.base.errors import InputError, ServiceError, WorkspaceError
from builder.corpus.workspace import Workspace
from builder.graph.namespaces import EO, EOR

TURTLE = "text/turtle; charset=utf-8"
SPARQL_JSON = "application/sparql-results+json"


@dataclass(frozen=True)
class RetryPolicy:
    """How long to keep trying a request that failed for a reason that may pass."""

    attempts: int = 6
    base_delay_s: float = 0.5
    factor: float = 2.0
    max_delay_s: float = 8.0
    deadline_s: float = 60.0
    timeout_s: float = 30.0

    def delays(self) -> list[float]:
        """The pauses between attempts: base, base*factor, ... capped at ``max_delay_s``."""
        return [
            min(self.base_delay_s * self.factor**i, self.max_delay_s)
            for i in range(max(self.attempts - 1, 0))
        ]


class _Retryable(Exception):
    pass


@dataclass
class PushSummary:
    endpoint: str
    graph_store: str
    pushed: dict[str, int] = field(default_factory=dict)  # graph IRI -> triples sent
    deleted: list[str] = field(default_factory=list)
    remote_counts: dict[str, int] = field(default_factory=dict)

    @property
    def triples(self) -> int:
        return sum(self.pushed.values())


def default_graph_store(endpoint: str) -> str:
    """The Graph Store URL that usually sits beside a SPARQL endpoint.

    Oxigraph ``.../query`` -> ``.../store``; Fuseki ``.../sparql`` or ``.../query`` of a
    dataset has ``.../data`` — Fuseki users pass ``--graph-store`` (we cannot tell the two
    apart from the URL, and Oxigraph is what ``eokg serve`` runs).
    """
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    if last in ("query", "sparql"):
        path = f"{head}/store"
    else:
        raise InputError(f"cannot guess the Graph Store URL for {endpoint}; pass --graph-store URL")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _check_url(url: str, what: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{what} must be an http(s) URL, got {url!r}")


def graph_url(store: str, graph_iri: str) -> str:
    sep = "&" if urllib.parse.urlsplit(store).query else "?"
    return f"{store}{sep}{urllib.parse.urlencode({'graph': graph_iri})}"


def _server_message(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read().decode("utf-8", "replace")
    except OSError:
        body = ""
    first = " ".join(body.split())[:300]
    return f"HTTP {exc.code} {exc.reason}" + (f": {first}" if first else "")


class Client:
    """HTTP with bounded retries; ``sleep`` is injectable so tests need not wait."""

    def __init__(
        self, policy: RetryPolicy | None = None, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.policy = policy or RetryPolicy()
        self.sleep = sleep
        self.requests = 0

    def request(
        self,
        method: str,
        url: str,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        ok_missing: bool = False,
    ) -> bytes:
        """Send one request, retrying transient failures; return the response body."""
        started = time.monotonic()
        delays = self.policy.delays()
        last = ""
        for attempt in range(self.policy.attempts):
            try:
                return self._once(method, url, data, headers or {}, ok_missing)
            except _Retryable as exc:
                last = str(exc)
            elapsed = time.monotonic() - started
            if attempt >= len(delays) or elapsed + delays[attempt] > self.policy.deadline_s:
                break
            self.sleep(delays[attempt])
        elapsed = time.monotonic() - started
        raise ServiceError(
            f"{method} {url}: gave up after {attempt + 1} attempts in {elapsed:.1f}s ({last})"
        )

    def _once(
        self, method: str, url: str, data: bytes | None, headers: dict[str, str], ok_missing: bool
    ) -> bytes:
        self.requests += 1
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.policy.timeout_s) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            if exc.code >= 500 or exc.code == 429:
                raise _Retryable(_server_message(exc)) from exc
            if ok_missing and exc.code == 404:
                return b""
            raise ServiceError(f"{method} {url}: {_server_message(exc)}") from exc
        except urllib.error.URLError as exc:
            raise _Retryable(f"cannot connect: {exc.reason}") from exc
        except (TimeoutError, ConnectionError) as exc:
            raise _Retryable(f"{type(exc).__name__}: {exc}") from exc


def read_report_graphs(trig_path: Path) -> dict[str, bytes]:
    """The dataset's named graphs as sorted N-Triples, by graph IRI (default graph ignored)."""
    try:
        quads = ox.parse(path=str(trig_path), format=ox.RdfFormat.TRIG)
        lines: dict[str, set[str]] = {}
        for quad in quads:
            if isinstance(quad.graph_name, ox.DefaultGraph):
                continue
            line = f"{quad.subject} {quad.predicate} {quad.object} ."
            lines.setdefault(quad.graph_name.value, set()).add(line)
    except SyntaxError as exc:
        raise WorkspaceError(f"{trig_path}: cannot be read ({exc})") from exc
    return {
        iri: ("\n".join(sorted(ls)) + "\n").encode("utf-8") for iri, ls in sorted(lines.items())
    }


REPORT_GRAPHS = f"{EOR}graph/"
"""The namespace of report graphs: push replaces and deletes graphs under it, nothing else."""

REMOTE_GRAPHS = f"""SELECT DISTINCT ?g WHERE {{
  GRAPH ?g {{ ?g a <{EO}ReportGraph> }}
  FILTER (STRSTARTS(STR(?g), "{EOR}graph/"))
}}"""

REMOTE_COUNTS = """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"""


def sparql_select(client: Client, endpoint: str, query: str) -> list[dict[str, str]]:
    """Run a SELECT over the SPARQL 1.1 Protocol (POST, form-encoded); values as strings."""
    body = urllib.parse.urlencode({"query": query}).encode("utf-8")
    raw = client.request(
        "POST",
        endpoint,
        body,
        {"Content-Type": "application/x-www-form-urlencoded", "Accept": SPARQL_JSON},
    )
    try:
        parsed = json.loads(raw)
        return [
            {k: v["value"] for k, v in binding.items()} for binding in parsed["results"]["bindings"]
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise ServiceError(f"{endpoint}: answer is not SPARQL JSON results ({exc})") from exc


def remote_counts(client: Client, endpoint: str) -> dict[str, int]:
    return {r["g"]: int(r["n"]) for r in sparql_select(client, endpoint, REMOTE_COUNTS)}


def push(
    workspace: Workspace,
    endpoint: str,
    graph_store: str | None = None,
    *,
    client: Client | None = None,
    progress: Callable[[str], None] | None = None,
    verify: bool = True,
) -> PushSummary:
    """PUT every report graph of the built dataset, DELETE remote report graphs gone locally.

    With ``verify`` the endpoint is asked afterwards for the triple count of each pushed graph,
    and a count that differs from the local one is an error.
    """
    _check_url(endpoint, "--endpoint")
    store = graph_store or default_graph_store(endpoint)
    _check_url(store, "--graph-store")
    workspace.require_built()
    client = client or Client()
    local = read_report_graphs(workspace.trig)
    foreign = sorted(iri for iri in local if not iri.startswith(REPORT_GRAPHS))
    if foreign:
        raise WorkspaceError(
            f"{workspace.trig}: graph <{foreign[0]}> is outside the project's namespace "
            f"({REPORT_GRAPHS}); push sends report graphs only: rebuild with 'eokg build'"
        )
    summary = PushSummary(endpoint, store)

    # the endpoint's answer is not trusted to have applied the filter: only graph IRIs in the
    # project's namespace are ever deleted, whatever else a remote lists
    remote = {
        r.get("g", "")
        for r in sparql_select(client, endpoint, REMOTE_GRAPHS)
        if r.get("g", "").startswith(REPORT_GRAPHS)
    }
    for iri, data in local.items():
        client.request("PUT", graph_url(store, iri), data, {"Content-Type": TURTLE})
        summary.pushed[iri] = data.count(b"\n")
        if progress:
            progress(iri)
    for iri in sorted(remote - set(local)):
        client.request("DELETE", graph_url(store, iri), ok_missing=True)
        summary.deleted.append(iri)
        if progress:
            progress(iri)

    if verify:
        counts = remote_counts(client, endpoint)
        summary.remote_counts = {iri: counts.get(iri, 0) for iri in local}
        wrong = [iri for iri, n in summary.pushed.items() if summary.remote_counts[iri] != n]
        if wrong:
            first = wrong[0]
            raise ServiceError(
                f"{endpoint}: graph <{first}> has {summary.remote_counts[first]} triples after "
                f"the push, {summary.pushed[first]} were sent ({len(wrong)} graphs differ)"
            )
    return summary
