"""Automatic extraction: report text -> :class:`~builder.facts.ReportFacts`.

normalise -> segment -> recognise -> resolve. Every span in the returned facts is an offset of
the ORIGINAL text (the recognisers map normalised spans back through ``Doc.original_span``),
and every fact carries ``Evidence(method=EXTRACTED, rule="<module>.<rule>")``.
"""

from __future__ import annotations

from builder.document import Doc
from builder.facts import ReportFacts
from builder.normalise import Normaliser
from builder.recognise import Recogniser
from builder.resolve import Resolver


class Extractor:
    """The extraction stages in order; one instance can serve many documents."""

    def __init__(self) -> None:
        self.normaliser = Normaliser()
        self.recogniser = Recogniser()
        self.resolver = Resolver()

    def __call__(self, doc: Doc) -> ReportFacts:
        if not doc.text and doc.original:
            self.normaliser(doc)
        facts = self.recogniser(doc)
        return self.resolver(doc, facts)


_EXTRACTOR: Extractor | None = None


def extract(name: str, original: str) -> tuple[Doc, ReportFacts]:
    """Normalise, segment, recognise and resolve one report given as text."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    doc = Doc(name=name, original=original)
    _EXTRACTOR.normaliser(doc)
    try:
        from builder.segment import Segmenter
    except ImportError:  # segmentation is optional: the recognisers split sentences themselves
        Segmenter = None  # noqa: N806
    if Segmenter is not None:
        Segmenter()(doc)
    facts = _EXTRACTOR(doc)
    return doc, facts
