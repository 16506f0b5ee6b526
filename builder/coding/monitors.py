"""Western monitors (NELDA's nelda46, V-Dem's v2elwestmon) as reference data:
``data/reference/monitors.yaml``."""

from __future__ import annotations

import re

import yaml

from builder.base.errors import InputError
from builder.base.resources import resource_dir
from builder.reference.records import Reference

FILE = "monitors.yaml"


class Monitors:
    """Which organisations are Western monitors, and the organisations a text names by an
    invariable name, read from ``monitors.yaml`` and the reference data it is given (once per
    :class:`~builder.coding.code.Coder` or assembler, not once per process)."""

    def __init__(self, reference: Reference) -> None:
        path = resource_dir("data/reference") / FILE
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise InputError(f"{path}: not readable ({exc})") from None
        keys = frozenset(data.get("western") or [])
        known = {o.key for o in reference.organisations}
        if keys - known:
            raise InputError(f"{path}: not organisation keys: {', '.join(sorted(keys - known))}")
        self._western = keys
        self._western_names = frozenset(n.casefold() for n in data.get("western_names") or [])
        # One pattern for the organisations' invariable names (abbreviations, English names).
        names: dict[str, str] = {}
        for o in reference.organisations:
            for name in (*o.abbreviations, o.name.get("en")):
                if name:
                    names.setdefault(name, o.key)
        ordered = sorted(names, key=len, reverse=True)  # "OSCE/ODIHR" before "OSCE"
        self._pattern = re.compile(
            r"(?<![\w/-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w/-])"
        )
        self._names = names

    def is_western(self, organisation: str) -> bool:
        """Whether the organisation (a reference key, or a name when reference data lacks it)
        is a Western monitor."""
        return organisation in self._western or organisation.casefold() in self._western_names

    def organisations_named(self, text: str) -> list[str]:
        """Keys of the organisations ``text`` names by an abbreviation or English name, in
        order."""
        out: list[str] = []
        for m in self._pattern.finditer(text):
            if self._names[m.group()] not in out:
                out.append(self._names[m.group()])
        return out
