"""facts -> RDF -> facts: :mod:`builder.graph.readback` inverts :mod:`builder.graph.assemble`.

Hypothesis draws facts over the whole model (missing fields, days without a year, events
sharing a day and kind, links from assessments to events, and the codes: verdicts resting on
assessments, findings coding one, recommendations) and checks that reading the
assembled graph back gives what went in, seen through :func:`_comparable`. What that view
leaves out is what the graph is not meant to keep, each for a reason given there.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.facts.model import (
    CURATED,
    EXTRACTED,
    VOCABULARIES,
    Assessment,
    Election,
    Event,
    Evidence,
    Finding,
    Mission,
    MonthDay,
    PersonMention,
    Recommendation,
    ReportFacts,
    Span,
    Verdict,
    key_assessments,
    key_events,
)
from builder.graph.assemble import Assembler
from builder.graph.readback import report_facts
from builder.text.document import Doc

TEXT = "Наблюдатели отметили, что выборы прошли организованно. " * 20
NAMES = ("Анна Петрова", "Иван Сидоров", "Марат Оспанов", "Ольга Ким", "Пётр Орлов")
POSTS = ("председатель комиссии", "депутат парламента", None)
ORGANISERS = ("Организация Альфа", "Организация Бета", "Организация Гамма")
PLACES = ("Городок Север", "Посёлок Юг", "Село Восток")
WORDS = st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыэюя ", min_size=1, max_size=30).map(
    lambda t: " ".join(t.split()) or "текст"
)


def vocab(scheme: str) -> st.SearchStrategy[str]:
    return st.sampled_from(VOCABULARIES[scheme])


def subset(scheme: str) -> st.SearchStrategy[list[str]]:
    return st.lists(vocab(scheme), unique=True).map(sorted)


days: st.SearchStrategy[date | MonthDay | None] = st.one_of(
    st.none(),
    st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31)),
    st.builds(MonthDay, st.integers(1, 12), st.integers(1, 28)),
)
counts = st.one_of(st.none(), st.integers(0, 5000))


@st.composite
def evidence(draw: st.DrawFn) -> Evidence | None:
    starts = draw(st.lists(st.integers(0, len(TEXT) - 40), min_size=1, max_size=3, unique=True))
    spans = tuple(sorted(Span(s, s + draw(st.integers(1, 40))) for s in starts))
    rule = draw(st.sampled_from(("", "events.meeting", "curation.yaml")))
    method = draw(st.sampled_from((EXTRACTED, CURATED)))
    return draw(st.none() | st.just(Evidence(spans, method, rule)))


@st.composite
def report_facts_strategy(draw: st.DrawFn) -> ReportFacts:
    # One post per person, as resolution leaves them; people are known by canonical name.
    posts = {name: draw(st.sampled_from(POSTS)) for name in NAMES}

    def mention(name: str) -> PersonMention:
        return PersonMention(name=name, post=posts[name])

    names = st.sampled_from(NAMES)
    election = draw(
        st.none()
        | st.builds(
            Election,
            country_iso=st.none() | st.sampled_from(("KZ", "RU", "AM")),
            kind=st.none() | vocab("election-kind"),
            voting_date=days,
            body=st.none() | WORDS,
            evidence=evidence(),
        )
    )
    organisers = draw(st.lists(st.sampled_from(ORGANISERS), min_size=1, max_size=3, unique=True))
    missions = []
    for number, organiser in enumerate(organisers):
        coordinator = draw(st.none() | names.map(mention))
        missions.append(
            Mission(
                key=f"m{number}",
                organiser=organiser,
                is_main=number == 0,
                kind=draw(st.none() | vocab("mission-kind")),
                start=draw(days),
                end=draw(days),
                observer_count=draw(counts),
                observer_count_min=draw(counts),
                state_count=draw(counts),
                sending_states=draw(st.lists(st.sampled_from(("AM", "BY", "RU")), unique=True)),
                member_kinds=draw(subset("member-kind")),
                coordinator=coordinator,
                head_role=draw(st.sampled_from(("coordinator", "head-of-mission"))),
                evidence=draw(evidence()),
            )
        )
    keys = [m.key for m in missions]
    events = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(vocab("event-kind"))
        voting_day = kind == "voting-day-observation"  # its places are regions, others a place
        events.append(
            Event(
                mission=draw(st.sampled_from(keys)),
                kind=kind,
                date=draw(days),
                place=None if voting_day else draw(st.none() | st.sampled_from(PLACES)),
                met=[mention(n) for n in draw(st.lists(names, unique=True))],
                attendees=sorted(draw(st.lists(names, unique=True))),
                organiser_mission=draw(st.none() | st.sampled_from(keys)),
                regions=sorted(draw(st.lists(st.sampled_from(PLACES), unique=True)))
                if voting_day
                else [],
                voting_stages=draw(subset("voting-stage")),
                polling_stations=draw(counts),
                polling_stations_min=draw(counts),
                summary=draw(st.none() | WORDS),
                evidence=draw(evidence()),
            )
        )
    facts = ReportFacts(
        report="2020-01-xx-roundtrip.ru.txt", election=election, missions=missions, events=events
    )
    key_events(facts)
    event_keys = [e.key for e in facts.events]
    for _ in range(draw(st.integers(0, 4))):
        facts.assessments.append(
            Assessment(
                mission=draw(st.none() | st.sampled_from(keys)),
                by=draw(st.none() | names),
                polarity=draw(vocab("polarity")),
                topic=draw(vocab("topic")),
                statement=draw(WORDS),
                recommendation=draw(st.booleans()),
                at_event=draw(st.none() | st.sampled_from(event_keys)) if event_keys else None,
                evidence=draw(evidence()),
            )
        )
    mentioned = {p.name for e in facts.events for p in e.met}
    mentioned |= {n for e in facts.events for n in e.attendees}
    mentioned |= {a.by for a in facts.assessments if a.by}
    mentioned |= {m.coordinator.name for m in facts.missions if m.coordinator}
    mentioned |= set(draw(st.lists(names, unique=True)))
    facts.people = [mention(n) for n in sorted(mentioned)]
    for person in facts.people:
        person.variants = sorted(
            draw(st.lists(st.sampled_from(("А. Петрова", "И. И.")), unique=True))
        )
    _codes(draw, facts, sorted(mentioned))
    return facts


def _codes(draw: st.DrawFn, facts: ReportFacts, people: list[str]) -> None:
    """Verdicts (one per mission at most), findings and recommendations of known missions;
    codes link assessments by key, so some assessments are keyed out of order."""
    if facts.assessments and draw(st.booleans()):
        facts.assessments[0].key = "a-first"
    key_assessments(facts)
    keys = [m.key for m in facts.missions]
    assessment_keys = [a.key for a in facts.assessments]
    rests_on = st.lists(st.sampled_from(assessment_keys), unique=True) if assessment_keys else None
    order = {key: n for n, key in enumerate(assessment_keys)}
    for mission in draw(st.lists(st.sampled_from(keys), unique=True)):
        said = draw(evidence())
        facts.verdicts.append(
            Verdict(
                mission=mission,
                value=draw(vocab("verdict")),
                quote=_quote(said),
                by=draw(st.none() | st.sampled_from(people)) if people else None,
                statements=sorted(draw(rests_on), key=order.__getitem__)
                if rests_on is not None
                else [],
                evidence=said,
            )
        )
    for _ in range(draw(st.integers(0, 3))):
        facts.findings.append(
            Finding(
                mission=draw(st.sampled_from(keys)),
                topic=draw(vocab("integrity-topic")),
                phase=draw(vocab("phase")),
                polarity=draw(vocab("polarity")),
                statement=draw(WORDS),
                assessment=draw(st.none() | st.sampled_from(assessment_keys))
                if assessment_keys
                else None,
                fraud=draw(st.booleans()),
                absent=draw(st.none() | st.sampled_from(("odihr", "pace"))),
                evidence=draw(evidence()),
            )
        )
    for _ in range(draw(st.integers(0, 2))):
        facts.recommendations.append(
            Recommendation(
                mission=draw(st.sampled_from(keys)),
                text=draw(WORDS),
                addressee=draw(st.none() | vocab("addressee")),
                topic=draw(st.none() | vocab("integrity-topic")),
                evidence=draw(evidence()),
            )
        )


def _quote(said: Evidence | None) -> str | None:
    """A verdict's quote as the graph keeps it: the words of its evidence's spans."""
    return None if said is None else " ".join(TEXT[s.start : s.end] for s in said.spans)


def _comparable(facts: ReportFacts, mission_names: dict[str, str]) -> dict[str, Any]:
    """The facts as the graph keeps them.

    Left out, because the graph identifies rather than repeats them: a mission's report-local
    key (``mission_names`` maps it to the mission's IRI, which is global), an event's key (an
    event is known by what it is: its mission, day, kind and order; an assessment's link is
    compared as the event it reaches), a mission's display name and a person's organisation
    (both become labelled entities). A statement nobody in particular made belongs to the main
    mission, as the assembler writes it. People's variants and posts are the person's, wherever
    they are mentioned. (An election's ``year`` without a day is not drawn: the graph has it
    only inside IRIs and labels, so it cannot be read back yet.)
    """

    def person(p: PersonMention | None) -> tuple[Any, ...] | None:
        return None if p is None else (p.name, p.post)

    def event(e: Event) -> tuple[Any, ...]:
        return (
            mission_names[e.mission], e.kind, e.date and e.date.isoformat(), e.place,
            sorted(person(p) for p in e.met), sorted(e.attendees),
            e.organiser_mission and mission_names[e.organiser_mission], sorted(e.regions),
            sorted(e.voting_stages), e.polling_stations, e.polling_stations_min, e.summary,
            e.evidence,
        )  # fmt: skip

    by_key = {e.key: event(e) for e in facts.events}

    def statement(key: str) -> tuple[Any, ...]:
        """An assessment a code links to, as what it is (its key is the graph's, not ours)."""
        a = facts.assessment(key)
        return (a.statement, a.polarity, a.topic, a.evidence)

    main = facts.main_mission
    el = facts.election
    return {
        "report": (facts.report, facts.language, facts.is_observation_report),
        "election": el and (el.country_iso, el.kind, el.voting_date, el.body, el.evidence),
        "missions": sorted(
            (
                mission_names[m.key],
                m.organiser,
                m.is_main,
                m.kind,
                m.start,
                m.end,
                m.observer_count,
                m.observer_count_min,
                m.state_count,
                sorted(m.sending_states),
                sorted(m.member_kinds),
                person(m.coordinator),
                m.head_role if m.coordinator else None,
                m.evidence,
            )  # fmt: skip
            for m in facts.missions
        ),
        "events": sorted(map(repr, by_key.values())),
        "assessments": [
            (
                mission_names[a.mission or main.key] if (a.mission or main) else None,
                a.by,
                a.polarity,
                a.topic,
                a.statement,
                a.recommendation,
                repr(by_key[a.at_event]) if a.at_event is not None else None,
                a.evidence,
            )  # fmt: skip
            for a in facts.assessments
        ],
        "people": sorted((p.name, p.post, sorted(p.variants)) for p in facts.people),
        "verdicts": sorted(
            (
                mission_names[v.mission],
                v.value,
                v.quote,
                v.by,
                [statement(k) for k in v.statements],
                v.evidence,
            )  # fmt: skip
            for v in facts.verdicts
        ),
        "findings": [
            (
                mission_names[f.mission or ""],
                f.topic,
                f.phase,
                f.polarity,
                f.statement,
                f.assessment and statement(f.assessment),
                f.fraud,
                f.absent,
                f.evidence,
            )  # fmt: skip
            for f in facts.findings
        ],
        "recommendations": [
            (mission_names[r.mission or ""], r.text, r.addressee, r.topic, r.evidence)
            for r in facts.recommendations
        ],
    }


ASSEMBLER = Assembler()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_facts_strategy())
def test_facts_survive_the_graph(facts: ReportFacts) -> None:
    graph = ASSEMBLER(facts, Doc(name=facts.report, original=TEXT))
    back = report_facts(graph)
    names = {key: _local(iri) for key, iri in ASSEMBLER.mission_iris(facts).items()}
    back_names = {m.key: m.key for m in back.missions}  # read back, a mission's key is its IRI's
    assert _comparable(back, back_names) == _comparable(facts, names)


def _local(iri: str) -> str:
    return str(iri).rsplit("/", 1)[-1]
