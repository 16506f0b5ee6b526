"""The ``eokg viz`` and ``eokg stats`` commands, and ``export_network`` for ``eokg export``.

builder/cli.py registers :data:`COMMANDS`; this module only turns options into calls of the
picture functions and one-line errors.
"""

from __future__ import annotations

from pathlib import Path

import click
from rdflib import Dataset
from rich.console import Console

from builder.base.errors import InputError
from builder.cli.options import workspace_option
from builder.corpus.workspace import Workspace
from builder.pictures.network import export_gexf, export_graphml, to_networkx
from builder.pictures.page import write_page
from builder.pictures.static_picture import write_picture
from builder.pictures.stats import compute_stats, render_stats
from builder.pictures.timeline import write_timeline

_report_option = click.option(
    "-r",
    "--report",
    "reports",
    multiple=True,
    help="Only this report (repeatable): its file name or key, "
    "e.g. 2017-06-kz-senate-ipa-cis.ru.txt.",
)


def export_network(dataset: Dataset, fmt: str, path: Path) -> None:
    """Write the picture graph of ``dataset`` as ``fmt`` ('gexf' or 'graphml') to ``path``."""
    writers = {"gexf": export_gexf, "graphml": export_graphml}
    if fmt not in writers:
        raise InputError(f"unknown network format {fmt!r}: use gexf or graphml")
    writers[fmt](to_networkx(dataset), Path(path))


def write_all(dataset: Dataset, out_dir: Path, reports: tuple[str, ...] = ()) -> list[Path]:
    """Write the page, the picture and the timeline (SVG and PNG) into ``out_dir``."""
    network = to_networkx(dataset, reports or None)
    targets = [
        out_dir / "graph.html",
        out_dir / "graph.svg",
        out_dir / "timeline.svg",
        out_dir / "timeline.png",
    ]
    write_page(network, targets[0])
    write_picture(network, targets[1])
    write_timeline(network, targets[2])
    write_timeline(network, targets[3])
    return targets


@click.command()
@workspace_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="One file: .html (interactive page), .svg/.png (picture); "
    "a name starting with 'timeline' draws the timeline. Default: all into WORKSPACE/viz/.",
)
@_report_option
def viz(workspace_dir: Path, output: Path | None, reports: tuple[str, ...]) -> None:
    """Draw the graph: an offline interactive page, a static picture and a timeline.

    \b
    Example:
      eokg viz                      # out/viz/graph.html, graph.svg, timeline.svg, timeline.png
      eokg viz -o mission.html      # just the page
      eokg viz -o timeline.png      # just the timeline
    """
    workspace = Workspace(workspace_dir)
    dataset = workspace.load_dataset()
    if output is None:
        written = write_all(dataset, workspace.viz_dir, reports)
    else:
        suffix = output.suffix.lower()
        network = to_networkx(dataset, reports or None)
        if suffix == ".html":
            write_page(network, output)
        elif suffix in (".svg", ".png") and output.name.lower().startswith("timeline"):
            write_timeline(network, output)
        elif suffix in (".svg", ".png"):
            write_picture(network, output)
        else:
            raise InputError(f"{output}: use .html, .svg or .png")
        written = [output]
    for path in written:
        click.echo(str(path))


@click.command()
@workspace_option
@_report_option
@click.option(
    "--top", type=click.IntRange(1), default=10, show_default=True, help="Rows per table."
)
def stats(workspace_dir: Path, reports: tuple[str, ...], top: int) -> None:
    """Counts by class, the most central actors and who met whom.

    \b
    Example:
      eokg stats -w out --top 5
    """
    dataset = Workspace(workspace_dir).load_dataset()
    network = to_networkx(dataset, reports or None)
    render_stats(compute_stats(dataset, network, top=top), Console())


COMMANDS = (viz, stats)
