"""Dated events of a mission: meetings, voting-day observation, press conferences, briefings,
final meetings.

Each sentence is classified by its cue lemmas (the language's cues.yaml); a meeting's
interlocutors are the people named in the sentence who are not the mission's own head, with
their posts; a venue is the "в ..." phrase of the sentence; the date is written in the sentence
or follows from the previous event ("В тот же день", "На следующий день") or from the voting day
("накануне дня голосования", "После завершения голосования").
"""

from __future__ import annotations

from dataclasses import replace

from builder.facts.model import Day, Event, PersonMention
from builder.text.languages.ru.recognise.context import Context, shift
from builder.text.languages.ru.recognise.counts import find_counts
from builder.text.languages.ru.recognise.dates import find_dates, relative_day
from builder.text.languages.ru.recognise.lexicon import Lexicon, Sent
from builder.text.languages.ru.recognise.people import (
    NameMention,
    complete_post,
    is_verb,
    phrase_to_nominative,
    post_after,
    post_before,
)
from builder.text.languages.ru.recognise.places import find_place_lists


def voting_day_phrase(lex: Lexicon, low: str) -> int | None:
    """Where a lower-cased text says "день голосования" (or "день выборов", "день
    референдума"), if it does."""
    for phrase in lex.cues["voting_day"]:
        at = low.find(phrase)
        if at >= 0:
            return at
    return None


def same_person(a: NameMention | str, b: NameMention | str) -> bool:
    """Whether two name forms can be one person: same surname stem, compatible initials."""
    from builder.text.resolve import names_match

    an = a.name if isinstance(a, NameMention) else a
    bn = b.name if isinstance(b, NameMention) else b
    return names_match(an, bn)


def _opens_with_place(s: Sent) -> bool:
    return len(s.toks) > 1 and s.toks[0].lower in s.lex.cue_set("prep_in") and s.toks[1].is_cap


def _discusses_with_official(s: Sent) -> bool:
    """ "обсудили с Председателем ЦИК ...": a meeting said with its topic verb."""
    toks = s.toks
    for t in toks:
        if t.lemma in s.lex.cue_set("discussion_verbs"):
            for x in toks[t.i + 1 :]:
                if x.lower in s.lex.cue_set("prep_with") and x.i + 1 < len(toks):
                    nxt = toks[x.i + 1]
                    if nxt.lemma in s.lex.cue_set("post_heads", "member_nouns"):
                        return True
    return False


def _with_official(lex: Lexicon, toks, k: int) -> bool:
    """Whether tokens from ``k`` read "с <post> ..." or "с <Name>": whom a meeting was with."""
    if k + 1 >= len(toks) or toks[k].lower not in lex.cue_set("prep_with"):
        return False
    nxt = toks[k + 1]
    while nxt.lemma in lex.cue_set("post_qualifiers") and nxt.i + 1 < len(toks):
        nxt = toks[nxt.i + 1]
    return (
        nxt.lemma in lex.cue_set("post_heads") | lex.cue_set("leadership_nouns")
        or nxt.is_cap
        and nxt.lemma not in lex.cue_set("head_nouns")
    )


def _meets_the_press(s: Sent) -> bool:
    """ "встретились с журналистами", "выступил перед представителями СМИ": a meeting with the
    press, said with a verb or noun of meeting or speaking that took place, is a press
    conference."""
    toks = s.toks
    speaking = s.lex.cue_set("meeting_verbs", "meeting_nouns", "press_verbs")
    if not any(t.lemma in speaking for t in toks) or _planned(s):
        return False
    preps = s.lex.cue_set("prep_with", "prep_before", "prep_on")
    for x in toks:
        if x.lower in preps and any(
            y.lemma in s.lex.cue_set("press_words") for y in toks[x.i + 1 : x.i + 4]
        ):
            return True  # "ответил на вопросы журналистов": on the press's questions
    return False


def _talks_between(s: Sent) -> bool:
    """ "Глава миссии X и Председатель ЦИК Y обсудили ...": two subjects joined by "и" before a
    verb of discussion in the plural past; who of them is met the names tell."""
    toks = s.toks
    verb = next(
        (t for t in toks if t.lemma in s.lex.cue_set("discussion_verbs") and _finite(t)), None
    )
    if verb is None or not verb.first("plur"):
        return False
    before = toks[: verb.i]
    joined = any(t.lower in s.lex.cue_set("coordinators") for t in before)
    caps = [t for t in before if t.is_cap and t.is_word and t.first("nomn")]
    return (
        joined and len(caps) >= 2 and not any(t.lower in s.lex.cue_set("prep_with") for t in before)
    )


def _received_by_official(s: Sent) -> bool:
    """ "глава миссии был принят Председателем ЦИК", "наблюдателей приняли в ЦИК": a
    receiving verb in the passive, its agent an official in the instrumental, is a meeting."""
    toks = s.toks
    for t in toks:
        if t.lemma not in s.lex.cue_set("receiving_verbs") or not t.first("PRTS"):
            continue
        for x in toks[t.i + 1 : t.i + 4]:
            if x.lemma in s.lex.cue_set("post_heads", "leadership_nouns") and x.first("ablt"):
                return True
    return False


def _purpose_of_stay(s: Sent) -> bool:
    """ "(группа была) направлена для наблюдения за выборами, которые прошли в день
    голосования ...": the lead's statement of why the group came, not its work that day."""
    lem = s.lemmas()
    if lem & s.lex.cue_set("purpose_words"):
        return True
    return any(
        t.lemma in s.lex.cue_set("prep_for")
        and t.i + 1 < len(s.toks)
        and s.toks[t.i + 1].lemma in s.lex.cue_set("observation_nouns")
        for t in s.toks
    )


