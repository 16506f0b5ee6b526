"""The day a news item is dated, and the days it names relative to it.

Agencies date an item in its first lines: a dateline ("ДУШАНБЕ, 16 сентября. /ТАСС/.",
"27 января, Минск /Корр. БЕЛТА/", "Душанбе, 3 марта (НИАТ «Ховар»)", "АСТАНА, 15 февраля
2023 г. —") or a publication-date line ("07.02.2020", "Политика | 02.09.2024, 17:45"). Its
body then says "сегодня", "вчера", "в воскресенье": :func:`relative_mentions` turns those
into dates as if the text had written them, so that every recogniser reads them as it reads
"22 декабря".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from builder.text.languages.ru.recognise.dates import DateMention, PartialDate, find_dates
from builder.text.languages.ru.recognise.lexicon import Lexicon, Sent

_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])")
#: Before a dateline's date: nothing, or a place in capitals or title case and a comma.
_PLACE_BEFORE = re.compile(r"^(?:[А-ЯЁA-Z][А-ЯЁA-Zа-яё-]*(?:\s+[А-ЯЁA-Z][А-ЯЁA-Zа-яё-]*)?,\s*)?$")
#: Lines of a head (headline, dateline, publication line) are read, at most this many.
_HEAD_SENTENCES = 6


def numeric_dates(sent: Sent) -> list[DateMention]:
    """ "07.02.2020" as a date (the form of publication lines)."""
    out = []
    for m in _NUMERIC.finditer(sent.text):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            date(year, month, day)
        except ValueError:
            continue
        start = sent.start + m.start()
        out.append(DateMention(start, sent.start + m.end(), PartialDate(day, month, year)))
    return out


def find_dateline(
    sents: list[Sent], dates: list[list[DateMention]]
) -> tuple[int, DateMention] | None:
    """(sentence, date) of the item's dateline or publication line, if it has one: a date
    that opens one of the first paragraphs (after at most a place name), or a line that is
    only a numeric date and a time."""
    paragraph_starts: set[int] = set()
    para = None
    for s in sents[:_HEAD_SENTENCES]:
        if s.para != para:
            paragraph_starts.add(s.index)
            para = s.para
    found: list[tuple[int, DateMention]] = []
    for s in sents[:_HEAD_SENTENCES]:
        if s.index not in paragraph_starts:
            continue
        for d in dates[s.index]:
            if d.is_range:
                continue
            before = s.text[: d.start - s.start]
            numeric = _NUMERIC.fullmatch(s.text[d.start - s.start : d.stop - s.start])
            if numeric or _PLACE_BEFORE.match(before):
                found.append((s.index, d))
                break
    if not found:
        return None
    # "21 марта 2016, 13:25" above "АСТАНА, 21 марта. /Корр. .../": the same day, and the
    # dateline under the publication line names the item's city
    first = found[0][1].first
    for i, d in found:
        same_day = (d.first.day, d.first.month) == (first.day, first.month)
        if same_day and dateline_place(sents[i], d) is not None:
            return i, d
    return found[0]


def _weekday(lex: Lexicon, word: str) -> int | None:
    days = lex.cues["weekdays"]
    return days.index(word) if word in days else None


def _day_before(anchor: PartialDate, days: int) -> PartialDate:
    """``anchor`` moved back by ``days``; without a year, counted in a common year (unless
    the anchor is 29 February)."""
    year = anchor.year or (2000 if (anchor.month, anchor.day) == (2, 29) else 2001)
    d = date(year, anchor.month, anchor.day) - timedelta(days=days)
    return PartialDate(d.day, d.month, anchor.year and d.year)


def _adverb(sent: Sent, i: int) -> bool:
    """ "Накануне состоялась встреча", "Накануне члены миссии ...": "накануне" alone, the day
    before the item's; not the preposition of "накануне выборов", "накануне дня голосования"
    (a noun in the genitive follows), and not beside a day the sentence writes ("Накануне, 6
    февраля, ...")."""
    nxt = sent.toks[i + 1] if i + 1 < len(sent.toks) else None
    initial = nxt is not None and len(nxt.text) == 1 and nxt.is_cap  # "Накануне Э. Гасым-заде"
    if nxt is not None and nxt.is_word and nxt.first("NOUN", "gent") and not initial:
        return False
    return not find_dates(sent)


def relative_mentions(sent: Sent, anchor: PartialDate) -> list[DateMention]:
    """The days ``sent`` names relative to the dateline ``anchor``: "сегодня" is its day,
    "вчера" the day before, "в воскресенье" the last such weekday up to it (with no year the
    weekday cannot be placed, and a news item's weekday is then taken to be its own day)."""
    rel = sent.lex.cues["relative_to_dateline"]
    out = []
    for t in sent.toks:
        low = t.lower
        day: PartialDate | None = None
        if low in rel["today"] or t.lemma in rel["today"]:  # "сегодняшнего заседания"
            day = anchor
        elif low in rel["yesterday"] or t.lemma in rel["yesterday"]:  # "вчерашних выборах"
            day = _day_before(anchor, 1)
        elif low in sent.lex.cues["relative_days"]["eve"] and _adverb(sent, t.i):
            day = _day_before(anchor, 1)  # "Накануне состоялась встреча": the day before
        elif t.i > 0 and sent.toks[t.i - 1].lower in sent.lex.cue_set("prep_in"):
            wd = _weekday(sent.lex, low)
            if wd is not None:
                if anchor.year:
                    back = (date(anchor.year, anchor.month, anchor.day).weekday() - wd) % 7
                    day = _day_before(anchor, back)
                else:
                    day = anchor
        if day is not None:
            out.append(DateMention(t.start, t.stop, day))
    return out


_PLACE_AFTER = re.compile(r"^,\s*([А-ЯЁ][А-ЯЁа-яё-]+(?:\s+[А-ЯЁ][А-ЯЁа-яё-]+)?)\s*[/(.]")


def dateline_place(sent: Sent, d: DateMention) -> str | None:
    """The city a dateline names before or after its date ("ДУШАНБЕ, 16 сентября",
    "27 января, Минск /Корр. БЕЛТА/"), capitalised as a name ("Нур-Султан"), if any."""
    before = sent.text[: d.start - sent.start].strip().rstrip(",").strip()
    after = _PLACE_AFTER.match(sent.text[d.stop - sent.start :])
    written = before or (after.group(1) if after else "")
    if not written or not _PLACE_BEFORE.match(written + ","):
        return None
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in written.split())
