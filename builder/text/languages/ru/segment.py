"""Segment and tag a normalised report: sentences, tokens, morphology, lemmas, entity spans.

The stage runs natasha over ``doc.text`` (see :mod:`builder.text.normalise` for its conventions):
razdel sentences and tokens, the news morphology tagger (Universal Dependencies POS and
features) and the news NER tagger (PER, LOC, ORG). Sentences never cross a paragraph break
("\\n"), because headings carry no final full stop and would otherwise swallow the next
paragraph's first sentence.

natasha's own lemmatiser is built on pymorphy2, which does not import on Python 3.11, so
lemmas come from pymorphy3: of a word's parses, the one that best agrees with natasha's POS and
features is chosen. Each distinct (word, POS, features) is resolved once per process.

The module also inflects phrases to the nominative, which recognisers need to turn "встретились
с Председателем ЦИК Маратом Жунусовым" into a person "Марат Жунусов" with the post
"Председатель ЦИК": :func:`to_nominative` for personal names, :func:`phrase_to_nominative`
for posts, organisations and places (only the head changes; a genitive tail stays).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import razdel

from builder.text.document import Doc, Entity, TextSpan, Token
from builder.text.nlp import morph_tagger, ner_tagger, parses

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse

# natasha (Universal Dependencies) POS -> pymorphy3 (OpenCorpora) POS values that agree.
_POS = {
    "NOUN": frozenset({"NOUN"}),
    "PROPN": frozenset({"NOUN"}),
    "ADJ": frozenset({"ADJF", "ADJS", "COMP"}),
    "VERB": frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"}),
    "AUX": frozenset({"VERB", "INFN"}),
    "ADV": frozenset({"ADVB", "COMP", "PRED"}),
    "NUM": frozenset({"NUMR", "ADJF"}),
    "PRON": frozenset({"NPRO"}),
    "DET": frozenset({"ADJF", "NPRO"}),
    "ADP": frozenset({"PREP"}),
    "CCONJ": frozenset({"CONJ"}),
    "SCONJ": frozenset({"CONJ"}),
    "PART": frozenset({"PRCL"}),
    "INTJ": frozenset({"INTJ"}),
}
# natasha feature values -> pymorphy3 grammemes that agree.
_FEATS = {
    ("Case", "Nom"): frozenset({"nomn"}),
    ("Case", "Gen"): frozenset({"gent", "gen1", "gen2"}),
    ("Case", "Par"): frozenset({"gen2", "gent"}),
    ("Case", "Dat"): frozenset({"datv"}),
    ("Case", "Acc"): frozenset({"accs", "acc2"}),
    ("Case", "Ins"): frozenset({"ablt"}),
    ("Case", "Loc"): frozenset({"loct", "loc1", "loc2"}),
    ("Case", "Voc"): frozenset({"voct"}),
    ("Number", "Sing"): frozenset({"sing"}),
    ("Number", "Plur"): frozenset({"plur"}),
    ("Gender", "Masc"): frozenset({"masc", "ms-f"}),
    ("Gender", "Fem"): frozenset({"femn", "ms-f"}),
    ("Gender", "Neut"): frozenset({"neut"}),
    ("Animacy", "Anim"): frozenset({"anim"}),
    ("Animacy", "Inan"): frozenset({"inan"}),
    ("Tense", "Past"): frozenset({"past"}),
    ("Tense", "Pres"): frozenset({"pres"}),
    ("Tense", "Fut"): frozenset({"futr"}),
}
_UD_CASE = {
    "Nom": "nomn",
    "Gen": "gent",
    "Dat": "datv",
    "Acc": "accs",
    "Ins": "ablt",
    "Loc": "loct",
}
_UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


class Segmenter:
    """The segmentation stage: fills ``doc.sents``, ``doc.tokens`` and ``doc.spans``.

    ``morph=False`` or ``ner=False`` skip the taggers (tokens then carry pymorphy3's most
    likely lemma, and there are no entity spans), for callers that only need sentences.
    natasha's ``Doc`` with the same layers is left in ``doc.layers["natasha"]``.
    """

    def __init__(self, *, morph: bool = True, ner: bool = True) -> None:
        self.morph = morph
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        from natasha.doc import Doc as NatashaDoc
        from natasha.doc import DocSent, DocSpan, DocToken

        text = doc.text
        paragraphs = list(_paragraphs(text))
        sents: list[TextSpan] = []
        for par_start, par_text in paragraphs:
            for sent in razdel.sentenize(par_text):
                for start, piece in _bounded(par_start + sent.start, sent.text):
                    sents.append(TextSpan(start, start + len(piece), piece))

        nat = NatashaDoc(text)
        nat.sents = []
        nat.tokens = []
        for sent in sents:
            sent_tokens = [
                DocToken(sent.start + t.start, sent.start + t.stop, t.text)
                for t in razdel.tokenize(sent.text)
            ]
            nat.sents.append(DocSent(sent.start, sent.stop, sent.text, tokens=sent_tokens))
            nat.tokens.extend(sent_tokens)
        if self.morph and nat.sents:
            nat.tag_morph(morph_tagger())

        tokens: list[Token] = []
        for index, sent in enumerate(nat.sents):
            for t in sent.tokens:
                parse = choose_parse(t.text, t.pos, t.feats or {})
                lemma = parse.normal_form if parse is not None else t.text.lower()
                tokens.append(
                    Token(t.start, t.stop, t.text, t.pos, dict(t.feats or {}), lemma, index, parse)
                )
                t.lemma = lemma

        nat.spans = []
        if self.ner and paragraphs:
            # Paragraph by paragraph (the context natasha's tagger was trained on), then cut
            # at sentence boundaries: "Маратом Жунусовым. М. Жунусов" is two people.
            markups = ner_tagger().map([par_text for _, par_text in paragraphs])
            sent_starts = [sent.start for sent in sents]
            for (par_start, _), markup in zip(paragraphs, markups, strict=True):
                for span in markup.spans:
                    start, stop = par_start + span.start, par_start + span.stop
                    pieces = _split_at_sentences(text, sents, sent_starts, start, stop)
                    for sent_start, piece_start, piece_stop in pieces:
                        if span.type == "PER":
                            floor = max(sent_start, nat.spans[-1].stop if nat.spans else 0)
                            piece_start = max(floor, _extend_over_initials(text, piece_start))
                        piece = text[piece_start:piece_stop]
                        nat.spans.append(DocSpan(piece_start, piece_stop, span.type, piece))
            nat.envelop_span_tokens()
            nat.envelop_sent_spans()

        doc.sents = sents
        doc.tokens = tokens
        doc.spans = []
        for span in nat.spans:
            span_tokens = doc.tokens_in(span.start, span.stop)
            normal = (
                to_nominative(span_tokens)
                if span.type == "PER"
                else phrase_to_nominative(span_tokens)
            )
            doc.spans.append(
                Entity(span.start, span.stop, span.type, span.text, span_tokens, normal)
            )
        doc.layers["natasha"] = nat
        return doc


_INITIALS_BEFORE = re.compile(r"(?:(?<![^\W\d_])[А-ЯЁA-Z]\.[ -]?)+\Z")


def _split_at_sentences(
    text: str, sents: Sequence[TextSpan], sent_starts: Sequence[int], start: int, stop: int
) -> Iterable[tuple[int, int, int]]:
    """The parts of ``[start, stop)`` inside each sentence, trimmed of edge punctuation, as
    (sentence start, part start, part stop). ``sent_starts`` are the sentences' starts."""
    index = max(bisect.bisect_right(sent_starts, start) - 1, 0)
    while index < len(sents) and sents[index].start < stop:
        sent = sents[index]
        index += 1
        if sent.stop <= start:
            continue
        a, b = max(start, sent.start), min(stop, sent.stop)
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum():
            b -= 1
        if a < b:
            yield sent.start, a, b


