"""Reading a PDF report: its text in reading order, without what the printer added.

pdfplumber (on pdfminer.six) gives every word with its position on the page, which is what
the three things a bulletin needs are decided by (``benchmarks/pdf_readers.py`` measures the
choice against pypdf and pdfminer.six's own layout analysis):

* **running headers, footers and page numbers** are the lines at the top or bottom of the
  page that repeat on other pages (digits masked, so "- 2 -" and "- 3 -" are one line) or
  that are a bare page number ("3", "- 3 -", "3/7", "Стр. 3", "Page 3 of 7"); they are left out;
* **columns**: a vertical gutter that no line of the page's body crosses, with words on both
  sides, splits the page; lines that do cross it (a title over both columns) split the page
  into bands, each read left column first;
* **paragraphs**: a gap between two lines clearly larger than the usual line spacing is a
  blank line; inside a paragraph lines keep their breaks and hyphens, which the normaliser
  undoes (:mod:`builder.text.normalise`).

Columns and pages are joined by a blank line, or by a line break where the last line is full
width (its paragraph goes on); each page's place in the text is recorded
(:class:`~builder.reading.source_map.Page`). A PDF without a text layer (a scan), an
encrypted one, a truncated or damaged one is refused with one line that says so.
"""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass

from builder.base.errors import InputError
from builder.reading.source_map import Page, SourceMap, SourceText

MARGIN_SHARE = 0.12
"""Running headers and footers sit in the top or bottom eighth of the page."""
MIN_CHARS_PER_PAGE = 20
"""Below this a page has no text layer worth the name: a scan, maybe with a stray label."""

MIN_GUTTER = 10
"""Points of white between two columns; word spaces are 2-4 pt, and never line up down a page."""

_PAGE_NUMBER = re.compile(
    r"^\W*(?:(?:стр(?:аница)?|с|page|p)\.?\s*)?\d{1,4}(?:\s*(?:/|из|of)\s*\d{1,4})?\W*$",
    re.IGNORECASE,
)


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    words: list[dict]

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)


def _lines(words: list[dict]) -> list[_Line]:
    """Words grouped into lines by their top (a line is words whose tops are within 2 pt)."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(word["top"] - lines[-1].top) <= 2:
            lines[-1].words.append(word)
            lines[-1].bottom = max(lines[-1].bottom, word["bottom"])
        else:
            lines.append(_Line("", word["top"], word["bottom"], [word]))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
        line.text = " ".join(w["text"] for w in line.words)
    return lines


def _mask(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def _running(pages: list[list[_Line]], heights: list[float]) -> list[set[int]]:
    """Indices of each page's lines that are running headers, footers or page numbers."""
    candidates: list[list[int]] = []
    for lines, height in zip(pages, heights, strict=True):
        top = [i for i, ln in enumerate(lines[:3]) if ln.bottom <= height * MARGIN_SHARE]
        first_bottom = max(len(lines) - 3, 0)
        bottom = [
            i
            for i, ln in enumerate(lines[first_bottom:], start=first_bottom)
            if ln.top >= height * (1 - MARGIN_SHARE)
        ]
        candidates.append(sorted(set(top + bottom)))
    seen: dict[str, int] = {}
    for lines, indices in zip(pages, candidates, strict=True):
        for masked in {_mask(lines[i].text) for i in indices}:
            seen[masked] = seen.get(masked, 0) + 1
    repeated = {m for m, n in seen.items() if n >= 2}
    return [
        {i for i in indices if _mask(ln[i].text) in repeated or _PAGE_NUMBER.match(ln[i].text)}
        for ln, indices in zip(pages, candidates, strict=True)
    ]


def _ink(line: _Line) -> list[tuple[float, float]]:
    """The stretches of a line with no gap as wide as a gutter (words and their spaces)."""
    runs: list[tuple[float, float]] = []
    for word in line.words:
        if runs and word["x0"] - runs[-1][1] < MIN_GUTTER:
            runs[-1] = (runs[-1][0], max(runs[-1][1], word["x1"]))
        else:
            runs.append((word["x0"], word["x1"]))
    return runs


def _gutter(lines: list[_Line], width: float) -> float | None:
    """The middle of the widest vertical strip in the middle half of the page that the fewest
    lines cross (a title over both columns may), with text on both sides of it in several
    lines: the gap between two columns. None for a page of one column."""
    if len(lines) < 6:
        return None
    lo, hi = int(width * 0.25), int(width * 0.75)
    crossing = [0] * (hi - lo)
    for line in lines:
        for x0, x1 in _ink(line):
            for x in range(max(int(x0), lo), min(int(x1) + 1, hi)):
                crossing[x - lo] += 1
    fewest = min(crossing)
    if fewest > len(lines) // 10:
        return None
    best: tuple[int, int] | None = None
    start = None
    for x, count in enumerate([*crossing, fewest + 1]):
        if count == fewest and start is None:
            start = x
        elif count != fewest and start is not None:
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
            start = None
    if best is None or best[1] - best[0] < MIN_GUTTER:
        return None
    middle = (best[0] + best[1]) / 2 + lo
    left = sum(1 for ln in lines if ln.x0 < middle and _split_words(ln, middle))
    right = sum(1 for ln in lines if ln.x1 > middle and _split_words(ln, middle))
    if min(left, right) < 3:  # a last page's right column may be short, but not a line or two
        return None
    return middle


