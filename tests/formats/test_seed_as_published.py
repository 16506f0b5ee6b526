"""The seed report printed to a PDF by Chromium and saved as a web page builds to the same
facts as its text, with the page of every span.

Chromium prints the ``.txt`` as a browser prints any page: with its own running header (date
and title) and footer (address and "1/2"), which the PDF reader must leave out. The build
runs with the seed's curation file, as ``make run`` does (its quotes must be found in the text
read from the PDF), and by extraction alone.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import report_facts, report_graph
from rdflib.namespace import RDF

from benchmarks.documents import write_html
from builder.facts.scoring import score
from builder.graph.namespaces import EO
from builder.pictures.headless import CHROMIUM, CHROMIUM_ARGS
from builder.text import defaults

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "data" / "reports" / "2017-06-kz-senate-ipa-cis.ru.txt"
CURATION = PROJECT / "data" / "curation"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def print_to_pdf(source: Path, target: Path) -> Path:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} missing: make test installs it (scripts/install-system.sh)")
    subprocess.run(
        [str(CHROMIUM), *CHROMIUM_ARGS, f"--print-to-pdf={target}", source.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return target


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seed-published")
    shutil.copy(SEED, folder / SEED.name)
    print_to_pdf(SEED, folder / "2017-06-kz-senate-ipa-cis.ru.pdf")
    write_html(SEED.read_text(encoding="utf-8"), folder / "2017-06-kz-senate-ipa-cis.ru.html")
    return folder


@pytest.mark.parametrize("curated", [True, False], ids=["curated", "extracted"])
def test_the_printed_and_saved_seed_give_the_facts_of_its_text(
    published: Path, tmp_path: Path, curated: bool
) -> None:
    from builder.corpus.build import build
    from builder.corpus.workspace import Workspace

    workspace = Workspace(tmp_path / "ws")
    summary = build([published], workspace, use_curation=curated, curation_dir=CURATION, jobs=1)
    assert summary.conforms
    assert all(r.curated == curated for r in summary.reports)
    as_text = report_facts(workspace, SEED.name)
    for name in ("2017-06-kz-senate-ipa-cis.ru.pdf", "2017-06-kz-senate-ipa-cis.ru.html"):
        same = score(report_facts(workspace, name), as_text, defaults.reference())
        assert same.overall.f1 == 1.0, (name, same.missed, same.extra)
        assert same.overall.tp >= 40
    graph = report_graph(workspace, "2017-06-kz-senate-ipa-cis.ru.pdf")
    pages = {int(graph.value(s, EO.page)) for s in graph.subjects(RDF.type, EO.TextSpan)}
    assert pages == {1, 2}
    text = (workspace.texts_dir / "2017-06-kz-senate-ipa-cis.ru.pdf.txt").read_text("utf-8")
    assert "file://" not in text and "1/2" not in text
