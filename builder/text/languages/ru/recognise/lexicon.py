"""Shared lexical layer of the recognisers: sentences, tokens with lemmas, cue lists.

The recognisers read the normalised text of a :class:`~builder.text.document.Doc` through the
small :class:`Sent` / :class:`Tok` objects built here, so that every rule sees the same
tokenisation and the same pymorphy3 analyses (each distinct word is parsed once per process).
Cue words (trigger lemmas) are general language data and live in ``data/reference/cues.yaml``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import yaml

from builder.base.errors import InputError
from builder.base.resources import resource_dir
from builder.text.document import Doc

CUES_PATH = resource_dir("data/reference") / "cues.yaml"

_TOKEN_RE = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*|\d+|\S")
_CYRILLIC_UPPER = re.compile(r"^[А-ЯЁA-Z]")


@cache
def morph() -> Any:
    """The one pymorphy3 analyser of the process (building it costs a few hundred ms)."""
    from builder.text.nlp import morph_analyzer

    return morph_analyzer()


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Any, ...]:
    """All pymorphy3 analyses of ``word`` (cached: texts repeat their words)."""
    return tuple(morph().parse(word))


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Most probable lemma of ``word``, lower-case."""
    if not word or not word[0].isalpha():
        return word.lower()
    return parses(word)[0].normal_form.replace("ё", "е")


@cache
def cues() -> dict[str, Any]:
    """The cue lists of ``data/reference/cues.yaml`` (trigger lemmas of the genre)."""
    try:
        data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{CUES_PATH}: cannot read cue lists: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{CUES_PATH}: expected a mapping of cue lists")
    return data


def cue_set(name: str) -> frozenset[str]:
    """One cue list as a set of lemmas."""
    return _cue_set(name)


@cache
def _cue_set(name: str) -> frozenset[str]:
    values = cues().get(name)
    if values is None:
        raise InputError(f"{CUES_PATH}: no cue list {name!r}")
    return frozenset(str(v).lower().replace("ё", "е") for v in values)


@dataclass
class Tok:
    """One token of the normalised text, with its lemma."""

    text: str
    start: int
    stop: int
    i: int  # index in the sentence

    @property
    def lemma(self) -> str:
        return lemma(self.text)

    @property
    def lower(self) -> str:
        return self.text.lower().replace("ё", "е")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_cap(self) -> bool:
        return bool(_CYRILLIC_UPPER.match(self.text))

    @property
    def is_int(self) -> bool:
        return self.text.isdigit()

    def has(self, *grammemes: str) -> bool:
        """Whether some analysis of the word carries all ``grammemes``."""
        return any(all(g in p.tag for g in grammemes) for p in parses(self.text))

    def first(self, *grammemes: str) -> Any | None:
        """The most probable analysis carrying all ``grammemes``, if any."""
        for p in parses(self.text):
            if all(g in p.tag for g in grammemes):
                return p
        return None


@dataclass
class Sent:
    """One sentence of the normalised text: its tokens and its paragraph number."""

    start: int
    stop: int
    text: str
    para: int
    index: int
    toks: list[Tok] = field(default_factory=list)

    def lemmas(self) -> set[str]:
        return {t.lemma for t in self.toks}

    def find(self, lemmas: frozenset[str] | set[str], start: int = 0) -> int | None:
        """Index of the first token at or after ``start`` whose lemma is in ``lemmas``."""
        for t in self.toks[start:]:
            if t.lemma in lemmas or t.lower in lemmas:
                return t.i
        return None

    def span_text(self, i: int, j: int) -> str:
        """The text of tokens ``[i, j)``, as written in the normalised text."""
        if i >= j:
            return ""
        return self.text[self.toks[i].start - self.start : self.toks[j - 1].stop - self.start]


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Words (hyphenated words kept whole), numbers and single punctuation marks."""
    return [
        Tok(m.group(), m.start() + offset, m.end() + offset, i)
        for i, m in enumerate(_TOKEN_RE.finditer(text))
    ]


def sentences(doc: Doc) -> list[Sent]:
    """The sentences of ``doc.text`` with tokens; paragraphs are the text's lines.

    Uses the segmenter's sentences when the document has them, else razdel within each line.
    """
    text = doc.text
    bounds: list[tuple[int, int]] = []
    if doc.sents:
        bounds = [(s.start, s.stop) for s in doc.sents]
    else:
        from razdel import sentenize

        pos = 0
        for line in text.split("\n"):
            for s in sentenize(line):
                bounds.append((pos + s.start, pos + s.stop))
            pos += len(line) + 1
    out: list[Sent] = []
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    for start, stop in bounds:
        # never let a sentence cross a paragraph break
        piece_start = start
        for k, chunk in enumerate(text[start:stop].split("\n")):
            if k:
                piece_start += 1
            s, e = piece_start, piece_start + len(chunk)
            piece_start = e
            stripped = chunk.strip()
            if not stripped:
                continue
            lead = len(chunk) - len(chunk.lstrip())
            s += lead
            e = s + len(stripped)
            para = bisect.bisect_right(breaks, s)  # line breaks before the sentence
            out.append(Sent(s, e, text[s:e], para, len(out)))
    for sent in out:
        sent.toks = tokenize(sent.text, sent.start)
    return out
