"""Is this text a report of an observation mission?

A report tells what observers did in an election: a mission arrived, opened, observed, met
an official, visited polling stations, stated its findings; an appointment of its head or one
meeting is enough. Texts of the same organisers that also name observers, an election and a
date are not reports: a seminar or training for observers, an accreditation notice, a
conference on electoral law, a cooperation agreement. The lead (headline and first
paragraph) says which of the two a text is: its first sentence that tells of observers at
work, or of another kind of event, decides; an election commission acting on observers
("ЦИК провела брифинг для наблюдателей") is its own news. A lead that tells of neither is a
report, as a lead that names observers and an election always was.
"""

from __future__ import annotations

from builder.reference.records import Organisation
from builder.text.languages.ru.recognise.context import Context, lead
from builder.text.languages.ru.recognise.lexicon import Sent, Tok, fold
from builder.text.languages.ru.recognise.mission import find_mentions


def is_observation_report(ctx: Context) -> bool:
    """Whether the lead of the text reports the work of election observers."""
    first = lead(ctx.sents)[:6]
    at = {s.index for s in first}
    mentioned = {m.sent for m in find_mentions(ctx) if m.sent in at and not m.in_post}
    observe = ctx.lex.cue_set("observer_words")
    # "Делегация ПАСЕ: выборы ...": an observer body's mission counts, and so does an
    # observing body's own report ("БДИПЧ ОБСЕ опубликовало окончательный доклад о выборах")
    if (
        not any(t.lemma in observe for s in first for t in s.toks)
        and not mentioned
        and not any(_observers_report(ctx, s) for s in first)
    ):
        return False
    names_election = any(is_election_word(t) for s in first for t in s.toks)
    for s in first:
        verdict = sentence_verdict(s, s.index in mentioned)
        if verdict is not None and (names_election or verdict and s.index in mentioned):
            # "Миссия наблюдателей от СНГ начала работу в Армении": a named mission at work is
            # a report though its lead names the election only later (or never: the election
            # is then whatever the text says of it)
            return verdict
    # no act and no other event ("Делегация ПАСЕ: выборы в Армении были конкурентными"): read
    # as a report, as a lead that names observers and an election always was
    return names_election


def _observers_report(ctx: Context, s: Sent) -> bool:
    """A sentence naming an organisation that sends observation missions (its reference entry
    has mission names) and one of its documents ("доклад", "заявление", "отчет")."""
    if not s.lemmas() & s.lex.cue_set("own_documents"):
        return False
    return any(
        isinstance(m.entry, Organisation) and m.entry.mission_names
        for m in ctx.scan(s, ["organisation"])
    )


def is_election_word(t: Tok) -> bool:
    """ "выборы" in any case ("выборов" lemmatises to the singular "выбор", a choice, which
    "настоящего выбора у них не было" is), "референдум", "голосование"."""
    return t.lemma in t.lex.cue_set("election_words") or t.lower in t.lex.cue_set(
        "election_plural_forms"
    )


def sentence_verdict(s: Sent, names_mission: bool = False) -> bool | None:
    """True when the sentence tells of observers at work, False when it tells of another kind
    of event (a seminar, an accreditation) and of no observation act, None when it tells of
    neither. ``names_mission``: the sentence names an observer mission of a known organiser."""
    toks = s.toks
    actors = s.lex.cue_set("observation_actors")
    has_actor = names_mission or any(t.lemma in actors and t.first("nomn") for t in toks)
    other = [t.i for t in toks if t.lemma in s.lex.cue_set("other_event_words")]
    strong = weak = False
    first_verb: int | None = None
    for t in toks:
        lemma = _past_or_present_verb(t)
        if lemma is None:
            continue
        first_verb = t.i if first_verb is None else first_verb
        if lemma in s.lex.cue_set("observation_acts_strong") or _bears_on_observation(s, t, other):
            strong = True
        elif lemma in s.lex.cue_set("observation_acts_weak"):
            weak = True
    if has_actor and (strong or weak and not other):
        return True
    if first_verb is not None and (strong or weak) and _commission_acts(s, first_verb):
        return False  # "ЦИК провела брифинг для международных наблюдателей": its own news
    if other:
        return False
    return None


def _commission_acts(s: Sent, verb: int) -> bool:
    """An election commission is the subject ("ЦИК", "Центральная избирательная комиссия" in
    the nominative before the verb) and observers only what it acts on: the commission's own
    news, not the observers' work."""
    commissions = s.lex.cue_set("commission_words")
    return any(
        t.lemma in commissions and t.first("nomn") and not _governed(s, t.i) for t in s.toks[:verb]
    )


def _governed(s: Sent, i: int) -> bool:
    """Whether the noun at ``i`` (past its adjectives) follows a noun that governs it:
    "Председатель ЦИК", "Делегация Центральной комиссии" (not a month: "10 февраля ЦИК")."""
    k = i - 1
    while k >= 0 and s.toks[k].is_word and s.toks[k].first("ADJF"):
        k -= 1
    if k < 0 or not s.toks[k].is_word:
        return False
    return bool(s.toks[k].first("NOUN")) and s.lex.dates.month_number(s.toks[k].lower) is None


def _past_or_present_verb(t: Tok) -> str | None:
    """The lemma of a finite verb in the past or present ("прибыла", "работают"), None for a
    plan ("встретятся", a perfective's future), a participle or an infinitive. Any reading
    counts: "начала" is also the genitive of "начало"."""
    if not t.is_word:
        return None
    for p in t.analyses:
        if p.tag.POS == "VERB" and p.tag.tense in {"past", "pres"}:
            return fold(str(p.normal_form))
    return None


def _bears_on_observation(s: Sent, verb: Tok, other: list[int]) -> bool:
    """ "провели мониторинг", "приняли участие в наблюдении", "посетили участки": a weak act
    whose next words (before any other kind of event) name the observation itself."""
    if _past_or_present_verb(verb) not in s.lex.cue_set("observation_acts_weak"):
        return False
    objects = s.lex.cue_set("observation_objects")
    for x in s.toks[verb.i + 1 : verb.i + 6]:
        if x.i in other:
            return False
        if x.lemma in objects:
            return True
    return False