def _final_meeting_phrase(s: Sent) -> bool:
    """ "итоговое совещание", "заключительное заседание группы": the final adjective modifies
    the meeting noun itself ("итоговое заключение ... на заседании Совета" is no such
    meeting)."""
    finals = s.lex.cue_set("final_adjectives")
    nouns = s.lex.cue_set("final_meeting_nouns")
    return any(t.lemma in nouns and t.i > 0 and s.toks[t.i - 1].lemma in finals for t in s.toks)


def _said_at(s: Sent, nouns: frozenset[str]) -> bool:
    """ "заявил на пресс-конференции", "огласил на брифинге": a past-tense verb of the sentence
    and "на" + the event noun, so the event took place and someone spoke at it."""
    on = s.lex.cue_set("prep_on")
    at = any(t.lemma in nouns and t.i > 0 and s.toks[t.i - 1].lower in on for t in s.toks)
    if not at:
        return False
    for t in s.toks:
        if t.is_word and not (t.is_cap and t.i > 0):
            first = t.analyses[0]
            if first.tag.POS == "VERB" and first.tag.tense == "past":
                return True
    return False


def _for_the_press(s: Sent, nouns: frozenset[str]) -> bool:
    """ "брифинг для журналистов (представителей СМИ)": the event noun, "для" and a press word
    within the next words."""
    toks = s.toks
    for t in toks:
        if t.lemma not in nouns:
            continue
        for x in toks[t.i + 1 : t.i + 3]:
            if x.lower in s.lex.cue_set("prep_for") and any(
                y.lemma in s.lex.cue_set("press_words") for y in toks[x.i + 1 : x.i + 4]
            ):
                return True
    return False


def _participle(t) -> bool:
    return t.analyses[0].tag.POS in {"PRTF", "PRTS"}


def _future(s: Sent) -> bool:
    """ "будет представлено на заседании": what will happen after the report is no event."""
    return any(t.lower in s.lex.cue_set("future_forms") for t in s.toks)


def _planned(s: Sent) -> bool:
    """ "Члены миссии встретятся с ...", "наблюдатели будут работать", "планирует провести",
    "итоги группа представит 10 февраля": what a text announces is not yet an event. A verb in
    the future tense (perfective present form), an auxiliary of the future or a verb of
    intention makes the sentence a plan."""
    if _future(s) or s.lemmas() & s.lex.cue_set("plan_verbs"):
        return True
    for t in s.toks:
        if not t.is_word or t.is_cap and t.i > 0:
            continue
        first = t.analyses[0]
        if first.tag.POS == "VERB" and first.tag.tense == "futr":
            return True
    return False


# verbs that make a meeting only with the observers as their object ("принял наблюдателей",
# "приветствовал членов группы"; not "принял участие", "приветствовал решение")


def _finite(t) -> bool:
    """A finite verb of the sentence (not a participle or an infinitive)."""
    return t.is_word and t.analyses[0].tag.POS == "VERB"


def _at_polling_stations(s: Sent) -> bool:
    """Observers at the polling stations or watching the vote, said with a finite verb:
    "находятся на участках референдума", "работали на участках в ...", "ведет мониторинг на
    зарубежных участках", "наблюдали за голосованием в ...". A participle ("наблюдавшие за
    выборами") describes the observers, and the elections as a whole are not the vote."""
    toks = s.toks
    for t in toks:
        if t.lemma not in s.lex.cue_set("watch_verbs", "presence_verbs") or not _finite(t):
            continue
        for x in toks[t.i + 1 : t.i + 6]:
            if x.lower in s.lex.cue_set("prep_on") and any(
                y.lemma in s.lex.cue_set("station_nouns") for y in toks[x.i + 1 : x.i + 4]
            ):
                return True
            if x.lower in s.lex.cue_set("prep_behind", "prep_at") and any(
                y.lemma in s.lex.cue_set("vote_nouns") | _stage_words(s.lex)
                for y in toks[x.i + 1 : x.i + 3]
            ):
                return True  # "проследили за открытием участков", "присутствовали при подсчете"
    return False


def _stage_words(lex: Lexicon) -> frozenset[str]:
    """The nouns of the stages of a voting day ("открытие", "подсчет")."""
    return frozenset(w for words in lex.cues["voting_stages"].values() for w in words)


def _briefing_meeting(s: Sent) -> bool:
    """ "организационное совещание группы", "установочная встреча наблюдателей": a meeting
    where the observers are briefed is a briefing."""
    nouns = s.lex.cue_set("final_meeting_nouns")
    adjectives = s.lex.cue_set("briefing_adjectives")
    return any(
        t.lemma in nouns
        and t.i > 0
        and s.toks[t.i - 1].lemma in adjectives
        and not _with_official(s.lex, s.toks, t.i + 1)  # "установочная встреча с Председателем ЦИК"
        for t in s.toks
    )


def _campaign_meeting(s: Sent, k: int) -> bool:
    """ "кандидаты в основном проводят встречи с избирателями": a meeting of the campaign the
    report describes, not one of the mission: its actor, the subject before the meeting word
    in its clause, is a campaign actor, or it is held with the voters (observers meet
    candidates and parties, so a meeting with them stays the mission's)."""
    actors = s.lex.cue_set("campaign_actors")
    toks = s.toks
    for x in reversed(toks[:k]):
        if x.text in {",", ";", ":", "—"} or x.lemma in s.lex.cue_set("meeting_objects"):
            break
        if x.lemma in actors and x.first("nomn"):
            return True
    after = toks[k + 1 : k + 5]
    return any(
        x.lower in s.lex.cue_set("prep_with")
        and x.i + 1 < len(toks)
        and toks[x.i + 1].lemma in s.lex.cue_set("voter_nouns")
        for x in after
    )


