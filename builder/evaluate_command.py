"""``eokg evaluate``: score a built graph against gold annotations.

The facts are read back from each report's named graph (:mod:`builder.readback`), so the
score covers the whole path from text to graph. Organisations are compared by their
reference key, whichever of their names each side uses.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
from rdflib import Graph

from builder import iris
from builder.errors import InputError, ProblemFound
from builder.evaluate import TYPES, Scores, format_table, score
from builder.facts import ReportFacts
from builder.options import workspace_option
from builder.workspace import Workspace


def _canonical_organisers(facts: ReportFacts) -> ReportFacts:
    """Replace each mission's organiser by its reference key, so names compare as entities."""
    from builder.reference import load_reference

    reference = load_reference()
    for mission in facts.missions:
        entry = reference.find_organisation(mission.organiser)
        if entry is not None:
            mission.organiser = entry.key
    return facts


def evaluate_workspace(workspace: Workspace, gold_paths: list[Path]) -> dict[str, Scores]:
    """Scores per report (by report file name) of the workspace's graph against gold files."""
    from builder.build import load_state
    from builder.curation import load_gold
    from builder.inputs import read_report
    from builder.readback import report_facts

    dataset = workspace.load_dataset()
    built = load_state(workspace).get("reports", {})
    results: dict[str, Scores] = {}
    for path in gold_paths:
        name = path.name.removesuffix(".yaml").removesuffix(".gold") + ".txt"
        beside = path.parent / name
        text = None
        if not beside.is_file() and name in built:  # a curation file: the report was built
            text = read_report(Path(built[name]["path"]))
        gold = load_gold(path, text)
        graph_iri = iris.report_graph(gold.report)
        graph = Graph()
        for triple in dataset.graph(graph_iri):
            graph.add(triple)
        if len(graph) == 0:
            raise InputError(
                f"{path}: its report {gold.report} is not in workspace {workspace.root}/; "
                f"build it first"
            )
        predicted = report_facts(graph)
        results[gold.report] = score(_canonical_organisers(predicted), _canonical_organisers(gold))
    return results


def _as_json(results: dict[str, Scores]) -> dict:
    def counts(c) -> dict:
        return {
            "precision": round(c.precision, 4),
            "recall": round(c.recall, 4),
            "f1": round(c.f1, 4),
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
        }

    total = Scores()
    for s in results.values():
        total.add(s)
    return {
        "reports": {name: counts(s.overall) for name, s in results.items()},
        "by_type": {t: counts(total.by_type[t]) for t in TYPES if t in total.by_type},
        "overall": counts(total.overall),
    }


@click.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@workspace_option
@click.option("--min-f1", type=click.FloatRange(0, 1), default=None, help="Exit 1 below this F1.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.option("--details", is_flag=True, help="List the missed and extra facts.")
def evaluate(
    gold: tuple[Path, ...], workspace_dir: Path, min_f1: float | None, as_json: bool, details: bool
) -> None:
    """Precision, recall and F1 per fact type of the built graph against GOLD files.

    GOLD are gold files in the curation format (files or folders of *.gold.yaml / *.yaml).

    \b
    Example:
      eokg build tests/corpus --no-curation -w out/eval
      eokg evaluate tests/corpus -w out/eval --min-f1 0.9
    """
    paths: list[Path] = []
    for item in gold:
        if item.is_dir():
            paths.extend(sorted(item.glob("*.gold.yaml")) or sorted(item.glob("*.yaml")))
        elif item.is_file():
            paths.append(item)
        else:
            raise InputError(f"{item}: no such file or folder")
    if not paths:
        raise InputError("no gold files found in " + ", ".join(str(g) for g in gold))
    results = evaluate_workspace(Workspace(workspace_dir), paths)
    total = Scores()
    for s in results.values():
        total.add(s)
    if as_json:
        click.echo(json.dumps(_as_json(results), ensure_ascii=False, indent=2))
    else:
        click.echo("By report:\n" + format_table(results))
        click.echo("\nBy fact type (all reports):\n" + format_table(total))
        if details:
            for name, s in results.items():
                for kind, items in sorted(s.missed.items()):
                    for item in items:
                        click.echo(f"missed  {name} {kind}: {item}")
                for kind, items in sorted(s.extra.items()):
                    for item in items:
                        click.echo(f"extra   {name} {kind}: {item}")
    if min_f1 is not None:
        low = {name: s.overall.f1 for name, s in results.items() if s.overall.f1 < min_f1}
        if total.overall.f1 < min_f1 or low:
            listed = ", ".join(f"{n} {f:.3f}" for n, f in sorted(low.items()))
            raise ProblemFound(f"F1 below {min_f1}: overall {total.overall.f1:.3f}; {listed}")


COMMANDS = (evaluate,)
