"""Assemble: turn the facts of one report into RDF, with provenance for every fact.

Input is a :class:`~builder.facts.model.ReportFacts` (from extraction or curation) and the
:class:`~builder.text.document.Doc` the facts were read from (for sentences and quotes); output is
the report's named graph as an rdflib :class:`~rdflib.Graph`. The shape of the output is
documented in ``ontology/MODEL.md``; IRIs come from :mod:`builder.graph.iris` only.

Reference entities (states, organisations, places) are described inside every report graph
that uses them, so that each report graph can be validated on its own.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

from builder import __version__
from builder.coding.monitors import Monitors
from builder.facts.model import (
    CURATED,
    Assessment,
    Day,
    Election,
    Event,
    Evidence,
    Mission,
    MonthDay,
    PersonMention,
    ReportFacts,
    key_assessments,
)
from builder.facts.vocabulary import VOCABULARY
from builder.graph import iris
from builder.graph.codes import write_codes
from builder.graph.namespaces import EO, OA, SCHEMA, WD, bind_all
from builder.reference.records import IRI_LANGUAGE, Reference
from builder.text import defaults
from builder.text.document import Doc

CYRILLIC = re.compile("[А-Яа-яЁё]")

# The words the builder writes itself besides the vocabulary's labels, in each report language:
# an English report gets English labels, a Russian one Russian labels.
GENERATED_WORDS = {
    "ru": {
        "report-graph": "Граф отчёта {}",
        "observers-from": "Наблюдатели от {}",
        "elections": "Выборы",
    },
    "en": {
        "report-graph": "Graph of report {}",
        "observers-from": "Observers from {}",
        "elections": "Elections",
    },
}


def _concept_label(scheme: str, key: str, language: str = "ru") -> str:
    """A concept's label from the vocabulary, capitalised to open an instance's label."""
    text = VOCABULARY.label(scheme, key, language)
    return text[:1].upper() + text[1:]


def _day(day: Day) -> Literal:
    """A day as RDF: ``xsd:date``, or ``xsd:gMonthDay`` when the report gives no year."""
    if isinstance(day, MonthDay):
        return Literal(day.isoformat(), datatype=XSD.gMonthDay)
    return Literal(day)


def _said(ctx: _Context, text: str) -> Literal:
    """A literal of the report's own words (names, posts, statements), in its language."""
    return Literal(text, lang=ctx.facts.language or "ru")


def _ru(text: str) -> Literal:
    return Literal(text, lang="ru")


def _words_language(ctx: _Context) -> str:
    """The language of the labels the builder writes for this report (Russian by default)."""
    return ctx.facts.language if ctx.facts.language in GENERATED_WORDS else "ru"


def _written(ctx: _Context, text: str) -> Literal:
    """A label the builder writes itself, in the language of the report's own words."""
    return Literal(text, lang=_words_language(ctx))


def _english_short_name(ctx: _Context, organiser: str) -> str:
    """An organisation's name for an English label: its first Latin abbreviation ("OSCE PA"),
    else its English name, else the name as given."""
    entry = ctx.reference.find_organisation(organiser)
    if entry is None:
        return organiser
    latin = [a for a in entry.abbreviations if not CYRILLIC.search(a)]
    return latin[0] if latin else entry.name.get("en") or organiser


def _election_label(election: Election, reference: Reference, language: str) -> str:
    """What the report says of the election, in words: body or kind, country, day or year."""
    kind = election.kind
    what = election.body or (
        _concept_label("election-kind", kind, language)
        if kind
        else GENERATED_WORDS[language]["elections"]
    )
    if election.country_iso and not election.body and not election.voting_date:
        state = reference.state_by_iso(election.country_iso)
        name = state.name.get(language) if state else None
        what = f"{what} ({name or election.country_iso})"
    when = election.voting_date.isoformat() if election.voting_date else election.year
    return f"{what} — {when}" if when else what


