"""Automatic extraction: report text -> :class:`~builder.facts.model.ReportFacts`.

normalise -> segment -> recognise -> resolve. Every span in the returned facts is an offset of
the ORIGINAL text (the recognisers map normalised spans back through ``Doc.original_span``),
and every fact carries ``Evidence(method=EXTRACTED, rule="<module>.<rule>")``.

The recognisers read sentences and pymorphy3 analyses, not natasha's morphology or entity
spans, so the segmenter runs without its taggers: a build of many reports pays for razdel's
sentence split only.
"""

from __future__ import annotations

from builder.facts.model import ReportFacts
from builder.text.document import Doc
from builder.text.normalise import Normaliser
from builder.text.recognise import Recogniser
from builder.text.resolve import Resolver
from builder.text.segment import Segmenter


class Extractor:
    """The extraction stages in order; one instance serves many documents."""

    def __init__(self) -> None:
        self.normaliser = Normaliser()
        self.segmenter = Segmenter(morph=False, ner=False)
        self.recogniser = Recogniser()
        self.resolver = Resolver()

    def __call__(self, doc: Doc) -> ReportFacts:
        """Facts of ``doc``; normalises and segments it first when that has not been done."""
        if not doc.text and doc.original:
            self.normaliser(doc)
        if not doc.sents and doc.text:
            self.segmenter(doc)
        facts = self.recogniser(doc)
        return self.resolver(doc, facts)


_EXTRACTOR: Extractor | None = None


def extract(name: str, original: str) -> tuple[Doc, ReportFacts]:
    """Normalise, segment, recognise and resolve one report given as its published text."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    doc = Doc(name=name, original=original)
    facts = _EXTRACTOR(doc)
    return doc, facts
