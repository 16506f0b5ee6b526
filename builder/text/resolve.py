"""Resolution: one person per real entity within a report, names in the nominative.

The recognisers write a person as the sentence writes them ("Н.-А. Исаев", "И. Петрова" read as
a nominative, "Нур-Али Исаев"). :class:`Resolver` groups the forms that can be the same
person (same surname up to an inflection ending, compatible given names or initials), picks the
fullest form as the canonical name, keeps every written form as a variant, and rewrites every
reference to a person in the facts (coordinators, people met, attendees, speakers) to it.
Organisations, states and places are already reference keys or reference names when the
recognisers return them; dates already carry years from context (see
:meth:`builder.text.languages.ru.recognise.context.Context.to_date`).
"""

from __future__ import annotations

from functools import lru_cache

from builder.facts.model import PersonMention, ReportFacts
from builder.reference.records import Reference
from builder.text.document import Doc


def _split(name: str) -> tuple[list[str], str]:
    parts = name.replace("ё", "е").replace("Ё", "Е").split()
    if not parts:
        return [], ""
    return parts[:-1], parts[-1]


def _initials(given: list[str]) -> list[str]:
    """First letters of each given-name part: "Ислам-Бек" -> [И, Б]; "И.-Б." -> [И, Б]."""
    out: list[str] = []
    for g in given:
        for piece in g.replace(".", " ").replace("-", " ").split():
            out.append(piece[0].upper())
    return out


def _is_initials(given: list[str]) -> bool:
    return bool(given) and all("." in g for g in given)


def surnames_match(a: str, b: str) -> bool:
    """Same surname up to a case ending ("Петров" / "Петрова", "Исаев" / "Исаева")."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


@lru_cache(maxsize=1 << 16)
def names_match(a: str, b: str) -> bool:
    """Whether two written names can denote one person."""
    ga, sa = _split(a)
    gb, sb = _split(b)
    if not sa or not sb or not surnames_match(sa, sb):
        return False
    if not ga or not gb:
        return True
    if _is_initials(ga) or _is_initials(gb):
        ia, ib = _initials(ga), _initials(gb)
        n = min(len(ia), len(ib))
        return ia[:n] == ib[:n]
    return ga[0].lower()[:4] == gb[0].lower()[:4]


def _fullness(name: str) -> tuple[int, int, int]:
    given, surname = _split(name)
    full = 0 if _is_initials(given) or not given else 1
    return (full, -len(surname) if full == 0 else len(surname) * 0, len(name))


def _is_full(name: str) -> bool:
    given, _ = _split(name)
    return bool(given) and not _is_initials(given)


class Resolver:
    """Merges person forms into one canonical person each and rewrites references to them;
    names places as the reference data it is given does."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference

    def _places(self, facts: ReportFacts) -> None:
        """Replace a recognised place name by the reference name the text uses ("Кишинев" ->
        "Кишинёв"; "Эчмиадзин" stays Эчмиадзин, a listed variant of Вагаршапат)."""
        ref = self.reference
        country = facts.election.country_iso if facts.election else None

        def canon(name: str) -> str:
            place = ref.find_place(name, country)
            if place is None:
                return name
            key = ref.words.lemma_key(name)
            for candidate in place.names():
                if ref.words.lemma_key(candidate) == key:
                    return candidate
            return name

        for e in facts.events:
            e.regions = list(dict.fromkeys(canon(r) for r in e.regions))
            if e.place:
                e.place = canon(e.place)

    def __call__(self, doc: Doc, facts: ReportFacts) -> ReportFacts:
        groups: list[list[PersonMention]] = []
        # each group's distinct names and the start of its latest mention, kept as it grows: a
        # person named a thousand times in a long report is one name to compare, not a thousand
        known: list[set[str]] = []
        latest: list[int] = []
        for person in facts.people:  # in text order
            # a form joins a group only if it fits every full name there ("В. Орлов" fits
            # Вадим and Виктор Орлов; it joins the one met last, the nearest antecedent)
            fitting = [
                i
                for i, names in enumerate(known)
                if any(names_match(person.name, n) for n in names)
                and all(names_match(person.name, n) for n in names if _is_full(n))
            ]
            start = person.evidence.spans[0].start if person.evidence else -1
            if fitting:
                i = max(fitting, key=lambda k: latest[k])
                groups[i].append(person)
                known[i].add(person.name)
                latest[i] = max(latest[i], start)
            else:
                groups.append([person])
                known.append({person.name})
                latest.append(start)
        canon: dict[str, str] = {}
        people: list[PersonMention] = []
        for group in groups:
            best = max(group, key=lambda p: _fullness(p.name))
            name = best.name
            # a full name written only in an oblique case keeps the nominative the recogniser made
            variants: list[str] = []
            post = None
            evidence = None
            for p in group:
                canon[p.name] = name
                for v in p.variants:
                    if v not in variants:
                        variants.append(v)
                post = post or p.post
                evidence = evidence or p.evidence
            people.append(PersonMention(name=name, post=post, variants=variants, evidence=evidence))

        def fix(n: str | None) -> str | None:
            if n is None:
                return None
            if n in canon:
                return canon[n]
            for p in people:
                if names_match(n, p.name):
                    return p.name
            return n

        for m in facts.missions:
            if m.coordinator is not None:
                m.coordinator.name = fix(m.coordinator.name) or m.coordinator.name
        for e in facts.events:
            for p in e.met:
                p.name = fix(p.name) or p.name
            e.attendees = list(dict.fromkeys(fix(a) or a for a in e.attendees))
        for a in facts.assessments:
            a.by = fix(a.by)
        # the post a fact states (completed from the meeting's venue or a body's full name)
        # is the person's post; a bare mention elsewhere may have stated less
        stated: dict[str, str] = {}
        holders = [m.coordinator for m in facts.missions if m.coordinator is not None]
        holders += [p for e in facts.events for p in e.met]
        for h in holders:
            if h.post and len(h.post) > len(stated.get(h.name, "")):
                stated[h.name] = h.post
        for p in [*people, *holders]:
            if p.name in stated:
                p.post = stated[p.name]
        self._places(facts)
        facts.people = sorted(people, key=lambda p: p.name)
        return facts
