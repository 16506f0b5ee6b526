"""Curation and gold files: hand-written facts of one report, with quotes as evidence.

A curation file (``data/curation/X.ru.yaml``) states the facts of report ``X.ru.txt`` as a
careful reader finds them; the builder prefers them to what extraction found. A gold file
(``tests/corpus/X.ru.gold.yaml``) has the same format and is what extraction is measured
against. The format is described in ``data/curation/README.md``.

Every fact cites one or more quotes of the report. A quote is written as the text *reads*
(hyphenation, line breaks and stray spaces undone), but provenance must point at the file as
published, so each quote is found in the ORIGINAL text with a tolerant pattern and the exact
span of the original is recorded. A misspelt key, an unknown vocabulary key, a dangling
mission key or a quote that is not in the text is an :class:`~builder.base.errors.InputError`
naming the file and the place, because any of them would otherwise drop or distort a fact
silently.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from builder.base.errors import InputError
from builder.facts.model import (
    CURATED,
    VOCABULARIES,
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
    key_assessments,
    key_events,
    parse_day,
)
from builder.reading.decode import REPORT_SUFFIXES

CURATION_SUFFIX = ".yaml"
CURATED_KEY_PREFIX = "curated:"
"""Marks the key of an event a curation file gives without one."""
GOLD_SUFFIX = ".gold.yaml"

# Characters that the quote and the text may write differently.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_QUOTES = "\"'\u00ab\u00bb\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u2039\u203a"
# Between two characters of a quote the original may have a line-end hyphenation
# ("Межпарла-\nментской"), a soft hyphen, or a stray space inside a word ("учас тие").
_GAP = r"(?:[\-\u00ad]?\s+|\u00ad)?"

_ISO_CODE = re.compile(r"^[A-Z]{2}$")

# The keys each mapping of the format may have; anything else is a misspelling.
_TOP_KEYS = {
    "report",
    "is_observation_report",
    "election",
    "missions",
    "events",
    "assessments",
    "people",
    "verdicts",
    "recommendations",
}
_ELECTION_KEYS = {"country", "kind", "body", "voting_date", "evidence"}
_MISSION_KEYS = {
    "key",
    "main",
    "organiser",
    "name",
    "kind",
    "start",
    "end",
    "observer_count",
    "observer_count_min",
    "state_count",
    "sending_states",
    "member_kinds",
    "coordinator",
    "evidence",
}
_COORDINATOR_KEYS = {"name", "post", "organisation", "role", "evidence"}
_MET_KEYS = {"name", "post", "organisation", "evidence"}
_EVENT_KEYS = {
    "key",
    "mission",
    "kind",
    "date",
    "place",
    "organiser_mission",
    "met",
    "attendees",
    "regions",
    "voting_stages",
    "polling_stations",
    "polling_stations_min",
    "summary",
    "evidence",
}
_ASSESSMENT_KEYS = {
    "mission",
    "by",
    "polarity",
    "topic",
    "statement",
    "recommendation",
    "event",
    "evidence",
}
_PEOPLE_KEYS = {"name", "variants", "post", "organisation", "evidence"}
_VERDICT_KEYS = {"mission", "verdict", "by", "evidence"}
_RECOMMENDATION_KEYS = {"mission", "addressee", "topic", "evidence"}
_QUOTE_KEYS = {"quote", "occurrence"}


# --------------------------------------------------------------------------- YAML reading


class _LineMap(dict):
    """A YAML mapping that remembers the line it started on (1-based), for error messages."""

    line: int = 0


class _Loader(yaml.SafeLoader):
    """SafeLoader whose mappings carry their line numbers."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _LineMap:
    """A mapping with its line; a key given twice is an error (YAML would keep the last)."""
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, str) and key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is given twice in one mapping", key_node.start_mark
            )
        seen.add(key)
    mapping = _LineMap(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    """A date, or a syntax error at its line when it is no date (``2017-06-31``)."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a date ({exc})", node.start_mark
        ) from exc


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read curation file ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: curation file is not UTF-8") from exc
    try:
        data = yaml.load(raw, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        problem = exc.problem or exc.context or "malformed YAML"
        raise InputError(f"{path}{where}: malformed YAML: {problem}") from exc
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: malformed YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: a curation file is a mapping with a 'report' key at the top")
    return data


# --------------------------------------------------------------------------- quote finding


def quote_pattern(quote: str) -> re.Pattern[str]:
    """A pattern finding ``quote`` (as the text reads) in the original, as published.

    Quote white space matches any run of white space (NBSP and newlines included); dashes,
    quotation marks and е/ё match their variants; between any two other characters the original may
    have a line-end hyphenation or a stray space. The pattern never starts or ends with a gap,
    so the span is tight around the quoted words.
    """
    words = quote.split()
    if not words:
        raise ValueError("empty quote")
    parts: list[str] = []
    for wi, word in enumerate(words):
        if wi:
            parts.append(r"\s+")
        for ci, ch in enumerate(word):
            if ci:
                parts.append(_GAP)
            if ch in _DASHES:
                parts.append(f"[{re.escape(_DASHES)}]")
            elif ch in _QUOTES:
                parts.append(f"[{re.escape(_QUOTES)}]")
            elif ch in "ёе":
                parts.append("[её]")
            elif ch in "ЁЕ":
                parts.append("[ЕЁ]")
            else:
                parts.append(re.escape(ch))
    return re.compile("".join(parts))


def find_quote(text: str, quote: str, occurrence: int | None = None) -> Span | None:
    """The span of the ``occurrence``-th (1-based) match of ``quote`` in ``text``.

    Without ``occurrence`` the quote must occur exactly once; ``None`` when it is absent.
    Raises ``ValueError`` when it is ambiguous or the occurrence does not exist, with a
    message that says how many there are.
    """
    matches = list(quote_pattern(quote).finditer(text))
    if not matches:
        return None
    if occurrence is None:
        if len(matches) > 1:
            raise ValueError(f"occurs {len(matches)} times; add 'occurrence: N' to pick one")
        occurrence = 1
    if not 1 <= occurrence <= len(matches):
        raise ValueError(f"occurrence {occurrence} asked, but it occurs {len(matches)} time(s)")
    match = matches[occurrence - 1]
    return Span(match.start(), match.end())


# --------------------------------------------------------------------------- the parser


class _Parser:
    """Turns one parsed YAML document into :class:`ReportFacts`, checking as it goes."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.rule = f"curation:{path.name}"

    # -- helpers -------------------------------------------------------------------------

    def fail(self, where: str, message: str, node: Any = None) -> InputError:
        line = f":{node.line}" if isinstance(node, _LineMap) and node.line else ""
        return InputError(f"{self.path}{line}: {where}: {message}")

    def mapping(self, node: Any, allowed: set[str], where: str) -> _LineMap:
        if not isinstance(node, dict):
            raise self.fail(where, f"expected a mapping, got {type(node).__name__}")
        for key in node:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise self.fail(where, f"unknown key {key!r} (allowed: {known})", node)
        return node  # type: ignore[return-value]

    def vocab(self, value: Any, scheme: str, where: str, node: Any = None) -> str:
        if value not in VOCABULARIES[scheme]:
            allowed = ", ".join(VOCABULARIES[scheme])
            raise self.fail(where, f"{value!r} is not a {scheme} key (allowed: {allowed})", node)
        return str(value)

    def opt_vocab(self, value: Any, scheme: str, where: str, node: Any = None) -> str | None:
        return None if value is None else self.vocab(value, scheme, where, node)

    def vocab_list(self, value: Any, scheme: str, where: str, node: Any = None) -> list[str]:
        return [self.vocab(v, scheme, where, node) for v in self.str_list(value, where, node)]

    def day(self, value: Any, where: str, node: Any = None) -> Day | None:
        """A day as YYYY-MM-DD, or --MM-DD for a report that gives no year (as extraction
        writes it), or null."""
        if value is None or isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return parse_day(value)
            except ValueError:
                pass
        raise self.fail(where, f"{value!r} is not a date (write YYYY-MM-DD, or --MM-DD)", node)

    def required_text(self, value: Any, where: str, node: Any = None) -> str:
        """Required text, with its white space runs collapsed (YAML folding leaves some)."""
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"expected non-empty text, got {value!r}", node)
        return " ".join(value.split())

    def optional_text(self, value: Any, where: str, node: Any = None) -> str | None:
        return None if value is None else self.required_text(value, where, node)

    def count(self, value: Any, where: str, node: Any = None) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(where, f"expected a whole number or null, got {value!r}", node)
        return value

    def flag(self, value: Any, where: str, node: Any = None, default: bool = False) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(where, f"expected true or false, got {value!r}", node)
        return value

    def str_list(self, value: Any, where: str, node: Any = None) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list, got {value!r}", node)
        return [self.required_text(v, where, node) for v in value]

    def evidence(self, value: Any, where: str, node: Any = None, required: bool = True):
        """The spans of a fact's quotes in the original text."""
        if value is None or value == []:
            if required:
                raise self.fail(where, "no evidence: every fact quotes the report", node)
            return None
        if isinstance(value, (str, dict)):
            value = [value]
        if not isinstance(value, list):
            raise self.fail(where, f"evidence is a list of quotes, got {value!r}", node)
        spans: list[Span] = []
        for item in value:
            occurrence = None
            if isinstance(item, dict):
                self.mapping(item, _QUOTE_KEYS, f"{where}.evidence")
                quote = item.get("quote")
                occurrence = item.get("occurrence")
                if occurrence is not None and (
                    isinstance(occurrence, bool) or not isinstance(occurrence, int)
                ):
                    raise self.fail(where, f"occurrence must be a number, got {occurrence!r}")
            else:
                quote = item
            if not isinstance(quote, str) or not quote.strip():
                raise self.fail(where, f"a quote must be non-empty text, got {quote!r}", node)
            try:
                span = find_quote(self.text, quote, occurrence)
            except ValueError as exc:
                raise self.fail(where, f"quote {quote!r} {exc}", node) from None
            if span is None:
                raise self.fail(where, f"quote not found in the report: {quote!r}", node)
            spans.append(span)
        return Evidence(tuple(spans), method=CURATED, rule=self.rule)

    # -- sections ------------------------------------------------------------------------

    def parse(self, data: dict[str, Any], expected_report: str | None) -> ReportFacts:
        top = self.mapping(data, _TOP_KEYS, "top level")
        report = self.required_text(top.get("report"), "report")
        if expected_report is not None and report_stem(report) != expected_report:
            raise self.fail(
                "report",
                f"names {report!r}, but this file is for {expected_report + '.txt'!r} "
                f"(or .pdf, .html, .docx)",
            )
        facts = ReportFacts(report=report)
        facts.is_observation_report = self.flag(
            top.get("is_observation_report"), "is_observation_report", default=True
        )
        if not facts.is_observation_report:
            filled = [
                k for k in sorted(_TOP_KEYS - {"report", "is_observation_report"}) if top.get(k)
            ]
            if filled:
                raise self.fail(
                    "is_observation_report",
                    f"is false, so nothing else may be filled, but {', '.join(filled)} is",
                )
            return facts
        if top.get("election") is not None:
            facts.election = self.election(top["election"])
        missions = top.get("missions") or []
        if not isinstance(missions, list):
            raise self.fail("missions", "expected a list of missions")
        facts.missions = [self.mission(m, i) for i, m in enumerate(missions)]
        self.check_missions(facts.missions)
        keys = {m.key for m in facts.missions}
        events = top.get("events") or []
        if not isinstance(events, list):
            raise self.fail("events", "expected a list of events")
        facts.events = [self.event(e, i, keys) for i, e in enumerate(events)]
        self.check_event_keys(facts.events)
        # Events without a key of their own get one marked as curated, so that none can take
        # the key of an extracted event this file leaves out (an extracted assessment made at
        # that event then loses its link instead of moving to another event).
        key_events(facts, prefix=CURATED_KEY_PREFIX)
        assessments = top.get("assessments") or []
        if not isinstance(assessments, list):
            raise self.fail("assessments", "expected a list of assessments")
        facts.assessments = [
            self.assessment(a, i, keys, facts.events) for i, a in enumerate(assessments)
        ]
        key_assessments(facts)
        people = top.get("people") or []
        if not isinstance(people, list):
            raise self.fail("people", "expected a list of people")
        facts.people = self.people(facts, people)
        facts.verdicts = [
            self.verdict(v, i, keys) for i, v in enumerate(self.items(top, "verdicts"))
        ]
        facts.recommendations = [
            self.recommendation(r, i, keys)
            for i, r in enumerate(self.items(top, "recommendations"))
        ]
        return facts

    def items(self, top: _LineMap, section: str) -> list[Any]:
        items = top.get(section) or []
        if not isinstance(items, list):
            raise self.fail(section, f"expected a list of {section}")
        return items

    def _quoted(self, evidence: Evidence | None) -> str | None:
        """The text a fact's quotes cover, as the file has it (joined when several)."""
        if evidence is None:
            return None
        return " ".join(self.text[s.start : s.end] for s in evidence.spans)

    def verdict(self, node: Any, index: int, keys: set[str]) -> Verdict:
        """A mission's verdict; its evidence is the shortest quote that carries it (none for
        ``none``)."""
        where = f"verdicts[{index}]"
        node = self.mapping(node, _VERDICT_KEYS, where)
        mission = node.get("mission") or "main"
        if mission not in keys:
            raise self.fail(where, f"mission {mission!r} is not a mission key of this file", node)
        value = self.vocab(node.get("verdict"), "verdict", f"{where}.verdict", node)
        evidence = self.evidence(node.get("evidence"), where, node, required=value != "none")
        return Verdict(
            mission=mission,
            value=value,
            quote=self._quoted(evidence),
            by=self.optional_text(node.get("by"), f"{where}.by", node),
            evidence=evidence,
        )

    def recommendation(self, node: Any, index: int, keys: set[str]) -> Recommendation:
        """A recommendation: its text is the quote."""
        where = f"recommendations[{index}]"
        node = self.mapping(node, _RECOMMENDATION_KEYS, where)
        mission = node.get("mission") or "main"
        if mission not in keys:
            raise self.fail(where, f"mission {mission!r} is not a mission key of this file", node)
        evidence = self.evidence(node.get("evidence"), where, node)
        return Recommendation(
            mission=mission,
            text=self._quoted(evidence) or "",
            addressee=self.opt_vocab(
                node.get("addressee"), "addressee", f"{where}.addressee", node
            ),
            topic=self.opt_vocab(node.get("topic"), "integrity-topic", f"{where}.topic", node),
            evidence=evidence,
        )

    def election(self, node: Any) -> Election:
        where = "election"
        node = self.mapping(node, _ELECTION_KEYS, where)
        # Each field may be left null, as the facts model and the shapes allow: a report that
        # does not say the country or the day of voting is curated as it reads.
        country = node.get("country")
        if country is not None and (not isinstance(country, str) or not _ISO_CODE.match(country)):
            raise self.fail(where, f"country {country!r} is not an ISO 3166-1 alpha-2 code", node)
        return Election(
            country_iso=country,
            kind=self.opt_vocab(node.get("kind"), "election-kind", f"{where}.kind", node),
            voting_date=self.day(node.get("voting_date"), f"{where}.voting_date", node),
            body=self.optional_text(node.get("body"), f"{where}.body", node),
            evidence=self.evidence(node.get("evidence"), where, node),
        )

    def mission(self, node: Any, index: int) -> Mission:
        where = f"missions[{index}]"
        node = self.mapping(node, _MISSION_KEYS, where)
        key = self.required_text(node.get("key"), f"{where}.key", node)
        where = f"mission {key!r}"
        states = self.str_list(node.get("sending_states"), f"{where}.sending_states", node)
        for iso in states:
            if not _ISO_CODE.match(iso):
                raise self.fail(where, f"sending state {iso!r} is not an ISO alpha-2 code", node)
        if len(set(states)) != len(states):
            raise self.fail(where, "a sending state is listed twice", node)
        coordinator, role = None, "coordinator"
        if node.get("coordinator") is not None:
            c = self.mapping(node["coordinator"], _COORDINATOR_KEYS, f"{where}.coordinator")
            role = self.vocab(c.get("role", "coordinator"), "role", f"{where}.coordinator", c)
            coordinator = PersonMention(
                name=self.required_text(c.get("name"), f"{where}.coordinator.name", c),
                post=self.optional_text(c.get("post"), f"{where}.coordinator.post", c),
                organisation=self.optional_text(c.get("organisation"), f"{where}.coordinator", c),
                evidence=self.evidence(c.get("evidence"), f"{where}.coordinator", c),
            )
        start = self.day(node.get("start"), f"{where}.start", node)
        end = self.day(node.get("end"), f"{where}.end", node)
        if start and end and start.isoformat() > end.isoformat() and type(start) is type(end):
            raise self.fail(where, f"ends ({end}) before it starts ({start})", node)
        return Mission(
            key=key,
            organiser=self.required_text(node.get("organiser"), f"{where}.organiser", node),
            is_main=self.flag(node.get("main"), f"{where}.main", node),
            name=self.optional_text(node.get("name"), f"{where}.name", node),
            kind=self.opt_vocab(node.get("kind"), "mission-kind", f"{where}.kind", node),
            start=start,
            end=end,
            observer_count=self.count(node.get("observer_count"), f"{where}.observer_count", node),
            observer_count_min=self.count(
                node.get("observer_count_min"), f"{where}.observer_count_min", node
            ),
            state_count=self.count(node.get("state_count"), f"{where}.state_count", node),
            sending_states=states,
            member_kinds=self.vocab_list(
                node.get("member_kinds"), "member-kind", f"{where}.member_kinds", node
            ),
            coordinator=coordinator,
            head_role=role,
            evidence=self.evidence(node.get("evidence"), where, node),
        )

    def check_missions(self, missions: list[Mission]) -> None:
        keys = [m.key for m in missions]
        for key in sorted(set(keys)):
            if keys.count(key) > 1:
                raise self.fail("missions", f"mission key {key!r} is used twice")
        mains = [m.key for m in missions if m.is_main]
        if missions and len(mains) != 1:
            raise self.fail(
                "missions", f"exactly one mission must have 'main: true', found {len(mains)}"
            )

    def person(self, node: Any, where: str) -> PersonMention:
        if isinstance(node, str):
            return PersonMention(name=self.required_text(node, where))
        node = self.mapping(node, _MET_KEYS, where)
        return PersonMention(
            name=self.required_text(node.get("name"), f"{where}.name", node),
            post=self.optional_text(node.get("post"), f"{where}.post", node),
            organisation=self.optional_text(
                node.get("organisation"), f"{where}.organisation", node
            ),
            evidence=self.evidence(node.get("evidence"), where, node, required=False),
        )

    def event(self, node: Any, index: int, keys: set[str]) -> Event:
        where = f"events[{index}]"
        node = self.mapping(node, _EVENT_KEYS, where)
        mission = node.get("mission")
        if mission not in keys:
            raise self.fail(where, f"mission {mission!r} is not a mission key of this file", node)
        organiser = node.get("organiser_mission")
        if organiser is not None and organiser not in keys:
            raise self.fail(where, f"organiser_mission {organiser!r} is not a mission key", node)
        met = node.get("met") or []
        if not isinstance(met, list):
            raise self.fail(where, "met is a list of people", node)
        return Event(
            key=self.optional_text(node.get("key"), f"{where}.key", node) or "",
            mission=mission,
            kind=self.vocab(node.get("kind"), "event-kind", f"{where}.kind", node),
            date=self.day(node.get("date"), f"{where}.date", node),
            place=self.optional_text(node.get("place"), f"{where}.place", node),
            met=[self.person(p, f"{where}.met[{i}]") for i, p in enumerate(met)],
            attendees=self.str_list(node.get("attendees"), f"{where}.attendees", node),
            organiser_mission=organiser,
            regions=self.str_list(node.get("regions"), f"{where}.regions", node),
            voting_stages=self.vocab_list(
                node.get("voting_stages"), "voting-stage", f"{where}.voting_stages", node
            ),
            polling_stations=self.count(
                node.get("polling_stations"), f"{where}.polling_stations", node
            ),
            polling_stations_min=self.count(
                node.get("polling_stations_min"), f"{where}.polling_stations_min", node
            ),
            summary=self.optional_text(node.get("summary"), f"{where}.summary", node),
            evidence=self.evidence(node.get("evidence"), where, node),
        )

    def check_event_keys(self, events: list[Event]) -> None:
        keys = [e.key for e in events if e.key]
        for key in sorted(set(keys)):
            if keys.count(key) > 1:
                raise self.fail("events", f"event key {key!r} is used twice")

    def assessment(self, node: Any, index: int, keys: set[str], events: list[Event]) -> Assessment:
        """``event`` names the event by its ``key`` or by its index in this file's events."""
        where = f"assessments[{index}]"
        node = self.mapping(node, _ASSESSMENT_KEYS, where)
        mission = node.get("mission")
        if mission is not None and mission not in keys:
            raise self.fail(where, f"mission {mission!r} is not a mission key of this file", node)
        event = node.get("event")
        if isinstance(event, int) and not isinstance(event, bool) and 0 <= event < len(events):
            event = events[event].key
        elif event is not None and (
            not isinstance(event, str) or event not in {e.key for e in events}
        ):
            raise self.fail(
                where, f"event {event!r} is neither an event key nor an index into events", node
            )
        return Assessment(
            mission=mission,
            by=self.optional_text(node.get("by"), f"{where}.by", node),
            polarity=self.vocab(node.get("polarity"), "polarity", f"{where}.polarity", node),
            topic=self.vocab(node.get("topic"), "topic", f"{where}.topic", node),
            statement=self.required_text(node.get("statement"), f"{where}.statement", node),
            recommendation=self.flag(node.get("recommendation"), f"{where}.recommendation", node),
            at_event=event,
            evidence=self.evidence(node.get("evidence"), where, node),
        )

    def people(self, facts: ReportFacts, entries: list[Any]) -> list[PersonMention]:
        """Everyone the facts name, in order of first mention, with posts and variants."""
        found: dict[str, PersonMention] = {}

        def add(mention: PersonMention | None) -> None:
            if mention is None:
                return
            known = found.get(mention.name)
            if known is None:
                found[mention.name] = PersonMention(
                    name=mention.name,
                    post=mention.post,
                    organisation=mention.organisation,
                    evidence=mention.evidence,
                )
                return
            known.post = known.post or mention.post
            known.organisation = known.organisation or mention.organisation
            known.evidence = known.evidence or mention.evidence

        for mission in facts.missions:
            add(mission.coordinator)
        for event in facts.events:
            for person in event.met:
                add(person)
            for name in event.attendees:
                add(PersonMention(name=name))
        for assessment in facts.assessments:
            if assessment.by:
                add(PersonMention(name=assessment.by))
        for i, node in enumerate(entries):
            where = f"people[{i}]"
            node = self.mapping(node, _PEOPLE_KEYS, where)
            person = PersonMention(
                name=self.required_text(node.get("name"), f"{where}.name", node),
                post=self.optional_text(node.get("post"), f"{where}.post", node),
                organisation=self.optional_text(
                    node.get("organisation"), f"{where}.organisation", node
                ),
                evidence=self.evidence(node.get("evidence"), where, node, required=False),
            )
            add(person)
            target = found[person.name]
            for variant in self.str_list(node.get("variants"), f"{where}.variants", node):
                if not quote_pattern(variant).search(self.text):
                    raise self.fail(
                        where, f"variant {variant!r} is not written in the report", node
                    )
                if variant not in target.variants and variant != target.name:
                    target.variants.append(variant)
        return list(found.values())


