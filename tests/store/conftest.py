"""Fixtures for store and server tests: a workspace built from a small TriG, a real server."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from serverutil import FIXTURES, OXIGRAPH, free_port, wait_until_up

from builder.corpus.integrity import vouch
from builder.corpus.store import GraphStore
from builder.corpus.workspace import Workspace


@pytest.fixture()
def small_workspace(tmp_path: Path) -> Workspace:
    """A workspace whose build is the two-report fixture (graph.trig plus the store)."""
    workspace = Workspace(tmp_path / "ws")
    workspace.root.mkdir()
    shutil.copy(FIXTURES / "two-reports.trig", workspace.trig)
    GraphStore(workspace).replace_from_trig(workspace.trig)
    vouch(workspace)
    return workspace


@pytest.fixture()
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    """A real, empty, read-write ``oxigraph serve`` on a free loopback port; yields its URL."""
    port = free_port()
    proc = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
