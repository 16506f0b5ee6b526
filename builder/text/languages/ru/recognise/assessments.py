"""Evaluative statements: who made them, polarity, topic and gist.

A sentence states an assessment when an evaluative cue (the language's cues.yaml: positive,
critical, "не повлияли") meets a speech verb ("отметил", "заявил"), an opinion marker ("по
словам", "по мнению", "согласно которому") or an observer subject ("Наблюдатели ...", "Члены
группы ..."); a recommendation ("Группа рекомендовала") is critical with ``recommendation``;
after an announcement of shortcomings ("наблюдатели указали на ряд недостатков") the sentences
that follow in the paragraph are the critical remarks themselves. The speaker is the person named
before the verb, the person a pronoun ("Он", "По его словам") refers back to, the group's head for
"руководителя группы", or nobody when the text says "наблюдатели" or "группа".
"""

from __future__ import annotations

from dataclasses import replace

from builder.facts.model import Assessment, Event
from builder.reference.records import Reference
from builder.text.languages.ru.recognise.context import Context
from builder.text.languages.ru.recognise.lexicon import Lexicon, Sent, Tok, fold
from builder.text.languages.ru.recognise.people import NameMention, is_verb


def _has_phrase(s: Sent, phrases: frozenset[str]) -> bool:
    low = " " + " ".join(t.lower for t in s.toks) + " "
    return any(f" {p} " in low for p in phrases if " " in p) or any(
        t.lower in phrases or t.lemma in phrases for t in s.toks
    )


def _polarity(ref: Reference, s: Sent, context_critical: bool) -> tuple[str | None, bool]:
    toks = s.toks
    neg, not_ = s.lex.cue_set("negation"), s.lex.cue_set("negation_particle")
    positive, critical = s.lex.cue_set("positive"), s.lex.cue_set("critical")
    if any(_recommends(s, t) for t in toks) or _advises(s):
        return "critical", True
    if _nothing_to_change_outcome(s):
        return "positive", False
    if _minor_remarks(s):
        return "neutral", False
    for t in toks:
        if t.lemma in s.lex.cue_set("neutral_no_effect") and t.i > 0 and toks[t.i - 1].lower in neg:
            return "neutral", False
    crit = [t for t in toks if t.lemma in critical]
    denied = (
        [
            t  # "не хватало кабин", "не соблюдались": a good thing denied
            for t in toks
            if t.i > 0
            and toks[t.i - 1].lower in not_
            and (t.lemma in s.lex.cue_set("critical_when_negated") or t.lemma in positive)
        ]
        + [
            t  # "открытых дебатов между кандидатами не проводилось": the genitive of negation
            for t in toks
            if t.lemma in positive
            and t.first("ADJF", "gent") is not None
            and any(
                x.lower in not_ and x.i + 1 < len(toks) and is_verb(toks[x.i + 1])
                for x in toks[t.i + 1 : t.i + 5]
            )
        ]
    )
    if denied:
        return "critical", False
    if crit:
        speech = s.lex.cue_set("speech_verbs")
        negated = (
            any(
                t.lower in neg and t.i + 1 < len(toks) and toks[t.i + 1].lemma in speech
                for t in toks
            )
            or all(
                any(x.lower in neg for x in toks[max(0, c.i - 3) : c.i])
                or (  # "нарушений не выявлено", "очередей нет", "жалоб от избирателей в
                    # группу не поступало": the genitive of negation, in the noun's clause
                    c.first("gent") is not None
                    and any(
                        x.lower in s.lex.cue_set("genitive_negators")
                        for x in _clause_after(toks, c.i, 6)
                    )
                )
                or (  # "Обращений о нарушениях к нам пока не поступало": what is denied is about it
                    c.i >= 2
                    and toks[c.i - 1].lower in s.lex.cue_set("about_prepositions")
                    and toks[c.i - 2].first("gent") is not None
                    and any(x.lower in not_ for x in toks[c.i + 1 : c.i + 6])
                )
                for c in crit
            )
        )  # "нарушений не зафиксировали", "прошли без серьезных нарушений", "нарушений
        # выявлено не было" (the genitive of negation)
        if negated:
            return "positive", False
        return "critical", False
    if context_critical or _opens_with_contrast(s) or _draws_attention(s):
        return "critical", False
    if any(t.lemma in positive and not _no_praise(ref, s, t) for t in toks):
        return "positive", False
    for t in toks:  # "созданы условия", "имели возможность": not "в условиях пандемии"
        if t.lemma in s.lex.cue_set("positive_when_given") and any(
            x.lemma in s.lex.cue_set("giving") for x in toks[max(0, t.i - 3) : t.i]
        ):
            return "positive", False
    for t in toks:  # "высокий уровень", "высокой активности": "высокий" alone is no praise
        if t.lemma in s.lex.cue_set("high_adjectives") and any(
            x.lemma in s.lex.cue_set("positive_with_high") for x in toks[t.i + 1 : t.i + 3]
        ):
            return "positive", False
    return None, False


def _clause_after(toks: list[Tok], i: int, n: int) -> list[Tok]:
    """At most ``n`` tokens after token ``i``, up to the end of its clause."""
    out = []
    for t in toks[i + 1 : i + 1 + n]:
        if t.text in {",", ";", ":", "—", "–"}:
            break
        out.append(t)
    return out


