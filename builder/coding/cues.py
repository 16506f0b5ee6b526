"""The cue words of ``data/reference/coding.yaml``, one block per language, as patterns.

A cue is a phrase: each word matches a whole word, a word ending in ``*`` any word it begins,
and ``…`` up to four words in between. Matching is on lower-cased text with "ё" read as "е",
so the data stays a plain list of words people can edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from builder.base.errors import InputError
from builder.base.resources import resource_dir

FILE = "coding.yaml"
LISTS = (
    "election_subject",
    "endorse",
    "not_endorse",
    "fail",
    "negators",
    "effect",
    "contrast",
    "hedge",
    "shortcoming",
    "irrealis",
    "recommendation",
    "not_recommendation",
    "fraud",
    "absence",
)
GROUPS = ("topics", "phases", "addressees")
_GAP = r"(?:\W+\w[\w-]*){0,4}?\W+"


def fold(text: str) -> str:
    """Text as cues are matched against: lower case, "ё" as "е"."""
    return text.lower().replace("ё", "е")


def _word(word: str) -> str:
    if word.endswith("*"):
        return r"(?<![\w-])" + re.escape(word[:-1]) + r"[\w-]*"
    return r"(?<![\w-])" + re.escape(word) + r"(?![\w-])"


def compile_cues(phrases: list[str]) -> re.Pattern[str] | None:
    """One pattern matching any of ``phrases`` (see the module docstring)."""
    alternatives = []
    for phrase in phrases:
        parts = []
        for chunk in fold(phrase).split("…"):
            words = chunk.split()
            if words:
                parts.append(r"\W+".join(_word(w) for w in words))
        alternatives.append(_GAP.join(parts))
    if not alternatives:
        return None
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


@dataclass(frozen=True)
class Cues:
    """The compiled cues of one language."""

    language: str
    lists: dict[str, re.Pattern[str] | None]
    groups: dict[str, dict[str, re.Pattern[str] | None]]

    def find(self, name: str, text: str) -> list[re.Match[str]]:
        """Matches of cue list ``name`` in folded ``text``, in text order."""
        pattern = self.lists[name]
        return list(pattern.finditer(text)) if pattern is not None else []

    def has(self, name: str, text: str) -> bool:
        pattern = self.lists[name]
        return pattern is not None and pattern.search(text) is not None

    def first_key(self, group: str, text: str) -> str | None:
        """The first key of ``group`` (in the file's order) with a cue in ``text``."""
        for key, pattern in self.groups[group].items():
            if pattern is not None and pattern.search(text):
                return key
        return None


def load_cues(language: str) -> Cues | None:
    """The cues of ``language``, or ``None`` when the file has no block for it (read each
    time: a :class:`~builder.coding.code.Coder` keeps what it read)."""
    path = resource_dir("data/reference") / FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: not readable ({exc})") from None
    block = data.get(language)
    if block is None:
        return None
    unknown = set(block) - set(LISTS) - set(GROUPS)
    if unknown:
        raise InputError(f"{path}: {language}: unknown lists {', '.join(sorted(unknown))}")
    return Cues(
        language=language,
        lists={name: compile_cues(block.get(name) or []) for name in LISTS},
        groups={
            group: {key: compile_cues(words) for key, words in (block.get(group) or {}).items()}
            for group in GROUPS
        },
    )


def languages() -> list[str]:
    """The language tags the coding data has a block for."""
    path = resource_dir("data/reference") / FILE
    return sorted(yaml.safe_load(path.read_text(encoding="utf-8")))