def _meeting_series(s: Sent) -> bool:
    """ "провела серию встреч", "ряд встреч", "провела встречи с представителями ЦИК,
    министерств, партий": meetings summed up, told one by one if at all."""
    series = s.lex.cue_set("meeting_series")
    toks = s.toks
    for t in toks:
        if t.lemma not in s.lex.cue_set("meeting_nouns"):
            continue
        if t.i > 0 and toks[t.i - 1].lemma in series:
            return True
        if t.i > 0 and toks[t.i - 1].lemma in s.lex.cue_set("held_verbs") and t.first("plur"):
            return True
    return False


def _outside_quotes(s: Sent, dates: list) -> list:
    """The dates a sentence states outside its «quotes»: a day inside a quotation is the
    speaker's ("«Вчера избиратели ...», — заявила на пресс-конференции"), not the event's."""
    inside: list[tuple[int, int]] = []
    depth, opened = 0, s.start
    if s.text.find("»") >= 0 and (s.text.find("«") < 0 or s.text.find("»") < s.text.find("«")):
        depth, opened = 1, s.start  # a quotation opened in an earlier sentence
    for k, ch in enumerate(s.text):
        if ch == "«":
            if depth == 0:
                opened = s.start + k
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
            if depth == 0:
                inside.append((opened, s.start + k + 1))
    if depth:
        inside.append((opened, s.stop))
    return [d for d in dates if not any(a <= d.start < b for a, b in inside)]


def _nearest(s: Sent, dates: list) -> list:
    """The dates ordered by closeness to the meeting word: "прибыли 3 июня, а накануне
    референдума, 4 июня, встретились с ..." met on the 4th."""
    meeting = s.lex.cue_set("meeting_verbs", "meeting_nouns")
    at = next((t for t in s.toks if t.lemma in meeting), None)
    if at is None or len(dates) < 2:
        return dates
    return sorted(dates, key=lambda d: min(abs(d.start - at.stop), abs(at.start - d.stop)))


def _early_voting(ctx: Context, s: Sent) -> bool:
    """A sentence about early voting ("Досрочное голосование проводилось с 20 по 24
    февраля. Наблюдатели ежедневно посещали участки"): it or an earlier sentence of its
    paragraph names the early vote, so its visits are not the voting day's."""
    early = s.lex.cue_set("early_voting")
    if voting_day_phrase(s.lex, s.text.lower()) is not None and not _names_early_vote(s, early):
        return False  # "В день выборов члены группы наблюдали ...": the day itself
    return any(b.para == s.para and _names_early_vote(b, early) for b in ctx.sents[: s.index + 1])


def _names_early_vote(s: Sent, early: frozenset[str]) -> bool:
    return any(
        t.lemma in early
        and t.i + 1 < len(s.toks)
        and s.toks[t.i + 1].lemma in s.lex.cue_set("vote_nouns")
        for t in s.toks
    )


def _kind(s: Sent) -> str | None:
    lem = s.lemmas()
    low = s.text.lower()
    finals = s.lex.cue_set("final_adjectives")
    announces = bool(lem & s.lex.cue_set("held_verbs", "organise_verbs"))
    if lem & s.lex.cue_set("press_conference") and (
        lem & finals
        or announces
        or find_dates(s)
        or _opens_with_place(s)
        or _said_at(s, s.lex.cue_set("press_conference"))
    ):
        return "press-conference"
    if _final_meeting_phrase(s) and not _future(s):
        return "final-meeting"
    if _briefing_meeting(s):
        return "briefing"
    if lem & s.lex.cue_set("briefing"):
        if lem & s.lex.cue_set("findings_words") and _said_at(s, s.lex.cue_set("briefing")):
            return "press-conference"  # "огласил заявление миссии на брифинге": to the press
        if _for_the_press(s, s.lex.cue_set("briefing")):
            return "press-conference"  # "брифинг для журналистов": the press's, not the observers'
        return "briefing"
    toks = s.toks
    if _meets_the_press(s):
        return "press-conference"
    if _discusses_with_official(s):
        return "meeting"
    if _received_by_official(s):
        return "meeting"
    if _talks_between(s) or s.lex.cue_set("courtesy_visit") <= lem:
        return "meeting"  # "X и Y обсудили ...", "нанес визит Председателю ..."
    meeting_not_receiving = s.lex.cue_set("meeting_verbs") - s.lex.cue_set("receiving_verbs")
    for t in toks:
        if t.lemma in s.lex.cue_set("meeting_verbs", "meeting_nouns") and _campaign_meeting(s, t.i):
            return None
        if t.lemma in meeting_not_receiving and not _participle(t):
            return "meeting"  # "встречавшиеся недочеты" describes, it meets no one
        if (
            t.lemma in s.lex.cue_set("receiving_verbs")
            and any(
                x.lemma in s.lex.cue_set("meeting_objects") for x in toks[max(0, t.i - 3) : t.i + 3]
            )
            and not any(
                x.lemma in s.lex.cue_set("participation_nouns") for x in toks[t.i : t.i + 3]
            )
        ):
            return "meeting"
        if t.lemma in s.lex.cue_set("meeting_nouns") and any(
            x.lemma in s.lex.cue_set("held_verbs") for x in toks
        ):
            return "meeting"
        if t.lemma in s.lex.cue_set("meeting_nouns", "final_meeting_nouns") and _with_official(
            s.lex, toks, t.i + 1
        ):
            return "meeting"  # "В ходе встречи с Председателем ЦИК X обсуждались ..."
    visits = any(t.lemma in s.lex.cue_set("visit_verbs") for t in toks)
    watches = any(t.lemma in s.lex.cue_set("watch_verbs") for t in toks)
    if (visits or watches) and find_counts(s, s.lex.cue_set("station_nouns")):
        return "voting-day-observation"  # "наблюдали за голосованием на 38 участках"
    if _at_polling_stations(s):
        return "voting-day-observation"
    if visits and (
        find_counts(s, s.lex.cue_set("station_nouns"))
        or any(t.lemma in s.lex.cue_set("station_nouns") for t in toks)
        and not any(t.lemma in s.lex.cue_set("meeting_nouns") for t in toks)
    ):
        return "voting-day-observation"  # "посетили 78 избирательных участков"
    if (
        voting_day_phrase(s.lex, low) is not None
        and not any(phrase in low for phrase in s.lex.cue_set("eve_of_the_day"))
        and not _purpose_of_stay(s)
        and any(t.lemma in s.lex.cue_set("voting_day_work") for t in toks)
    ):
        return "voting-day-observation"
    return None