def _nothing_to_change_outcome(s: Sent) -> bool:
    """ "Мы не увидели ничего, что могло бы поставить под сомнение итоги", "не зафиксировала
    нарушений, которые могли бы повлиять на итоги": nothing found that could have changed the
    outcome is praise (unlike "нарушения не повлияли на итоги", which admits them)."""
    toks = s.toks
    lex = s.lex
    nothing_words, not_ = lex.cue_set("nothing_words"), lex.cue_set("negation_particle")
    finding = lex.cue_set("finding_verbs")
    nothing = any(
        t.lower in nothing_words
        or (t.lower in not_ and t.i + 1 < len(toks) and toks[t.i + 1].lemma in finding)
        for t in toks
    )
    would, capable = lex.cue_set("conditional_particles"), lex.cue_set("capable_adjectives")
    could = any(t.lower in would or t.lemma in capable for t in toks)
    effects = lex.cue_set("outcome_effects")
    effect = any(t.lemma in effects for t in toks)
    return nothing and could and effect


def _minor_remarks(s: Sent) -> bool:
    """ "недочеты носили технический характер и оперативно устранялись": remarks said to be
    technical, isolated or put right at once are a neutral statement, not a critical one."""
    lemmas = [t.lemma for t in s.toks]
    text = " " + " ".join(lemmas) + " "
    return any(t in s.lex.cue_set("critical") for t in lemmas) and any(
        f" {phrase} " in text for phrase in s.lex.cues["minor_remarks"]
    )


def _no_praise(ref: Reference, s: Sent, t: Tok) -> bool:
    """A word of praise that judges nothing: inside an organisation's name ("Бюро по
    демократическим институтам"), the mission acting "в соответствии со своим мандатом" or
    "с Положением о Миссии", a participle of place ("участках, открытых при посольствах")."""
    toks = s.toks
    nxt = toks[t.i + 1 : t.i + 4]
    lex = s.lex
    if t.lemma in lex.cue_set("accordance_nouns") and any(
        x.lemma in lex.cue_set("mandate_words") for x in nxt
    ):
        return True
    if (
        t.lemma in lex.cue_set("place_participles")
        and nxt
        and nxt[0].lower in lex.cue_set("place_prepositions")
    ):
        return True
    return any(
        m.start <= t.start - s.start and t.stop - s.start <= m.end
        for m in ref.scan(s.text, ["organisation"])
    )


def _recommends(s: Sent, t) -> bool:
    """A recommending word: a verb ("рекомендовала", "призвал"), or the noun as a heading
    ("Рекомендации: ...", "Рекомендация — ..."); the noun elsewhere names recommendations
    rather than making one ("доклад с рекомендациями", "прежних рекомендаций БДИПЧ")."""
    if t.lemma not in s.lex.cue_set("recommendation"):
        return False
    if t.lemma not in s.lex.cue_set("recommendation_nouns"):
        return True
    nxt = s.toks[t.i + 1].text if t.i + 1 < len(s.toks) else ""
    return t.i == 0 or nxt in {":", "—"} or _lists_recommendations(s, t)


def _lists_recommendations(s: Sent, t: Tok) -> bool:
    """ "В докладе содержится 31 рекомендация, в том числе: — отменить ...; — обеспечить
    ...", "Среди рекомендаций миссии: ...": the noun introducing a list (a colon a few words
    after it, and the items after the colon) states the recommendations it lists."""
    if t.lemma not in s.lex.cue_set("recommendation_nouns"):
        return False
    colon = next((x.i for x in s.toks[t.i + 1 : t.i + 6] if x.text == ":"), None)
    return colon is not None and sum(x.is_word for x in s.toks[colon + 1 :]) >= 3


def _speaks(s: Sent, t) -> bool:
    """Whether a speech cue is the sentence's verb of saying: a conclusion noun only when
    reached ("пришли к выводу, что"; not "по выводам группы", "на основании Заключения")."""
    if t.lemma in s.lex.cue_set("conclusion_nouns"):
        return t.i > 0 and s.toks[t.i - 1].lower in s.lex.cue_set("reached_prepositions")
    if t.lemma in s.lex.cue_set(
        "quote_only_speech_verbs"
    ):  # «...», — рассказал X; a host "рассказал о ходе ..." informs
        return _quote(s) is not None
    return True


def _advises(s: Sent) -> bool:
    """ "комиссиям следует уделять больше внимания ...", "необходимо усилить ...": what should
    be done is a recommendation ("следует отметить" only introduces a statement)."""
    toks = s.toks
    for t in toks[:-1]:
        if t.lower not in s.lex.cue_set("advice_words"):
            continue
        # "следует активнее информировать", "должны тщательно и своевременно расследовать"
        for nxt in toks[t.i + 1 : t.i + 5]:
            if nxt.first("INFN") is not None:
                return nxt.lemma not in s.lex.cue_set("speech_verbs")
            if (
                nxt.first("ADVB") is None
                and nxt.first("COMP") is None
                and nxt.lower not in s.lex.cue_set("coordinators")
            ):
                break
    return False


def _gives_rating(s: Sent, t) -> bool:
    """ "дал высокую оценку ...", "дали положительную оценку": a rating given is a statement
    (the noun is where the statement's object begins)."""
    return t.lemma in s.lex.cue_set("rating_nouns") and any(
        x.lemma in s.lex.cue_set("rating_verbs") for x in s.toks[max(0, t.i - 3) : t.i]
    )


