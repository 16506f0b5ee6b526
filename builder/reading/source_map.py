"""Where the text of a report came from: the map from its offsets back to the source.

Every report, whatever its format, reaches the text pipeline as one string (the text the graph's
offsets count in). For a ``.txt`` file that string is the file. For a PDF it is the text read
from the pages, and the map says which page each offset is on and where on that page (offsets
of the page's own text); for a web page it is the article's text, and the map carries the
page's metadata (title, publication date, site, address). A fetched file also has its address,
retrieval time and content hash (``eokg fetch`` writes them beside it).

The map is written to the workspace beside the text as JSON (:meth:`SourceMap.to_json`), so a
span in the graph can be traced back to the page without reading the PDF again.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(frozen=True)
class Page:
    """Page ``number`` (from 1) holds ``text[start:end]`` of the extracted text."""

    number: int
    start: int
    end: int


@dataclass
class SourceMap:
    """The format a report came in, its pages and its metadata."""

    format: str  # "txt", "pdf", "html", "docx"
    pages: list[Page] = field(default_factory=list)
    title: str | None = None
    published: date | None = None  # when the source says it was published
    site: str | None = None
    address: str | None = None  # the URL it was published at
    retrieved: str | None = None  # ISO timestamp, for fetched files
    sha256: str | None = None  # of the file as fetched

    def page_at(self, offset: int) -> tuple[int, int] | None:
        """(page number, offset on that page) of extracted-text ``offset``, if paginated."""
        if not self.pages:
            return None
        index = bisect.bisect_right([p.start for p in self.pages], offset) - 1
        page = self.pages[max(index, 0)]
        return page.number, max(offset - page.start, 0)

    def to_json(self) -> str:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> SourceMap:
        data = json.loads(text)
        data["pages"] = [Page(**p) for p in data.get("pages", [])]
        if data.get("published"):
            data["published"] = date.fromisoformat(data["published"])
        return cls(**data)


@dataclass
class SourceText:
    """A report read from its file: the text the pipeline reads, and where it came from."""

    text: str
    source: SourceMap
