"""Normalise a report's text: undo the damage PDF extraction does, keeping a map back.

Reports reach us as text pulled out of PDFs: lines are hard-wrapped, words are hyphenated
across line ends ("Межпарла-\\nментской"), some words are split by a stray space
("учас тие", "между народных"), spaces are doubled, dashes and quotes come in several
shapes. The NLP stages need clean running text; the graph needs offsets into the file as
published. :meth:`Normaliser.normalise` gives both: the clean text and, for every clean
character, the offset of the original character it came from (see
:class:`builder.text.document.Doc`).

Conventions of the normalised text (the contract for later stages):

* Paragraphs are separated by a single ``"\\n"``; inside a paragraph words are separated by
  single spaces; no line starts or ends with a space. Three layouts of files are told apart
  (see :func:`_layout`): with blank lines, blank lines separate paragraphs and single line
  breaks are hard wraps (they become a space); with no blank line, each line is a paragraph
  (clean web text writes one paragraph per line), unless many line breaks are certainly
  wraps, in which case the file is hard-wrapped and a paragraph ends only after the end of
  a sentence or a short line. Whatever the layout, a line break after a hyphen, comma, dash
  or opening bracket or quote, or before a lower-case letter or closing punctuation, is a
  wrap, even across a blank line (a paragraph never ends there; a PDF page break may).
  After an opening mark
  and before a closing one a wrap leaves no space: "(\\nРеспублики" -> "(Республики".
* A hyphen at a line end is removed when the two halves make a dictionary word
  ("Республи-\\nки" -> "Республики", "пресс-кон-\\nференция" -> "пресс-конференция") and
  kept when the right half starts with a capital ("Ислам-\\nБек"), when the hyphenated
  form is a dictionary word ("вице-\\nспикер", "по-\\nпрежнему"), or when both halves are
  words and the left one ends like the first part of a compound adjective
  ("социально-\\nэкономический"); otherwise it is removed ("Берг-\\nстрёмом"). A word in
  capitals ("ЦЕНТРАЛЬ-\\nНАЯ") joins only into a dictionary word; a hyphen between a Latin
  and a Cyrillic half ("COVID-\\nинфекция") stays.
* A word split by a stray space is joined when the joined form is a dictionary word and
  either half is not, or the left half is a known split prefix (``split_prefixes`` in
  ``data/reference/normalisation.yaml``). Two ordinary words are never joined ("в ходе").
  Words in capitals follow the same rule ("МЕЖДУНАРОД НЫХ"); abbreviations never join.
* A hyphen followed by a space and a capital letter is glued ("Ислам- Беком"), and so
  is one that makes a dictionary word ("из- за"); one whose halves make a dictionary word
  without it is removed ("Межпарла- ментской", a line-end hyphen whose break became a
  space). A suspended hyphen stays ("двух- и трехэтажные").
* Dashes: a dash between two numbers ("27–29", "27 - 29", "27 — 29") becomes an unspaced
  en dash "–"; every other spaced dash (en, em, figure, minus, horizontal bar, "--", a
  hyphen with space on both sides; spaced on either side or at a line edge) becomes an em
  dash "—" spaced on both sides (so "30 марта – 3 апреля" reads "30 марта — 3 апреля"). An
  unspaced dash between words ("Москва–Пекин"), a hyphen inside a word and a hyphen between
  digits ("2017-06-28") are left alone.
* Quotes: Russian guillemets «» are kept; „ becomes «, and “ ” " become « when they open a
  quotation (at the start of the text or after white space, an opening bracket, « or a
  dash) and » otherwise.
* Hyphen look-alikes (U+2010, U+2011, small and full-width hyphen-minus) become "-". A word
  that mixes Cyrillic and Latin look-alike letters ("Рeспублика" with a Latin "e") is written
  in one script, the word's main one.
* Soft hyphens and zero-width characters are dropped; non-breaking and other Unicode spaces
  and tabs become spaces; other control characters become spaces; a letter followed by
  combining marks is composed (NFC: "е" + U+0308 -> "ё"); stress accents left on Cyrillic
  letters after composition are dropped.

Every step is a regular-expression pass over the text, so the whole is linear in the text's
length; dictionary look-ups are cached, so each distinct word is looked up once per process.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import yaml

from builder.base.errors import InputError
from builder.base.resources import resource_dir
from builder.reference.morphology import Morphology
from builder.text.document import Doc

REFERENCE_FILE = resource_dir("data/reference") / "normalisation.yaml"

# A piece of replacement text and the index (in the text being rewritten) its characters map to.
Piece = tuple[str, int]

_LETTER = re.compile(r"[^\W\d_]")
_DIGITS = frozenset("0123456789")
_DASH_CHARS = "\u2012\u2013\u2014\u2015\u2212"
_COMPOUND_FIRST_PART_ENDINGS = ("о", "е")  # социально-, северо-, военно-, ...
_STRESS_MARKS = frozenset("\u0300\u0301")

# Stage 1: single characters and short sequences that have a fixed repair.
_CHARS = re.compile(
    "\r\n?"  # Windows and old Mac line ends
    "|[\u2028\u0085]"  # line separators
    "|\u2029"  # paragraph separator
    "|\u00ad(?:[ \t\u00a0]*(?:\r\n?|\n)[ \t\u00a0]*)?"  # soft hyphen, with its line break
    "|[\u200b-\u200d\u2060\ufeff]"  # zero-width characters
    "|[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"  # spaces of every width
    "|[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"  # other control characters
)
# Stage 1b: characters replaced one for one (offsets unchanged): hyphen look-alikes.
_ONE_FOR_ONE = str.maketrans(dict.fromkeys("\u2010\u2011\ufe63\uff0d", "-"))
# Stage 1c: quotes, one for one; a quote opens after these (or at the start of the text).
_QUOTES = re.compile('[„“”"]')
_OPENS_QUOTE = frozenset(" \n([«" + _DASH_CHARS)
# Stage 1d: words written in two scripts, such as "Рeспублика" with a Latin "e".
_MARKS_CLASS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
_LETTERS = re.compile(rf"(?:[^\W\d_]|[{_MARKS_CLASS}])+")  # combining marks stay in the word
_LATIN_LOOKALIKES = "aceopxyACEHKMOPTXB"
_CYRILLIC_LOOKALIKES = "асеорхуАСЕНКМОРТХВ"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Stage 2: a letter followed by combining marks.
_COMBINING = re.compile(f"[^\\W\\d_][{_MARKS_CLASS}]+")
# Stage 3: white space around line breaks (with the hyphen a wrapped line may end with),
# runs of spaces, and spaces at either end of the text.
_LINES = re.compile(r"(?P<hy>(?<=\S)-)?[ ]*\n[ \n]*|[ ]{2,}|\A[ ]+|[ ]+\Z")
_BLANK_LINE = re.compile(r"\n[ ]*\n")
_OPENS = frozenset("([«„“")  # no space after these when a line break follows them
_CLOSES = frozenset(",.;:!?)]»")  # no paragraph starts with these, and no space before them
_CONTINUES_LINE = frozenset(",-" + _DASH_CHARS) | _OPENS
# The end of a sentence at a line end: a word of two letters or more (not an initial), a
# number or a closing mark, then . ! ? or …, then closing quotes or brackets.
_SENTENCE_END = re.compile(r"(?:[^\W\d_]{2}|\d|[»\")\]])[.!?…]+[»\")\]]*\Z")
# Layouts of a file (see _layout).
BLANK_LINES = "blank-lines"
HARD_WRAPPED = "hard-wrapped"
ONE_LINE_EACH = "one-line-each"
# Stage 4: glued hyphens and dashes.
_MARKS = re.compile(
    r"(?P<glue>(?<=\S)- (?=[^\W\d_]))"
    rf"|(?P<dash> ?(?:[{_DASH_CHARS}]|-(?=[-{_DASH_CHARS}]))[-{_DASH_CHARS}]* ?"
    r"| ?(?<!\S)-(?!\S) ?)"
)
# Stage 5: words (letters, possibly with inner hyphens), for joining split words.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _rewrite(
    text: str,
    pos: list[int],
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], Sequence[Piece] | None],
) -> tuple[str, list[int]]:
    """Apply ``replace`` to every match of ``pattern``, carrying the offset map along.

    ``pos[i]`` is the original offset of ``text[i]``. ``replace`` returns ``None`` to leave a
    match alone, or the pieces to put in its place, each with the index in ``text`` whose
    original offset its characters take.
    """
    parts: list[str] = []
    new_pos: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        pieces = replace(match)
        if pieces is None:
            continue
        start = match.start()
        parts.append(text[last:start])
        new_pos.extend(pos[last:start])
        for piece, at in pieces:
            parts.append(piece)
            new_pos.extend([pos[at]] * len(piece))
        last = match.end()
    if last == 0:
        return text, pos
    parts.append(text[last:])
    new_pos.extend(pos[last:])
    return "".join(parts), new_pos


def _delete(text: str, pos: list[int], indices: Sequence[int]) -> tuple[str, list[int]]:
    """Remove the characters at the sorted ``indices`` from ``text`` and its offset map."""
    parts: list[str] = []
    new_pos: list[int] = []
    last = 0
    for index in indices:
        parts.append(text[last:index])
        new_pos.extend(pos[last:index])
        last = index + 1
    parts.append(text[last:])
    new_pos.extend(pos[last:])
    return "".join(parts), new_pos


def _is_letter(char: str) -> bool:
    return bool(char) and _LETTER.match(char) is not None


def _letters_before(text: str, end: int) -> str:
    """The run of letters that ends at ``end`` (exclusive)."""
    start = end
    while start > 0 and _is_letter(text[start - 1]):
        start -= 1
    return text[start:end]


def _letters_after(text: str, start: int) -> str:
    """The run of letters that starts at ``start``."""
    end = start
    while end < len(text) and _is_letter(text[end]):
        end += 1
    return text[start:end]


def _in_capitals(left: str, right: str) -> bool:
    """Both halves written in capitals, two letters or more each (a heading's word)."""
    return len(left) > 1 and len(right) > 1 and left.isupper() and right.isupper()


def _is_word_shape(word: str) -> bool:
    """Lower case ("учас") or capitalised ("Учас"); not an abbreviation ("МПА")."""
    return word.islower() or (word[:1].isupper() and (len(word) == 1 or word[1:].islower()))


class Normaliser:
    """The normalisation stage: fills ``doc.text`` and ``doc.offsets`` from ``doc.original``.

    ``split_prefixes`` defaults to the list in ``data/reference/normalisation.yaml``;
    ``morph`` is the analyser whose dictionary decides about hyphens and stray spaces (the
    language's own, so that its memo serves the later stages too). Decisions about word pairs
    are cached on the instance, so a corpus pays for each distinct pair once.
    """

    def __init__(self, morph: Morphology, split_prefixes: Sequence[str] | None = None) -> None:
        if split_prefixes is None:
            split_prefixes = load_split_prefixes()
        self.split_prefixes = frozenset(p.lower() for p in split_prefixes)
        self._known = morph.is_known
        self._hyphen_cache: dict[tuple[str, str], bool] = {}
        self._join_cache: dict[tuple[str, str], bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        doc.text, doc.offsets = self.normalise(doc.original)
        return doc

    # -- the stages ------------------------------------------------------------------------

    def normalise(self, original: str) -> tuple[str, list[int]]:
        """The normalised text and its offset map (``len(text) + 1`` entries)."""
        text, pos = original, list(range(len(original)))
        text, pos = _rewrite(text, pos, _CHARS, _replace_char)
        text = text.translate(_ONE_FOR_ONE)
        text = _QUOTES.sub(_guillemet, text)
        if _LATIN.search(text) and _CYRILLIC.search(text):
            text = _LETTERS.sub(_one_script, text)
        text, pos = _rewrite(text, pos, _COMBINING, _compose)
        layout = _layout(text)
        text, pos = _rewrite(text, pos, _LINES, lambda m: self._replace_lines(m, layout))
        text, pos = _rewrite(text, pos, _MARKS, self._replace_mark)
        text, pos = _delete(text, pos, self._split_word_spaces(text))
        return text, [*pos, len(original)]

    def _replace_lines(self, match: re.Match[str], layout: Layout) -> list[Piece]:
        """Repair one run of white space that holds a line break (or a run of spaces)."""
        text = match.string
        start, end = match.span()
        run = match.group()
        hyphen = match.group("hy") is not None
        if "\n" not in run:  # a run of spaces, or spaces at either end of the text
            return [] if start == 0 or end == len(text) else [(" ", start)]
        newline = text.index("\n", start)
        if end == len(text) or start == 0:
            return [("-", start)] if hyphen else []
        if hyphen:
            following = text[end]
            left = _letters_before(text, start)
            if (
                left
                and _is_letter(following)
                and not self.keeps_hyphen(left, _letters_after(text, end))
            ):
                return []
            return [("-", start)]
        if _is_continuation(match):
            if text[start - 1] in _OPENS or text[end] in _CLOSES:
                return []  # "(\nРеспублика" -> "(Республика", "Армения\n)" -> "Армения)"
            return [(" ", newline)]
        if layout.kind == BLANK_LINES:
            paragraph = run.count("\n") > 1
        elif layout.kind == HARD_WRAPPED:
            line_start = text.rfind("\n", 0, start) + 1
            paragraph = (
                _SENTENCE_END.search(text, max(line_start, start - 8), start) is not None
                or start - line_start < layout.short_line
            )
        else:
            paragraph = True
        return [("\n", newline)] if paragraph else [(" ", newline)]

    def _replace_mark(self, match: re.Match[str]) -> list[Piece] | None:
        """Glue "Ислам- Беком" or normalise a dash."""
        text = match.string
        start, end = match.span()
        if match.group("glue") is not None:
            right = _letters_after(text, end)
            left = _letters_before(text, start)
            if right[:1].isupper() or self._known(f"{left}-{right}"):
                return [("-", start)]  # "Ислам- Беком", "из- за"
            # "двух- и трехэтажные" stays; "Межпарла- ментской" is joined with split words
            return None
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        core = start + 1 if text[start] == " " else start
        if before in _DIGITS and after in _DIGITS:
            return [("–", core)]
        left_space = text[start] == " "
        right_space = end - 1 > core and text[end - 1] == " "
        left_edge = before in ("", "\n")
        right_edge = after in ("", "\n")
        if not (left_space or right_space or left_edge or right_edge):
            return None  # an unspaced dash between words ("Москва–Пекин") is the author's
        pieces: list[Piece] = []
        if not left_edge and before != " ":
            pieces.append((" ", start))
        pieces.append(("—", core))
        if not right_edge and after != " ":
            pieces.append((" ", end - 1 if right_space else core))
        return pieces

    def _split_word_spaces(self, text: str) -> list[int]:
        """Indices of the characters that split words, in text order: stray spaces
        ("учас тие") and hyphens whose line break became a space ("Межпарла- ментской").

        Adjacent words are merged greedily with a stack, re-checking a merged word against
        the word before it, so that no two adjacent words left in the output could still be
        joined: this is what makes a second normalisation change nothing.
        """
        groups: list[tuple[int, int, str]] = []  # (start, end, joined text) of merged words
        removed: list[int] = []
        for match in _WORD.finditer(text):
            groups.append((match.start(), match.end(), match.group()))
            while len(groups) >= 2:
                left_start, left_end, left = groups[-2]
                right_start, right_end, right = groups[-1]
                gap = text[left_end:right_start]
                if gap == " ":
                    if not self.joins(left, right):
                        break
                elif gap == "- ":
                    if not self.joins_over_hyphen(left, right):
                        break
                else:
                    break
                removed.extend(range(left_end, right_start))
                groups[-2:] = [(left_start, right_end, left + right)]
        removed.sort()
        return removed

    # -- decisions about word pairs --------------------------------------------------------

    def keeps_hyphen(self, left: str, right: str) -> bool:
        """Whether "left-" at a line end followed by "right" is a real hyphen."""
        if not right:
            return True
        capitals = _in_capitals(left, right)
        if right[0].isupper() and not capitals:
            return True
        key = (left.lower(), right.lower())
        if capitals:  # "ЦЕНТРАЛЬ-\nНАЯ" in a heading: only a dictionary word joins
            return not self._known(key[0] + key[1]) or self._known(f"{key[0]}-{key[1]}")
        cached = self._hyphen_cache.get(key)
        if cached is None:
            cached = self._hyphen_cache[key] = _keeps_hyphen(*key, self._known)
        return cached

    def joins(self, left: str, right: str) -> bool:
        """Whether two words separated by one space are one word split by a stray space."""
        if not right.isalpha():
            return False
        tail = left.rsplit("-", 1)[-1]
        if right.islower():
            if not _is_word_shape(tail):
                return False
        elif not _in_capitals(tail, right):  # "МЕЖДУНАРОД НЫХ" in a heading joins too
            return False
        key = (tail.lower(), right.lower())
        cached = self._join_cache.get(key)
        if cached is None:
            cached = self._join_cache[key] = self._joins(*key)
        return cached

    def joins_over_hyphen(self, left: str, right: str) -> bool:
        """Whether "left- right" is one word whose line-end hyphen lost its line break.

        Only into a dictionary word: a suspended hyphen ("двух- и трехэтажные") stays.
        """
        if not right.isalpha() or not right.islower():
            return False
        tail = left.rsplit("-", 1)[-1]
        if not _is_word_shape(tail):
            return False
        return self._known(tail + right) and not self._known(f"{tail}-{right}")

    def _joins(self, tail: str, right: str) -> bool:
        if not self._known(tail + right):
            return False
        if tail in self.split_prefixes:
            return True
        return not self._known(tail) or not self._known(right)


def _keeps_hyphen(left: str, right: str, word_is_known: Callable[[str], bool]) -> bool:
    """The dictionary decision for a lower-case right half (see the module docstring)."""
    if bool(_CYRILLIC.match(left[-1])) != bool(_CYRILLIC.match(right[0])):
        return True  # two scripts: "COVID-инфекция" is never one word
    joined = word_is_known(left + right)
    hyphenated = word_is_known(f"{left}-{right}")
    if hyphenated:
        return True
    if joined:
        return False
    return (
        len(left) >= 3
        and len(right) >= 3
        and left.endswith(_COMPOUND_FIRST_PART_ENDINGS)
        and word_is_known(left)
        and word_is_known(right)
    )


def _is_continuation(match: re.Match[str]) -> bool:
    """Whether a line break is certainly inside a paragraph, whatever the layout.

    After a hyphen, a comma, an opening bracket or quote or a dash, and before a lower-case
    letter or closing punctuation, no paragraph ends. Normalised text therefore never has
    such a line break, which is what lets :func:`_layout` tell a hard-wrapped file from
    normalised text.
    """
    text = match.string
    start, end = match.span()
    return (
        match.group("hy") is not None
        or text[end].islower()
        or text[start - 1] in _CONTINUES_LINE
        or text[end] in _CLOSES
    )


class Layout(NamedTuple):
    """How a file marks paragraphs (see :func:`_layout`)."""

    kind: str
    short_line: int = 0  # hard-wrapped: a line shorter than this ends its paragraph


def _layout(text: str) -> Layout:
    """How a file marks paragraphs: blank lines, one line each, or hard wraps only.

    A file with blank lines separates paragraphs with them. A file without blank lines is
    hard-wrapped when at least two line breaks, and a quarter of them, are certainly inside a
    paragraph (see :func:`_is_continuation`); then a line break ends a paragraph after the end
    of a sentence, or after a line clearly shorter than the file's usual line (a heading, or
    the last line of a paragraph). Otherwise each line is a paragraph.
    """
    if _BLANK_LINE.search(text):
        return Layout(BLANK_LINES)
    breaks = continuing = 0
    for match in _LINES.finditer(text):
        start, end = match.span()
        if "\n" not in match.group() or start == 0 or end == len(text):
            continue
        breaks += 1
        continuing += _is_continuation(match)
    if continuing >= 2 and continuing * 4 >= breaks:
        lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
        return Layout(HARD_WRAPPED, int(lengths[len(lengths) // 2] * 0.75))
    return Layout(ONE_LINE_EACH)


def _replace_char(match: re.Match[str]) -> list[Piece]:
    """Stage 1: line ends, soft hyphens, invisible characters, spaces, control characters."""
    char = match.group()
    start = match.start()
    if char[0] == "\r" or char in ("\u2028", "\u0085"):
        return [("\n", start)]
    if char == "\u2029":
        return [("\n\n", start)]
    if char[0] == "\u00ad" or char in "\u200b\u200c\u200d\u2060\ufeff":
        return []
    return [(" ", start)]


def _guillemet(match: re.Match[str]) -> str:
    """Stage 1c: „ “ ” " as « when they open a quotation, » when they close one.

    Done before line breaks are repaired, and decided by the character before, so that the
    line-break stage already sees the guillemets normalised text will have.
    """
    start = match.start()
    if match.group() == "„" or start == 0 or match.string[start - 1] in _OPENS_QUOTE:
        return "«"
    return "»"


def _one_script(match: re.Match[str]) -> str:
    """Stage 1d: a word mixing Cyrillic and Latin look-alike letters, written in one script.

    PDFs and copy-paste often leave a Latin "e", "o" or "C" inside a Russian word, which
    then is not a dictionary word and breaks lemmas and entity spans. Letters are replaced
    one for one, so offsets do not change. A word whose foreign letters are not all
    look-alikes is left alone.
    """
    word = match.group()
    cyrillic = _CYRILLIC.findall(word)
    foreign = [c for c in word if c.isalpha() and not _CYRILLIC.match(c)]
    if not foreign or not cyrillic:
        return word
    foreign_lookalikes = all(c in _LATIN_LOOKALIKES for c in foreign)
    cyrillic_lookalikes = all(c in _CYRILLIC_LOOKALIKES for c in cyrillic)
    if foreign_lookalikes and (len(cyrillic) >= len(foreign) or not cyrillic_lookalikes):
        return word.translate(_TO_CYRILLIC)
    if cyrillic_lookalikes and all(c.isascii() for c in foreign):
        return word.translate(_TO_LATIN)
    return word


def _compose(match: re.Match[str]) -> list[Piece] | None:
    """Stage 2: compose a letter with its combining marks; drop stress marks on Cyrillic."""
    group = match.group()
    marks = group[1:]
    if "\u0400" <= group[0] <= "\u04ff":
        marks = "".join(c for c in marks if c not in _STRESS_MARKS)
    composed = unicodedata.normalize("NFC", group[0] + marks)
    if composed == group:
        return None
    return [(composed, match.start())]


def load_split_prefixes(path: Path = REFERENCE_FILE) -> list[str]:
    """The split prefixes listed in the normalisation reference file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read normalisation data ({exc})") from exc
    prefixes = data.get("split_prefixes") if isinstance(data, dict) else None
    if not isinstance(prefixes, list) or not all(isinstance(p, str) for p in prefixes):
        raise InputError(f"{path}: 'split_prefixes' must be a list of strings")
    return prefixes
