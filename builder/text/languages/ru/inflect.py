"""Russian phrases in the nominative: the one inflector of personal names, posts and places.

Reports name people, posts and places in whatever case the sentence needs ("встретились с
Председателем ЦИК Маратом Жунусовым"); the facts need them in the nominative ("Марат
Жунусов", "Председатель ЦИК"). :class:`Inflector` does all of it over the language bundle's
one :class:`~builder.reference.morphology.Morphology` and the endings of ``names.yaml`` (for
the words pymorphy3 does not know); the segmenter puts natasha's entity spans in the
nominative with it and the recognisers reach it as ``lex.inflect``.

- Personal names whose case nothing tells (an entity span): :meth:`Inflector.name` reads the
  roles of the words (first name, patronymic, surname, either order), their case and gender.
- Personal names whose case and gender a sentence tells (a recogniser's name):
  :meth:`Inflector.given`, :meth:`Inflector.patronymic`, :meth:`Inflector.surname`.
- Posts and bodies: :meth:`Inflector.post` (a sentence's post phrase: head and agreeing
  modifiers change, a genitive tail stays, each comma part and "исполняющий обязанности" in
  turn), :meth:`Inflector.phrase` (an entity span's phrase, case unknown).
- Places: :meth:`Inflector.place_adjective`, :meth:`Inflector.place_noun`.
- The way back: :meth:`Inflector.genitive` of a nominative name ("Центральная избирательная
  комиссия" -> "Центральной избирательной комиссии").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from builder.base.errors import InputError
from builder.reference.morphology import Morphology
from builder.text.document import Token
from builder.text.languages import package_file, word_lists

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse

    from builder.text.languages.ru.recognise.lexicon import Tok

#: The endings and letters of Russian names, shipped beside this module.
NAMES_FILE = package_file(__package__, "names.yaml")

_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_CYRILLIC_UPPER = re.compile(r"^[А-ЯЁA-Z]")

Endings = tuple[tuple[str, str], ...]


def _pairs(value: Any, where: str) -> Endings:
    """A list of [ending, replacement] pairs of ``names.yaml``."""
    try:
        return tuple((str(oblique), str(nominative)) for oblique, nominative in value)
    except (TypeError, ValueError):
        raise InputError(
            f"{NAMES_FILE}: {where}: an ending is not an [oblique, nominative] pair"
        ) from None


def _surname_endings(data: dict[str, Any]) -> dict[tuple[str, str], Endings]:
    """(gender, case) -> (oblique ending, nominative ending) pairs, from ``names.yaml``."""
    table = data.get("surname_endings")
    if not isinstance(table, dict):
        raise InputError(f"{NAMES_FILE}: 'surname_endings' must map genders to cases")
    try:
        return {
            (gender, case): tuple((str(oblique), str(nominative)) for oblique, nominative in pairs)
            for gender, cases in table.items()
            for case, pairs in cases.items()
        }
    except (AttributeError, TypeError, ValueError):
        raise InputError(
            f"{NAMES_FILE}: a surname ending is not an [oblique, nominative] pair"
        ) from None


def _section(data: dict[str, Any], name: str) -> dict[str, Any]:
    section = data.get(name)
    if not isinstance(section, dict):
        raise InputError(f"{NAMES_FILE}: {name!r} must be a mapping")
    return section


def _field(section: dict[str, Any], name: str, where: str) -> Any:
    if name not in section:
        raise InputError(f"{NAMES_FILE}: {where} has no {name!r}")
    return section[name]


class Inflector:
    """Puts Russian names, posts and places in the nominative.

    Made once per language bundle from its analyser and ``names.yaml``; ``acting_words`` are
    the lemmas of "исполняющий" (the cue list the post rules read too).
    """

    def __init__(
        self, morph: Morphology, names: dict[str, Any], acting_words: Iterable[str]
    ) -> None:
        self.morph = morph
        self.parses = morph.parses
        self.acting_words = frozenset(acting_words)
        self.surname_endings = _surname_endings(names)
        self.surname_shapes = tuple(
            sorted({e for pairs in self.surname_endings.values() for pair in pairs for e in pair})
        )
        sur = _section(names, "surnames")
        self.indeclinable_surname_endings = tuple(
            str(e) for e in _field(sur, "indeclinable_endings", "surnames")
        )
        self.indeclinable_surname_finals = str(_field(sur, "indeclinable_finals", "surnames"))
        self.womens_declinable_finals = str(_field(sur, "womens_declinable_finals", "surnames"))
        self.womens_endings = _pairs(_field(sur, "womens_endings", "surnames"), "womens_endings")
        mens = _field(sur, "mens_endings", "surnames")
        if not isinstance(mens, dict):
            raise InputError(f"{NAMES_FILE}: 'mens_endings' must map cases to endings")
        self.mens_endings = {str(c): _pairs(v, f"mens_endings.{c}") for c, v in mens.items()}
        soft = _field(sur, "soft_stem", "surnames")
        if not isinstance(soft, dict):
            raise InputError(f"{NAMES_FILE}: 'soft_stem' must be a mapping")
        self.soft_stem = tuple(
            str(_field(soft, key, "soft_stem")) for key in ("oblique", "after", "nominative")
        )
        self.fleeting_vowels = _pairs(_field(sur, "fleeting_vowels", "surnames"), "fleeting")
        posts = _section(names, "posts")
        self.foreign_finals = str(_field(posts, "indeclinable_finals", "posts"))
        self.acting_adverb = str(_field(posts, "acting_adverb", "posts"))
        self.duties = str(_field(posts, "duties", "posts"))
        self.first = str(_field(posts, "first", "posts"))
        places = _section(names, "places")
        self.adjective_stems = _pairs(_field(places, "adjective_stems", "places"), "places")
        self.adjective_endings = {
            str(g): str(e) for g, e in _field(places, "adjective_endings", "places").items()
        }
        self.velars = str(_field(places, "velars", "places"))
        self.velar_masculine = str(_field(places, "velar_masculine", "places"))
        self.place_finals = str(_field(places, "indeclinable_finals", "places"))
        plural = _field(places, "plural_locative", "places")
        self.plural_locative = (str(plural[0]), str(plural[1]))
        self.locative = str(_field(places, "locative", "places"))

    @classmethod
    def load(cls, morph: Morphology, acting_words: Iterable[str]) -> Inflector:
        """The inflector of ``names.yaml`` over ``morph``."""
        return cls(morph, word_lists(NAMES_FILE), acting_words)

    # -- personal names whose case nothing tells (an entity span) ----------------------------

    def name(self, tokens: Sequence[Token | str]) -> str:
        """A personal name in the nominative: "Ислам-Беком Нурлановым" -> "Ислам-Бек Нурланов".

        ``tokens`` are the name's tokens (or its words as strings). Which word is the first
        name, patronymic and surname, and the case and gender of the whole, are read from the
        words themselves (:meth:`_name_roles`, :meth:`_name_case_and_gender`); each word is
        then put in the nominative as a sentence's name is (:meth:`given`,
        :meth:`patronymic`, :meth:`surname`). Initials stay, and so does a name whose case
        nothing tells (no word reads as a name: "Маджлиси Оли"). Both orders are read:
        "Маратом Жунусовым" and "Жунусовым Маратом Ерлановичем".
        """
        items = list(tokens)
        words = [_word_text(item) for item in items]
        name_positions = [i for i, w in enumerate(words) if _CYRILLIC_WORD.fullmatch(w)]
        full_words = [i for i in name_positions if len(words[i].split("-")[-1]) > 1]
        if not full_words:
            return _join(items, words)
        roles = self._name_roles([words[i] for i in full_words])
        case, gender = self._name_case_and_gender(words, full_words, roles)
        if case is None:
            return _join(items, words)
        case = _case_group(case) or case
        sex = gender or "masc"
        out = list(words)
        for i, role in zip(full_words, roles, strict=True):
            if role == "Name":
                out[i] = self.given(words[i], case, sex)
            elif role == "Patr":
                out[i] = self.patronymic(words[i], case, sex)
            else:
                out[i] = self.surname(words[i], case, sex)
        return _join(items, out)

    def _surname_by_suffix(self, word: str, case: str, gender: str) -> str | None:
        """The nominative of a Russian-pattern surname (-ов, -ин, -ский...) from its ending,
        or ``None``."""
        endings = self.surname_endings.get((gender, case), ())
        lower = word.lower()
        for oblique, nominative in endings:
            if lower.endswith(oblique) and len(lower) > len(oblique) + 1:
                written = word[len(word) - len(oblique) :]
                return word[: len(word) - len(oblique)] + (
                    nominative.upper() if written.isupper() else nominative
                )
        return None

    def _has_reading(self, word: str, role: str) -> bool:
        """Whether pymorphy3 reads ``word`` (its last hyphen part) as a singular ``role``."""
        return any(_is_reading(parse, role) for parse in self.parses(word.split("-")[-1]))

    def _looks_like_surname(self, word: str) -> bool:
        """A surname reading, or a Russian surname ending (-ов, -ина, -ским...)."""
        return self._has_reading(word, "Surn") or word.lower().endswith(self.surname_shapes)

    def _name_roles(self, words: Sequence[str]) -> list[str]:
        """Which of a name's words is the first name ("Name"), patronymic and surname.

        The usual order is first name [patronymic] surname; when the first word is no first
        name and the second is one, the surname comes first ("Жунусовым Маратом Ерлановичем").
        """
        count = len(words)
        if count == 1:
            alone_name = self._has_reading(words[0], "Name") and not self._has_reading(
                words[0], "Surn"
            )
            return ["Name" if alone_name else "Surn"]
        if (
            not self._has_reading(words[0], "Name")
            and self._has_reading(words[1], "Name")
            and self._looks_like_surname(words[0])
        ):
            return ["Surn", "Name", *["Patr"] * (count - 2)]
        return ["Name", *["Patr"] * (count - 2), "Surn"]

    def _name_case_and_gender(
        self, words: Sequence[str], full_words: Sequence[int], roles: Sequence[str]
    ) -> tuple[str | None, str | None]:
        """The case and gender of a name phrase.

        The case is one that the first name (as a first name) and the other parts (as surname
        or patronymic) can all be in, so a guessed reading of one part ("Беком" as a
        nominative) is outvoted by the others; among those, the first name's most likely
        reading decides. Without a first name, the surname's readings decide.
        """

        def readings(word: str, wanted: tuple[str, ...]) -> list[Any]:
            return [
                parse.tag
                for parse in self.parses(word.split("-")[-1])
                if any(_is_reading(parse, role) for role in wanted)
            ]

        lead_at = roles.index("Name") if "Name" in roles else len(roles) - 1
        lead = readings(words[full_words[lead_at]], (roles[lead_at],))
        if not lead and "Surn" in roles:
            # a first name the dictionary does not know ("Нурболатом Касеновым"): the surname
            # tells, and a nominative reading of it means the name is as written ("Нургуль
            # Абдыкадырова")
            lead_at = roles.index("Surn")
            lead = sorted(
                readings(words[full_words[lead_at]], ("Surn",)), key=lambda tag: tag.case != "nomn"
            )
        others = [
            readings(words[i], ("Surn", "Patr")) for k, i in enumerate(full_words) if k != lead_at
        ]
        if not lead:
            return None, None
        cases = {_case_group(tag.case) for tag in lead}
        for tags in others:
            shared = cases & {_case_group(tag.case) for tag in tags}
            if shared:
                cases = shared

        # the first (most likely) reading among those in a possible case
        best = max(lead, key=lambda tag: _case_group(tag.case) in cases)
        gender = _gender(best)
        return (None if best.case is None else str(best.case)), (
            None if gender in (None, "ms-f") else gender
        )

    # -- personal names whose case and gender a sentence tells -------------------------------

    def first_name_parse(self, word: str) -> Parse | None:
        """The most probable first-name analysis of ``word`` (singular), if any."""
        best = None
        for p in self.parses(word):
            if "Name" in p.tag and "sing" in p.tag and (best is None or p.score > best.score):
                best = p
        return best

    def given(self, word: str, case: str, gender: str | None = None) -> str:
        """Nominative of a first name (hyphenated names inflect in their last part). A woman's
        given name the dictionary knows only as a man's ("Дилором", "Нуржан") does not
        decline."""
        if (
            gender == "femn"
            and "-" not in word
            and not any("Name" in p.tag and "femn" in p.tag for p in self.parses(word))
        ):
            return word
        if "-" in word:  # "Ислам-Беком" and "Исламом-Беком" alike
            head, _, tail = word.rpartition("-")
            parts = []
            for part in head.split("-"):
                named = [p for p in self.parses(part) if "Name" in p.tag and p.tag.case == case]
                declined = named and case != "nomn" and named[0].normal_form != part.lower()
                parts.append(match_case(named[0].normal_form, part) if declined else part)
            return "-".join([*parts, self.given(tail, case)])
        for p in self.parses(word):
            if "Name" in p.tag and p.tag.case == case:
                return match_case(p.normal_form, word)
        p = self.first_name_parse(word)
        if p is not None and case == p.tag.case:
            return match_case(p.normal_form, word)
        return self.surname(word, case, "masc")

    def patronymic(self, word: str, case: str, gender: str) -> str:
        """Nominative of a patronymic ("Павловичем" -> "Павлович", "Бейсеновичу" ->
        "Бейсенович"); one the dictionary does not know as a patronymic is kept as written."""
        for p in self.parses(word):
            if "Patr" in p.tag and p.tag.case == case and gender in p.tag:
                form = p.inflect({"nomn", "sing", gender})
                if form is not None:
                    return match_case(form.word, word)
        return word

    def surname(self, word: str, case: str, gender: str) -> str:
        """Nominative of a surname in ``case`` for a person of ``gender`` (masc / femn)."""
        low = word.lower()
        if case == "nomn" or low.endswith(self.indeclinable_surname_endings):
            return word
        if low[-1:] in self.indeclinable_surname_finals:
            # "Русу", "Коцаки" do not decline; "Лапину", "Иванову" are Russian surnames that do
            return self._surname_by_suffix(word, case, gender) or word
        for p in self.parses(word):
            tag = p.tag
            if "Surn" in tag and tag.case == case and "sing" in tag and gender in tag:
                form = p.inflect({"nomn", "sing", gender})
                if form is not None:
                    return match_case(form.word, word)
        if gender == "femn":
            if low[-1] not in self.womens_declinable_finals:
                return word  # a woman's consonant-final surname does not decline
            for suffix, repl in self.womens_endings:
                if low.endswith(suffix):
                    return word[: -len(suffix)] + repl
            return word
        soft_oblique, soft_after, soft_nominative = self.soft_stem
        for suffix, repl in self.mens_endings.get(case, ()):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                if suffix == soft_oblique and stem.lower()[-1:] in soft_after:
                    return stem + soft_nominative
                if not repl:
                    return self._fleeting_vowel(stem)
                return stem + repl
        return word

    def _fleeting_vowel(self, stem: str) -> str:
        """Slavic -ок/-ек surnames lose their vowel when declined ("Горошк-ом", "Корольк-а"):
        put it back, since a Slavic surname does not end in "нк", "шк", "чк" or "ьк"."""
        low = stem.lower()
        if len(low) > 4:
            for ending, restored in self.fleeting_vowels:
                if low.endswith(ending):
                    return stem[: -len(ending)] + restored
        return stem

    # -- posts and bodies --------------------------------------------------------------------

    def post(
        self, toks: Sequence[Tok], i: int, j: int, case: str | None, is_head: Callable[[Tok], bool]
    ) -> str:
        """A post or body phrase (tokens ``[i, j)`` of a sentence's ``toks``) with its head
        put in the nominative; ``case`` is the case the sentence gives it, ``is_head`` tells
        the words a post starts with.

        Each comma-separated part that starts with a post head is treated as its own phrase,
        so "председателем X, депутатом Y" becomes "председатель X, депутат Y".
        """
        pieces: list[str] = []
        k = i
        seg_start = i
        while k < j:
            t = toks[k]
            if k == seg_start:
                m = self._post_head(toks, k, j, case, pieces)
                if m > k:
                    k = m
                    continue
            if (
                t.text == ","
                and k + 1 < j
                and (is_head(toks[k + 1]) or toks[k + 1].lemma == self.first)
            ):
                pieces.append(",")
                seg_start = k + 1
                k += 1
                continue
            prev = toks[k - 1] if k > i else None
            gap = prev is not None and t.start > prev.stop
            word = t.text
            if (
                prev is not None
                and prev.text == "("
                and k + 1 < j
                and toks[k + 1].text == ")"
                and is_head(t)
                and is_head(toks[i])
                and {p.tag.case for p in self.parses(t.text)}
                & {p.tag.case for p in self.parses(toks[i].text)}
            ):
                # "Уполномоченного ... (омбудсмана)": the post's other name, in the case of
                # the post it renames, goes to the nominative with it (not in a venue's
                # genitive tail: "в аппарате Уполномоченного ... (омбудсмена)")
                word = self.head(t.text, case) or word
            pieces.append((" " if gap else "") + word)
            k += 1
        text = "".join(pieces).strip()
        text = text.replace(" ,", ",").replace(",", ", ").replace(",  ", ", ")
        return " ".join(text.split())

    def _post_head(
        self, toks: Sequence[Tok], k: int, j: int, case: str | None, pieces: list[str]
    ) -> int:
        """Inflect the leading adjectives and the first noun of the post part starting at
        token ``k`` into ``pieces``; the token after them."""
        m = k
        changed: list[str] = []
        adjectives: list[int] = []  # positions in ``changed`` that agree with the noun
        while m < j:
            tm = toks[m]
            if not tm.is_word:
                break
            if (
                tm.lower == self.acting_adverb
                and m + 1 < j
                and toks[m + 1].lemma in self.acting_words
            ):
                changed.append(tm.text)
                m += 1
                continue
            if tm.lemma in self.acting_words and m + 1 < j and toks[m + 1].lemma == self.duties:
                # "исполняющим обязанности Председателя": the participle governs the rest
                changed += [self._acting(tm.text), toks[m + 1].text]
                m += 2
                break
            if self._indeclinable_foreign(tm.text):
                changed.append(tm.text)  # "Жогорку", "Маджлиси", "Милли": left as written
                m += 1
                continue
            if self.parses(tm.lower)[:1] and self.parses(tm.lower)[0].tag.POS in {"PREP", "CONJ"}:
                break  # "Уполномоченный по ...": "по" is no noun ("ПО") the head agrees with
            p_list = [p for p in self.parses(tm.text) if p.tag.POS in {"ADJF", "PRTF"}]
            noun = [p for p in self.parses(tm.text) if p.tag.POS == "NOUN"]
            if (
                adjectives
                and tm.is_cap
                and noun
                and not self._agrees(toks[k + adjectives[-1]].text, tm.text)
            ):
                # "Уполномоченного Олий Мажлиса": a capitalised noun that does not agree
                # with the adjective before it is the tail; the adjective is the head
                break
            if noun and (not p_list or noun[0].score >= p_list[0].score):
                changed.append(self.head(tm.text, case) or tm.text)
                self._agree(changed, adjectives, [t.text for t in toks[k:m]], tm.text, case)
                m += 1
                break
            if p_list:
                adjectives.append(len(changed))
                changed.append(self.head(tm.text, case) or tm.text)
                m += 1
                continue
            break
        pieces.append((" " if pieces and pieces[-1] != "," else "") + " ".join(changed))
        return m

    def head(self, word: str, case: str | None) -> str | None:
        """Nominative of a head noun or adjective in ``case``; None when it is not such a
        word."""
        cands = [p for p in self.parses(word) if p.tag.POS in {"NOUN", "ADJF", "PRTF"}]
        if case:
            in_case = [p for p in cands if p.tag.case == case]
            cands = in_case or cands
        if not cands:
            return None
        p = cands[0]
        if p.tag.case == "nomn":
            return word
        form = p.inflect({"nomn"})
        if form is None:
            return None
        return match_case(form.word.replace("ё", "е") if "ё" not in word else form.word, word)

    def _acting(self, word: str) -> str:
        """ "исполняющим" -> "исполняющий", "исполняющей" -> "исполняющая" (singular: one
        holder)."""
        cands = [p for p in self.parses(word) if p.tag.POS == "PRTF"]
        gender = "femn" if cands and all("femn" in p.tag for p in cands) else "masc"
        for p in cands:
            form = p.inflect({"nomn", "sing", gender})
            if form is not None:
                return match_case(form.word, word)
        return word

    def _agree(
        self,
        changed: list[str],
        adjectives: list[int],
        words: Sequence[str],
        noun: str,
        case: str | None,
    ) -> None:
        """Put the adjectives before a head noun in its gender and number ("Национальном
        Собрании" -> "Национальное Собрание", not "Национальный"); ``words`` are the part's
        words before the noun, as written."""
        cands = [p for p in self.parses(noun) if p.tag.POS == "NOUN"]
        in_case = [p for p in cands if case and p.tag.case == case] or cands
        if not in_case:
            return
        head = in_case[0]
        want = {"nomn", "plur"} if "plur" in head.tag else {"nomn", head.tag.gender or "masc"}
        for pos in adjectives:
            word = words[pos]
            for p in self.parses(word):
                if p.tag.POS in {"ADJF", "PRTF"} and (not case or p.tag.case == case):
                    form = p.inflect(want)
                    if form is not None:
                        changed[pos] = match_case(form.word, word)
                    break

    def _agrees(self, adjective: str, noun: str) -> bool:
        """Whether a noun can stand in the case and number of the adjective before it."""
        forms = {(p.tag.case, p.tag.number) for p in self.parses(adjective) if p.tag.POS == "ADJF"}
        return not forms or any(
            (p.tag.case, p.tag.number) in forms for p in self.parses(noun) if p.tag.POS == "NOUN"
        )

    def _indeclinable_foreign(self, word: str) -> bool:
        """An unknown capitalised word ending in a vowel that Russian does not decline in
        names."""
        return (
            bool(_CYRILLIC_UPPER.match(word))
            and not self.morph.is_known(word)
            and word[-1:].lower() in self.foreign_finals
            and not word.isupper()
        )

    def phrase(self, tokens: Sequence[Token | str]) -> str:
        """An entity span's post, organisation or place phrase with its head in the
        nominative, no sentence telling its case.

        "заместителем Председателя Совета Федерации" -> "заместитель Председателя Совета
        Федерации": the adjectives before the first noun and that noun change case (keeping
        their number), and everything after the head, a genitive tail, stays as written.
        Abbreviations and words pymorphy3 cannot inflect stay as written.
        """
        items = list(tokens)
        words = [_word_text(item) for item in items]
        out = list(words)
        head_case: str | None = None
        modifiers: list[tuple[int, Parse]] = []
        head_found = False
        for i, word in enumerate(words):
            if not _CYRILLIC_WORD.fullmatch(word) or (word.isupper() and len(word) > 1):
                break
            parse = self._phrase_parse(word, head_case)
            if parse is None:
                break
            if parse.tag.POS in ("ADJF", "PRTF"):
                head_case = head_case or parse.tag.case
                modifiers.append((i, parse))
                continue
            if parse.tag.POS != "NOUN":
                break
            number = str(parse.tag.number or "sing")
            if number == "plur" and modifiers and all(m.tag.number == "sing" for _, m in modifiers):
                # "в Акмолинской и Карагандинской областях": each adjective names one region
                number = "sing"
            out[i] = _inflect(word, parse, {"nomn", number})
            gender = _gender(parse.tag)
            if gender in (None, "ms-f"):
                gender = "masc"
            for j, modifier in modifiers:
                wanted = {"nomn", "plur"} if number == "plur" else {"nomn", gender}
                out[j] = _inflect(words[j], modifier, wanted)
            head_found = True
            break
        if not head_found:
            # Only modifiers ("Армавирском" of "в Армавирском и Котайкском марзах"): each
            # goes to the nominative in its own gender and number.
            for j, modifier in modifiers:
                tag = modifier.tag
                own = _gender(tag)
                wanted = {"nomn", "plur"} if tag.number == "plur" else {"nomn", own or "masc"}
                out[j] = _inflect(words[j], modifier, wanted)
        return _join(items, out)

    def _phrase_parse(self, word: str, case: str | None) -> Parse | None:
        """The most likely noun or adjective parse of a word at the start of a noun phrase,
        in ``case`` (that of the modifiers before it) when it can be."""
        best: Any = None
        best_score = -1.0
        for parse in self.parses(word):
            tag = parse.tag
            if tag.POS not in ("NOUN", "ADJF", "PRTF"):
                continue
            score = parse.score
            if case is not None and _same_case(tag.case, case):
                score += 2
            if score > best_score:
                best, best_score = parse, score
        return best

    # -- places ------------------------------------------------------------------------------

    def place_adjective(self, word: str, gender: str) -> str:
        """ "Акмолинской" + femn -> "Акмолинская"; "Абшеронском" + masc -> "Абшеронский"."""
        for p in self.parses(word):
            if p.tag.POS == "ADJF" and p.tag.case in {"loct", "gent", "datv", "ablt", "accs"}:
                form = p.inflect({"nomn", "sing", gender})
                if form is not None:
                    return match_case(form.word, word)
        for ending, stem_end in self.adjective_stems:
            if word.endswith(ending):
                stem = word[: -len(ending)] + stem_end
                break
        else:
            return word
        if gender == "masc" and stem.endswith(tuple(self.velars)):
            return stem + self.velar_masculine
        return stem + self.adjective_endings.get(gender, self.adjective_endings["femn"])

    def place_noun(self, word: str) -> str:
        """A place name in the nominative ("Астане" -> "Астана", "Бельцах" -> "Бельцы")."""
        if word.isupper():
            return word
        cands = [p for p in self.parses(word) if "Geox" in p.tag and p.tag.case != "nomn"]
        if cands:
            return match_case(cands[0].normal_form, word)
        low = word.lower()
        if low[-1:] in self.place_finals:
            return word
        plural, plural_nominative = self.plural_locative
        if low.endswith(plural):
            return word[: -len(plural)] + plural_nominative
        if low.endswith(self.locative) and len(low) > 3:
            # "Астане" could be Астана; a known noun reading decides, else a consonant stem
            for p in self.parses(word):
                if p.tag.POS == "NOUN" and p.tag.case == "loct":
                    return match_case(p.normal_form, word)
            return word[: -len(self.locative)]
        return word

    # -- the way back ------------------------------------------------------------------------

    def genitive(self, phrase: str) -> str:
        """A nominative name phrase in the genitive: leading adjectives and the head noun
        change, the tail (already genitive) stays ("Центральная избирательная комиссия
        Республики X" -> "Центральной избирательной комиссии Республики X")."""
        out: list[str] = []
        done = False
        for w in phrase.split():
            if done:
                out.append(w)
                continue
            cands = [
                p for p in self.parses(w) if p.tag.case == "nomn" and p.tag.POS in {"NOUN", "ADJF"}
            ]
            if not cands:
                out.append(w)
                done = True
                continue
            p = cands[0]
            form = p.inflect({"gent"})
            out.append(match_case(form.word, w) if form is not None else w)
            if p.tag.POS == "NOUN":
                done = True
        return " ".join(out)


# -- helpers over one word or parse ----------------------------------------------------------


def match_case(word: str, like: str) -> str:
    """``word`` (a dictionary form, lower case) capitalised part by part when the written
    ``like`` is capitalised ("ислам-бек" like "Ислам-Беком" -> "Ислам-Бек")."""
    if like[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    return word


def _word_text(item: Token | str) -> str:
    return item.text if isinstance(item, Token) else item


def _join(items: Sequence[Token | str], words: Sequence[str]) -> str:
    """Rebuild a phrase from replaced words, keeping the tokens' own spacing."""
    if not items:
        return ""
    if not isinstance(items[0], Token):
        return " ".join(words)
    out = [words[0]]
    for prev, item, word in zip(items, items[1:], words[1:], strict=False):
        assert isinstance(prev, Token) and isinstance(item, Token)
        if item.start > prev.stop:
            out.append(" ")
        out.append(word)
    return "".join(out)


def _inflect(word: str, parse: Parse, grammemes: set[str]) -> str:
    inflected = parse.inflect(grammemes)
    if inflected is None:
        return word
    return match_case(inflected.word, word)


def _gender(tag: Any) -> str | None:
    """The gender grammeme of a pymorphy3 tag, "ms-f" for common gender, as a plain string."""
    if "ms-f" in tag.grammemes:
        return "ms-f"
    return None if tag.gender is None else str(tag.gender)


def _same_case(have: str | None, want: str) -> bool:
    groups = ({"gent", "gen1", "gen2"}, {"loct", "loc1", "loc2"}, {"accs", "acc2"})
    if have == want:
        return True
    return any(have in group and want in group for group in groups)


def _case_group(case: str | None) -> str | None:
    """A case with its variants merged (gen1/gen2 -> gent, loc1/loc2 -> loct, acc2 -> accs)."""
    if case is None:
        return None
    return {"gen1": "gent", "gen2": "gent", "loc1": "loct", "loc2": "loct", "acc2": "accs"}.get(
        str(case), str(case)
    )


def _from_dictionary(parse: Parse) -> bool:
    """Whether a parse comes from pymorphy3's dictionary rather than its guesser.

    First names are a closed class the dictionary knows well; a first-name reading the
    guesser makes up ("Маджлиси" as a woman's name) is no evidence of a person. Surnames are
    open, so guessed surname readings ("Нурлановым") are trusted.
    """
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def _is_reading(parse: Parse, role: str) -> bool:
    """A singular, non-vocative reading as ``role`` (first names from the dictionary only).

    Vocatives are left out: the genre never addresses anyone, and pymorphy3's informal
    vocatives ("Нургуль" as a form of "Нургуля") would mislead the case of a whole name.
    """
    tag = parse.tag
    return (
        role in tag.grammemes
        and tag.number != "plur"
        and "voct" not in tag.grammemes
        and (role != "Name" or _from_dictionary(parse))
    )
