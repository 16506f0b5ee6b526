"""``eokg evaluate``: score a built graph against gold files, per report and per fact type."""

from __future__ import annotations

import json
from pathlib import Path

import click

from builder.base.errors import InputError, ProblemFound
from builder.cli.options import workspace_option
from builder.corpus.evaluation import as_json_scores, by_organiser, evaluate_reports, gold_files
from builder.corpus.workspace import Workspace
from builder.facts.scoring import Scores, format_table


@click.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@workspace_option
@click.option("--min-f1", type=click.FloatRange(0, 1), default=None, help="Exit 1 below this F1.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.option("--details", is_flag=True, help="List the missed and extra facts.")
@click.option(
    "--by-organiser",
    "organiser_table",
    is_flag=True,
    help="Add a table by organiser of the gold's main mission.",
)
def evaluate(
    gold: tuple[Path, ...],
    workspace_dir: Path,
    min_f1: float | None,
    as_json: bool,
    details: bool,
    organiser_table: bool,
) -> None:
    """Precision, recall and F1 per fact type of the built graph against GOLD files.

    GOLD are gold files: our curation format (*.gold.yaml, *.yaml) or readers' summaries
    (*.facts.json), as files or folders.

    \b
    Example:
      eokg build tests/corpus --no-curation -w out/eval
      eokg evaluate tests/corpus -w out/eval --min-f1 0.9
    """
    paths: list[Path] = []
    for item in gold:
        if item.is_dir():
            paths.extend(gold_files(item))
        elif item.is_file():
            paths.append(item)
        else:
            raise InputError(f"{item}: no such file or folder")
    if not paths:
        raise InputError("no gold files found in " + ", ".join(str(g) for g in gold))
    evaluated = evaluate_reports(Workspace(workspace_dir), paths)
    results = {name: scores for name, _, scores in evaluated}
    organisers = by_organiser(evaluated) if organiser_table else None
    total = Scores()
    for s in results.values():
        total.add(s)
    if as_json:
        scores = as_json_scores(results)
        if organisers is not None:
            scores["by_organiser"] = as_json_scores(organisers)["reports"]
        click.echo(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        click.echo("By report:\n" + format_table(results))
        if organisers is not None:
            click.echo("\nBy organiser (reports):\n" + format_table(organisers))
        click.echo("\nBy fact type (all reports):\n" + format_table(total))
        if details:
            for name, s in results.items():
                for kind, missed in sorted(s.missed.items()):
                    for fact in missed:
                        click.echo(f"missed  {name} {kind}: {fact}")
                for kind, extra in sorted(s.extra.items()):
                    for fact in extra:
                        click.echo(f"extra   {name} {kind}: {fact}")
    if min_f1 is not None:
        low = {name: s.overall.f1 for name, s in results.items() if s.overall.f1 < min_f1}
        if total.overall.f1 < min_f1 or low:
            listed = ", ".join(f"{n} {f:.3f}" for n, f in sorted(low.items()))
            raise ProblemFound(f"F1 below {min_f1}: overall {total.overall.f1:.3f}; {listed}")


COMMANDS = (evaluate,)
