"""The gold files of tests/corpus: they load, their quotes say what the text says, they agree
with the readers' JSON summaries, and the seed's gold is the seed's curation.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from builder.corpus.curation import find_quote, load_curation, load_gold
from builder.facts.model import ReportFacts

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT / "tests" / "corpus"
CURATION_DIR = PROJECT / "data" / "curation"
SEED = "2017-06-kz-senate-ipa-cis.ru.txt"
GOLD = sorted(CORPUS.glob("*.gold.yaml"))
CURATED = sorted(CURATION_DIR.glob("*.yaml"))
EVENT_KINDS = {
    "meeting": "meeting",
    "voting-day observation": "voting-day-observation",
    "press conference": "press-conference",
    "final meeting": "final-meeting",
    "briefing": "briefing",
}
_DASH = re.compile(r"[\-\u2010-\u2015\u2212]")


def _report_of(yaml_path: Path) -> Path:
    name = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))["report"]
    folder = CORPUS if yaml_path.parent == CORPUS else PROJECT / "data" / "reports"
    return folder / name


def _squash(text: str) -> str:
    """Text as it reads: line-end hyphenation and soft hyphens undone, white space removed
    (stray spaces inside words included), dashes, quotation marks and ё unified."""
    text = re.sub(r"[\-\u00ad][ \t\u00a0]*\n\s*", "", text).replace("\u00ad", "")
    text = _DASH.sub("-", text)
    text = re.sub(r"[\"'«»“”„]", '"', text)
    return re.sub(r"\s+", "", text).replace("ё", "е").replace("Ё", "Е")


def _quotes(node: Any) -> list[tuple[str, int | None]]:
    """Every evidence quote of a parsed curation file, with its occurrence."""
    found: list[tuple[str, int | None]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "evidence" and value:
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, dict):
                        found.append((item["quote"], item.get("occurrence")))
                    else:
                        found.append((item, None))
            else:
                found.extend(_quotes(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_quotes(item))
    return found


def test_the_corpus_has_the_seed_and_eight_dev_reports_each_with_gold() -> None:
    reports = sorted(p.name for p in CORPUS.glob("*.ru.txt"))
    assert len(reports) == 9 and SEED in reports
    for report in reports:
        assert (CORPUS / report.replace(".txt", ".gold.yaml")).is_file(), report


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_gold_file_loads(path: Path) -> None:
    facts = load_gold(path)
    assert facts.report == path.name.replace(".gold.yaml", ".txt")
    if facts.is_observation_report:
        assert facts.main_mission is not None and facts.election is not None
        assert facts.events and facts.assessments
    else:
        assert (facts.election, facts.missions, facts.events, facts.assessments) == (
            None,
            [],
            [],
            [],
        )


@pytest.mark.parametrize("path", GOLD + CURATED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_evidence_span_reads_as_its_quote(path: Path) -> None:
    text = _report_of(path).read_text(encoding="utf-8")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    quotes = _quotes(data)
    if data.get("is_observation_report", True):
        assert quotes
    spans = set()
    for quote, occurrence in quotes:
        span = find_quote(text, quote, occurrence)
        assert span is not None, quote
        original = text[span.start : span.end]
        assert _squash(original) == _squash(quote), (quote, original)
        assert original == original.strip()
        spans.add(span)
    facts = load_gold(path, text)
    used = {s for holder in _evidence_holders(facts) for s in holder.evidence.spans}
    assert used <= spans


def _evidence_holders(facts: ReportFacts) -> list[Any]:
    holders: list[Any] = [facts.election] if facts.election else []
    holders += [*facts.missions, *facts.events, *facts.assessments]
    holders += [m.coordinator for m in facts.missions if m.coordinator]
    holders += [p for e in facts.events for p in e.met if p.evidence]
    return [h for h in holders if h.evidence is not None]


def _without_rule(facts: ReportFacts) -> dict[str, Any]:
    """The facts as plain data, minus the evidence rule (it names the file it came from)."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k != "rule"}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return strip(dataclasses.asdict(facts))


def test_seed_gold_has_the_same_facts_as_the_seed_curation() -> None:
    text = (CORPUS / SEED).read_text(encoding="utf-8")
    assert text == (PROJECT / "data" / "reports" / SEED).read_text(encoding="utf-8")
    gold = load_gold(CORPUS / SEED.replace(".txt", ".gold.yaml"))
    curated = load_curation(CURATION_DIR / SEED.replace(".txt", ".yaml"), text)
    assert _without_rule(gold) == _without_rule(curated)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


DEV = sorted(CORPUS.glob("dev-*.ru.facts.json"))


@pytest.mark.parametrize("summary", DEV, ids=lambda p: p.name.split(".")[0])
def test_gold_agrees_with_the_readers_json_summary(summary: Path) -> None:
    """Same facts as the .facts.json, in our format (tests/corpus/README.md lists choices)."""
    js = json.loads(summary.read_text(encoding="utf-8"))
    gold = load_gold(CORPUS / summary.name.replace(".facts.json", ".gold.yaml"))
    assert gold.is_observation_report == js["is_observation_report"]
    if not js["is_observation_report"]:
        return
    e = js["election"]
    assert (gold.election.country_iso, gold.election.kind, gold.election.body) == (
        e["country_iso"],
        e["kind"],
        e["body"],
    )
    assert gold.election.voting_date == _day(e["voting_date"])
    main, m = gold.main_mission, js["mission"]
    assert (main.organiser, main.start, main.end) == (
        m["organiser"],
        _day(m["start"]),
        _day(m["end"]),
    )
    assert (main.observer_count, main.state_count) == (m["observer_count"], m["state_count"])
    assert sorted(main.sending_states) == sorted(js["observer_states_iso"])
    assert (main.coordinator.name, main.coordinator.post) == (
        js["coordinator"]["name"],
        js["coordinator"]["post"],
    )
    main_events = [ev for ev in gold.events if ev.mission == main.key]
    met = {(p.name, p.post, ev.date) for ev in main_events for p in ev.met}
    assert met == {(o["name"], o["post"], _day(o["date"])) for o in js["officials_met"]}
    assert [(ev.date, ev.kind, ev.place) for ev in main_events] == [
        (_day(x["date"]), EVENT_KINDS[x["type"]], x["place"]) for x in js["events"]
    ]
    regions = [r for ev in main_events for r in ev.regions]
    assert sorted(regions) == sorted(js["regions"])
    assert Counter((a.by, a.polarity) for a in gold.assessments) == Counter(
        (a["by"], a["polarity"]) for a in js["assessments"]
    )
    others = {mission.name for mission in gold.missions if not mission.is_main}
    assert others == set(js["other_missions"])
