"""``eokg fetch`` against a web server on 127.0.0.1 that the test starts.

The server has a report page, a PDF, a redirect to the page, a 404, an answer slower than the
time-out, a picture (no report), and a robots.txt that forbids one folder. Each address gives a
file with its fetch record, or one line on stderr and no file; the fetched folder builds, and
the graph records each report's address.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import CORPUS

from benchmarks.documents import write_html, write_pdf

SEED = CORPUS / "2017-06-kz-senate-ipa-cis.ru.txt"
SLOW_S = 3.0


class Site(BaseHTTPRequestHandler):
    pages: dict[str, tuple[str, bytes]] = {}
    agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        Site.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/old-address":
            self.send_response(302)
            self.send_header("Location", "/press/kz-2017.html")
            self.end_headers()
            return
        if self.path == "/slow.html":
            time.sleep(SLOW_S)
        if self.path not in self.pages:
            self.send_error(404, "Not Found")
            return
        ctype, body = self.pages[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("site")
    text = SEED.read_text(encoding="utf-8")
    page = write_html(text, folder / "page.html").read_bytes()
    pdf = write_pdf(text, folder / "bulletin.pdf").read_bytes()
    Site.pages = {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
        "/press/kz-2017.html": ("text/html; charset=utf-8", page),
        "/docs/bulletin-2017.ru.pdf": ("application/pdf", pdf),
        "/slow.html": ("text/html", page),
        "/logo.png": ("image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
        "/private/kz-2017.html": ("text/html", page),
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def eokg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "builder.cli.app", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )


def fetch(out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return eokg("fetch", *args, "-o", str(out), "--timeout", "1", "--retries", "2", "--delay", "0")


def test_a_page_and_a_pdf_are_fetched_with_their_record(site: str, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    page, pdf = f"{site}/press/kz-2017.html", f"{site}/docs/bulletin-2017.ru.pdf"
    result = fetch(out, page, pdf)
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in out.iterdir())
    assert files == [
        "127-0-0-1-docs-bulletin-2017-ru.pdf",
        "127-0-0-1-docs-bulletin-2017-ru.pdf.source.json",
        "127-0-0-1-press-kz-2017.html",
        "127-0-0-1-press-kz-2017.html.source.json",
    ]
    record = json.loads((out / "127-0-0-1-press-kz-2017.html.source.json").read_text())
    body = (out / "127-0-0-1-press-kz-2017.html").read_bytes()
    assert body == Site.pages["/press/kz-2017.html"][1]
    assert record["address"] == page and record["sha256"] == hashlib.sha256(body).hexdigest()
    assert record["retrieved"].endswith("+00:00")
    assert all(agent.startswith("eokg/") for agent in Site.agents)


def test_a_redirect_is_followed_and_the_final_address_kept(site: str, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    result = fetch(out, f"{site}/old-address")
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(p.read_text()) for p in out.glob("*.source.json")]
    assert record["address"] == f"{site}/press/kz-2017.html"
    assert record["requested"] == f"{site}/old-address"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing.html", "HTTP 404"),
        ("/slow.html", "no answer within 1 s (after 2 tries)"),
        ("/logo.png", "content type image/png is not a report"),
        ("/private/kz-2017.html", "robots.txt of the site forbids"),
    ],
)
def test_what_is_no_report_is_one_line_and_no_file(
    site: str, tmp_path: Path, path: str, message: str
) -> None:
    out = tmp_path / "reports"
    result = fetch(out, f"{site}{path}")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines
    assert not out.exists() or not any(out.iterdir())


def test_a_list_of_addresses_then_a_build_records_each_source(site: str, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    listing = tmp_path / "addresses.txt"
    listing.write_text(
        f"# the seed, twice published\n{site}/press/kz-2017.html\n\n"
        f"{site}/docs/bulletin-2017.ru.pdf\n{site}/missing.html\n",
        encoding="utf-8",
    )
    result = fetch(out, "-i", str(listing))
    assert result.returncode == 1 and result.stderr.count("error:") == 1
    assert len(list(out.glob("*.source.json"))) == 2
    ws = tmp_path / "ws"
    built = eokg("build", str(out), "-w", str(ws), "--no-curation", "-j", "1")
    assert built.returncode == 0, built.stderr
    from rdflib import Dataset
    from rdflib.namespace import DCTERMS

    dataset = Dataset()
    dataset.parse(ws / "graph.trig", format="trig")
    sources = {str(o) for _, _, o, _ in dataset.quads((None, DCTERMS.source, None, None))}
    assert sources == {f"{site}/press/kz-2017.html", f"{site}/docs/bulletin-2017.ru.pdf"}
    answered = eokg("query", "mission", "-w", str(ws), "--format", "csv")
    assert answered.stdout.count("ipa-cis-kz-2017-06-28") == 2, answered.stdout
