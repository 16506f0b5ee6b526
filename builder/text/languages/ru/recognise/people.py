"""People and their posts: personal names (full or with initials) and the post phrases around them.

A name is a capitalised given name that pymorphy3 knows (or guesses) as a first name followed by a
capitalised surname, or initials ("И.", "И.-Б.") followed by a surname. The case and gender of
a name are read here (from the given name, the surname and the post it follows); the language's
inflector (``lex.inflect``, :mod:`builder.text.languages.ru.inflect`) puts each word in the
nominative. A post is the phrase before the name ("заместитель Председателя Совета Федерации
Иван Петров") or the appositive after it ("Олегом Ивановым, депутатом Палаты представителей
..."); the inflector puts its head words in the nominative and keeps its genitive tail.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from builder.reference.records import Post, Reference
from builder.text.languages.ru.recognise.lexicon import Lexicon, Sent, Tok

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


_VERB_POS = {"VERB", "INFN", "PRTS", "GRND"}


@dataclass
class NameMention:
    """A person's name as written in a sentence, with its nominative form."""

    start: int  # normalised offsets
    stop: int
    i: int  # first token index in the sentence
    j: int  # token index after the name
    written: str
    surname: str  # nominative surname
    given: str | None  # nominative given name, None for initials
    initials: str | None  # "И.-Б." for initials forms
    case: str
    patronymic: str | None = None  # nominative, when the text writes one

    @property
    def name(self) -> str:
        """The nominative name: full when the given name is written (with the patronymic when
        the text gives one: "Виктор Павлович Стародубцев"), else with initials. Spelled with
        "е" where the text writes "е" ("Петр", not the dictionary's "Пётр")."""
        given = " ".join(p for p in (self.given, self.patronymic) if p)
        full = f"{given} {self.surname}" if self.given else f"{self.initials} {self.surname}"
        if "ё" not in self.written.lower():
            full = full.replace("ё", "е").replace("Ё", "Е")
        return full


def _is_given_name(tok: Tok) -> bool:
    if not tok.is_cap or not tok.is_word or tok.text.isupper():
        return False
    last = tok.text.split("-")[-1]
    first = tok.text.split("-")[0]
    return tok.lex.inflect.first_name_parse(tok.text) is not None or (
        "-" in tok.text
        and tok.lex.inflect.first_name_parse(first) is not None
        and last[:1].isupper()
    )


def _common_word_name(tok: Tok, nxt: Tok | None) -> bool:
    """A first name that is also a common word ("Талантом Исаевым"): accepted before a word
    that is a surname in the same case."""
    if nxt is None or not tok.is_cap or not tok.is_word or tok.text.isupper():
        return False
    if tok.lemma in tok.lex.cue_set("post_heads") or tok.lemma in tok.lex.cue_set("place_nouns"):
        return False
    if any(p.tag.POS == "ADJF" for p in tok.lex.parses(tok.text)[:1]):
        return False
    sur_cases = {p.tag.case for p in tok.lex.parses(nxt.text) if "Surn" in p.tag}
    own_cases = {p.tag.case for p in tok.lex.parses(tok.text) if p.tag.POS == "NOUN"}
    if sur_cases & own_cases:
        return True
    # an unknown first name before a surname-shaped word ("Нуржаном Шайлдабековой")
    low = nxt.text.lower()
    if "-" in tok.text:
        return False
    if tok.lex.morph.is_known(tok.text):
        # a first name that is also a place or a thing ("Тохир"), before a word that can only
        # be a surname ("-зода", "-швили", "-дзе")
        return low.endswith(tok.lex.cue_tuple("strong_surname_endings")) and not any(
            "Surn" in p.tag or "Name" in p.tag or p.tag.POS != "NOUN"
            for p in tok.lex.parses(tok.text)
        )
    return low.endswith(tok.lex.cue_tuple("surname_shapes"))


