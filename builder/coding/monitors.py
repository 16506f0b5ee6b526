"""Western monitors (NELDA's nelda46, V-Dem's v2elwestmon) as reference data:
``data/reference/monitors.yaml``."""

from __future__ import annotations

import re
from functools import cache

import yaml

from builder.base.errors import InputError
from builder.base.resources import resource_dir
from builder.reference.records import load_reference

FILE = "monitors.yaml"


@cache
def _western() -> tuple[frozenset[str], frozenset[str]]:
    path = resource_dir("data/reference") / FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: not readable ({exc})") from None
    keys = frozenset(data.get("western") or [])
    known = {o.key for o in load_reference().organisations}
    if keys - known:
        raise InputError(f"{path}: not organisation keys: {', '.join(sorted(keys - known))}")
    return keys, frozenset(n.casefold() for n in data.get("western_names") or [])


def is_western(organisation: str) -> bool:
    """Whether the organisation (a reference key, or a name when reference data lacks it) is a
    Western monitor."""
    keys, names = _western()
    return organisation in keys or organisation.casefold() in names


@cache
def _name_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the organisations' invariable names (abbreviations, English names)."""
    names: dict[str, str] = {}
    for o in load_reference().organisations:
        for name in (*o.abbreviations, o.name.get("en")):
            if name:
                names.setdefault(name, o.key)
    ordered = sorted(names, key=len, reverse=True)  # "OSCE/ODIHR" before "OSCE"
    pattern = re.compile(
        r"(?<![\w/-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w/-])"
    )
    return pattern, names


def organisations_named(text: str) -> list[str]:
    """Keys of the organisations ``text`` names by an abbreviation or English name, in order."""
    pattern, names = _name_pattern()
    out: list[str] = []
    for m in pattern.finditer(text):
        if names[m.group()] not in out:
            out.append(names[m.group()])
    return out