def _venue(
    ctx: Context, s: Sent, kind: str, skip: list[tuple[int, int]]
) -> tuple[str, tuple[int, int]] | None:
    """The "в ..." phrase naming where a meeting or conference took place, nominative: the one
    after the event's noun first ("Выборы в Законодательную палату ..., заявил на
    пресс-конференции в Ташкенте"), else the first of the sentence."""
    toks = s.toks
    nouns = s.lex.cue_set("press_conference", "briefing", "meeting_nouns")
    at = next((t.i for t in toks if t.lemma in nouns), 0)
    for t in [*toks[at:], *toks[:at]]:
        if t.lower not in s.lex.cue_set("prep_in") or t.i + 1 >= len(toks):
            continue
        first = toks[t.i + 1]
        office = (  # "в аппарате Уполномоченного по правам человека": an office by its holder
            first.lemma in s.lex.cue_set("venue_nouns")
            and t.i + 2 < len(toks)
            and toks[t.i + 2].is_cap
        )
        if not (first.is_cap or office) or any(a <= first.start < b for a, b in skip):
            continue
        if not first.first("loct"):
            continue  # "прибывшей в Минск", "выборах в Законодательную палату": a direction
        j = t.i + 2 if office else t.i + 1
        end = j
        while j < len(toks):
            x = toks[j]
            if x.lower in s.lex.cue_set("prep_in"):
                break  # "в Доме журналистов в Гюмри": the venue ends where the city begins
            if x.is_cap and x.is_word and len(x.text) > 1:
                end = j + 1
                j += 1
                continue
            if x.text == "(" and j > t.i + 1:  # "(омбудсмена)": an alias inside the name
                close = next((y.i for y in toks[j + 1 : j + 5] if y.text == ")"), None)
                if (
                    close is not None
                    and close + 1 < len(toks)
                    and toks[close + 1].is_cap
                    and all(y.is_word and not y.is_cap for y in toks[j + 1 : close])
                ):
                    j = close + 1
                    continue
            if (
                x.is_word
                and x.text[:1].islower()
                and end == j
                and j > t.i + 1
                and toks[j - 1].first("ADJF")
                and (x.first("ADJF") or x.first("NOUN"))
            ):
                # "в Центральной избирательной комиссии": a name's adjectives and its noun
                end = j + 1
                j += 1
                continue
            if x.is_word and x.text[:1].islower() and not is_verb(x):
                look: list = []
                for y in toks[j : j + 5]:
                    if y.is_cap or y.text == "(" or y.lower in s.lex.cue_set("prep_in"):
                        break
                    look.append(y)
                ok = all(
                    y.is_word
                    and not is_verb(y)
                    and (
                        y.lower in s.lex.cue_set("name_joiners")
                        or y.first("gent")
                        or y.first("datv")
                    )
                    for y in look
                )
                k = j + len(look)
                if ok and k < len(toks) and (toks[k].is_cap or toks[k].text == "("):
                    j += 1
                    continue
            break
        # a state named alone is the country, not a venue
        phrase = s.span_text(t.i + 1, end)
        st = ctx.ref.find_state(phrase)
        if (
            st is not None
            and len(phrase.split()) <= 2
            and phrase.split()[0].lower() not in s.lex.cue_set("chamber_forms")
        ) and (
            ctx.ref.scan(phrase, ["state"]) and ctx.ref.scan(phrase, ["state"])[0].text == phrase
        ):
            continue
        name = phrase_to_nominative(s, t.i + 1, end, "loct")
        if end - (t.i + 1) == 1:
            name = s.lex.inflect.place_noun(toks[t.i + 1].text)
        return name, (toks[t.i + 1].start, toks[end - 1].stop)
    return None


def _city_of_hall(ctx: Context, kind: str, venue: str, city: str | None = None) -> str:
    """A press conference held in a hall the reference data does not know as a place ("в
    Национальном пресс-центре") is placed in the city the sentence names ("... пресс-центре
    МИА в Москве"), else in the city of the item's dateline: the place of a public statement
    is its city."""
    if kind not in {"press-conference", "briefing"}:
        return venue
    if ctx.ref.scan(venue, ["place", "state"]):
        return venue
    return city or ctx.dateline_place or venue


