"""``eokg build``, ``validate``, ``export`` and ``docs``: make the graph, check it, write it out."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from builder.base.errors import InputError, ProblemFound
from builder.base.files import atomic_write
from builder.cli.console import err_console, message
from builder.cli.options import workspace_option
from builder.corpus.workspace import Workspace
from builder.graph.serialise import EXPORT_FORMATS


# -- build ---------------------------------------------------------------------------------
@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@workspace_option
@click.option("--no-curation", is_flag=True, help="Ignore curation files: extraction only.")
@click.option(
    "--curation-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of curation files (default: data/curation).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1),
    default=None,
    help="Worker processes (default: all cores).",
)
@click.option(
    "--skip-unreadable",
    is_flag=True,
    help="Warn about folders that cannot be read and keep their reports' graphs "
    "(default: an error).",
)
def build(
    paths: tuple[Path, ...],
    workspace_dir: Path,
    no_curation: bool,
    curation_dir: Path | None,
    jobs: int | None,
    skip_unreadable: bool,
) -> None:
    """Build, validate and store the graph of the reports in PATHS.

    PATHS are report files or folders (default: data/reports). Writes DIR/graph.trig (one
    named graph per report) and DIR/graph.ttl (their union). Exit 1 if the graph does not
    conform to the shapes.

    \b
    Example:
      eokg build data/reports -w out
    """
    from builder.corpus.build import DEFAULT_CURATION, DEFAULT_REPORTS
    from builder.corpus.build import build as run_build

    workspace = Workspace(workspace_dir)
    targets = list(paths) or [DEFAULT_REPORTS]
    with Progress(
        TextColumn("[bold]building[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}", markup=False),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    ) as bar:
        task = bar.add_task("", total=None)
        summary = run_build(
            targets,
            workspace,
            use_curation=not no_curation,
            curation_dir=curation_dir or DEFAULT_CURATION,
            jobs=jobs,
            progress_start=lambda n: bar.update(task, total=n),
            progress=lambda name: bar.update(task, advance=1, description=name),
            stage=lambda what: bar.update(task, description=what),
            skip_unreadable=skip_unreadable,
        )
    for note in summary.notes:
        message(note, "warning", "yellow")
    for result in summary.reports:
        for warning in result.warnings:
            message(warning, "warning", "yellow")
    curated = sum(1 for r in summary.reports if r.curated)
    message(
        f"built {len(summary.reports)} report(s) into {workspace.root}/: "
        f"{len(summary.rebuilt)} extracted, {len(summary.reused)} unchanged, "
        f"{len(summary.removed)} removed, {curated} with curation; "
        f"{summary.triples} triples -> {workspace.trig}, {workspace.turtle}"
    )
    if summary.removed:
        # a build's reports are the whole dataset: building one new file into a workspace
        # drops the reports built there before, which the count alone did not make plain
        shown = ", ".join(summary.removed[:5])
        if len(summary.removed) > 5:
            shown += f" and {len(summary.removed) - 5} more"
        message(
            f"removed from the dataset, not among the reports given: {shown} (build them "
            "together with the others, or into another workspace with -w, to keep them)"
        )
    # a report's results are kept as dicts (state.json), the corpus's as Violation objects
    severities = Counter(v["severity"] for r in summary.reports for v in r.violations)
    severities.update(v.severity for v in summary.corpus.violations)
    bad = [r for r in summary.reports if not r.conforms]
    if bad or not summary.corpus.conforms:
        where = [r.name for r in bad] + ([] if summary.corpus.conforms else ["the corpus"])
        raise ProblemFound(
            f"graph does not conform: {severities['Violation']} SHACL violation(s) in "
            f"{', '.join(where)}; see 'eokg validate -w {workspace.root}'"
        )
    # what 'eokg validate' lists under these names: Warning for what may be wrong (two
    # reports that disagree), Info for what a report leaves unsaid
    counted = [f"{severities['Warning']} warning(s)"] if severities["Warning"] else []
    if severities["Info"]:
        counted.append(f"{severities['Info']} note(s) of what the reports leave unsaid")
    note = f" ({', '.join(counted)}; see 'eokg validate -w {workspace.root}')" if counted else ""
    message(f"validation: the graph conforms to the shapes{note}")


# -- validate ------------------------------------------------------------------------------
@click.command()
@workspace_option
@click.option("-j", "--jobs", type=click.IntRange(1), default=None, help="Worker processes.")
def validate(workspace_dir: Path, jobs: int | None) -> None:
    """Check the built graph against the SHACL shapes; exit 1 if it does not conform.

    \b
    Example:
      eokg validate -w out
    """
    from builder.corpus.corpus_validation import validate_corpus
    from builder.corpus.store import GraphStore
    from builder.graph.validate import validate_dataset

    workspace = Workspace(workspace_dir)
    dataset = workspace.load_dataset()
    outcome = validate_dataset(dataset, jobs=jobs or os.cpu_count() or 1)
    corpus = validate_corpus(GraphStore(workspace))
    outcome.conforms = outcome.conforms and corpus.conforms
    outcome.violations.extend(corpus.violations)
    lines = []
    for v in outcome.violations:
        lines.append(f"{v.severity}: {v.focus}")
        if v.path:
            lines.append(f"  path:    {v.path}")
        if v.value:
            lines.append(f"  value:   {v.value}")
        lines.append(f"  message: {v.message_en}")
        if v.message_ru:
            lines.append(f"  сообщение: {v.message_ru}")
        lines.append(f"  graph:   {v.graph}")
    verdict = (
        "conforms" if outcome.conforms else f"does NOT conform ({len(outcome.violations)} results)"
    )
    text = "\n".join(lines + [f"SHACL: the graph {verdict}"]) + "\n"
    atomic_write(workspace.validation_report, text)
    click.echo(text, nl=False)
    if not outcome.conforms:
        raise ProblemFound(f"graph does not conform; report in {workspace.validation_report}")


# -- export --------------------------------------------------------------------------------
@click.command()
@workspace_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*EXPORT_FORMATS, "gexf", "graphml", "codebook"]),
    required=True,
    help="RDF serialisation, a network format for Gephi (gexf) and Cytoscape (graphml), or "
    "codebook: one CSV row per mission with codebook.md beside it.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: stdout).",
)
def export(workspace_dir: Path, fmt: str, output: Path | None) -> None:
    """Export the built dataset as RDF or as a network.

    \b
    Example:
      eokg export --format turtle -o mission.ttl
      eokg export --format gexf -o mission.gexf
      eokg export --format codebook -o missions.csv
    """
    workspace = Workspace(workspace_dir)
    if fmt == "codebook":
        from builder.corpus.codebook import write_codebook

        if output is None:
            raise InputError("--format codebook needs -o FILE (codebook.md is written beside it)")
        codebook = write_codebook(workspace, output)
        message(f"wrote {output} and {codebook}")
        return
    if fmt in ("gexf", "graphml"):
        from builder.cli.picture_commands import export_network

        if output is None:
            raise InputError(f"--format {fmt} needs -o FILE")
        export_network(workspace.load_dataset(), fmt, output)
        message(f"wrote {output}")
        return
    from builder.graph.serialise import export as export_dataset
    from builder.graph.serialise import read_dataset

    workspace.require_built()
    data = export_dataset(read_dataset(workspace.trig), fmt)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        atomic_write(output, data)
        message(f"wrote {output}")


@click.command()
@workspace_option
def docs(workspace_dir: Path) -> None:
    """Write the ontology's HTML documentation (pyLODE) into DIR/docs/.

    \b
    Example:
      eokg docs -w out
    """
    from builder.graph.ontology import write_docs

    target = Workspace(workspace_dir).root / "docs"
    written = write_docs(target)
    message(f"wrote {written}")


COMMANDS = [build, validate, export, docs]
