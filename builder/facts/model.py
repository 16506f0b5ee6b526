"""The facts of one report, before they become RDF.

This is the contract between the stages that *find* facts (automatic extraction in
:mod:`builder.text.extract`, hand curation in :mod:`builder.corpus.curation`) and the stage
that *writes* them (:mod:`builder.graph.assemble`). Both producers fill the same dataclasses;
the assembler never
needs to know where a fact came from except through :class:`Evidence`.

Offsets are always character offsets into the report file **as published** (after decoding),
half-open ``[start, end)``, so provenance in the graph points at the original text.

Vocabulary values (``kind``, ``polarity``, ``topic``...) are keys of the SKOS schemes in
``ontology/vocabularies.ttl``; :data:`VOCABULARIES` lists the allowed keys (read from that file
by :mod:`builder.facts.vocabulary`) so that producers can be checked before RDF is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from builder.facts.vocabulary import VOCABULARY

EXTRACTED = "extracted"
CURATED = "curated"

VOCABULARIES: Mapping[str, tuple[str, ...]] = VOCABULARY.keys
"""Scheme name -> allowed keys, read from ``ontology/vocabularies.ttl`` (never written here)."""


@dataclass(frozen=True, order=True)
class MonthDay:
    """A day of a month in a year the report does not give (``xsd:gMonthDay``, ``--MM-DD``).

    Many news items say "3 марта" or "on 8 February" and give no year anywhere; the fact is
    kept with what the text says rather than dropped or given a guessed year.
    """

    month: int
    day: int

    def __post_init__(self) -> None:
        date(2000, self.month, self.day)  # 29 February exists in a leap year: validates the pair

    def isoformat(self) -> str:
        return f"--{self.month:02d}-{self.day:02d}"

    @classmethod
    def fromisoformat(cls, text: str) -> MonthDay:
        if len(text) != 7 or not text.startswith("--") or text[4] != "-":
            raise ValueError(f"not a --MM-DD day: {text!r}")
        return cls(int(text[2:4]), int(text[5:7]))


Day = date | MonthDay
"""A day as a report gives it: a full date, or day and month only."""


def parse_day(text: str) -> Day:
    """``YYYY-MM-DD`` as a date, ``--MM-DD`` as a :class:`MonthDay`."""
    return MonthDay.fromisoformat(text) if text.startswith("--") else date.fromisoformat(text)


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` of the original report text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read, and how it was obtained.

    ``spans`` are the exact phrases that state the fact (one or more); the assembler adds
    the sentences around them. ``method`` is :data:`EXTRACTED` or :data:`CURATED`; ``rule``
    names the extraction rule (or the curation file) so that a wrong fact can be traced to
    the code or data that made it.
    """

    spans: tuple[Span, ...]
    method: str = EXTRACTED
    rule: str = ""


@dataclass
class PersonMention:
    """A person as a fact refers to them.

    ``name`` is the canonical nominative full name ("Руслан Абдуллаев"); ``post`` the post
    the report gives them, in the nominative, as written ("заместитель Председателя Совета
    Федерации Федерального Собрания Российской Федерации"); ``organisation`` the reference
    key of the body the post belongs to when it is known.
    """

    name: str
    post: str | None = None
    organisation: str | None = None
    variants: list[str] = field(default_factory=list)  # forms as written ("И.-Б. Нурланов")
    evidence: Evidence | None = None


@dataclass
class Election:
    """The election a report is about, with whatever the text says of it: every field may be
    missing (a news item on a mission's arrival often names the country and nothing else)."""

    country_iso: str | None
    kind: str | None  # election-kind
    voting_date: Day | None
    body: str | None = None  # body or office elected, nominative; None for a referendum
    evidence: Evidence | None = None
    year: int | None = None  # the year of the vote when the text gives it but not the day

    @property
    def vote_year(self) -> int | None:
        """The year of the vote: the voting date's, else the one stated alone."""
        from datetime import date as _date

        return self.voting_date.year if isinstance(self.voting_date, _date) else self.year


