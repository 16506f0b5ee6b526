"""Reading a Word (.docx) report: its paragraphs and tables, in document order.

python-docx reads the document; a ``.docx`` is a zip of XML parts, so a file that is no zip,
or a zip of something else, is refused with one line saying which.
"""

from __future__ import annotations

import io
import zipfile

from builder.base.errors import InputError
from builder.reading.source_map import SourceMap, SourceText


def read_docx(data: bytes, name: str) -> SourceText:
    """The text of a Word document, a line per paragraph (table cells in row order)."""
    import docx
    import docx.table
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(f"{name}: not a Word document (.docx files are zip archives)")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/document.xml" not in archive.namelist():
            raise InputError(
                f"{name}: a zip archive of something else, not a Word document "
                "(no word/document.xml)"
            )
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"{name}: damaged Word document ({type(exc).__name__})") from exc
    except Exception as exc:  # lxml on broken XML parts
        raise InputError(f"{name}: damaged Word document ({type(exc).__name__})") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():  # paragraphs and tables in document order
        if isinstance(block, docx.table.Table):
            lines.extend(" ".join(c.text for c in row.cells if c.text) for row in block.rows)
        else:
            lines.append(block.text)
    text = "\n".join(line.strip() for line in lines if line.strip())
    if not text:
        raise InputError(f"{name}: empty Word document")
    title = document.core_properties.title or None
    return SourceText(text + "\n", SourceMap(format="docx", title=title))
