"""Code one report: fill ``verdicts``, ``findings`` and ``recommendations`` of its facts.

Every code carries ``Evidence`` with the span it rests on and the rule that made it
(``coding.verdict.<rule>``, ``coding.finding.<source>``, ``coding.recommendation``), so a
researcher can check each code against its sentence.
"""

from __future__ import annotations

from builder.coding import findings as F
from builder.coding.cues import Cues, load_cues
from builder.coding.monitors import Monitors
from builder.coding.recommendations import recommendations_in
from builder.coding.sentences import Sentence, original_span, sentences
from builder.coding.verdict import GRAVITY, Judgement, judge
from builder.facts.model import (
    EXTRACTED,
    Evidence,
    Finding,
    Recommendation,
    ReportFacts,
    Verdict,
)
from builder.reference.records import Reference
from builder.text import defaults
from builder.text.document import Doc
from builder.text.normalise import Normaliser

#: The mission key codes go to when the extractor found no mission (read by the evaluation;
#: the assembler writes codes only for missions it knows).
NO_MISSION = "main"


def _evidence(rule: str, *spans) -> Evidence:
    return Evidence(spans=tuple(spans), method=EXTRACTED, rule=rule)


def _sentence_of(sents: list[Sentence], start: int) -> Sentence | None:
    return next(
        (s for s in sents if s.span.start <= start < max(s.span.end, s.span.start + 1)), None
    )


