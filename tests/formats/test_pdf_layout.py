"""The PDF reader's layout decisions on small PDFs written here: a title over two columns,
running headers that differ only by their number, page numbers, and the map from text offsets
to pages."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.documents import DEJAVU
from builder.reading.pdf import read_pdf
from builder.reading.source_map import Page, SourceMap

LEFT = "Первая колонка рассказывает о встрече наблюдателей с избирательной комиссией. " * 6
RIGHT = "Вторая колонка сообщает об итоговой пресс-конференции миссии в столице. " * 6


def _pdf(path: Path, build) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=11)
    build(pdf)
    pdf.output(str(path))
    return path.read_bytes()


def test_a_title_over_two_columns_is_read_before_them_and_columns_in_turn(tmp_path) -> None:
    def build(pdf) -> None:
        pdf.add_page()
        pdf.multi_cell(0, 6, "Заголовок бюллетеня о наблюдении за выборами в парламент страны")
        pdf.ln(4)
        top = pdf.get_y()
        pdf.multi_cell(85, 6, LEFT.strip(), new_x="LMARGIN")
        pdf.set_xy(115, top)
        pdf.multi_cell(85, 6, RIGHT.strip())

    text = read_pdf(_pdf(tmp_path / "cols.pdf", build), "cols.pdf").text
    words = text.split()
    assert " ".join(words).startswith("Заголовок бюллетеня")
    assert words.index("Вторая") > max(i for i, w in enumerate(words) if w == "Первая")
    assert " ".join(words).count("Первая колонка рассказывает о встрече") == 6


def test_running_headers_and_page_numbers_go_and_each_page_is_mapped(tmp_path) -> None:
    sentence = "Наблюдатели посетили избирательные участки в разных районах страны. "

    def build(pdf) -> None:
        pdf.set_auto_page_break(False)
        for number in (1, 2, 3):
            pdf.add_page()
            pdf.set_font("DejaVu", size=8)
            pdf.cell(0, 6, f"Вестник МПА СНГ, выпуск {40 + number}", align="C")
            pdf.ln(10)
            pdf.set_font("DejaVu", size=11)
            if number == 1:
                pdf.multi_cell(0, 6, "Только на первой странице: заголовок отчёта")
                pdf.ln(4)
            day = ("Первый", "Второй", "Третий")[number - 1]
            pdf.multi_cell(0, 6, f"{day} день. " + (sentence * 12).strip())
            pdf.set_y(-20)
            pdf.cell(0, 6, f"Страница {number} из 3", align="C")

    read = read_pdf(_pdf(tmp_path / "run.pdf", build), "run.pdf")
    assert "Вестник" not in read.text and not re.search(r"Страница \d", read.text)
    assert "Только на первой странице" in read.text
    assert [p.number for p in read.source.pages] == [1, 2, 3]
    for page, day in zip(read.source.pages[1:], ("Второй", "Третий"), strict=True):
        assert read.text[page.start : page.end].startswith(f"{day} день. Наблюдатели")
    second = read.source.pages[1]
    assert read.source.page_at(second.start + 5) == (2, 5)


def test_page_at_maps_offsets_to_pages_and_round_trips_as_json() -> None:
    source = SourceMap("pdf", pages=[Page(1, 0, 100), Page(2, 102, 180)])
    assert source.page_at(0) == (1, 0) and source.page_at(99) == (1, 99)
    assert source.page_at(101) == (1, 101) and source.page_at(150) == (2, 48)
    assert SourceMap.from_json(source.to_json()) == source
    assert SourceMap("txt").page_at(10) is None
