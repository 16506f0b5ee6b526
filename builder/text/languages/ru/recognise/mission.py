"""The missions a report names, which one it is about, and the facts of each.

Mission mentions: "группа (международных) наблюдателей от X", "Наблюдатели от X", "Миссия
наблюдателей от X", "миссия БДИПЧ ОБСЕ"; X resolves to a reference organisation. The main
mission is the first observer *group* mentioned (the genre's releases are about the group an
assembly sends), else the first mission. Every sentence is then attributed to one mission:
the one it names, else the one the previous sentence of its paragraph spoke about, else the
main mission, so that a distractor mission's size, dates and head never leak into the main one.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from builder.facts.model import Day, Election, Mission, MonthDay, PersonMention
from builder.reference.records import Organisation
from builder.text.languages.ru.recognise.context import Context, MissionInfo, lead
from builder.text.languages.ru.recognise.counts import (
    Count,
    find_counts,
    part_of_the_mission,
    requested,
)
from builder.text.languages.ru.recognise.dates import DateMention, dates_the_election, voting_days
from builder.text.languages.ru.recognise.lexicon import Lexicon, Sent, Tok
from builder.text.languages.ru.recognise.people import (
    NameMention,
    complete_post,
    is_verb,
    phrase_to_nominative,
    possessive_role,
    post_range,
    without_role,
)


class Mention(NamedTuple):
    """One mention of a mission: where it is, what kind, and who organises it."""

    sent: int
    kind: str  # "group", "mission" or "long-term"
    organiser: str  # the organiser's Russian abbreviation or name ("МПА СНГ")
    organiser_key: str | None
    start: int
    stop: int
    in_post: bool  # inside a person's post ("глава миссии БДИПЧ"), not a topic of its own


def short_name(org: Organisation) -> str:
    """The name a mission's organiser goes by: its Russian abbreviation, else its name."""
    return next((a for a in org.abbreviations if not a.isascii()), org.name["ru"])


def _org_after(ctx: Context, sent: Sent, k: int) -> tuple[str, str | None, int] | None:
    """The organisation named right after token ``k`` ("от МПА СНГ"), and the token after it."""
    if k >= len(sent.toks):
        return None
    start = sent.toks[k].start
    for m, org in ctx.organisations(sent):
        if m.start == start:
            end = next(t.i for t in sent.toks if t.stop >= m.end)
            return short_name(org), org.key, end + 1
    return None