def _is_surname(tok: Tok) -> bool:
    if not tok.is_cap or not tok.is_word or tok.text.isupper() or len(tok.text) < 2:
        return False
    # a capitalised common noun or adjective (a post or body word) is not a surname; an
    # unknown word that pymorphy only guesses to be a verb is ("Миркишили", "Алили")
    known = tok.lex.morph.is_known(tok.text.lower())
    for p in tok.lex.parses(tok.text.lower())[:1]:
        if (
            p.tag.POS in {"ADJF", "PREP", "CONJ", "PRCL", "VERB", "INFN"}
            and p.score > 0.5
            and (known or p.tag.POS not in {"VERB", "INFN"})
        ):
            return False
    if tok.lemma in tok.lex.cue_set("post_heads") or tok.lemma in tok.lex.cue_set("place_nouns"):
        return False
    low = tok.text.lower()
    # an adjective that could agree with a singular name is a body word ("Кыргызской"); a
    # plural-only adjectival form after a first name is an indeclinable surname ("Черных"),
    # and a possessive-shaped form is a woman's surname ("Ветровой", "Зиминой")
    if low.endswith(tok.lex.cue_tuple("womens_surname_endings")) or any(
        "Surn" in p.tag for p in tok.lex.parses(low)
    ):
        return True
    return not (
        low.endswith(tok.lex.cue_tuple("adjective_endings"))
        and any(p.tag.POS == "ADJF" and "plur" not in p.tag for p in tok.lex.parses(low))
    )


def _plausible_pair(given: Tok, surname: Tok) -> bool:
    """A dictionary first name, or a surname that looks like one (by analysis or ending)."""
    first = given.text.split("-")[0]
    if given.lex.morph.is_known(first) and given.lex.inflect.first_name_parse(first) is not None:
        return True
    if any("Surn" in p.tag for p in given.lex.parses(surname.text)):
        return True
    base = given.lex.inflect.surname(surname.text, "nomn", "masc").lower()
    return base.endswith(given.lex.cue_tuple("surname_suffixes")) or any(
        p.normal_form.endswith(given.lex.cue_tuple("surname_suffixes"))
        for p in given.lex.parses(surname.text)[:2]
    )


def _governing_case(lex: Lexicon, toks: list[Tok], k: int) -> str | None:
    """The case of the post head a name stands in apposition to ("Председателем ЦИК
    <Name>" -> ablt): the nearest post head before token ``k`` with no verb or punctuation
    between."""
    for t in reversed(toks[max(0, k - 14) : k]):
        if not t.is_word or is_verb(t):
            return None
        if is_head(t):
            cands = [p for p in lex.parses(t.text) if p.tag.POS == "NOUN" and p.tag.case]
            return cands[0].tag.case if cands else None
    return None


def _case_and_gender(given: Tok | None, surname: Tok, hint: str | None = None) -> tuple[str, str]:
    cases: list[tuple[float, str, str]] = []
    sur_cases = {
        (p.tag.case, "femn" if "femn" in p.tag else "masc")
        for p in surname.lex.parses(surname.text)
        if "Surn" in p.tag and "sing" in p.tag
    }
    if given is not None:
        word = given.text.split("-")[-1]
        pool = [p for p in surname.lex.parses(word) if "Name" in p.tag and "sing" in p.tag]
        if not pool and "-" in given.text:
            pool = [
                p for p in surname.lex.parses(given.text) if "Name" in p.tag and "sing" in p.tag
            ]
        for p in pool:
            g = "femn" if "femn" in p.tag else "masc"
            bonus = 1.0 if (p.tag.case, g) in sur_cases else 0.0
            cases.append((p.score + bonus, p.tag.case, g))
        if cases:
            cases.sort(key=lambda c: -c[0])
            oblique = sorted(str(c) for c, g in sur_cases if g == "femn" and c != "nomn")
            agree = any((c[1], c[2]) in sur_cases for c in cases)
            if not agree and oblique and len(oblique) == len(sur_cases):
                # "с Председателем ЦИК Нуржан Шайлдабековой": a woman's surname that can only
                # be oblique tells the case of a given name read as a man's nominative (a
                # woman's given name ending in a consonant does not decline)
                return (hint if hint in oblique else oblique[0]), "femn"
            return cases[0][1], cases[0][2]
        # unknown given name: the case of the post it follows, else a guess from the surname,
        # else from a noun ending ("Председателем ЦИК Мумином X" is instrumental)
        if hint is not None and hint != "nomn" and not sur_cases:
            low = word.lower()
            womens = low.endswith(surname.lex.cue_tuple("womens_oblique_endings"))
            femn = womens and hint in {"ablt", "gent", "datv", "loct"}
            return hint, "femn" if femn else "masc"
        for p in surname.lex.parses(word):
            if p.tag.case:
                return p.tag.case, "femn" if "femn" in p.tag else "masc"
    if sur_cases:
        best = max(
            (p for p in surname.lex.parses(surname.text) if "Surn" in p.tag and "sing" in p.tag),
            key=lambda p: p.score,
        )
        return best.tag.case, "femn" if "femn" in best.tag else "masc"
    return "nomn", "masc"


