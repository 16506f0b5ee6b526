"""``eokg serve``: a real SPARQL 1.1 Protocol endpoint over the workspace's store.

The server is Oxigraph's own binary (shipped by the PyPI package ``oxigraph``), run as a child
process: it speaks the SPARQL 1.1 Protocol and Graph Store Protocol and has a query page at
``/``. This module only finds the binary, checks the port, starts it on the store, forwards
Ctrl-C/SIGTERM to it and waits, so a stop is clean and the exit code is 0.

The store's default graph already holds the union of the report graphs (deduplicated; see
:mod:`builder.corpus.store`), so the server runs without ``--union-default-graph``.

Defaults are safe: loopback only, read-only (``serve-read-only``; SPARQL Update is refused).
``--allow-update`` runs ``serve`` (read-write), which takes the store's lock. Raw updates
change the graphs they name; the merged default graph is maintained by ``eokg build`` (and
:meth:`builder.corpus.store.GraphStore.replace_report_graphs`), not by the server.

A read-only server keeps the store directory it opened. When ``eokg build`` swaps a new store
in, the server is restarted on the new one, so it never reads a directory that was replaced.
"""

from __future__ import annotations

import collections
import contextlib
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from builder.base.errors import ServiceError, WorkspaceError
from builder.corpus.workspace import Workspace

STARTUP_TIMEOUT_S = 20.0
STOP_TIMEOUT_S = 10.0
POLL_S = 0.5


def find_oxigraph() -> str:
    """Path of the ``oxigraph`` server binary: beside this Python first, then on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServiceError(
        "the 'oxigraph' server binary is not installed; run 'pip install oxigraph' "
        "in this environment"
    )


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_port_free(host: str, port: int) -> None:
    """Fail with a one-line error when something already listens on ``host:port``."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # as the server itself does: old connections in TIME_WAIT do not block a restart
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as exc:
            raise ServiceError(
                f"cannot listen on {host}:{port}: {exc.strerror or exc} "
                "(is another server running? choose another --port)"
            ) from exc


def _bind_arg(host: str, port: int) -> str:
    if ":" in host and not host.startswith("["):
        return f"[{host}]:{port}"
    return f"{host}:{port}"


@dataclass
class ServerOptions:
    host: str = "127.0.0.1"
    port: int = 7878
    allow_update: bool = False
    timeout_s: int | None = None
    allow_service: tuple[str, ...] = ()
    """Hosts that queries' SERVICE clauses may call (none by default; see guard.py)."""


# A server that dies this many times within RESTART_WINDOW_S is given up on (a query that
# kills it every time it is asked would otherwise keep it restarting for ever).
MAX_RESTARTS = 5
RESTART_WINDOW_S = 60.0


