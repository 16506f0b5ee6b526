"""Addresses as people write them: lists with comments, spaces, local files. No server is
needed: these are refused or read before any request is sent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from builder.reading.fetch import Fetcher, FetchOptions, read_address_list


def test_a_comment_after_an_address_is_not_part_of_it(tmp_path: Path) -> None:
    listing = tmp_path / "addresses.txt"
    listing.write_text(
        "# reports of 2017\n"
        "https://example.org/a.html   # the preliminary statement\n"
        "  # indented comment\n"
        "https://example.org/b.html#section-2\n"
        "\n",
        encoding="utf-8",
    )
    assert read_address_list(listing) == [
        "https://example.org/a.html",
        "https://example.org/b.html#section-2",
    ]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:9/press release.html", "holds a space or a control character"),
        ("http://127.0.0.1:9/a\tb.html", "holds a space or a control character"),
        ("file:///tmp/report.html", "not an http(s) address; copy a file of this machine"),
    ],
)
def test_an_address_that_cannot_be_sent_is_one_error(tmp_path: Path, url: str, message) -> None:
    sent = []

    class Recording(Fetcher):
        def _request(self, url: str):  # type: ignore[override]
            sent.append(url)
            raise AssertionError("nothing may be sent")

    result = Recording(FetchOptions(out_dir=tmp_path, retries=1, delay=0)).fetch(url)
    assert result.path is None and message in (result.error or "")
    assert sent == []


def test_eokg_fetch_of_an_address_with_a_space_is_one_line_not_a_traceback(tmp_path) -> None:
    """It used to end in http.client.InvalidURL's traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "builder.cli.app", "fetch", "http://127.0.0.1:9/a b.html",
         "-o", str(tmp_path / "reports"), "--retries", "1", "--delay", "0"],
        capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and "percent-encode" in lines[0]
