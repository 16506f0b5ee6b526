"""Pushing to a real Graph Store endpoint: replace whole, delete removed, retry, fail clearly."""

from __future__ import annotations

import http.server
import json
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from serverutil import free_port

from builder.base.errors import InputError, ServiceError
from builder.corpus.integrity import vouch
from builder.corpus.workspace import Workspace
from builder.serving.push import (
    Client,
    RetryPolicy,
    default_graph_store,
    push,
    read_report_graphs,
    remote_counts,
)

EOR = "https://w3id.org/eokg/resource/"
ALPHA = EOR + "graph/alpha-ru"
BETA = EOR + "graph/beta-ru"
FAST = RetryPolicy(attempts=4, base_delay_s=0.01, max_delay_s=0.05, deadline_s=5, timeout_s=2)


def http_query(base: str, query: str, method: str = "GET") -> list[dict[str, str]]:
    """A SPARQL 1.1 Protocol query over HTTP GET or POST; bindings as plain strings."""
    headers = {"Accept": "application/sparql-results+json"}
    if method == "GET":
        req = urllib.request.Request(
            f"{base}/query?{urllib.parse.urlencode({'query': query})}", headers=headers
        )
    else:
        req = urllib.request.Request(
            f"{base}/query",
            data=query.encode("utf-8"),
            headers={**headers, "Content-Type": "application/sparql-query"},
            method="POST",
        )
    with urllib.request.urlopen(req, timeout=10) as response:
        data = json.load(response)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def local_counts(workspace: Workspace) -> dict[str, int]:
    return {g: data.count(b"\n") for g, data in read_report_graphs(workspace.trig).items()}


@pytest.mark.server
def test_push_loads_every_graph_and_queries_answer_over_http(
    small_workspace: Workspace, oxigraph_server: str
) -> None:
    summary = push(small_workspace, oxigraph_server + "/query", client=Client(FAST))
    assert summary.pushed == {ALPHA: 17, BETA: 12}
    assert summary.remote_counts == {ALPHA: 17, BETA: 12}
    names = "SELECT ?n WHERE { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> ?n } }"
    for method in ("GET", "POST"):
        rows = http_query(oxigraph_server, names, method)
        assert [r["n"] for r in rows] == ["Иван Петров", "Иван Петров"]


@pytest.mark.server
def test_push_again_after_a_change_neither_duplicates_nor_loses(
    small_workspace: Workspace, oxigraph_server: str
) -> None:
    push(small_workspace, oxigraph_server + "/query", client=Client(FAST))
    push(small_workspace, oxigraph_server + "/query", client=Client(FAST))
    client = Client(FAST)
    assert remote_counts(client, oxigraph_server + "/query") == local_counts(small_workspace)

    # the alpha report changes (one fact less, one new), the beta report is removed
    text = small_workspace.trig.read_text(encoding="utf-8")
    text = text.replace("eo:statedObserverCount 41 ;", "eo:statedObserverCount 42 ;")
    text = text.replace('schema:name "alpha.ru.txt" .', 'schema:name "alpha-v2.ru.txt" .')
    beta_start = text.index("gr:beta-ru {")
    small_workspace.trig.write_text(text[:beta_start], encoding="utf-8")
    vouch(small_workspace)
    summary = push(small_workspace, oxigraph_server + "/query", client=client)
    assert summary.deleted == [BETA]
    assert remote_counts(client, oxigraph_server + "/query") == {ALPHA: 17}
    rows = http_query(
        oxigraph_server,
        "SELECT ?n WHERE { GRAPH ?g { ?m ?count ?n } }"
        " VALUES ?count { <https://w3id.org/eokg/ontology#statedObserverCount> }",
    )
    assert rows == [{"n": "42"}]


@pytest.mark.server
def test_push_leaves_graphs_that_are_not_report_graphs_alone(
    small_workspace: Workspace, oxigraph_server: str
) -> None:
    other = "http://example.org/someone-else"
    req = urllib.request.Request(
        f"{oxigraph_server}/store?{urllib.parse.urlencode({'graph': other})}",
        data=b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .",
        headers={"Content-Type": "application/n-triples"},
        method="PUT",
    )
    urllib.request.urlopen(req, timeout=10).close()
    push(small_workspace, oxigraph_server + "/query", client=Client(FAST))
    counts = remote_counts(Client(FAST), oxigraph_server + "/query")
    assert counts[other] == 1


