"""The page as a file: self-contained, offline, data escaped so report text cannot become markup."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from builder.pictures.page import embed_json, page_data, render_page, write_page


def test_embedded_json_cannot_close_the_script_element() -> None:
    text = embed_json({"label": "</script><b>&\u2028\u2029"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"label": "</script><b>&\u2028\u2029"}


def test_page_has_no_remote_urls_in_script_or_link(mini_network: nx.MultiDiGraph) -> None:
    html = render_page(mini_network)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=\s*[\"']?https?:", html)
    assert "sourceMappingURL" not in html
    # The library is inlined, not linked.
    assert "vis-network" in html and "<script src" not in html


def test_hostile_label_appears_only_escaped(mini_network: nx.MultiDiGraph) -> None:
    html = render_page(mini_network)
    assert "window.__pwned" in html  # the payload is there, as data...
    assert "<script>window.__pwned" not in html  # ...never as markup
    assert "</div><img" not in html


def test_page_data_matches_the_graph(mini_network: nx.MultiDiGraph) -> None:
    data = page_data(mini_network)
    assert len(data["nodes"]) == mini_network.number_of_nodes()
    assert len(data["edges"]) == mini_network.number_of_edges()
    assert data["reports"] == ["alpha", "beta"]
    assert data["defaults"] == {"minDegree": 0, "big": False}
    [alpha, beta] = data["timeline"]
    assert alpha["label"] == "Группа наблюдателей Альфа"
    assert [e["date"] for e in alpha["events"]] == ["2020-03-02", "2020-03-04"]
    assert alpha["events"][0]["places"] == ["Столица"]
    assert beta["events"][0]["kind"] == "пресс-конференция"


def test_write_page_is_deterministic(mini_network: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_page(mini_network, tmp_path / "a.html")
    write_page(mini_network, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_big_graphs_open_on_a_summary_view(
    mini_network: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("builder.pictures.page.BIG_GRAPH_NODES", 5)
    data = page_data(mini_network)
    shown = {k["kind"]: k["shown"] for k in data["kinds"]}
    assert shown["event"] is False and shown["place"] is False
    assert shown["mission"] is True and shown["person"] is True
    assert data["defaults"] == {"minDegree": 2, "big": True}
