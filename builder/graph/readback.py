"""Read a report's facts back from its named graph: the inverse of :mod:`builder.graph.assemble`.

Evaluation compares what a *built graph* says with gold annotations, so that everything
between extraction and the graph (resolution, assembly, IRI minting) is measured too, not
only the extractor's Python objects.
"""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import DCTERMS, FOAF, ORG, RDF, RDFS
from rdflib.term import Node

from builder.facts.model import Assessment, Election, Event, Mission, PersonMention, ReportFacts
from builder.graph import terms
from builder.graph.codes import read_codes
from builder.graph.namespaces import EO, SCHEMA

_one = terms.one
_py = terms.python_value
_evidence = terms.evidence
_key = terms.local_name


def _local(iri: Node) -> str:
    return str(iri).rsplit("/", 1)[-1]


def _name(graph: Graph, person: Node) -> str:
    return str(_one(graph, person, FOAF.name) or _local(person))


def _stated_post(graph: Graph, person: Node) -> str | None:
    """The person's own post as this report states it (not a mission role post)."""
    posts = sorted(
        str(_one(graph, post, RDFS.label))
        for post in graph.subjects(ORG.heldBy, person)
        if (post, ORG.role, None) not in graph and _one(graph, post, RDFS.label) is not None
    )
    return posts[0] if posts else None


def _person(graph: Graph, person: Node) -> PersonMention:
    return PersonMention(
        name=_name(graph, person),
        post=_stated_post(graph, person),
        variants=sorted(str(v) for v in graph.objects(person, EO.nameVariant)),
    )


def _event_key(iri: Node) -> str:
    """An event's key as the graph gives it: its IRI below ``event/`` (mission/day-kind-n)."""
    return str(iri).split("/event/", 1)[-1]


def _assessment_key(iri: Node) -> str:
    """An assessment's key as the graph gives it: its IRI below ``assessment/<report>/``."""
    return str(iri).split("/assessment/", 1)[-1].split("/", 1)[-1]


def _ordinal(iri: Node) -> tuple[int, str]:
    """Assessments in the order the report gives them (their IRIs end with the number)."""
    tail = str(iri).rsplit("/", 1)[-1]
    return (int(tail), "") if tail.isdigit() else (0, tail)


