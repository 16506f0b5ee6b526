"""A report's facts do not depend on how it was published.

Each development report, as a one-column PDF, a two-column PDF, a PDF with running headers
and page numbers, a saved web page and a Word file, builds to facts that score exactly as its
``.txt`` does against the gold; its spans point to the page they are on; nothing of the
printer's headers or the site's boilerplate reaches the text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import CORPUS, FORMS, HEADER, form_name, gold_facts, report_facts, report_graph
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from benchmarks.documents import RELATED, paragraphs
from builder.facts.scoring import score
from builder.graph.namespaces import EO, OA
from builder.text import defaults

pytestmark = pytest.mark.slow

REPORTS = sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("txt", REPORTS, ids=lambda p: p.name.split(".")[0])
def test_each_form_scores_as_its_text(forms_workspace, txt: Path, form: str) -> None:
    gold = gold_facts(txt)
    as_text = score(report_facts(forms_workspace, txt.name), gold, defaults.reference())
    as_form = score(report_facts(forms_workspace, form_name(txt, form)), gold, defaults.reference())
    assert as_form.overall.f1 == as_text.overall.f1, (as_form.missed, as_form.extra)
    assert (as_form.overall.tp, as_form.overall.fp) == (as_text.overall.tp, as_text.overall.fp)


def _words(text: str) -> list[str]:
    """Words with line-end hyphens closed up, so layouts that wrap differently compare."""
    return re.sub(r"-\s+", "-", text).split()


def _kept_text(workspace, name: str) -> tuple[str, dict]:
    text = (workspace.texts_dir / f"{name}.txt").read_text(encoding="utf-8")
    source = json.loads((workspace.texts_dir / f"{name}.source.json").read_text("utf-8"))
    return text, source


@pytest.mark.parametrize("form", ["pdf", "2col.pdf", "headers.pdf"])
def test_pdf_text_is_the_report_in_reading_order_without_headers(forms_workspace, form) -> None:
    for txt in REPORTS:
        text, source = _kept_text(forms_workspace, form_name(txt, form))
        expected = _words("\n".join(paragraphs(txt.read_text(encoding="utf-8"))))
        assert _words(text) == expected, txt.name
        assert HEADER not in text and not re.search(r"^- \d+ -$", text, re.M)
        assert source["format"] == "pdf" and source["pages"][0]["start"] == 0


def test_running_header_reports_span_several_pages(forms_workspace) -> None:
    pages = [
        len(_kept_text(forms_workspace, form_name(txt, "headers.pdf"))[1]["pages"])
        for txt in REPORTS
    ]
    assert min(pages) >= 2, pages  # else the header would not be a running one


def _page_texts(pdf: Path) -> list[str]:
    """Each page's text by another library (pypdf), whitespace collapsed."""
    from pypdf import PdfReader

    return [" ".join(_words(page.extract_text())) for page in PdfReader(pdf).pages]


def test_spans_point_to_the_page_they_are_on(forms_workspace, made_reports: Path) -> None:
    later_pages = checked = 0
    for txt in REPORTS:
        name = form_name(txt, "headers.pdf")
        pages = _page_texts(made_reports / name)
        graph = report_graph(forms_workspace, name)
        spans = list(graph.subjects(RDF.type, EO.TextSpan))  # none in a report of no facts
        checked += len(spans)
        for span in spans:
            page = graph.value(span, EO.page)
            assert page is not None and page.datatype == XSD.positiveInteger, span
            quote = next(
                str(graph.value(sel, OA.exact))
                for sel in graph.objects(span, OA.hasSelector)
                if graph.value(sel, OA.exact) is not None
            )
            first = _words(quote)[0]
            assert first in pages[int(page) - 1], (name, quote, int(page))
            if int(page) > 1 and first not in pages[0]:
                later_pages += 1
    assert checked > 100 and later_pages > 0, (checked, later_pages)


def test_a_text_report_has_no_pages(forms_workspace) -> None:
    graph = report_graph(forms_workspace, REPORTS[0].name)
    assert not list(graph.objects(None, EO.page))


def test_web_page_boilerplate_never_reaches_the_text_or_the_graph(forms_workspace) -> None:
    boilerplate = [*RELATED, "cookie", "Комментарии", "ОБСЕ/БДИПЧ заявили", "Таврический"]
    for txt in REPORTS:
        name = form_name(txt, "html")
        text, source = _kept_text(forms_workspace, name)
        for piece in boilerplate:
            assert piece not in text, (name, piece)
        assert source["published"] == "2017-06-30"
        assert source["site"] == "Межпарламентская Ассамблея СНГ"
        graph = report_graph(forms_workspace, name)
        names = {str(o) for o in graph.objects(None, URIRef("http://xmlns.com/foaf/0.1/name"))}
        assert not any("Лебедев" in n for n in names), names


def test_web_page_metadata_is_in_the_graph(forms_workspace) -> None:
    txt = CORPUS / "2017-06-kz-senate-ipa-cis.ru.txt"
    graph = report_graph(forms_workspace, form_name(txt, "html"))
    report = next(graph.subjects(RDF.type, EO.Report))
    assert graph.value(report, DCTERMS.issued) == Literal("2017-06-30", datatype=XSD.date)
    assert graph.value(report, DCTERMS.source) == URIRef(
        "https://iacis.example/press/news/2017-06-30-kz"
    )
    as_text = report_graph(forms_workspace, txt.name)
    assert as_text.value(next(as_text.subjects(RDF.type, EO.Report)), DCTERMS.issued) is None


def test_the_publication_date_reaches_the_recognisers_on_the_doc(made_reports: Path) -> None:
    from builder.reading.source import read_source
    from builder.text.extract import extract

    path = made_reports / "dev-01-kg-parliament-2015.ru.html"
    read = read_source(path)
    doc, _ = extract(path.name, read.text, source=read.source)
    assert str(doc.published) == "2017-06-30"
    doc, _ = extract("dev-01.ru.txt", (CORPUS / "dev-01-kg-parliament-2015.ru.txt").read_text())
    assert doc.published is None and doc.source is None
