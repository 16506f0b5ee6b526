"""How well the coding layer codes: verdict accuracy and recommendation recall against gold.

Gold is what people wrote down: ``verdicts`` and ``recommendations`` of our gold files
(``tests/corpus/*.gold.yaml``) and ``verdict``/``recommendations`` of the readers' summaries
(``tests/genre/*.facts.json``). A report's verdict is its main mission's (``none`` where the
gold gives none, as for a text that reports no observation). A gold recommendation is recalled
when a coded one of the main mission overlaps its span in the text; a coded one that overlaps
no gold recommendation counts against precision.

``alone=True`` measures the coder by itself: a text the gold calls a report is coded as one
whatever the extractor found (a language whose extractor is not there yet still gets its
verdict read); ``alone=False`` is the pipeline as ``eokg build`` runs it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from builder.coding import Coder, code_report
from builder.coding.code import NO_MISSION
from builder.corpus.curation import load_gold
from builder.corpus.evaluation import gold_files
from builder.facts.model import ReportFacts, Span
from builder.facts.summary import SUFFIX, load_summary, report_name
from builder.reading.decode import read_report
from builder.text.extract import extract


@dataclass
class CodingCounts:
    """Verdicts right of all, and recommendations recalled/missed/extra."""

    verdicts: int = 0
    verdicts_right: int = 0
    gold_recommendations: int = 0
    recalled: int = 0
    coded_recommendations: int = 0
    coded_matching: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def verdict_accuracy(self) -> float:
        return self.verdicts_right / self.verdicts if self.verdicts else 1.0

    @property
    def recommendation_recall(self) -> float:
        return self.recalled / self.gold_recommendations if self.gold_recommendations else 1.0

    @property
    def recommendation_precision(self) -> float:
        if not self.coded_recommendations:
            return 1.0
        return self.coded_matching / self.coded_recommendations

    def add(self, other: CodingCounts) -> None:
        for name in (
            "verdicts",
            "verdicts_right",
            "gold_recommendations",
            "recalled",
            "coded_recommendations",
            "coded_matching",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong.extend(other.wrong)


def _main_key(facts: ReportFacts) -> str:
    main = facts.main_mission
    return main.key if main else NO_MISSION


def main_verdict(facts: ReportFacts) -> str:
    """The main mission's verdict value, ``none`` when there is none."""
    key = _main_key(facts)
    return next((v.value for v in facts.verdicts if v.mission == key), "none")


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _spans(items) -> list[Span]:
    return [s for item in items if item.evidence for s in item.evidence.spans]


def score_report(coded: ReportFacts, gold: ReportFacts) -> CodingCounts:
    """The coding counts of one report."""
    counts = CodingCounts(verdicts=1)
    want, got = main_verdict(gold), main_verdict(coded)
    if want == got:
        counts.verdicts_right = 1
    else:
        counts.wrong.append(f"{gold.report}: verdict {got}, gold {want}")
    key = _main_key(coded)
    mine = _spans(r for r in coded.recommendations if r.mission in (key, None))
    theirs = _spans(gold.recommendations)
    counts.gold_recommendations = len(theirs)
    counts.recalled = sum(any(_overlaps(g, m) for m in mine) for g in theirs)
    counts.coded_recommendations = len(mine)
    counts.coded_matching = sum(any(_overlaps(g, m) for g in theirs) for m in mine)
    for g in theirs:
        if not any(_overlaps(g, m) for m in mine):
            counts.wrong.append(f"{gold.report}: recommendation missed at {g.start}")
    return counts


def evaluate_coding(folders: list[Path], alone: bool = False) -> dict[str, CodingCounts]:
    """Coding counts by language tag (and ``all``) over the gold of ``folders``."""
    out: dict[str, CodingCounts] = defaultdict(CodingCounts)
    coder = Coder()
    for folder in folders:
        for path in gold_files(folder):
            if path.name.endswith(SUFFIX):
                gold, name = load_summary(path), report_name(path)
            else:
                gold = load_gold(path)
                name = gold.report
            text = read_report(path.with_name(name))
            doc, facts = extract(name, text)
            as_report = alone and gold.is_observation_report
            coded = code_report(doc, facts, as_report=as_report, coder=coder)
            counts = score_report(coded, gold)
            out[coded.language].add(counts)
            out["all"].add(counts)
    return dict(out)


def format_coding(results: dict[str, CodingCounts]) -> str:
    """A table: reports, verdict accuracy, recommendation recall and precision by language."""
    lines = [f"{'language':<10}{'reports':>8}{'verdict acc':>13}{'rec recall':>12}{'rec prec':>10}"]
    for tag in sorted(results, key=lambda t: (t == "all", t)):
        c = results[tag]
        lines.append(
            f"{tag:<10}{c.verdicts:>8}{c.verdict_accuracy:>13.3f}"
            f"{c.recommendation_recall:>12.3f}{c.recommendation_precision:>10.3f}"
        )
    return "\n".join(lines)
