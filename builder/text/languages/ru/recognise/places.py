"""Lists of places after "в": cities, regions and districts, with coordinated ellipsis.

"в Астане, Акмолинской и Карагандинской областях" gives Астана, Акмолинская область and
Карагандинская область: a plural place noun ("областях", "районах", "марзах") distributes over
the coordinated adjectives before it. "в городе Вахдат" gives Вахдат, "в районе Рудаки" gives
"район Рудаки", and an abbreviation-led name ("АТО Гагаузия") is kept as written. Names are put
in the nominative and, when the reference data knows the place, replaced by its reference name.
"""

from __future__ import annotations

from dataclasses import dataclass

from builder.text.languages.ru.inflect import match_case
from builder.text.languages.ru.recognise.lexicon import Lexicon, Sent, Tok


@dataclass
class PlaceMention:
    name: str  # nominative
    start: int
    stop: int


def _noun_gender(lex: Lexicon, lemma: str) -> str:
    for p in lex.parses(lemma):
        if p.tag.POS == "NOUN" and p.tag.gender:
            return p.tag.gender
    return "femn"


def place_noun(tok: Tok) -> str | None:
    """The place noun ("область", "марз") a token is a form of, if any."""
    if not tok.is_word or not tok.text[:1].islower():
        return None
    nouns = tok.lex.cue_set("place_nouns")
    if tok.lemma in nouns:
        return tok.lemma
    low = tok.lower
    endings = tok.lex.cue_set("noun_stem_endings")
    for n in sorted(nouns):
        stem = n[:-1] if n[-1] in endings else n
        if low.startswith(stem) and len(low) - len(stem) <= 3:
            return n
    return None


def place_noun_lemma(tok: Tok) -> str:
    """The place noun a capitalised token is a form of ("Республике" -> "республика"), else
    its lemma."""
    return tok.lemma if tok.lemma in tok.lex.cue_set("place_nouns") else tok.lower


