"""Shared lexical layer of the recognisers: views of the document's sentences and tokens, cue lists.

The recognisers read the segmented :class:`~builder.text.document.Doc` through the small
:class:`Sent` / :class:`Tok` views built here over the document's own sentences and tokens, so
that every rule sees the segmenter's tokenisation and the lemmas and pymorphy3 analyses it
gave each token (one analyser, one memo: :class:`~builder.reference.morphology.Morphology`).
Cue words (trigger lemmas) are general language data and live beside the language's code, in
``builder/text/languages/ru/cues.yaml`` (package data, shipped in the wheel); the
:class:`Lexicon` holds them with the analyser and the date grammar, and each :class:`Sent` and
:class:`Tok` carries the lexicon it was read with (``s.lex.cue_set(...)``,
``t.lex.parses(word)``), so a rule reaches its words through what it reads; a rule handed only
strings takes the lexicon as its first parameter. No cue list or analyser lives in a module.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from builder.base.errors import InputError
from builder.reference.morphology import Morphology
from builder.text.document import Doc
from builder.text.languages import package_file, word_lists
from builder.text.languages.ru.inflect import Inflector
from builder.text.languages.ru.recognise.dates import DateGrammar
from builder.text.languages.ru.segment import Segmenter

CUES_PATH = package_file("builder.text.languages.ru", "cues.yaml")

_CYRILLIC_UPPER = re.compile(r"^[А-ЯЁA-Z]")
_CUE_NAME = re.compile(r"\{([a-z_][a-z0-9_.]*)\}")


def fold(text: str) -> str:
    """``text`` as cue words are written and compared: lower case, "ё" as "е" (reports write
    either, pymorphy3's lemmas keep "ё")."""
    return text.lower().replace("ё", "е")


class Lexicon:
    """The words the Russian rules read by: the cue lists of ``cues.yaml``, the language
    bundle's morphological analyser, the date grammar over the cue lists' month names, and
    the one :class:`~builder.text.languages.ru.inflect.Inflector` (``lex.inflect``) that puts
    names, posts and places in the nominative (the segmenter is handed the same one).

    The language bundle makes one (:func:`builder.text.languages.ru.load`) and its recogniser
    hands it to every sentence it reads, so no rule reaches a module-level cache.
    """

    def __init__(self, cues: dict[str, Any], morph: Morphology) -> None:
        self.cues = cues
        self.morph = morph
        self.parses = morph.parses
        self.lemma = morph.lemma
        self.cue_set = cache(self._cue_set)
        self.cue_tuple = cache(self._cue_tuple)
        self.cue_phrases = cache(self._cue_phrases)
        self.regex = cache(self._regex)
        self.dates = DateGrammar(
            self.cue_tuple("months"),
            self.cue_tuple("year_words"),
            self.cue_tuple("date_range_openers"),
            self.cue_tuple("date_range_closers"),
        )
        self.inflect = Inflector.load(morph, self.cue_set("acting_words"))

    @classmethod
    def load(cls, morph: Morphology) -> Lexicon:
        """The lexicon of the language's ``cues.yaml`` over ``morph``."""
        return cls(word_lists(CUES_PATH), morph)

    def _cue_entry(self, name: str) -> Any:
        """One entry of ``cues.yaml``; ``"a.b"`` names the entry ``b`` of the mapping ``a``
        (``"mission_heads.mission"``). A name it lacks is a clear error."""
        value: Any = self.cues
        for part in name.split("."):
            value = value.get(part) if isinstance(value, dict) else None
            if value is None:
                raise InputError(f"{CUES_PATH}: no cue list {name!r}")
        return value

    def _cue_list(self, name: str) -> list[Any]:
        """One cue list as ``cues.yaml`` writes it. A mapping of lists (the kinds of one role,
        ``mission_heads``) reads as all the words of its lists."""
        values = self._cue_entry(name)
        if isinstance(values, dict) and all(isinstance(v, list) for v in values.values()):
            return [word for words in values.values() for word in words]
        return list(values)

    def cue_text(self, name: str) -> str:
        """One text of ``cues.yaml`` as written: a name or title the rules write
        (``"written_names.group"``: "Группа наблюдателей от {organiser}")."""
        return str(self._cue_entry(name))

    def _cue_set(self, *names: str) -> frozenset[str]:
        """One cue list as a set of lemmas (lower-case, "ё" as "е"); of several names, the words
        of them all (``cue_set("meeting_verbs", "meeting_nouns")``, made once, not per token)."""
        return frozenset(fold(str(v)) for name in names for v in self._cue_list(name))

    def _cue_tuple(self, name: str) -> tuple[str, ...]:
        """A cue list as written (word endings keep their "ё"), the tuple ``str.endswith``
        takes."""
        return tuple(str(v) for v in self._cue_list(name))

    def _cue_phrases(self, name: str) -> frozenset[tuple[str, ...]]:
        """A cue list of phrases as word sequences (lower-case, "ё" as "е"): "по наблюдение"
        is ``("по", "наблюдение")``, compared with the lemmas or word forms of a run of tokens."""
        return frozenset(tuple(phrase.split()) for phrase in self._cue_set(name))

    def _regex(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``pattern`` compiled with each ``{name}`` (a cue list's name: lower-case letters,
        digits, "_" and ".") standing for a group of the list's words, escaped, longest first,
        as written (``"\\s*{prep_in}\\s+"``); a regex quantifier (``{1,3}``) is no name."""

        def words(m: re.Match[str]) -> str:
            alternatives = sorted(self._cue_tuple(m.group(1)), key=len, reverse=True)
            return "(?:" + "|".join(re.escape(w) for w in alternatives) + ")"

        return re.compile(_CUE_NAME.sub(words, pattern), flags)


@dataclass(slots=True)
class Tok:
    """One token of a sentence: a view of the document's token, with its index ``i`` in the
    sentence."""

    text: str
    start: int
    stop: int
    i: int  # index in the sentence
    lemma: str
    analyses: tuple[Any, ...] = field(repr=False, compare=False)
    lex: Lexicon = field(repr=False, compare=False)

    @property
    def lower(self) -> str:
        return fold(self.text)

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
        return any(all(g in p.tag for g in grammemes) for p in self.analyses)

    def first(self, *grammemes: str) -> Any | None:
        """The most probable analysis carrying all ``grammemes``, if any."""
        for p in self.analyses:
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
    lex: Lexicon = field(kw_only=True, repr=False, compare=False)

    @property
    def lower(self) -> str:
        """The sentence folded as cue phrases are compared (:func:`fold`)."""
        return fold(self.text)

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


def sentences(doc: Doc, lex: Lexicon | None = None) -> list[Sent]:
    """The document's sentences with their tokens, read with ``lex``; paragraphs are the text's
    lines.

    A one-off caller (a test) may leave out ``lex`` and take the default of
    :mod:`builder.text.defaults`. A document not yet segmented is segmented here first, with
    the lexicon's analyser and without entity spans.
    """
    if lex is None:
        from builder.text import defaults

        lex = defaults.ru_lexicon()
    if doc.text and not doc.sents:
        Segmenter(lex.morph)(doc)
    breaks = [i for i, ch in enumerate(doc.text) if ch == "\n"]
    out = [
        Sent(s.start, s.stop, s.text, bisect.bisect_right(breaks, s.start), index, lex=lex)
        for index, s in enumerate(doc.sents)
    ]
    for token in doc.tokens:
        toks = out[token.sent].toks
        toks.append(
            Tok(token.text, token.start, token.stop, len(toks), token.lemma, token.analyses, lex)
        )
    return out
