"""Recommendations: what a mission recommends, calls for or suggests, as resources.

A sentence recommends when it holds a ``recommendation`` cue ("рекомендует", "призвала",
"следует обеспечить", "calls on", "should") that is not one of the look-alikes
(``not_recommendation``: "следует отметить", "it should be noted"). A sentence that lists
several ("the authorities should: - remove ...; - simplify ...") gives one recommendation per
item. The text starts at the recommending verb ("рекомендует Центральной комиссии ...") or,
after a modal ("Власти должны ...", "the CEC should ..."), at the item's start; the addressee is
read in the words after the verb or before the modal; the topic as for findings.
Assessments the extractor marked as recommendations are kept when no cue found their sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.coding.cues import Cues
from builder.coding.sentences import Sentence

_MODALS = re.compile(r"^(?:следует|необходимо|должн\w*|should|must|целесообразн\w*)$")
_ITEM = re.compile(r";\s*(?:[-–—•]\s+)?|^[-–—•]\s+|:\s+[-–—•]\s+|,\s+а также\s+(?=\w+ть\b)")
_QUOTE_END = re.compile(r"[»”]|\",?\s+[-–—]|,\s+[-–—]\s")
_WORDS = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Item:
    """One recommendation in a sentence: sentence offsets of its text, and the cue word."""

    start: int
    stop: int
    addressee: str | None


def _items(text: str) -> list[tuple[int, int]]:
    """The list items of a sentence (``;`` and bullet dashes), or the sentence itself."""
    bounds, at = [], 0
    for m in _ITEM.finditer(text):
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


def _trim(text: str, start: int, stop: int) -> tuple[int, int]:
    while stop > start and text[stop - 1] in " .,;:»\"”'!":
        stop -= 1
    while start < stop and text[start] in " «\"“'-–—•:":
        start += 1
    return start, stop


def recommendations_in(cues: Cues, s: Sentence) -> list[Item]:
    """The recommendations ``s`` makes (see the module docstring)."""
    f = s.folded
    if not cues.has("recommendation", f) or cues.has("not_recommendation", f):
        return []
    items = _items(f)
    cue_items = [(a, b) for a, b in items if cues.has("recommendation", f[a:b])]
    out: list[Item] = []
    carried: str | None = None
    listed = [(a, b) for a, b in items if (a, b) not in cue_items]
    if cue_items and listed and cue_items[0][1] <= listed[0][0]:
        # "the authorities should: - remove ...; - simplify ...": the items after the cue
        head = cue_items[0]
        carried = _addressee(cues, f, head[0], head[1])
        cue = cues.find("recommendation", f[head[0] : head[1]])[0]
        if len(_WORDS.findall(f[head[0] + cue.end() : head[1]])) >= 2:  # the head says one too
            start, stop = _trim(f, head[0] + cue.start(), head[1])
            out.append(Item(start, stop, carried))
        for a, b in listed:
            if a >= head[1]:
                start, stop = _trim(f, a, b)
                out.append(Item(start, stop, carried))
        if out:
            return out
    for a, b in cue_items:
        cue = cues.find("recommendation", f[a:b])[0]
        word = cue.group()
        at = a + cue.start()
        start = a if _MODALS.match(word) else at
        if _MODALS.match(word):
            comma = max(f.rfind(",", a, at), f.rfind("«", a, at), f.rfind(" что ", a, at))
            start = comma + 1 if comma >= 0 else a
        close = _QUOTE_END.search(f, at, b)
        start, stop = _trim(f, start, close.start() if close else b)
        out.append(Item(start, stop, _addressee(cues, f, a, b, at, cue.end() + a, word)))
    return out


def _addressee(
    cues: Cues,
    f: str,
    a: int,
    b: int,
    at: int | None = None,
    end: int | None = None,
    word: str = "",
) -> str | None:
    """Whom the recommendation addresses: the words after a recommending verb, or before a
    modal ("the CEC should")."""
    if at is None:
        return cues.first_key("addressees", f[a:b])
    if _MODALS.match(word):
        window = " ".join(_WORDS.findall(f[a:at])[-6:])
    else:
        window = " ".join(_WORDS.findall(f[end:b])[:6])
    return cues.first_key("addressees", window) if window else None