# --------------------------------------------------------------------------- public API


def described_report(path: Path) -> str:
    """``X.ru.yaml`` and ``X.ru.gold.yaml`` both describe ``X.ru`` (as ``.txt``, ``.pdf``, ...)."""
    name = path.name
    for suffix in (GOLD_SUFFIX, CURATION_SUFFIX):
        if name.endswith(suffix):
            return name.removesuffix(suffix)
    return name


def report_stem(report: str) -> str:
    """A report's file name without its form: ``X.ru.pdf`` -> ``X.ru``."""
    suffix = Path(report).suffix
    return report[: -len(suffix)] if suffix.lower() in REPORT_SUFFIXES else report


def load_curation(path: Path, original_text: str) -> ReportFacts:
    """The facts of a curation (or gold) file, with evidence spans in ``original_text``.

    ``original_text`` is the report as published (decoded, nothing undone): spans index it.
    Raises :class:`InputError` naming the file (and line, where known) for malformed YAML,
    unknown keys, bad vocabulary keys, dangling mission keys and quotes not in the text.
    """
    path = Path(path)
    data = _read_yaml(path)
    return _Parser(path, original_text).parse(data, described_report(path))


def curated_sections(path: Path) -> set[str]:
    """The top-level keys a curation file gives: the sections it means to replace."""
    return set(_read_yaml(Path(path)))