def _draws_attention(s: Sent) -> bool:
    """ "Наблюдатели обратили внимание на случаи агитации": drawing attention to something,
    when nothing praised is named, points at a shortcoming."""
    lem = {t.lemma for t in s.toks}
    if not (s.lex.cue_set("attention_nouns") & lem and s.lex.cue_set("attention_verbs") & lem):
        return False
    # "Наблюдатели обращают внимание на ...": what they watch, not what they found
    if any(
        t.lemma in s.lex.cue_set("attention_verbs") and t.first("pres") is not None for t in s.toks
    ):
        return False
    return not any(x in s.lex.cue_set("positive") for x in lem)


def _opens_with_contrast(s: Sent) -> bool:
    """ "Вместе с тем (на ряде участков) ...", "Однако ...": after the findings, a sentence that
    opens with a contrast states a remark (praise so introduced is rare in the genre)."""
    head = " " + " ".join(t.lower for t in s.toks[:5] if t.is_word) + " "
    return any(head.startswith(f" {c} ") for c in s.lex.cues["contrast"])


def _group_role_speaker(s: Sent, verb_i: int | None) -> bool:
    """ "Как подчеркнул руководитель группы, ...", "Координатор группы заявил ...": the group's
    head named by their role, next to the speech verb."""
    if verb_i is None:
        return False
    toks, lex = s.toks, s.lex
    groups, missions = lex.cue_set("mission_heads.group"), lex.cue_set("mission_heads.mission")
    for t in toks[max(0, verb_i - 4) : verb_i + 4]:
        if t.lemma in s.lex.cue_set("head_roles") and t.i == 0 and verb_i == 1:
            return True  # "Координатор отметил, что ...": the role alone as the subject
        if (
            t.lemma in s.lex.cue_set("head_roles")
            and t.i + 1 < len(toks)
            and toks[t.i + 1].lemma in lex.cue_set("mission_nouns")
            and (t.i + 2 >= len(toks) or not toks[t.i + 2].is_cap)
            and not (toks[t.i + 1].lemma in groups and missions & _lemmas(toks[t.i : t.i + 4]))
        ):
            return True  # "Руководитель миссии отметил", not "Глава Миссии СНГ"
    return False


def _inverted(s: Sent, verb_i: int) -> bool:
    """ "Выборы прошли спокойно, заявил X", "..., — сказал он": the reporting clause after the
    statement, its verb right after a comma (or a comma and a dash)."""
    toks = s.toks
    k = verb_i - 1
    if k >= 0 and toks[k].text in {"—", "–"}:
        k -= 1
    # "Генеральный секретарь, возглавивший миссию, отметил, что ...": the comma closes a
    # clause about the speaker; the statement follows "что"
    that = any(t.lower in s.lex.cue_set("complementisers") for t in toks[verb_i + 1 : verb_i + 4])
    return k >= 3 and toks[k].text == "," and not that


def _inverted_at(s: Sent, verb_i: int) -> int:
    """The comma that ends the statement before an inverted reporting clause."""
    k = verb_i - 1
    return k - 1 if s.toks[k].text in {"—", "–"} else k


def _is_own_statement(ctx: Context) -> bool:
    """Whether the text is the mission's own document ("ЗАЯВЛЕНИЕ", "ПРОМЕЖУТОЧНЫЙ ОТЧЕТ",
    "ЗАЯВЛЕНИЕ О ПРЕДВАРИТЕЛЬНЫХ ВЫВОДАХ" in capitals above the body): every finding in it is
    the mission's, with no verb of saying ("ЦИК работает открыто")."""
    for s in ctx.sents[:8]:
        caps = []
        for t in s.toks:
            if not t.is_word:
                continue
            if not (t.text.isupper() and len(t.text) > 1):
                break
            caps.append(t.lower)  # folded: lower case, "ё" as "е"
        if any(fold(ctx.lex.lemma(w)) in ctx.lex.cue_set("own_documents") for w in caps[:4]):
            return True
    return False


def _under_findings_headings(ctx: Context) -> set[int]:
    """The sentences under a heading of findings ("Предварительные выводы", "ОСНОВНЫЕ ВЫВОДЫ
    И ЗАКЛЮЧЕНИЯ") up to the next heading: a mission's findings set out in its own words,
    which need no verb of saying. A heading is a paragraph of one short line with no final
    full stop."""
    paras: dict[int, list[Sent]] = {}
    for s in ctx.sents:
        paras.setdefault(s.para, []).append(s)
    heads = ctx.lex.cue_set("findings_headings")
    out: set[int] = set()
    under = False
    for para in sorted(paras):
        sents = paras[para]
        words = [t for t in sents[0].toks if t.is_word]
        heading = (
            len(sents) == 1
            and 0 < len(words) <= 8
            and not sents[0].text.rstrip().endswith((".", "!", "?", ":", ";"))
        )
        if heading:
            under = any(ctx.lex.lemma(t.lower) in heads for t in words)
            continue
        if under:
            out.update(s.index for s in sents)
    return out