def report_facts(graph: Graph) -> ReportFacts:
    """The facts one report graph holds, in the fact model of :mod:`builder.facts.model`."""
    report = next(iter(terms.ordered(graph.subjects(RDF.type, EO.Report))), None)
    name = str(_one(graph, report, SCHEMA.name)) if report is not None else ""
    observation = _one(graph, report, EO.isObservationReport) if report is not None else None
    facts = ReportFacts(report=name, is_observation_report=bool(_py(observation) is not False))
    language = _one(graph, report, DCTERMS.language) if report is not None else None
    if language is not None:
        facts.language = str(language)

    election = next(iter(terms.ordered(graph.subjects(RDF.type, EO.Election))), None)
    if election is not None:
        country = _one(graph, election, EO.country)
        iso = _one(graph, country, EO.iso3166Alpha2) if country is not None else None
        facts.election = Election(
            country_iso=str(iso) if iso is not None else None,
            kind=_key(_one(graph, election, EO.electionKind)),
            voting_date=_py(_one(graph, election, EO.votingDate)),
            body=_py(_one(graph, election, EO.electedBody)),
            evidence=_evidence(graph, election),
        )

    keys: dict[Node, str] = {}
    for mission in terms.ordered(graph.subjects(RDF.type, EO.ObservationMission)):
        keys[mission] = _local(mission)
        org = _one(graph, mission, EO.organisedBy)
        labels = [v for v in graph.objects(org, RDFS.label) if getattr(v, "language", None) == "ru"]
        m = Mission(
            key=keys[mission],
            organiser=str(terms.ordered(labels)[0]) if labels else "",
            is_main=bool(_py(_one(graph, mission, EO.isMainMission))),
            kind=_key(_one(graph, mission, EO.missionKind)),
            start=_py(_one(graph, mission, SCHEMA.startDate)),
            end=_py(_one(graph, mission, SCHEMA.endDate)),
            observer_count=_py(_one(graph, mission, EO.statedObserverCount)),
            observer_count_min=_py(_one(graph, mission, EO.observerCountAtLeast)),
            state_count=_py(_one(graph, mission, EO.statedStateCount)),
            sending_states=sorted(
                str(_one(graph, s, EO.iso3166Alpha2))
                for s in graph.objects(mission, EO.sendingState)
            ),
            member_kinds=sorted(_key(k) or "" for k in graph.objects(mission, EO.memberKind)),
            evidence=_evidence(graph, mission),
        )
        for membership in terms.ordered(graph.subjects(ORG.organization, mission)):
            role = _key(_one(graph, membership, ORG.role))
            if role in ("coordinator", "head-of-mission"):
                person = _one(graph, membership, ORG.member)
                capacity = _one(graph, membership, EO.inCapacityOf)
                m.coordinator = _person(graph, person)
                m.coordinator.post = (
                    str(_one(graph, capacity, RDFS.label)) if capacity is not None else None
                )
                m.head_role = role
        facts.missions.append(m)

    events = sorted(
        graph.subjects(RDF.type, EO.MissionEvent),
        key=lambda e: (str(_one(graph, e, SCHEMA.startDate) or ""), str(e)),
    )
    for event in events:
        kind = _key(_one(graph, event, EO.eventKind)) or ""
        places = sorted(
            str(_one(graph, p, RDFS.label)) for p in graph.objects(event, SCHEMA.location)
        )
        organiser = _one(graph, event, SCHEMA.organizer)
        voting_day = kind == "voting-day-observation"
        facts.events.append(
            Event(
                key=_event_key(event),
                mission=keys.get(_one(graph, event, EO.partOfMission), ""),
                kind=kind,
                date=_py(_one(graph, event, SCHEMA.startDate)),
                place=None if voting_day or not places else places[0],
                met=[_person(graph, p) for p in terms.ordered(graph.objects(event, EO.metWith))],
                attendees=sorted(_name(graph, p) for p in graph.objects(event, SCHEMA.attendee)),
                organiser_mission=keys.get(organiser) if organiser is not None else None,
                regions=places if voting_day else [],
                voting_stages=sorted(_key(s) or "" for s in graph.objects(event, EO.votingStage)),
                polling_stations=_py(_one(graph, event, EO.pollingStationsVisited)),
                polling_stations_min=_py(_one(graph, event, EO.pollingStationsVisitedAtLeast)),
                summary=_py(_one(graph, event, SCHEMA.description)),
                evidence=_evidence(graph, event),
            )
        )

    assessments = sorted(graph.subjects(RDF.type, EO.Assessment), key=_ordinal)
    for assessment in assessments:
        speaker = _one(graph, assessment, EO.assessedBy)
        mission = _one(graph, assessment, EO.assessmentOf)
        made_at = _one(graph, assessment, EO.madeAt)
        facts.assessments.append(
            Assessment(
                mission=keys.get(mission) if mission is not None else None,
                by=_name(graph, speaker) if speaker is not None else None,
                polarity=_key(_one(graph, assessment, EO.polarity)) or "",
                topic=_key(_one(graph, assessment, EO.topic)) or "",
                statement=str(_one(graph, assessment, EO.statement) or ""),
                recommendation=bool(_py(_one(graph, assessment, EO.isRecommendation))),
                at_event=_event_key(made_at) if made_at is not None else None,
                evidence=_evidence(graph, assessment),
                key=_assessment_key(assessment),
            )
        )

    facts.people = [_person(graph, p) for p in terms.ordered(graph.subjects(RDF.type, FOAF.Person))]
    read_codes(graph, facts, keys, {a: _assessment_key(a) for a in assessments})
    return facts
