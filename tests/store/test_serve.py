"""``eokg serve``: a real endpoint that answers, refuses updates when read-only, stops cleanly."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from serverutil import free_port, wait_until_up

from builder.base.errors import ServiceError
from builder.corpus.integrity import vouch
from builder.corpus.store import GraphStore
from builder.corpus.workspace import Workspace
from builder.serving.serve import OxigraphServer, ServerOptions, check_port_free, is_loopback

EOKG = str(Path(sys.executable).parent / "eokg")


def start_serve(workspace: Workspace, port: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [EOKG, "serve", "-w", str(workspace.root), "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


EOR = "https://w3id.org/eokg/resource/"


def count_missions(base: str, in_graphs: bool = False) -> int:
    pattern = "?m a <https://w3id.org/eokg/ontology#ObservationMission>"
    if in_graphs:
        pattern = f"GRAPH ?g {{ {pattern} }}"
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"
    req = urllib.request.Request(
        f"{base}/query?{urllib.parse.urlencode({'query': query})}",
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(req, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def stop(proc: subprocess.Popen[str]) -> tuple[int, str]:
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate(timeout=15)
        raise
    return proc.returncode, err


@pytest.mark.server
def test_serve_answers_refuses_update_and_stops_on_sigterm(small_workspace: Workspace) -> None:
    port = free_port()
    proc = start_serve(small_workspace, port)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/")
        # the default graph is the union of the report graphs
        assert count_missions(base) == 2
        # the built-in query page is there
        with urllib.request.urlopen(base + "/", timeout=10) as page:
            assert b"<html" in page.read().lower()
        # SPARQL Update is refused on a read-only server
        update = urllib.request.Request(
            f"{base}/update",
            data=b"DROP ALL",
            headers={"Content-Type": "application/sparql-update"},
            method="POST",
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(update, timeout=10)
        assert 400 <= refused.value.code < 500
        assert count_missions(base) == 2
        # a stored query still runs beside the server (the store is opened read-only)
        assert GraphStore(small_workspace).graph_counts()
    finally:
        code, err = stop(proc)
    assert code == 0, err
    assert "/query" in err and "server stopped" in err
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


@pytest.mark.server
def test_serve_with_updates_accepts_sparql_update(small_workspace: Workspace) -> None:
    port = free_port()
    proc = start_serve(small_workspace, port, "--allow-update")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/")
        update = urllib.request.Request(
            f"{base}/update",
            data=b"DROP GRAPH <https://w3id.org/eokg/resource/graph/beta-ru>",
            headers={"Content-Type": "application/sparql-update"},
            method="POST",
        )
        urllib.request.urlopen(update, timeout=10).close()
        # raw updates change the report graphs; the merged default graph is the build's
        assert count_missions(base, in_graphs=True) == 1
    finally:
        code, err = stop(proc)
    assert code == 0, err


@pytest.mark.server
def test_serve_on_a_busy_port_is_a_one_line_error(small_workspace: Workspace) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [EOKG, "serve", "-w", str(small_workspace.root), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and f"127.0.0.1:{port}" in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_serve_without_a_build_says_to_build(tmp_path: Path) -> None:
    result = subprocess.run(
        [EOKG, "serve", "-w", str(tmp_path), "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "eokg build" in result.stderr and "Traceback" not in result.stderr


def _rebuild_without_beta(workspace: Workspace) -> None:
    text = workspace.trig.read_text(encoding="utf-8")
    workspace.trig.write_text(text[: text.index("gr:beta-ru {")], encoding="utf-8")
    GraphStore(workspace).replace_from_trig(workspace.trig)
    vouch(workspace)


def _update_without_beta(workspace: Workspace) -> None:
    GraphStore(workspace).replace_report_graphs({}, removed={EOR + "graph/beta-ru"})


@pytest.mark.server
@pytest.mark.parametrize("change", [_rebuild_without_beta, _update_without_beta])
def test_read_only_server_follows_a_rebuilt_store(small_workspace: Workspace, change) -> None:
    """After a build swaps the store directory (rebuilt or updated), the server answers from
    the new store."""
    port = free_port()
    proc = start_serve(small_workspace, port)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/")
        assert count_missions(base) == 2
        change(small_workspace)
        seen = None
        for _ in range(200):  # at most ~20 s
            try:
                seen = count_missions(base)
            except OSError:
                seen = None
            if seen == 1:
                break
            time.sleep(0.1)
        assert seen == 1
    finally:
        code, err = stop(proc)
    assert code == 0, err


def test_port_check_and_loopback_rules() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(ServiceError, match="choose another --port"):
            check_port_free("127.0.0.1", busy.getsockname()[1])
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0")


def test_server_command_is_read_only_and_union_by_default(tmp_path: Path) -> None:
    cmd = OxigraphServer(tmp_path / "store", ServerOptions(port=9999)).command()
    assert cmd[1] == "serve-read-only"
    assert "--union-default-graph" not in cmd  # the store holds the union
    assert cmd[cmd.index("--bind") + 1] == "127.0.0.1:9999"
    assert os.path.basename(cmd[0]) == "oxigraph"
    update = OxigraphServer(tmp_path / "store", ServerOptions(allow_update=True)).command()
    assert update[1] == "serve"