def _is_plan(s: Sent) -> bool:
    """ "миссия будет опираться на Конвенцию", "Наблюдатели оценят процесс", "миссия продолжит
    следить": what the observers will do is their plan, not an assessment (the first verb
    after the observers as subject is in the future). A plan added after a semicolon ("...
    о давлении на кандидатов; миссия продолжит следить за этими сообщениями") leaves the
    finding before it standing."""
    toks = s.toks[: _plan_clause(s)]
    for t in toks:
        if t.lemma not in s.lex.cue_set("statement_actors"):
            continue
        for x in toks[t.i + 1 : t.i + 4]:
            parse = x.first("VERB")
            if parse is not None and x.text[:1].islower():
                return "futr" in parse.tag
    return False


def _plan_clause(s: Sent) -> int:
    """Where a plan added after a semicolon begins (the semicolon's index): the observers as
    the subject of a verb in the future ("; миссия продолжит следить ..."); else the
    sentence's length."""
    toks = s.toks
    for semi in (t.i for t in toks if t.text == ";"):
        clause = toks[semi + 1 : semi + 5]
        actor = next((t for t in clause if t.lemma in s.lex.cue_set("statement_actors")), None)
        if actor is None:
            continue
        for x in toks[actor.i + 1 : actor.i + 4]:
            parse = x.first("VERB")
            if parse is not None and x.text[:1].islower():
                if "futr" in parse.tag:
                    return semi
                break
    return len(toks)


def _lemmas(toks) -> set[str]:
    return {t.lemma for t in toks}


def _head_of(ctx: Context, s: Sent, heads: dict[str, str]) -> str | None:
    """The head of the mission a sentence speaks of ("По словам главы делегации"), else of
    the main mission."""
    for key in (ctx.sent_mission[s.index], ctx.main.key if ctx.main else None):
        name = next((h for h, k in heads.items() if k == key), None)
        if name is not None:
            return name
    return None


def _attributes_previous(s: Sent) -> bool:
    """ "Такую оценку ... дала глава делегации X.", "Об этом заявил X.": a sentence whose only
    object is a demonstrative attributes the sentence before it to the person it names (see
    :func:`_next_attribution`)."""
    head = " ".join(t.lower for t in s.toks[:3])
    if not any(head == d or head.startswith(d + " ") for d in s.lex.cues["demonstrative_objects"]):
        return False
    speech = s.lex.cue_set("speech_verbs", "rating_verbs")
    return any(t.lemma in speech for t in s.toks)


def _next_attribution(runs: list[tuple[Sent, list[NameMention]]], s: Sent) -> NameMention | None:
    """The speaker a following "Такую оценку дала X." names for sentence ``s``."""
    k = next((k for k, (x, _) in enumerate(runs) if x is s), None)
    if k is None or k + 1 >= len(runs):
        return None
    nxt, names = runs[k + 1]
    if nxt.para != s.para or not _attributes_previous(nxt) or not names:
        return None
    return names[-1]


def _attributed_to_a_document(runs: list[tuple[Sent, list[NameMention]]], s: Sent) -> bool:
    """ "<findings>. Об этом говорится в окончательном докладе БДИПЧ.": a following sentence
    of the paragraph that attributes sentence ``s`` to no person (a document, the observers)
    makes it the mission's own statement."""
    k = next((k for k, (x, _) in enumerate(runs) if x is s), None)
    if k is None or k + 1 >= len(runs):
        return False
    nxt, names = runs[k + 1]
    return nxt.para == s.para and _attributes_previous(nxt) and not names


def _readings(ctx: Context) -> list[tuple[Sent, list[NameMention]]]:
    """The sentences as a reader takes statements: a quotation that runs over several
    sentences («... выборов. Но ... выборам», — сказала И. Коцаки.) is one, with the names of
    all its sentences, so its opening sentences do not become statements without a speaker."""
    out: list[tuple[Sent, list[NameMention]]] = []
    k = 0
    sents = ctx.sents
    while k < len(sents):
        s = sents[k]
        end = k
        if s.toks and s.toks[0].text in _OPENING_QUOTES and not _closes(s):
            for m in range(k + 1, min(len(sents), k + 6)):
                if sents[m].para != s.para:
                    break
                if _closes(sents[m]):
                    end = m
                    break
        if end == k:
            out.append((s, ctx.names[s.index]))
            k += 1
            continue
        toks: list[Tok] = []
        names: list[NameMention] = []
        for x in sents[k : end + 1]:
            shift = len(toks)
            toks.extend(replace(t, i=t.i + shift) for t in x.toks)
            names.extend(replace(n, i=n.i + shift, j=n.j + shift) for n in ctx.names[x.index])
        text = ctx.doc.text[s.start : sents[end].stop]
        merged = Sent(s.start, sents[end].stop, text, s.para, sents[end].index, toks, lex=s.lex)
        out.append((merged, names))
        k = end + 1
    return out


_OPENING_QUOTES = {"«", '"', "„", "“"}
_CLOSING_QUOTES = {"»", '"', "“", "”"}


def _closes(s: Sent) -> bool:
    """Whether a sentence closes a quotation and says who spoke: "...», — сказала X"."""
    toks = s.toks
    return any(
        t.text in {"»", '"', "”", "“"} and k + 2 < len(toks) and toks[k + 2].text in {"—", "–"}
        for k, t in enumerate(toks)
        if k + 1 < len(toks) and toks[k + 1].text == ","
    )


