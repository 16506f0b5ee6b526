"""The synthetic corpus: deterministic, grammatical in the places that carry facts, and its
answers agree with its texts and assemble into a graph that conforms to the shapes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.synthetic import (
    _regions_phrase,
    generate_corpus,
    generate_report,
    plural,
    write_corpus,
)


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    a = [(r.name, r.text) for r in generate_corpus(5, seed=7)]
    b = [(r.name, r.text) for r in generate_corpus(5, seed=7)]
    c = [(r.name, r.text) for r in generate_corpus(5, seed=8)]
    assert a == b
    assert a != c


def test_names_and_elections_are_unique_across_a_corpus() -> None:
    corpus = generate_corpus(200)
    assert len({r.name for r in corpus}) == 200
    days = {(r.gold["election"]["country_iso"], r.gold["election"]["voting_date"]) for r in corpus}
    assert len(days) == 200


@pytest.mark.parametrize("index", range(1, 41))
def test_gold_answers_are_in_the_text(index: int) -> None:
    report = generate_report(index)
    text = " ".join(report.text.split())  # undo hard wrapping
    gold = report.gold
    mission = gold["mission"]
    assert mission["start"] <= gold["election"]["voting_date"] <= mission["end"]
    assert len(gold["observer_states_iso"]) == mission["state_count"]
    family = gold["coordinator"]["name"].split()[-1]
    assert family[:4] in text
    for official in gold["officials_met"]:
        initials = official["name"][0] + ". " + official["name"].split()[-1]
        assert initials in text
    assert [e["type"] for e in gold["events"]].count("voting-day observation") == 1
    assert gold["events"][0]["type"] == "meeting"
    # each evidence span lies inside the text and is a whole sentence
    for event in report.facts.events:
        span = event.evidence.spans[0]
        assert 0 <= span.start < span.end <= len(report.text)
        assert report.text[span.end - 1] == "."
    # a stated observer count appears in digits or words
    if mission["observer_count"] is not None:
        n = mission["observer_count"]
        assert re.search(rf"\b{n}\b", text) or "group" in text or any(
            w in text
            for w in ("пять", "шесть", "семь", "восемь", "девять", "десять", "надцать", "двадцать",
                      "тридцать", "сорок")
        )  # fmt: skip


def test_write_corpus_writes_texts_and_gold(tmp_path: Path) -> None:
    paths = write_corpus(3, tmp_path, seed=1)
    assert [p.name for p in paths] == sorted(p.name for p in paths)
    for path in paths:
        gold = json.loads(path.with_name(path.name.replace(".txt", ".facts.json")).read_text())
        assert gold["is_observation_report"] is True
        assert path.read_text(encoding="utf-8").endswith("\n")


def test_numbers_agree_with_nouns() -> None:
    forms = ("наблюдатель", "наблюдателя", "наблюдателей")
    assert [plural(n, *forms) for n in (1, 2, 5, 11, 12, 21, 22, 25, 111)] == [
        "наблюдатель",
        "наблюдателя",
        "наблюдателей",
        "наблюдателей",
        "наблюдателей",
        "наблюдатель",
        "наблюдателя",
        "наблюдателей",
        "наблюдателей",
    ]


def test_regions_coordinate_adjectives_after_cities() -> None:
    regions = [
        ["Акмолинская область", "Акмолинской", "oblast"],
        ["Астана", "Астане", "city"],
        ["Карагандинская область", "Карагандинской", "oblast"],
    ]
    assert _regions_phrase(regions) == "в Астане, а также в Акмолинской и Карагандинской областях"
    assert _regions_phrase(regions[:2]) == "в Астане и Акмолинской области"


def test_synthetic_facts_assemble_into_a_conforming_graph() -> None:
    from builder.graph.assemble import Assembler
    from builder.graph.validate import Validator

    assembler, validator = Assembler(), Validator()
    for report in generate_corpus(3, seed=3):
        graph = assembler(report.facts, report.doc())
        outcome = validator(graph, report.name)
        assert outcome.conforms, [v.message_en for v in outcome.violations][:5]
        assert len(graph) > 100