@dataclass
class Mission:
    """One observation mission (observer group) named in the report.

    ``key`` is local to the report ("main", "cis", ...) and is how events and assessments
    point at their mission. ``organiser`` is a reference-data organisation key or abbreviation
    ("МПА СНГ"). Exactly one mission of a report has ``is_main`` set: the one the report is
    about; the others are mentioned missions whose facts must stay apart.
    """

    key: str
    organiser: str
    is_main: bool = False
    name: str | None = None
    kind: str | None = None  # mission-kind
    start: Day | None = None
    end: Day | None = None
    observer_count: int | None = None  # exact number stated
    observer_count_min: int | None = None  # "более 40" -> 40
    state_count: int | None = None  # number stated, or number of states listed
    sending_states: list[str] = field(default_factory=list)  # ISO 3166-1 alpha-2
    member_kinds: list[str] = field(default_factory=list)  # member-kind
    coordinator: PersonMention | None = None
    head_role: str = "coordinator"  # role of ``coordinator``: coordinator or head-of-mission
    evidence: Evidence | None = None


@dataclass
class Event:
    """Something a mission did on a day: a meeting, voting-day observation, a press conference.

    ``met`` are the officials the mission met (hosts, interlocutors), with their posts;
    ``attendees`` the mission's own people named as taking part. ``organiser_mission`` is set
    when another mission ran the event (a joint press conference).

    ``key`` is the event's identity in its report, unique there, and how an assessment points
    at the event it was made at (``Assessment.at_event``). It is given once (by the producer,
    or by :func:`key_events`) and stays with the event: removing another event from the list
    never changes it, so a link can only be lost, never moved to another event.
    """

    mission: str  # Mission.key
    kind: str  # event-kind
    date: Day | None
    place: str | None = None  # venue or city, nominative
    met: list[PersonMention] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)  # canonical names
    organiser_mission: str | None = None  # Mission.key
    regions: list[str] = field(default_factory=list)  # voting day: places observed, nominative
    voting_stages: list[str] = field(default_factory=list)  # voting-stage
    polling_stations: int | None = None
    polling_stations_min: int | None = None
    summary: str | None = None  # what was discussed, short
    evidence: Evidence | None = None
    key: str = ""  # unique in the report; "" until key_events gives one


@dataclass
class Assessment:
    """An evaluative statement: who made it, about what, positive or critical."""

    mission: str | None  # Mission.key the speaker spoke for, if any
    by: str | None  # canonical name of the speaker; None when "наблюдатели"/"группа"
    polarity: str
    topic: str
    statement: str  # the gist, in the report's words where possible
    recommendation: bool = False
    at_event: str | None = None  # Event.key of the event it was made at
    evidence: Evidence | None = None
    key: str = ""  # unique in the report; "" until key_assessments gives one


@dataclass
class Verdict:
    """A mission's overall judgement of the election (``verdict`` key), as a researcher codes
    it (Kelley's DIEM: endorse, ambiguous, reject), with the words it rests on.

    ``quote`` is the text that carries it (``None`` for ``none``), ``by`` the speaker when the
    text names one, ``statements`` the keys (``Assessment.key``) of the assessments made in
    the same sentence; ``evidence.rule`` says which rule decided it.
    """

    mission: str  # Mission.key
    value: str  # verdict
    quote: str | None = None
    by: str | None = None
    statements: list[str] = field(default_factory=list)  # Assessment.key
    evidence: Evidence | None = None


@dataclass
class Finding:
    """An evaluative statement typed as researchers type them: topic (after PEI's eleven
    dimensions, plus observers' access and security), phase of the election, polarity.

    ``assessment`` is the key of the assessment it codes, when it codes one; ``fraud`` says
    the statement alleges fraud (ballot stuffing, falsified results), which NELDA asks of
    Western monitors; ``absent`` is the organisation the statement says was denied access or
    refused to come ("ODIHR was not invited").
    """

    mission: str | None  # Mission.key
    topic: str  # integrity-topic
    phase: str  # phase
    polarity: str  # polarity
    statement: str
    assessment: str | None = None  # Assessment.key
    fraud: bool = False
    absent: str | None = None  # organisation denied access or refusing to come (key or name)
    evidence: Evidence | None = None


