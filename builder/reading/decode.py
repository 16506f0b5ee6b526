"""Reading report files: finding them, and decoding them or refusing them clearly.

A report is a ``*.txt``, ``*.pdf``, ``*.html``/``*.htm`` or ``*.docx`` file (the last three are
read by :mod:`builder.reading.source`). A text file's bytes are decoded as UTF-8 (with or
without a byte-order mark), UTF-16 with a byte-order mark, or Windows-1251 when the bytes are
not UTF-8 but decode to Russian text; anything else (empty, binary, unknown encoding, too large)
is refused with a one-line :class:`~builder.base.errors.InputError` naming the file. Offsets in
the graph count characters of the decoded text."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from builder.base.errors import InputError

REPORT_SUFFIX = ".txt"
REPORT_SUFFIXES = (".txt", ".pdf", ".html", ".htm", ".docx")
"""The formats a report is read from (:mod:`builder.reading.source`); folders are searched
for all of them."""
MAX_REPORT_BYTES = 5 * 1024 * 1024
"""Observation reports are a few pages; a file far larger is almost surely not one."""


def discover(paths: list[Path], skipped: list[Path] | None = None) -> list[Path]:
    """The report files named by ``paths`` (files, or folders searched recursively), sorted.

    A folder that cannot be listed is an error naming it (its reports would silently vanish
    from the corpus); when ``skipped`` is given, such folders are appended to it instead and
    the search goes on (``eokg build --skip-unreadable``).
    """
    found: set[Path] = set()
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            found.update(_walk(path, skipped))
        else:
            found.add(path)
    if not found:
        where = ", ".join(str(p) for p in paths)
        kinds = ", ".join(f"*{s}" for s in REPORT_SUFFIXES)
        raise InputError(f"no reports ({kinds}) found in {where}")
    return sorted(found, key=lambda p: (p.name, str(p)))


def _walk(folder: Path, skipped: list[Path] | None) -> set[Path]:
    """Report files (:data:`REPORT_SUFFIXES`) under ``folder``; unreadable folders raise, or go
    to ``skipped``."""
    found: set[Path] = set()

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        if skipped is None:
            raise InputError(
                f"{where}: folder cannot be read ({exc.strerror}); fix its permissions, or "
                "pass --skip-unreadable to build without it (its reports keep their graphs)"
            ) from exc
        skipped.append(where)

    for root, _dirs, files in os.walk(folder, onerror=unreadable, followlinks=False):
        for file_name in files:
            candidate = Path(root) / file_name
            if candidate.suffix.lower() in REPORT_SUFFIXES and candidate.is_file():
                found.add(candidate)
    return found


def _looks_like_text(text: str) -> bool:
    """Mostly letters, digits, punctuation and spaces, rather than control characters."""
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(sample) < 0.001


def decode_report(data: bytes, name: str, max_bytes: int = MAX_REPORT_BYTES) -> str:
    """The text of a report file, or an :class:`InputError` that says why not."""
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: {len(data) / 1e6:.1f} MB is too large for a report "
            f"(limit {max_bytes / 1e6:.1f} MB)"
        )
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8) :], "utf-8", name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", name)
    elif b"\x00" in data:
        raise InputError(f"{name}: binary file (NUL bytes), not a text report")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _mixed(data, name) or _strict(data, "cp1251", name)
            cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
            letters = sum(1 for ch in text if ch.isalpha())
            if not letters or cyrillic / letters < 0.5:
                raise InputError(
                    f"{name}: not UTF-8, and not Russian text in Windows-1251 either; "
                    "re-save it as UTF-8"
                ) from None
            if _case_inverted(text):
                raise InputError(
                    f"{name}: not UTF-8; read as Windows-1251 its Russian letters come out "
                    "nearly all capitals, as KOI8-R (or ISO-8859-5) text does; re-save it as "
                    f"UTF-8 (e.g. iconv -f KOI8-R -t UTF-8 {name})"
                ) from None
    if not text.strip():
        raise InputError(f"{name}: empty report")
    if not _looks_like_text(text):
        raise InputError(f"{name}: binary content (control characters), not a text report")
    return text


def _case_inverted(text: str) -> bool:
    """Whether Cyrillic text decoded as Windows-1251 is mostly capitals.

    Every byte is a letter in Windows-1251, KOI8-R and ISO-8859-5 alike, so a KOI8-R file
    decodes without error into Cyrillic garbage; but KOI8-R keeps its small letters where
    Windows-1251 has capitals, so that garbage is nearly all capitals, which running Russian
    prose never is (about 5 %). A short all-capitals heading is left alone."""
    cyrillic = [ch for ch in text if "\u0400" <= ch <= "\u04ff"]
    return len(cyrillic) >= 40 and sum(ch.isupper() for ch in cyrillic) / len(cyrillic) > 0.6


def _russian(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum("\u0400" <= ch <= "\u04ff" for ch in letters) / len(letters) >= 0.5


def _mixed(data: bytes, name: str) -> str | None:
    """A file of UTF-8 lines with some Windows-1251 lines (pasted from another file), decoded
    line by line; None when no line is non-ASCII UTF-8 (then the file is one encoding).

    Decoding the whole file as Windows-1251 would turn every UTF-8 line into garbage silently,
    so a line that is neither is refused by its number."""
    lines = data.split(b"\n")
    if not any(not line.isascii() and _utf8(line) is not None for line in lines):
        return None
    out = []
    for number, line in enumerate(lines, 1):
        text = _utf8(line)
        if text is None:
            try:
                text = line.decode("cp1251")
            except UnicodeDecodeError:
                text = ""
            if not _russian(text):
                raise InputError(
                    f"{name}: line {number} is neither UTF-8 (as the rest of the file) nor "
                    "Russian text in Windows-1251; re-save the file as UTF-8"
                )
        out.append(text)
    return "\n".join(out)


def _utf8(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {encoding} at byte {exc.start}") from exc


def read_report(path: Path, max_bytes: int = MAX_REPORT_BYTES) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    return decode_report(data, str(path), max_bytes)
