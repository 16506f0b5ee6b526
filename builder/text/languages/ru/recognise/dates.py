"""Dates and date ranges of the genre, with a yargy grammar.

Recognised forms: "28 июня", "11 октября 2020 года", "12–14 мая 2020 года",
"30 марта – 3 апреля 2021 года", "С 2 по 5 октября 2022 года", "с 8 по 12 октября",
"с 30 марта по 3 апреля". Years may be missing; :mod:`builder.text.resolve` fills them from context.
Relative expressions ("В тот же день", "На следующий день", "накануне") are found by
:func:`relative_day`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from yargy import Parser, and_, or_, rule
from yargy.predicates import gte, in_, in_caseless, lte, type
from yargy.tokenizer import Tokenizer

if TYPE_CHECKING:  # the lexicon module holds a DateGrammar; sentences carry their lexicon
    from builder.text.languages.ru.recognise.lexicon import Sent


@dataclass(frozen=True)
class PartialDate:
    """A day and month, with the year when the text gives it."""

    day: int
    month: int
    year: int | None = None


@dataclass(frozen=True)
class DateMention:
    """A date or a date range at ``[start, stop)`` of the normalised text."""

    start: int
    stop: int
    first: PartialDate
    last: PartialDate | None = None  # set for a range

    @property
    def is_range(self) -> bool:
        return self.last is not None


class DateGrammar:
    """The genre's date forms as a yargy parser over the cue lists' month names, year words
    ("года", "г.") and range prepositions ("с ... по ...").

    Building the chart parser is the costly part, so the language bundle's
    :class:`~builder.text.languages.ru.recognise.lexicon.Lexicon` makes one and every sentence
    reaches it through its lexicon (``sent.lex.dates``); nothing is cached in this module.
    """

    def __init__(
        self,
        months: Iterable[str],
        year_words: Iterable[str],
        range_openers: Iterable[str],
        range_closers: Iterable[str],
    ) -> None:
        self.months = [m.lower() for m in months]
        self._stems = tuple(m[:3] for m in self.months)
        self._openers = {w.lower() for w in range_openers}
        day = and_(type("INT"), gte(1), lte(31))
        month = in_caseless(self.months)
        year = and_(type("INT"), gte(1900), lte(2100))
        year_part = rule(year, rule(in_caseless(set(year_words)), in_(".").optional()).optional())
        dash = in_("-–—‒−")
        single = rule(day, month, year_part.optional())
        range_days = rule(day, dash, day, month, year_part.optional())
        range_months = rule(day, month, dash, single)
        from_to = rule(
            in_caseless(self._openers),
            day,
            month.optional(),
            in_caseless(set(range_closers)),
            single,
        )
        self._parser = Parser(or_(from_to, range_months, range_days, single), tokenizer=Tokenizer())

    def month_number(self, word: str) -> int | None:
        """1 for "января" ... 12 for "декабря"; None for a word that is no month name."""
        w = word.lower()
        return self.months.index(w) + 1 if w in self.months else None

    def find(self, sent: Sent) -> list[DateMention]:
        """Every date and range of one sentence, in text order."""
        low = sent.text.lower()
        if not any(stem in low for stem in self._stems):
            return []  # no month name: the chart parser need not run
        out: list[DateMention] = []
        for match in self._parser.findall(sent.text):
            values = [t.value for t in match.tokens]
            days: list[int] = []
            months: list[int] = []
            year: int | None = None
            for k, v in enumerate(values):
                if v.isdigit():
                    n = int(v)
                    if n >= 1900 and k > 0 and self.month_number(values[k - 1]):
                        year = n
                    else:
                        days.append(n)
                elif (m := self.month_number(v)) is not None:
                    months.append(m)
            start = sent.start + match.span.start
            stop = sent.start + match.span.stop
            if values[0].lower() in self._openers:  # "с 2 по 5": the range, not the preposition
                start = sent.start + match.tokens[1].span.start
            if len(days) == 1:
                out.append(DateMention(start, stop, PartialDate(days[0], months[-1], year)))
                continue
            m1 = months[0]
            m2 = months[-1]
            y1 = year
            if year is not None and m1 > m2:
                y1 = year - 1
            out.append(
                DateMention(
                    start, stop, PartialDate(days[0], m1, y1), PartialDate(days[1], m2, year)
                )
            )
        return out


def find_dates(sent: Sent) -> list[DateMention]:
    """Every date and range of one sentence, in text order (parsed once per sentence, by the
    date grammar of the sentence's lexicon)."""
    cached = getattr(sent, "_dates", None)
    if cached is None:
        cached = sent.lex.dates.find(sent)
        sent._dates = cached  # type: ignore[attr-defined]
    return cached


def relative_day(sent: Sent) -> str | None:
    """ "same", "next" or "eve" when the sentence dates itself relative to another event,
    "earlier" when it tells of an undated day before the one just told ("Ранее ..."), "during"
    when of some day of a period ("В ходе работы", "В течение первой недели")."""
    low = sent.lower
    rel = sent.lex.cues["relative_days"]
    for key in ("same", "next"):
        if any(phrase in low for phrase in rel[key]):
            return key
    if any(t.lower in rel["eve"] for t in sent.toks):
        return "eve"
    words = " " + " ".join(t.lower for t in sent.toks if t.is_word) + " "
    for key in ("earlier", "during"):
        if any(f" {phrase} " in words for phrase in rel[key]):
            return key
    return None


@dataclass(frozen=True)
class YearsInForce:
    """The year (and the (year, month) anchor) a yearless day takes at each sentence."""

    years: list[int | None]
    anchors: list[tuple[int, int] | None]
    default_year: int | None


def years_in_force(
    dates: list[list[DateMention]],
    lead_years: list[int | None],
    published: date | None = None,
) -> YearsInForce:
    """The year in force at each sentence: the latest year a date of the text has written so
    far. A report's narrative moves forward in time, so a date that writes an earlier year than
    the one in force looks back ("Конституцией с изменениями, принятыми на референдуме 27
    февраля 2022 года" in a 2024 statement) and leaves the year of the days that follow as it
    was. ``lead_years`` are years a headline or lead writes without a day ("выборов 2019
    года"), used until a date writes one. Sentences before the first written year take the
    text's first year. A text that writes no year takes the year of ``published``, the day
    its web page or PDF says it was published (a day in a month more than half a year after
    that one is of the year before); without that it keeps its days without a year (never a
    guess).
    """
    years: list[int | None] = []
    anchors: list[tuple[int, int] | None] = []
    anchor: tuple[int, int] | None = None
    current: int | None = None
    default_year: int | None = None
    for ds, lead_year in zip(dates, lead_years, strict=True):
        for d in ds:
            last = d.last or d.first
            if last.year and (current is None or last.year >= current):
                current = last.year
                default_year = default_year or last.year
                anchor = (last.year, last.month)
        if current is None and lead_year is not None:
            current = lead_year
            default_year = default_year or current
        years.append(current)
        anchors.append(anchor)
    if default_year is None and published is not None:
        n = len(years)
        return YearsInForce(
            [published.year] * n, [(published.year, published.month)] * n, published.year
        )
    return YearsInForce(
        [y if y is not None else default_year for y in years], anchors, default_year
    )


def dates_the_election(sent: Sent, d: DateMention) -> bool:
    """ "Выборы депутатов Жогорку Кенеша, 28 ноября 2021 г.", "Выборы Президента, 24 октября",
    "Выборы 28 ноября были конкурентными": a day written right after the elections it dates,
    with only the name of the office or body (capitalised words, a genitive noun such as
    "депутатов") and a comma or dash between. The elections named in an oblique case ("за
    выборами Президента Кыргызской Республики 10 января 2021 года", "на выборах депутатов
    Мажилиса 19 марта", "мониторинг референдума 5 июня") are dated so too when nothing but
    the name stands between, no comma: "после выборов 12 марта" is a later day, "прибыли на
    выборы 12 марта" the day of arriving."""
    after = [t for t in sent.toks if t.start >= d.stop][:1]
    if after and _names_the_vote(sent, after[0]) and _relative_adjective(sent, d):
        return True  # "итоги вчерашнего референдума", "на сегодняшних выборах"
    before = [t for t in sent.toks if t.stop <= d.start][-10:]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        between = before[k + 1 :]
        if _election_noun(sent, t):
            if t.lower in sent.lex.cue_set("elections_nominative") and not _after_a_word(sent, t.i):
                # the elections as the subject or a heading ("Выборы ..."), not "по итогам
                # выборов, 12 марта" (a later day) nor "на выборы"
                return all(
                    x.is_cap or x.text in {",", "—", "–", "-"} or (x.is_word and x.first("gent"))
                    for x in between
                ) and not any(
                    x.lower in sent.lex.cue_set("name_breaking_prepositions") for x in between
                )
            return _named_in_an_oblique_case(sent, t, between)
        if not (t.is_cap or t.text in {",", "—", "–", "-"} or t.is_word):
            return False
    return False


def _after_a_word(sent: Sent, i: int) -> bool:
    """Whether a word other than the adjectives of "выборы" stands before it: "Парламентские
    (внеочередные) выборы 18 мая были ..." are the subject as "Выборы 18 мая" are, "по
    итогам выборов" and "на выборы" are not."""
    k = i - 1
    while k >= 0 and sent.toks[k].is_word and sent.toks[k].first("ADJF", "nomn"):
        if sent.toks[k].lemma in sent.lex.cue_set("earlier_election_adjectives"):
            return True  # "Предыдущие парламентские выборы 14 марта": another election
        k -= 1
    return k >= 0 and sent.toks[k].is_word


def _election_noun(sent: Sent, t) -> bool:
    """ "выборы" in any case ("выборов" lemmatises to "выбор"), or "референдум"."""
    cue_set = sent.lex.cue_set
    return t.lower.startswith(tuple(cue_set("election_stems"))) or t.lemma in cue_set(
        "referendum_nouns"
    )


def _names_the_vote(sent: Sent, t) -> bool:
    return _election_noun(sent, t) or t.lemma in sent.lex.cue_set("vote_nouns")


def _relative_adjective(sent: Sent, d: DateMention) -> bool:
    """A day said by one adjective relative to the dateline ("вчерашнего", "сегодняшних")."""
    words = [t for t in sent.toks if d.start <= t.start and t.stop <= d.stop]
    return len(words) == 1 and bool(words[0].first("ADJF"))


def _named_in_an_oblique_case(sent: Sent, t, between: list) -> bool:
    """The elections (or referendum) in the genitive, instrumental or prepositional, not after
    a word of time ("после", "до") and with only name words before the day: capitalised words
    and words in the genitive."""
    if t.lower in sent.lex.cue_set("elections_nominative", "referendum_nouns"):
        return False  # nominative or a direction ("на выборы", "на референдум")
    if t.i > 0 and sent.toks[t.i - 1].lower in sent.lex.cue_set("time_prepositions"):
        return False
    return all(
        x.is_word
        and (x.is_cap or x.first("gent"))
        and x.lower not in sent.lex.cue_set("name_breaking_prepositions")
        for x in between
    )


def voting_days(sent: Sent, d: DateMention) -> bool:
    """Whether a range is the days of a vote held over several days: "голосование на которых
    проходило 15–17 марта", "Голосование проходило в течение трех дней — с 15 по 17 марта",
    "выборы продлились с 15 по 17 марта". The vote is named before the range, with a verb of
    taking place, and not the early vote; its day of voting is then the range's last day."""
    before = {t.lemma for t in [t for t in sent.toks if t.stop <= d.start][-8:]}
    return (
        bool(before & sent.lex.cue_set("voting_nouns"))
        and bool(before & sent.lex.cue_set("taking_place_verbs"))
        # "Досрочное голосование проходило с 20 по 24"
        and not before & sent.lex.cue_set("early_voting")
    )
