"""Numbers in digits or words, and the counts the genre states.

"13 международных наблюдателей", "двенадцать международных наблюдателей", "пятеро экспертов",
"группы из 11 человек", "более 40 наблюдателей" (a lower bound), "около 300 наблюдателей" (an
approximation: no bound), "из шести государств", "посетили 78 избирательных участков".
"""

from __future__ import annotations

from dataclasses import dataclass

from builder.text.languages.ru.recognise.lexicon import Lexicon, Sent


@dataclass(frozen=True)
class Count:
    value: int
    at_least: bool
    i: int  # first token (the bound word when there is one)
    j: int  # token after the number
    noun: int  # token index of the counted noun (a number counts nothing without one)
    approximate: bool = False  # "около 300": neither the number nor a bound of it


def number_at(sent: Sent, k: int) -> tuple[int, int] | None:
    """The number written at token ``k`` (digits or a numeral, "двадцать три", "2 000", "1,3
    тысячи", "12 тыс."), and its end."""
    toks = sent.toks
    t = toks[k]
    if t.is_int:
        value, j = int(t.text), k + 1
        # "2 000": groups of three digits set apart by a space
        while (
            j < len(toks)
            and toks[j].is_int
            and len(toks[j].text) == 3
            and toks[j].start == toks[j - 1].stop + 1
            and value < 1000
        ):
            value, j = value * 1000 + int(toks[j].text), j + 1
        fraction = 0.0
        if (
            j + 1 < len(toks)
            and toks[j].text in {",", "."}
            and toks[j].start == toks[j - 1].stop
            and toks[j + 1].is_int
            and toks[j + 1].start == toks[j].stop
            and j + 2 < len(toks)
            and toks[j + 2].lemma in sent.lex.cues["number_multipliers"]
        ):  # "1,3 тысячи": a decimal only before a multiplier
            fraction = float("0." + toks[j + 1].text)
            j += 2
        return _multiplied(sent.lex, toks, value + fraction, j)
    words: dict[str, int] = sent.lex.cues["number_words"]
    if t.lemma not in words:
        return None
    value = words[t.lemma]
    j = k + 1
    if value >= 20 and j < len(toks) and toks[j].lemma in words and words[toks[j].lemma] < 10:
        value += words[toks[j].lemma]
        j += 1
    return _multiplied(sent.lex, toks, value, j)


def _multiplied(lex: Lexicon, toks: list, value: float, j: int) -> tuple[int, int]:
    """``value`` times a multiplier word at ``j`` ("тысячи", "тыс."), if there is one."""
    multipliers: dict[str, int] = lex.cues["number_multipliers"]
    if j < len(toks) and toks[j].lemma in multipliers:
        value *= multipliers[toks[j].lemma]
        j += 1
        if j < len(toks) and toks[j].text == "." and toks[j].start == toks[j - 1].stop:
            j += 1  # "тыс."
    return round(value), j


def find_counts(sent: Sent, nouns: frozenset[str]) -> list[Count]:
    """Numbers followed (within two adjectives) by one of ``nouns`` (lemmas); never a date."""
    from builder.text.languages.ru.recognise.dates import find_dates

    dates = [(d.start, d.stop) for d in find_dates(sent)]
    toks = sent.toks
    out: list[Count] = []
    bounds = sent.lex.cue_set("at_least")
    k = 0
    while k < len(toks):
        got = number_at(sent, k)
        if got is None:
            k += 1
            continue
        first = k
        value, j = got
        k = j  # the number's own tokens ("2 000", "1,3 тысячи") are read once
        if value == 0 or (first > 0 and toks[first - 1].text == ":"):
            continue  # the minutes of a time of day ("К 15:00 члены группы ..."), never a size
        if any(d[0] <= toks[first].start < d[1] for d in dates):
            continue  # the day or year of a date
        noun = None
        for m in range(j, min(j + 3, len(toks))):
            if toks[m].lemma in nouns:
                noun = m
                break
            if not toks[m].is_word or not toks[m].first("ADJF"):
                break
        if noun is None:
            continue
        at_least = first > 0 and toks[first - 1].lower in bounds
        approximate = first > 0 and toks[first - 1].lower in sent.lex.cue_set("approximately")
        start = first - 1 if at_least or approximate else first
        out.append(Count(value, at_least, start, j, noun, approximate))
    return out


_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", "."})


def part_of_the_mission(sent: Sent, c: Count) -> bool:
    """Whether a count is of a part of a mission, not its size: its long-term observers ("30
    долгосрочных наблюдателей с 22 февраля отправятся", "долгосрочными наблюдателями станут
    14 человек"), its core team or office ("В основную группу входят 11 экспертов", "в
    офисе миссии работают 12 международных экспертов"). Read in the count's clause."""
    toks = sent.toks
    start = c.i
    while start > 0 and toks[start - 1].text not in _CLAUSE_ENDS:
        start -= 1
    stop = (c.noun if c.noun is not None else c.j) + 1
    if stop + 1 < len(toks) and toks[stop].lemma in sent.lex.cue_set("core_adjectives"):
        stop += 2  # "12 экспертов основной группы": the part named after the counted noun
    clause = toks[start:stop]
    parts = sent.lex.cue_set("count_part_words")
    core = sent.lex.cue_set("mission_core")
    if sent.lex.cue_set("observer_terms") <= {t.lemma for t in clause}:
        return False  # "в долгосрочном и краткосрочном наблюдении ... более 400": the whole
    for t in clause:
        if t.lemma in parts:
            return True
        if (
            t.lemma in sent.lex.cue_set("core_adjectives")
            and t.i + 1 < len(toks)
            and toks[t.i + 1].lemma in core
        ):
            return True
    return False


def requested(sent: Sent, c: Count) -> bool:
    """Whether a count is of observers asked for or expected, not yet there: "БДИПЧ попросит
    государства прислать еще 300 краткосрочных наблюдателей", "запросило 250 краткосрочных
    наблюдателей", "как ожидается, войдут около 200 представителей"."""
    asks = sent.lex.cue_set("requested")
    if any(t.lemma in asks for t in sent.toks[: c.i]):
        return True
    return _future_clause(sent, c)


def _future_clause(sent: Sent, c: Count) -> bool:
    """ "прибудет группа краткосрочных наблюдателей численностью около 50 человек": a count in
    a clause whose verb is in the future tense is of observers still to come."""
    toks = sent.toks
    start = c.i
    while start > 0 and toks[start - 1].text not in _CLAUSE_ENDS:
        start -= 1
    stop = c.j
    while stop < len(toks) and toks[stop].text not in _CLAUSE_ENDS:
        stop += 1
    for t in toks[start:stop]:
        if (
            t.is_word
            and not t.is_cap
            and any(p.tag.POS == "VERB" and p.tag.tense == "futr" for p in t.analyses[:1])
        ):
            return True
    return False
