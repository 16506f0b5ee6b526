"""Segment a normalised Russian report: sentences, tokens with their analyses, entity spans.

This is the one place the document is cut up: razdel finds the sentences, a word pattern the
tokens, and each token gets its lemma and pymorphy3 analyses from the one
:class:`~builder.text.nlp.Morphology` of the language; the recognisers read these through the
views of :mod:`builder.text.languages.ru.recognise.lexicon`, never tokenising again. natasha's
news NER tagger adds entity spans (PER, LOC, ORG). Sentences never cross a paragraph break
("\\n"), because headings carry no final full stop and would otherwise swallow the next
paragraph's first sentence.

The module also inflects phrases to the nominative, which recognisers need to turn "встретились
с Председателем ЦИК Маратом Жунусовым" into a person "Марат Жунусов" with the post
"Председатель ЦИК": :func:`to_nominative` for personal names, :func:`phrase_to_nominative`
for posts, organisations and places (only the head changes; a genitive tail stays).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import razdel

from builder.base.errors import InputError
from builder.reference.morphology import Morphology
from builder.text.document import Doc, Entity, TextSpan, Token
from builder.text.languages import package_file, word_lists

if TYPE_CHECKING:
    from natasha import NewsNERTagger
    from pymorphy3.analyzer import Parse

#: A token: a word (hyphenated words kept whole), a run of digits or one other character.
TOKEN = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*|\d+|\S")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


class Segmenter:
    """The segmentation stage: fills ``doc.sents``, ``doc.tokens`` and ``doc.spans``.

    ``ner`` is natasha's NER tagger; without one (callers that only need sentences and
    tokens) there are no entity spans.
    """

    def __init__(self, morph: Morphology, ner: NewsNERTagger | None = None) -> None:
        self.morph = morph
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        paragraphs = list(_paragraphs(text))
        sents: list[TextSpan] = []
        for par_start, par_text in paragraphs:
            for sent in razdel.sentenize(par_text):
                for start, piece in _bounded(par_start + sent.start, sent.text):
                    stripped = piece.strip()
                    if stripped:
                        start += len(piece) - len(piece.lstrip())
                        sents.append(TextSpan(start, start + len(stripped), stripped))
        doc.sents = sents
        doc.tokens = self.tokens(sents)
        doc.spans = self.entities(doc, paragraphs) if self.ner is not None else []
        return doc

    def tokens(self, sents: Sequence[TextSpan]) -> list[Token]:
        """The tokens of each sentence, with the lemma and analyses of their word form."""
        morph = self.morph
        out: list[Token] = []
        for index, sent in enumerate(sents):
            for match in TOKEN.finditer(sent.text):
                word = match.group()
                start = sent.start + match.start()
                out.append(
                    Token(
                        start,
                        start + len(word),
                        word,
                        lemma=morph.lemma(word),
                        sent=index,
                        analyses=morph.parses(word),
                    )
                )
        return out

    def entities(self, doc: Doc, paragraphs: Sequence[tuple[int, str]]) -> list[Entity]:
        """natasha's entity spans, cut at sentence boundaries, with their nominative."""
        assert self.ner is not None
        text, sents = doc.text, doc.sents
        found: list[tuple[int, int, str]] = []
        if paragraphs:
            # Paragraph by paragraph (the context natasha's tagger was trained on), then cut
            # at sentence boundaries: "Маратом Жунусовым. М. Жунусов" is two people.
            markups = self.ner.map([par_text for _, par_text in paragraphs])
            sent_starts = [sent.start for sent in sents]
            for (par_start, _), markup in zip(paragraphs, markups, strict=True):
                for span in markup.spans:
                    start, stop = par_start + span.start, par_start + span.stop
                    pieces = _split_at_sentences(text, sents, sent_starts, start, stop)
                    for sent_start, piece_start, piece_stop in pieces:
                        if span.type == "PER":
                            floor = max(sent_start, found[-1][1] if found else 0)
                            piece_start = max(floor, _extend_over_initials(text, piece_start))
                        found.append((piece_start, piece_stop, span.type))
        out = []
        for start, stop, kind in found:
            tokens = doc.tokens_in(start, stop)
            nominative = to_nominative if kind == "PER" else phrase_to_nominative
            out.append(
                Entity(start, stop, kind, text[start:stop], tokens, nominative(tokens, self.morph))
            )
        return out


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


# -- the nominative --------------------------------------------------------------------------


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
    word: str, case: str | None, gender: str | None, roles: Iterable[str], morph: Morphology
) -> Parse | None:
    """A parse of ``word`` as a name part (one of ``roles``) in ``case`` and ``gender``."""
    candidates = morph.parses(word)
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


