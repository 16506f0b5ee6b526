"""Readers' summaries: the ``.facts.json`` format in which people write down what a report says.

The shared development set and the blind sets give, beside each report ``X.txt``, a summary
``X.facts.json`` (keys ``election``, ``mission``, ``coordinator``, ``officials_met``,
``events``, ``regions``, ``assessments``, ``other_missions``, ``verdict`` ...; dates as
``YYYY-MM-DD`` or ``--MM-DD``). :func:`load_summary` reads one as :class:`ReportFacts`, so the
same scoring serves summaries and our own gold files. A summary names the main mission's
facts only; other missions by name.
"""

from __future__ import annotations

import json
from pathlib import Path

from builder.base.errors import InputError
from builder.facts.model import (
    CURATED,
    Assessment,
    Day,
    Election,
    Event,
    Evidence,
    Mission,
    PersonMention,
    Recommendation,
    ReportFacts,
    Span,
    Verdict,
    parse_day,
)
from builder.reading.decode import read_report

SUFFIX = ".facts.json"

#: Event types as summaries write them, to our event-kind keys.
EVENT_KINDS = {
    "meeting": "meeting",
    "voting-day observation": "voting-day-observation",
    "press conference": "press-conference",
    "final meeting": "final-meeting",
    "briefing": "briefing",
}


def report_name(path: Path) -> str:
    """The report file a summary describes: ``X.facts.json`` -> ``X.txt``."""
    return path.name.removesuffix(SUFFIX) + ".txt"


def as_summarised(facts: ReportFacts) -> ReportFacts:
    """``facts`` with what a summary has no key for taken out, so that scoring against a
    summary neither rewards nor punishes it: a lower bound of a mission's size ("более 40
    наблюдателей" -> at least 40). A summary writes such a size as ``observer_count: null``,
    which says nothing of the bound, so a bound the extractor reads rightly would otherwise
    count as a false positive. Changes ``facts`` in place and returns it."""
    for mission in facts.missions:
        mission.observer_count_min = None
    return facts


def _day(value: str | None, where: str) -> Day | None:
    if not value:
        return None
    try:
        return parse_day(value)
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from None


def load_summary(path: Path) -> ReportFacts:
    """The summary at ``path`` as facts of its report (see the module docstring)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable facts summary ({exc})") from None
    try:
        return _facts(path, data)
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: summary lacks or misshapes {exc}") from None


def _facts(path: Path, data: dict) -> ReportFacts:
    facts = ReportFacts(
        report=report_name(path),
        is_observation_report=bool(data["is_observation_report"]),
        language=data.get("language") or "ru",
    )
    if not facts.is_observation_report:
        return facts
    where = str(path)
    e = data.get("election") or {}
    if any(e.get(k) for k in ("country_iso", "kind", "voting_date", "body")):
        facts.election = Election(
            e.get("country_iso"),
            e.get("kind"),
            _day(e.get("voting_date"), where),
            e.get("body"),
        )
    m, c = data.get("mission") or {}, data.get("coordinator") or {}
    head = PersonMention(c["name"], c.get("post")) if c.get("name") else None
    if m.get("organiser"):
        facts.missions.append(
            Mission(
                key="main",
                organiser=m["organiser"],
                is_main=True,
                start=_day(m.get("start"), where),
                end=_day(m.get("end"), where),
                observer_count=m.get("observer_count"),
                state_count=m.get("state_count"),
                sending_states=list(data.get("observer_states_iso") or []),
                coordinator=head,
            )
        )
    for i, name in enumerate(data.get("other_missions") or []):
        facts.missions.append(Mission(key=f"other-{i}", organiser=name))
    posts = {o["name"]: o.get("post") for o in data.get("officials_met") or []}
    for ev in data.get("events") or []:
        kind = EVENT_KINDS.get(ev["type"])
        if kind is None:
            raise InputError(f"{where}: unknown event type {ev['type']!r}")
        event = Event("main", kind, _day(ev.get("date"), where), place=ev.get("place"))
        if ev.get("with"):
            event.met = [PersonMention(ev["with"], posts.get(ev["with"]))]
        if kind == "voting-day-observation":
            event.regions = list(data.get("regions") or [])
        facts.events.append(event)
    facts.assessments = [
        Assessment("main", a.get("by"), a["polarity"], "general", a.get("gist") or "")
        for a in data.get("assessments") or []
    ]
    _codes(path, data, facts)
    return facts


def _codes(path: Path, data: dict, facts: ReportFacts) -> None:
    """The main mission's ``verdict`` (with ``verdict_quote``) and ``recommendations``, with
    the spans of their quotes in the report when it lies beside the summary (the quotes are
    exact substrings of the text as published)."""
    report = path.with_name(report_name(path))
    text = read_report(report) if report.is_file() else None

    def evidence(quote: str | None) -> Evidence | None:
        at = text.find(quote) if text is not None and quote else -1
        return (
            Evidence((Span(at, at + len(quote)),), method=CURATED, rule="summary")
            if at >= 0 and quote
            else None
        )

    if "verdict" in data and facts.missions:
        quote = data.get("verdict_quote")
        facts.verdicts = [Verdict("main", data["verdict"], quote, evidence=evidence(quote))]
    facts.recommendations = [
        Recommendation("main", r, evidence=evidence(r)) for r in data.get("recommendations") or []
    ]
