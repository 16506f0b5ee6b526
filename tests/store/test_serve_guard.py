"""Issue 15, items 10, 11 and 13: the endpoint cannot be turned against its host.

Every server here listens on 127.0.0.1; request loops are bounded in count and time.
"""

from __future__ import annotations

import http.server
import os
import signal
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from serverutil import free_port, wait_until_up
from test_serve import count_missions, start_serve, stop

from builder.base.errors import ServiceError
from builder.corpus.workspace import Workspace
from builder.serving.guard import MAX_NESTING, refusal
from builder.serving.serve import check_host


def ask(base: str, query: str) -> tuple[int, str]:
    req = urllib.request.Request(
        f"{base}/query",
        data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_refusal_reads_service_and_nesting_not_strings_or_comments() -> None:
    assert refusal('SELECT * { ?s ?p "SERVICE <http://x/>" } # SERVICE <http://y/>') is None
    assert refusal("SELECT * { service <http://10.0.0.1/x> { ?s ?p ?o } }")[0] == 403
    assert refusal("SELECT * { SERVICE SILENT ?where { ?s ?p ?o } }", ["10.0.0.1"])[0] == 403
    allowed = "SELECT * { SERVICE <http://data.example/sparql> { ?s ?p ?o } }"
    assert refusal(allowed, ["data.example"]) is None
    deep = "SELECT * WHERE " + "{" * (MAX_NESTING + 1) + " ?s ?p ?o " + "}" * (MAX_NESTING + 1)
    assert refusal(deep)[0] == 400
    assert refusal("SELECT * WHERE { ?s ?p ?o } # " + "{" * 500) is None


class _Listener(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        type(self).hits.append(self.path)
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET


@pytest.mark.server
def test_the_endpoint_refuses_service_and_deep_nesting_and_keeps_answering(
    small_workspace: Workspace,
) -> None:
    target = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Listener)
    threading.Thread(target=target.serve_forever, daemon=True).start()
    port = free_port()
    proc = start_serve(small_workspace, port)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/")
        where = f"http://127.0.0.1:{target.server_address[1]}/sparql"
        code, text = ask(base, f"SELECT * WHERE {{ SERVICE <{where}> {{ ?s ?p ?o }} }}")
        assert code == 403 and "SERVICE" in text
        assert _Listener.hits == []  # the host sent nothing
        code, text = ask(base, "SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000)
        assert code == 400 and "nested" in text
        assert count_missions(base) == 2  # still up
    finally:
        target.shutdown()
        target.server_close()
        code, _ = stop(proc)
    assert code == 0


def _oxigraph_child(serve_pid: int) -> int:
    children = Path(f"/proc/{serve_pid}/task/{serve_pid}/children").read_text().split()
    for pid in children:
        if "oxigraph" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
            return int(pid)
    raise AssertionError("no oxigraph child")


@pytest.mark.server
def test_a_server_that_dies_is_restarted(small_workspace: Workspace) -> None:
    port = free_port()
    proc = start_serve(small_workspace, port)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/")
        os.kill(_oxigraph_child(proc.pid), signal.SIGKILL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if count_missions(base) == 2:
                    break
            except (OSError, urllib.error.HTTPError):
                time.sleep(0.2)
        assert count_missions(base) == 2
        assert proc.poll() is None
    finally:
        code, err = stop(proc)
    assert "restarting" in err and code == 0


def test_a_host_that_is_no_address_is_refused_not_called_reachable() -> None:
    with pytest.raises(ServiceError, match="neither an address nor a name"):
        check_host("no such host")
    check_host("127.0.0.1")
