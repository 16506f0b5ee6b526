"""Helpers for tests that start servers: free loopback ports, waiting for a server."""

from __future__ import annotations

import contextlib
import socket
import sys
import time
import urllib.request
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
OXIGRAPH = str(Path(sys.executable).parent / "oxigraph")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            urllib.request.urlopen(url, timeout=1).close()
            return
        time.sleep(0.05)
    raise AssertionError(f"{url} did not come up in {seconds}s")
