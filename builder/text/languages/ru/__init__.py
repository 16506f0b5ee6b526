"""Russian: razdel sentences and tokens, pymorphy3 lemmas, the recognisers of
:mod:`builder.text.languages.ru.recognise` and the resolver with Russian reference names."""

from __future__ import annotations

from builder.reference.records import Reference
from builder.text.languages import Language
from builder.text.languages.ru.recognise import Recogniser
from builder.text.languages.ru.segment import Segmenter
from builder.text.normalise import Normaliser
from builder.text.resolve import Resolver


def load(reference: Reference) -> Language:
    return Language(
        tag="ru",
        normalise=Normaliser(),
        segment=Segmenter(morph=False, ner=True),
        recognise=Recogniser(reference),
        resolve=Resolver(reference),
    )