def find_names(sent: Sent, known_surnames: frozenset[str] = frozenset()) -> list[NameMention]:
    """Every personal name of a sentence, in text order. ``known_surnames`` are surnames the
    report writes in full elsewhere ("Ирини Коцаки" makes "И. Коцаки" a name even when the
    surname has no shape the rules know)."""
    toks = sent.toks
    out: list[NameMention] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        # initials: X . [- Y .] Surname
        if t.is_word and len(t.text) == 1 and t.text.isupper() and k + 2 < len(toks):
            j = k
            letters: list[str] = []
            joint = " "  # "А. Н." initials keep their space, "К.-Ж." their hyphen
            while (
                j + 1 < len(toks)
                and len(toks[j].text) == 1
                and toks[j].text.isupper()
                and toks[j + 1].text == "."
            ):
                letters.append(toks[j].text + ".")
                j += 2
                if j + 2 < len(toks) and toks[j].text == "-" and len(toks[j + 1].text) == 1:
                    joint = "-"
                    j += 1
            if (
                letters
                and j < len(toks)
                and (_is_surname(toks[j]) or toks[j].text in known_surnames)
            ):
                sur = toks[j]
                case, gender = _case_and_gender(None, sur)
                out.append(
                    NameMention(
                        start=t.start,
                        stop=sur.stop,
                        i=k,
                        j=j + 1,
                        written=sent.span_text(k, j + 1),
                        surname=sent.lex.inflect.surname(sur.text, case, gender),
                        given=None,
                        initials=joint.join(letters),
                        case=case,
                    )
                )
                k = j + 1
                continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            nxt is not None
            and (_is_given_name(t) or _common_word_name(t, nxt))
            and _is_surname(nxt)
        ):
            if (
                k + 2 < len(toks)
                and _is_given_name(toks[k + 1])
                and _is_surname(toks[k + 2])
                and not toks[k + 1].first("Surn")
            ):
                k += 1  # "Гагаузии Иван Петров": the name starts one word later
                continue
            sur = toks[k + 1]
            end = k + 2
            patronymic: Tok | None = None
            if (
                end < len(toks)
                and _is_patronymic(sur)
                and _is_surname(toks[end])
                and (not _is_given_name(toks[end]) or not _name_follows(toks, end + 1))
            ):
                # "Нур-Али Каримович Исаев", "Аркадий Семенович Ордин-Ващенко" (a surname that
                # is also read as a given name, when no other name starts after it), "Максут
                # Ерболулы Нарикбаев" (a Turkic patronymic, kept as written)
                patronymic = sur
                sur = toks[end]
                end += 1
            if _plausible_pair(t, sur):
                case, gender = _case_and_gender(t, sur, _governing_case(sent.lex, toks, k))
                out.append(
                    NameMention(
                        start=t.start,
                        stop=sur.stop,
                        i=k,
                        j=end,
                        written=sent.span_text(k, end),
                        surname=sent.lex.inflect.surname(sur.text, case, gender),
                        given=sent.lex.inflect.given(t.text, case, gender),
                        initials=None,
                        case=case,
                        patronymic=(
                            sent.lex.inflect.patronymic(patronymic.text, case, gender)
                            if patronymic
                            else None
                        ),
                    )
                )
                k = end
                continue
        k += 1
    return out


def _is_patronymic(tok: Tok) -> bool:
    """A patronymic the dictionary knows, or a Turkic one by its ending ("Ерболулы",
    "Бакыт уулу" written as one word, "Ахмед оглы")."""
    return any("Patr" in p.tag for p in tok.lex.parses(tok.text)) or (
        tok.is_cap and tok.lower.endswith(tok.lex.cue_tuple("turkic_patronymic_endings"))
    )


def _name_follows(toks: list[Tok], k: int) -> bool:
    """A capitalised word that can be a surname at ``k`` (another name going on)."""
    return k < len(toks) and _is_surname(toks[k])