def _extend_over_initials(text: str, start: int) -> int:
    """Move a person span's start left over the initials before it ("И.-Б. " of Нурланов)."""
    match = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
    return match.start() if match else start


#: The longest sentence kept whole, in characters. Reports' sentences stay under ~450; a text
#: without full stops (a long list, a table pasted as lines) would otherwise be one sentence of
#: any length, and recognisers that look across a sentence would take time growing with the
#: square of its size.
MAX_SENTENCE = 1000
_CUT = re.compile(r"[;,]\s|\s")


def _bounded(start: int, text: str) -> Iterable[tuple[int, str]]:
    """``text`` (a sentence at ``start``) in pieces of at most :data:`MAX_SENTENCE` characters,
    each cut after the last "; " or ", " of its window, else at its last space, else anywhere."""
    while len(text) > MAX_SENTENCE:
        window = text[:MAX_SENTENCE]
        cuts = [m.end() for m in _CUT.finditer(window)]
        punct = [m.end() for m in _CUT.finditer(window) if m.group()[0] in ";,"]
        cut = (punct or cuts or [MAX_SENTENCE])[-1]
        piece = text[:cut].rstrip()
        yield start, piece
        rest = text[cut:]
        skipped = len(rest) - len(rest.lstrip())
        start, text = start + cut + skipped, rest.lstrip()
    if text:
        yield start, text