@dataclass
class Recommendation:
    """Something a mission recommends, calls for or suggests: the text, whom it addresses when
    the text says so, and its topic."""

    mission: str | None  # Mission.key
    text: str
    addressee: str | None = None  # addressee
    topic: str | None = None  # integrity-topic
    evidence: Evidence | None = None


@dataclass
class ReportFacts:
    """Everything found in one report."""

    report: str  # file name, e.g. "2017-06-kz-senate-ipa-cis.ru.txt"
    is_observation_report: bool = True
    language: str = "ru"  # BCP 47 tag of the report's language
    election: Election | None = None
    missions: list[Mission] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)  # everyone named, resolved
    """People are identified by their canonical ``name``: events (``attendees``), assessments
    (``by``) and missions (``coordinator``) refer to a person by it."""
    verdicts: list[Verdict] = field(default_factory=list)  # coded: one per mission at most
    findings: list[Finding] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)

    def mission(self, key: str) -> Mission:
        for m in self.missions:
            if m.key == key:
                return m
        raise KeyError(f"no mission {key!r} in {self.report}")

    @property
    def main_mission(self) -> Mission | None:
        return next((m for m in self.missions if m.is_main), None)

    def event(self, key: str) -> Event:
        for e in self.events:
            if e.key == key:
                return e
        raise KeyError(f"no event {key!r} in {self.report}")

    def assessment(self, key: str) -> Assessment:
        for a in self.assessments:
            if a.key == key:
                return a
        raise KeyError(f"no assessment {key!r} in {self.report}")

    def unlink_missing_events(self) -> list[Assessment]:
        """Drop links to events that are no longer there (a curation file removed them);
        returns the assessments that lost their link."""
        keys = {e.key for e in self.events}
        lost = [a for a in self.assessments if a.at_event is not None and a.at_event not in keys]
        for assessment in lost:
            assessment.at_event = None
        return lost


def event_key(mission: str, day: Day | None, kind: str, ordinal: int) -> str:
    """The key an event gets from what it is: its mission, day and kind, numbered in text
    order among events that share all three ("main/2017-06-28-meeting-1")."""
    return f"{mission}/{day.isoformat() if day else 'undated'}-{kind}-{ordinal}"


def key_events(facts: ReportFacts, prefix: str = "", positions: bool = False) -> ReportFacts:
    """Give every event without a key one (:func:`event_key`, after ``prefix``).

    With ``positions``, the assessments' ``at_event`` are positions in ``facts.events`` (as a
    producer that builds the list and its links together numbers them) and become those
    events' keys. A key already given is kept; the keys made never repeat one in use.
    """
    used = {e.key for e in facts.events if e.key}
    ordinals: dict[tuple[str, str, str], int] = {}
    for event in facts.events:
        group = (event.mission, event.date.isoformat() if event.date else "", event.kind)
        ordinals[group] = ordinals.get(group, 0) + 1
        if event.key:
            continue
        key = prefix + event_key(event.mission, event.date, event.kind, ordinals[group])
        while key in used:
            key += "'"
        event.key = key
        used.add(key)
    if positions:
        for assessment in facts.assessments:
            index: object = assessment.at_event
            if isinstance(index, int) and 0 <= index < len(facts.events):
                assessment.at_event = facts.events[index].key
            elif index is not None:
                assessment.at_event = None
    return facts


def key_assessments(facts: ReportFacts) -> ReportFacts:
    """Give every assessment without a key one: its number in the report (1, 2, ...), so that
    codes (``Verdict.statements``, ``Finding.assessment``) and the graph name an assessment by
    identity, not by where it sits in a list. A key already given is kept; the keys made never
    repeat one in use."""
    used = {a.key for a in facts.assessments if a.key}
    for number, assessment in enumerate(facts.assessments, start=1):
        if assessment.key:
            continue
        key = str(number)
        while key in used:
            key += "'"
        assessment.key = key
        used.add(key)
    return facts
