"""The endpoint's guard: a small HTTP front that checks each query before Oxigraph sees it.

Oxigraph's server answers any SPARQL it is sent. Two kinds of query turn that against the
host: ``SERVICE <http://elsewhere/>`` makes the host send requests to any address a visitor
names (server-side request forgery), and a query nested thousands of braces deep overflows
the server's stack and kills it. So ``eokg serve`` listens itself, on the address it was
given, and forwards to Oxigraph on a private loopback port only the queries that pass:

* at most :data:`MAX_QUERY_CHARS` characters and :data:`MAX_NESTING` nested braces or
  parentheses (the stored queries need fewer than 10);
* no ``SERVICE``, unless ``--allow-service HOST`` names every host the query calls.

Everything else (the query page, the Graph Store Protocol) passes through unchanged. A refused
query gets HTTP 400 (too large or deep) or 403 (``SERVICE``) with a one-line reason.
"""

from __future__ import annotations

import http.client
import http.server
import re
import threading
import urllib.parse
from collections.abc import Iterable

MAX_QUERY_CHARS = 200_000
MAX_NESTING = 64

_STRINGS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
)
_COMMENT = re.compile(r"#[^\n]*")
_SERVICE = re.compile(r"\bSERVICE\b(?:\s+SILENT\b)?\s*(<[^>\s]*>|\S+)?", re.IGNORECASE)
_IRI = re.compile(r"<[^<>\s]*>")


def _code_only(text: str) -> str:
    """The query with its strings blanked and comments removed (IRIs kept: they name hosts)."""
    out, last = [], 0
    for m in _STRINGS.finditer(text):
        out.append(_COMMENT.sub("", text[last : m.start()]))
        out.append('""')
        last = m.end()
    out.append(_COMMENT.sub("", text[last:]))
    return "".join(out)


def refusal(text: str, allowed_hosts: Iterable[str] = ()) -> tuple[int, str] | None:
    """Why a query (or update) must not reach the store, as (HTTP status, reason), or None."""
    if len(text) > MAX_QUERY_CHARS:
        return 400, f"query of {len(text)} characters refused (limit {MAX_QUERY_CHARS})"
    code = _code_only(text)
    depth = deepest = 0
    for ch in _IRI.sub("<>", code):
        if ch in "{(":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})":
            depth -= 1
    if deepest > MAX_NESTING:
        return 400, f"query nested {deepest} levels deep refused (limit {MAX_NESTING})"
    allowed = {h.lower() for h in allowed_hosts}
    for m in _SERVICE.finditer(code):
        target = (m.group(1) or "").strip("<>")
        host = urllib.parse.urlsplit(target).hostname if "://" in target else None
        if not host or host.lower() not in allowed:
            return 403, (
                f"SERVICE {m.group(1) or ''} refused: this endpoint does not call other servers "
                "(eokg serve --allow-service HOST allows a host)"
            )
    return None


class Guard:
    """A threaded HTTP front on ``host:port`` that forwards what passes to ``backend_port``."""

    def __init__(
        self, host: str, port: int, backend_port: int, allowed_hosts: Iterable[str] = ()
    ) -> None:
        guard = self
        self.backend_port = backend_port
        self.allowed_hosts = tuple(allowed_hosts)

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _relay(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                for text in _sparql_texts(self.path, self.headers, body):
                    refused = refusal(text, guard.allowed_hosts)
                    if refused:
                        self._reply(refused[0], refused[1].encode("utf-8") + b"\n")
                        return
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "connection", "content-length")
                }
                backend = http.client.HTTPConnection("127.0.0.1", guard.backend_port, timeout=300)
                try:
                    backend.request(self.command, self.path, body or None, headers)
                    answer = backend.getresponse()
                    data = answer.read()
                except OSError as exc:
                    self._reply(502, f"the store's server is not answering ({exc})\n".encode())
                    return
                finally:
                    backend.close()
                self.send_response(answer.status, answer.reason)
                for key, value in answer.getheaders():
                    if key.lower() not in ("connection", "content-length", "transfer-encoding"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            def _reply(self, status: int, data: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = _relay

        family_host = host.strip("[]")
        server_class = http.server.ThreadingHTTPServer
        if ":" in family_host:
            import socket

            server_class = type("V6Server", (http.server.ThreadingHTTPServer,), {})
            server_class.address_family = socket.AF_INET6
        self.server = server_class((family_host, port), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _sparql_texts(path: str, headers, body: bytes) -> list[str]:
    """The SPARQL query or update texts a request carries (SPARQL 1.1 Protocol)."""
    texts: list[str] = []
    parts = urllib.parse.urlsplit(path)
    for key in ("query", "update"):
        texts += urllib.parse.parse_qs(parts.query).get(key, [])
    ctype = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if ctype == "application/x-www-form-urlencoded":
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
        texts += form.get("query", []) + form.get("update", [])
    elif ctype in ("application/sparql-query", "application/sparql-update"):
        texts.append(body.decode("utf-8", "replace"))
    return texts