def to_nominative(tokens: Sequence[Token | str], morph: Morphology) -> str:
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
    roles = _name_roles([words[i] for i in full_words], morph)
    case, gender = _case_and_gender(words, full_words, roles, morph)
    out = list(words)
    for i, role in zip(full_words, roles, strict=True):
        wanted = {"Name": ("Name", "Surn"), "Patr": ("Patr",), "Surn": ("Surn", "Patr")}[role]
        new_parts = []
        for part in words[i].split("-"):
            if len(part) <= 1:
                new_parts.append(part)
                continue
            parse = _name_parse(part, case, gender, wanted, morph)
            if parse is not None:
                new_parts.append(_inflect(part, parse, {"nomn"}))
                continue
            by_suffix = _surname_by_suffix(part, case, gender) if role == "Surn" else None
            if by_suffix is not None:
                new_parts.append(by_suffix)
                continue
            if role == "Surn" and gender != "femn":
                parse = _plain_noun_parse(part, case, morph)
            new_parts.append(part if parse is None else _inflect(part, parse, {"nomn"}))
        out[i] = "-".join(new_parts)
    return _join(items, out)


#: The name data of Russian (surname endings), shipped beside this module.
NAMES_FILE = package_file(__package__, "names.yaml")


def _surname_endings(data: dict[str, Any]) -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
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


# Endings of Russian surnames by gender and case, with their nominative, for surnames
# pymorphy3 reads as some other word ("Лапина" as a noun).
_SURNAME_ENDINGS = _surname_endings(word_lists(NAMES_FILE))


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


def _has_reading(word: str, role: str, morph: Morphology) -> bool:
    """Whether pymorphy3 reads ``word`` (its last hyphen part) as a singular ``role``."""
    return any(_is_reading(parse, role) for parse in morph.parses(word.split("-")[-1]))


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


def _looks_like_surname(word: str, morph: Morphology) -> bool:
    """A surname reading, or a Russian surname ending (-ов, -ина, -ским...)."""
    return _has_reading(word, "Surn", morph) or word.lower().endswith(_SURNAME_SHAPES)


def _name_roles(words: Sequence[str], morph: Morphology) -> list[str]:
    """Which of a name's words is the first name ("Name"), patronymic and surname.

    The usual order is first name [patronymic] surname; when the first word is no first name
    and the second is one, the surname comes first ("Жунусовым Маратом Ерлановичем").
    """
    count = len(words)
    if count == 1:
        alone_name = _has_reading(words[0], "Name", morph) and not _has_reading(
            words[0], "Surn", morph
        )
        return ["Name" if alone_name else "Surn"]
    if (
        not _has_reading(words[0], "Name", morph)
        and _has_reading(words[1], "Name", morph)
        and _looks_like_surname(words[0], morph)
    ):
        return ["Surn", "Name", *["Patr"] * (count - 2)]
    return ["Name", *["Patr"] * (count - 2), "Surn"]


def _plain_noun_parse(word: str, case: str | None, morph: Morphology) -> Parse | None:
    """A masculine singular noun parse (an unusual surname pymorphy3 does not tag Surn)."""
    for parse in morph.parses(word):
        tag = parse.tag
        if tag.POS != "NOUN" or tag.number != "sing" or tag.gender != "masc":
            continue
        if "Name" in tag.grammemes or "Geox" in tag.grammemes:
            continue
        if case is None or _same_case(tag.case, case):
            return parse
    return None


def _case_and_gender(
    words: Sequence[str], full_words: Sequence[int], roles: Sequence[str], morph: Morphology
) -> tuple[str | None, str | None]:
    """The case and gender of a name phrase.

    The case is one that the first name (as a first name) and the other parts (as surname or
    patronymic) can all be in, so a guessed reading of one part ("Беком" as a nominative) is
    outvoted by the others; among those, the first name's most likely reading decides.
    Without a first name, the surname's readings decide.
    """

    def readings(word: str, wanted: tuple[str, ...]) -> list[Any]:
        return [
            parse.tag
            for parse in morph.parses(word.split("-")[-1])
            if any(_is_reading(parse, role) for role in wanted)
        ]

    lead_at = roles.index("Name") if "Name" in roles else len(roles) - 1
    lead = readings(words[full_words[lead_at]], (roles[lead_at],))
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


def _case_group(case: str | None) -> str | None:
    """A case with its variants merged (gen1/gen2 -> gent, loc1/loc2 -> loct, acc2 -> accs)."""
    if case is None:
        return None
    return {"gen1": "gent", "gen2": "gent", "loc1": "loct", "loc2": "loct", "acc2": "accs"}.get(
        str(case), str(case)
    )


def phrase_to_nominative(tokens: Sequence[Token | str], morph: Morphology) -> str:
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
    for i, word in enumerate(words):
        if not _CYRILLIC_WORD.fullmatch(word) or (word.isupper() and len(word) > 1):
            break
        parse = _phrase_parse(word, head_case, morph)
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


def _phrase_parse(word: str, case: str | None, morph: Morphology) -> Parse | None:
    """The most likely noun or adjective parse of a word at the start of a noun phrase, in
    ``case`` (that of the modifiers before it) when it can be."""
    best: Any = None
    best_score = -1.0
    for parse in morph.parses(word):
        tag = parse.tag
        if tag.POS not in ("NOUN", "ADJF", "PRTF"):
            continue
        score = parse.score
        if case is not None and _same_case(tag.case, case):
            score += 2
        if score > best_score:
            best, best_score = parse, score
    return best