def _titled_place(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """A capitalised place noun followed by its proper name ("Республике Каракалпакстан",
    "Республике Алтай"); an adjective after it ("Республике Сербской") is not such a name."""
    t = toks[i]
    if t.lemma not in lex.cue_set("place_nouns") or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (
        _is_cap_word(nxt)
        and len(nxt.text) > 1
        and not nxt.text.isupper()
        and not any(p.tag.POS == "ADJF" for p in lex.parses(nxt.text))
    )


def _is_place_noun(tok: Tok) -> bool:
    return place_noun(tok) is not None


def _is_cap_word(tok: Tok) -> bool:
    return tok.is_word and tok.text[:1].isupper()


def _city_abbreviation(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """ "г." / "гг." before a city name."""
    return (
        toks[i].lower in lex.cue_set("town_abbreviations")
        and i + 2 < len(toks)
        and toks[i + 1].text == "."
        and _is_cap_word(toks[i + 2])
    )


def _settlements(lex: Lexicon, toks: list[Tok], i: int) -> int | None:
    """ "сельских населенных пунктах Акмолинской и Алматинской областей", "селах Гиссарского
    района": lower-case words ending in a noun of settlements, followed by the places they lie
    in (genitive); the token where those places begin."""
    nouns = lex.cue_set("settlement_nouns")
    j = i
    while j < len(toks) and j - i < 4 and toks[j].is_word and toks[j].text[:1].islower():
        if toks[j].lemma in nouns:
            if j + 1 < len(toks) and _is_cap_word(toks[j + 1]):
                return j + 1
            return None
        j += 1
    return None


def _starts_place(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    return (
        _is_cap_word(toks[i])
        or _is_place_noun(toks[i])
        or _city_abbreviation(lex, toks, i)
        or _settlements(lex, toks, i) is not None
    )


def place_list(sent: Sent, k: int) -> tuple[list[PlaceMention], int]:
    """The places listed from token ``k`` (just after "в"), and the token where the list ends."""
    toks = sent.toks
    out: list[PlaceMention] = []
    pending: list[Tok] = []  # coordinated adjectives awaiting their noun
    i = k
    while i < len(toks):
        t = toks[i]
        if t.lower in sent.lex.cue_set("list_separators"):
            i += 1
            continue
        if (
            t.lower in sent.lex.cue_set("prep_in")
            and i + 1 < len(toks)
            and _starts_place(sent.lex, toks, i + 1)
        ):
            i += 1
            continue
        if _city_abbreviation(sent.lex, toks, i):  # "в г. Алматы"
            i += 2
            continue
        if (
            at := _settlements(sent.lex, toks, i)
        ) is not None:  # "в сельских населенных пунктах ..."
            i = at
            continue
        if i + 1 < len(toks) and f"{t.lower} {toks[i + 1].lower}" in sent.lex.cue_set(
            "list_continuers"
        ):
            i += 2  # "а также"
            continue
        if i > 0 and f"{toks[i - 1].lower} {t.lower}" in sent.lex.cue_set("list_inclusions"):
            i += 2  # "в том числе"
            continue
        if _is_place_noun(t):
            noun = place_noun(t) or t.lemma
            gender = _noun_gender(sent.lex, noun)
            if pending:
                for adj in pending:
                    out.append(
                        PlaceMention(
                            f"{sent.lex.inflect.place_adjective(adj.text, gender)} {noun}",
                            adj.start,
                            t.stop,
                        )
                    )
                pending = []
                i += 1
                continue
            if i + 1 < len(toks) and _is_cap_word(toks[i + 1]):
                name = toks[i + 1]
                label = (
                    name.text
                    if name.text[-1:] in sent.lex.cue_set("indeclinable_name_endings")
                    else sent.lex.inflect.place_noun(name.text)
                )
                if noun not in sent.lex.cue_set("generic_place_nouns"):
                    label = f"{noun} {label}"
                out.append(PlaceMention(label, t.start, name.stop))
                i += 2
                continue
            break
        if _is_cap_word(t) and len(t.text) == 1:
            break  # an initial ("В. Алексеев"), not a place
        if _is_cap_word(t) and _titled_place(sent.lex, toks, i):
            # "в Республике Каракалпакстан": a capitalised place noun with its proper name
            noun = match_case(place_noun_lemma(t), t.text)
            out.append(PlaceMention(f"{noun} {toks[i + 1].text}", t.start, toks[i + 1].stop))
            i += 2
            continue
        if _is_cap_word(t):
            is_adj = any(p.tag.POS == "ADJF" for p in sent.lex.parses(t.text)) or t.text.endswith(
                sent.lex.cue_tuple("adjective_place_endings")
            )
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if is_adj and not t.text.isupper():
                pending.append(t)
                i += 1
                continue
            if t.text.isupper() and nxt is not None and _is_cap_word(nxt):
                out.append(PlaceMention(f"{t.text} {nxt.text}", t.start, nxt.stop))
                i += 2
                continue
            if pending:  # "Российской Федерации": adjectives with a capitalised noun
                noun = sent.lex.inflect.place_noun(t.text)
                gender = _noun_gender(sent.lex, noun.lower())
                adjs = " ".join(sent.lex.inflect.place_adjective(a.text, gender) for a in pending)
                out.append(PlaceMention(f"{adjs} {noun}", pending[0].start, t.stop))
                pending = []
                i += 1
                continue
            out.append(PlaceMention(sent.lex.inflect.place_noun(t.text), t.start, t.stop))
            i += 1
            continue
        break
    return out, i


def find_place_lists(sent: Sent) -> list[PlaceMention]:
    """Every place listed after "в"/"во" (or after "участках" in the genitive) in a sentence."""
    out: list[PlaceMention] = []
    toks = sent.toks
    i = 0
    while i < len(toks):
        t = toks[i]
        if (
            t.lower in sent.lex.cue_set("prep_in")
            and i + 1 < len(toks)
            and _starts_place(sent.lex, toks, i + 1)
        ):
            found, j = place_list(sent, i + 1)
            out.extend(found)
            i = max(j, i + 1)
            continue
        if (
            t.lemma in sent.lex.cue_set("station_nouns")
            and i + 1 < len(toks)
            and _is_cap_word(toks[i + 1])
            and len(toks[i + 1].text) > 1
        ):
            # "на 38 участках Душанбе и Хатлонской области": the places in the genitive
            found, j = place_list(sent, i + 1)
            out.extend(found)
            i = max(j, i + 1)
            continue
        i += 1
    return out