def _is_intro(s: Sent) -> bool:
    """ "Вместе с тем наблюдатели указали на ряд недостатков." announces remarks that follow."""
    toks = s.toks
    remarks = s.lex.cue_set("remark_nouns")
    for t in toks:
        if t.lemma not in s.lex.cue_set("critical_intro"):
            continue
        noun = next((x for x in toks[t.i + 1 : t.i + 3] if x.lemma in remarks), None)
        if noun is not None:  # the sentence ends with the announcement itself
            return all(not x.is_word for x in toks[noun.i + 1 :])
    return False


def _statement(s: Sent, verb_i: int | None) -> tuple[str, int]:
    toks = s.toks
    start = 0
    if verb_i is not None:
        start = verb_i + 1
        for t in toks[verb_i + 1 :]:
            if t.lower in s.lex.cue_set("complementisers"):
                start = t.i + 1
                break
    if (
        verb_i is not None
        and start == verb_i + 1
        and start + 1 < len(toks)
        and toks[start].lemma in s.lex.cue_set("mission_nouns", "observer_nouns")
        and toks[start].first("datv") is not None
    ):
        start += 1  # "сообщили миссии о давлении": whom they told is no part of it
    on = s.lex.cue_set("prep_on")
    if (
        start + 1 < len(toks)
        and toks[start].lemma in s.lex.cue_set("attention_nouns")
        and toks[start + 1].lower in on
    ):
        start += 2  # "обратили внимание на <remark>"
    elif (
        verb_i is not None and start < len(toks) and toks[start].lower in on and start == verb_i + 1
    ):
        start += 1  # "указали на <remark>"
    if start < len(toks) and toks[start].lemma in s.lex.cue_set("advice_openers"):
        start += 1  # "считает целесообразным <recommendation>"
    # skip leading punctuation, opinion-marker clauses ("по словам руководителя группы,",
    # "согласно результатам мониторинга,") and parentheticals ("в частности,")
    for _ in range(3):
        while start < len(toks) and toks[start].text in {",", "—", ":"}:
            start += 1
        head = " ".join(x.lower for x in toks[start : start + 4])
        contrast = next(
            (c for c in s.lex.cue_tuple("contrast") if (head + " ").startswith(c + " ")), None
        )
        if contrast is not None:
            # "Вместе с тем ряд прежних рекомендаций ..., остается невыполненным": the contrast
            # is skipped, not the finding's first clause up to a comma
            start += len(contrast.split())
            continue
        openers = s.lex.cue_tuple("parenthetical_openers")
        if head.startswith(openers):
            comma = next((t.i for t in toks[start:] if t.text == ","), None)
            if comma is None or comma - start > 12:
                break
            start = comma + 1
            continue
        break
    end = len(toks)
    while end > start and toks[end - 1].text in {".", ";"}:
        end -= 1
    if start >= end:
        start = 0
    return s.span_text(start, end), start


def _topic(lex: Lexicon, text_lemmas: list[str], text: str) -> str:
    low = text.lower()
    for topic, words in lex.cues["topics"].items():
        for w in words:
            if (" " in w and w in low) or w in text_lemmas:
                return topic
    return "general"


