"""Static picture and timeline files: valid SVG/PNG, legend and labels present, errors clear."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from builder.base.errors import InputError
from builder.pictures.static_picture import picture_subgraph, to_dot, write_picture
from builder.pictures.timeline import timeline_rows, write_timeline

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()  # raises if the SVG is not well-formed XML
    assert root.tag.endswith("svg")
    return "".join(root.itertext())


def test_picture_svg_has_names_legend_and_escaped_hostile_label(
    mini_network: nx.MultiDiGraph, tmp_path: Path
) -> None:
    path = tmp_path / "graph.svg"
    write_picture(mini_network, path)
    text = _svg_text(path)
    for name in ("Иван Петров", "Астания", "Группа наблюдателей Альфа", "встреча с"):
        assert name in text
    for legend in ("миссия", "человек", "государство", "событие"):
        assert legend in text
    assert "<script" not in path.read_text(encoding="utf-8")


def test_picture_png_is_a_png(mini_network: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.png"
    write_picture(mini_network, path)
    assert path.read_bytes()[:8] == PNG_MAGIC


def test_picture_rejects_unknown_format(mini_network: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="must be .svg or .png"):
        write_picture(mini_network, tmp_path / "graph.pdf")


def test_dot_escapes_quotes_and_backslashes() -> None:
    network = nx.MultiDiGraph()
    network.add_node("a", label='Он "сказал" \\ так', kind="person", degree=0)
    dot = to_dot(network)
    assert 'label="Он \\"сказал\\" \\\\ так"' in dot


def test_big_graphs_are_cut_to_the_best_connected(mini_network: nx.MultiDiGraph) -> None:
    small = picture_subgraph(mini_network, limit=4)
    assert len(small) == 4
    assert {"mission/alpha-m", "mission/beta-m"} <= set(small)


def test_timeline_rows_group_events_by_mission_in_date_order(
    mini_network: nx.MultiDiGraph,
) -> None:
    rows = timeline_rows(mini_network)
    assert [r["mission"] for r in rows] == ["mission/alpha-m", "mission/beta-m"]
    meeting, voting = rows[0]["events"]
    assert (meeting["date"], meeting["kind"]) == ("2020-03-02", "встреча")
    assert meeting["metWith"][0].startswith("Злой")
    assert meeting["attendees"] == ["Иван Петров"]
    assert (voting["date"], voting["kind"]) == ("2020-03-04", "наблюдение в день голосования")


def test_timeline_svg_and_png(mini_dataset, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_timeline(mini_dataset, tmp_path / "timeline.svg")
    text = _svg_text(tmp_path / "timeline.svg")
    assert "Группа наблюдателей Альфа" in text and "Миссия Бета" in text
    assert "2020-03-02" in text
    write_timeline(mini_dataset, tmp_path / "timeline.png")
    assert (tmp_path / "timeline.png").read_bytes()[:8] == PNG_MAGIC


def test_timeline_svg_is_deterministic(mini_network: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_timeline(mini_network, tmp_path / "a.svg")
    write_timeline(mini_network, tmp_path / "b.svg")
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()


@pytest.mark.parametrize("name", ["graph.svg", "graph.png"])
def test_a_graph_with_nothing_to_draw_is_a_picture_that_says_so(tmp_path: Path, name) -> None:
    """A build of reports that tell of no observation has no actors; graphviz used to refuse
    the empty legend ('error: graphviz failed on graph.svg: in label of graph eokg')."""
    path = tmp_path / name
    write_picture(nx.MultiDiGraph(), path)
    if name.endswith(".svg"):
        assert "Нет фактов" in _svg_text(path)
    else:
        assert path.read_bytes()[:8] == PNG_MAGIC


def test_viz_of_an_empty_dataset_writes_all_four_files(tmp_path: Path) -> None:
    from rdflib import Dataset

    from builder.cli.picture_commands import write_all

    written = write_all(Dataset(), tmp_path / "viz")
    assert [p.name for p in written] == ["graph.html", "graph.svg", "timeline.svg", "timeline.png"]
    assert all(p.stat().st_size > 0 for p in written)
