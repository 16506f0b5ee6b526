"""The development reports made into the forms they are published in, built once per session.

Every report of ``tests/corpus`` is written by the tests (``benchmarks/documents.py``) as a
one-column PDF, a two-column PDF (written row by row across the columns, so only the layout
tells the order), a PDF with a running header and page numbers in a larger
type (so it runs over several pages), a saved web page with a site's boilerplate round the
article, and a Word file; all of them and the ``.txt`` files are built into one workspace by
extraction alone, so each form's facts can be compared with its text's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from benchmarks.documents import DEJAVU, write_docx, write_html, write_pdf

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT / "tests" / "corpus"
HEADER = "Бюллетень Межпарламентской Ассамблеи СНГ № 7 (2024)"

FORMS = {
    "pdf": lambda text, path: write_pdf(text, path),
    "2col.pdf": lambda text, path: write_pdf(text, path, columns=2, across=True),
    "headers.pdf": lambda text, path: write_pdf(
        text, path, header=HEADER, page_numbers=True, font_size=15
    ),
    "html": lambda text, path: write_html(text, path),
    "docx": lambda text, path: write_docx(text, path),
}
"""How each form is made, by the ending of its file name (``X.ru.<form>``)."""


def form_name(txt: Path, form: str) -> str:
    """``X.ru.txt`` in form ``2col.pdf`` -> ``X-2col.ru.pdf``."""
    stem = txt.name.removesuffix(".ru.txt")
    variant, _, suffix = form.rpartition(".")
    return f"{stem}-{variant}.ru.{suffix}" if variant else f"{stem}.ru.{suffix}"


@pytest.fixture(scope="session")
def made_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert DEJAVU.is_file(), f"{DEJAVU} missing: make test installs fonts-dejavu-core"
    folder = tmp_path_factory.mktemp("forms")
    for txt in sorted(CORPUS.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        (folder / txt.name).write_text(text, encoding="utf-8")
        for form, make in FORMS.items():
            make(text, folder / form_name(txt, form))
    return folder


@pytest.fixture(scope="session")
def forms_workspace(made_reports: Path, tmp_path_factory: pytest.TempPathFactory):
    from builder.corpus.build import build
    from builder.corpus.workspace import Workspace

    workspace = Workspace(tmp_path_factory.mktemp("forms-ws"))
    build([made_reports], workspace, use_curation=False, jobs=2)
    return workspace


def report_graph(workspace, name: str) -> Graph:
    from builder.graph import iris

    graph = Graph()
    for triple in workspace.load_dataset().graph(iris.report_graph(name)):
        graph.add(triple)
    assert len(graph), f"{name} was not built"
    return graph


def report_facts(workspace, name: str):
    from builder.corpus.evaluation import canonical_organisers
    from builder.graph.readback import report_facts as read_back

    return canonical_organisers(read_back(report_graph(workspace, name)))


def gold_facts(txt: Path):
    from builder.corpus.curation import gold_path_for, load_gold
    from builder.corpus.evaluation import canonical_organisers

    return canonical_organisers(load_gold(gold_path_for(txt)))