def _election_iri(facts: ReportFacts) -> URIRef | None:
    el = facts.election
    if el is None:
        return None
    if el.country_iso is None or (el.voting_date is None and el.year is None):
        # nothing says which election it is: known only within this report
        return iris.EOR[f"election/{iris.report_key(facts.report)}"]
    return iris.election(el.country_iso, el.voting_date, el.kind, el.vote_year)


@dataclass
class _Context:
    """What the assembler keeps while writing one report."""

    facts: ReportFacts
    doc: Doc
    reference: Reference
    graph: Graph
    report_iri: URIRef
    build_iri: URIRef
    missions: dict[str, URIRef] = field(default_factory=dict)
    country: str | None = None


class Assembler:
    """Writes a report's facts as RDF (one stage of the pipeline, applied after resolve)."""

    def __init__(self, reference: Reference | None = None) -> None:
        self.reference = reference or defaults.reference()  # a one-off call: the shared one
        self.monitors = Monitors(self.reference)

    def __call__(self, facts: ReportFacts, doc: Doc, extra_hash: str = "") -> Graph:
        """The named-graph content for one report.

        ``extra_hash`` folds other inputs (the curation file) into the build activity's IRI,
        so a changed curation gives a new activity while the same inputs give the same one.
        Assessments without a key get their number in the report (:func:`key_assessments`):
        the graph names them, and the codes link them, by key.
        """
        key_assessments(facts)
        graph = bind_all(Graph())
        content_hash = hashlib.sha256(
            (doc.original + "\0" + extra_hash + "\0" + __version__).encode("utf-8")
        ).hexdigest()
        ctx = _Context(
            facts=facts,
            doc=doc,
            reference=self.reference,
            graph=graph,
            report_iri=iris.report(facts.report),
            build_iri=iris.build_activity(facts.report, content_hash),
        )
        self._report(ctx)
        if facts.election is not None:
            self._election(ctx, facts.election)
        ctx.missions = self.mission_iris(facts)
        for mission in facts.missions:
            self._mission(ctx, mission)
        for person in facts.people:
            self._person(ctx, person)
        ordinals: Counter[tuple[str, str, str]] = Counter()
        event_iris: dict[str, URIRef] = {}
        for event in facts.events:
            group = (event.mission, event.date.isoformat() if event.date else "", event.kind)
            ordinals[group] += 1
            event_iris[event.key] = self._event(ctx, event, ordinals[group])
        assessment_iris = {a.key: iris.assessment(facts.report, a.key) for a in facts.assessments}
        for assessment in facts.assessments:
            self._assessment(ctx, assessment, assessment_iris[assessment.key], event_iris)
        write_codes(self, ctx, assessment_iris)  # the coding layer (builder/graph/codes.py)
        return graph

    # -- the report, its graph and the build --------------------------------------------
    def _report(self, ctx: _Context) -> None:
        g, facts = ctx.graph, ctx.facts
        report = ctx.report_iri
        g.add((report, RDF.type, EO.Report))
        g.add((report, SCHEMA.name, Literal(facts.report)))
        g.add((report, RDFS.label, Literal(facts.report)))
        g.add((report, DCTERMS.language, Literal(facts.language or "ru")))
        digest = hashlib.sha256(ctx.doc.original.encode("utf-8")).hexdigest()
        g.add((report, EO.sha256, Literal(digest)))
        g.add((report, EO.isObservationReport, Literal(facts.is_observation_report)))
        self._source(ctx)
        graph_iri = iris.report_graph(facts.report)
        g.add((graph_iri, RDF.type, EO.ReportGraph))
        graph_label = GENERATED_WORDS[_words_language(ctx)]["report-graph"].format(facts.report)
        g.add((graph_iri, RDFS.label, _written(ctx, graph_label)))
        g.add((graph_iri, PROV.wasDerivedFrom, report))
        g.add((graph_iri, PROV.wasGeneratedBy, ctx.build_iri))
        g.add((ctx.build_iri, RDF.type, PROV.Activity))
        g.add((ctx.build_iri, RDFS.label, Literal(f"eokg build of {facts.report}", lang="en")))
        g.add((ctx.build_iri, PROV.used, report))
        agent = iris.software_agent(__version__)
        g.add((ctx.build_iri, PROV.wasAssociatedWith, agent))
        g.add((agent, RDF.type, PROV.SoftwareAgent))
        g.add((agent, RDFS.label, Literal(f"eokg {__version__}")))

    def _source(self, ctx: _Context) -> None:
        """When the report was published and where (a web page's date, a fetched address)."""
        g, source = ctx.graph, ctx.doc.source
        published = ctx.doc.published or (source.published if source else None)
        if published is not None:
            g.add((ctx.report_iri, DCTERMS.issued, Literal(published, datatype=XSD.date)))
        if source is not None and source.address:
            g.add((ctx.report_iri, DCTERMS.source, URIRef(source.address)))

    # -- provenance -----------------------------------------------------------------------
    def _provenance(self, ctx: _Context, subject: URIRef, evidence: Evidence | None) -> None:
        """Link ``subject`` to the spans it was read from, and say how it was obtained."""
        g = ctx.graph
        if evidence is None:
            return
        method = "curated" if evidence.method == CURATED else "extracted"
        g.add((subject, EO.obtainedBy, iris.concept("method", method)))
        if evidence.rule:
            g.add((subject, EO.rule, Literal(evidence.rule)))
        for span in evidence.spans:
            g.add((subject, PROV.wasDerivedFrom, self._span(ctx, span.start, span.end)))

    def _span(self, ctx: _Context, start: int, end: int, sentence: bool = False) -> URIRef:
        g, doc, name = ctx.graph, ctx.doc, ctx.facts.report
        span_iri = iris.span(name, start, end)
        if (span_iri, RDF.type, EO.TextSpan) in g:
            return span_iri
        g.add((span_iri, RDF.type, EO.TextSpan))
        g.add((span_iri, OA.hasSource, ctx.report_iri))
        pos = iris.selector(span_iri, "pos")
        quote = iris.selector(span_iri, "quote")
        g.add((span_iri, OA.hasSelector, pos))
        g.add((span_iri, OA.hasSelector, quote))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((pos, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(doc.original[start:end])))
        where = doc.source.page_at(start) if doc.source is not None else None
        if where is not None:  # the page of the PDF the span starts on
            g.add((span_iri, EO.page, Literal(where[0], datatype=XSD.positiveInteger)))
        if sentence:
            return span_iri
        sent = (
            doc.sentences_over(doc.normalised_offset(start), doc.normalised_offset(end))
            if doc.sents
            else None
        )
        if sent is not None:
            orig = doc.original_span(sent.start, sent.stop)
            sent_iri = self._span(ctx, orig.start, orig.end, sentence=True)
            g.add((sent_iri, EO.normalisedText, Literal(sent.text)))
            g.add((span_iri, EO.inSentence, sent_iri))
        return span_iri

    # -- reference entities -----------------------------------------------------------------
    def _state(self, ctx: _Context, iso: str) -> URIRef:
        g = ctx.graph
        state_iri = iris.state(iso)
        entry = ctx.reference.state_by_iso(iso)
        g.add((state_iri, RDF.type, EO.State))
        g.add((state_iri, EO.iso3166Alpha2, Literal(iso.upper())))
        if entry is not None:
            g.add((state_iri, RDFS.label, _ru(entry.full_name["ru"])))
            g.add((state_iri, RDFS.label, Literal(entry.name["en"], lang="en")))
            g.add((state_iri, EO.shortName, _ru(entry.name["ru"])))
            if entry.wikidata:
                g.add((state_iri, SKOS.exactMatch, WD[entry.wikidata]))
        return state_iri

    def _organisation(self, ctx: _Context, name: str) -> URIRef:
        g = ctx.graph
        entry = ctx.reference.find_organisation(name)
        org_iri = iris.organisation(entry.key if entry else name)
        g.add((org_iri, RDF.type, ORG.Organization))
        if entry is None:
            if self.monitors.is_western(name):
                g.add((org_iri, EO.isWesternMonitor, Literal(True)))
            g.add((org_iri, RDFS.label, _said(ctx, name)))
            g.add((org_iri, SKOS.prefLabel, _said(ctx, name)))
            return org_iri
        if self.monitors.is_western(entry.key):
            g.add((org_iri, EO.isWesternMonitor, Literal(True)))
        short = entry.abbreviations[0] if entry.abbreviations else entry.name["ru"]
        g.add((org_iri, RDFS.label, _ru(short)))
        g.add((org_iri, SKOS.prefLabel, _ru(entry.name["ru"])))
        if "en" in entry.name:
            g.add((org_iri, SKOS.prefLabel, Literal(entry.name["en"], lang="en")))
        for alt in entry.abbreviations:
            g.add((org_iri, SKOS.altLabel, Literal(alt)))
        if entry.wikidata:
            g.add((org_iri, SKOS.exactMatch, WD[entry.wikidata]))
        return org_iri

    def _place(self, ctx: _Context, name: str) -> URIRef:
        g = ctx.graph
        entry = ctx.reference.find_place(name, ctx.country)
        label = entry.name[IRI_LANGUAGE] if entry else name
        iso = entry.state if entry else ctx.country
        place_iri = iris.place(label, iso)
        g.add((place_iri, RDF.type, EO.Place))
        g.add((place_iri, RDFS.label, _ru(label) if entry else _said(ctx, label)))
        if entry is not None and "en" in entry.name:
            g.add((place_iri, RDFS.label, Literal(entry.name["en"], lang="en")))
        if iso:
            g.add((place_iri, EO.inState, self._state(ctx, iso)))
        if entry is not None and entry.wikidata:
            g.add((place_iri, SKOS.exactMatch, WD[entry.wikidata]))
        return place_iri

    # -- facts ----------------------------------------------------------------------------------
    def _election(self, ctx: _Context, election: Election) -> None:
        """The election with whatever the report says of it: every property is optional."""
        g = ctx.graph
        ctx.country = election.country_iso.upper() if election.country_iso else None
        el = _election_iri(ctx.facts)
        assert el is not None
        g.add((el, RDF.type, EO.Election))
        words = _election_label(election, ctx.reference, _words_language(ctx))
        g.add((el, RDFS.label, _said(ctx, words)))
        if election.country_iso:
            g.add((el, EO.country, self._state(ctx, election.country_iso)))
        if election.kind:
            g.add((el, EO.electionKind, iris.concept("election-kind", election.kind)))
        if election.voting_date:
            g.add((el, EO.votingDate, _day(election.voting_date)))
        if election.body:
            g.add((el, EO.electedBody, _said(ctx, election.body)))
        self._provenance(ctx, el, election.evidence)

    def mission_iris(self, facts: ReportFacts) -> dict[str, URIRef]:
        """Each mission's key -> its IRI: who organised it, the election, (for twins) its kind."""
        return {m.key: self._mission_iri(facts, m) for m in facts.missions}

    def _mission_iri(self, facts: ReportFacts, mission: Mission) -> URIRef:
        entry = self.reference.find_organisation(mission.organiser)
        org_key = entry.key if entry else mission.organiser
        el = facts.election
        same_organiser = [
            m for m in facts.missions if m.organiser == mission.organiser and m is not mission
        ]
        kind = mission.kind if same_organiser else None
        if el is None or el.country_iso is None or (el.voting_date is None and el.year is None):
            # nothing says which election: the mission is known only within this report
            return iris.EOR[f"mission/{iris.slug(org_key)}-{iris.report_key(facts.report)}"]
        return iris.mission(org_key, el.country_iso, el.voting_date, kind, el.vote_year)

    def _mission(self, ctx: _Context, mission: Mission) -> None:
        g = ctx.graph
        m = ctx.missions[mission.key]
        org_iri = self._organisation(ctx, mission.organiser)
        g.add((m, RDF.type, EO.ObservationMission))
        election_iri = _election_iri(ctx.facts)
        words = GENERATED_WORDS[_words_language(ctx)]
        org_label = (
            _english_short_name(ctx, mission.organiser)
            if _words_language(ctx) == "en"
            else next(iter(g.objects(org_iri, RDFS.label)))
        )
        label = mission.name or words["observers-from"].format(org_label)
        if ctx.facts.election is not None and ctx.facts.election.voting_date:
            label = f"{label} — {ctx.facts.election.voting_date.isoformat()}"
        g.add((m, RDFS.label, _written(ctx, label)))
        g.add((m, EO.organisedBy, org_iri))
        if election_iri is not None:
            g.add((m, EO.observes, election_iri))
        g.add((m, EO.isMainMission, Literal(mission.is_main)))
        if mission.kind:
            g.add((m, EO.missionKind, iris.concept("mission-kind", mission.kind)))
        if mission.start:
            g.add((m, SCHEMA.startDate, _day(mission.start)))
        if mission.end:
            g.add((m, SCHEMA.endDate, _day(mission.end)))
        if mission.observer_count is not None:
            g.add((m, EO.statedObserverCount, Literal(mission.observer_count)))
        if mission.observer_count_min is not None:
            g.add((m, EO.observerCountAtLeast, Literal(mission.observer_count_min)))
        if mission.state_count is not None:
            g.add((m, EO.statedStateCount, Literal(mission.state_count)))
        for iso in mission.sending_states:
            g.add((m, EO.sendingState, self._state(ctx, iso)))
        for kind in mission.member_kinds:
            g.add((m, EO.memberKind, iris.concept("member-kind", kind)))
        self._provenance(ctx, m, mission.evidence)
        if mission.coordinator is not None:
            self._coordinator(ctx, m, mission)

    def _coordinator(self, ctx: _Context, m: URIRef, mission: Mission) -> None:
        g = ctx.graph
        person = mission.coordinator
        assert person is not None
        person_iri = self._person(ctx, person)
        role = iris.concept("role", mission.head_role)
        post = iris.mission_post(m, mission.head_role)
        g.add((post, RDF.type, ORG.Post))
        title = _concept_label("role", mission.head_role, _words_language(ctx))
        g.add((post, RDFS.label, _written(ctx, title)))
        g.add((post, ORG.role, role))
        g.add((post, ORG.postIn, m))
        g.add((post, ORG.heldBy, person_iri))
        g.add((m, ORG.hasPost, post))
        g.add((m, ORG.hasMember, person_iri))
        membership = iris.membership(m, person_iri)
        g.add((membership, RDF.type, ORG.Membership))
        g.add((membership, RDFS.label, _written(ctx, f"{person.name} — {title.lower()}")))
        g.add((membership, ORG.member, person_iri))
        g.add((membership, ORG.organization, m))
        g.add((membership, ORG.role, role))
        evidence = person.evidence or mission.evidence
        self._provenance(ctx, post, evidence)
        self._provenance(ctx, membership, evidence)
        if person.post:
            g.add((membership, EO.inCapacityOf, iris.post(person.post, person_iri)))

    def _person(self, ctx: _Context, person: PersonMention) -> URIRef:
        """A person node; their post as this report states it, when given."""
        g = ctx.graph
        key = self.reference.person_keys.key(person.name)
        p = iris.person(key)  # minted from the key: why two scripts are one node
        g.add((p, RDF.type, FOAF.Person))
        if key:
            g.add((p, EO.nameKey, Literal(key)))
        g.add((p, FOAF.name, _said(ctx, person.name)))
        g.add((p, RDFS.label, _said(ctx, person.name)))
        parts = person.name.split()
        if len(parts) >= 2:
            g.add((p, FOAF.givenName, _said(ctx, " ".join(parts[:-1]))))
            g.add((p, FOAF.familyName, _said(ctx, parts[-1])))
        for variant in person.variants:
            if variant != person.name:
                g.add((p, EO.nameVariant, Literal(variant)))
        if person.post:
            post = iris.post(person.post, p)
            g.add((post, RDF.type, ORG.Post))
            g.add((post, RDFS.label, _said(ctx, person.post)))
            g.add((post, ORG.heldBy, p))
            if person.organisation:
                g.add((post, ORG.postIn, self._organisation(ctx, person.organisation)))
            self._provenance(ctx, post, person.evidence)
        return p

    def _event(self, ctx: _Context, event: Event, ordinal: int) -> URIRef:
        g = ctx.graph
        m = ctx.missions[event.mission]
        e = iris.event(m, event.date, event.kind, ordinal)
        g.add((e, RDF.type, EO.MissionEvent))
        g.add((e, EO.eventKind, iris.concept("event-kind", event.kind)))
        g.add((e, EO.partOfMission, m))
        stage = VOCABULARY.broad_match("event-kind", event.kind, "observation-stage")
        if stage:
            g.add((e, EO.observationStage, iris.concept("observation-stage", stage)))
        if event.date:
            g.add((e, SCHEMA.startDate, _day(event.date)))
        if event.organiser_mission:
            g.add((e, SCHEMA.organizer, ctx.missions[event.organiser_mission]))
        if event.place:
            g.add((e, SCHEMA.location, self._place(ctx, event.place)))
        for region in event.regions:
            g.add((e, SCHEMA.location, self._place(ctx, region)))
        for official in event.met:
            g.add((e, EO.metWith, self._person(ctx, official)))
        for name in event.attendees:
            g.add((e, SCHEMA.attendee, self._person(ctx, PersonMention(name))))
        for stage_key in event.voting_stages:
            g.add((e, EO.votingStage, iris.concept("voting-stage", stage_key)))
        if event.polling_stations is not None:
            g.add((e, EO.pollingStationsVisited, Literal(event.polling_stations)))
        if event.polling_stations_min is not None:
            g.add((e, EO.pollingStationsVisitedAtLeast, Literal(event.polling_stations_min)))
        if event.summary:
            g.add((e, SCHEMA.description, _said(ctx, event.summary)))
        label = _concept_label("event-kind", event.kind, _words_language(ctx))
        if event.met:
            label += ": " + ", ".join(p.name for p in event.met)
        if event.place:
            label += f" ({event.place})"
        g.add((e, RDFS.label, _written(ctx, label)))
        self._provenance(ctx, e, event.evidence)
        return e

    def _assessment(
        self, ctx: _Context, assessment: Assessment, a: URIRef, events: dict[str, URIRef]
    ) -> None:
        g = ctx.graph
        g.add((a, RDF.type, EO.Assessment))
        g.add((a, RDFS.label, _said(ctx, assessment.statement[:80])))
        # A statement nobody in particular made ("наблюдатели отметили") belongs to the
        # mission the report is about.
        main = ctx.facts.main_mission
        mission_key = assessment.mission or (main.key if main else None)
        if mission_key:
            g.add((a, EO.assessmentOf, ctx.missions[mission_key]))
        if assessment.by:
            g.add((a, EO.assessedBy, self._person(ctx, PersonMention(assessment.by))))
        g.add((a, EO.polarity, iris.concept("polarity", assessment.polarity)))
        g.add((a, EO.topic, iris.concept("topic", assessment.topic)))
        g.add((a, EO.statement, _said(ctx, assessment.statement)))
        g.add((a, EO.isRecommendation, Literal(assessment.recommendation)))
        if assessment.at_event is not None and assessment.at_event in events:
            g.add((a, EO.madeAt, events[assessment.at_event]))
        self._provenance(ctx, a, assessment.evidence)
