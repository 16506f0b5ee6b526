"""What every recogniser reads: a report's sentences with their names, dates and gazetteer hits.

Built once per document by :func:`build_context`; recognisers then add what they find (missions,
the sentence-to-mission map, the voting date) so that later families can use earlier ones.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from builder.facts.model import EXTRACTED, Day, Evidence, MonthDay, Span
from builder.reference.records import Match, Organisation, Reference, State
from builder.text.document import Doc
from builder.text.languages.ru.recognise.dateline import (
    dateline_place,
    find_dateline,
    numeric_dates,
    relative_mentions,
)
from builder.text.languages.ru.recognise.dates import (
    DateMention,
    PartialDate,
    find_dates,
    years_in_force,
)
from builder.text.languages.ru.recognise.lexicon import Lexicon, Sent, sentences
from builder.text.languages.ru.recognise.people import NameMention, entity_names, find_names

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@dataclass
class MissionInfo:
    """A mission as the recognisers see it: its organiser and where it is mentioned."""

    key: str
    organiser: str  # abbreviation or name of the organising body ("МПА СНГ")
    organiser_key: str | None  # reference key ("ipa-cis")
    kind: str  # "group" or "mission"
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # (sent, start, stop)
    post_mentions: list[tuple[int, int, int]] = field(default_factory=list)  # inside a post
    head: NameMention | None = None
    head_sent: int | None = None
    head_post: str | None = None


@dataclass
class Context:
    doc: Doc
    sents: list[Sent]
    names: list[list[NameMention]]
    dates: list[list[DateMention]]
    ref: Any
    years: list[int | None]  # year in force at each sentence (the latest year written so far)
    default_year: int | None
    missions: list[MissionInfo] = field(default_factory=list)
    sent_mission: list[str | None] = field(default_factory=list)
    anchors: list[tuple[int, int] | None] = field(default_factory=list)  # (year, month) in force
    # gazetteer hits per (sentence, kinds): recognisers ask for the same sentence once per
    # mention, and a long sentence scanned at each mention made extraction quadratic
    _scans: dict[tuple[int, tuple[str, ...]], list[Match]] = field(default_factory=dict)
    _mention_index: tuple[object, dict[int, list[tuple[int, str]]]] = (None, {})
    voting_date: Day | None = None
    country: str | None = None  # ISO code of the state whose election is observed
    published: PartialDate | None = None  # the dateline's or publication line's day
    head: frozenset[int] = frozenset()  # sentences of the headline and lines above the body
    dateline_place: str | None = None  # the city of a news item's dateline
    lex: Lexicon = field(kw_only=True, repr=False)  # the recogniser's words

    def evidence(self, rule: str, *spans: tuple[int, int]) -> Evidence:
        """Evidence over normalised spans, recorded as ORIGINAL offsets."""
        out = tuple(
            sorted({self.doc.original_span(a, b) for a, b in spans if b > a}, key=lambda s: s.start)
        )
        return Evidence(out or (Span(0, 0),), method=EXTRACTED, rule=rule)

    def scan(self, sent: Sent, kinds: list[str]) -> list[Match]:
        """Reference names in a sentence, with NORMALISED document offsets (scanned once)."""
        key = (sent.index, tuple(kinds))
        if key not in self._scans:
            self._scans[key] = [
                Match(m.start + sent.start, m.end + sent.start, m.kind, m.entry, m.text)
                for m in self.ref.scan(sent.text, kinds)
            ]
        return list(self._scans[key])

    def organisations(self, sent: Sent) -> list[tuple[Match, Organisation]]:
        """The organisations a sentence names, each with its record typed as one."""
        return [
            (m, m.entry)
            for m in self.scan(sent, ["organisation"])
            if isinstance(m.entry, Organisation)
        ]

    def states(self, sent: Sent) -> list[tuple[Match, State]]:
        """The states a sentence names, each with its record typed as one."""
        return [(m, m.entry) for m in self.scan(sent, ["state"]) if isinstance(m.entry, State)]

    def mentions_in(self, sent_index: int) -> list[tuple[int, str]]:
        """(start, mission key) of the mission mentions in a sentence, missions in their order.

        Indexed once for the missions as they stand (asking each mission for each sentence made
        long reports quadratic); the index is rebuilt when missions or mentions change.
        """
        stamp = (id(self.missions), tuple((m.key, len(m.mentions)) for m in self.missions))
        if self._mention_index[0] != stamp:
            index: dict[int, list[tuple[int, str]]] = {}
            for m in self.missions:
                for si, start, _ in m.mentions:
                    index.setdefault(si, []).append((start, m.key))
            self._mention_index = (stamp, index)
        return self._mention_index[1].get(sent_index, [])

    def to_date(self, p: PartialDate, sent_index: int) -> Day | None:
        """A full date: the written year, else the year in force at the sentence; a day and
        month only (:class:`MonthDay`) when the text gives no year at all."""
        year = p.year or self.years[sent_index] or self.default_year
        if year is None:
            try:
                return MonthDay(p.month, p.day)
            except ValueError:
                return None
        anchor = self.anchors[sent_index] if self.anchors else None
        if p.year is None and anchor is not None:
            # "29 декабря" after "29 декабря – 2 января 1996 года" is December 1995
            if p.month - anchor[1] > 6:
                year = anchor[0] - 1
            elif anchor[1] - p.month > 6:
                year = anchor[0] + 1
        try:
            return date(year, p.month, p.day)
        except ValueError:
            return None

    def mission(self, key: str) -> MissionInfo:
        return next(m for m in self.missions if m.key == key)

    @property
    def main(self) -> MissionInfo | None:
        return self.missions[0] if self.missions else None


def _is_full(s: Sent) -> bool:
    """A sentence of the body: 8+ tokens, not a publication line of digits and dots nor a
    letterhead line of fields ("1 июля 2020, 19:10 | Пресс-служба Секретариата Совета ...")."""
    if any(t.text == "|" for t in s.toks):
        return False
    return sum(1 for t in s.toks if t.is_word) >= 6 and len(s.toks) >= 8


def lead(sents: list[Sent]) -> list[Sent]:
    """The headline and the first body paragraph, past any letterhead or dateline lines: the
    paragraphs up to and including the second one with a full-length sentence (8+ tokens)."""
    out: list[Sent] = []
    full = 0
    para = None
    for s in sents:
        if s.para != para:
            if full >= 2:
                break
            para = s.para
            if any(_is_full(x) for x in sents if x.para == para):
                full += 1
        out.append(s)
    return out


def head_lines(sents: list[Sent], dateline: int | None) -> frozenset[int]:
    """The headline, subheadline and publication lines: the lines above the dateline, or the
    leading paragraphs of one sentence that do not end as a sentence does (after a
    publication line of its own, "07.02.2020", too). They repeat the body (a headline's
    "провели встречи" is the body's meeting), so no event is read from them."""
    out: set[int] = set(range(dateline)) if dateline is not None else set()
    if dateline is not None and not _line_of_its_own(sents, sents[dateline]):
        return frozenset(out)  # "ДУШАНБЕ, 16 сентября. /ТАСС/. Миссия ...": the body begins
    for s in sents[dateline or 0 :]:
        if s.index == dateline:
            out.add(s.index)
            continue
        if not _line_of_its_own(sents, s) or s is sents[-1]:
            break
        out.add(s.index)
    return frozenset(out)


def _line_of_its_own(sents: list[Sent], s: Sent) -> bool:
    """A paragraph of one sentence that does not end as a sentence does."""
    alone = sum(1 for x in sents if x.para == s.para) == 1
    return alone and not s.text.rstrip().endswith((".", "!", "?", "…"))


def _names(doc: Doc, sents: list[Sent], reference: Reference) -> list[list[NameMention]]:
    """Each sentence's names: the patterns' own, natasha's persons where the patterns see none,
    then once more with the surnames so learnt ("Ирини Коцаки" ... "И. Коцаки")."""
    persons: list[list[tuple[int, int, str]]] = [[] for _ in sents]
    starts = [s.start for s in sents]
    for span in doc.spans:
        k = bisect.bisect_right(starts, span.start) - 1
        if span.type == "PER" and k >= 0 and span.stop <= sents[k].stop:
            persons[k].append((span.start, span.stop, span.normal))
    for s in sents:  # a body, place or organisation the tagger took for a person ("Маджлиси
        if persons[s.index]:  # Оли") is known to the reference data
            known = [(m.start + s.start, m.end + s.start) for m in reference.scan(s.text)]
            persons[s.index] = [
                p for p in persons[s.index] if not any(a < p[1] and p[0] < b for a, b in known)
            ]
    names = []
    learnt: set[str] = set()
    for s in sents:
        own = find_names(s)
        merged = entity_names(s, persons[s.index], own)
        learnt |= {n.surname for n in merged if n not in own}
        names.append(merged)
    if learnt:
        names = [entity_names(s, persons[s.index], find_names(s, frozenset(learnt))) for s in sents]
    return _surnames_alone(sents, names)


def _surnames_alone(sents: list[Sent], names: list[list[NameMention]]) -> list[list[NameMention]]:
    """A person named in full once and then by surname alone after a form of address or a
    rank ("Юстина Ловренчич" ... "— сказала посол Ловренчич", "г-жа Бреннер", "г-н
    Хелльберг-Сунд"): the surname is that person (the joint missions' statements name their
    speakers so), never a new one."""
    honorifics = sents[0].lex.cue_set("honorifics") if sents else frozenset()
    full: list[NameMention] = []
    out = []
    for s, found in zip(sents, names, strict=True):
        taken = {k for n in found for k in range(n.i, n.j)}
        added = []
        for t in s.toks[1:]:
            if t.i in taken or not t.is_cap or s.toks[t.i - 1].lower not in honorifics:
                continue
            person = next(
                (n for n in reversed(full) if _same_surname(s.lex, t.text, n.surname)), None
            )
            if person is not None:
                added.append(
                    replace(person, start=t.start, stop=t.stop, i=t.i, j=t.i + 1, written=t.text)
                )
        full.extend(n for n in found if n.given)
        out.append(sorted(found + added, key=lambda n: n.i))
    return out


def _same_surname(lex: Lexicon, word: str, surname: str) -> bool:
    """Whether ``word`` is ``surname`` in some case: the same word, or the surname with an
    ending of at most two letters ("Хелльберг-Сунда", "Остерманна")."""
    w, sur = word.lower(), surname.lower()
    if w == sur:
        return True
    stem = sur[:-1] if sur.endswith(lex.cue_tuple("surname_case_endings")) else sur
    return len(stem) >= 4 and w.startswith(stem) and len(w) - len(stem) <= 2


def build_context(
    doc: Doc, reference: Reference | None = None, lex: Lexicon | None = None
) -> Context:
    """What the recognisers read of ``doc`` with ``reference`` and ``lex``; a one-off caller (a
    test) may leave them out and take the defaults of :mod:`builder.text.defaults`."""
    if reference is None or lex is None:
        from builder.text import defaults

        reference = reference or defaults.reference()
        lex = lex or defaults.ru_lexicon()
    sents = sentences(doc, lex)
    names = _names(doc, sents, reference)
    dates = [list(find_dates(s)) for s in sents]
    for s in sents[:8]:  # a publication line: "07.02.2020", "02.09.2024, 17:45"
        if s.index < len(dates) and not dates[s.index]:
            dates[s.index] = numeric_dates(s)[:1]
    lead_ids = {s.index for s in lead(sents)}
    lead_years = [
        int(m.group()) if s.index in lead_ids and (m := _YEAR.search(s.text)) else None
        for s in sents
    ]  # "местных выборов 2019 года" in a title
    in_force = years_in_force(dates, lead_years, doc.published)
    years, anchors, default_year = in_force.years, in_force.anchors, in_force.default_year
    dateline = find_dateline(sents, dates)
    published: PartialDate | None = None
    place: str | None = None
    line_i = 0
    if dateline is not None:
        line_i, d = dateline
        place = dateline_place(sents[line_i], d)
        published = PartialDate(d.first.day, d.first.month, d.first.year or years[line_i])
    elif doc.published is not None:  # the day a web page's or PDF's metadata gives
        published = PartialDate(doc.published.day, doc.published.month, doc.published.year)
    if published is not None:
        for s in sents[line_i:]:
            extra = relative_mentions(s, published)
            if extra:
                dates[s.index] = sorted(dates[s.index] + extra, key=lambda m: m.start)
    return Context(
        doc,
        sents,
        names,
        dates,
        reference,
        years,
        default_year,
        anchors=anchors,
        published=published,
        head=head_lines(sents, dateline[0] if dateline else None),
        dateline_place=place,
        lex=lex,
    )


def shift(d: Day | None, days: int) -> Day | None:
    """``d`` moved by ``days``; a day without a year is moved within a common year."""
    if d is None:
        return None
    if isinstance(d, MonthDay):
        year = 2000 if (d.month, d.day) == (2, 29) else 2001  # a common year unless it cannot be
        moved = date(year, d.month, d.day) + timedelta(days=days)
        return MonthDay(moved.month, moved.day)
    return d + timedelta(days=days)