def recognise_assessments(
    ctx: Context, events: list[Event], event_sents: list[int], heads: dict[str, str]
) -> list[Assessment]:
    """Assessments in text order. ``heads`` maps a head's name to their mission key."""

    out: list[Assessment] = []
    speech = ctx.lex.cue_set("speech_verbs")
    markers = frozenset(ctx.lex.cues["opinion_markers"])
    subjects = ctx.lex.cue_set("observer_subjects")
    as_conjunctions = ctx.lex.cue_set("as_conjunctions")
    para = -1
    critical_ctx = False
    had_assessment = False
    last_person: str | None = None
    last_speaker: str | None = None  # who made the last assessment kept
    runs = _readings(ctx)
    own_statement = _is_own_statement(ctx)
    findings = _under_findings_headings(ctx)
    own_finding_para: int | None = None  # the paragraph of the last finding no person made
    carried = False
    paras: list[int] = []  # each assessment's paragraph
    for s, names in runs:
        if ctx.sent_mission[s.index] is None or _is_title(ctx, s):
            continue  # a headline restates the body's findings
        if s.para != para:
            # the mission's own findings go on into the next paragraph ("Миссия пришла к
            # выводу, что ... ." then "Кандидаты могли свободно вести кампанию ..."), until
            # a paragraph that states none
            carried = own_finding_para == para and s.para == para + 1
            para = s.para
            critical_ctx = False
            had_assessment = False
        if carried and not names:
            had_assessment = True
        if _attributes_previous(s):
            continue  # "Такую оценку дала X": the statement was the sentence before
        if _is_intro(s):
            critical_ctx = True
            continue
        quoted_at = _quote(s)
        verb_i = next(
            (
                t.i
                for t in s.toks[quoted_at[1] if quoted_at else 0 :]
                if (t.lemma in speech and _speaks(s, t)) or _gives_rating(s, t)
            ),
            None,
        )  # the verb of saying after a quotation, not one inside it ("не обнаружили")
        has_marker = _has_phrase(s, markers)
        subject = any(t.lemma in subjects for t in s.toks[: (verb_i or 4) + 1])
        polarity, rec = _polarity(ctx.ref, s, critical_ctx)
        named_speaker = None
        if verb_i is not None:
            before = [n for n in names if n.j <= verb_i]
            if before:
                named_speaker = before[-1]
            elif _quote(s) is not None or (verb_i <= 2 and s.toks[0].lower in as_conjunctions):
                # «...», — отметил Иван Петров / Как отметил Иван Петров, ...:
                # the speaker follows the verb
                after = [n for n in names if n.i > verb_i and n.i <= verb_i + 6]
                if not after and _quote(s) is not None:
                    # «...», — заявила на пресс-конференции глава делегации ..., X: the
                    # speaker after a long post, with no other verb before the name
                    after = [
                        n
                        for n in names
                        if n.i > verb_i and not any(is_verb(x) for x in s.toks[verb_i + 1 : n.i])
                    ]
                named_speaker = after[0] if after else None
            elif _inverted(s, verb_i):
                # "Выборы были открытыми, заявил вчера глава миссии ..., Иван Петров."
                after = [n for n in names if n.i > verb_i]
                named_speaker = after[0] if after else None
        for t in s.toks:  # "По словам И. Петрова, ...", "по мнению Олега Иванова"
            if (
                t.lower in ctx.lex.cue_set("opinion_nouns")
                and t.i > 0
                and s.toks[t.i - 1].lower in ctx.lex.cue_set("opinion_prepositions")
            ):
                # "По словам И. Петрова", "по словам посла Ловренчич" (a form of address first)
                at = t.i + 2 if _honorific_at(s, t.i + 1) else t.i + 1
                named = [n for n in names if n.i == at]
                if named and named_speaker is None:
                    named_speaker = named[0]
        following = _next_attribution(runs, s)
        resumed = _quote_resumed(ctx, s)  # «..., — сказала X. — <the quotation goes on>»
        if following is not None:  # "<statement>. Такую оценку дала X."
            named_speaker, verb_i = following, None
        evaluative = polarity is not None and (
            verb_i is not None
            or has_marker
            or subject
            or critical_ctx
            or had_assessment
            or following is not None
            or resumed is not None
            or _attributed_to_a_document(runs, s)
            or (rec and any(_lists_recommendations(s, t) for t in s.toks))
            or ((own_statement or s.index in findings) and s.index not in ctx.head)
        )
        if polarity == "neutral":
            evaluative = True
        if not evaluative or (polarity != "neutral" and not rec and _is_plan(s)):
            last_person = _antecedent(s, names, heads) or last_person
            continue
        # who spoke
        by: str | None = None
        if named_speaker is not None:
            by = _canonical(named_speaker, heads)
        else:
            pron = (
                any(t.lower in ctx.lex.cue_set("pronouns") for t in s.toks[: (verb_i or 6) + 1])
                or any(m in s.text.lower() for m in ctx.lex.cue_tuple("pronoun_opinion_markers"))
                or (  # «...», — сказал он.
                    verb_i is not None
                    and (quoted_at is not None or _inverted(s, verb_i))
                    and verb_i + 1 < len(s.toks)
                    and s.toks[verb_i + 1].lower in ctx.lex.cue_set("pronouns")
                )
            )
            low = s.text.lower()
            if resumed is not None:
                by = _canonical(resumed, heads)
            elif pron:
                by = last_person
            elif (
                any(
                    f"{m} {w}" in low
                    for m in ctx.lex.cue_tuple("opinion_nouns")
                    for w in ctx.lex.cue_tuple("head_role_genitives")
                )
                or any(head in low for head in ctx.lex.cue_tuple("group_head_genitives"))
                or _group_role_speaker(s, verb_i)
            ) and _head_of(ctx, s, heads) is not None:
                by = _head_of(ctx, s, heads)
            else:
                by = _described_person(ctx, s, verb_i, events)
        if by is not None and by not in heads and verb_i is None and by != last_speaker:
            # a host's description of their own work is not the mission's assessment; "По
            # ее словам, ..." after her own assessment goes on with it
            continue
        quoted = _quote(s)
        if quoted is not None:
            statement, st = s.span_text(quoted[0], quoted[1]), quoted[0]
        elif verb_i is not None and _inverted(s, verb_i):
            # "Выборы были конкурентными, заявил X", "..., говорится в заявлении": the
            # statement is the clause before the reporting one, whoever made it
            statement, st = s.span_text(0, _inverted_at(s, verb_i)), 0
        elif named_speaker is not None and verb_i is not None and named_speaker.i > verb_i:
            statement, st = _statement(s, named_speaker.j - 1)  # "Как отметил X, ..."
        elif verb_i is not None and verb_i <= 2 and s.toks[0].lower in as_conjunctions:
            # "Как подчеркнул руководитель группы, ...": the statement follows the comma
            comma = next((t.i for t in s.toks[verb_i:] if t.text == ","), verb_i)
            statement, st = _statement(s, comma)
        else:
            statement, st = _statement(s, verb_i)
        if quoted is not None:
            en = quoted[1]
        elif verb_i is not None and _inverted(s, verb_i):
            en = _inverted_at(s, verb_i)
        else:
            en = len(s.toks)
            while en > st and s.toks[en - 1].text in {".", ";"}:
                en -= 1
            plan_at = _plan_clause(s)
            if st < plan_at < en:  # "...; миссия продолжит следить ...": the plan is no part
                en = plan_at
                statement = s.span_text(st, en)
        parts = [(statement, st, polarity)]
        if not rec:
            parts = [
                (s.span_text(i, j), i, pol) if (i, j) != (st, en) else (statement, st, pol)
                for i, j, pol in _contrast_parts(ctx.ref, s, st, en, polarity)
            ]
        for statement, st, polarity in parts:
            out.append(_assessment(ctx, s, by, heads, polarity, statement, st, rec, event_sents))
            paras.append(s.para)
        had_assessment = True
        if by is None:
            own_finding_para = s.para
        last_speaker = by
        last_person = by or _antecedent(s, names, heads) or last_person
    return _one_statement_per_run(out, paras)


