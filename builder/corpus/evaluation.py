"""``eokg evaluate``: score a built graph against gold annotations.

The facts are read back from each report's named graph (:mod:`builder.graph.readback`), so the
score covers the whole path from text to graph. Organisations are compared by their
reference key, whichever of their names each side uses.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from builder.base.errors import InputError
from builder.corpus.workspace import Workspace
from builder.facts.model import ReportFacts
from builder.facts.scoring import TYPES, Scores, score
from builder.facts.summary import SUFFIX, as_summarised, load_summary, report_name
from builder.graph import iris
from builder.reference.records import Reference
from builder.text import defaults


def canonical_organisers(facts: ReportFacts, reference: Reference | None = None) -> ReportFacts:
    """Replace each mission's organiser by its reference key, so names compare as entities
    (``reference`` defaults to the project's reference data)."""
    reference = reference or defaults.reference()
    for mission in facts.missions:
        entry = reference.find_organisation(mission.organiser)
        if entry is not None:
            mission.organiser = entry.key
    return facts


def evaluate_workspace(workspace: Workspace, gold_paths: list[Path]) -> dict[str, Scores]:
    """Scores per report (by report file name) of the workspace's graph against gold files."""
    return {name: scores for name, _, scores in evaluate_reports(workspace, gold_paths)}


def by_organiser(evaluated: list[tuple[str, str, Scores]]) -> dict[str, Scores]:
    """Scores summed over the reports of each organiser (of the gold's main mission), labelled
    ``organiser (n)``: which organisers' phrasing the extractor reads, and which it does not."""
    groups: dict[str, list[Scores]] = {}
    for _, organiser, scores in evaluated:
        groups.setdefault(organiser, []).append(scores)
    table: dict[str, Scores] = {}
    for organiser, members in sorted(groups.items()):
        total = Scores()
        for scores in members:
            total.add(scores)
        table[f"{organiser} ({len(members)})"] = total
    return table


def evaluate_reports(workspace: Workspace, gold_paths: list[Path]) -> list[tuple[str, str, Scores]]:
    """(report file name, organiser of the gold's main mission or ``none``, scores) per gold
    file, the workspace's graph read back and scored against it."""
    from builder.corpus.build import load_state
    from builder.corpus.curation import described_report, load_gold, report_stem
    from builder.graph.readback import report_facts
    from builder.reading.source import read_source

    reference = defaults.reference()
    dataset = workspace.load_dataset()
    built = load_state(workspace).get("reports", {})
    results: list[tuple[str, str, Scores]] = []
    for path in gold_paths:
        summary = path.name.endswith(SUFFIX)
        if summary:
            gold = load_summary(path)
        else:
            stem = described_report(path)
            text = None
            beside = [p for p in path.parent.glob(stem + ".*") if report_stem(p.name) == stem]
            named = sorted(n for n in built if report_stem(n) == stem)
            if not beside and named:  # a curation file, away from its report
                text = read_source(Path(built[named[0]]["path"])).text
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
        gold = canonical_organisers(gold, reference)
        main = gold.main_mission
        organiser = main.organiser if main is not None and main.organiser else "none"
        scores = gold_scores(report_facts(graph), gold, reference, summary=summary)
        results.append((gold.report, organiser, scores))
    return results


def gold_scores(
    predicted: ReportFacts, gold: ReportFacts, reference: Reference, *, summary: bool
) -> Scores:
    """``predicted`` against ``gold`` as ``eokg evaluate`` scores them: organisations compared
    by reference key, and, against a readers' summary (``summary``), without what the summary
    format has no key for (:func:`~builder.facts.summary.as_summarised`). The development-set
    tests score with it too, so their bars mean what the command prints."""
    if summary:
        predicted = as_summarised(predicted)
    return score(
        canonical_organisers(predicted, reference),
        canonical_organisers(gold, reference),
        reference,
    )


def as_json_scores(results: dict[str, Scores]) -> dict:
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


def gold_files(folder: Path) -> list[Path]:
    """The gold of a folder: ``X.gold.yaml`` where there is one, else the readers' summary
    ``X.facts.json``; a folder of curation files (``*.yaml``) when there is neither."""
    yaml_gold = sorted(folder.glob("*.gold.yaml"))
    have = {p.name.removesuffix(".gold.yaml") for p in yaml_gold}
    summaries = [p for p in sorted(folder.glob("*" + SUFFIX)) if report_name(p)[:-4] not in have]
    return sorted(yaml_gold + summaries) or sorted(folder.glob("*.yaml"))
