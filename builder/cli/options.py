"""Command-line options shared by every ``eokg`` subcommand module."""

from __future__ import annotations

from pathlib import Path

import click

from builder.corpus.workspace import DEFAULT_WORKSPACE

workspace_option = click.option(
    "-w",
    "--workspace",
    "workspace_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_WORKSPACE,
    show_default=True,
    help="Workspace folder holding the build.",
)
"""``-w/--workspace DIR``: passes ``workspace_dir`` (default ``out/``)."""
