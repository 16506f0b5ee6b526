"""English: spaCy's rule-based sentences and tokens, an English date grammar, the English
recognisers of this folder (cue words in ``cues.yaml``) and the shared resolver.

The normaliser is the shared one: its repairs (line-end hyphens, wraps, dashes, quotes) are
decided by the shape of the text; for a Latin word the Russian dictionary it consults knows
nothing, so a line-end hyphen before a lower-case half is removed ("Re-\\npublic").
"""

from __future__ import annotations

from builder.reference.records import Reference
from builder.text.languages import Language
from builder.text.languages.en.recognise import Recogniser
from builder.text.languages.en.segment import Segmenter
from builder.text.nlp import Models
from builder.text.normalise import Normaliser
from builder.text.resolve import Resolver


def load(reference: Reference, models: Models) -> Language:
    """The English stages over ``reference`` (of ``models`` the spaCy pipeline of the
    segmenter and the analyser the shared normaliser consults)."""
    return Language(
        tag="en",
        normalise=Normaliser(morph=models.morphology),
        segment=Segmenter(models.english),
        recognise=Recogniser(reference),
        resolve=Resolver(reference),
    )
