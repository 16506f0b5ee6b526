"""Western monitors (NELDA's nelda46, V-Dem's v2elwestmon) as reference data:
``data/reference/monitors.yaml``."""

from __future__ import annotations

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
