"""Recognisers: from a segmented document to the facts it states (one module per fact family).

:class:`Recogniser` runs them in order over one
:class:`~builder.text.languages.ru.recognise.context.Context`:
missions (and which sentence speaks of which mission), the election, the missions' own facts,
events, assessments, and finally every person named. Later families read what earlier ones
found (events need the missions' heads, assessments need the events).
"""

from __future__ import annotations

from dataclasses import replace

from builder.facts.model import PersonMention, ReportFacts
from builder.reference.records import Reference
from builder.text.document import Doc
from builder.text.languages.ru.recognise.assessments import recognise_assessments
from builder.text.languages.ru.recognise.context import build_context
from builder.text.languages.ru.recognise.events import recognise_events
from builder.text.languages.ru.recognise.lexicon import Lexicon
from builder.text.languages.ru.recognise.mission import (
    mission_facts,
    recognise_election,
    recognise_missions,
)
from builder.text.languages.ru.recognise.observation import is_observation_report
from builder.text.languages.ru.recognise.people import (
    complete_post,
    phrase_to_nominative,
    post_range,
)


class Recogniser:
    """Finds the facts of one normalised document, with the reference data and the lexicon
    (cue lists, analyser, date grammar) the language bundle gives it."""

    def __init__(self, reference: Reference, lexicon: Lexicon) -> None:
        self.reference = reference
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> ReportFacts:
        ctx = build_context(doc, self.reference, self.lexicon)
        facts = ReportFacts(report=doc.name)
        facts.is_observation_report = is_observation_report(ctx)
        if facts.is_observation_report:
            recognise_missions(ctx)
        if not facts.is_observation_report or not ctx.missions:
            facts.is_observation_report = False
            return facts
        facts.election = recognise_election(ctx)
        if facts.election is None:
            # observers are named but no election at all (no country, kind or day): a text
            # about observation (a conference, a seminar), not a report of one
            facts.is_observation_report = False
            return facts
        facts.missions = mission_facts(ctx)
        heads = {m.coordinator.name: m.key for m in facts.missions if m.coordinator is not None}
        events = recognise_events(ctx, list(heads))
        event_sents = []
        for ev in events:
            start = ev.evidence.spans[0].start if ev.evidence else 0
            norm = doc.normalised_offset(start)
            sent = next((s.index for s in ctx.sents if s.start <= norm < s.stop + 1), 0)
            event_sents.append(sent)
        facts.events = events
        _voting_day_from_observation(facts)
        facts.assessments = recognise_assessments(ctx, events, event_sents, heads)
        facts.people = _people(ctx)
        return facts


def _voting_day_from_observation(facts: ReportFacts) -> None:
    """ "Вчера они наблюдали за голосованием в Баку": when no sentence states the voting day,
    the day a mission observed the voting (every mission watches the one election) is that
    day."""
    election = facts.election
    if election is None or election.voting_date is not None:
        return
    for ev in facts.events:
        if ev.kind == "voting-day-observation" and ev.date is not None:
            election.voting_date = ev.date
            if election.evidence is not None and ev.evidence is not None:
                spans = {*election.evidence.spans, ev.evidence.spans[0]}
                election.evidence = replace(
                    election.evidence, spans=tuple(sorted(spans, key=lambda sp: sp.start))
                )
            return


def _people(ctx) -> list[PersonMention]:
    out: list[PersonMention] = []
    for s, names in zip(ctx.sents, ctx.names, strict=True):
        for n in names:
            rng = post_range(s, n, ctx.ref)
            post = phrase_to_nominative(s, rng[0], rng[1], n.case) if rng else None
            post = complete_post(post, s, ctx.ref, ctx.country)
            if post and _group_role(ctx.lex, post):
                post = None
            out.append(
                PersonMention(
                    name=n.name,
                    post=post,
                    variants=[n.written],
                    evidence=ctx.evidence("people.name", (n.start, n.stop)),
                )
            )
    return out


def _group_role(lex: Lexicon, post: str) -> bool:
    """ "координатор", "координатор группы МПА СНГ", "руководитель группы": a place in the
    observer group, not a post; "координатор долгосрочных наблюдателей" of a mission's core
    team is one."""
    words = post.lower().split()
    if words[0] in lex.cue_set("group_leader_nouns"):
        return len(words) > 1 and words[1] in lex.cue_set("group_genitives")
    return words[0] in lex.cue_set("coordinator_nouns") and (
        len(words) == 1 or lex.lemma(words[1]) in lex.cue_set("mission_nouns")
    )