def _for_observation(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """ "миссия по наблюдению за выборами", "миссию наблюдателей": a mission of observation."""
    nxt = tuple(t.lemma for t in toks[i + 1 : i + 3])
    return any(nxt[: len(p)] == p for p in lex.cue_phrases("observation_mission_complements"))


def _org_before(ctx: Context, sent: Sent, i: int) -> tuple[str, str | None, int] | None:
    """The observer organisation a sentence names before token ``i`` as the subject that
    opens, sends or deploys the mission; the nearest one, if it sends missions at all."""
    at = sent.toks[i].start
    found = [
        org for m, org in ctx.organisations(sent) if m.end <= at and org.mission_names.get("ru")
    ]
    if not found:
        return None
    return short_name(found[-1]), found[-1].key, i + 1


def find_mentions(ctx: Context) -> list[Mention]:
    """Every mission mention of the text, in the order of the text."""
    lex = ctx.lex
    mention_nouns, qualifiers = lex.cue_set("mention_nouns"), lex.cue_set("mention_qualifiers")
    missions, observer = lex.cue_set("mission_heads.mission"), lex.cue_set("observer_word")
    from_organiser = lex.cue_set("organiser_prepositions")
    out: list[Mention] = []
    for s in ctx.sents:
        toks = s.toks
        for t in toks:
            if t.lemma not in mention_nouns:
                continue
            kind = "mission" if t.lemma in missions else "group"
            k = t.i + 1
            # "группа (международных) наблюдателей от X", "миссия наблюдателей от X"
            while k < len(toks) and k <= t.i + 3 and toks[k].lower not in from_organiser:
                if toks[k].lemma not in qualifiers:
                    break
                k += 1
            org = None
            if k < len(toks) and toks[k].lower in from_organiser:
                org = _org_after(ctx, s, k + 1)
            elif k < len(toks) and k > t.i and toks[k - 1].lemma in observer:
                org = _org_after(ctx, s, k)  # "группа наблюдателей МПА СНГ"
            elif t.lemma in lex.cue_set("organiser_genitive_nouns"):
                org = _org_after(ctx, s, t.i + 1)  # "миссия БДИПЧ ОБСЕ", "делегация МПА СНГ"
            if org is None and t.lemma in missions and _for_observation(lex, toks, t.i):
                org = _org_before(ctx, s, t.i)  # "БДИПЧ ... открыло миссию по наблюдению"
            if org is None:
                continue
            abbr, key, end = org
            k = t.i - 1
            while k >= 0 and toks[k].lemma in lex.cue_set("mission_parts"):
                k -= 1
            in_post = t.i > 0 and toks[t.i - 1].lemma in lex.cue_set("post_heads")
            if t.lemma in observer and k < t.i - 1:
                kind = "mission"  # "Долгосрочные наблюдатели БДИПЧ": a part of its mission
            out.append(Mention(s.index, kind, abbr, key, t.start, toks[end - 1].stop, in_post))
        out.extend(_long_term_mentions(ctx, s))
        if any(m.sent == s.index for m in out):
            out.extend(_joint_mentions(ctx, s))
    if not any(not m.in_post and m.kind != "long-term" for m in out):
        found = _publishers_missions(ctx) + _expert_groups(ctx)
        out = sorted(out + found, key=lambda m: (m.sent, m.start))
    if not _observes(ctx):
        out = [m for m in out if not _is_commission(ctx, m.organiser_key)]
    return out


def _is_commission(ctx: Context, key: str | None) -> bool:
    entry = ctx.ref.organisation_by_key(key) if key else None
    return entry is not None and entry.kind == "commission"


def _observes(ctx: Context) -> bool:
    """Whether the text tells of observing: observers, a verb of observing, or observation as
    a purpose ("для наблюдения за выборами"). A commission's delegation is an observer mission
    only so; "Делегация ЦИК ... посетила ЦИК Казахстана для обмена опытом в организации
    выборов и наблюдения за ними" is a visit."""
    words = ctx.lex.cue_set("observing_words")
    for s in ctx.sents:
        for t in s.toks:
            if t.lemma in words:
                return True
            if (
                t.lemma in ctx.lex.cue_set("observation_nouns")
                and t.i > 0
                and s.toks[t.i - 1].lower in ctx.lex.cue_set("observation_purposes")
            ):
                return True
    return False


def _expert_groups(ctx: Context) -> list[Mention]:
    """ "Эксперты МПА СНГ наблюдают за голосованием", "группа экспертов ПА ОДКБ": in a text
    that names no observer group or mission, an observing organisation's experts are its
    group (in a text that does, they are a part of it: "Эксперты МИМРД ознакомили
    наблюдателей ...")."""
    experts = ctx.lex.cue_set("expert_nouns")
    out: list[Mention] = []
    for s in ctx.sents:
        for t in s.toks:
            if t.lemma not in experts:
                continue
            org = _org_after(ctx, s, t.i + 1)
            if org is None:
                continue
            entry = ctx.ref.organisation_by_key(org[1]) if org[1] else None
            if entry is None or not entry.mission_names.get("ru"):
                continue
            stop = s.toks[org[2] - 1].stop
            in_post = t.i > 0 and s.toks[t.i - 1].lemma in ctx.lex.cue_set("post_heads")
            out.append(Mention(s.index, "group", org[0], org[1], t.start, stop, in_post))
    return out


def _publishers_missions(ctx: Context) -> list[Mention]:
    """ "БДИПЧ ОБСЕ опубликовало окончательный доклад ... Миссия по наблюдению за выборами
    работала в стране с 26 ноября": in a text that names no mission by its organiser, the
    unnamed observation mission ("миссия по наблюдению", "миссия из 36 наблюдателей") is the
    one of the observing organisation the text named last before it (the body publishing
    its report), not a mission of nobody."""
    missions = ctx.lex.cue_set("mission_heads.mission")
    out: list[Mention] = []
    last: tuple[str, str | None] | None = None
    for s in ctx.sents:
        toks = s.toks
        for t in toks:
            if t.lemma in missions and last is not None and _unnamed_observation(ctx, s, t.i):
                in_post = t.i > 0 and toks[t.i - 1].lemma in ctx.lex.cue_set("post_heads")
                out.append(Mention(s.index, "mission", *last, t.start, t.stop, in_post))
        found = [o for _, o in ctx.organisations(s) if o.mission_names.get("ru")]
        if found:
            last = (short_name(found[-1]), found[-1].key)
    return out


def _unnamed_observation(ctx: Context, s: Sent, i: int) -> bool:
    """ "миссия по наблюдению за выборами", "миссия из 36 наблюдателей" with no organisation
    named in the sentence up to a few words after it."""
    toks = s.toks
    near = toks[i + 1 : i + 5]
    observer = ctx.lex.cue_set("observer_word")
    if not (_for_observation(ctx.lex, toks, i) or any(x.lemma in observer for x in near)):
        return False
    return not any(
        m.start <= toks[min(i + 6, len(toks) - 1)].start for m, _ in ctx.organisations(s)
    )


def _joint_mentions(ctx: Context, s: Sent) -> list[Mention]:
    """ "Делегация ПАСЕ работала в составе международной миссии вместе с ПА ОБСЕ и БДИПЧ
    ОБСЕ": the observer bodies a mission worked together with are missions of their own."""
    toks = s.toks
    with_, together = s.lex.cue_set("joint_prepositions"), s.lex.cue_set("joint_words")
    out = []
    for t in toks[1:]:
        if t.lower not in with_ or toks[t.i - 1].lower not in together:
            continue
        # the coordinated organisations that follow, up to the end of the clause
        stop = next(
            (x.stop for x in toks[t.i + 1 :] if x.text in {".", ";", ":"} or is_verb(x)),
            s.stop,
        )
        for m, org in ctx.organisations(s):
            if t.stop <= m.start and m.end <= stop and org.mission_names.get("ru"):
                out.append(
                    Mention(s.index, "mission", short_name(org), org.key, m.start, m.end, False)
                )
    return out


def _long_term_mentions(ctx: Context, s: Sent) -> list[Mention]:
    """Long-term monitoring by an organisation ("проведенного МИМРД МПА СНГ долгосрочного
    мониторинга", "долгосрочный мониторинг МИМРД"): a mission of its own, which never claims
    the sentence (the speaker quoting its findings speaks for their own group)."""
    toks = s.toks
    long_term = s.lex.cue_phrases("long_term_monitoring")
    out = []
    for t in toks:
        if t.i == 0 or (toks[t.i - 1].lemma, t.lemma) not in long_term:
            continue
        lo, hi = toks[max(0, t.i - 7)].start, toks[min(len(toks) - 1, t.i + 4)].stop
        for m, org in ctx.organisations(s):
            if lo <= m.start and m.end <= hi:
                out.append(
                    Mention(s.index, "long-term", short_name(org), org.key, m.start, m.end, True)
                )
                break
    return out


def _observing_institutions(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """ "наблюдатели ОБСЕ" in a text that names the OSCE's observing institution (ODIHR) are
    that institution's mission: an organisation observes through its institution, and the
    generic name is the joint mission's, which the institution leads. When the text names
    the institution's mission only inside posts ("глава миссии БДИПЧ") but another body of
    the organisation as a group of its own ("Делегация ПА ОБСЕ, в которую вошли ..."), the
    generic name is that group's: the text is about the delegation."""
    named = {m.organiser_key for m in mentions}
    for s in ctx.sents:
        named.update(org.key for _, org in ctx.organisations(s))
    # named as an observer group or mission of its own, not inside a post
    as_groups = [m.organiser_key for m in mentions if not m.in_post and m.kind != "long-term"]
    out = []
    for m in mentions:
        children = [o for o in ctx.ref.organisations if o.parent == m.organiser_key]
        child = next(
            (o for o in children if o.kind == "institution" and o.key in named),
            None,
        )
        if child is not None and child.key not in as_groups:
            child = next(
                (
                    o
                    for k in as_groups
                    for o in children
                    if o.key == k and o.mission_names.get("ru")
                ),
                child,
            )
        if child is not None:
            m = m._replace(organiser=short_name(child), organiser_key=child.key)
        out.append(m)
    return out


def recognise_missions(ctx: Context) -> None:
    """Fill ``ctx.missions`` (main first) and ``ctx.sent_mission``."""
    mentions = _observing_institutions(ctx, find_mentions(ctx))
    # one mission per organiser and term: an assembly's long-term monitoring and its
    # short-term observer group are two missions
    by_org: dict[tuple[str, bool], MissionInfo] = {}
    order: list[MissionInfo] = []
    for sent_i, kind, abbr, key, start, stop, in_post in mentions:
        slot = (abbr, kind == "long-term")
        info = by_org.get(slot)
        if info is None:
            info = MissionInfo(key="", organiser=abbr, organiser_key=key, kind=kind)
            by_org[slot] = info
            order.append(info)
        if in_post:  # "с руководителем миссии БДИПЧ ОБСЕ": a person's post, not a topic
            info.post_mentions.append((sent_i, start, stop))
        else:
            info.mentions.append((sent_i, start, stop))
    if not order:
        ctx.sent_mission = [None] * len(ctx.sents)
        return
    groups = [m for m in order if m.kind == "group"]
    if not groups and not any(m.kind == "mission" for m in order):
        ctx.sent_mission = [None] * len(ctx.sents)
        ctx.missions = []
        return  # only long-term monitoring is mentioned: no observer group to report on
    main = _main_mission(order, groups)
    missions = [main] + [m for m in order if m is not main]
    used: set[str] = set()
    for m in missions:
        base = "main" if m is main else (m.organiser_key or "other")
        if m is not main and m.kind == "long-term":
            base = (
                f"{base}-long-term"
                if any(o is not m and o.organiser_key == m.organiser_key for o in missions)
                else base
            )
        key = base
        n = 2
        while key in used:
            key = f"{base}-{n}"
            n += 1
        used.add(key)
        m.key = key
    ctx.missions = missions
    _attribute_sentences(ctx)


def _main_mission(order: list[MissionInfo], groups: list[MissionInfo]) -> MissionInfo:
    """The mission the text is about: the one it names first outside a person's post (the
    headline's "Миссия СНГ назвала выборы ..." names it before any other group); of several
    named in that first sentence, the observer group."""
    named = [m for m in order if m.kind != "long-term" and m.mentions]
    if named:
        first = min(m.mentions[0][0] for m in named)
        together = [m for m in named if m.mentions[0][0] == first]
        # a sentence naming a mission and an assembly's group side by side ("Миссия
        # наблюдателей от СНГ и группа наблюдателей от МПА СНГ подвели итоги") is the group's
        return next((m for m in together if m.kind == "group"), together[0])
    return groups[0] if groups else next(m for m in order if m.kind == "mission")


def _attribute_sentences(ctx: Context) -> None:
    main = ctx.main
    assert main is not None
    named: dict[int, str] = {}
    for m in ctx.missions:
        for sent_i, _, _ in m.mentions:
            named.setdefault(sent_i, m.key)
    others = [m for m in ctx.missions if m is not main and m.kind == "mission"]
    # a group the text also calls "миссия" ("Наблюдатели ШОС: ..." then "Миссия наблюдателей
    # от ШОС") owns the unnamed "миссия" of its report
    lex = ctx.lex
    stems = lex.cue_tuple("mission_stems")
    called_mission = main.kind == "mission" or any(
        ctx.sents[i].text[a - ctx.sents[i].start :].lower().startswith(stems)
        for i, a, _ in main.mentions
    )
    groups_or_missions, post_heads = lex.cue_set("mission_heads"), lex.cue_set("post_heads")
    groups, missions = lex.cue_set("mission_heads.group"), lex.cue_set("mission_heads.mission")
    current: str | None = main.key
    para = -1
    out: list[str | None] = []
    for s in ctx.sents:
        if s.para != para:
            current = main.key
            para = s.para
        if s.index in named:
            current = named[s.index]
            # a sentence naming the group first and a mission later is about the group
            current = min(ctx.mentions_in(s.index))[1]
        else:
            lem = [
                t
                for t in s.toks
                if t.lemma in groups_or_missions
                and not (t.i > 0 and s.toks[t.i - 1].lemma in post_heads)
            ]
            if lem:
                first = lem[0]
                if first.lemma in groups and not (
                    first.i > 0
                    and s.toks[first.i - 1].lemma in lex.cue_set("thematic_group_adjectives")
                ):
                    current = main.key
                elif first.lemma in missions and others and not called_mission:
                    # "Миссия" unnamed is the text's own mission when that is a mission;
                    # in a group's report it is the other mission the group worked beside
                    current = others[0].key
        out.append(current)
    ctx.sent_mission = out


def _speaker_heads(ctx: Context) -> None:
    """Mission heads: "Координатором группы назначен ...", "во главе с", "Возглавил группу"."""
    for s in ctx.sents:
        key = ctx.sent_mission[s.index]
        if key is None:
            continue
        found = _head_in_sentence(ctx, s)
        if found is None:
            continue
        name, mission_key = found
        info = ctx.mission(mission_key or key)
        if info.head is not None:
            continue
        info.head = name
        info.head_sent = s.index
        rng = post_range(s, name, ctx.ref)
        if rng:
            post = phrase_to_nominative(s, rng[0], rng[1], name.case)
            info.head_post = complete_post(without_role(ctx.lex, post), s, ctx.ref, ctx.country)
        # the head of a mission, or one named by the role "Главой миссии ... является X"
        roles, missions = (
            ctx.lex.cue_set("mission_head_roles"),
            ctx.lex.cue_set("mission_heads.mission"),
        )
        as_role = any(
            t.lemma in roles and s.toks[t.i + 1].lemma in missions for t in s.toks[: name.i - 1]
        )
        if (info.kind == "mission" or as_role) and " " not in (info.head_post or ""):
            role = _head_of_mission(ctx, info)
            if role:
                info.head_post = f"{info.head_post}, {role}" if info.head_post else role


def _head_of_mission(ctx: Context, info: MissionInfo) -> str | None:
    """ "Миссию возглавляет (посол) X": a head with no office of their own holds the role,
    named after the mission's formal name (the organisation's first mission name): "глава
    миссии БДИПЧ ОБСЕ по наблюдению за выборами". A rank alone ("посол") is no office."""
    org = ctx.ref.organisation_by_key(info.organiser_key) if info.organiser_key else None
    stems = ctx.lex.cue_tuple("mission_stems")
    name = (
        next((n for n in org.mission_names.get("ru", ()) if n.lower().startswith(stems)), None)
        if org
        else None
    )
    if not name:
        return None
    mission = ctx.lex.inflect.genitive(name[:1].lower() + name[1:])
    return ctx.lex.cue_text("written_names.head_of_mission").format(mission=mission)


def _head_in_sentence(ctx: Context, s: Sent) -> tuple[NameMention, str | None] | None:
    toks = s.toks
    names = ctx.names[s.index]
    if not names:
        return None
    lex = s.lex
    head_verbs, mission_nouns = lex.cue_set("head_verbs"), lex.cue_set("mission_nouns")
    headed = mission_nouns | lex.cue_set("headed_things")
    led_by_after_mission, led_by = (
        lex.cue_phrases("led_by_after_mission"),
        lex.cue_phrases("led_by"),
    )
    here = ctx.mentions_in(s.index)
    mission_here = here[0][1] if here else None
    for t in toks:
        cue = None
        if (
            t.lemma in s.lex.cue_set("head_role_words")
            and t.i + 1 < len(toks)
            # "встретились с руководителем миссии X": a person met, not a head appointed
            and not (t.i > 0 and toks[t.i - 1].lower in lex.cue_set("met_prepositions"))
            and (toks[t.i + 1].lemma in mission_nouns or possessive_role(lex, toks, t.i))
        ):
            # "Координатором группы назначен X", "Руководитель группы — X", "координатор
            # группы наблюдателей от МПА СНГ X": the first name after, with no other verb between
            after = [n for n in names if n.i > t.i]
            before = [n for n in names if n.j <= t.i]
            if after:
                between = toks[t.i + 2 : after[0].i]
                verbs = [x for x in between if is_verb(x)]
                if all(x.lemma in s.lex.cue_set("coordinator_verbs") for x in verbs):
                    if possessive_role(s.lex, toks, t.i):  # "ее": the mission named just before
                        prev = ctx.sents[s.index - 1] if s.index else s
                        return after[0], ctx.sent_mission[prev.index]
                    cue = t.i
            elif (
                before
                and t.i >= 1
                and before[-1].j == t.i - 1
                and toks[t.i - 1].text in {",", "—", "–"}
                and _head_start_role(s.lex, toks, t.i)
            ):
                # "..., — отметила Эва Лунд, глава миссии БДИПЧ": the role in apposition
                # after the name; the mission it names right after it, else the sentence's
                after_role = toks[t.i + 1].start
                named_here = [
                    m.key
                    for m in ctx.missions
                    for si, start, _ in m.mentions + m.post_mentions
                    if si == s.index and start == after_role
                ]
                return before[-1], named_here[0] if named_here else mission_here
            elif before and t.lower.endswith(lex.cue_tuple("instrumental_endings")):
                # "X, депутат ..., был назначен координатором группы": the role after the name
                between = toks[before[-1].j : t.i]
                verbs = [x for x in between if is_verb(x)]
                if verbs and all(x.lemma in s.lex.cue_set("coordinator_verbs") for x in verbs):
                    return before[-1], mission_here
        elif (
            t.lemma in head_verbs
            and (
                any(
                    x.lemma in headed
                    for x in toks[min(max(0, t.i - 4), _clause_start(toks, t.i)) : t.i + 3]
                )
                # "Миссия открыта ...; ее возглавляет посол X": the pronoun stands for the
                # mission the sentence names
                or (
                    t.i > 0
                    and toks[t.i - 1].lower in lex.cue_set("possessive_pronouns")
                    and any(x.lemma in mission_nouns for x in toks[: t.i])
                )
            )
            or _pronoun_for_previous_mission(ctx, s, t.i) is not None
            or (
                t.i >= 2
                and (toks[t.i - 1].lower, t.lower) in led_by_after_mission
                and toks[t.i - 2].lemma in mission_nouns
            )
            or t.i > 0
            and (toks[t.i - 1].lower, t.lower) in led_by
        ):
            cue = t.i
        if cue is None:
            continue
        after = [n for n in names if n.i > cue]
        before = [n for n in names if n.j <= cue]
        previous = _pronoun_for_previous_mission(ctx, s, cue)
        if after and previous is not None:
            return after[0], previous  # "... начала работу 15 января. Ее возглавляет посол X"
        if after:
            # the mission a role names inside the post ("Главой миссии БДИПЧ является X")
            # (at the sentence's start, or right after the role: "— заявил глава делегации
            # ПАСЕ X" heads the PACE delegation whatever mission the sentence is about)
            right_after = toks[cue + 1].start if cue + 1 < len(toks) else -1
            in_posts = [
                (start, m.key)
                for m in ctx.missions
                for si, start, _ in m.post_mentions
                if si == s.index and (cue == 0 or start == right_after)
            ]
            named = _named_with_role(sorted(here + in_posts), toks[cue], after[0])
            return after[0], named or mission_here
        if before and t.lemma in head_verbs:
            return before[-1], mission_here
    return None


def _pronoun_for_previous_mission(ctx: Context, s: Sent, i: int) -> str | None:
    """ "Миссия БДИПЧ ОБСЕ начала работу 15 января. Ее возглавляет посол X": a head verb at
    token ``i`` right after a possessive pronoun that opens the sentence heads the mission the
    previous sentence of the paragraph names first; its key, else None."""
    toks = s.toks
    if i < 1 or s.index == 0 or toks[i - 1].lower not in s.lex.cue_set("possessive_pronouns"):
        return None
    if any(t.is_word for t in toks[: i - 1]):
        return None  # the pronoun opens the sentence
    prev = ctx.sents[s.index - 1]
    if prev.para != s.para:
        return None
    named = ctx.mentions_in(prev.index)
    return min(named)[1] if named else None


def _head_start_role(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """A head's role in the nominative at token ``i`` ("глава", "руководитель"), the whole of
    the apposition's head (not "заместитель главы миссии")."""
    return toks[i].lower in lex.cue_set("head_start_roles")


def _clause_start(toks: list[Tok], i: int) -> int:
    """The first token of the clause of token ``i`` ("Миссию БДИПЧ ОБСЕ по наблюдению за
    выборами возглавляет ...": the mission may stand far before its verb), at most 12 back."""
    k = i
    lo = max(0, i - 12)
    while k > lo:
        prev = toks[k - 1]
        if prev.text == ",":
            opening = _embedded_clause_before(toks, k - 1)
            if opening is None:
                break
            # "Миссию ..., работающую в Грузии с 18 сентября, возглавляет X", "Группой, в
            # которую вошли 36 парламентариев, руководил X": the participial or relative
            # clause between commas is inside the clause, which goes on before it
            k, lo = opening, max(0, opening - 12)
            continue
        if prev.text in {";", ":", "(", "—"} or is_verb(prev):
            break
        k -= 1
    return k


def _embedded_clause_before(toks: list[Tok], comma: int) -> int | None:
    """The opening comma of a participial or relative clause that the comma at ``comma``
    closes ("..., работающую в Грузии с 18 сентября,": a full participle first and no verb in
    it; "..., в состав которой вошли 28 парламентариев ...,": a relative pronoun among its
    first words). None when the comma closes something else."""
    k = comma - 1
    while k > 0 and toks[k].text not in {",", ";", ":", "(", "—"}:
        k -= 1
    if k <= 0 or toks[k].text != "," or k + 1 >= comma:
        return None
    clause = toks[k + 1 : comma]
    if any(t.lemma in t.lex.cue_set("relative_pronouns") for t in clause[:4]):
        return k
    if clause[0].first("PRTF") is None or any(is_verb(t) for t in clause[1:]):
        return None
    return k


def _named_with_role(here: list[tuple[int, str]], role: Tok, name: NameMention) -> str | None:
    """The mission named right after the head's role ("Главой миссии БДИПЧ ... является X"),
    before the name: the one they head, whichever the sentence names first."""
    return next((key for start, key in here if role.stop <= start < name.start), None)


def mission_facts(ctx: Context) -> list[Mission]:
    """The :class:`Mission` facts, main mission first."""
    _speaker_heads(ctx)
    out: list[Mission] = []
    for info in ctx.missions:
        named = info.kind in ("group", "mission")
        mission = Mission(
            key=info.key,
            organiser=info.organiser,
            name=ctx.lex.cue_text(f"written_names.{info.kind}").format(organiser=info.organiser)
            if named
            else None,
            is_main=info is ctx.main,
            kind={"group": "short-term", "long-term": "long-term"}.get(info.kind),
        )
        spans: list[tuple[int, int]] = [
            (a, b) for _, a, b in (info.mentions or info.post_mentions)[:1]
        ]
        sents = [s for s in ctx.sents if ctx.sent_mission[s.index] == info.key]
        _period(ctx, info, mission, sents, spans)
        if mission.end is None:
            _closing_day(ctx, info, mission, sents, spans)
        _size(ctx, info, mission, sents, spans)
        if info.head is not None:
            mission.coordinator = PersonMention(
                name=info.head.name,
                post=info.head_post,
                variants=[info.head.written],
                evidence=ctx.evidence(
                    "mission.head",
                    (ctx.sents[info.head_sent].start, ctx.sents[info.head_sent].stop)
                    if info.head_sent is not None
                    else (info.head.start, info.head.stop),
                ),
            )
            mission.head_role = "coordinator" if info.kind == "group" else "head-of-mission"
        mission.evidence = ctx.evidence("mission.mention", *spans)
        out.append(mission)
    return out


def _period(
    ctx: Context,
    info: MissionInfo,
    mission: Mission,
    sents: list[Sent],
    spans: list[tuple[int, int]],
) -> None:
    """The first date range stated in a sentence about the mission is its stay, or the one day
    it opened, started work or arrived on."""
    groups_or_missions = ctx.lex.cue_set("mission_heads")
    for s in sents:
        mentioned_here = any(key == info.key for _, key in ctx.mentions_in(s.index)) or any(
            t.lemma in groups_or_missions for t in s.toks
        )
        if not mentioned_here and not s.lemmas() & ctx.lex.cue_set("observer_nouns"):
            continue
        for d in ctx.dates[s.index]:
            if not d.is_range and _opens_mission(s, d):
                mission.start = ctx.to_date(d.first, s.index)  # "приступила к работе 22 января"
                spans.append((d.start, d.stop))
                _end_of_stay(ctx, mission, sents[sents.index(s) + 1 :], spans)
                return
        # "Наблюдатели находились в стране с 15 по 22 ноября": observers staying (not only a
        # part of them, "долгосрочные наблюдатели") speak of the mission's stay
        staying = bool(
            s.lemmas() & ctx.lex.cue_set("stay_verbs")
        ) and not s.lemmas() & ctx.lex.cue_set("mission_parts")
        if not mentioned_here and not staying:
            continue
        for d in ctx.dates[s.index]:
            if not d.is_range and _opens_stay(s, d):
                mission.start = ctx.to_date(d.first, s.index)  # "работала с 19 ноября"
                spans.append((d.start, d.stop))
                until = _until(s, d, ctx.dates[s.index])
                if until is not None:
                    mission.end = ctx.to_date(until.first, s.index)
                    spans.append((until.start, until.stop))
                return
            if d.last is not None:
                # an early-voting or registration range is not the mission's stay
                before = s.toks[: next((t.i for t in s.toks if t.start >= d.start), 0)]
                if any(t.lemma in ctx.lex.cue_set("not_a_stay_after") for t in before[-4:]):
                    continue
                mission.start = ctx.to_date(d.first, s.index)
                mission.end = ctx.to_date(d.last, s.index)
                spans.append((d.start, d.stop))
                return


def _closing_day(
    ctx: Context,
    info: MissionInfo,
    mission: Mission,
    sents: list[Sent],
    spans: list[tuple[int, int]],
) -> None:
    """ "Миссия завершила работу 22 ноября", "покинула страну 23 ноября": the day of a verb of
    closing in a sentence about the mission ends its stay (never before it began)."""
    for s in sents:
        if not _about_mission(ctx, info, s):
            continue
        for d in ctx.dates[s.index]:
            if d.is_range or not _day_of_verb(s, d, ctx.lex.cue_set("closing_verbs")):
                continue
            end = ctx.to_date(d.first, s.index)
            start = mission.start
            if end is None or _before(end, start):
                continue
            mission.end = end
            spans.append((d.start, d.stop))
            return


def _before(day: Day, other: Day | None) -> bool:
    """Whether ``day`` is before ``other``; days of different precision (a full date, a day
    and month only) are not compared."""
    if isinstance(day, date) and isinstance(other, date):
        return day < other
    if isinstance(day, MonthDay) and isinstance(other, MonthDay):
        return day < other
    return False


def _about_mission(ctx: Context, info: MissionInfo, s: Sent) -> bool:
    """A sentence that names the mission, a group or mission, or its observers."""
    return any(key == info.key for _, key in ctx.mentions_in(s.index)) or bool(
        s.lemmas() & s.lex.cue_set("mission_nouns", "observer_nouns")
    )


def _end_of_stay(
    ctx: Context, mission: Mission, sents: list[Sent], spans: list[tuple[int, int]]
) -> None:
    """The end of the stay a mission opened on its start day: a later range from that day
    ("работает в стране с 16 по 21 ноября")."""
    for s in sents:
        # "В течение трех дней, с 13 по 15 мая, члены Миссии провели консультации": the
        # range of what the mission did is not its stay, which a verb of staying tells
        if not s.lemmas() & ctx.lex.cue_set("stay_verbs"):
            continue
        for d in ctx.dates[s.index]:
            if d.last is not None and ctx.to_date(d.first, s.index) == mission.start:
                mission.end = ctx.to_date(d.last, s.index)
                spans.append((d.start, d.stop))
                return


def _opens_mission(s: Sent, d) -> bool:
    """ "БДИПЧ 15 сентября открыло миссию", "Миссия приступила к работе 22 января",
    "Наблюдатели прибыли в страну 3 июня": the day of one of the clause's verbs of opening.
    The verb and the day share a clause (no comma between them), and the day is not the
    start of a stay of someone else ("с 22 сентября размещены")."""
    opening = s.lex.cue_set("opening_verbs")
    # "начала работу", not "голосование началось"
    if not s.lemmas() & s.lex.cue_set("work_nouns"):
        opening = opening - s.lex.cue_set("opening_verbs_of_work")
    # "Миссия развернута 21 сентября" opens it; "развернула 363 наблюдателя", "долгосрочные
    # наблюдатели развернуты" deploy its observers or a part of them
    if not s.lemmas() & (s.lex.cue_set("mission_parts") | s.lex.cue_set("observer_nouns")):
        opening = opening | s.lex.cue_set("deploying_verbs")
    return _day_of_verb(s, d, opening)


def _day_of_verb(s: Sent, d, verbs: frozenset[str]) -> bool:
    """Whether a single day is the day of one of ``verbs``: the verb of its clause nearest
    before it, or, with none before, the nearest after it ("начала работу 15 ноября и завершила
    ее 22 ноября", "БДИПЧ 15 сентября открыло миссию")."""
    toks = s.toks
    before = [t for t in toks if t.stop <= d.start]
    if before and before[-1].lower in s.lex.cue_set("day_bound_prepositions"):
        return False

    def named(t: Tok) -> bool:
        # "прибыли" is also the plural of "прибыль": any verb reading of the word counts
        return t.lemma in verbs or any(
            p.normal_form in verbs and p.tag.POS == "VERB" for p in t.analyses
        )

    def verb(t: Tok) -> bool:  # "начала" is also the genitive of "начало"
        return (
            is_verb(t)
            or named(t)
            or any(p.tag.POS == "VERB" and p.score > 0.1 for p in t.analyses[:3])
        )

    clause_end = {",", ";", "—", "–"}
    # "была развернута": the auxiliary is not the clause's verb, the participle after it is
    auxiliary = s.lex.cue_set("auxiliary_verbs")
    for t in reversed(before):
        if t.text in clause_end:
            break
        if verb(t) and t.lemma not in auxiliary:
            return named(t)
    for t in toks[len(before) :]:
        if t.start < d.stop:
            continue
        if t.text in clause_end:
            break
        if verb(t) and t.lemma not in auxiliary:
            return named(t)
    return False


def _until(s: Sent, d: DateMention, dates: list[DateMention]) -> DateMention | None:
    """The day right after "с <d>" that "по"/"до" makes its end: "с 26 ноября 2020 года по 14
    января 2021 года" (a range across two years, written as two dated days)."""
    later = [x for x in dates if x.start >= d.stop and not x.is_range]
    if not later:
        return None
    nxt = later[0]
    between = [t for t in s.toks if d.stop <= t.start and t.stop <= nxt.start]
    if len(between) == 1 and between[0].lower in s.lex.cue_set("range_to_prepositions"):
        return nxt
    return None


def _opens_stay(s: Sent, d) -> bool:
    """ "Миссия работала в республике с 19 ноября", "находится в стране с 29 августа": a
    single day after "с" with a verb of working or staying opens the mission's stay."""
    before = [t for t in s.toks if t.stop <= d.start]
    if not before or before[-1].lower not in s.lex.cue_set("range_from_prepositions"):
        return False
    return bool(s.lemmas() & s.lex.cue_set("stay_verbs"))


def _size(
    ctx: Context,
    info: MissionInfo,
    mission: Mission,
    sents: list[Sent],
    spans: list[tuple[int, int]],
) -> None:
    """Observer count (exact or lower bound), state count, sending states and member kinds,
    from the sentences attributed to the mission; states only after a membership cue."""
    observer_nouns = ctx.lex.cue_set("observer_nouns")
    state_nouns = ctx.lex.cue_set("state_nouns")
    membership = ctx.lex.cue_set("membership")
    groups = ctx.lex.cue_set("mission_heads.group")
    about_words = ctx.lex.cue_set("mission_nouns", "participation_nouns")
    from_words = ctx.lex.cue_set("from_prepositions")
    participants, observer = ctx.lex.cue_set("participant_nouns"), ctx.lex.cue_set("observer_word")
    kinds_found: list[str] = []
    previous_membership: Sent | None = None
    for s in sents:
        lemmas = s.lemmas()
        by_construction = not lemmas & membership and (
            _takes_part_in_the_group(s)
            or _continues_membership(s, previous_membership)
            or _observers_by_adjective(ctx, s)
            or _observers_of_states(ctx, s)
        )
        is_membership = (
            bool(lemmas & membership)
            or by_construction
            or (any(t.lemma in groups for t in s.toks) and find_counts(s, observer_nouns))
            or _counted_from_states(ctx, s, observer_nouns)
        )
        # "ЦИК аккредитовала 650 наблюдателей из 40 стран": a count in a sentence that speaks
        # of no mission, group, membership or taking part is of all observers, not of this one
        about = (
            is_membership
            or any(key == info.key for _, key in ctx.mentions_in(s.index))
            or bool(lemmas & about_words)
        )
        for c in find_counts(s, state_nouns):
            if _states_of_a_part(s, c, observer_nouns):
                continue
            if about and mission.state_count is None and not (c.at_least or c.approximate):
                mission.state_count = c.value
                spans.append((s.toks[c.i].start, s.toks[c.noun].stop))
        shares = [c for c in find_counts(s, observer_nouns) if _in_parentheses(s, c.i)]
        if len(shares) > 1 and mission.observer_count is None:
            # "из России (5 человек), Казахстана (3 человека)": the group is their sum
            mission.observer_count = sum(c.value for c in shares)
            spans.append((s.toks[shares[0].i].start, s.toks[shares[-1].noun].stop))
        # a mission's long-term observers, short-term ones or core team counted apart ("12
        # экспертов, а 30 долгосрочных наблюдателей") are parts of it, not its size
        parts = info.kind == "mission" and any(
            t.lemma in ctx.lex.cue_set("mission_parts") and s.toks[t.i + 1].lemma in observer_nouns
            for t in s.toks[:-1]
        )  # not "в долгосрочном и краткосрочном наблюдении приняли участие 400 наблюдателей"
        # "войдут, как ожидается, около 200": a size expected is not the size
        parts = parts or bool(lemmas & ctx.lex.cue_set("expectation_words"))
        parts = parts or not about
        for c in find_counts(s, observer_nouns):
            if parts:
                break
            noun, before_noun = s.toks[c.noun].lemma, s.toks[c.noun - 1].lemma
            if noun in participants and before_noun not in observer:
                continue  # "участники" counted are observers only as "наблюдатели-участники"
            if _in_parentheses(s, c.i) or part_of_the_mission(s, c) or requested(s, c):
                continue  # (counts.py) the core team, the long-term observers, or asked for
            if c.i > 0 and s.toks[c.i - 1].lower in ctx.lex.cue_set("oblique_prepositions"):
                continue  # "встретились с 12 представителями партий": people met, not members
            if c.approximate:
                continue  # (rue) "около 300 наблюдателей": an approximation is no size
            if mission.observer_count is None and mission.observer_count_min is None:
                if c.at_least:
                    mission.observer_count_min = c.value
                else:
                    mission.observer_count = c.value
                spans.append((s.toks[c.i].start, s.toks[c.noun].stop))
        previous_membership = s if is_membership else None
        if is_membership and not mission.sending_states:
            # the membership word itself; failing that the count or "из" (a date's digits
            # before "в составе" must not open the span: the host is named there)
            cue_i = next(
                (t.i for t in s.toks if t.lemma in membership),
                next((t.i for t in s.toks if t.is_int or t.lemma in from_words), 0),
            )
            if by_construction:  # the whole sentence names the members
                cue_i = 0
            cue_at = s.toks[cue_i].start if s.toks else s.start
            coordinator = ctx.lex.cue_tuple("coordinator_nouns")
            stop_at = next(
                (t.start for t in s.toks if t.lower.startswith(coordinator) and t.start > cue_at),
                s.stop,
            )
            states: list[str] = []
            for m, state in ctx.states(s):
                if state.iso == ctx.country:
                    continue  # the host does not observe its own election
                if cue_at <= m.start < stop_at and state.iso not in states:
                    if _is_adjective_only(s, m) and not _before_person_noun(s, m):
                        continue
                    states.append(state.iso)
                    spans.append((m.start, m.end))
            mission.sending_states = states
        if is_membership:
            for kind, words in _member_kind_cues(ctx.lex).items():
                if lemmas & words and kind not in kinds_found:
                    kinds_found.append(kind)
    mission.member_kinds = kinds_found
    if not mission.sending_states:
        home = _commission_state(ctx, info)
        if home is not None and home != ctx.country:
            mission.sending_states = [home]  # "делегация ЦИК Беларуси": Belarus sent it
    if mission.state_count is None and mission.sending_states:
        mission.state_count = len(mission.sending_states)


def _states_of_a_part(s: Sent, states: Count, observer_nouns: frozenset[str]) -> bool:
    """ "В офисе миссии работают 12 международных экспертов из 11 государств": the states of
    a counted part of the mission (its core team, its long-term observers) or of observers
    asked for are not the mission's."""
    for c in find_counts(s, observer_nouns):
        after = s.toks[c.noun + 1 : states.i]
        if len(after) == 1 and after[0].lower in s.lex.cue_set("from_prepositions"):
            return part_of_the_mission(s, c) or requested(s, c)
    return False


def _commission_state(ctx: Context, info: MissionInfo) -> str | None:
    """The state of a national election commission that organises a mission (its reference
    entry is a commission whose name holds a state: "Центральная комиссия Республики Беларусь
    по выборам ..."): a commission's delegation comes from its own state, though the text
    lists none."""
    org = ctx.ref.organisation_by_key(info.organiser_key) if info.organiser_key else None
    if org is None or org.kind != "commission":
        return None
    state = ctx.ref.find_state(org.name["ru"])
    return state.iso if state is not None else None


def _counted_from_states(ctx: Context, s: Sent, observer_nouns: frozenset[str]) -> bool:
    """ "23 наблюдателя из Беларуси, Ирана и Китая": a counted group of observers "из" a
    named state lists the states that sent them, whatever else the sentence says."""
    starts = {m.start for m in ctx.scan(s, ["state"])}
    for c in find_counts(s, observer_nouns):
        k = c.noun + 1
        if (
            k + 1 < len(s.toks)
            and s.toks[k].lower in s.lex.cue_set("from_prepositions")
            and s.toks[k + 1].start in starts
        ):
            return True
    return False


def _in_parentheses(s: Sent, i: int) -> bool:
    """Whether token ``i`` sits inside "( ... )" (a share of the group, not its size)."""
    for t in reversed(s.toks[:i]):
        if t.text == ")":
            return False
        if t.text == "(":
            return True
    return False


def _takes_part_in_the_group(s: Sent) -> bool:
    """ "В работе группы приняли участие X, Y и Z", "Членами группы стали X": who took part in
    the group's work are its members (not "члены группы приняли участие в брифинге")."""
    toks, lex = s.toks, s.lex
    groups = lex.cue_set("mission_heads.group")
    if any(
        t.lower in lex.cue_set("members_instrumental")
        and t.i + 1 < len(toks)
        and toks[t.i + 1].lemma in groups
        for t in toks
    ):
        return True  # "Членами группы стали депутаты ..."
    words = [t for t in toks if t.is_word]
    if (
        len(words) > 1
        and words[0].lower in lex.cue_set("observers_instrumental")
        and words[1].lemma in lex.cue_set("membership_verbs")
    ):
        return True  # "Наблюдателями выступили депутаты ..."
    groups_or_missions, prep_in = lex.cue_set("mission_heads"), lex.cue_set("prep_in")
    return any(
        t.lemma in lex.cue_set("group_work_nouns")
        and t.i + 1 < len(toks)
        and toks[t.i + 1].lemma in groups_or_missions
        and t.i > 0
        and toks[t.i - 1].lower in prep_in
        for t in toks
    ) and any(t.lemma in lex.cue_set("participation_nouns") for t in toks)


def _continues_membership(s: Sent, previous: Sent | None) -> bool:
    """ "В составе группы — 14 парламентариев из семи государств. Это депутаты парламентов X,
    Y и Z": the sentence right after a membership sentence, in its paragraph, that opens by
    naming the members ("Это", "Среди них", "В их числе", or a member noun) lists who they are.
    """
    if previous is None or previous.para != s.para or previous.index + 1 != s.index:
        return False
    words = [t for t in s.toks if t.is_word][:4]
    if not words:
        return False
    lex = s.lex
    if words[0].lower in lex.cue_set("member_list_openers") and (
        words[0].lower in lex.cue_set("member_list_demonstratives")
        or any(t.lower in lex.cue_set("member_list_pronouns") for t in words[1:3])
    ):
        return True
    leaders = s.lex.cue_set("coordinator_nouns", "head_verbs")
    return words[0].lemma in s.lex.cue_set("observer_nouns") and not any(
        t.lemma in leaders for t in s.toks
    )


def _member_kind_cues(lex: Lexicon) -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in lex.cues["member_kinds"].items()}


def _observers_of_states(ctx: Context, s: Sent) -> bool:
    """ "наблюдатели из Азербайджана, Армении и Беларуси", "Наблюдатели прибыли из X",
    "Парламентарии Армении, Беларуси ...", "представителей парламентов X и Y": observers of
    (or from) named states, whatever verb the sentence has, say which states sent them."""
    people = s.lex.cue_set("observer_nouns", "observer_bodies")
    origins = s.lex.cue_set("from_prepositions", "organiser_prepositions")
    for m, state in ctx.states(s):
        if state.iso == ctx.country or _is_adjective_only(s, m):
            continue
        before = [t for t in s.toks if t.stop <= m.start]
        if not before:
            continue
        if before[-1].lemma in people:
            return True  # "Парламентарии Армении"
        if before[-1].lower in origins and any(
            t.lemma in people for t in before[-4:-1] if not t.is_int
        ):
            return True  # "наблюдатели (прибыли) из Армении", "наблюдатели от Армении"
    return False


def _observers_by_adjective(ctx: Context, s: Sent) -> bool:
    """ "Казахстанские, российские и белорусские наблюдатели посетили участки": observers
    named by the adjectives of their states say which states sent them."""
    return any(
        _is_adjective_only(s, m) and _before_person_noun(s, m) and state.iso != ctx.country
        for m, state in ctx.states(s)
    )


def _is_adjective_only(s: Sent, m) -> bool:
    return " " not in m.text and m.text[:1].islower()


def _before_person_noun(s: Sent, m) -> bool:
    """An adjective names a sending state only in "казахстанские (, ...) парламентарии"."""
    nouns, joins = s.lex.cue_set("observer_nouns"), s.lex.cue_set("adjective_list_joiners")
    after = [t for t in s.toks if t.start >= m.end]
    for t in after[:24]:
        if t.lemma in nouns:
            return True
        if t.is_word and t.text[:1].islower() and t.lower not in joins and not t.first("ADJF"):
            return False
    return False


def recognise_election(ctx: Context) -> Election | None:
    """The election observed: country, kind, body (nominative) and voting date."""
    kind = None
    body = None
    body_span: tuple[int, int] | None = None
    country = None
    country_only = False
    lex = ctx.lex
    referendums, elections = lex.cue_set("referendum_nouns"), lex.cue_set("election_lemmas")
    election_stems, local = lex.cue_tuple("election_stems"), lex.cue_set("local_election")
    adjectival: dict[str, str] = lex.cues["election_kind_adjectives"]
    prep_in = lex.cue_set("prep_in")
    for s in lead(ctx.sents):
        # the words of an organisation's name ("Центральная комиссия Республики Беларусь по
        # выборам и проведению республиканских референдумов") name no election
        names = [(m.start, m.end) for m, _ in ctx.organisations(s)]
        toks = s.toks
        for t in toks:
            if any(a <= t.start < b for a, b in names):
                continue
            if t.lemma in referendums and kind is None:
                kind = "referendum"
                body_span = (t.start, t.stop)
            if t.lemma in elections and t.text.lower().startswith(election_stems):
                prev = toks[t.i - 1].lemma if t.i else ""
                nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
                if (
                    prev in local
                    or (t.i > 1 and toks[t.i - 2].lemma in local)
                    or any(x.lemma in local for x in toks[t.i + 1 : t.i + 6])
                ):  # "местных выборов", "выборы в органы местного самоуправления"
                    kind = kind or "local"
                    body_span = body_span or (toks[t.i - 1].start, t.stop)
                    continue
                for x in toks[max(0, t.i - 2) : t.i]:
                    if x.lemma in adjectival and kind is None:
                        kind = adjectival[x.lemma]
                        body_span = body_span or (x.start, t.stop)
                if nxt is None:
                    continue
                if nxt.lemma in lex.cue_set("president_nouns"):
                    kind = kind or "presidential"
                    i0 = nxt.i
                elif nxt.lemma in lex.cue_set("deputy_nouns"):
                    kind = kind or "parliamentary"
                    i0 = nxt.i + 1
                elif nxt.lower in prep_in:
                    i0 = (
                        nxt.i + 1
                    )  # "выборы в <body>" are parliamentary; "в <country>" tell nothing
                    j = i0
                    while j < len(toks) and toks[j].is_cap:
                        j += 1
                    named = s.span_text(i0, j) if j > i0 else ""
                    hits = ctx.ref.scan(named, ["state"]) if named else []
                    if not named or (hits and hits[0].text == named):
                        country_only = True  # decides the kind only when nothing else does
                        continue
                    kind = kind or "parliamentary"
                else:
                    continue
                if i0 < len(toks) and toks[i0].is_cap:
                    j = i0
                    while j < len(toks) and (
                        toks[j].is_cap
                        or (
                            toks[j].lower in lex.cue_set("coordinators")
                            and j + 1 < len(toks)
                            and toks[j + 1].is_cap
                        )
                    ):
                        j += 1
                    case = "loct" if nxt.lower in prep_in else "gent"
                    if nxt.lower in prep_in:
                        case = "accs"
                    found = phrase_to_nominative(s, i0, j, case)
                    hits = ctx.ref.scan(s.span_text(i0, j), ["state"])
                    if hits and hits[0].text == s.span_text(i0, j):
                        continue  # "выборах в Казахстане": the country, not a body
                    if body is None or len(found) > len(body):  # the fullest naming wins
                        body = found
                        body_span = (toks[i0].start, toks[j - 1].stop)
        if country is None:
            for m, state in ctx.states(s):
                if any(a <= m.start < b for a, b in names):
                    continue
                one_adjective = " " not in m.text and any(
                    p.tag.POS == "ADJF" for p in ctx.lex.parses(m.text)[:1]
                )
                if m.text[:1].isupper() and not one_adjective:
                    country = state.iso
                    break
    ctx.country = country
    if kind is None and _vote_on_a_question(ctx.lex, lead(ctx.sents)):
        kind = "referendum"  # "общероссийское голосование по поправкам в Конституцию"
    if kind is None and country_only:
        kind = "parliamentary"  # "выборы в Республике X" and no other word of the kind
    if kind == "referendum":
        body = None
    president = lex.cue_text("written_names.president")
    if kind == "presidential" and body in {None, president} and country:
        state = ctx.ref.state_by_iso(country)  # "президентские выборы в X"
        body = f"{president} {lex.inflect.genitive(state.full_name['ru'])}" if state else None
    voting = _voting_date(ctx)
    ctx.voting_date = voting[0] if voting else None
    if kind is None and country is None and ctx.voting_date is None:
        return None
    # each fact stands on its own: the election is what the text says of it
    spans = [body_span] if body_span else []
    if voting:
        spans.append(voting[1])
    return Election(
        country_iso=country,
        kind=kind,
        voting_date=ctx.voting_date,
        body=body,
        evidence=ctx.evidence("election.lead", *spans),
        year=None if ctx.voting_date else ctx.default_year,
    )


def _vote_on_a_question(lex: Lexicon, sents: list[Sent]) -> bool:
    """ "общероссийское голосование по вопросу одобрения изменений в Конституцию",
    "всенародное голосование": a vote that elects no body is the closest kind, a referendum."""
    votes, on = lex.cue_set("vote_nouns"), lex.cue_set("vote_question_prepositions")
    for s in sents:
        for t in s.toks:
            if t.lemma not in votes:
                continue
            before = s.toks[t.i - 1].lemma if t.i else ""
            after = [x.lemma for x in s.toks[t.i + 1 : t.i + 3]]
            if before in lex.cue_set("nationwide_votes") or (
                after[:1]
                and after[0] in on
                and after[1:]
                and after[1] in lex.cue_set("vote_questions")
            ):
                return True
    return False


def _voting_day_after(lex: Lexicon, tail: str) -> bool:
    """Whether the words right after a date are an apposition naming it the voting day:
    "22 мая, в день выборов", "17 мая, в заключительный (последний) день голосования"."""
    m = lex.regex(r"\s*[,(—–-]\s*{prep_in}\s+(?:[а-яё]+{day_adjective_endings}\s+)?").match(tail)
    if m is None:
        return False
    return any(tail.startswith(p, m.end()) for p in lex.cues["voting_day"])


def _watching_the_vote(lex: Lexicon, window: set[str]) -> bool:
    """Whether the words around a day tell of observers watching the vote itself ("наблюдает
    сегодня за голосованием"; not early voting): that day is the voting day."""
    return (
        bool(window & lex.cue_set("vote_watching_verbs"))
        and bool(window & lex.cue_set("vote_nouns"))
        and not window & lex.cue_set("early_voting")
    )


def _voting_date(ctx: Context):
    best = None
    # "прошедшие" lemmatises to the noun "прошедшее"; "проходивших" to "проходить"
    triggers = ctx.lex.cue_set("vote_date_triggers")
    topics = ctx.lex.cue_set("voting_nouns")
    eve, electing = ctx.lex.cue_set("relative_days.eve"), ctx.lex.cue_set("electing_verbs")
    for s in ctx.sents:
        low = s.text.lower()
        for d in ctx.dates[s.index]:
            if d.is_range:
                if best is None and voting_days(s, d):  # (dates.py) the vote's last day
                    best = (2, ctx.to_date(d.last or d.first, s.index), (d.start, d.stop))
                continue
            before = [t for t in s.toks if t.stop <= d.start][-6:]
            after = [t for t in s.toks if t.start >= d.stop][:6]
            window = {t.lemma for t in before + after}
            if any(t.lower in eve for t in before[-4:]):
                continue
            score = 0
            from builder.text.languages.ru.recognise.events import voting_day_phrase

            rel = d.start - s.start
            if voting_day_phrase(
                ctx.lex, low[max(0, rel - 25) : rel]
            ) is not None or _voting_day_after(
                ctx.lex, low[d.stop - s.start : d.stop - s.start + 40]
            ):
                score = 3  # "в день голосования, 22 мая" / "22 мая, в день выборов"
            elif window & triggers and window & topics:
                score = 2
            elif window & electing or (window & triggers and s.lemmas() & topics):
                score = 1
            elif _watching_the_vote(ctx.lex, window):
                score = 1  # "Делегация наблюдает сегодня за голосованием": the voting day
            if score and (best is None or score > best[0]):
                best = (score, ctx.to_date(d.first, s.index), (d.start, d.stop))
    if best is None:
        # no sentence says when the vote took place: a day written right after the elections
        # ("Выборы депутатов Жогорку Кенеша, 28 ноября 2021 г.", dates.py)
        for s in ctx.sents:
            for d in ctx.dates[s.index]:
                if not d.is_range and dates_the_election(s, d):
                    return ctx.to_date(d.first, s.index), (d.start, d.stop)
    if best is None:
        # no sentence states the voting date: the day the group visited polling stations
        for s in ctx.sents:
            visits = any(t.lemma in ctx.lex.cue_set("polling_visit_verbs") for t in s.toks)
            if visits and any(t.lemma in ctx.lex.cue_set("station_nouns") for t in s.toks):
                for d in ctx.dates[s.index]:
                    if not d.is_range:
                        return ctx.to_date(d.first, s.index), (d.start, d.stop)
        return None
    return best[1], best[2]