def _city_in(ctx: Context, s: Sent, after: tuple[int, int]) -> str | None:
    """A place the reference data knows, named "в <City>" after the venue's phrase ("в
    Международном пресс-центре МИА «Россия сегодня» в Москве")."""
    toks = s.toks
    for t in toks:
        if t.start < after[1] or t.lower not in s.lex.cue_set("prep_in") or t.i + 1 >= len(toks):
            continue
        nxt = toks[t.i + 1]
        if not nxt.is_cap:
            continue
        name = s.lex.inflect.place_noun(nxt.text)
        hits = ctx.ref.scan(name, ["place"])
        if hits and hits[0].text == name:
            return name
    return None


def _city_of_the_day(ctx: Context, s: Sent) -> str | None:
    """ "Парламентарии ОБСЕ ... сегодня в Баку дали им оценку. «...», — заявила на
    пресс-конференции ...": a statement made to the press with no place of its own was made
    where the item says its speakers spoke that day ("сегодня в <city>"), a place the reference
    data knows; an item without a dateline names its city so."""
    for b in ctx.sents[: s.index + 1]:
        if b.index in ctx.head:
            continue
        toks = b.toks
        for t in toks:
            if t.lower not in s.lex.cues["relative_to_dateline"]["today"] or t.i + 2 >= len(toks):
                continue
            if toks[t.i + 1].lower in s.lex.cue_set("prep_in") and toks[t.i + 2].is_cap:
                name = s.lex.inflect.place_noun(toks[t.i + 2].text)
                hits = ctx.ref.scan(name, ["place"])
                if hits and hits[0].text == name:
                    return name
    return None


def _post_in_venue(ctx: Context, post: str | None, venue: str) -> str | None:
    """A committee post met in a chamber belongs to that chamber: "председатель Постоянной
    комиссии по международным делам" met "в Палате представителей ..." is the chairman of
    that chamber's commission. Only when the post names no body of its own."""
    if not post:
        return post
    words = post.split()
    units = ctx.lex.cue_set("body_units")
    if len(words) < 2 or not any(ctx.lex.lemma(w) in units for w in words[1:3]):
        return post
    if ctx.ref.scan(post, ["body", "organisation", "state"]):
        return post
    hits = ctx.ref.scan(venue, ["body"])
    if not hits or hits[0].text != venue:
        return post
    if hits[0].entry.kind not in {"legislature", "upper-house", "lower-house"}:
        return post
    return f"{post} {ctx.lex.inflect.genitive(venue)}"


