"""``eokg fetch``: download reports (web pages, PDFs, Word files) into the reports folder.

Politely, as a crawler should: a user agent that names eokg, ``robots.txt`` read once per site
and obeyed (:mod:`urllib.robotparser`; its ``Crawl-delay`` too), a pause between two requests
to the same site, redirects followed (urllib's handler), a time-out on every request, and
bounded retries with growing pauses for what may pass (a time-out, a refused connection, a 5xx
answer). What will not pass (a 404 or another 4xx, a content type that is no report, a file too
large, an address robots.txt forbids) is one line and no file.

Each file is written whole (:func:`~builder.base.files.atomic_write`) under a name made from its
address, with ``<file>.source.json`` beside it: the address it was fetched from (after
redirects), the address asked for, the retrieval time (UTC) and the SHA-256 of the bytes.
:mod:`builder.reading.source` reads it back so the graph records the address
(``dcterms:source``).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from slugify import slugify

from builder import __version__
from builder.base.errors import InputError
from builder.base.files import atomic_write
from builder.reading.source import MAX_BINARY_BYTES, sidecar_path

USER_AGENT = (
    f"eokg/{__version__} (election-observation report fetcher; +https://pypi.org/project/eokg/)"
)
ROBOTS_AGENT = "eokg"
"""The name robots.txt rules address (``User-agent: eokg``)."""

REPORT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "application/x-pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/plain": ".txt",
}
"""Content types that are reports, and the suffix their file gets."""


@dataclass
class FetchOptions:
    out_dir: Path
    timeout: float = 20.0  # seconds per request
    retries: int = 3  # tries per address for failures that may pass
    delay: float = 1.0  # seconds between two requests to one site (more if robots.txt asks)
    user_agent: str = USER_AGENT


@dataclass
class Fetched:
    """What became of one address: the file written, or why there is none."""

    url: str
    path: Path | None = None
    error: str | None = None


class _Retry(Exception):
    """A failure worth another try (time-out, refused connection, 5xx)."""


@dataclass
class Fetcher:
    """Fetches addresses one by one, remembering each site's robots.txt and last request."""

    options: FetchOptions
    sleep: Callable[[float], None] = time.sleep
    _robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def _opener(self) -> urllib.request.OpenerDirector:
        return urllib.request.build_opener()  # redirects followed by the default handler

    def _wait_turn(self, site: str) -> None:
        robots = self._robots.get(site)
        delay = self.options.delay
        if robots is not None:
            delay = max(delay, float(robots.crawl_delay(ROBOTS_AGENT) or 0))
        last = self._last.get(site)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                self.sleep(pause)
        self._last[site] = time.monotonic()

    def _request(self, url: str) -> tuple[bytes, str, str]:
        """(body, content type, final address) of one GET; raises _Retry or InputError."""
        request = urllib.request.Request(
            url, headers={"User-Agent": self.options.user_agent, "Accept": "*/*"}
        )
        try:
            with self._opener().open(request, timeout=self.options.timeout) as response:
                body = response.read(MAX_BINARY_BYTES + 1)
                ctype = response.headers.get_content_type()
                final = response.geturl()
        except http.client.InvalidURL as exc:  # a redirect to an address it cannot send
            raise InputError(f"invalid address ({exc})") from exc
        except urllib.error.HTTPError as exc:
            if exc.code >= 500 or exc.code == 429:
                raise _Retry(f"HTTP {exc.code} {exc.reason}") from exc
            raise InputError(f"HTTP {exc.code} {exc.reason}") from exc
        except TimeoutError as exc:
            raise _Retry(f"no answer within {self.options.timeout:g} s") from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError | socket.timeout):
                raise _Retry(f"no answer within {self.options.timeout:g} s") from exc
            raise _Retry(f"cannot connect ({exc.reason})") from exc
        except (ConnectionError, OSError) as exc:
            raise _Retry(f"connection failed ({exc})") from exc
        if len(body) > MAX_BINARY_BYTES:
            raise InputError(f"larger than {MAX_BINARY_BYTES / 1e6:.0f} MB, not a report")
        return body, ctype, final

    def _get(self, url: str) -> tuple[bytes, str, str]:
        """One address, tried up to ``retries`` times with growing pauses."""
        site = "{0.scheme}://{0.netloc}".format(urlsplit(url))
        problem = ""
        for attempt in range(self.options.retries):
            if attempt:
                self.sleep(self.options.delay * 2**attempt)
            self._wait_turn(site)
            try:
                return self._request(url)
            except _Retry as exc:
                problem = str(exc)
        tries = self.options.retries
        raise InputError(f"{problem} (after {tries} {'try' if tries == 1 else 'tries'})")

    def _allowed(self, url: str) -> bool:
        """Whether the site's robots.txt lets eokg fetch ``url`` (read once per site)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            robots = urllib.robotparser.RobotFileParser(site + "/robots.txt")
            try:
                body, _, _ = self._get(site + "/robots.txt")
                robots.parse(body.decode("utf-8", errors="replace").splitlines())
            except InputError as exc:
                # No robots.txt (404) allows everything; a site that forbids reading it
                # (401, 403) forbids everything, as robotparser's own read() decides.
                if "HTTP 401" in str(exc) or "HTTP 403" in str(exc):
                    robots.parse(["User-agent: *", "Disallow: /"])
                else:
                    robots.parse([])
            self._robots[site] = robots
        return self._robots[site].can_fetch(ROBOTS_AGENT, url)

    def fetch(self, url: str) -> Fetched:
        """Download one address into the reports folder, or say in one line why not."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            hint = "; copy a file of this machine into the reports folder instead"
            return Fetched(
                url, error="not an http(s) address" + (hint if parts.scheme == "file" else "")
            )
        if _UNSENDABLE.search(url):
            # http.client refuses to send them (InvalidURL), which used to end in a traceback
            return Fetched(
                url, error="the address holds a space or a control character; percent-encode it"
            )
        try:
            if not self._allowed(url):
                return Fetched(url, error="robots.txt of the site forbids fetching it")
            body, ctype, final = self._get(url)
        except InputError as exc:
            return Fetched(url, error=str(exc))
        suffix = REPORT_TYPES.get(ctype)
        if suffix is None:
            return Fetched(url, error=f"content type {ctype} is not a report (PDF, web page, Word)")
        path = self.options.out_dir / file_name(final, suffix)
        record = {
            "address": final,
            "requested": url,
            "retrieved": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "sha256": hashlib.sha256(body).hexdigest(),
            "content_type": ctype,
        }
        atomic_write(path, body)
        atomic_write(
            sidecar_path(path), json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True)
        )
        return Fetched(url, path=path)