def test_closed_port_is_retried_then_a_clear_error(small_workspace: Workspace) -> None:
    port = free_port()  # nothing listens there
    pauses: list[float] = []
    client = Client(FAST, sleep=pauses.append)
    started = time.monotonic()
    with pytest.raises(ServiceError, match=r"gave up after 4 attempts.*cannot connect"):
        push(small_workspace, f"http://127.0.0.1:{port}/query", client=client)
    assert time.monotonic() - started < 5
    assert client.requests == 4
    assert pauses == [0.01, 0.02, 0.04]


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A stub endpoint: answers the graph listing, and a fixed status to everything else."""

    status = 500
    calls: list[str] = []
    stored: dict[str, bytes] = {}

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _answer(self) -> None:
        type(self).calls.append(f"{self.command} {self.path}")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path.startswith("/query"):
            payload = json.dumps({"head": {"vars": ["g"]}, "results": {"bindings": []}})
            self._send(200, payload.encode(), "application/sparql-results+json")
            return
        if type(self).status < 300:
            type(self).stored[self.path] = body
        self._send(type(self).status, b"store says no: bad request body", "text/plain")

    def _send(self, code: int, body: bytes, ctype: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer


@pytest.fixture()
def stub() -> Iterator[tuple[str, type[_Recorder]]]:
    handler = type("Handler", (_Recorder,), {"calls": [], "stored": {}, "status": 500})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()


def test_server_error_is_retried_then_reported_and_nothing_is_stored(
    small_workspace: Workspace, stub: tuple[str, type[_Recorder]]
) -> None:
    url, handler = stub
    handler.status = 500
    with pytest.raises(ServiceError, match=r"PUT .*gave up after 4 attempts.*HTTP 500"):
        push(small_workspace, url + "/query", client=Client(FAST, sleep=lambda s: None))
    puts = [c for c in handler.calls if c.startswith("PUT")]
    assert len(puts) == 4 and len(set(puts)) == 1  # the same graph, retried
    assert handler.stored == {}


def test_client_error_fails_at_once_with_the_servers_message(
    small_workspace: Workspace, stub: tuple[str, type[_Recorder]]
) -> None:
    url, handler = stub
    handler.status = 400
    with pytest.raises(ServiceError, match="HTTP 400.*store says no"):
        push(small_workspace, url + "/query", client=Client(FAST, sleep=lambda s: None))
    assert len([c for c in handler.calls if c.startswith("PUT")]) == 1


def test_graph_store_url_is_derived_or_asked_for() -> None:
    assert default_graph_store("http://127.0.0.1:7878/query") == "http://127.0.0.1:7878/store"
    assert default_graph_store("http://h:3030/ds/sparql") == "http://h:3030/ds/store"
    with pytest.raises(InputError, match="--graph-store"):
        default_graph_store("http://h:7200/repositories/eokg")


def test_bad_endpoint_url_is_an_input_error(small_workspace: Workspace) -> None:
    with pytest.raises(InputError, match="--endpoint must be an http"):
        push(small_workspace, "ftp://example/query")


def test_retry_delays_grow_and_are_capped() -> None:
    policy = RetryPolicy(attempts=6, base_delay_s=0.5, factor=2, max_delay_s=3)
    assert policy.delays() == [0.5, 1.0, 2.0, 3, 3]


def test_push_needs_a_build(tmp_path: Path) -> None:
    from builder.base.errors import WorkspaceError

    with pytest.raises(WorkspaceError, match="eokg build"):
        push(Workspace(tmp_path), "http://127.0.0.1:9/query")


def test_push_never_deletes_a_graph_outside_its_namespace_whatever_the_remote_lists(
    small_workspace: Workspace,
) -> None:
    """A remote that ignores the listing's filter (or lists anything) loses none of its own."""
    foreign = "http://example.org/someone-else"
    stale = EOR + "graph/removed-report-ru"

    class Lister(_Recorder):
        status = 204
        calls: list[str] = []
        stored: dict[str, bytes] = {}

        def _answer(self) -> None:
            if self.path.startswith("/query"):
                type(self).calls.append(f"{self.command} {self.path}")
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                graphs = [foreign, stale] if "DISTINCT" in urllib.parse.unquote_plus(body) else []
                bindings = [{"g": {"type": "uri", "value": g}} for g in graphs]
                payload = json.dumps({"head": {"vars": ["g"]}, "results": {"bindings": bindings}})
                self._send(200, payload.encode(), "application/sparql-results+json")
                return
            super()._answer()

        do_GET = do_POST = do_PUT = do_DELETE = _answer

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Lister)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        summary = push(small_workspace, url + "/query", client=Client(FAST), verify=False)
    finally:
        server.shutdown()
        server.server_close()
    deletes = [c for c in Lister.calls if c.startswith("DELETE")]
    assert summary.deleted == [stale]
    assert len(deletes) == 1 and urllib.parse.quote(stale, safe="") in deletes[0]
    assert not any(urllib.parse.quote(foreign, safe="") in c for c in Lister.calls)
