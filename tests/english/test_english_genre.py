"""The English texts of tests/genre reach the F1 measured when their rules were written (each
bar a little under it), built and read back from the graph like `eokg evaluate`."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.corpus.evaluation import canonical_organisers
from builder.facts.scoring import score
from builder.facts.summary import load_summary
from builder.text.extract import extract

GENRE = Path(__file__).parents[1] / "genre"

# F1 per report when measured (README, "English reports"), less a margin
FLOORS = {
    "dev-23": 0.97,
    "dev-24": 0.90,
    "dev-25": 0.97,
    "dev-26": 0.95,
    "dev-27": 0.97,
    "dev-28": 0.97,
    "dev-29": 0.95,
    "dev-30": 0.97,
    "dev-31": 1.00,
    "dev-32": 0.97,
}


@pytest.mark.parametrize("prefix", sorted(FLOORS))
def test_english_genre_f1(prefix):
    text = next(GENRE.glob(f"{prefix}-*.en.txt"))
    gold = load_summary(text.with_name(text.name.removesuffix(".txt") + ".facts.json"))
    _, facts = extract(text.name, text.read_text(encoding="utf-8"))
    f1 = score(canonical_organisers(facts), canonical_organisers(gold)).overall.f1
    assert f1 >= FLOORS[prefix], f"{text.name}: F1 {f1:.3f}"
