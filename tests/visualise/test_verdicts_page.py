"""The page shows each mission's verdict and, per election, the missions side by side; its own
words switch between Russian and English while values keep their language."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from builder.pictures.page import page_data, write_page

PROJECT = Path(__file__).resolve().parents[2]
TWO_MISSIONS = PROJECT / "tests" / "coding" / "two-missions"


@pytest.fixture(scope="module")
def two_missions_network(tmp_path_factory) -> nx.MultiDiGraph:
    """The CIS-endorses / ODIHR-criticises fixture built with the real pipeline."""
    from builder.corpus.build import build
    from builder.corpus.workspace import Workspace
    from builder.pictures.network import to_networkx

    workspace = Workspace(tmp_path_factory.mktemp("two-missions-page"))
    build(sorted(TWO_MISSIONS.glob("*.txt")), workspace, jobs=1, use_curation=False)
    return to_networkx(workspace.load_dataset())


def test_page_data_puts_the_missions_of_one_election_side_by_side(two_missions_network) -> None:
    data = page_data(two_missions_network)
    (row,) = data["elections"]
    assert row["election"] == "election/kg-2027-01-10-presidential"
    assert [(m["mission"], m["verdict"]) for m in row["missions"]] == [
        ("mission/cis-kg-2027-01-10", "endorse"),
        ("mission/odihr-kg-2027-01-10", "critical"),
    ]
    cis = two_missions_network.nodes["mission/cis-kg-2027-01-10"]
    assert ("вердикт", "одобрение") in [tuple(f) for f in cis["facts"]]


@pytest.mark.browser
def test_elections_tab_and_language_switch(chromium, two_missions_network, tmp_path) -> None:
    path = tmp_path / "graph.html"
    write_page(two_missions_network, path)
    page = chromium.new_page(viewport={"width": 1400, "height": 900})
    try:
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(path.as_uri())
        page.wait_for_function("window.eokg && window.eokg.rendered !== null", timeout=20_000)
        page.click("#tab-elections")
        cards = page.locator("#elections .mission-card")
        assert cards.count() == 2
        text = page.inner_text("#elections")
        assert "одобрение" in text and "критическая оценка" in text
        assert "не отвечали обязательствам ОБСЕ" in text  # the ODIHR quote, as published
        page.click("#lang")
        assert page.inner_text("#tab-elections") == "Elections"
        assert page.inner_text("#tab-graph") == "Graph"
        assert page.get_attribute("#search", "placeholder") == "Search by name…"
        text = page.inner_text("#elections")
        assert "endorse" in text and "critical" in text
        assert "не отвечали обязательствам ОБСЕ" in text  # values keep their language
        assert "nodes" in page.inner_text("#status")
        page.click("#elections .mission-card[data-mission='mission/cis-kg-2027-01-10']")
        panel = page.inner_text("#panel")
        assert "Source" in panel and "вердикт" in panel  # facts are values: their own language
        page.click("#lang")
        assert page.inner_text("#tab-elections") == "Выборы"
        assert errors == []
        out = PROJECT / "out"
        out.mkdir(exist_ok=True)
        page.click("#tab-elections")
        page.screenshot(path=str(out / "test-browser-elections.png"))
    finally:
        page.close()
