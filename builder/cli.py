"""The ``eokg`` command line: build, validate, query, export, evaluate, and more.

Every subcommand says what it does with an example in ``--help``. Expected failures print one
line on stderr and exit 2 (bad usage or input) or 1 (the work found a problem); ``--debug``
shows the traceback instead.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from builder.errors import EokgError, InputError, ProblemFound
from builder.namespaces import PREFIXES
from builder.options import workspace_option
from builder.serialise import EXPORT_FORMATS
from builder.workspace import Workspace, atomic_write

err_console = Console(stderr=True, soft_wrap=True)  # one message, one line, when piped
out_console = Console()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.version_option(package_name="eokg")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Knowledge graphs of election-observation reports.

    \b
    Example:
      eokg build data/reports      # extract, curate, assemble, validate -> out/
      eokg query mission           # answer a stored question
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


# -- build ---------------------------------------------------------------------------------
@cli.command()
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
def build(
    paths: tuple[Path, ...],
    workspace_dir: Path,
    no_curation: bool,
    curation_dir: Path | None,
    jobs: int | None,
) -> None:
    """Build, validate and store the graph of the reports in PATHS.

    PATHS are report files or folders (default: data/reports). Writes DIR/graph.trig (one
    named graph per report) and DIR/graph.ttl (their union). Exit 1 if the graph does not
    conform to the shapes.

    \b
    Example:
      eokg build data/reports -w out
    """
    from builder.build import DEFAULT_CURATION, DEFAULT_REPORTS
    from builder.build import build as run_build

    workspace = Workspace(workspace_dir)
    targets = list(paths) or [DEFAULT_REPORTS]
    with Progress(
        TextColumn("[bold]building[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
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
        )
    for result in summary.reports:
        for warning in result.warnings:
            err_console.print(f"[yellow]warning:[/] {warning}")
    curated = sum(1 for r in summary.reports if r.curated)
    err_console.print(
        f"built {len(summary.reports)} report(s) into {workspace.root}/: "
        f"{len(summary.rebuilt)} extracted, {len(summary.reused)} unchanged, "
        f"{len(summary.removed)} removed, {curated} with curation; "
        f"{summary.triples} triples -> {workspace.trig}, {workspace.turtle}"
    )
    bad = [r for r in summary.reports if not r.conforms]
    if bad or not summary.corpus.conforms:
        count = sum(len(r.violations) for r in bad) + len(summary.corpus.violations)
        where = [r.name for r in bad] + ([] if summary.corpus.conforms else ["the corpus"])
        raise ProblemFound(
            f"graph does not conform: {count} SHACL violation(s) in "
            f"{', '.join(where)}; see 'eokg validate -w {workspace.root}'"
        )
    warnings = sum(len(r.violations) for r in summary.reports) + len(summary.corpus.violations)
    note = f" ({warnings} warning(s); see 'eokg validate -w {workspace.root}')" if warnings else ""
    err_console.print(f"validation: the graph conforms to the shapes{note}")


# -- validate ------------------------------------------------------------------------------
@cli.command()
@workspace_option
@click.option("-j", "--jobs", type=click.IntRange(1), default=None, help="Worker processes.")
def validate(workspace_dir: Path, jobs: int | None) -> None:
    """Check the built graph against the SHACL shapes; exit 1 if it does not conform.

    \b
    Example:
      eokg validate -w out
    """
    from builder.store import GraphStore
    from builder.validate import validate_corpus, validate_dataset

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


# -- queries -------------------------------------------------------------------------------
@cli.command("queries")
@click.option("--run", "run_all", is_flag=True, help="Answer every stored query, one table each.")
@workspace_option
def list_stored_queries(run_all: bool, workspace_dir: Path) -> None:
    """List the stored queries with their titles (or, with --run, answer them all).

    \b
    Example:
      eokg queries
      eokg queries --run -w out
    """
    from builder.queries import list_queries, run_stored

    stored = list_queries()
    if not run_all:
        table = Table("name", "title", "columns", "parameters", box=None)
        for q in stored:
            table.add_row(q.name, q.title, ", ".join(q.columns), ", ".join(q.parameters))
        out_console.print(table)
        return
    workspace = Workspace(workspace_dir)
    for q in stored:
        result = run_stored(q, workspace)
        click.echo(f"\n== {q.name}: {q.title} ({len(result.rows)} rows)")
        click.echo(render(result, "table"), nl=False)


def _compact(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    for prefix, ns in PREFIXES.items():
        if text.startswith(str(ns)) and prefix in ("eor", "eoc", "eo", "wd"):
            return f"{prefix}:{text[len(str(ns)) :]}"
    return text


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def render(result, fmt: str) -> str:
    """A query result as csv, tsv, json or a table (for terminals)."""
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([_plain(v) for v in row])
        return buffer.getvalue()
    if fmt == "json":
        rows = [
            {c: (_plain(v) if isinstance(v, date) else v) for c, v in d.items()}
            for d in result.as_dicts()
        ]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    table = Table(*result.columns, show_lines=False)
    for row in result.rows:
        table.add_row(*(_compact(v) for v in row))
    console = Console(file=io.StringIO(), width=max(out_console.width, 160), force_terminal=False)
    console.print(table)
    return console.file.getvalue()


@cli.command()
@click.argument("name")
@workspace_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default=None,
    help="Output format (default: table on a terminal, csv when piped).",
)
@click.option(
    "--param", "params", multiple=True, metavar="KEY=VALUE", help="Bind a parameter (repeatable)."
)
def query(name: str, workspace_dir: Path, fmt: str | None, params: tuple[str, ...]) -> None:
    """Answer the stored query NAME over the built graph.

    Parameter values are bound as RDF terms, never pasted into the query text.

    \b
    Example:
      eokg query coordinator --format csv
      eokg query timeline --param mission=eor:mission/ipa-cis-kz-2017-06-28
    """
    from builder.queries import find_query, parse_params, run_stored

    stored = find_query(name)
    bindings = parse_params(stored, list(params))
    result = run_stored(stored, Workspace(workspace_dir), bindings)
    fmt = fmt or ("table" if sys.stdout.isatty() else "csv")
    click.echo(render(result, fmt), nl=False)


# -- export --------------------------------------------------------------------------------
@cli.command()
@workspace_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*EXPORT_FORMATS, "gexf", "graphml"]),
    required=True,
    help="RDF serialisation, or a network format for Gephi (gexf) and Cytoscape (graphml).",
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
    """
    workspace = Workspace(workspace_dir)
    if fmt in ("gexf", "graphml"):
        from builder.visualise.commands import export_network

        if output is None:
            raise InputError(f"--format {fmt} needs -o FILE")
        export_network(workspace.load_dataset(), fmt, output)
        err_console.print(f"wrote {output}")
        return
    from builder.serialise import export as serialise
    from builder.serialise import read_dataset

    workspace.require_built()
    data = serialise(read_dataset(workspace.trig), fmt)
    if output is None:
        click.get_binary_stream("stdout").write(data)
    else:
        atomic_write(output, data)
        err_console.print(f"wrote {output}")


@cli.command()
@workspace_option
def docs(workspace_dir: Path) -> None:
    """Write the ontology's HTML documentation (pyLODE) into DIR/docs/.

    \b
    Example:
      eokg docs -w out
    """
    from builder.ontology import write_docs

    target = Workspace(workspace_dir).root / "docs"
    written = write_docs(target)
    err_console.print(f"wrote {written}")


def _register_optional_commands() -> None:
    """Commands that live beside their subsystem (pictures, store and servers, evaluation)."""
    import importlib

    for module_name in (
        "builder.visualise.commands",
        "builder.server_commands",
        "builder.evaluate_command",
    ):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        for command in module.COMMANDS:
            cli.add_command(command)


_register_optional_commands()


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning expected failures into one-line errors."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=argv, prog_name="eokg", standalone_mode=False)
    except EokgError as exc:
        if debug:
            raise
        err_console.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        err_console.print("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