def recognise_events(ctx: Context, heads: list[str]) -> list[Event]:
    """Events of every mission, in text order. ``heads`` are the missions' own people."""
    out: list[Event] = []
    main = ctx.main
    if main is None:  # no mission named: no sentence is a mission's, so no event
        return out
    last_date: Day | None = None
    period_start: Day | None = None  # the day a period of the mission's stay opened on
    voting_done = False
    last_sent: int | None = None
    sents = ctx.sents
    for s in sents:
        mission = ctx.sent_mission[s.index]
        if mission is None or s.index in ctx.head:
            continue
        if _planned(s):
            continue
        kind = _kind(s)
        if kind == "voting-day-observation" and _early_voting(ctx, s):
            kind = None
        written = [d for d in ctx.dates[s.index] if not d.is_range]
        if (
            kind is None
            and ctx.voting_date is not None
            and written
            and written[0].start - s.start <= 3  # the sentence opens with its day
            and ctx.to_date(written[0].first, s.index) == ctx.voting_date
            and not any(d.is_range for d in ctx.dates[s.index])
            and any(t.lemma in ctx.lex.cue_set("watch_verbs", "observation_nouns") for t in s.toks)
            and not _purpose_of_stay(s)
        ):
            kind = "voting-day-observation"  # "1 марта члены группы наблюдали за голосованием"
        if kind == "meeting" and _meeting_series(s) and not ctx.names[s.index]:
            # "сегодня провела серию встреч": the day of the meetings the text then lists
            last_date = _event_date(ctx, s, kind, written, last_date)
            continue
        if kind is None:
            narrative = [
                d
                for d in _outside_quotes(s, written)
                if not _names_the_vote(ctx, s, d)
                and not _opens_period(s, d)
                and not _dates_the_item(ctx, s, d)
            ]
            if narrative:
                last_date = ctx.to_date(narrative[0].first, s.index)
            elif any(_opens_period(s, d) for d in written):
                last_date = None  # "находилась в Армении с 17 июня. Ее члены встретились ..."
                opening = next(d for d in written if _opens_period(s, d))
                period_start = ctx.to_date(opening.first, s.index)
            elif (
                out
                and out[-1].kind == "meeting"
                and not out[-1].met
                and last_sent == s.index - 1
                and sents[last_sent].para == s.para
            ):
                _speaker_met(ctx, s, out[-1], heads)
            continue
        if kind == "voting-day-observation" and voting_done:
            # the same day told again ("Часть группы ведет мониторинг на зарубежных участках
            # ... в Москве и Минске"): its places are the voting day's too
            seen = next(e for e in out if e.kind == kind)
            more: list[tuple[int, int]] = []
            _voting_day(ctx, s, seen, more)
            if seen.evidence is not None:
                seen.evidence = replace(
                    seen.evidence,
                    spans=tuple(
                        sorted(
                            {*seen.evidence.spans, *ctx.evidence("x", *more).spans},
                            key=lambda sp: sp.start,
                        )
                    ),
                )
            continue
        names = ctx.names[s.index]
        # the mission whose head acts in the sentence owns a meeting
        actor_mission = None
        for info in ctx.missions:
            if (
                info.head is not None
                and names
                and same_person(names[0], info.head)
                and names[0].i < 3
            ):
                actor_mission = info.key
        # "X и Y обсудили ...": when the main mission's head is among the actors, it is theirs
        verb_at = next((t.i for t in s.toks if is_verb(t)), len(s.toks))
        main_head = main.head
        if (
            actor_mission is not None
            and main_head is not None
            and any(n.j <= verb_at and same_person(n, main_head) for n in names)
        ):
            actor_mission = main.key
        if actor_mission and kind == "meeting":
            mission = actor_mission
        anchor = last_date
        if kind == "meeting" and _meeting_series(s) and relative_day(s) is None:
            # "Глава миссии провел встречи с Председателем ЦИК X, представителями партий ...":
            # meetings summed up over the mission's stay, on no one day told before
            anchor = None
        if anchor is None and relative_day(s) in {"same", "next"}:
            # "Миссия работает с 7 января. На следующий день ее члены встретились ...": the
            # day after the one that opened the period
            anchor = period_start
        event_date = _event_date(ctx, s, kind, written, anchor)
        ev = Event(
            mission=main.key if kind in {"press-conference", "final-meeting"} else mission,
            kind=kind,
            date=event_date,
        )
        spans = [(s.start, s.stop)]
        skip: list[tuple[int, int]] = []
        for n in names:
            rng = post_before(s, n, ctx.ref) or post_after(s, n)
            if any(same_person(n, h) for h in heads) or _own_staff(s, n, rng):
                if kind != "voting-day-observation" and n.name not in ev.attendees:
                    ev.attendees.append(n.name)
                if rng:
                    skip.append((s.toks[rng[0]].start, s.toks[rng[1] - 1].stop))
                continue
            if kind in {"meeting"}:
                post = phrase_to_nominative(s, rng[0], rng[1], n.case) if rng else None
                post = complete_post(post, s, ctx.ref, ctx.country)
                if rng:
                    skip.append((s.toks[rng[0]].start, s.toks[rng[1] - 1].stop))
                ev.met.append(_official_met(ctx, n, post))
        # "во главе с координатором", "координатор группы" without a name: the group's head
        if (
            kind != "voting-day-observation"
            and main_head is not None
            and ev.mission == main.key
            and any(t.lemma in ctx.lex.cue_set("leader_nouns") for t in s.toks)
            and not any(same_person(n, main_head) for n in names)
            and not any(x.lemma in ctx.lex.cues["mission_heads"]["mission"] for x in s.toks)
        ):
            head_name = next((h for h in heads if same_person(main_head, h)), main_head.name)
            if head_name not in ev.attendees:
                ev.attendees.append(head_name)
        if kind == "meeting":
            ev.summary = _summary(ctx, s)
        if kind in {"press-conference", "final-meeting"}:
            for _start, key in ctx.mentions_in(s.index):
                if key != main.key:
                    ev.organiser_mission = key
        if kind in {"meeting", "press-conference", "final-meeting", "briefing"}:
            venue = _venue(ctx, s, kind, skip)
            if venue:
                ev.place = _city_of_hall(ctx, kind, venue[0], _city_in(ctx, s, venue[1]))
                for person in ev.met:
                    person.post = _post_in_venue(ctx, person.post, venue[0])
            elif kind in {"press-conference", "briefing"}:
                ev.place = ctx.dateline_place or _city_of_the_day(ctx, s)
        if kind == "voting-day-observation":
            voting_done = True
            _voting_day(ctx, s, ev, spans)
        ev.evidence = ctx.evidence(f"event.{kind}", *spans)
        twin = next(
            (
                e
                for e in out
                if e.kind == ev.kind
                and e.date == ev.date
                and e.mission == ev.mission
                and kind != "meeting"
            ),
            None,
        )
        if (
            kind == "meeting"
            and not written
            and relative_day(s) is None
            and out
            and out[-1].kind == "meeting"
            and not out[-1].met
            and last_sent is not None
            and last_sent == s.index - 1
            and sents[last_sent].para == s.para
        ):
            # "провели встречу с руководством ЦИК. В ходе встречи с Председателем X ...":
            # the second sentence names whom the one meeting was with
            prev = out[-1]
            prev.met.extend(ev.met)
            prev.summary = prev.summary or ev.summary
            prev.place = prev.place or ev.place
            prev.attendees.extend(a for a in ev.attendees if a not in prev.attendees)
            if prev.evidence is not None and ev.evidence is not None:
                prev.evidence = replace(
                    prev.evidence, spans=prev.evidence.spans + ev.evidence.spans
                )
            last_sent = s.index
            continue
        if kind == "meeting" and len(ev.met) > 1:
            parts = _meetings_by_day(ctx, s, ev, written)
            if len(parts) > 1:
                out.extend(parts)
                last_sent = s.index
                last_date = parts[-1].date or last_date
                continue
        if twin is not None:  # a second sentence about the same conference adds to it
            twin.attendees.extend(a for a in ev.attendees if a not in twin.attendees)
            twin.place = twin.place or ev.place
            continue
        out.append(ev)
        last_sent = s.index
        if ev.date:
            last_date = ev.date
    # an event whose day the text does not give is still an event (its date stays None:
    # inventing one would be worse than leaving it unsaid); a meeting is one with a person:
    # "встретились с представителями партий", "консультации в МИД" name no one met, and the
    # genre tells those as the background of the mission's work, not as its events
    return [e for e in out if e.kind != "meeting" or e.met]


