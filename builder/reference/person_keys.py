"""One key per person across scripts: "Cornelia Jonker" and "Корнелия Йонкер" are one person.

The key is the name transliterated by Unidecode, lower-cased, with the spelling folds of
``data/reference/transliteration.yaml`` applied; person IRIs are minted from it, so the same
person named in a Russian and an English report is one node, deterministically. ``compare``
scores two names with rapidfuzz on their keys (the evidence of a merge: both names, both keys,
the score) and says whether they are one person: every word of the keys must agree, so
"Cornelia Jonker" and "Cornelius Jonker", or "Anna Kowalska" and "Anna Kowalski", stay apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml
from rapidfuzz import fuzz
from unidecode import unidecode

from builder.base.resources import resource_dir


@cache
def _folds() -> tuple[tuple[re.Pattern[str], str], ...]:
    path = resource_dir("data/reference") / "transliteration.yaml"
    with open(path, encoding="utf-8") as f:
        rules = yaml.safe_load(f)["person_name_folds"]
    return tuple((re.compile(a), b) for a, b in rules)


def person_key(name: str) -> str:
    """The cross-script key of a person's name ("Корнелия Йонкер" -> "kornelia ionker")."""
    text = re.sub(r"['’\"]", "", unidecode(name).lower())
    text = re.sub(r"[^a-z]+", " ", text).strip()
    for pattern, replacement in _folds():
        text = pattern.sub(replacement, text)
    return text


@dataclass(frozen=True)
class NameMatch:
    """The evidence of a merge: the two names, their keys and rapidfuzz's score (0..100)."""

    first: str
    second: str
    first_key: str
    second_key: str
    score: float

    @property
    def same_person(self) -> bool:
        """One person when the keys are equal word for word: a near-miss score is not enough
        (a feminine and a masculine surname, or two given names, differ by a letter)."""
        return self.first_key == self.second_key


def compare(first: str, second: str) -> NameMatch:
    """How close two names are across scripts."""
    a, b = person_key(first), person_key(second)
    return NameMatch(first, second, a, b, round(fuzz.ratio(a, b), 1))
