"""Automatic extraction: report text -> :class:`~builder.facts.model.ReportFacts`.

normalise -> segment -> recognise -> resolve. Every span in the returned facts is an offset of
the ORIGINAL text (the recognisers map normalised spans back through ``Doc.original_span``),
and every fact carries ``Evidence(method=EXTRACTED, rule="<module>.<rule>")``.

The segmenter cuts the text once (sentences, tokens with lemmas and analyses, entity spans) and
the recognisers read those layers; a language's models are loaded once, when it is.
"""

from __future__ import annotations

from collections.abc import Callable

from builder.facts.model import ReportFacts, key_assessments, key_events
from builder.reading.source_map import SourceMap
from builder.reference.records import Reference
from builder.text import defaults, languages
from builder.text.document import Doc
from builder.text.nlp import Models


class Extractor:
    """The extraction stages of each language, loaded on first use; one instance serves many
    documents (the models and reference data are held here, not in module globals).

    A build gives it its reference data and :class:`~builder.text.nlp.Models`; without them it
    takes the project's reference data and the models one-off calls share
    (:mod:`builder.text.defaults`).
    """

    def __init__(self, reference: Reference | None = None, models: Models | None = None) -> None:
        self._reference = reference
        self.models = models or defaults.models()
        self._languages: dict[str, languages.Language] = {}

    def language(self, tag: str) -> languages.Language:
        """The stages of language ``tag``, loaded on first use with this extractor's reference
        data (the project's, read once, unless it was given one) and models."""
        if tag not in self._languages:
            if self._reference is None:
                self._reference = defaults.reference()
            self._languages[tag] = languages.load(tag, self._reference, self.models)
        return self._languages[tag]

    def __call__(self, doc: Doc, progress: Callable[[str], None] | None = None) -> ReportFacts:
        """Facts of ``doc``, read by the stages of its language (detected when not set).

        ``progress`` is told each stage as it starts, so that a long report shows where it is.
        """
        say = progress or (lambda _stage: None)
        tag = doc.language or languages.detect(doc.name, doc.original or doc.text)
        doc.language = tag
        if tag not in languages.REGISTERED:  # nothing reads it: no facts, the build warns
            return ReportFacts(report=doc.name, is_observation_report=False, language=tag)
        language = self.language(tag)
        if not doc.text and doc.original:
            say("normalising")
            language.normalise(doc)
        if not doc.sents and doc.text:
            say("segmenting")
            language.segment(doc)
        say(f"recognising facts in {len(doc.sents)} sentences")
        facts = language.recognise(doc)
        facts.language = tag
        say("resolving names")
        # The recognisers link an assessment to its event by position in the list they build;
        # the facts leave the text stage with the events' keys instead.
        return key_assessments(key_events(language.resolve(doc, facts), positions=True))


def extract(
    name: str,
    original: str,
    progress: Callable[[str], None] | None = None,
    source: SourceMap | None = None,
    extractor: Extractor | None = None,
) -> tuple[Doc, ReportFacts]:
    """Normalise, segment, recognise and resolve one report given as its published text
    (``progress``, if given, is told each stage as it starts).

    ``source`` (pages, publication date, address) is carried on the ``Doc``: the date as
    ``Doc.published`` for the recognisers, the pages for the spans' provenance. A run over many
    reports makes one :class:`Extractor` and passes it; without one, the extractor one-off calls
    share serves this report (:func:`builder.text.defaults.extractor`).
    """
    published = source.published if source is not None else None
    doc = Doc(name=name, original=original, published=published, source=source)
    facts = (extractor or defaults.extractor())(doc, progress)
    return doc, facts