def _meetings_by_day(ctx: Context, s: Sent, ev: Event, written) -> list[Event]:
    """ "1 марта руководство Миссии было принято Председателем ЦИК X, а 24 марта глава Миссии
    провел беседу с министром Y": one sentence, two meetings, each on the day written before
    the person met. One event when the people met share a day."""
    days = [d for d in _outside_quotes(s, written) if not _names_the_vote(ctx, s, d)]
    if len(days) < 2:
        return [ev]
    groups: dict[Day | None, list[PersonMention]] = {}
    for person in ev.met:
        at = person.evidence.spans[0].start if person.evidence else s.start
        before = [d for d in days if d.stop <= at]
        day = ctx.to_date(before[-1].first, s.index) if before else ev.date
        groups.setdefault(day, []).append(person)
    if len(groups) < 2:
        return [ev]
    return [
        replace(ev, date=day, met=people, attendees=list(ev.attendees))
        for day, people in groups.items()
    ]


def _official_met(ctx: Context, n: NameMention, post: str | None) -> PersonMention:
    """An official the event met, as named in the text, with the post the text gives."""
    return PersonMention(
        name=n.name,
        post=post,
        variants=[n.written],
        evidence=ctx.evidence("event.met", (n.start, n.stop)),
    )


def _speaker_met(ctx: Context, s: Sent, ev: Event, heads: list[str]) -> None:
    """ "провели встречу с членами ЦИК. Председатель ЦИК X рассказал ...": an official who
    opens the next sentence with their post is whom the meeting was with."""
    names = ctx.names[s.index]
    if not names:
        return
    n = names[0]
    rng = post_before(s, n, ctx.ref)
    verb = next((t.i for t in s.toks if is_verb(t)), None)
    if rng is None or rng[0] > 1 or verb is None or verb < n.j:
        return
    if any(same_person(n, h) for h in heads):
        return
    post = complete_post(phrase_to_nominative(s, rng[0], rng[1], n.case), s, ctx.ref, ctx.country)
    ev.met.append(_official_met(ctx, n, post))
    if ev.summary is None:
        ev.summary = _summary(ctx, s)
    if ev.evidence is not None:
        ev.evidence = replace(
            ev.evidence, spans=(*ev.evidence.spans, *ctx.evidence("x", (s.start, s.stop)).spans)
        )


def _summary(ctx: Context, s: Sent) -> str | None:
    """What was discussed: the "о ..." / "обсудили ..." clauses of the meeting sentence and of
    the sentences after it in the paragraph, up to the next dated or new event."""
    talk = s.lex.cue_set("talk_verbs")
    parts: list[str] = []
    for b in [s, *ctx.sents[s.index + 1 : s.index + 4]]:
        if b is not s and (b.para != s.para or ctx.dates[b.index] or _kind(b)):
            break
        verb = next((t for t in b.toks if t.lemma in talk), None)
        if verb is None:
            continue
        start = verb.i + 1
        while start < len(b.toks) and b.toks[start].lemma in s.lex.cue_set("audience_words"):
            start += 1
        end = len(b.toks)
        while end > start and b.toks[end - 1].text in {".", ";"}:
            end -= 1
        if end > start:
            parts.append(b.span_text(start, end))
    return "; ".join(parts) if parts else None


def _event_date(ctx: Context, s: Sent, kind: str, written, last_date: Day | None) -> Day | None:
    # voting-day observation: the election's voting day; when no sentence states it, the day
    # written here
    if kind == "voting-day-observation" and ctx.voting_date is not None:
        return ctx.voting_date
    if kind == "voting-day-observation" and not written:
        # no voting day known: only a day the text states relative to the previous event
        rel = relative_day(s)
        return last_date if rel == "same" else shift(last_date, 1) if rel == "next" else None
    written = [d for d in _outside_quotes(s, written) if not _names_the_vote(ctx, s, d)]
    if kind == "meeting":
        written = _nearest(s, written)
    if written:
        return ctx.to_date(written[0].first, s.index)
    rel = relative_day(s)
    low = s.text.lower()
    if rel in {"earlier", "during"}:
        # "Ранее глава миссии встретился с ...", "В ходе работы миссии ...": some day before
        # or within a period, not given
        return None
    if kind == "press-conference" and rel is None and ctx.published is not None:
        # "Заявление было представлено на пресс-конференции в Ереване": a news item tells of
        # its own day's conference, the day its dateline or publication line gives
        return ctx.to_date(ctx.published, s.index)
    if rel == "same":
        return last_date
    if rel == "next":
        return shift(last_date, 1)
    if rel == "eve" or any(word in low for word in s.lex.cues["relative_days"]["eve"]):
        return shift(ctx.voting_date, -1)
    if (
        any(p in low for p in s.lex.cue_set("end_of_voting"))
        or voting_day_phrase(s.lex, low) is not None
    ):
        return ctx.voting_date
    return last_date


def _own_staff(s: Sent, n: NameMention, rng: tuple[int, int] | None) -> bool:
    """ "руководитель штаба миссии ... Рустам Валиев после встречи с Председателем ЦКВР": a
    person named before the meeting with a post in a mission ("миссии", "группы",
    "делегации") is one of the observers, not whom they met (the head of another mission met
    is named after "с")."""
    if rng is None:
        return False
    meeting = s.lex.cue_set("meeting_verbs", "meeting_nouns")
    at = next((t.i for t in s.toks if t.lemma in meeting), None)
    if at is None or n.i > at:
        return False
    heads = s.lex.cue_set("own_units")
    return any(t.lemma in heads for t in s.toks[rng[0] : rng[1]])