def _split_words(line: _Line, at: float) -> bool:
    """Whether no word of ``line`` crosses ``at`` (its words fall left or right of it)."""
    return all(w["x1"] <= at + 3 or w["x0"] >= at - 3 for w in line.words)


def _reading_order(lines: list[_Line], width: float) -> list[list[_Line]]:
    """The page's lines as regions in reading order (columns of each band, then the next)."""
    middle = _gutter(lines, width)
    if middle is None:
        return [lines]
    regions: list[list[_Line]] = []
    left: list[_Line] = []
    right: list[_Line] = []

    def close_band() -> None:
        regions.extend(r for r in (left[:], right[:]) if r)
        left.clear()
        right.clear()

    for line in lines:
        if not _split_words(line, middle):  # crosses the gutter: a band of its own
            close_band()
            regions.append([line])
            continue
        lw = [w for w in line.words if w["x1"] <= middle + 3]
        rw = [w for w in line.words if w["x0"] >= middle - 3]
        for words, column in ((lw, left), (rw, right)):
            if words:
                column.append(
                    _Line(" ".join(w["text"] for w in words), line.top, line.bottom, words)
                )
    close_band()
    return regions


def _runs_on(lines: list[_Line]) -> bool:
    """Whether the region's last line is full width: its paragraph goes on in the next column
    or on the next page (a paragraph's own last line is usually short)."""
    if len(lines) < 2:
        return False
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    return lines[-1].x1 >= right - 0.15 * (right - left)


def _region_text(lines: list[_Line]) -> str:
    """Lines joined by line breaks, a blank line where the gap says a paragraph ends."""
    if not lines:
        return ""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)]
    heights = [ln.bottom - ln.top for ln in lines]
    usual = statistics.median(gaps) if gaps else 0.0
    height = statistics.median(heights)
    out = [lines[0].text]
    for gap, line in zip(gaps, lines[1:], strict=True):
        out.append("\n\n" if gap > usual + 0.3 * height else "\n")
        out.append(line.text)
    return "".join(out)


def _open(data: bytes, name: str):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if not data.lstrip()[:1024].startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise InputError(f"{name}: not a PDF (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise InputError(
            f"{name}: truncated PDF (no end-of-file marker); download or export it again"
        )
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # noqa: B018  (reads the page tree: fails here on a damaged file)
    except Exception as exc:  # pdfminer raises many kinds on a damaged file
        # pdfplumber wraps pdfminer's errors: the password error is its first argument.
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError):
            raise InputError(
                f"{name}: encrypted PDF (password-protected); save an unprotected copy first"
            ) from exc
        raise InputError(f"{name}: damaged PDF ({type(inner).__name__}); cannot be read") from exc
    return pdf


def read_pdf(data: bytes, name: str) -> SourceText:
    """The text of a PDF report in reading order, with each page's place in it."""
    pdf = _open(data, name)
    try:
        page_lines: list[list[_Line]] = []
        sizes: list[tuple[float, float]] = []
        images = 0
        try:
            for page in pdf.pages:
                words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
                page_lines.append(_lines(words))
                sizes.append((float(page.width), float(page.height)))
                images += len(page.images)
        except Exception as exc:
            raise InputError(f"{name}: damaged PDF ({type(exc).__name__}); cannot be read") from exc
    finally:
        pdf.close()
    if not page_lines:
        raise InputError(f"{name}: a PDF with no pages")
    chars = sum(len(ln.text) for lines in page_lines for ln in lines)
    if chars < MIN_CHARS_PER_PAGE * len(page_lines):
        what = "its pages are images (a scan)" if images else "it has no text"
        raise InputError(
            f"{name}: PDF without a text layer ({what}); run OCR on it first "
            "(e.g. ocrmypdf -l rus+eng in.pdf out.pdf) and build the result"
        )
    running = _running(page_lines, [h for _, h in sizes])
    text = ""
    pages: list[Page] = []
    runs_on = False
    for number, (lines, drop, (width, _)) in enumerate(
        zip(page_lines, running, sizes, strict=True), start=1
    ):
        body = [ln for i, ln in enumerate(lines) if i not in drop]
        start = None
        for region in _reading_order(body, width):
            region_text = _region_text(region)
            if not region_text:
                continue
            if text:  # a paragraph cut by a column or page break goes on after a line break
                text += "\n" if runs_on else "\n\n"
            start = len(text) if start is None else start
            text += region_text
            runs_on = _runs_on(region)
        start = len(text) if start is None else start
        pages.append(Page(number, start, len(text)))
    return SourceText(text + "\n", SourceMap(format="pdf", pages=pages))