def _one_statement_per_run(found: list[Assessment], paras: list[int]) -> list[Assessment]:
    """A reader takes a paragraph of a mission's own findings in one sense as one statement:
    what the mission finds (no person speaking) in the same paragraph with the same polarity
    ("Выборы были конкурентными, однако ... . Основные свободы в целом соблюдались, однако
    ...": the praise is one statement, the remarks another) joins the first such statement.
    A person's statements and recommendations stay one each. ``paras`` is each assessment's
    paragraph."""
    out: list[Assessment] = []
    out_paras: list[int] = []
    for a, para in zip(found, paras, strict=True):
        k = next(
            (
                k
                for k in range(len(out) - 1, -1, -1)
                if out_paras[k] == para
                and a.by is None
                and (out[k].by, out[k].mission, out[k].polarity) == (a.by, a.mission, a.polarity)
                and not out[k].recommendation
                and not a.recommendation
            ),
            None,
        )
        if k is None:
            out.append(a)
            out_paras.append(para)
            continue
        prev = out[k]
        spans = (
            *(prev.evidence.spans if prev.evidence else ()),
            *(a.evidence.spans if a.evidence else ()),
        )
        evidence = (
            replace(prev.evidence, spans=tuple(sorted(set(spans), key=lambda sp: sp.start)))
            if prev.evidence
            else a.evidence
        )
        out[k] = replace(prev, statement=f"{prev.statement}; {a.statement}", evidence=evidence)
    return out


def _assessment(
    ctx: Context,
    s: Sent,
    by: str | None,
    heads: dict[str, str],
    polarity: str | None,
    statement: str,
    st: int,
    rec: bool,
    event_sents: list[int],
) -> Assessment:
    lemmas = [s.lex.lemma(t.text) for t in s.toks[st:]]
    topic = _topic(s.lex, lemmas, statement)
    if topic == "general":  # the rest of the sentence may name what is judged
        topic = _topic(s.lex, [s.lex.lemma(t.text) for t in s.toks], s.text)
    mission = heads.get(by) if by else ctx.sent_mission[s.index]
    at_event = None
    for k, si in enumerate(event_sents):
        if si <= s.index and ctx.sents[si].para == s.para:
            at_event = k
    return Assessment(
        mission=mission,
        by=by,
        polarity=polarity or "neutral",
        topic=topic,
        statement=statement,
        recommendation=rec,
        # a position in the events list, made the event's key by key_events(positions=True)
        # (builder.text.extract) once the events have theirs
        at_event=at_event,  # type: ignore[arg-type]
        evidence=ctx.evidence(f"assessment.{polarity}", (s.start, s.stop)),
    )


def _clause(s: Sent, i: int, j: int) -> Sent:
    """Tokens ``[i, j)`` of a sentence as a sentence of their own."""
    toks = [replace(t, i=k) for k, t in enumerate(s.toks[i:j])]
    text = s.text[toks[0].start - s.start : toks[-1].stop - s.start]
    return Sent(toks[0].start, toks[-1].stop, text, s.para, s.index, toks, lex=s.lex)


def _contrast_parts(
    ref: Reference, s: Sent, st: int, en: int, polarity: str | None
) -> list[tuple[int, int, str | None]]:
    """A statement that turns at "однако", "но", "хотя" is read as a reader reads it: praise
    then a remark ("прошли спокойно, хотя на ряде участков отмечались нарушения") is two
    statements; a limited remark then its remedy ("на отдельных участках не хватало кабин,
    однако очереди быстро рассасывались") is one neutral statement."""
    toks = s.toks
    cut = next(
        (
            t.i
            for t in toks[st + 2 : en - 1]
            if t.lower in s.lex.cue_set("contrast_words")
            and toks[t.i - 1].text in {",", ".", ";", "—"}
        ),
        None,
    )
    resume = cut + 1 if cut is not None else None
    if cut is None:
        # "...; вместе с тем злоупотребление ... размывало грань": a contrast phrase after a
        # semicolon turns the statement as "однако" does
        cut, resume = _turn_after_semicolon(s, st, en)
    if cut is None or resume is None or polarity not in {"positive", "critical"}:
        return [(st, en, polarity)]
    first, second = _clause(s, st, cut - 1), _clause(s, resume, en)
    p1, _ = _polarity(ref, first, False)
    p2, _ = _polarity(ref, second, False)
    if p1 == "positive" and p2 in {"critical", None} or p1 is None and p2 == "critical":
        # what a contrast brings after praise is a remark ("были конкурентными, однако
        # поспешные изменения правил снизили их значение"), even with no critical word
        return [(st, cut - 1, "positive"), (resume, en, "critical")]
    if p1 == "critical" and any(t.lemma in s.lex.cue_set("hedges") for t in first.toks):
        return [(st, en, "neutral")]
    return [(st, en, polarity)]


