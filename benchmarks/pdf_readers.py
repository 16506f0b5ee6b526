"""Which PDF library reads observers' bulletins best: pypdf, pdfminer.six, pdfplumber, and
eokg's reader (pdfplumber's words plus the layout decisions of ``builder/reading/pdf.py``).

The development reports (``tests/corpus``, ``tests/genre``) are written as PDFs in DejaVu Sans
(``benchmarks/documents.py``) in three layouts: one column; two columns; and one column in a
larger type with a running header and page numbers, so it runs over several pages. Each
library's text is compared with the report's own words:

("two cols across" writes the two columns row by row, as many producers do, so following the
file's own order reads across the page.)

* ``order``: similarity of the word sequence read to the one written (difflib ratio, 1.0 =
  every word in its place; columns read across the page or words broken apart lower it);
* ``exact``: share of documents whose words come out exactly as written;
* ``leaks``: running headers and page numbers that reached the text (per document);
* ``ms/page``: reading time per page, one core.

Usage: ``.venv/bin/python benchmarks/pdf_readers.py [--repeat N] [--json FILE]``
(prints a table; writes the figures as JSON, by default ``benchmarks/results-pdf-readers.json``).
"""

from __future__ import annotations

import argparse
import difflib
import io
import json
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import ROOT  # puts the project on sys.path

from benchmarks.documents import paragraphs, write_pdf
from builder.reading.pdf import read_pdf

HEADER = "Бюллетень Межпарламентской Ассамблеи СНГ № 7 (2024)"
LAYOUTS: dict[str, dict] = {
    "one column": {},
    "two columns": {"columns": 2},
    "two cols across": {"columns": 2, "across": True},
    "running headers": {"header": HEADER, "page_numbers": True, "font_size": 15},
}


def _pypdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def _pdfplumber(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() for page in pdf.pages)


def _eokg(data: bytes) -> str:
    return read_pdf(data, "bench.pdf").text


READERS: dict[str, Callable[[bytes], str]] = {
    "pypdf": _pypdf,
    "pdfminer.six": _pdfminer,
    "pdfplumber": _pdfplumber,
    "eokg (pdfplumber + layout)": _eokg,
}


def words(text: str) -> list[str]:
    """Words with line-end hyphens closed up, so a different wrap is not a difference."""
    return re.sub(r"-\s+", "-", text).split()


def leaks(text: str) -> int:
    return text.count("Бюллетень Межпарламентской") + len(
        re.findall(r"^\s*- \d+ -\s*$", text, re.M)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="read each PDF this many times")
    parser.add_argument(
        "--json", type=Path, default=Path(__file__).with_name("results-pdf-readers.json")
    )
    args = parser.parse_args()
    from pypdf import PdfReader

    texts = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted(
        (ROOT / "tests" / "genre").glob("*.ru.txt")
    )
    results: dict[str, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        made: dict[str, list[tuple[bytes, list[str], int]]] = {}
        for layout, options in LAYOUTS.items():
            made[layout] = []
            for number, txt in enumerate(texts):
                text = txt.read_text(encoding="utf-8")
                path = write_pdf(text, Path(tmp) / f"{number}.pdf", **options)
                data = path.read_bytes()
                pages = len(PdfReader(io.BytesIO(data)).pages)
                made[layout].append((data, words("\n".join(paragraphs(text))), pages))
        for reader, read in READERS.items():
            results[reader] = {}
            for layout, documents in made.items():
                order, exact, leaked, seconds, pages = 0.0, 0, 0, 0.0, 0
                for data, expected, n_pages in documents:
                    start = time.perf_counter()
                    for _ in range(args.repeat):
                        text = read(data)
                    seconds += (time.perf_counter() - start) / args.repeat
                    pages += n_pages
                    got = words(text)
                    order += difflib.SequenceMatcher(None, got, expected, autojunk=False).ratio()
                    exact += got == expected
                    leaked += leaks(text)
                results[reader][layout] = {
                    "order": round(order / len(documents), 4),
                    "exact": round(exact / len(documents), 3),
                    "leaks_per_document": round(leaked / len(documents), 2),
                    "ms_per_page": round(1000 * seconds / pages, 2),
                    "documents": len(documents),
                    "pages": pages,
                }
    print(f"{len(texts)} reports per layout, Cyrillic text in DejaVu Sans, one core")
    print(f"{'reader':28} {'layout':16} {'order':>7} {'exact':>6} {'leaks':>6} {'ms/page':>8}")
    for reader, layouts in results.items():
        for layout, row in layouts.items():
            print(
                f"{reader:28} {layout:16} {row['order']:7.4f} {row['exact']:6.2f} "
                f"{row['leaks_per_document']:6.2f} {row['ms_per_page']:8.2f}"
            )
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
