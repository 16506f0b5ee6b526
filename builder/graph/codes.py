"""The coding layer in RDF: verdicts, findings and recommendations, and back.

Kept apart from :mod:`builder.graph.assemble` and :mod:`builder.graph.readback` (which call
:func:`write_codes` and :func:`read_codes`) so the shape of what researchers code is in one
place. The shape is documented in ``ontology/MODEL.md`` ("The coding layer"); every code points
at the span it rests on and names its rule, like every other fact.

Texts (a finding's statement, a recommendation) are in the report's language; a verdict's
quote is its span's quote selector, so reading back gives the exact words of the file.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, PROV, RDF, RDFS

from builder.facts.model import (
    CURATED,
    EXTRACTED,
    Evidence,
    Finding,
    PersonMention,
    Recommendation,
    ReportFacts,
    Span,
    Verdict,
)
from builder.graph import iris
from builder.graph.namespaces import EO, OA

VERDICT_LABELS = {
    "endorse": "одобрение",
    "qualified": "оценка с оговорками",
    "critical": "критическая оценка",
    "none": "оценки нет",
}


def write_codes(assembler, ctx, assessment_iris: list[URIRef]) -> None:
    """Add the facts' verdicts, findings and recommendations to the report graph. Codes of a
    mission the report does not know (the coder's placeholder when no mission was found) are
    left out."""
    g, facts = ctx.graph, ctx.facts
    language = facts.language or "ru"
    for verdict in facts.verdicts:
        mission = ctx.missions.get(verdict.mission)
        if mission is None:
            continue
        v = iris.verdict(facts.report, mission)
        g.add((v, RDF.type, EO.Verdict))
        g.add((v, RDFS.label, Literal(VERDICT_LABELS[verdict.value], lang="ru")))
        g.add((v, EO.verdictOf, mission))
        g.add((v, EO.verdictValue, iris.concept("verdict", verdict.value)))
        if verdict.by:
            g.add((v, EO.statedBy, assembler._person(ctx, PersonMention(verdict.by))))
        for i in verdict.statements:
            if 0 <= i < len(assessment_iris):
                g.add((v, EO.restsOn, assessment_iris[i]))
        assembler._provenance(ctx, v, verdict.evidence)
    for n, finding in enumerate(facts.findings, start=1):
        mission = ctx.missions.get(finding.mission or "")
        if mission is None:
            continue
        f = iris.finding(facts.report, n)
        g.add((f, RDF.type, EO.Finding))
        g.add((f, RDFS.label, Literal(finding.statement[:80], lang=language)))
        g.add((f, EO.findingOf, mission))
        g.add((f, EO.integrityTopic, iris.concept("integrity-topic", finding.topic)))
        g.add((f, EO.phase, iris.concept("phase", finding.phase)))
        g.add((f, EO.findingPolarity, iris.concept("polarity", finding.polarity)))
        g.add((f, EO.codedText, Literal(finding.statement, lang=language)))
        g.add((f, EO.allegesFraud, Literal(finding.fraud)))
        if finding.absent:
            entry = ctx.reference.organisation_by_key(finding.absent)
            name = entry.abbreviations[0] if entry and entry.abbreviations else finding.absent
            g.add((f, EO.reportsAbsenceOf, assembler._organisation(ctx, name)))
        if finding.assessment is not None and 0 <= finding.assessment < len(assessment_iris):
            g.add((f, EO.codes, assessment_iris[finding.assessment]))
        assembler._provenance(ctx, f, finding.evidence)
    for n, rec in enumerate(facts.recommendations, start=1):
        mission = ctx.missions.get(rec.mission or "")
        if mission is None:
            continue
        r = iris.recommendation(facts.report, n)
        g.add((r, RDF.type, EO.Recommendation))
        g.add((r, RDFS.label, Literal(rec.text[:80], lang=language)))
        g.add((r, EO.recommendationOf, mission))
        g.add((r, EO.codedText, Literal(rec.text, lang=language)))
        if rec.addressee:
            g.add((r, EO.addressedTo, iris.concept("addressee", rec.addressee)))
        if rec.topic:
            g.add((r, EO.integrityTopic, iris.concept("integrity-topic", rec.topic)))
        assembler._provenance(ctx, r, rec.evidence)


# -- reading back ---------------------------------------------------------------------------


def _key(concept) -> str | None:
    return str(concept).rsplit("/", 1)[-1] if concept is not None else None


def _one(graph: Graph, subject, predicate):
    values = sorted(graph.objects(subject, predicate))
    return values[0] if values else None


def _ordinal(iri: URIRef) -> int:
    return int(str(iri).rsplit("/", 1)[-1])


def _evidence(graph: Graph, subject: URIRef) -> Evidence | None:
    method = _key(_one(graph, subject, EO.obtainedBy))
    if method is None:
        return None
    spans = []
    for span in graph.objects(subject, PROV.wasDerivedFrom):
        for selector in graph.objects(span, OA.hasSelector):
            start = graph.value(selector, OA.start)
            if start is not None:
                spans.append(Span(int(start), int(graph.value(selector, OA.end))))
    rule = _one(graph, subject, EO.rule)
    return Evidence(
        tuple(sorted(spans)), CURATED if method == CURATED else EXTRACTED, str(rule or "")
    )


def _quote(graph: Graph, subject: URIRef) -> str | None:
    quotes = []
    for span in graph.objects(subject, PROV.wasDerivedFrom):
        start = exact = None
        for selector in graph.objects(span, OA.hasSelector):
            start = graph.value(selector, OA.start) if start is None else start
            exact = graph.value(selector, OA.exact) if exact is None else exact
        quotes.append((int(start or 0), str(exact or "")))
    return " ".join(q for _, q in sorted(quotes)) if quotes else None


def read_codes(
    graph: Graph, facts: ReportFacts, keys: dict[URIRef, str], assessments: list
) -> None:
    """Fill ``facts`` with the codes ``graph`` holds; ``keys`` maps mission IRIs to the keys
    read back, ``assessments`` are the assessment IRIs in the order read back."""
    index = {a: i for i, a in enumerate(assessments)}
    for v in sorted(graph.subjects(RDF.type, EO.Verdict)):
        speaker = _one(graph, v, EO.statedBy)
        facts.verdicts.append(
            Verdict(
                mission=keys.get(_one(graph, v, EO.verdictOf), ""),
                value=_key(_one(graph, v, EO.verdictValue)) or "",
                quote=_quote(graph, v),
                by=str(_one(graph, speaker, FOAF.name)) if speaker is not None else None,
                statements=sorted(index[a] for a in graph.objects(v, EO.restsOn) if a in index),
                evidence=_evidence(graph, v),
            )
        )
    for f in sorted(graph.subjects(RDF.type, EO.Finding), key=_ordinal):
        coded = _one(graph, f, EO.codes)
        facts.findings.append(
            Finding(
                mission=keys.get(_one(graph, f, EO.findingOf)),
                topic=_key(_one(graph, f, EO.integrityTopic)) or "",
                phase=_key(_one(graph, f, EO.phase)) or "",
                polarity=_key(_one(graph, f, EO.findingPolarity)) or "",
                statement=str(_one(graph, f, EO.codedText) or ""),
                assessment=index.get(coded) if coded is not None else None,
                fraud=bool(_one(graph, f, EO.allegesFraud).toPython()),
                absent=_key(_one(graph, f, EO.reportsAbsenceOf)),
                evidence=_evidence(graph, f),
            )
        )
    for r in sorted(graph.subjects(RDF.type, EO.Recommendation), key=_ordinal):
        facts.recommendations.append(
            Recommendation(
                mission=keys.get(_one(graph, r, EO.recommendationOf)),
                text=str(_one(graph, r, EO.codedText) or ""),
                addressee=_key(_one(graph, r, EO.addressedTo)),
                topic=_key(_one(graph, r, EO.integrityTopic)),
                evidence=_evidence(graph, r),
            )
        )
