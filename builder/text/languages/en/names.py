"""How English reports of the genre write a person: a run of capitalised words in which a post
may stand before the name ("OSCE Parliamentary Assembly Vice-President Ilkka Nieminen", "SCO
Deputy Secretary General Nurlan Abenov", "Ambassador Reinhard Kessler") and the name is the
last two or three words that are not post, title or place words.

A run is cut into (post words, name); the post words are kept as the person's post when the
text gives none elsewhere. Acronyms ("OSCE", "CEC") and "of the" inside a post belong to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_LOWER = "a-zà-öø-ÿāčćđěğıłńňőřśšşťůűźżž"
# a capitalised word of a name: "Kessler", "Dvořáková", "Jean-Claude", "O'Brien", "McAllister"
NAME_WORD = rf"(?:Mc|Mac|O['’]|D['’])?[A-Z][{_LOWER}'’]+(?:-[A-Z]?[{_LOWER}]+)?"
# lower-case particles inside a surname ("Jan van der Berg", "Ana de la Cruz")
PARTICLES = ("van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "ter", "ten")
_PARTICLE = "|".join(PARTICLES)
# a run of capitalised words (names, titles, post words), possibly across a line break
# a patronymic word written after the name in lower case ("Talant Sadyr uulu", "Aida kyzy")
SUFFIXES = ("uulu", "kyzy", "ogly", "oglu", "qizi", "kizi")
RUN = re.compile(
    rf"\b{NAME_WORD}(?:\s+(?:(?:{_PARTICLE})\s+)*{NAME_WORD})+(?:\s+(?:{'|'.join(SUFFIXES)}))?\b"
)
# the words of a post written before a name: acronyms, capitalised words, "of", "the"
_POST_WORD = r"(?:[A-Z][\w’'/-]*|of|the|and)"
_POST_TAIL = re.compile(rf"((?:{_POST_WORD}\s+)*?{_POST_WORD})\s*$")


def split_run(
    run: str, stop_words: set[str], is_place: Callable[[str], bool]
) -> tuple[str, str] | None:
    """``run`` as (post words before the name, name), or None when fewer than two name words
    remain after the post, title and place words at its start."""
    words: list[str] = []
    carry: list[str] = []
    for word in run.split():  # a particle belongs to the surname after it
        if word in SUFFIXES and words:  # a patronymic word belongs to the name before it
            words[-1] = f"{words[-1]} {word}"
        elif word in PARTICLES:
            carry.append(word)
        else:
            words.append(" ".join([*carry, word]))
            carry = []
    lead: list[str] = []
    while words and (words[0] in stop_words or is_place(words[0])):
        lead.append(words.pop(0))
    if len(words) < 2:
        return None
    if len(words) > 3:  # "Chairman Central Commission Valentina Sokolovskaya": the last two
        lead.extend(words[:-2])
        words = words[-2:]
    return " ".join(lead), " ".join(words)


def post_prefix(left: str, post_heads: re.Pattern[str]) -> str:
    """The post written right before a name, with its organisation ("OSCE Parliamentary
    Assembly Vice-President"), or "" when the words before the name hold no post word."""
    m = _POST_TAIL.search(left.rstrip())
    if not m:
        return ""
    words = m.group(1).split()
    while words and words[0] in ("of", "the", "and"):
        words.pop(0)
    text = " ".join(words)
    if not text or not post_heads.search(text):
        return ""
    # a dateline or sentence start before the post ("COPENHAGEN, 14 March 2019 – OSCE ...")
    return text