def _assessments_by_sentence(facts: ReportFacts, sents: list[Sentence]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i, a in enumerate(facts.assessments):
        if a.evidence and a.evidence.spans:
            s = _sentence_of(sents, a.evidence.spans[0].start)
            if s is not None:
                out.setdefault(s.index, []).append(i)
    return out


def code_report(
    doc: Doc, facts: ReportFacts, *, as_report: bool = False, coder: Coder | None = None
) -> ReportFacts:
    """``facts`` with verdicts, findings and recommendations coded (see the package docstring).

    A text that reports no observation, or whose language has no cue words, gets none;
    ``as_report`` codes it all the same (to measure the coder alone, on texts the gold calls
    reports whatever the extractor found). A run over many reports makes one :class:`Coder`
    and passes it; without one, a new one serves this report.
    """
    return (coder or Coder())(doc, facts, as_report=as_report)


class Coder:
    """The coding stage with what it reads: the reference data it is given (else the
    project's) and one normaliser for documents no language read (made when first needed)."""

    def __init__(self, reference: Reference | None = None) -> None:
        self.reference = reference or defaults.reference()  # a one-off call: the shared one
        self.monitors = Monitors(self.reference)
        self._cues: dict[str, Cues | None] = {}
        self._normaliser: Normaliser | None = None

    def cues(self, language: str) -> Cues | None:
        """The coding cues of ``language``, read once per coder."""
        if language not in self._cues:
            self._cues[language] = load_cues(language)
        return self._cues[language]

    def normaliser(self) -> Normaliser:
        if self._normaliser is None:
            self._normaliser = Normaliser(defaults.models().morphology)
        return self._normaliser

    def __call__(self, doc: Doc, facts: ReportFacts, *, as_report: bool = False) -> ReportFacts:
        """``facts`` coded (see :func:`code_report`)."""
        cues = self.cues(facts.language or doc.language or "ru")
        if cues is None or not (facts.is_observation_report or as_report):
            return facts
        normaliser = self.normaliser() if not doc.text and doc.original else None
        return _code(cues, doc, facts, self.reference, self.monitors, normaliser)


def _code(
    cues,
    doc: Doc,
    facts: ReportFacts,
    reference: Reference,
    monitors: Monitors,
    normaliser: Normaliser | None,
) -> ReportFacts:
    sents = sentences(doc, normaliser)
    main = facts.main_mission
    main_key = main.key if main else NO_MISSION
    by_sentence = _assessments_by_sentence(facts, sents)
    facts.findings = _findings(cues, monitors, doc, facts, sents, by_sentence, main_key)
    # a mission the report says was absent speaks in none of its sentences
    absent = {f.absent for f in facts.findings if f.absent}
    gone = set()
    for m in facts.missions:
        entry = reference.find_organisation(m.organiser)
        if not m.is_main and (entry.key if entry else m.organiser) in absent:
            gone.add(m.key)
    by_sentence = {
        k: [i for i in v if facts.assessments[i].mission not in gone]
        for k, v in by_sentence.items()
    }
    facts.verdicts = _verdicts(cues, doc, facts, sents, by_sentence, main_key)
    facts.recommendations = _recommendations(cues, doc, facts, sents, by_sentence, main_key)
    return facts


def _mission_of(facts: ReportFacts, indices: list[int], default: str) -> str:
    missions = [m for i in indices if (m := facts.assessments[i].mission)]
    return missions[0] if missions else default


def _verdicts(cues, doc, facts, sents, by_sentence, main_key) -> list[Verdict]:
    best: dict[str, tuple[Judgement, Sentence]] = {}
    for k, s in enumerate(sents):
        j = judge(cues, s, sents[k + 1] if k + 1 < len(sents) else None)
        if j is None:
            continue
        mission = _mission_of(facts, by_sentence.get(s.index, []), main_key)
        held = best.get(mission)
        if held is None or GRAVITY[j.value] > GRAVITY[held[0].value]:
            best[mission] = (j, s)
    keys = [m.key for m in facts.missions] or [main_key]
    out = []
    for key in keys:
        if key not in best:
            if key == main_key:
                out.append(Verdict(key, "none", evidence=_evidence("coding.verdict.no-judgement")))
            continue
        j, s = best[key]
        span = original_span(doc, s, j.start, j.stop)
        statements = by_sentence.get(s.index, [])
        speakers = [facts.assessments[i].by for i in statements if facts.assessments[i].by]
        keys = [facts.assessments[i].key for i in statements]
        out.append(
            Verdict(
                mission=key,
                value=j.value,
                quote=doc.original[span.start : span.end],
                by=speakers[0] if speakers else None,
                statements=keys,
                evidence=_evidence(f"coding.verdict.{j.rule}", span),
            )
        )
    return out


def _findings(cues, monitors, doc, facts, sents, by_sentence, main_key) -> list[Finding]:
    out = []
    covered = set()
    for a in facts.assessments:
        if a.recommendation or a.evidence is None or not a.evidence.spans:
            continue
        s = _sentence_of(sents, a.evidence.spans[0].start)
        if s is None:
            continue
        covered.add(s.index)
        topic = F.topic_of(cues, a.statement, s.text)
        out.append(
            Finding(
                mission=a.mission or main_key,
                topic=topic,
                phase=F.phase_of(cues, topic, s),
                polarity=a.polarity,
                statement=a.statement,
                assessment=a.key,
                fraud=F.alleges_fraud(cues, a.polarity, a.statement, s),
                evidence=_evidence("coding.finding.assessment", *a.evidence.spans),
            )
        )
    for k, s in enumerate(sents):
        j = judge(cues, s, sents[k + 1] if k + 1 < len(sents) else None)
        if j is None or s.index in covered:
            continue
        polarity = "positive" if j.value == "endorse" else "critical"
        span = original_span(doc, s, j.start, j.stop)
        out.append(
            Finding(
                mission=main_key,
                topic="overall",
                phase=F.phase_of(cues, "overall", s),
                polarity=polarity,
                statement=doc.original[span.start : span.end],
                fraud=F.alleges_fraud(cues, polarity, "", s),
                evidence=_evidence(f"coding.finding.verdict-sentence.{j.rule}", span),
            )
        )
    _absences(cues, monitors, doc, sents, out, main_key)
    return out


def _absences(cues, monitors, doc, sents, findings: list[Finding], main_key: str) -> None:
    """A sentence saying a mission was denied access or refused to come: the finding of its
    sentence (or a new one on observers' access) names the organisation it says is absent."""
    for s in sents:
        if not cues.has("absence", s.folded):
            continue
        named = monitors.organisations_named(s.text)
        absent = named[0] if named else None
        held = next(
            (
                f
                for f in findings
                if f.evidence and _sentence_of(sents, f.evidence.spans[0].start) is s
            ),
            None,
        )
        if held is not None:
            held.absent = absent
            continue
        findings.append(
            Finding(
                mission=main_key,
                topic="observer-access",
                phase=F.phase_of(cues, "observer-access", s),
                polarity="critical",
                statement=s.text,
                absent=absent,
                evidence=_evidence("coding.finding.absence", s.span),
            )
        )


def _recommendations(cues, doc, facts, sents, by_sentence, main_key) -> list[Recommendation]:
    out = []
    found = set()
    for s in sents:
        for item in recommendations_in(cues, s):
            span = original_span(doc, s, item.start, item.stop)
            text = s.text[item.start : item.stop]
            out.append(
                Recommendation(
                    mission=_mission_of(facts, by_sentence.get(s.index, []), main_key),
                    text=text,
                    addressee=item.addressee,
                    topic=cues.first_key("topics", s.folded[item.start : item.stop]),
                    evidence=_evidence("coding.recommendation.cue", span),
                )
            )
            found.add(s.index)
    for a in facts.assessments:
        if not a.recommendation or a.evidence is None or not a.evidence.spans:
            continue
        s = _sentence_of(sents, a.evidence.spans[0].start)
        if s is None or s.index in found:
            continue
        found.add(s.index)
        out.append(
            Recommendation(
                mission=a.mission or main_key,
                text=a.statement,
                topic=cues.first_key("topics", a.statement.lower()),
                evidence=_evidence("coding.recommendation.assessment", *a.evidence.spans),
            )
        )
    return out
