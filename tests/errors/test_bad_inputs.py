"""Every command meets bad input with one line on stderr, a non-zero exit, and no damage.

One table drives the cases: each row makes its input in a temporary folder, runs the real
``eokg`` command in a subprocess, and checks the exit code and the message.
"""

from __future__ import annotations

import codecs
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

REPORT = "Наблюдатели от МПА СНГ приняли участие в мониторинге выборов.\n"


def eokg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "builder.cli.app", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


@dataclass
class Case:
    name: str
    make: Callable[[Path], list[str]]  # builds the input, returns the eokg arguments
    code: int
    message: str


def _file(name: str, data: bytes) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        (tmp / name).write_bytes(data)
        return ["build", str(tmp / name), "-w", str(tmp / "ws")]

    return make


def _big(tmp: Path) -> list[str]:
    path = tmp / "huge.ru.txt"
    with path.open("wb") as f:
        line = (REPORT * 20).encode("utf-8")
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    return ["build", str(path), "-w", str(tmp / "ws")]


def _pdf(tmp: Path, *, encrypt: bool = False, image_only: bool = False) -> bytes:
    """A small PDF: text in a core font, or only a picture (a scan), or password-protected."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    if image_only:
        pdf.image(Image.new("L", (600, 800), 230), x=10, y=10, w=180)
    else:
        pdf.set_font("Helvetica", size=12)
        pdf.multi_cell(0, 6, "Election observers of the IPA CIS monitored the elections. " * 20)
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="secret")
    return bytes(pdf.output())


def _made(name: str, make: Callable[[Path], bytes]) -> Callable[[Path], list[str]]:
    def run(tmp: Path) -> list[str]:
        (tmp / name).write_bytes(make(tmp))
        return ["build", str(tmp / name), "-w", str(tmp / "ws")]

    return run


def _zip_of_other_things(tmp: Path) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/readme.txt", "holiday pictures")
    return buffer.getvalue()


PAGE_WITHOUT_ARTICLE = """<!DOCTYPE html><html lang="ru"><head><title>Новости</title></head>
<body><nav><ul><li><a href="/">Главная</a></li><li><a href="/news">Новости</a></li></ul></nav>
<ul class="news-list"><li><a href="/n/1">Наблюдатели от МПА СНГ в Армении</a></li>
<li><a href="/n/2">Миссия СНГ в Кыргызстане</a></li></ul>
<footer>© МПА СНГ</footer></body></html>"""


CASES = [
    Case("empty report", _file("empty.ru.txt", b""), 2, "empty report"),
    Case("binary report", _file("bin.ru.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00"), 2, "binary"),
    Case(
        "latin-1 report",
        _file("latin.ru.txt", "Wahlbeobachtung in Kasachstan: Überblick".encode("latin-1")),
        2,
        "not UTF-8",
    ),
    Case("50 MB report", _big, 2, "too large"),
    Case(
        "scanned PDF (no text layer)",
        _made("scan.ru.pdf", lambda tmp: _pdf(tmp, image_only=True)),
        2,
        "without a text layer (its pages are images (a scan)); run OCR",
    ),
    Case(
        "encrypted PDF",
        _made("locked.ru.pdf", lambda tmp: _pdf(tmp, encrypt=True)),
        2,
        "encrypted PDF",
    ),
    Case(
        "truncated PDF",
        _made("cut.ru.pdf", lambda tmp: _pdf(tmp)[: len(_pdf(tmp)) // 2]),
        2,
        "truncated PDF",
    ),
    Case(
        "damaged PDF",
        _file("broken.ru.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n"),
        2,
        "damaged PDF",
    ),
    Case(
        "web page with no article",
        _file("list.ru.html", PAGE_WITHOUT_ARTICLE.encode("utf-8")),
        2,
        "web page with no article text",
    ),
    Case(
        ".docx that is a zip of something else",
        _made("photos.ru.docx", _zip_of_other_things),
        2,
        "a zip archive of something else, not a Word document",
    ),
    Case(".docx that is no zip", _file("plain.ru.docx", REPORT.encode()), 2, "not a Word document"),
    Case(
        "missing path",
        lambda tmp: ["build", str(tmp / "nowhere"), "-w", str(tmp / "ws")],
        2,
        "no such file or folder",
    ),
    Case(
        "folder with no reports",
        lambda tmp: (tmp / "empty-dir").mkdir() or ["build", str(tmp / "empty-dir")],
        2,
        "no reports",
    ),
    Case(
        "never-built workspace: query",
        lambda tmp: ["query", "mission", "-w", str(tmp)],
        2,
        "no build yet",
    ),
    Case(
        "never-built workspace: validate",
        lambda tmp: ["validate", "-w", str(tmp)],
        2,
        "no build yet",
    ),
    Case(
        "never-built workspace: export",
        lambda tmp: ["export", "--format", "nt", "-w", str(tmp)],
        2,
        "no build yet",
    ),
    Case(
        "unknown query",
        lambda tmp: ["query", "who-won", "-w", str(tmp)],
        2,
        "known queries: absent-missions, all-missions, assessments",
    ),
    Case(
        "parameter the query lacks",
        lambda tmp: ["query", "regions", "--param", "year=2017", "-w", str(tmp)],
        2,
        "no parameter 'year'",
    ),
    Case(
        "parameter without =",
        lambda tmp: ["query", "regions", "--param", "oops", "-w", str(tmp)],
        2,
        "KEY=VALUE",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_gives_one_line_error_and_exit_code(case: Case, tmp_path: Path) -> None:
    project = Path(__file__).resolve().parents[2]
    result = eokg(*case.make(tmp_path), cwd=project)
    assert result.returncode == case.code, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert case.message in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "ws" / "graph.trig").exists()


def test_debug_flag_shows_the_traceback(tmp_path: Path) -> None:
    project = Path(__file__).resolve().parents[2]
    (tmp_path / "empty.ru.txt").write_bytes(b"")
    result = eokg("--debug", "build", str(tmp_path / "empty.ru.txt"), cwd=project)
    assert result.returncode != 0
    assert "Traceback" in result.stderr


def test_utf16_with_bom_and_cp1251_decode_like_utf8() -> None:
    from builder.reading.decode import decode_report

    for data in (codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), REPORT.encode("cp1251")):
        assert decode_report(data, "r.txt") == REPORT


def test_a_report_of_no_observation_builds_with_a_warning_and_invents_nothing(
    tmp_path: Path,
) -> None:
    project = Path(__file__).resolve().parents[2]
    report = project / "tests" / "corpus" / "dev-08-ipa-conference-parliamentarism.ru.txt"
    ws = tmp_path / "ws"
    built = eokg("build", str(report), "-w", str(ws), "--no-curation", cwd=project)
    assert built.returncode == 0, built.stderr
    assert "warning:" in built.stderr and "no election observation" in built.stderr
    for query in ("mission", "timeline", "assessments", "observer-states"):
        answered = eokg("query", query, "-w", str(ws), "--format", "csv", cwd=project)
        assert answered.returncode == 0, answered.stderr
        assert answered.stdout.strip().count("\n") == 0, (query, answered.stdout)  # header only


@pytest.mark.parametrize(
    "args",
    [
        ["fetch", "http://127.0.0.1:9/a.html", "--timeout", "-1"],
        ["fetch", "http://127.0.0.1:9/a.html", "--timeout", "0"],
        ["fetch", "http://127.0.0.1:9/a.html", "--delay", "-5"],
        ["push", "--endpoint", "http://127.0.0.1:9/query", "--timeout", "-1"],
    ],
    ids=["fetch timeout -1", "fetch timeout 0", "fetch delay -5", "push timeout -1"],
)
def test_a_time_out_or_delay_below_zero_is_bad_usage_not_a_traceback(args, tmp_path) -> None:
    """A negative --timeout used to reach socket.settimeout: 'ValueError: Timeout value out of
    range' and a traceback; 0 meant 'cannot connect ... Operation now in progress'."""
    project = Path(__file__).resolve().parents[2]
    result = eokg(*args, "-w" if args[0] == "push" else "-o", str(tmp_path / "x"), cwd=project)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"Invalid value for '{args[-2]}'" in result.stderr
