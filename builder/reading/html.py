"""Reading a web page saved as a report: the article's text and the page's metadata.

trafilatura finds the article in the page and leaves out navigation, menus, "related news"
lists, comments, cookie banners and footers (the tests wrap development reports in all of
them and check that nothing of it reaches the text); it also reads the page's title,
publication date, site name and address from its metadata (Open Graph, schema.org, ``<time>``,
the address itself). The publication date is what resolves a year the text leaves out.
"""

from __future__ import annotations

from datetime import date

from builder.base.errors import InputError
from builder.reading.source_map import SourceMap, SourceText

MIN_ARTICLE_CHARS = 200
"""A report is a few paragraphs; less than this is a page with no article (a list, a menu)."""


def read_html(data: bytes, name: str) -> SourceText:
    """The article of a saved web page and its metadata, or an error saying there is none."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_links=False,
            include_images=False,
            deduplicate=False,
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on garbage
        raise InputError(f"{name}: cannot be read as a web page ({type(exc).__name__})") from exc
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if len(text) < MIN_ARTICLE_CHARS:
        raise InputError(
            f"{name}: web page with no article text (only navigation, lists or forms); "
            "save the page of the report itself"
        )
    published = None
    if getattr(found, "date", None):
        try:
            published = date.fromisoformat(str(found.date)[:10])
        except ValueError:
            published = None
    source = SourceMap(
        format="html",
        title=found.title or None,
        published=published,
        site=found.sitename or found.hostname or None,
        address=found.url or None,
    )
    return SourceText(text + "\n", source)
