"""Reports as people have them, made from a report's text: PDFs, web pages, Word files.

The tests and ``benchmarks/pdf_readers.py`` share these makers, so the PDFs the readers are
measured on are the ones the build is tested on. PDFs are written with fpdf2 in DejaVu Sans
(Debian ``fonts-dejavu-core``, installed by ``make test``: ``scripts/install-system.sh``), in
one or two columns, with or without a running header and a footer with the page number,
which is what observers' bulletins look like. Web pages wrap the text in the boilerplate a
news site puts round an article: navigation, a "related news" list naming other elections and
observers, comments, a cookie banner, a footer.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from pathlib import Path

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a report's text, hard wraps joined by a space.

    Files with blank lines separate paragraphs with them; files without write one paragraph
    per line. A line that ends in a hyphen keeps its line break ("Берг-\\nстрёмом"): whether
    the hyphen belongs to the word is the normaliser's call, as in a PDF the observers printed.
    """
    text = text.replace("\r\n", "\n").strip()
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    out = []
    for block in blocks:
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        para = ""
        for line in lines:
            para += ("\n" if para.endswith("-") else " " if para else "") + line
        if para:
            out.append(para)
    return out


def write_pdf(
    text: str,
    path: Path,
    *,
    columns: int = 1,
    header: str | None = None,
    page_numbers: bool = False,
    font_size: float = 11,
    across: bool = False,
) -> Path:
    """``text`` as a PDF: ``columns`` columns, ``header`` on every page, "- N -" at the foot.

    fpdf2 writes columns one after the other, so a reader that follows the file's own order
    reads them right; ``across=True`` writes two columns row by row instead (left line, right
    line, as many producers do), so only a reader that looks at the layout reads them right.
    """
    from fpdf import FPDF

    class Bulletin(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("DejaVu", size=8)
                self.cell(0, 6, header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            if page_numbers:
                self.set_y(-15)
                self.set_font("DejaVu", size=8)
                self.cell(0, 10, f"- {self.page_no()} -", align="C")

    pdf = Bulletin(format="A4")
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=UTC))  # same text, same bytes
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=font_size)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    if columns == 1:
        for para in paragraphs(text):
            pdf.multi_cell(0, font_size * 0.5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    elif across:
        _write_across(pdf, text, font_size)
    else:
        with pdf.text_columns(ncols=columns, gutter=8, text_align="LEFT") as cols:
            for para in paragraphs(text):
                cols.write(para + "\n")
                cols.ln()
    pdf.output(str(path))
    return path


def _write_across(pdf, text: str, font_size: float) -> None:
    """Two columns filled left then right, page by page, but written row by row."""
    gutter = 8
    width = (pdf.epw - gutter) / 2
    height = font_size * 0.5
    lines: list[str] = []
    for para in paragraphs(text):
        lines.extend(pdf.multi_cell(width, height, para, dry_run=True, output="LINES"))
        lines.append("")
    rows = int((pdf.h - pdf.b_margin - pdf.get_y()) // height) - 1
    top = pdf.get_y()
    while lines:
        left, right, lines = lines[:rows], lines[rows : 2 * rows], lines[2 * rows :]
        for i in range(max(len(left), len(right))):
            for x, column in ((pdf.l_margin, left), (pdf.l_margin + width + gutter, right)):
                if i < len(column) and column[i]:
                    pdf.set_xy(x, top + i * height)
                    pdf.cell(width, height, column[i])
        if lines:
            pdf.add_page()
            top = pdf.get_y()


NAVIGATION = ["Главная", "О Ассамблее", "Новости", "Наблюдение за выборами", "Документы"]

RELATED = [
    "Наблюдатели от МПА СНГ приняли участие в мониторинге выборов Президента "
    "Республики Армения 1 марта 2008 года",
    "Миссия наблюдателей от СНГ завершила работу на выборах в Жогорку Кенеш "
    "Кыргызской Республики 4 октября 2020 года",
    "Координатор группы наблюдателей Сергей Лебедев встретился с председателем ЦИК "
    "Республики Молдова",
]


def write_html(
    text: str,
    path: Path,
    *,
    published: str = "2017-06-30",
    site: str = "Межпарламентская Ассамблея СНГ",
    url: str = "https://iacis.example/press/news/2017-06-30-kz",
) -> Path:
    """``text`` as a news site's article page, with all the boilerplate round it; its first
    paragraph (the headline) is the page's title and ``<h1>``."""
    title, *rest = paragraphs(text)
    title = title.replace("\n", "")
    body = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in rest)
    nav = "".join(f'<li><a href="/{i}">{html.escape(n)}</a></li>' for i, n in enumerate(NAVIGATION))
    related = "".join(
        f'<li><a href="/news/{i}">{html.escape(r)}</a></li>' for i, r in enumerate(RELATED)
    )
    page = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{html.escape(title)} | {html.escape(site)}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{html.escape(site)}">
<meta property="og:url" content="{html.escape(url)}">
<meta property="article:published_time" content="{published}T10:00:00+03:00">
<link rel="canonical" href="{html.escape(url)}">
</head><body>
<div class="cookie-banner" id="cookie-consent">Мы используем файлы cookie. Продолжая
пользоваться сайтом, вы соглашаетесь с этим. <button>Принять</button></div>
<header><nav class="menu"><ul>{nav}</ul></nav></header>
<main><article>
<h1>{html.escape(title)}</h1>
<time datetime="{published}">{published}</time>
{body}
</article>
<aside class="related-news"><h2>Новости по теме</h2><ul>{related}</ul></aside>
<section id="comments" class="comments"><h2>Комментарии</h2>
<div class="comment"><p>Наблюдатели от ОБСЕ/БДИПЧ заявили о нарушениях на выборах
Президента Азербайджанской Республики 11 апреля 2018 года.</p></div></section>
</main>
<footer><p>© Межпарламентская Ассамблея государств — участников СНГ, 2024.
Таврический дворец, Санкт-Петербург.</p></footer>
</body></html>
"""
    path.write_text(page, encoding="utf-8")
    return path


def write_docx(text: str, path: Path) -> Path:
    """``text`` as a Word file, a paragraph per paragraph."""
    import docx

    document = docx.Document()
    for para in paragraphs(text):
        document.add_paragraph(para)
    document.core_properties.created = datetime(2024, 1, 1, tzinfo=UTC)
    document.save(str(path))
    return path
