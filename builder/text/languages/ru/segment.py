"""Segment a normalised Russian report: sentences, tokens with their analyses, entity spans.

This is the one place the document is cut up: razdel finds the sentences, a word pattern the
tokens, and each token gets its lemma and pymorphy3 analyses from the one
:class:`~builder.text.nlp.Morphology` of the language; the recognisers read these through the
views of :mod:`builder.text.languages.ru.recognise.lexicon`, never tokenising again. natasha's
news NER tagger adds entity spans (PER, LOC, ORG). Sentences never cross a paragraph break
("\\n"), because headings carry no final full stop and would otherwise swallow the next
paragraph's first sentence.

Each entity span gets its nominative from the language's one
:class:`~builder.text.languages.ru.inflect.Inflector`, the one the recognisers use.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import razdel

from builder.reference.morphology import Morphology
from builder.text.document import Doc, Entity, TextSpan, Token

if TYPE_CHECKING:
    from natasha import NewsNERTagger

    from builder.text.languages.ru.inflect import Inflector

#: A token: a word (hyphenated words kept whole), a run of digits or one other character.
TOKEN = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*|\d+|\S")


class Segmenter:
    """The segmentation stage: fills ``doc.sents``, ``doc.tokens`` and ``doc.spans``.

    ``ner`` is natasha's NER tagger and ``inflect`` the language's inflector, which puts its
    spans in the nominative; without them (callers that only need sentences and tokens) there
    are no entity spans.
    """

    def __init__(
        self,
        morph: Morphology,
        ner: NewsNERTagger | None = None,
        inflect: Inflector | None = None,
    ) -> None:
        if ner is not None and inflect is None:
            raise ValueError("a segmenter with a NER tagger needs the inflector of its spans")
        self.morph = morph
        self.ner = ner
        self.inflect = inflect

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        paragraphs = list(_paragraphs(text))
        sents: list[TextSpan] = []
        for par_start, par_text in paragraphs:
            for sent in razdel.sentenize(par_text):
                for start, piece in _bounded(par_start + sent.start, sent.text):
                    stripped = piece.strip()
                    if stripped:
                        start += len(piece) - len(piece.lstrip())
                        sents.append(TextSpan(start, start + len(stripped), stripped))
        doc.sents = sents
        doc.tokens = self.tokens(sents)
        doc.spans = self.entities(doc, paragraphs) if self.ner is not None else []
        return doc

    def tokens(self, sents: Sequence[TextSpan]) -> list[Token]:
        """The tokens of each sentence, with the lemma and analyses of their word form."""
        morph = self.morph
        out: list[Token] = []
        for index, sent in enumerate(sents):
            for match in TOKEN.finditer(sent.text):
                word = match.group()
                start = sent.start + match.start()
                out.append(
                    Token(
                        start,
                        start + len(word),
                        word,
                        lemma=morph.lemma(word),
                        sent=index,
                        analyses=morph.parses(word),
                    )
                )
        return out

    def entities(self, doc: Doc, paragraphs: Sequence[tuple[int, str]]) -> list[Entity]:
        """natasha's entity spans, cut at sentence boundaries, with their nominative."""
        assert self.ner is not None and self.inflect is not None
        text, sents = doc.text, doc.sents
        found: list[tuple[int, int, str]] = []
        if paragraphs:
            # Paragraph by paragraph (the context natasha's tagger was trained on), then cut
            # at sentence boundaries: "Маратом Жунусовым. М. Жунусов" is two people.
            markups = self.ner.map([par_text for _, par_text in paragraphs])
            sent_starts = [sent.start for sent in sents]
            for (par_start, _), markup in zip(paragraphs, markups, strict=True):
                for span in markup.spans:
                    start, stop = par_start + span.start, par_start + span.stop
                    pieces = _split_at_sentences(text, sents, sent_starts, start, stop)
                    for sent_start, piece_start, piece_stop in pieces:
                        if span.type == "PER":
                            floor = max(sent_start, found[-1][1] if found else 0)
                            piece_start = max(floor, _extend_over_initials(text, piece_start))
                        found.append((piece_start, piece_stop, span.type))
        out = []
        for start, stop, kind in found:
            tokens = doc.tokens_in(start, stop)
            nominative = self.inflect.name if kind == "PER" else self.inflect.phrase
            out.append(Entity(start, stop, kind, text[start:stop], tokens, nominative(tokens)))
        return out


_INITIALS_BEFORE = re.compile(r"(?:(?<![^\W\d_])[А-ЯЁA-Z]\.[ -]?)+\Z")


def _split_at_sentences(
    text: str, sents: Sequence[TextSpan], sent_starts: Sequence[int], start: int, stop: int
) -> Iterable[tuple[int, int, int]]:
    """The parts of ``[start, stop)`` inside each sentence, trimmed of edge punctuation, as
    (sentence start, part start, part stop). ``sent_starts`` are the sentences' starts."""
    index = max(bisect.bisect_right(sent_starts, start) - 1, 0)
    while index < len(sents) and sents[index].start < stop:
        sent = sents[index]
        index += 1
        if sent.stop <= start:
            continue
        a, b = max(start, sent.start), min(stop, sent.stop)
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum():
            b -= 1
        if a < b:
            yield sent.start, a, b


def _extend_over_initials(text: str, start: int) -> int:
    """Move a person span's start left over the initials before it ("И.-Б. " of Нурланов)."""
    match = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
    return match.start() if match else start


#: The longest sentence kept whole, in characters. Reports' sentences stay under ~450; a text
#: without full stops (a long list, a table pasted as lines) would otherwise be one sentence of
#: any length, and recognisers that look across a sentence would take time growing with the
#: square of its size.
MAX_SENTENCE = 1000
_CUT = re.compile(r"[;,]\s|\s")


def _bounded(start: int, text: str) -> Iterable[tuple[int, str]]:
    """``text`` (a sentence at ``start``) in pieces of at most :data:`MAX_SENTENCE` characters,
    each cut after the last "; " or ", " of its window, else at its last space, else anywhere."""
    while len(text) > MAX_SENTENCE:
        window = text[:MAX_SENTENCE]
        cuts = [m.end() for m in _CUT.finditer(window)]
        punct = [m.end() for m in _CUT.finditer(window) if m.group()[0] in ";,"]
        cut = (punct or cuts or [MAX_SENTENCE])[-1]
        piece = text[:cut].rstrip()
        yield start, piece
        rest = text[cut:]
        skipped = len(rest) - len(rest.lstrip())
        start, text = start + cut + skipped, rest.lstrip()
    if text:
        yield start, text


def _paragraphs(text: str) -> Iterable[tuple[int, str]]:
    """The non-blank lines of ``text`` with their start offsets."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, line
        start += len(line) + 1
