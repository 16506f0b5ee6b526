"""Russian: razdel sentences, word tokens with pymorphy3 lemmas and analyses, natasha's entity
spans, the recognisers of :mod:`builder.text.languages.ru.recognise` and the resolver with
Russian reference names."""

from __future__ import annotations

from builder.reference.records import Reference
from builder.text.languages import Language
from builder.text.languages.ru.recognise import Recogniser
from builder.text.languages.ru.recognise.lexicon import Lexicon
from builder.text.languages.ru.segment import Segmenter
from builder.text.nlp import Models
from builder.text.normalise import Normaliser
from builder.text.resolve import Resolver


def load(reference: Reference, models: Models) -> Language:
    """The Russian stages over ``reference``, sharing the analyser and tagger of ``models``."""
    morph = models.morphology
    lexicon = Lexicon.load(morph)
    return Language(
        tag="ru",
        normalise=Normaliser(morph=morph),
        segment=Segmenter(morph, models.ner_tagger, lexicon.inflect),
        recognise=Recogniser(reference, lexicon),
        resolve=Resolver(reference),
    )
