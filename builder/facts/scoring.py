"""Precision, recall and F1 of extracted facts against gold facts, per fact type.

Both sides are :class:`~builder.facts.model.ReportFacts`, so the same scoring serves the extractor's
output, facts read back from a built graph, or anything else. Facts become comparable tuples
(:func:`fact_tuples`); most types compare as sets, posts compare tolerantly (case, spacing and
punctuation ignored) and assessments are matched greedily on (speaker, polarity) and then on
the overlap of their statements' word stems, since a gold gist paraphrases the text.

Missions other than the main one are compared by organiser only: the gold convention lists
them by name, so their own size, dates and head (which the extractor does find) are not scored.
Places compare by reference identity when the reference data knows them: the caller hands
the reference data in (an evaluation reads it once); a one-off call without it reads the
project's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from builder.facts.model import Day, ReportFacts
from builder.reference.records import IRI_LANGUAGE, Reference

TYPES = (
    "mission",
    "states",
    "counts",
    "people",
    "posts",
    "events",
    "dates",
    "places",
    "assessments",
)
_WORD = re.compile(r"[a-zа-яё0-9]+", re.IGNORECASE)
MIN_OVERLAP = 0.15


def _norm(text: str | None) -> str:
    if not text:
        return ""
    return " ".join(_WORD.findall(text.lower().replace("ё", "е")))


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _norm(text).split() if len(w) > 2}


def _day(d: Day | None) -> str | None:
    return d.isoformat() if d else None


def _place(name: str, country: str | None, reference: Reference) -> str:
    """A place by its reference name when the reference data knows it ("Эчмиадзин" and
    "Вагаршапат" are one town), else by its normalised name."""
    place = reference.find_place(name, country)
    return _norm(place.name[IRI_LANGUAGE] if place is not None else name)


def fact_tuples(facts: ReportFacts, reference: Reference) -> dict[str, set[tuple]]:
    """The facts of a report as comparable tuples, by type (assessments included as tuples of
    speaker, polarity and statement; :func:`score` matches those greedily); places are named
    as ``reference`` names them."""
    out: dict[str, set[tuple]] = {t: set() for t in TYPES}
    if not facts.is_observation_report:
        return out
    country = facts.election.country_iso if facts.election else None
    for m in facts.missions:
        org = _norm(m.organiser)
        out["mission"].add(("organiser", org, m.is_main))
        if not m.is_main:
            continue  # the gold convention lists other missions by organiser and name only
        if m.start:
            out["mission"].add(("start", org, _day(m.start)))
            out["dates"].add(("mission-start", org, _day(m.start)))
        if m.end:
            out["mission"].add(("end", org, _day(m.end)))
            out["dates"].add(("mission-end", org, _day(m.end)))
        for iso in m.sending_states:
            out["states"].add((org, iso))
        for name in ("observer_count", "observer_count_min", "state_count"):
            value = getattr(m, name)
            if value is not None:
                out["counts"].add((name, org, value))
        if m.coordinator is not None:
            out["people"].add((_norm(m.coordinator.name),))
            if m.coordinator.post:
                out["posts"].add((_norm(m.coordinator.name), _norm(m.coordinator.post)))
    if facts.election is not None and facts.election.voting_date is not None:
        out["dates"].add(("voting", _day(facts.election.voting_date)))
    for e in facts.events:
        if e.mission != (facts.main_mission.key if facts.main_mission else None):
            continue
        out["events"].add((e.kind, _day(e.date)))
        for p in e.met:
            out["events"].add((e.kind, _day(e.date), _norm(p.name)))
            out["people"].add((_norm(p.name),))
            if p.post:
                out["posts"].add((_norm(p.name), _norm(p.post)))
        if e.date:
            out["dates"].add(("event", e.kind, _day(e.date)))
        for r in e.regions:
            out["places"].add(("region", _place(r, country, reference)))
        if e.place:
            out["places"].add(("venue", e.kind, _place(e.place, country, reference)))
    for a in facts.assessments:
        if a.by:
            out["people"].add((_norm(a.by),))
        out["assessments"].add((_norm(a.by), a.polarity, a.statement))
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Scores:
    """Per-type counts and their micro-average; ``missed``/``extra`` list the differences."""

    by_type: dict[str, Counts] = field(default_factory=dict)
    missed: dict[str, list[tuple]] = field(default_factory=dict)
    extra: dict[str, list[tuple]] = field(default_factory=dict)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.by_type.values():
            total.add(c)
        return total

    def add(self, other: Scores) -> None:
        for t, c in other.by_type.items():
            self.by_type.setdefault(t, Counts()).add(c)
        for src, dst in ((other.missed, self.missed), (other.extra, self.extra)):
            for t, items in src.items():
                dst.setdefault(t, []).extend(items)


def _posts_match(a: str, b: str) -> bool:
    if a == b:
        return True
    sa, sb = set(a.split()), set(b.split())
    return bool(sa and sb) and len(sa & sb) / len(sa | sb) >= 0.8


def _match_posts(pred: set[tuple], gold: set[tuple]) -> tuple[Counts, list, list]:
    unmatched = sorted(pred)
    missed = []
    tp = 0
    for g in sorted(gold):
        hit = next((p for p in unmatched if p[0] == g[0] and _posts_match(p[1], g[1])), None)
        if hit is None:
            missed.append(g)
        else:
            unmatched.remove(hit)
            tp += 1
    return Counts(tp, len(unmatched), len(missed)), missed, unmatched


def _overlap(a: str, b: str) -> float:
    sa, sb = _stems(a), _stems(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _match_assessments(pred: set[tuple], gold: set[tuple]) -> tuple[Counts, list, list]:
    unmatched = sorted(pred)
    missed = []
    tp = 0
    for g in sorted(gold):
        cands = [(p, _overlap(p[2], g[2])) for p in unmatched if p[0] == g[0] and p[1] == g[1]]
        cands = [c for c in cands if c[1] >= MIN_OVERLAP]
        if not cands:
            missed.append(g)
            continue
        best = max(cands, key=lambda c: c[1])[0]
        unmatched.remove(best)
        tp += 1
    return Counts(tp, len(unmatched), len(missed)), missed, unmatched


def score(pred: ReportFacts, gold: ReportFacts, reference: Reference) -> Scores:
    """Compare one report's predicted facts with its gold facts (places identified by
    ``reference``)."""
    p, g = fact_tuples(pred, reference), fact_tuples(gold, reference)
    out = Scores()
    for t in TYPES:
        if t == "posts":
            counts, missed, extra = _match_posts(p[t], g[t])
        elif t == "assessments":
            counts, missed, extra = _match_assessments(p[t], g[t])
        else:
            counts = Counts(len(p[t] & g[t]), len(p[t] - g[t]), len(g[t] - p[t]))
            missed, extra = sorted(g[t] - p[t], key=str), sorted(p[t] - g[t], key=str)
        out.by_type[t] = counts
        if missed:
            out.missed[t] = missed
        if extra:
            out.extra[t] = extra
    if pred.is_observation_report != gold.is_observation_report:
        out.by_type["mission"].fn += 1 if gold.is_observation_report else 0
        out.by_type["mission"].fp += 1 if pred.is_observation_report else 0
    return out


def format_table(scores: Scores | dict[str, Scores]) -> str:
    """A plain-text table: one row per fact type (or per report), with P, R, F1 and counts."""
    rows: list[tuple[str, Counts]] = []
    if isinstance(scores, Scores):
        rows = [(t, scores.by_type[t]) for t in TYPES if t in scores.by_type]
        rows.append(("overall", scores.overall))
    else:
        total = Scores()
        for name, s in scores.items():
            rows.append((name, s.overall))
            total.add(s)
        rows.append(("overall", total.overall))
    width = max(len(r[0]) for r in rows)
    lines = [f"{'':{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'tp':>4}  {'fp':>4}  {'fn':>4}"]
    for name, c in rows:
        lines.append(
            f"{name:{width}}  {c.precision:5.3f}  {c.recall:5.3f}  {c.f1:5.3f}"
            f"  {c.tp:4d}  {c.fp:4d}  {c.fn:4d}"
        )
    return "\n".join(lines)