def entity_names(
    sent: Sent, persons: list[tuple[int, int, str]], found: list[NameMention]
) -> list[NameMention]:
    """Names natasha's NER (trained on news) marks as persons where the patterns see none: a
    given name pymorphy3 does not know ("Ирини Коцаки", "Йохан Веттерберг"). ``persons`` are
    (start, stop, nominative) spans; only two or three capitalised words that overlap no name
    already found are taken (a single word is a surname the patterns judge, or a body's name)."""
    out: list[NameMention] = []
    for start, stop, normal in persons:
        if any(n.start < stop and start < n.stop for n in found):
            continue
        toks = [t for t in sent.toks if start <= t.start and t.stop <= stop]
        words = normal.split()
        if not 2 <= len(toks) <= 3 or len(words) != len(toks):
            continue
        if not all(t.is_word and t.is_cap and not t.text.isupper() for t in toks):
            continue
        if any(
            t.lemma in sent.lex.cue_set("post_heads") or t.lemma in sent.lex.cue_set("place_nouns")
            for t in toks
        ):
            continue
        case = "nomn" if normal == sent.span_text(toks[0].i, toks[-1].i + 1) else "gent"
        given, surname = words[0], words[-1]
        if len(toks) == 2 and sent.lex.inflect.first_name_parse(toks[0].text) is not None:
            # a dictionary first name tells the case the tagger's normal form may have missed
            # ("с Ангелой Карамаликой": a woman's surname the dictionary does not know)
            case, gender = _case_and_gender(toks[0], toks[1])
            given = sent.lex.inflect.given(toks[0].text, case)
            surname = sent.lex.inflect.surname(toks[1].text, case, gender)
        out.append(
            NameMention(
                start=toks[0].start,
                stop=toks[-1].stop,
                i=toks[0].i,
                j=toks[-1].i + 1,
                written=sent.span_text(toks[0].i, toks[-1].i + 1),
                surname=surname,
                given=given,
                initials=None,
                case=case,
            )
        )
    return sorted(found + out, key=lambda n: n.i)


