"""The Russian texts of the genre's variety (tests/genre dev-09..22, tests/genre-more gm-*,
tests/genre-third gt-*)
reach the F1 the extractor reaches on them, report by report, read back from the built graph as
`eokg evaluate` scores them. The bars sit a little under the figures reached, so that a change
that loses facts on one organiser's form fails here; they rise as the rules do (target 0.9 each).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.corpus.evaluation import gold_scores
from builder.facts.summary import load_summary
from builder.graph.assemble import Assembler
from builder.graph.readback import report_facts
from builder.text import defaults
from builder.text.extract import extract

TESTS = Path(__file__).resolve().parents[1]
GENRE = TESTS / "genre"
GENRE_MORE = TESTS / "genre-more"
GENRE_THIRD = TESTS / "genre-third"

#: F1 each report must reach (reached when last raised, minus a margin).
BARS = {
    "dev-09": 0.97,
    "dev-10": 0.97,
    "dev-11": 0.90,
    "dev-12": 0.97,
    "dev-13": 0.95,
    "dev-14": 0.97,
    "dev-15": 0.81,
    "dev-16": 0.86,
    "dev-17": 0.95,
    "dev-18": 0.95,
    "dev-19": 0.95,
    "dev-20": 0.88,
    "dev-21": 0.92,
    "dev-22": 1.00,
    "gm-01": 0.95,
    "gm-02": 0.75,
    "gm-03": 0.85,
    "gm-04": 0.78,
    "gm-05": 0.88,
    "gm-06": 0.77,
    "gm-07": 1.00,
    "gm-08": 1.00,
    "gm-11": 0.83,
    "gm-12": 0.77,
    "gm-13": 0.93,
    "gm-14": 0.60,
    "gm-15": 0.92,
    "gm-16": 0.80,
    "gm-17": 1.00,
    "gm-18": 1.00,
    "gt-01": 0.97,
    "gt-02": 0.90,
    "gt-03": 0.86,
    "gt-04": 0.97,
    "gt-05": 0.90,
    "gt-06": 0.79,
    "gt-07": 0.92,
    "gt-08": 0.93,
    "gt-09": 0.74,
    "gt-10": 0.92,
    "gt-11": 0.72,
    "gt-12": 1.00,
    "gt-13": 1.00,
    "gt-14": 1.00,
}

#: Texts no bar holds yet, and why (each still has to build without error).
NOT_YET: dict[str, str] = {}


def _key(text: Path) -> str:
    """ "dev-09", "gm-01": the text's number in its set."""
    return "-".join(text.name.split("-")[:2])


def _texts() -> list[Path]:
    return (
        sorted(GENRE.glob("dev-*.ru.txt"))
        + sorted(GENRE_MORE.glob("gm-*.ru.txt"))
        + sorted(GENRE_THIRD.glob("gt-*.ru.txt"))
    )


def test_every_russian_genre_text_has_a_bar():
    assert sorted(_key(p) for p in _texts()) == sorted([*BARS, *NOT_YET])


@pytest.mark.parametrize("text", _texts(), ids=_key)
def test_russian_genre_text_reaches_its_bar(text: Path):
    doc, facts = extract(text.name, text.read_text(encoding="utf-8"))
    built = report_facts(Assembler()(facts, doc))
    gold = load_summary(text.with_name(text.name.removesuffix(".txt") + ".facts.json"))
    f1 = gold_scores(built, gold, defaults.reference(), summary=True).overall.f1
    assert f1 >= BARS.get(_key(text), 0.0), f"{text.name}: F1 {f1:.3f}"