def check_host(host: str) -> None:
    """Refuse an address this machine cannot listen on before warning about its reach."""
    try:
        socket.getaddrinfo(host.strip("[]"), None)
    except (socket.gaierror, UnicodeError) as exc:
        raise ServiceError(
            f"--host {host!r} is neither an address nor a name this machine resolves; "
            "give an address such as 127.0.0.1"
        ) from exc


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OxigraphServer:
    """One running ``oxigraph serve``/``serve-read-only`` child on a store directory."""

    def __init__(self, store_dir: Path, options: ServerOptions) -> None:
        self.store_dir = Path(store_dir)
        self.options = options
        self.process: subprocess.Popen[bytes] | None = None
        self.last_lines: collections.deque[str] = collections.deque(maxlen=20)
        self._reader: threading.Thread | None = None
        self._echo: Callable[[str], None] | None = None

    @property
    def url(self) -> str:
        host = self.options.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.options.port}"

    def command(self) -> list[str]:
        mode = "serve" if self.options.allow_update else "serve-read-only"
        cmd = [
            find_oxigraph(),
            mode,
            "--location",
            str(self.store_dir),
            "--bind",
            _bind_arg(self.options.host, self.options.port),
        ]
        if self.options.timeout_s:
            cmd += ["--timeout-s", str(self.options.timeout_s)]
        return cmd

    def start(self, echo: Callable[[str], None] | None = None) -> None:
        """Start the child and wait until it accepts connections (or fail with its message)."""
        check_port_free(self.options.host, self.options.port)
        self._echo = echo
        self.last_lines.clear()
        self.process = subprocess.Popen(
            self.command(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # Ctrl-C reaches us; we forward it
        )
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._reader.join(timeout=2)
                detail = " ".join(line.strip() for line in self.last_lines) or "no message"
                raise ServiceError(
                    f"oxigraph server on {self.store_dir} exited at start "
                    f"(code {self.process.returncode}): {detail}"
                )
            if self._accepts_connections():
                return
            time.sleep(0.05)
        self.stop()
        raise ServiceError(f"oxigraph server did not answer on {self.url} in {STARTUP_TIMEOUT_S}s")

    def _drain(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        for raw in self.process.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            self.last_lines.append(line)
            if self._echo and line:
                self._echo(line)

    def _accepts_connections(self) -> bool:
        host = self.options.host.strip("[]")
        try:
            with socket.create_connection((host, self.options.port), timeout=0.5):
                return True
        except OSError:
            return False

    def stop(self, sig: int = signal.SIGTERM) -> int | None:
        """Send ``sig`` to the child, wait for it (kill after a timeout); return its code."""
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(timeout=STOP_TIMEOUT_S)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


def _store_identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def serve(
    workspace: Workspace,
    options: ServerOptions,
    *,
    echo: Callable[[str], None] = lambda line: print(line, file=sys.stderr),
    ready: Callable[[OxigraphServer], None] | None = None,
) -> int:
    """Run the server until SIGINT/SIGTERM; return 0 on a clean stop.

    The signal is forwarded to the child and waited for. A read-only server whose store
    directory is swapped by a new build is restarted on the new directory.
    """
    workspace.require_built()
    if not workspace.store_dir.is_dir():
        raise WorkspaceError(
            f"{workspace.store_dir}: no store to serve; run 'eokg build -w {workspace.root}'"
        )
    from builder.corpus.store import GraphStore
    from builder.serving.guard import Guard

    GraphStore(workspace)  # repairs a swap that a crash interrupted
    check_host(options.host)
    check_port_free(options.host, options.port)
    if not is_loopback(options.host):
        echo(f"warning: listening on {options.host}, reachable from other machines")
    # Oxigraph listens on a private loopback port; the guard on the address asked for
    backend = ServerOptions(
        "127.0.0.1", _free_loopback_port(), options.allow_update, options.timeout_s
    )
    server = OxigraphServer(workspace.store_dir, backend)
    guard = Guard(options.host, options.port, backend.port, options.allow_service)
    public = f"http://{_bind_arg(options.host, options.port)}"
    restarts: list[float] = []
    stop_signal: list[int] = []

    def on_signal(signum: int, _frame: object) -> None:
        stop_signal.append(signum)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.start(echo=None)
        guard.start()
        mode = "read-write" if options.allow_update else "read-only"
        echo(f"SPARQL endpoint ({mode}) at {public}/query — query page at {public}/")
        echo("Press Ctrl-C to stop.")
        if ready:
            ready(server)
        identity = _store_identity(workspace.store_dir)
        while not stop_signal:
            time.sleep(POLL_S)
            if not server.alive():
                detail = " ".join(line.strip() for line in server.last_lines) or "no message"
                now = time.monotonic()
                restarts[:] = [t for t in restarts if now - t < RESTART_WINDOW_S] + [now]
                if len(restarts) > MAX_RESTARTS:
                    raise ServiceError(
                        f"oxigraph server stopped {len(restarts)} times in "
                        f"{RESTART_WINDOW_S:.0f} s, giving up: {detail}"
                    )
                echo(f"oxigraph server stopped unexpectedly ({detail}); restarting it")
                server.start(echo=None)
                continue
            current = _store_identity(workspace.store_dir)
            if not options.allow_update and current is not None and current != identity:
                echo("store was rebuilt; restarting the server on the new store")
                server.stop()
                server.start(echo=None)
                identity = current
        server.stop(signal.SIGTERM)
        echo("server stopped")
        return 0
    finally:
        guard.stop()
        if server.alive():
            server.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
