"""English dates: "26 April 2015", "April 26, 2015", "from 23 to 28 October", "27/10/2024",
"10.07.2023", and days relative to the report's own date ("today", "yesterday", "the following
day", "on Sunday").

A report's own date is its dateline ("COPENHAGEN, 14 March 2019 –", "Baku. 8 February.") or
publication line ("27/10/2024 | Election observation", "March 3, 2023, 16:40"): relative days
count from it. A date without a year takes the report's year (the dateline's, else the first
year written anywhere in the text); a text that gives no year at all gives day and month only
(:class:`~builder.facts.model.MonthDay`), as the facts model allows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from builder.facts.model import Day, MonthDay


@dataclass(frozen=True)
class DateMention:
    """A day written in a sentence: its span (normalised offsets) and value."""

    start: int
    stop: int
    day: Day
    relative: bool = False


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class DateGrammar:
    """Finds the dates of a text, given the cue words of ``cues.yaml``."""

    def __init__(self, cues: dict) -> None:
        self.months = {m: i + 1 for i, m in enumerate(cues["months"])}
        self.weekdays = {d: i for i, d in enumerate(cues["weekdays"])}
        self.relative = dict(cues["relative_days"])
        self.next_day = list(cues["next_day"])
        month = _alternation(list(self.months))
        self.day_month = re.compile(
            rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:–|-|to|and|until)\s*)?"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month})\b(?:,?\s+(?P<y>\d{{4}}))?",
            re.IGNORECASE,
        )
        self.month_day = re.compile(
            rf"\b(?P<m>{month})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:{month}))"
            rf"(?:,?\s+(?P<y>\d{{4}}))?",
            re.IGNORECASE,
        )
        # "27/10/2024", "10.07.2023", "22-07-2019"
        self.numeric = re.compile(
            r"\b(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})\b"
        )
        self.iso = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
        words = [*self.relative, *self.next_day]
        self.relative_re = re.compile(rf"\b(?:{_alternation(words)})\b(?:'s)?", re.IGNORECASE)
        self.weekday_re = re.compile(
            rf"\b(?:on|last|this)\s+(?P<w>{_alternation(list(self.weekdays))})\b", re.IGNORECASE
        )
        self.year_re = re.compile(r"\b(19[5-9]\d|20\d\d)\b")

    # -- absolute dates ------------------------------------------------------------------------
    def _make(self, year: int | None, month: int, day: int) -> Day | None:
        try:
            return date(year, month, day) if year else MonthDay(month, day)
        except ValueError:
            return None

    def absolute(self, text: str, offset: int = 0) -> list[DateMention]:
        """The dates written out in ``text`` (a range gives both ends), in text order; a date
        without a year is a :class:`MonthDay` here (see :meth:`with_year`)."""
        out: list[DateMention] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        for rx in (self.iso, self.numeric):
            for m in rx.finditer(text):
                day = self._make(int(m["y"]), int(m["m"]), int(m["d"]))
                if day is not None and free(*m.span()):
                    taken.append(m.span())
                    out.append(DateMention(offset + m.start(), offset + m.end(), day))
        for m in self.day_month.finditer(text):
            if not free(*m.span()):
                continue
            month = self.months[m["m"].lower()]
            year = int(m["y"]) if m["y"] else None
            taken.append(m.span())
            if m["d1"]:
                first = self._make(year, month, int(m["d1"]))
                if first is not None:
                    out.append(DateMention(offset + m.start("d1"), offset + m.end("d1"), first))
            day = self._make(year, month, int(m["d"]))
            if day is not None:
                out.append(DateMention(offset + m.start("d"), offset + m.end(), day))
        for m in self.month_day.finditer(text):
            if not free(*m.span()):
                continue
            year = int(m["y"]) if m["y"] else None
            day = self._make(year, self.months[m["m"].lower()], int(m["d"]))
            if day is not None:
                taken.append(m.span())
                out.append(DateMention(offset + m.start(), offset + m.end(), day))
        # "from 28 March to 1 April 2019": the first end takes the year of the second
        out.sort(key=lambda d: d.start)
        for i, d in enumerate(out[:-1]):
            nxt = out[i + 1]
            if isinstance(d.day, MonthDay) and isinstance(nxt.day, date):
                between = text[d.stop - offset : nxt.start - offset].strip().lower()
                if between in ("to", "–", "-", "until", "and"):
                    year = nxt.day.year - (1 if d.day.month > nxt.day.month else 0)
                    fixed = self._make(year, d.day.month, d.day.day)
                    if fixed is not None:
                        out[i] = DateMention(d.start, d.stop, fixed)
        return out

    def text_year(self, text: str) -> int | None:
        """The first year written in the text (a date's, or a year alone)."""
        for d in self.absolute(text):
            if isinstance(d.day, date):
                return d.day.year
        m = self.year_re.search(text)
        return int(m.group()) if m else None

    @staticmethod
    def with_year(day: Day, anchor: Day | None, year: int | None) -> Day:
        """``day`` with the report's year when it lacks one; a month far from the anchor's
        belongs to the neighbouring year (a January report on a December vote)."""
        if isinstance(day, date) or year is None:
            return day
        if isinstance(anchor, date):
            year = anchor.year
            if day.month - anchor.month > 6:
                year -= 1
            elif anchor.month - day.month > 6:
                year += 1
        try:
            return date(year, day.month, day.day)
        except ValueError:
            return day

    # -- relative days --------------------------------------------------------------------------
    def relative_days(
        self, text: str, anchor: Day | None, previous: Day | None, offset: int = 0
    ) -> list[DateMention]:
        """Days named relative to the report's date (``anchor``) or to the date mentioned
        last (``previous``: "the following day")."""
        out: list[DateMention] = []
        for m in self.relative_re.finditer(text):
            word = m.group().lower().removesuffix("'s")
            base, shift = (previous, 1) if word in self.next_day else (anchor, self.relative[word])
            day = shift_day(base, shift)
            if day is not None:
                out.append(DateMention(offset + m.start(), offset + m.end(), day, relative=True))
        if isinstance(anchor, date):
            for m in self.weekday_re.finditer(text):
                back = (anchor.weekday() - self.weekdays[m["w"].lower()]) % 7
                day = anchor - timedelta(days=back)
                out.append(DateMention(offset + m.start(), offset + m.end(), day, relative=True))
        return sorted(out, key=lambda d: d.start)


def shift_day(day: Day | None, days: int) -> Day | None:
    """``day`` moved by ``days`` (a day without a year moves within a leap-free year)."""
    if day is None:
        return None
    if isinstance(day, date):
        return day + timedelta(days=days)
    moved = date(2001, day.month, day.day) + timedelta(days=days)
    return MonthDay(moved.month, moved.day)
