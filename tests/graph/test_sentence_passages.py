"""Evidence that runs over several sentences points to the run of those sentences.

A quoted statement of two or three sentences with its "— отметил X" / "he said" is one piece
of evidence; razdel and spaCy end sentences inside the quote. The span's ``eo:inSentence`` is
then the passage of the sentences it covers, so that evidence always lies inside the span it
points to (the shapes check it), whatever the language.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF

from builder.facts.model import Evidence, Mission, ReportFacts, Span
from builder.graph.assemble import Assembler
from builder.graph.namespaces import EO, OA
from builder.graph.validate import Validator
from builder.text.document import Doc
from builder.text.extract import Extractor, extract

GENRE = Path(__file__).resolve().parents[1] / "genre"

PASSAGES = {
    "ru": (
        "Миссия завершила работу. «Нарушений не выявлено. Избиратели сделали выбор "
        "свободно», — отметил глава миссии. Итоги подведут позже.",
        "«Нарушений не выявлено. Избиратели сделали выбор свободно», — отметил глава миссии.",
    ),
    "en": (
        'The mission closed its work. "The vote was calm. Voters chose freely," the head '
        "of the mission said. Results follow later.",
        '"The vote was calm. Voters chose freely," the head of the mission said.',
    ),
}


def _segmented(tag: str, text: str) -> Doc:
    doc = Doc(name=f"passage.{tag}.txt", original=text, language=tag)
    language = Extractor().language(tag)
    language.normalise(doc)
    language.segment(doc)
    return doc


@pytest.mark.parametrize("tag", sorted(PASSAGES))
def test_a_passage_over_sentences_is_the_run_of_them(tag: str) -> None:
    text, passage = PASSAGES[tag]
    doc = _segmented(tag, text)
    start = text.index(passage)
    stop = start + len(passage)
    assert doc.sentence_at(start).stop < stop, "the segmenter ends a sentence inside the quote"
    run = doc.sentences_over(start, stop)
    assert run.start == doc.sentence_at(start).start and run.stop == stop
    assert run.text == doc.text[run.start : run.stop] and run.text.endswith(doc.text[start:stop])
    inside = start + 2
    assert doc.sentences_over(inside, inside + 5) == doc.sentence_at(inside)


@pytest.mark.parametrize("tag", sorted(PASSAGES))
def test_assembled_evidence_lies_in_its_sentence_span(tag: str) -> None:
    text, passage = PASSAGES[tag]
    doc = _segmented(tag, text)
    start = text.index(passage)
    evidence = Evidence(spans=(Span(start, start + len(passage)),))
    mission = Mission(key="main", organiser="СНГ", is_main=True, evidence=evidence)
    facts = ReportFacts(report=doc.name, is_observation_report=True, missions=[mission])
    graph = Assembler()(facts, doc)

    def offsets(node: URIRef) -> tuple[int, int]:
        pos = next(
            selector
            for selector in graph.objects(node, OA.hasSelector)
            if (selector, RDF.type, OA.TextPositionSelector) in graph
        )
        return int(graph.value(pos, OA.start)), int(graph.value(pos, OA.end))

    spans = [s for s in graph.subjects(EO.inSentence, None) if offsets(s)[0] == start]
    assert len(spans) == 1
    sentence = graph.value(spans[0], EO.inSentence)
    assert offsets(spans[0]) == (start, start + len(passage))
    first, last = offsets(sentence)
    assert first <= start and last == start + len(passage)
    assert str(graph.value(sentence, EO.normalisedText)).endswith(doc.text[start:last])


@pytest.mark.slow
def test_every_genre_text_builds_a_conforming_graph() -> None:
    validator, extractor, assembler = Validator(), Extractor(), Assembler()
    failures = {}
    for path in sorted(GENRE.glob("dev-*.txt")):
        doc, facts = extract(path.name, path.read_text(encoding="utf-8"), extractor=extractor)
        outcome = validator(assembler(facts, doc), path.name)
        bad = [v.message_en for v in outcome.violations if v.severity == "Violation"]
        if bad:
            failures[path.name] = bad
    assert failures == {}
