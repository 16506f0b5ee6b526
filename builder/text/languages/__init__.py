"""Languages as plug-ins: each is a folder here with its data, giving the same four stages.

A report's language decides which stages read it; everything around them (the document and
its spans, provenance, the facts model, assembly, shapes, queries) is shared. A language
package ``builder.text.languages.<tag>`` has a function ``load(reference, models) -> Language``
that builds its stages with the reference data and the models
(:class:`~builder.text.nlp.Models`) it is given; the returned object holds them.
Adding a language is adding a folder and registering its tag in :data:`REGISTERED`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from builder.base.errors import InputError
from builder.facts.model import ReportFacts
from builder.reference.records import Reference
from builder.text.document import Doc
from builder.text.nlp import Models

#: Language tags with a package in this folder, in the order detection prefers them.
REGISTERED = ("ru", "en")

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
#: libyaml's safe loader where PyYAML was built with it: the same data as the Python loader,
#: about ten times faster on a language's word lists (read once per extractor).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Language:
    """The language-specific stages, in the order :class:`~builder.text.extract.Extractor`
    applies them: normalise the published text, segment it into sentences and tokens, recognise
    the facts it states, resolve names, places and years against reference data."""

    tag: str
    normalise: Callable[[Doc], object]
    segment: Callable[[Doc], object]
    recognise: Callable[[Doc], ReportFacts]
    resolve: Callable[[Doc, ReportFacts], ReportFacts]


def load(tag: str, reference: Reference, models: Models) -> Language:
    """The stages of language ``tag`` (one of :data:`REGISTERED`), reading ``reference`` with
    ``models``."""
    if tag not in REGISTERED:
        raise KeyError(f"no language {tag!r}; known: {', '.join(REGISTERED)}")
    return importlib.import_module(f"{__name__}.{tag}").load(reference, models)


def word_lists(path: Path) -> dict[str, Any]:
    """A language's word lists (a YAML mapping of named lists), read whole or not at all: the
    words of a language live in data beside or below its code, never in it."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read word lists: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a mapping of word lists")
    return data


def package_file(package: str, name: str) -> Path:
    """The data file ``name`` shipped inside ``package`` (a language's folder)."""
    return Path(str(resources.files(package))) / name


def detect(name: str, text: str) -> str:
    """The tag of a report's language.

    A file name may say it (``report.en.txt``, ``statement.ru.pdf``); otherwise the alphabet
    decides: the two languages we read use different scripts, so the share of Cyrillic
    letters is exact where a statistical detector would only be likely (and would weigh
    megabytes of models).
    """
    for part in name.lower().split(".")[1:-1]:
        if len(part) == 2 and part.isalpha():
            return part
    cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    return "en" if latin > cyrillic else "ru"