def _turn_after_semicolon(s: Sent, st: int, en: int) -> tuple[int | None, int | None]:
    """A contrast phrase ("вместе с тем", "в то же время") right after a semicolon in tokens
    ``[st, en)``: the index of its first word (the cut, the semicolon before it) and of the
    first word after it (a comma after the phrase skipped); else (None, None)."""
    toks = s.toks
    phrases = [tuple(c.split()) for c in s.lex.cue_tuple("contrast")]
    for t in toks[st + 2 : en - 1]:
        if toks[t.i - 1].text != ";":
            continue
        for words in phrases:
            if all(t.i + n < en and toks[t.i + n].lower == w for n, w in enumerate(words)):
                resume = t.i + len(words)
                if resume < en and toks[resume].text == ",":
                    resume += 1
                return (t.i, resume) if resume < en else (None, None)
    return None, None


def _honorific_at(s: Sent, i: int) -> bool:
    """Whether token ``i`` is a form of address or a rank before a name ("посла", "г-жи")."""
    return i < len(s.toks) and s.toks[i].lower in s.lex.cue_set("honorifics")


def _quote_resumed(ctx: Context, s: Sent) -> NameMention | None:
    """ "«Наша миссия продолжит наблюдение, — сказала посол X. — Жалобы следует рассматривать
    быстро»": a quotation that goes on after its reporting clause, in a sentence of its own
    that opens with a dash and closes the quotation, is the same speaker's; the person named
    after the verb of the sentence before. None otherwise."""
    toks = s.toks
    if not toks or toks[0].text not in {"—", "–"} or s.index == 0:
        return None
    if not any(t.text in _CLOSING_QUOTES for t in toks):
        return None
    prev = ctx.sents[s.index - 1]
    if prev.para != s.para or not prev.toks or prev.toks[0].text not in _OPENING_QUOTES:
        return None
    if any(t.text in _CLOSING_QUOTES for t in prev.toks[1:]):
        return None  # the quotation closed there: this is no continuation of it
    speech = ctx.lex.cue_set("speech_verbs")
    verb = next((t.i for t in prev.toks if t.lemma in speech), None)
    after = [n for n in ctx.names[prev.index] if verb is not None and n.i > verb]
    return after[0] if after else None


def _antecedent(s: Sent, names: list[NameMention], heads: dict[str, str]) -> str | None:
    """Whom "Он" in the next sentence means: the sentence's subject (the person named before
    its verb), else the first person it names ("встретились с X. Он рассказал ...")."""
    if not names:
        return None
    verb = next((t.i for t in s.toks if is_verb(t)), None)
    subject = [n for n in names if verb is not None and n.j <= verb]
    return _canonical((subject or names)[0], heads)


def _described_person(ctx: Context, s: Sent, verb_i: int | None, events: list[Event]) -> str | None:
    """A speaker named by post alone ("Глава ЦИК отметил ..."): the person met earlier whose
    post shares the head and the body words of the description."""
    from builder.text.languages.ru.recognise.people import complete_post

    if verb_i is None:
        return None
    subject = [t for t in s.toks[:verb_i] if t.is_word]
    heads = [t for t in subject if t.lemma in s.lex.cue_set("post_heads")]
    if not heads or any(t.lemma in s.lex.cue_set("mission_heads") for t in subject):
        return None
    described = complete_post(s.span_text(heads[0].i, verb_i), s, ctx.ref, ctx.country) or ""

    def words(text: str) -> tuple[str, set[str]]:
        lem = [s.lex.lemma(w) for w in text.replace(",", " ").split()]
        head = s.lex.cues["head_synonyms"].get(lem[0], lem[0]) if lem else ""
        return head, {w for w in lem[1:] if len(w) > 3}

    d_head, d_words = words(described)
    best, best_overlap = None, 1
    for e in events:
        for p in e.met:
            if not p.post:
                continue
            p_head, p_words = words(p.post)
            overlap = len(d_words & p_words)
            if p_head == d_head and overlap > best_overlap:
                best, best_overlap = p.name, overlap
    return best


def _is_title(ctx: Context, s: Sent) -> bool:
    """The headline (or a letterhead line): a one-sentence paragraph without a final full stop
    before the first paragraph of running text ("МПА СНГ | Пресс-релиз" may come first)."""
    first_text = next(
        (x.para for x in ctx.sents if x.text.rstrip().endswith((".", "!", "?"))), None
    )
    if first_text is not None and s.para >= first_text:
        return False
    same = [x for x in ctx.sents if x.para == s.para]
    return len(same) == 1 and not s.text.rstrip().endswith((".", "!", "?"))


def _quote(s: Sent) -> tuple[int, int] | None:
    """Token range inside the «quotation» a sentence opens with, if it does."""
    toks = s.toks
    if not toks or toks[0].text not in {"«", '"', "„", "“"}:
        return None
    close = next((t.i for t in toks[1:] if t.text in {"»", '"', "“", "”"}), None)
    if close is None or close < 2:
        return None
    end = close
    while end > 1 and toks[end - 1].text in {".", ",", "!"}:
        end -= 1
    return 1, end


def _canonical(n: NameMention, heads: dict[str, str]) -> str:
    from builder.text.languages.ru.recognise.events import same_person

    for h in heads:
        if same_person(n, h):
            return h
    return n.name
