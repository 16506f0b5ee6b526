"""Minting instance IRIs: the one place where IRIs are made.

IRIs are deterministic and readable: built from normalised names (transliterated to ASCII
slugs), ISO codes and ISO dates, never from counters that depend on processing order or
from random numbers. The same report therefore always yields the same IRIs, and the same
person or state met in two reports gets the same IRI.
"""

from __future__ import annotations

import hashlib
from datetime import date

from rdflib import URIRef
from slugify import slugify

from builder.facts.model import Day, MonthDay
from builder.graph.namespaces import EOC, EOR

_MAX_SLUG = 60


def slug(text: str) -> str:
    """ASCII slug of ``text``: transliterated, lower-case, words joined by '-'.

    Long slugs are cut at a word boundary and suffixed with a short hash of the whole text so
    that two long names sharing a prefix still differ.
    """
    s = slugify(text, lowercase=True) or "x"
    if len(s) <= _MAX_SLUG:
        return s
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    head = s[:_MAX_SLUG].rsplit("-", 1)[0]
    return f"{head}-{digest}"


def report_key(file_name: str) -> str:
    """Key of a report from its file name: the name without directory and ``.txt``."""
    name = file_name.rsplit("/", 1)[-1]
    for suffix in (".txt",):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return slug(name.replace(".", "-"))


def report(file_name: str) -> URIRef:
    return EOR[f"report/{report_key(file_name)}"]


def report_graph(file_name: str) -> URIRef:
    """The named graph that holds every fact taken from one report."""
    return EOR[f"graph/{report_key(file_name)}"]


def build_activity(file_name: str, content_hash: str) -> URIRef:
    """The PROV activity that turned one version of one report into its graph."""
    return EOR[f"build/{report_key(file_name)}/{content_hash[:12]}"]


def software_agent(version: str) -> URIRef:
    return EOR[f"software/eokg/{slug(version)}"]


def state(iso2: str) -> URIRef:
    return EOR[f"state/{iso2.lower()}"]


def organisation(key: str) -> URIRef:
    """An organisation by its reference-data key (for example ``ipa-cis``) or its name."""
    return EOR[f"org/{slug(key)}"]


def person(key: str) -> URIRef:
    """A person by the cross-script key of the canonical nominative full name
    (:meth:`~builder.reference.person_keys.PersonKeys.key`): "Руслан Абдуллаев" and "Ruslan
    Abdullaev", "Корнелия Йонкер" and "Cornelia Jonker" have one key, so one IRI."""
    return EOR[f"person/{slug(key)}"]


def place(name: str, country_iso2: str | None) -> URIRef:
    country = country_iso2.lower() if country_iso2 else "xx"
    return EOR[f"place/{country}/{slug(name)}"]


def _when(when: Day | None, year: int | None) -> str:
    """The time part of an election's key: its day of voting when the text gives it, else
    the year, else ``undated``; a day without a year keeps its ``--MM-DD`` as ``xxxx-MM-DD``."""
    if isinstance(when, date):
        return when.isoformat()
    if isinstance(when, MonthDay):
        return (
            f"{year:04d}-{when.month:02d}-{when.day:02d}" if year else f"xxxx{when.isoformat()[1:]}"
        )
    return str(year) if year else "undated"


def election_key(
    country_iso2: str | None, voting_date: Day | None, kind: str | None, year: int | None = None
) -> str:
    """The language-neutral key of an election: country, day of voting (or year), kind. A
    Russian and an English report of one election give the same key whatever words they use;
    what a report does not say is a fixed placeholder (``xx``, ``undated``, ``election``)."""
    country = country_iso2.lower() if country_iso2 else "xx"
    return f"{country}-{_when(voting_date, year)}-{slug(kind) if kind else 'election'}"


def election(
    country_iso2: str | None, voting_date: Day | None, kind: str | None, year: int | None = None
) -> URIRef:
    return EOR[f"election/{election_key(country_iso2, voting_date, kind, year)}"]


def mission(
    organiser_key: str,
    country_iso2: str | None,
    voting_date: Day | None,
    kind: str | None,
    year: int | None = None,
) -> URIRef:
    """A mission: who organised it, which election (country and day of voting, or year), and
    (for twins) its kind."""
    suffix = f"-{slug(kind)}" if kind else ""
    country = country_iso2.lower() if country_iso2 else "xx"
    return EOR[f"mission/{slug(organiser_key)}-{country}-{_when(voting_date, year)}{suffix}"]


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("/", 1)[-1]


def event(mission_iri: URIRef, when: Day | None, kind: str, ordinal: int) -> URIRef:
    """An event of a mission; ``ordinal`` numbers events of the same date and kind in text order."""
    day = when.isoformat().lstrip("-") if when else "undated"
    return EOR[f"event/{_local(mission_iri)}/{day}-{slug(kind)}-{ordinal}"]


def assessment(report_file: str, key: str) -> URIRef:
    """An assessment by its key in the report (its number there, unless a producer named it)."""
    return EOR[f"assessment/{report_key(report_file)}/{key}"]


def verdict(report_file: str, mission_iri: URIRef) -> URIRef:
    """A mission's verdict as one report states it."""
    return EOR[f"verdict/{report_key(report_file)}/{_local(mission_iri)}"]


def finding(report_file: str, ordinal: int) -> URIRef:
    return EOR[f"finding/{report_key(report_file)}/{ordinal}"]


def recommendation(report_file: str, ordinal: int) -> URIRef:
    return EOR[f"recommendation/{report_key(report_file)}/{ordinal}"]


def post(label: str, holder_iri: URIRef) -> URIRef:
    """A post as stated for one holder ("заместитель Председателя ..." held by this person)."""
    return EOR[f"post/{_local(holder_iri)}/{slug(label)}"]


def mission_post(mission_iri: URIRef, role: str) -> URIRef:
    """A post inside a mission, such as its coordinator."""
    return EOR[f"post/{_local(mission_iri)}/{slug(role)}"]


def membership(mission_iri: URIRef, person_iri: URIRef) -> URIRef:
    return EOR[f"membership/{_local(mission_iri)}/{_local(person_iri)}"]


def span(report_file: str, start: int, end: int) -> URIRef:
    """A character span [start, end) of the report file as published."""
    return EOR[f"span/{report_key(report_file)}/{start}-{end}"]


def selector(span_iri: URIRef, kind: str) -> URIRef:
    """The position (``pos``) or quote (``quote``) selector of a span."""
    return URIRef(f"{span_iri}/{kind}")


def concept(scheme: str, key: str) -> URIRef:
    """A SKOS concept of one of our schemes, e.g. ``concept("polarity", "critical")``."""
    return EOC[f"{scheme}/{key}"]


def scheme(name: str) -> URIRef:
    return EOC[name]