def _paragraphs(text: str) -> Iterable[tuple[int, str]]:
    """The non-blank lines of ``text`` with their start offsets."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, line
        start += len(line) + 1


# -- lemmas ----------------------------------------------------------------------------------


def choose_parse(word: str, pos: str | None, feats: dict[str, str]) -> Parse | None:
    """The pymorphy3 parse of ``word`` that best agrees with natasha's ``pos`` and ``feats``.

    ``None`` for tokens with no letters (punctuation, numbers) or that pymorphy3 cannot read.
    """
    if not any(char.isalpha() for char in word):
        return None
    return _choose_parse(word, pos, tuple(sorted(feats.items())))


@lru_cache(maxsize=1 << 16)
def _choose_parse(word: str, pos: str | None, feats: tuple[tuple[str, str], ...]) -> Parse | None:
    candidates = parses(word)
    if not candidates:
        return None
    wanted_pos = _POS.get(pos or "", frozenset())
    wanted = [_FEATS[item] for item in feats if item in _FEATS]

    def agreement(parse: Parse) -> tuple[int, float]:
        score = 4 if parse.tag.POS in wanted_pos else 0
        grammemes = parse.tag.grammemes
        score += sum(1 for options in wanted if options & grammemes)
        return score, parse.score

    return max(candidates, key=agreement)


# -- the nominative --------------------------------------------------------------------------


def _word_text(item: Token | str) -> str:
    return item.text if isinstance(item, Token) else item


def _feats(item: Token | str) -> dict[str, str]:
    return item.feats if isinstance(item, Token) else {}


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


def _match_case(template: str, word: str) -> str:
    """``word`` written with the capitalisation of ``template``, part by part when both are
    hyphenated alike ("Санкт-Петербурге" -> "Санкт-Петербург")."""
    template_parts, word_parts = template.split("-"), word.split("-")
    if len(template_parts) > 1 and len(template_parts) == len(word_parts):
        return "-".join(_match_case(t, w) for t, w in zip(template_parts, word_parts, strict=True))
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _inflect(word: str, parse: Parse, grammemes: set[str]) -> str:
    inflected = parse.inflect(grammemes)
    if inflected is None:
        return word
    return _match_case(word, inflected.word)


def _name_parse(
    word: str, case: str | None, gender: str | None, roles: Iterable[str]
) -> Parse | None:
    """A parse of ``word`` as a name part (one of ``roles``) in ``case`` and ``gender``."""
    candidates = parses(word)
    if case is None:  # nothing says which case: a nominative reading means "as written"
        candidates = tuple(sorted(candidates, key=lambda parse: parse.tag.case != "nomn"))
    for role in roles:
        for parse in candidates:
            tag = parse.tag
            if not _is_reading(parse, role):
                continue
            if case is not None and not _same_case(tag.case, case):
                continue
            if gender is not None and _gender(tag) not in (gender, "ms-f", None):
                continue
            return parse
    return None


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


def to_nominative(tokens: Sequence[Token | str]) -> str:
    """A personal name in the nominative: "Ислам-Беком Нурлановым" -> "Ислам-Бек Нурланов".

    ``tokens`` are the name's tokens (or its words as strings). The first name fixes gender
    and case; each part that pymorphy3 knows as a first name, patronymic or surname in that
    case and gender is put in the nominative, and a part it does not (an indeclinable surname:
    "Натальей Кондратович", "Фарходом Назарзода") stays as written. Initials stay. Both
    orders are read: "Маратом Жунусовым" and "Жунусовым Маратом Ерлановичем".
    """
    items = list(tokens)
    words = [_word_text(item) for item in items]
    name_positions = [i for i, w in enumerate(words) if _CYRILLIC_WORD.fullmatch(w)]
    full_words = [i for i in name_positions if len(words[i].split("-")[-1]) > 1]
    if not full_words:
        return _join(items, words)
    roles = _name_roles([words[i] for i in full_words])
    case, gender = _case_and_gender(items, words, full_words, roles)
    out = list(words)
    for i, role in zip(full_words, roles, strict=True):
        wanted = {"Name": ("Name", "Surn"), "Patr": ("Patr",), "Surn": ("Surn", "Patr")}[role]
        new_parts = []
        for part in words[i].split("-"):
            if len(part) <= 1:
                new_parts.append(part)
                continue
            parse = _name_parse(part, case, gender, wanted)
            if parse is not None:
                new_parts.append(_inflect(part, parse, {"nomn"}))
                continue
            by_suffix = _surname_by_suffix(part, case, gender) if role == "Surn" else None
            if by_suffix is not None:
                new_parts.append(by_suffix)
                continue
            if role == "Surn" and gender != "femn":
                parse = _plain_noun_parse(part, case)
            new_parts.append(part if parse is None else _inflect(part, parse, {"nomn"}))
        out[i] = "-".join(new_parts)
    return _join(items, out)


# Endings of Russian surnames in -ов/-ев/-ин/-ын/-ский by gender and case, with their
# nominative, for surnames pymorphy3 reads as some other word ("Лапина" as a noun).
_SURNAME_ENDINGS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("masc", "gent"): (
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("ына", "ын"),
        ("ского", "ский"),
        ("цкого", "цкий"),
    ),
    ("masc", "datv"): (
        ("ову", "ов"),
        ("еву", "ев"),
        ("ёву", "ёв"),
        ("ину", "ин"),
        ("ыну", "ын"),
        ("скому", "ский"),
        ("цкому", "цкий"),
    ),
    ("masc", "ablt"): (
        ("овым", "ов"),
        ("евым", "ев"),
        ("ёвым", "ёв"),
        ("иным", "ин"),
        ("ыным", "ын"),
        ("ским", "ский"),
        ("цким", "цкий"),
    ),
    ("masc", "loct"): (
        ("ове", "ов"),
        ("еве", "ев"),
        ("ёве", "ёв"),
        ("ине", "ин"),
        ("ыне", "ын"),
        ("ском", "ский"),
        ("цком", "цкий"),
    ),
    ("femn", "gent"): (
        ("овой", "ова"),
        ("евой", "ева"),
        ("ёвой", "ёва"),
        ("иной", "ина"),
        ("ыной", "ына"),
        ("ской", "ская"),
        ("цкой", "цкая"),
    ),
    ("femn", "accs"): (
        ("ову", "ова"),
        ("еву", "ева"),
        ("ёву", "ёва"),
        ("ину", "ина"),
        ("ыну", "ына"),
        ("скую", "ская"),
        ("цкую", "цкая"),
    ),
}
_SURNAME_ENDINGS[("masc", "accs")] = _SURNAME_ENDINGS[("masc", "gent")]
for _case in ("datv", "ablt", "loct"):
    _SURNAME_ENDINGS[("femn", _case)] = _SURNAME_ENDINGS[("femn", "gent")]


def _surname_by_suffix(word: str, case: str | None, gender: str | None) -> str | None:
    """The nominative of a Russian-pattern surname from its ending, or ``None``."""
    endings = _SURNAME_ENDINGS.get((gender or "", _case_group(case) or ""), ())
    lower = word.lower()
    for oblique, nominative in endings:
        if lower.endswith(oblique) and len(lower) > len(oblique) + 1:
            return word[: len(word) - len(oblique)] + _match_case(
                word[len(word) - len(oblique) :], nominative
            )
    return None


def _from_dictionary(parse: Parse) -> bool:
    """Whether a parse comes from pymorphy3's dictionary rather than its guesser.

    First names are a closed class the dictionary knows well; a first-name reading the
    guesser makes up ("Маджлиси" as a woman's name) is no evidence of a person. Surnames are
    open, so guessed surname readings ("Нурлановым") are trusted.
    """
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def _has_reading(word: str, role: str) -> bool:
    """Whether pymorphy3 reads ``word`` (its last hyphen part) as a singular ``role``."""
    return any(_is_reading(parse, role) for parse in parses(word.split("-")[-1]))


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


_SURNAME_SHAPES = tuple(
    sorted({ending for pairs in _SURNAME_ENDINGS.values() for pair in pairs for ending in pair})
)


def _looks_like_surname(word: str) -> bool:
    """A surname reading, or a Russian surname ending (-ов, -ина, -ским...)."""
    return _has_reading(word, "Surn") or word.lower().endswith(_SURNAME_SHAPES)


def _name_roles(words: Sequence[str]) -> list[str]:
    """Which of a name's words is the first name ("Name"), patronymic and surname.

    The usual order is first name [patronymic] surname; when the first word is no first name
    and the second is one, the surname comes first ("Жунусовым Маратом Ерлановичем").
    """
    count = len(words)
    if count == 1:
        alone_name = _has_reading(words[0], "Name") and not _has_reading(words[0], "Surn")
        return ["Name" if alone_name else "Surn"]
    if (
        not _has_reading(words[0], "Name")
        and _has_reading(words[1], "Name")
        and _looks_like_surname(words[0])
    ):
        return ["Surn", "Name", *["Patr"] * (count - 2)]
    return ["Name", *["Patr"] * (count - 2), "Surn"]


def _plain_noun_parse(word: str, case: str | None) -> Parse | None:
    """A masculine singular noun parse (an unusual surname pymorphy3 does not tag Surn)."""
    for parse in parses(word):
        tag = parse.tag
        if tag.POS != "NOUN" or tag.number != "sing" or tag.gender != "masc":
            continue
        if "Name" in tag.grammemes or "Geox" in tag.grammemes:
            continue
        if case is None or _same_case(tag.case, case):
            return parse
    return None


def _case_and_gender(
    items: Sequence[Token | str],
    words: Sequence[str],
    full_words: Sequence[int],
    roles: Sequence[str],
) -> tuple[str | None, str | None]:
    """The case and gender of a name phrase.

    pymorphy3 decides: the case is one that the first name (as a first name) and the other
    parts (as surname or patronymic) can all be in, so a guessed reading of one part
    ("Беком" as a nominative) is outvoted by the others. natasha's features only choose
    among what is left (its tagger often guesses rare names wrong, e.g. "Ашотом" as a
    feminine nominative). Without a first name, the surname's readings decide.
    """
    ud_case = ud_gender = None
    for i in full_words:
        feats = _feats(items[i])
        ud_case = ud_case or _UD_CASE.get(feats.get("Case", ""))
        ud_gender = ud_gender or _UD_GENDER.get(feats.get("Gender", ""))

    def readings(word: str, wanted: tuple[str, ...]) -> list[Any]:
        return [
            parse.tag
            for parse in parses(word.split("-")[-1])
            if any(_is_reading(parse, role) for role in wanted)
        ]

    lead_at = roles.index("Name") if "Name" in roles else len(roles) - 1
    lead = readings(words[full_words[lead_at]], (roles[lead_at],))
    others = [
        readings(words[i], ("Surn", "Patr")) for k, i in enumerate(full_words) if k != lead_at
    ]
    if not lead:
        return ud_case, ud_gender
    cases = {_case_group(tag.case) for tag in lead}
    for tags in others:
        shared = cases & {_case_group(tag.case) for tag in tags}
        if shared:
            cases = shared

    def agreement(tag: Any) -> int:
        possible = _case_group(tag.case) in cases
        case_ok = ud_case is not None and _same_case(tag.case, ud_case)
        gender_ok = ud_gender is not None and _gender(tag) in (ud_gender, "ms-f")
        return 4 * possible + 2 * case_ok + gender_ok

    best = max(lead, key=agreement)  # the first (most likely) reading among equals
    gender = _gender(best)
    return (None if best.case is None else str(best.case)), (
        ud_gender if gender in (None, "ms-f") else gender
    )


def _case_group(case: str | None) -> str | None:
    """A case with its variants merged (gen1/gen2 -> gent, loc1/loc2 -> loct, acc2 -> accs)."""
    if case is None:
        return None
    return {"gen1": "gent", "gen2": "gent", "loc1": "loct", "loc2": "loct", "acc2": "accs"}.get(
        str(case), str(case)
    )


def phrase_to_nominative(tokens: Sequence[Token | str]) -> str:
    """A post, organisation or place phrase with its head in the nominative.

    "заместителем Председателя Совета Федерации" -> "заместитель Председателя Совета
    Федерации": the adjectives before the first noun and that noun change case (keeping their
    number), and everything after the head, a genitive tail, stays as written.
    Abbreviations and words pymorphy3 cannot inflect stay as written.
    """
    items = list(tokens)
    words = [_word_text(item) for item in items]
    out = list(words)
    head_case: str | None = None
    modifiers: list[tuple[int, Parse]] = []
    head_found = False
    for i, (item, word) in enumerate(zip(items, words, strict=True)):
        if not _CYRILLIC_WORD.fullmatch(word) or (word.isupper() and len(word) > 1):
            break
        feats = _feats(item)
        parse = _phrase_parse(word, feats, head_case)
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


def _phrase_parse(word: str, feats: dict[str, str], case: str | None) -> Parse | None:
    """The parse of a word at the start of a noun phrase, agreeing with natasha's features."""
    ud_case = _UD_CASE.get(feats.get("Case", ""))
    want_case = case or ud_case
    best: Any = None
    best_score = -1.0
    for parse in parses(word):
        tag = parse.tag
        if tag.POS not in ("NOUN", "ADJF", "PRTF"):
            continue
        score = parse.score
        if want_case is not None and _same_case(tag.case, want_case):
            score += 2
        if feats.get("Number") == "Plur" and tag.number == "plur":
            score += 1
        if feats.get("Number") == "Sing" and tag.number == "sing":
            score += 1
        if score > best_score:
            best, best_score = parse, score
    return best