_UNSENDABLE = re.compile(r"[\x00-\x20\x7f]")
"""White space and control characters, which an address must percent-encode."""

_COMMENT = re.compile(r"(?:^|\s)#")
"""A comment in a list of addresses: '#' at the start of a line or after white space."""


def file_name(url: str, suffix: str) -> str:
    """A file name made from the address: its site and path, ending in the type's suffix."""
    parts = urlsplit(url)
    stem = parts.path.rstrip("/")
    for known in REPORT_TYPES.values():
        if stem.lower().endswith(known):
            stem = stem[: -len(known)]
            break
    slug = slugify(f"{parts.hostname or ''} {stem} {parts.query}", max_length=120)
    return (slug or "report") + suffix


def read_address_list(path: Path) -> list[str]:
    """Addresses in a file, one a line; blank lines and ``#`` comments skipped.

    A comment may follow an address after white space (``URL  # the final report``): an
    address holds no white space, while a ``#`` right after it is the address's fragment."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the list of addresses ({exc})") from exc
    addresses = (_COMMENT.split(line, maxsplit=1)[0].strip() for line in lines)
    return [a for a in addresses if a]


def fetch_all(
    urls: Iterable[str], options: FetchOptions, echo: Callable[[Fetched], None] | None = None
) -> list[Fetched]:
    """Fetch each address in turn; ``echo`` hears of each as it is done."""
    fetcher = Fetcher(options)
    results = []
    for url in urls:
        result = fetcher.fetch(url)
        results.append(result)
        if echo is not None:
            echo(result)
    return results
