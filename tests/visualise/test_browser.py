"""The page in a real headless Chromium: renders every node, shows sources, runs no payload."""

from __future__ import annotations

import contextlib
from pathlib import Path

import networkx as nx
import pytest

from builder.pictures.page import write_page

pytestmark = pytest.mark.browser

PROJECT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def _open(chromium, path: Path):  # type: ignore[no-untyped-def]
    """The page at ``path``, rendered, with the errors it raised and the URLs it requested."""
    page = chromium.new_page(viewport={"width": 1400, "height": 900})
    try:
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        requests: list[str] = []
        page.on("request", lambda req: requests.append(req.url))
        page.goto(path.as_uri())
        page.wait_for_function("window.eokg && window.eokg.rendered !== null", timeout=20_000)
        yield page, errors, requests
    finally:
        page.close()


@pytest.fixture
def mini_page(chromium, mini_network: nx.MultiDiGraph, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The page of the two-report fixture graph, open in Chromium."""
    path = tmp_path / "graph.html"
    write_page(mini_network, path)
    with _open(chromium, path) as opened:
        yield opened


def _click_node(page, node_id: str) -> None:  # type: ignore[no-untyped-def]
    point = page.evaluate(
        """(id) => {
            const net = window.eokg.network;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById('network').getBoundingClientRect();
            return {x: p.x + box.left, y: p.y + box.top};
        }""",
        node_id,
    )
    page.mouse.click(point["x"], point["y"])


def test_page_renders_every_node_and_shows_the_source_sentence(
    mini_page, mini_network: nx.MultiDiGraph
) -> None:
    page, errors, requests = mini_page
    assert page.evaluate("window.eokg.network.body.data.nodes.length") == len(mini_network)
    assert page.evaluate("window.eokg.network.body.data.edges.length") == (
        mini_network.number_of_edges()
    )
    _click_node(page, "event/alpha-m/2020-03-02-meeting-1")
    panel = page.inner_text("#panel")
    assert "Встреча: Злой" in panel
    assert "2 марта наблюдатели встретились с Председателем Ассамблеи </div><b>Злым</b>." in panel
    assert page.inner_text("#panel mark") == "встретились с Председателем"
    assert errors == []
    assert all(url.startswith("file:") or url.startswith("data:") for url in requests)
    out = PROJECT / "out"
    out.mkdir(exist_ok=True)
    page.screenshot(path=str(out / "test-browser-mini.png"))


def test_hostile_label_renders_as_text_and_runs_nothing(mini_page) -> None:
    page, errors, _ = mini_page
    _click_node(page, "person/hostile")
    heading = page.inner_text("#panel h2")
    assert heading.startswith('Злой <script>window.__pwned=1;alert(1)</script> "кавычки" </div>')
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('#panel script, #panel img').length") == 0
    assert errors == []


def test_filters_by_kind_and_report_and_the_timeline_tab(
    mini_page, mini_network: nx.MultiDiGraph
) -> None:
    page, _, _ = mini_page
    page.uncheck("#kinds input[data-kind=event]")
    events = sum(1 for _, d in mini_network.nodes(data=True) if d["kind"] == "event")
    assert page.evaluate("window.eokg.network.body.data.nodes.length") == (
        len(mini_network) - events
    )
    page.check("#kinds input[data-kind=event]")
    page.select_option("#report", "beta")
    beta = sum(1 for _, d in mini_network.nodes(data=True) if "beta" in d["reports"])
    assert page.evaluate("window.eokg.network.body.data.nodes.length") == beta
    page.click("#tab-timeline")
    timeline = page.inner_text("#timeline")
    assert "Группа наблюдателей Альфа" in timeline
    assert "2020-03-04" in timeline and "пресс-конференция" in timeline


def test_search_selects_the_matching_node(mini_page) -> None:
    page, _, _ = mini_page
    page.fill("#search", "петров")
    assert page.evaluate("window.eokg.network.getSelectedNodes()") == ["person/ivan-petrov"]
    assert page.inner_text("#panel h2") == "Иван Петров"


@pytest.mark.slow
def test_seed_build_page_renders_in_the_browser(chromium, seed_workspace, tmp_path: Path) -> None:
    from builder.pictures.network import to_networkx

    workspace, _ = seed_workspace
    network = to_networkx(workspace.load_dataset())
    path = tmp_path / "seed.html"
    write_page(network, path)
    with _open(chromium, path) as (page, errors, _):
        assert page.evaluate("window.eokg.network.body.data.nodes.length") == len(network)
        mission = next(n for n, d in network.nodes(data=True) if d["kind"] == "mission")
        _click_node(page, mission)
        sentence = network.nodes[mission]["provenance"][0]["sentence"]
        assert sentence[:60] in page.inner_text("#panel")
        assert errors == []
        page.screenshot(path=str(PROJECT / "out" / "test-browser-seed.png"))
