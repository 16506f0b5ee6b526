"""The sentences the coding rules read, with their spans in the file as published.

A document a language's stages have read carries its normalised text and sentences; those are
used as they are. A document no registered language read (its facts are empty, but a verdict
may still be read from it) is normalised with the shared normaliser and split with razdel,
which splits Latin-script text as well as Cyrillic, so the coder reads any language that has
cue words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from razdel import sentenize

from builder.coding.cues import fold
from builder.facts.model import Span
from builder.text.document import Doc, TextSpan
from builder.text.normalise import Normaliser


@dataclass(frozen=True)
class Sentence:
    """One sentence: normalised ``[start, stop)``, its text, folded text and original span."""

    index: int
    start: int
    stop: int
    text: str
    folded: str
    span: Span


def sentences(doc: Doc, normaliser: Normaliser | None = None) -> list[Sentence]:
    """The document's sentences (see the module docstring); a document no language read is
    normalised by ``normaliser`` (the coder's, made once with the build's analyser)."""
    if not doc.text and doc.original:
        if normaliser is None:
            raise ValueError(f"{doc.name}: not normalised, and no normaliser given")
        normaliser(doc)
    spans = doc.sents or _split(doc.text)
    out = []
    for i, s in enumerate(spans):
        out.append(
            Sentence(i, s.start, s.stop, s.text, fold(s.text), doc.original_span(s.start, s.stop))
        )
    return out


def _split(text: str) -> list[TextSpan]:
    out = []
    for para in re.finditer(r"[^\n]+", text):
        for s in sentenize(para.group()):
            out.append(TextSpan(para.start() + s.start, para.start() + s.stop, s.text))
    return out


def original_span(doc: Doc, sentence: Sentence, start: int, stop: int) -> Span:
    """The original span of characters ``[start, stop)`` of ``sentence`` (its own offsets)."""
    return doc.original_span(sentence.start + start, sentence.start + stop)
