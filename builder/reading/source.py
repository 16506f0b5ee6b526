"""Reading a report in whichever format it came: one entry point for the build.

``.txt`` files are decoded (:mod:`builder.reading.decode`), PDFs read page by page
(:mod:`builder.reading.pdf`), web pages reduced to their article (:mod:`builder.reading.html`),
Word files to their paragraphs (:mod:`builder.reading.docx`). Each gives a
:class:`~builder.reading.source_map.SourceText`: the text the pipeline reads and the map back
to the source. A file fetched by ``eokg fetch`` has a ``<file>.source.json`` beside it with its
address, retrieval time and content hash; they are added to the map.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from builder.base.errors import InputError
from builder.reading.decode import MAX_REPORT_BYTES, decode_report
from builder.reading.source_map import SourceMap, SourceText

MAX_BINARY_BYTES = 50 * 1024 * 1024
"""PDFs and Word files carry fonts and pictures: a bulletin of a few pages can weigh megabytes."""

SIDECAR_SUFFIX = ".source.json"


def sidecar_path(path: Path) -> Path:
    """Where ``eokg fetch`` records where a file came from: ``report.pdf.source.json``."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_source(path: Path) -> SourceText:
    """The text of the report at ``path`` and its source map, or one-line InputError."""
    from builder.reading.docx import read_docx
    from builder.reading.html import read_html
    from builder.reading.pdf import read_pdf

    suffix = path.suffix.lower()
    limit = MAX_REPORT_BYTES if suffix in (".txt", ".html", ".htm") else MAX_BINARY_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"{path}: {size / 1e6:.1f} MB is too large for a report "
                f"(limit {limit / 1e6:.1f} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    if not data.strip():
        raise InputError(f"{path}: empty report")
    name = str(path)
    if suffix == ".pdf":
        read = read_pdf(data, name)
    elif suffix in (".html", ".htm"):
        read = read_html(data, name)
    elif suffix == ".docx":
        read = read_docx(data, name)
    else:
        read = SourceText(decode_report(data, name, limit), SourceMap(format="txt"))
    _add_fetch_record(read.source, path)
    return read


def _add_fetch_record(source: SourceMap, path: Path) -> None:
    """The address, retrieval time and hash ``eokg fetch`` wrote beside the file, if any."""
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return
    try:
        record = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{sidecar}: not a readable fetch record ({exc})") from exc
    source.address = record.get("address") or source.address
    source.retrieved = record.get("retrieved")
    source.sha256 = record.get("sha256")
    if source.published is None and record.get("published"):
        source.published = date.fromisoformat(record["published"])