def possessive_role(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """ "ее руководитель, заместитель Генерального секретаря ШОС X", "Ее координатор, депутат
    ... X": a head's role with a possessive standing for the mission just named, followed by
    the post in apposition."""
    return (
        k > 0
        and toks[k - 1].lower in lex.cue_set("possessive_pronouns")
        and k + 1 < len(toks)
        and toks[k + 1].text in {",", "—"}
    )


def without_role(lex: Lexicon, post: str) -> str:
    """A post without the mission role written before it in apposition ("руководитель,
    заместитель Генерального секретаря ШОС" -> "заместитель Генерального секретаря ШОС"):
    the role is the head's place in the mission, the post is their office."""
    head, sep, rest = post.partition(",")
    if sep and rest.strip() and head.strip().lower() in lex.cue_set("head_roles"):
        return rest.strip()
    return post


def is_verb(tok: Tok) -> bool:
    if not tok.is_word or tok.is_cap and tok.i > 0:
        return False
    p = tok.lex.parses(tok.text.lower())[0]
    return p.tag.POS in _VERB_POS


def is_head(tok: Tok) -> bool:
    lex = tok.lex
    if not tok.is_word or tok.lemma in lex.cue_set("ordinal_heads"):
        return False
    heads = lex.cue_set("post_heads")
    if tok.lemma not in heads:
        # "медиа-аналитик", "пресс-секретарь": a lower-case prefix joined to a post head
        prefix, dash, last = tok.lemma.rpartition("-")
        if not dash or not prefix or tok.text[:1].isupper() and tok.i > 0:
            return False
        if last not in heads or last in lex.cue_set("not_compound_heads"):
            return False
    return not (  # "во главе с"
        tok.lemma in lex.cue_set("head_nouns")
        and tok.i > 0
        and tok.lower in lex.cue_set("led_by_forms")
    )


def _head_follows(toks: list[Tok], k: int) -> bool:
    """A post head at token ``k``, or after up to two adjectives ("политический аналитик")."""
    for t in toks[k : k + 3]:
        if is_head(t):
            return True
        if not t.is_word or not t.first("ADJF"):
            return False
    return False


def _plural_noun(tok: Tok) -> bool:
    """A noun that can only be plural here ("кандидатами", "президенты")."""
    nouns = [p for p in tok.lex.parses(tok.text) if p.tag.POS == "NOUN"]
    return bool(nouns) and all("plur" in p.tag for p in nouns)


def _head_start(tok: Tok, toks: list[Tok]) -> int:
    """Include an ordinal before a head ("первый заместитель")."""
    i = tok.i
    while i > 0 and toks[i - 1].lemma in tok.lex.cue_set("post_ordinals"):
        i -= 1
    # "политический аналитик", "юридический советник": a kind of post written before its head
    # in its case ("политическим аналитиком")
    head_cases = {p.tag.case for p in tok.lex.parses(tok.text) if p.tag.POS == "NOUN"}
    while (
        i > 0
        and toks[i - 1].is_word
        and (not toks[i - 1].is_cap or i - 1 == 0 and not toks[i - 1].text.isupper())
        and toks[i - 1].lower not in tok.lex.cue_set("clause_stop_words")
        and any(
            p.tag.POS == "ADJF" and p.tag.case in head_cases
            for p in tok.lex.parses(toks[i - 1].text)[:2]
        )
    ):
        i -= 1
    # "(временно) исполняющий обязанности Председателя": the acting holder of a post
    if (
        i > 1
        and toks[i - 1].lemma in tok.lex.cue_set("duty_nouns")
        and toks[i - 2].lemma in tok.lex.cue_set("acting_words")
    ):
        i -= 2
        if i > 0 and toks[i - 1].lower in tok.lex.cue_set("temporary_words"):
            i -= 1
    return i


def post_before(sent: Sent, name: NameMention, ref: Reference) -> tuple[int, int] | None:
    """Token range of the post written before a name, if any (``ref``: the reference data
    whose posts tell a mission's roles from offices)."""
    toks = sent.toks
    k = name.i - 1
    stop = -1
    while k >= 0:
        t = toks[k]
        if t.text == ")" and _alias(toks, k):
            # "Уполномоченного ... по правам человека (омбудсмана) Дилором Юсуповой": the
            # post's other name in brackets is part of it
            k -= 3
            continue
        if t.is_int or t.text in {":", ";", "(", ")", "«", "»", '"', "."} or is_verb(t):
            stop = k
            break
        if t.lower in sent.lex.cue_set("met_prepositions") and (
            k + 1 == name.i or is_head(toks[k + 1])
        ):
            stop = k
            break
        if (
            t.lower in sent.lex.cue_set("list_separators")
            and k >= 2
            and (_head_follows(toks, k + 1) or k + 1 == name.i)
            and toks[k - 1].is_cap
            and toks[k - 2].is_cap
            and (toks[k - 1].first("Surn") or toks[k - 2].first("Name"))
        ):
            # "с Председателем X Иваном Петровым и Председателем Y Анной ...", "Заместитель
            # главы миссии Анна Ковальска и политический аналитик Томас Бергер": another
            # person's name ends the post
            stop = k
            break
        if (
            t.lower in sent.lex.cue_set("coordinators")
            and k + 1 == name.i
            and k > 0
            and toks[k - 1].text == ","
        ):
            # "с X, членом ЦИК Армении, и Давидом Петросяном": the list's last member has
            # no post before the name; the apposition before the comma is the previous one's
            stop = k
            break
        if t.lower in sent.lex.cue_set("clause_stop_words"):
            stop = k
            break
        k -= 1
    heads = [t for t in toks[stop + 1 : name.i] if is_head(t)]
    # "встретились с кандидатами в президенты, Председателем ЦИК X": a head in the plural
    # names other people, never the post of the one person named
    while len(heads) > 1 and _plural_noun(heads[0]):
        heads = heads[1:]
    # "руководитель группы — депутат X", "Глава Миссии СНГ, Генеральный секретарь СНГ X": the
    # role in the observer mission is not the person's post when an office of their own
    # follows it ("руководитель миссии БДИПЧ ОБСЕ" alone is one); roles joined to roles
    # ("глава делегации ПА ОБСЕ, специальный координатор ...") are the posts they hold
    while len(heads) > 1 and heads[0].i + 1 < len(toks):
        if toks[heads[0].i + 1].lemma not in sent.lex.cue_set("mission_nouns"):
            break
        if heads[1].lemma in _mission_role_heads(ref.posts):
            break
        heads = heads[1:]
    if not heads:
        return None
    start = _head_start(heads[0], toks)
    return (max(start, stop + 1), name.i)


@cache
def _mission_role_heads(posts: tuple[Post, ...]) -> frozenset[str]:
    """Words only a role in an observer mission starts with ("специальный координатор"), of
    the reference data's posts (kept per tuple of posts: one build reads one reference)."""
    other = {w for p in posts if p.kind != "mission" for w in p.head_words.get("ru", ())}
    return (
        frozenset(w for p in posts if p.kind == "mission" for w in p.head_words.get("ru", ()))
        - other
    )


def post_range(sent: Sent, name: NameMention, ref: Reference) -> tuple[int, int] | None:
    """The post of a named person: the phrase before the name, else the apposition after it;
    a bare role before the name ("Координатор группы Иван Петров — депутат ...") gives way to
    the office after it."""
    before = post_before(sent, name, ref)
    after = post_after(sent, name)
    if before and after:
        words = [t for t in sent.toks[before[0] : before[1]] if t.is_word]
        if (
            words
            and words[0].lemma in sent.lex.cue_set("head_roles")
            and (
                len(words) == 1
                or words[1].lemma in sent.lex.cue_set("mission_nouns")
                and _names_its_mission(sent, words[2:])
            )
        ):
            return after
    return before or after


def _names_its_mission(sent: Sent, words: list[Tok]) -> bool:
    """Whether the words after "руководитель группы" only name the group ("наблюдателей",
    "наблюдателей от МПА СНГ", "международных наблюдателей"): the role stays bare, and an
    office after the name is the person's post."""
    qualifiers = sent.lex.cue_set("mention_qualifiers")
    for t in words:
        if t.lemma in qualifiers:
            continue
        # "от МПА СНГ": the organiser, whatever follows the preposition
        return t.lower in sent.lex.cue_set("organiser_prepositions")
    return True


def post_after(sent: Sent, name: NameMention) -> tuple[int, int] | None:
    """Token range of an appositive post after a name ("Ивановым, депутатом ...", "Иван
    Петров (Россия), депутат ...", "Иван Петров — депутат ...")."""
    toks = sent.toks
    j = name.j
    if j < len(toks) and toks[j].text == "(":  # the person's country in parentheses
        close = next((t.i for t in toks[j:] if t.text == ")"), None)
        if close is None or close - j > 12 or any(is_verb(t) for t in toks[j:close]):
            return None  # "(Россия)", "(Россия, партия «Единая Россия»)": who they are
        j = close + 1
    copula = (
        _relative_copula(sent.lex, toks, j + 1)
        if j + 2 < len(toks) and toks[j].text == ","
        else None
    )
    if copula is not None:
        j = copula  # the post starts after the copula as after a comma
    elif (
        j + 1 >= len(toks)
        or toks[j].text not in {",", "—", "–"}
        or not (is_head(toks[j + 1]) or toks[j + 1].lemma in sent.lex.cue_set("post_openers"))
    ):
        return None
    end = j + 1
    k = j + 1
    dashed = toks[j].text in {"—", "–"}
    while k < len(toks):
        t = toks[k]
        if (
            t.text in {".", ";", ":", "(", ")"}
            # "Иван Петров — заместитель Председателя ... — отметил": a dash closes what a
            # dash opened
            or (dashed and t.text in {"—", "–"})
            or t.lower in sent.lex.cue_set("clause_stop_words")
            or is_verb(t)
            or _next_member(toks, k)
        ):
            break
        if t.text == "," and k + 1 < len(toks):
            nxt = toks[k + 1]
            if (
                is_verb(nxt)
                or nxt.lower in sent.lex.cue_set("clause_stop_words")
                or nxt.lower in sent.lex.cue_set("apposition_breaks")
                or _next_member(toks, k + 1)
            ):
                break
        end = k + 1
        k += 1
    while end > j + 1 and toks[end - 1].text == ",":
        end -= 1
    return (j + 1, end)


def _alias(toks: list[Tok], k: int) -> bool:
    """ "(омбудсмана)" closing at token ``k``: one lower-case post head in brackets, the other
    name of the post it follows."""
    return k >= 3 and toks[k - 2].text == "(" and is_head(toks[k - 1]) and not toks[k - 1].is_cap


def _relative_copula(lex: Lexicon, toks: list[Tok], k: int) -> int | None:
    """ "Иван Петров, который является заместителем ...", "..., которая занимает пост
    председателя ...", "..., занимающий пост ...": a relative clause or a participle that
    only states the post is an apposition. Returns
    the index of the token just before the post (standing for the comma), else None."""
    m = k + 1 if toks[k].lemma in lex.cue_set("relative_pronouns") else k
    if m == k and not toks[k].first("PRTF"):
        return None
    # "Олегом Лапиным, являющимся председателем ...": a participle of the copula is as good
    if m < len(toks) and toks[m].lemma in lex.cue_set("post_copulas"):
        m += 1
        if m < len(toks) and toks[m].lemma in lex.cue_set("post_nouns"):
            m += 1  # "занимает пост", "занимающая должность"
        if m < len(toks) and is_head(toks[m]):
            return m - 1
    return None


def _next_member(toks: list[Tok], k: int) -> bool:
    """ "и" before another person's name ends an apposition ("с X, членом ЦИК Армении, и
    Давидом Петросяном, ..."): the list goes on with the next person."""
    if toks[k].lower not in toks[k].lex.cue_set("coordinators") or k + 2 >= len(toks):
        return False
    nxt, after = toks[k + 1], toks[k + 2]
    if len(nxt.text) == 1 and nxt.text.isupper() and after.text == ".":
        return True  # initials
    return (_is_given_name(nxt) or _common_word_name(nxt, after)) and _is_surname(after)


def phrase_to_nominative(sent: Sent, i: int, j: int, case: str | None = None) -> str:
    """A post or body phrase (tokens ``[i, j)``) in the nominative, ``case`` the case the
    sentence gives it: the inflector's post phrase, with the post heads of this module."""
    return sent.lex.inflect.post(sent.toks, i, j, case, is_head)


def complete_post(post: str | None, sent: Sent, ref, country: str | None) -> str | None:
    """Spell out a body a post names only by abbreviation or by a bare generic noun:
    "Председатель ЦИК" -> "Председатель Центральной избирательной комиссии Республики X";
    "Председатель комиссии" after "в Центральной комиссии по выборам ..." in the same sentence
    -> the body named there. Only bodies of the election's country are used."""
    if not post:
        return post
    for m in ref.scan(post, ["body"]):
        # "Председатель ЦИК Казахстана": a body named by its abbreviation and its state is
        # that state's body, whatever the election's country; spelled out in the genitive
        if m.end == len(post) and " " in m.text and any(w.isupper() for w in m.text.split()):
            return post[: m.start] + sent.lex.inflect.genitive(m.entry.name["ru"])
    if not country:
        return post
    words = post.split()
    last = words[-1]
    if last.isupper() and len(last) >= 3:
        body = ref.find_body(last, country)
        if body is not None:
            return " ".join([*words[:-1], sent.lex.inflect.genitive(body.name["ru"])])
        return post
    if len(words) == 2 and last[:1].isupper() and last[1:].islower():
        # "Председатель Центризбиркома": a one-word short name of the country's commission
        body = ref.find_body(last, country)
        if body is not None and body.kind == "electoral-commission" and " " in body.name["ru"]:
            return " ".join([*words[:-1], sent.lex.inflect.genitive(body.name["ru"])])
    genitive_endings = sent.lex.cue_tuple("genitive_noun_endings")
    if len(words) >= 2 and last.islower() and last.endswith(genitive_endings):
        head = sent.lex.parses(last)[0].normal_form
        for m in ref.scan(sent.text, ["body"]):
            body = m.entry
            if body.state != country:
                continue
            first_noun = next(
                (
                    p.normal_form
                    for w in body.name["ru"].split()
                    for p in sent.lex.parses(w)[:1]
                    if p.tag.POS == "NOUN"
                ),
                None,
            )
            if first_noun == head:
                # "председатель Центральной избирательной комиссии": the body's adjectives
                # the post already writes are not written twice
                body_words = sent.lex.inflect.genitive(body.name["ru"]).split()
                at = next((i for i, w in enumerate(body_words) if w.lower() == last.lower()), 0)
                lead = words[:-1]
                while at and lead and lead[-1].lower() == body_words[at - 1].lower():
                    lead, at = lead[:-1], at - 1
                return " ".join([*lead, *body_words])
    return post
