"""Statistics of the fixture, and the viz/stats/export commands end to end."""

from __future__ import annotations

import shutil
from pathlib import Path

import click
import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset

from builder.base.errors import InputError, WorkspaceError
from builder.cli.picture_commands import COMMANDS, export_network, stats, viz
from builder.corpus.integrity import vouch
from builder.corpus.workspace import Workspace
from builder.pictures.stats import compute_stats

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "mini.trig"


def test_stats_count_classes_centrality_and_meetings(
    mini_dataset: Dataset, mini_network: nx.MultiDiGraph
) -> None:
    result = compute_stats(mini_dataset, mini_network, top=3)
    assert result.reports == 2
    counts = dict(result.class_counts)
    assert counts["observation mission"] == 2
    assert counts["mission event"] == 3
    assert counts["person"] == 2
    assert counts["state"] == 2
    # Mission Alpha: 2 states, election, organiser, member, 2 events, coordinator post = 8.
    assert result.degree[0] == ("Группа наблюдателей Альфа", "mission", 8)
    assert result.betweenness[0][0] == "Группа наблюдателей Альфа"
    assert [(m[0], m[2]) for m in result.meetings] == [("2020-03-02", "Иван Петров")]
    assert result.meetings[0][3].startswith("Злой")


def _workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    ws.mkdir()
    shutil.copy(FIXTURE, ws / "graph.trig")
    vouch(Workspace(ws))
    return ws


def test_viz_writes_page_picture_and_timelines(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    result = CliRunner().invoke(viz, ["-w", str(ws)])
    assert result.exit_code == 0, result.output
    for name in ("graph.html", "graph.svg", "timeline.svg", "timeline.png"):
        assert (ws / "viz" / name).stat().st_size > 0
    assert "graph.html" in result.output


@pytest.mark.parametrize("name", ["one.html", "one.svg", "one.png", "timeline-x.svg"])
def test_viz_writes_one_file_by_extension(tmp_path: Path, name: str) -> None:
    ws = _workspace(tmp_path)
    target = tmp_path / name
    result = CliRunner().invoke(viz, ["-w", str(ws), "-o", str(target), "-r", "beta"])
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 0


def test_viz_rejects_unknown_extension(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    result = CliRunner().invoke(viz, ["-w", str(ws), "-o", str(tmp_path / "x.pdf")])
    assert isinstance(result.exception, InputError)


def test_viz_on_unbuilt_workspace_is_a_workspace_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(viz, ["-w", str(tmp_path / "none")])
    assert isinstance(result.exception, WorkspaceError)


def test_stats_command_prints_tables(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    result = CliRunner().invoke(stats, ["-w", str(ws), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "2 report graphs" in result.output
    assert "Группа наблюдателей Альфа" in result.output
    assert "Who met whom" in result.output


def test_commands_tuple_is_what_the_cli_registers() -> None:
    assert all(isinstance(c, click.Command) for c in COMMANDS)
    assert [c.name for c in COMMANDS] == ["viz", "stats"]


def test_export_network_formats(mini_dataset: Dataset, tmp_path: Path) -> None:
    export_network(mini_dataset, "gexf", tmp_path / "g.gexf")
    export_network(mini_dataset, "graphml", tmp_path / "g.graphml")
    assert len(nx.read_gexf(tmp_path / "g.gexf")) == 13
    assert len(nx.read_graphml(tmp_path / "g.graphml")) == 13
    with pytest.raises(InputError, match="unknown network format"):
        export_network(mini_dataset, "dot", tmp_path / "g.dot")