def _dates_the_item(ctx: Context, s: Sent, d) -> bool:
    """The dateline's or publication line's day ("ТБИЛИСИ, 28 октября. Группа ..."): the day
    the item was published, not the day of what it tells next ("Координатор провел встречу
    с ..." with no day of its own stays undated)."""
    if ctx.published is None or s.index > 6:
        return False
    if s.text[d.start - s.start : d.stop - s.start].lower() in _relative_words(s.lex):
        return False  # "Сегодня в Баку огласили ...": a day the item tells of, not its own
    if (d.first.day, d.first.month) != (ctx.published.day, ctx.published.month):
        return False
    before = [t for t in s.toks if t.stop <= d.start]
    return not any(t.is_word and not t.is_cap for t in before)


def _relative_words(lex: Lexicon) -> frozenset[str]:
    rel = lex.cues["relative_to_dateline"]
    return frozenset(w.lower() for words in rel.values() for w in words)


def _opens_period(s: Sent, d) -> bool:
    """ "находилась в Армении с 17 июня": a day after "с" opens a period; the events told
    after it happened within the period, not on that day."""
    before = [t for t in s.toks if t.stop <= d.start]
    return bool(before) and before[-1].lower in s.lex.cue_set("prep_with")


def _names_the_vote(ctx: Context, s: Sent, d) -> bool:
    """A date that dates the election, not the event: "встретилась с ... в связи с выборами,
    назначенными на 20 июня", "накануне выборов 9 февраля"."""
    day = ctx.to_date(d.first, s.index)
    if ctx.voting_date is not None and day != ctx.voting_date:
        return False
    after = [t.lemma for t in s.toks if t.start >= d.stop][:3]
    if set(after) & s.lex.cue_set("election_words"):
        return True  # "за вчерашними внеочередными выборами", "12 мая голосование прошло"
    if ctx.voting_date is None:
        return False
    before = [t.lemma for t in s.toks if t.stop <= d.start][-4:]
    return bool(set(before) & s.lex.cue_set("vote_date_verbs", "election_words"))


def _voting_day(ctx: Context, s: Sent, ev: Event, spans) -> None:
    """Regions, polling stations and stages of voting-day observation (this and later sentences
    of the paragraph that stay with the mission)."""
    block = [s]
    prev = ctx.sents[s.index - 1] if s.index > 0 else None
    if (
        prev is not None
        and prev.para == s.para
        and ctx.sent_mission[prev.index] == ctx.sent_mission[s.index]
        and prev.index not in ctx.head
        and any(
            t.lemma in s.lex.cue_set("watch_verbs", "presence_verbs") and _finite(t)
            for t in prev.toks
        )
        and not _kind(prev)
    ):
        block.insert(0, prev)  # "... работали в Душанбе, городах Бохтар. Члены миссии
        # побывали на 68 участках": where the observers worked that day, then what they saw
    for nxt in ctx.sents[s.index + 1 :]:
        if nxt.para != s.para or ctx.sent_mission[nxt.index] != ctx.sent_mission[s.index]:
            break
        if (
            any(t.lemma in s.lex.cues["mission_heads"]["mission"] for t in nxt.toks)
            or ctx.dates[nxt.index]
            or _kind(nxt) not in {None, "voting-day-observation"}
        ):
            break  # another mission, another day or another event
        block.append(nxt)
    stage_cues = s.lex.cues["voting_stages"]
    for b in block:
        spans.append((b.start, b.stop))
        for p in find_place_lists(b):
            if _is_state(ctx, p.name):
                continue
            if p.name not in ev.regions:
                ev.regions.append(p.name)
        for c in find_counts(b, s.lex.cue_set("station_nouns")):
            if ev.polling_stations is None and ev.polling_stations_min is None:
                if c.at_least:
                    ev.polling_stations_min = c.value
                else:
                    ev.polling_stations = c.value
        toks = b.toks
        for t in toks:
            for stage, words in stage_cues.items():
                if t.lemma not in words or stage in ev.voting_stages:
                    continue
                word_before = toks[t.i - 1].lemma if t.i else ""
                all_stages = any(p in b.text for p in s.lex.cue_set("all_stages"))
                if stage == "voting" and (
                    word_before in s.lex.cue_set("not_the_vote_after")
                    or word_before in s.lex.cue_set("not_the_vote_unless_all_stages")
                    and not all_stages
                ):
                    continue  # "день голосования", "организация голосования"
                results = s.lex.cue_set("tabulation_results")
                actions = s.lex.cue_set("tabulation_actions")
                if stage == "tabulation" and t.lemma in results and word_before not in actions:
                    continue  # "итоги" alone are no tabulation, "подведение итогов" is
                if (
                    stage == "tabulation"
                    and t.lemma in actions
                    and (t.i + 1 >= len(toks) or toks[t.i + 1].lemma not in results)
                ):
                    continue
                ev.voting_stages.append(stage)
    if any(p in " ".join(b.text.lower() for b in block) for p in s.lex.cue_set("all_stages")):
        for stage in ("opening", "voting", "counting"):
            if stage not in ev.voting_stages:
                ev.voting_stages.append(stage)
    order = list(s.lex.cues["voting_stages"])
    ev.voting_stages.sort(key=order.index)


def _is_state(ctx: Context, name: str) -> bool:
    hits = ctx.ref.scan(name, ["state"])
    return bool(hits) and hits[0].text == name
