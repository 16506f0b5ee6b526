"""One key per person across scripts: "Cornelia Jonker" and "Корнелия Йонкер" are one person.

The key is the name transliterated by Unidecode, lower-cased, with the spelling folds of
``data/reference/transliteration.yaml`` applied; person IRIs are minted from it, so the same
person named in a Russian and an English report is one node, deterministically. ``compare``
scores two names with rapidfuzz on their keys (the evidence of a merge: both names, both keys,
the score) and says whether they are one person: every word of the keys must agree, so
"Cornelia Jonker" and "Cornelius Jonker", or "Anna Kowalska" and "Anna Kowalski", stay apart.

The folds are reference data: :class:`PersonKeys` holds those of one reference folder, and the
:class:`~builder.reference.records.Reference` read from it carries them (``reference.person_keys``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from rapidfuzz import fuzz
from unidecode import unidecode

from builder.base.errors import InputError

#: The file of a reference folder holding the spelling folds.
FILE = "transliteration.yaml"


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


class PersonKeys:
    """The cross-script keys of persons' names under one set of spelling folds."""

    def __init__(self, folds: tuple[tuple[re.Pattern[str], str], ...]) -> None:
        self.folds = folds

    @classmethod
    def read(cls, root: Path) -> PersonKeys:
        """The folds of ``person_name_folds`` in the reference folder ``root``."""
        path = Path(root) / FILE
        try:
            rules = yaml.safe_load(path.read_text(encoding="utf-8"))["person_name_folds"]
            return cls(tuple((re.compile(a), b) for a, b in rules))
        except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, re.error) as exc:
            raise InputError(f"{path}: cannot read the person-name folds: {exc}") from exc

    def key(self, name: str) -> str:
        """The cross-script key of a person's name ("Корнелия Йонкер" -> "kornelia ionker")."""
        text = re.sub(r"['’\"]", "", unidecode(name).lower())
        text = re.sub(r"[^a-z]+", " ", text).strip()
        for pattern, replacement in self.folds:
            text = pattern.sub(replacement, text)
        return text

    def compare(self, first: str, second: str) -> NameMatch:
        """How close two names are across scripts."""
        a, b = self.key(first), self.key(second)
        return NameMatch(first, second, a, b, round(fuzz.ratio(a, b), 1))