def curation_path_for(report_path: Path, curation_dir: Path) -> Path | None:
    """The curation file of a report (``X.ru.txt``, ``X.ru.pdf`` -> ``curation_dir/X.ru.yaml``)."""
    # X.ru.pdf and X.ru.txt share X.ru.yaml
    candidate = Path(curation_dir) / (report_stem(Path(report_path).name) + CURATION_SUFFIX)
    return candidate if candidate.is_file() else None


def gold_path_for(report_path: Path, corpus_dir: Path | None = None) -> Path:
    """Where the gold file of a report lives (``X.ru.txt`` -> ``X.ru.gold.yaml`` beside it)."""
    report_path = Path(report_path)
    folder = Path(corpus_dir) if corpus_dir is not None else report_path.parent
    return folder / (report_path.name.removesuffix(".txt") + GOLD_SUFFIX)


def load_gold(path: Path, text: str | None = None) -> ReportFacts:
    """The gold facts of a report: a curation-format file whose quotes index its report.

    Without ``text`` the report named by the file's ``report:`` key is read from the gold
    file's own folder (tests/corpus keeps each report beside its gold file), in whatever form
    it is (text, PDF, web page, Word).
    """
    path = Path(path)
    if text is None:
        from builder.reading.source import read_source

        data = _read_yaml(path)
        report = data.get("report")
        if not isinstance(report, str) or not report:
            raise InputError(f"{path}: report: the gold file does not name its report")
        report_path = path.parent / report
        if not report_path.is_file():
            raise InputError(f"{path}: its report {report_path} cannot be read")
        # The text a build extracts from, whatever the report's form (.txt, .pdf, .html,
        # .docx): the gold's quotes index that text.
        text = read_source(report_path).text
    return load_curation(path, text)
