"""The document object every stage reads and extends, after natasha's ``Doc``.

A :class:`Doc` carries the report text as published (``original``), the normalised text that
the NLP stages read (``text``), and a map from each normalised offset back to the original
one. Layers added by later stages (sentences, tokens, entity spans) are ``start/stop`` spans
over ``text``; :meth:`Doc.original_span` turns any of them into a :class:`~builder.facts.model.Span`
of the original file, which is what the graph records as provenance.

:mod:`builder.text.normalise` fills ``text`` and ``offsets``; a language's segmenter (such as
:mod:`builder.text.languages.ru.segment`) fills ``sents`` (:class:`TextSpan`), ``tokens``
(:class:`Token`) and ``spans`` (:class:`Entity`). Every later stage reads these layers and
never cuts the text up again.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from builder.facts.model import Span
from builder.reading.source_map import SourceMap


@dataclass
class TextSpan:
    """A span of the normalised text: ``text[start:stop]``, with an optional type."""

    start: int
    stop: int
    text: str
    type: str | None = None


@dataclass
class Token:
    """A word, number or punctuation mark of the normalised text, with its morphology.

    ``lemma`` is the lower-case dictionary form; ``analyses`` are the language's
    morphological analyses of the word form, most probable first (pymorphy3 ``Parse``
    objects for Russian, empty where a language has none), kept so that later stages inflect
    and test grammemes without analysing again. ``sent`` is the index of the token's sentence
    in ``Doc.sents``.
    """

    start: int
    stop: int
    text: str
    lemma: str = ""
    sent: int = -1
    analyses: tuple[Any, ...] = field(default=(), repr=False, compare=False)


@dataclass
class Entity:
    """A named-entity span (natasha's NER: ``PER``, ``LOC`` or ``ORG``) of the normalised text.

    ``normal`` is the phrase in the nominative ("Ислам-Беком Нурлановым" -> "Ислам-Бек
    Нурланов"; "Республики Казахстан" -> "Республика Казахстан").
    """

    start: int
    stop: int
    type: str
    text: str
    tokens: list[Token] = field(default_factory=list, repr=False)
    normal: str = ""


@dataclass
class Doc:
    """One report and every layer found in it.

    ``offsets`` has ``len(text) + 1`` entries: ``offsets[i]`` is the original offset of
    normalised character ``i`` and the last entry is ``len(original)``, so a normalised
    half-open span ``[a, b)`` maps to ``[offsets[a], offsets[b - 1] + 1)`` in the original.
    """

    name: str  # report file name
    original: str
    language: str = ""  # BCP 47 tag; set by detection when the caller does not know it
    text: str = ""
    offsets: list[int] = field(default_factory=list)
    sents: list[TextSpan] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    spans: list[Entity] = field(default_factory=list)
    layers: dict[str, Any] = field(default_factory=dict)  # anything else a stage adds
    # When the source says the report was published (a web page's date, a fetch record):
    # the year of a date the text gives without one ("28 июня") is read against it.
    published: date | None = None
    # Where ``original`` came from: format, pages (offsets of ``original``), title, address.
    source: SourceMap | None = None

    def original_span(self, start: int, stop: int) -> Span:
        """The span of the original file that normalised ``[start, stop)`` came from."""
        if not self.offsets:
            return Span(start, stop)
        if stop <= start:
            at = self.offsets[min(start, len(self.offsets) - 1)]
            return Span(at, at)
        return Span(self.offsets[start], self.offsets[stop - 1] + 1)

    def _sentence_index(self, start: int) -> int | None:
        """The index in ``sents`` of the sentence holding normalised offset ``start``."""
        index = bisect.bisect_right(self.sents, start, key=lambda sent: sent.start) - 1
        if index >= 0 and self.sents[index].start <= start < self.sents[index].stop:
            return index
        return None

    def sentence_at(self, start: int) -> TextSpan | None:
        """The sentence (normalised coordinates) that holds normalised offset ``start``."""
        index = self._sentence_index(start)
        return None if index is None else self.sents[index]

    def sentences_over(self, start: int, stop: int) -> TextSpan | None:
        """The sentence holding normalised ``[start, stop)``; for a passage that runs over
        several (a quoted statement of three sentences and its "— said X"), the run of those
        sentences as one span, so that evidence always lies inside the span it points to."""
        index = self._sentence_index(start)
        if index is None:
            return None
        first, last = self.sents[index], index
        while last + 1 < len(self.sents) and self.sents[last + 1].start < stop:
            last += 1
        if last == index or first.stop >= stop:
            return first
        end = self.sents[last].stop
        return TextSpan(first.start, end, self.text[first.start : end])

    def tokens_in(self, start: int, stop: int) -> list[Token]:
        """The tokens that lie wholly inside normalised ``[start, stop)``, in text order."""
        first = bisect.bisect_left(self.tokens, start, key=lambda token: token.start)
        last = first
        while last < len(self.tokens) and self.tokens[last].stop <= stop:
            last += 1
        return self.tokens[first:last]

    def normalised_offset(self, original: int) -> int:
        """The first normalised offset whose original offset is at or after ``original``."""
        return bisect.bisect_left(self.offsets, original, 0, max(len(self.offsets) - 1, 0))
