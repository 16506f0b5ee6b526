"""The coding layer in RDF: verdicts, findings and recommendations, and back.

Kept apart from :mod:`builder.graph.assemble` and :mod:`builder.graph.readback` (which call
:func:`write_codes` and :func:`read_codes`) so the shape of what researchers code is in one
place. The shape is documented in ``ontology/MODEL.md`` ("The coding layer"); every code points
at the span it rests on and names its rule, like every other fact.

Texts (a finding's statement, a recommendation) are in the report's language; a verdict's
quote is its span's quote selector, so reading back gives the exact words of the file.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, PROV, RDF, RDFS
from rdflib.term import Node

from builder.facts.model import (
    Finding,
    PersonMention,
    Recommendation,
    ReportFacts,
    Verdict,
)
from builder.facts.vocabulary import VOCABULARY
from builder.graph import iris, terms
from builder.graph.namespaces import EO, OA


def write_codes(assembler, ctx, assessment_iris: Mapping[str, URIRef]) -> None:
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
        g.add((v, RDFS.label, Literal(VOCABULARY.label("verdict", verdict.value), lang="ru")))
        g.add((v, EO.verdictOf, mission))
        g.add((v, EO.verdictValue, iris.concept("verdict", verdict.value)))
        if verdict.by:
            g.add((v, EO.statedBy, assembler._person(ctx, PersonMention(verdict.by))))
        for key in verdict.statements:
            if key in assessment_iris:
                g.add((v, EO.restsOn, assessment_iris[key]))
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
        if finding.assessment in assessment_iris:
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


_key = terms.local_name
_one = terms.one


def _ordinal(iri: Node) -> int:
    return int(str(iri).rsplit("/", 1)[-1])


_evidence = terms.evidence


def _quote(graph: Graph, subject: Node) -> str | None:
    quotes = []
    for span in graph.objects(subject, PROV.wasDerivedFrom):
        start = exact = None
        for selector in graph.objects(span, OA.hasSelector):
            start = graph.value(selector, OA.start) if start is None else start
            exact = graph.value(selector, OA.exact) if exact is None else exact
        quotes.append((int(str(start)) if start is not None else 0, str(exact or "")))
    return " ".join(q for _, q in sorted(quotes)) if quotes else None


def read_codes(
    graph: Graph, facts: ReportFacts, keys: Mapping[Node, str], index: Mapping[Node, str]
) -> None:
    """Fill ``facts`` with the codes ``graph`` holds; ``keys`` maps mission IRIs to the keys
    read back, ``index`` assessment IRIs to the assessments' keys, in the report's order."""
    rank = {key: n for n, key in enumerate(index.values())}
    for v in terms.ordered(graph.subjects(RDF.type, EO.Verdict)):
        speaker = _one(graph, v, EO.statedBy)
        facts.verdicts.append(
            Verdict(
                mission=keys.get(_one(graph, v, EO.verdictOf), ""),
                value=_key(_one(graph, v, EO.verdictValue)) or "",
                quote=_quote(graph, v),
                by=str(_one(graph, speaker, FOAF.name)) if speaker is not None else None,
                statements=sorted(
                    (index[a] for a in graph.objects(v, EO.restsOn) if a in index),
                    key=rank.__getitem__,
                ),
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
