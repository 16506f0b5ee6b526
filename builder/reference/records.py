"""General reference data (``data/reference/``): states, organisations, posts, bodies, places.

The extractor uses these lists as gazetteers and the assembler uses them for IRIs, ISO codes,
Wikidata links and labels. Everything here is *general*: facts of one report never live here.

Names are matched **by word forms, not by strings**. Russian inflects names ("Республики
Армения", "из Азербайджана", "в Акмолинской области", "казахстанские парламентарии"), so the
reference files hold nominative forms only, and both a name and a text are reduced, word by
word, to sets of candidate keys (:meth:`WordForms.forms`): the word itself, every lemma pymorphy3
gives it, and the word without each inflectional ending it may carry. A name matches where
each of its words shares a key with the text's word at the same place.

Why sets and not one lemma per word: one lemma is not stable. Homonyms pick the wrong lemma
("Премьера" is the genitive of "премьер" and a word of its own; "Сорок" is "forty" and the
genitive of "Сороки"), and pymorphy3's guesses for words it does not know (most place names of
the region) change with the case ("Костанай" → "костанай", "Костаная" → "костаный"). The union
of lemmas and stems always contains something the other forms share.
:meth:`WordForms.lemma_key` gives the one-lemma-per-word key for display and for uniqueness
checks of the data.

Hyphens and dashes separate words, so "государств-участников" and "государств — участников"
agree; a soft hyphen (left by PDF extraction) does not. Short all-capital words are
abbreviations ("СНГ", "ЦИК") and match only themselves.

The data is validated on load (required fields, ISO and Wikidata patterns, unique keys,
references between files); a bad file raises :class:`~builder.base.errors.InputError` naming the
file and line.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from builder.base.errors import InputError
from builder.base.resources import resource_dir
from builder.reference.morphology import Morphology
from builder.reference.person_keys import PersonKeys

DEFAULT_ROOT = resource_dir("data/reference")
# The language whose name makes a place's IRI (eor:place/<state>/<slug of it>): the IRIs were
# minted from the Russian names, and a graph's IRIs do not change with the data's languages.
IRI_LANGUAGE = "ru"

LemmaKey = tuple[str, ...]
Forms = tuple[frozenset[str], ...]

# --------------------------------------------------------------------------------------------
# Word forms

# A word: letters and digits; a soft hyphen (U+00AD, left by PDF extraction) stays inside it.
_WORD = re.compile(r"[^\W_](?:[^\W_]|\u00ad)*")
_CYRILLIC = re.compile(r"[а-я]")
# Inflectional endings of nouns and adjectives.
_ENDINGS = (
    "ыми", "ими", "ого", "его", "ому", "ему", "ами", "ями",
    "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ую", "юю", "ых", "их",
    "ым", "им", "ом", "ем", "ей", "ах", "ях", "ам", "ям", "ов", "ев", "ою", "ею",
    "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
)  # fmt: skip
_MIN_STEM = 2
# All-capital words this short are abbreviations ("СНГ", "ЦИК", "РФ") and match only
# themselves; longer ones may be an abbreviation ("ОБСЕ") or a word of a headline set in
# capitals ("РОССИИ"), and get the forms of a word, which leave an abbreviation's own key in.
_MAX_ABBREVIATION = 3


# Latin letters that look like Cyrillic ones; PDF text and hand typing mix them into Cyrillic
# words ("CНГ" with a Latin C). A word with letters of both scripts is read as Cyrillic.
_HOMOGLYPHS = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_LATIN = re.compile(r"[a-zA-Z]")


def _clean(word: str) -> str:
    word = word.replace("\u00ad", "")
    if _LATIN.search(word) and re.search(r"[а-яА-ЯёЁ]", word):
        word = word.translate(_HOMOGLYPHS)
    elif not re.search(r"[а-яА-ЯёЁ]", word) and not word.isascii():
        # a Latin name keys without its diacritics: English texts write "Chisinau" and
        # "Balti" as often as "Chișinău" and "Bălți"
        word = "".join(
            c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
        )
    return word.lower().replace("ё", "е")


def _is_abbreviation(word: str) -> bool:
    return word.isupper() and len(word) <= _MAX_ABBREVIATION


#: Distinct words whose forms and key a :class:`WordForms` keeps.
_WORD_MEMO = 65536


def words(text: str) -> list[tuple[int, int, str]]:
    """The words of ``text`` with their ``[start, end)`` offsets."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


class WordForms:
    """Words reduced to the keys names are matched by, with the analyser it is given.

    Whoever reads the reference data hands it the build's :class:`Morphology`, so the names
    and the texts are analysed by one analyser with one memo; the keys of each distinct word
    are kept here, on the object, not in a module-level cache.
    """

    def __init__(self, morph: Morphology) -> None:
        self.morph = morph
        self.forms = functools.lru_cache(maxsize=_WORD_MEMO)(self._forms)
        self.key = functools.lru_cache(maxsize=_WORD_MEMO)(self._key)

    def _forms(self, word: str) -> frozenset[str]:
        """The keys one word can match by: itself, its pymorphy3 lemmas, its stems.

        Words of up to three capitals ("СНГ", "ЦИК"), Latin words and numbers are their own
        only key.
        """
        word = word.replace("\u00ad", "")
        lower = _clean(word)
        if _is_abbreviation(word) or not _CYRILLIC.search(lower):
            return frozenset({lower})
        forms = {lower}
        forms.update(p.normal_form.replace("ё", "е") for p in self.morph.parses(lower))
        # A two-letter stem only for three-letter words ("Оше" -> "ош"): "Киева" must not
        # give "ки".
        min_stem = _MIN_STEM if len(lower) <= _MIN_STEM + 1 else _MIN_STEM + 1
        for ending in _ENDINGS:
            if lower.endswith(ending) and len(lower) - len(ending) >= min_stem:
                forms.add(lower[: -len(ending)])
        return frozenset(forms)

    def _key(self, word: str) -> str:
        """One key for one word: the first pymorphy3 lemma (abbreviations stay as they are)."""
        word = word.replace("\u00ad", "")
        lower = _clean(word)
        if _is_abbreviation(word) or not _CYRILLIC.search(lower):
            return lower
        found = self.morph.parses(lower)
        return found[0].normal_form.replace("ё", "е") if found else lower

    def lemma_key(self, phrase: str) -> LemmaKey:
        """One lemma per word, in order: a readable key for display and uniqueness checks.

        Matching does not use it (see :meth:`phrase`), because one lemma per word is not
        stable across case forms ("Республики Армения" and "Республика Армения" agree).
        """
        return tuple(self.key(w) for _, _, w in words(phrase))

    def phrase(self, phrase: str) -> Forms:
        """The candidate keys of each word of ``phrase``, in order."""
        return tuple(self.forms(w) for _, _, w in words(phrase))


def forms_match(name: Forms, text: Forms) -> bool:
    """Whether ``text`` is the name ``name`` word by word (in some case form)."""
    return len(name) == len(text) and all(a & b for a, b in zip(name, text, strict=True))


# --------------------------------------------------------------------------------------------
# Entries

V = TypeVar("V")


class ByLanguage(Mapping[str, V]):
    """Values keyed by language tag ("ru", "en"): read-only, hashable, in file order.

    Every name in the reference data belongs to a language and the files say which
    (``name: {ru: ..., en: ...}``), so a third language is one more key in the data, not a field
    of these classes.
    """

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, V] | None = None) -> None:
        self._items: dict[str, V] = dict(items or {})

    def __getitem__(self, lang: str) -> V:
        return self._items[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(tuple(self._items.items()))

    def __repr__(self) -> str:
        return f"ByLanguage({self._items!r})"


Texts = ByLanguage[tuple[str, ...]]


def _every(*groups: Texts) -> tuple[str, ...]:
    """The texts of every language of ``groups``, group by group."""
    return tuple(text for group in groups for texts in group.values() for text in texts)


@dataclass(frozen=True)
class State:
    """A sovereign state. ``iso`` is ISO 3166-1 alpha-2 and the state's IRI key.

    ``name`` is the usual short name ("Кыргызстан", "Kyrgyzstan"), ``full_name`` the official
    one; ``adjectives`` start with the relational adjective (a lemma: "казахстанский").
    """

    iso: str
    iso3: str
    wikidata: str | None
    name: ByLanguage[str]
    full_name: ByLanguage[str]
    variants: Texts
    adjectives: Texts
    capital: ByLanguage[str]
    cis: bool
    cis_status: str | None
    osce: bool

    @property
    def key(self) -> str:
        return self.iso

    def names(self) -> tuple[str, ...]:
        """Every name in every language that refers to the state, adjectives included."""
        return tuple(
            text
            for lang in self.name
            for text in (
                *((self.full_name[lang],) if lang in self.full_name else ()),
                self.name[lang],
                *self.variants.get(lang, ()),
                *self.adjectives.get(lang, ()),
            )
        )


@dataclass(frozen=True)
class Organisation:
    """An organisation of the genre (IPA CIS, CIS, OSCE/ODIHR...). ``key`` is its IRI key."""

    key: str
    name: ByLanguage[str]
    abbreviations: tuple[str, ...]  # of any language ("МПА СНГ", "IPA CIS")
    variants: Texts
    anaphora: Texts
    wikidata: str | None
    kind: str
    parent: str | None
    mission_names: Texts

    def names(self) -> tuple[str, ...]:
        """Names that refer to this organisation wherever they occur (no anaphora)."""
        return (*self.name.values(), *self.abbreviations, *_every(self.variants))


@dataclass(frozen=True)
class Post:
    """A general post of the genre ("Председатель Центральной избирательной комиссии")."""

    key: str
    name: ByLanguage[str]
    head_words: Texts
    kind: str
    variants: Texts

    def names(self) -> tuple[str, ...]:
        return (*self.name.values(), *_every(self.variants))


@dataclass(frozen=True)
class Body:
    """A legislature, chamber, electoral commission or government of one state."""

    key: str
    name: ByLanguage[str]
    state: str
    kind: str
    variants: Texts
    wikidata: str | None = None

    def names(self) -> tuple[str, ...]:
        return (*self.name.values(), *_every(self.variants))


@dataclass(frozen=True)
class Place:
    """A region, district, city or capital. Its IRI comes from its Russian name and ``state``."""

    name: ByLanguage[str]
    state: str
    kind: str
    wikidata: str | None
    variants: Texts

    @property
    def key(self) -> str:
        return f"{self.state}/{self.name[IRI_LANGUAGE]}"

    def names(self) -> tuple[str, ...]:
        return (*self.name.values(), *_every(self.variants))


Entry = State | Organisation | Post | Body | Place
E = TypeVar("E", State, Organisation, Post, Body, Place)


@dataclass(frozen=True)
class Match:
    """A name of a reference entry found in a text, with its character offsets."""

    start: int
    end: int
    kind: str  # "state" | "organisation" | "body" | "place" | "post"
    entry: Entry
    text: str
    entries: tuple[Entry, ...] = ()  # every entry of that name ("ЦИК": one per state)


def _capitals(phrase: str) -> tuple[bool, ...]:
    return tuple(w[:1].isupper() for _, _, w in words(phrase))


class _Gazetteer:
    """Names reduced to word forms, indexed by the forms of their first word.

    A gazetteer of proper names (``proper=True``: places) also asks that a word written with a
    capital in the name be written with one in the text, so that "семей" (of families) is not
    the city Семей and "Сорок" at the start of a sentence is the only risk left.
    """

    def __init__(self, words: WordForms, proper: bool = False) -> None:
        self.words = words
        self.proper = proper
        self.by_first: dict[str, list[tuple[int, Forms, tuple[bool, ...], Any]]] = {}
        self._count = 0

    def add(self, name: str, entry: Any) -> None:
        self.add_forms(self.words.phrase(name), entry, _capitals(name))

    def add_forms(self, forms: Forms, entry: Any, capitals: tuple[bool, ...] = ()) -> None:
        if not forms:
            return
        caps = capitals if self.proper else ()
        item = (self._count, forms, caps, entry)
        self._count += 1
        for key in forms[0]:
            self.by_first.setdefault(key, []).append(item)

    def longest_at(self, text: Forms, caps: tuple[bool, ...], i: int) -> tuple[int, list[Any]]:
        """The length (in words) of the longest name starting at word ``i``, and its entries.

        ``caps`` says which words of the text start with a capital. Entries come in the order
        their names were added (file order), without repeats.
        """
        best_len = 0
        best: dict[int, tuple[int, Any]] = {}
        for key in text[i]:
            for order, forms, name_caps, entry in self.by_first.get(key, ()):
                n = len(forms)
                if n < best_len or i + n > len(text):
                    continue
                if not all(forms[k] & text[i + k] for k in range(1, n)):
                    continue
                if name_caps and any(c and not caps[i + k] for k, c in enumerate(name_caps)):
                    continue
                if n > best_len:
                    best_len, best = n, {}
                previous = best.get(id(entry))
                if previous is None or order < previous[0]:
                    best[id(entry)] = (order, entry)
        return best_len, [entry for _, entry in sorted(best.values(), key=lambda oe: oe[0])]

    def spans(self, text: Forms, caps: tuple[bool, ...]) -> Iterator[tuple[int, int, list[Any]]]:
        """Leftmost-longest non-overlapping matches, as word index ranges."""
        i = 0
        while i < len(text):
            n, found = self.longest_at(text, caps, i)
            if n:
                yield i, i + n, found
                i += n
            else:
                i += 1

    def find_prefix(self, text: str) -> list[Any]:
        """Entries of the longest name that starts ``text``, else as :meth:`find`."""
        forms = self.words.phrase(text)
        if forms:
            n, found = self.longest_at(forms, _capitals(text), 0)
            if n:
                return found
        return self.find(text)

    def find(self, text: str) -> list[Any]:
        """Entries of the longest name inside ``text`` (the leftmost of equally long ones)."""
        forms, caps = self.words.phrase(text), _capitals(text)
        best_len, best = 0, []
        for i in range(len(forms)):
            n, found = self.longest_at(forms, caps, i)
            if n > best_len:
                best_len, best = n, found
        return best


# --------------------------------------------------------------------------------------------
# Loading and validation

_ISO2 = re.compile(r"^[A-Z]{2}$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")

ORGANISATION_KINDS = (
    "intergovernmental",
    "parliamentary-assembly",
    "council",
    "secretariat",
    "institute",
    "institution",
    "commission",
    "association",
    "parliament",
)
POST_KINDS = (
    "head-of-body",
    "deputy-head",
    "member",
    "minister",
    "secretariat",
    "mission",
    "head-of-state",
    "other",
)
BODY_KINDS = (
    "legislature",
    "upper-house",
    "lower-house",
    "electoral-commission",
    "government",
    "head-of-state",
    "ministry",
    "court",
)
PLACE_KINDS = ("capital", "city", "region", "district")
CIS_STATUSES = ("member", "associate", "former")


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records the line of every mapping under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = {str(k): v for k, v in loader.construct_mapping(node, deep=True).items()}
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read(path: Path) -> list[dict[str, Any]]:
    """The entries of one reference file: a YAML list of mappings."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: reference file not found") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise InputError(f"{path}{line}: malformed YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: malformed YAML: {exc}") from None
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise InputError(f"{path}: expected a list of mappings, one per entry")
    return data


class _Checker:
    """Field checks for one entry, with errors that name the file, line and entry."""

    def __init__(self, path: Path, raw: dict[str, Any], required: Iterable[str], optional=()):
        self.path = path
        self.line = raw.get("__line__", 0)
        self.raw = {k: v for k, v in raw.items() if k != "__line__"}
        name = self.raw.get("name")
        iri_name = name.get(IRI_LANGUAGE) if isinstance(name, dict) else None
        self.label = str(self.raw.get("key") or self.raw.get("iso") or iri_name or "entry")
        allowed = set(required) | set(optional)
        unknown = sorted(set(self.raw) - allowed)
        if unknown:
            self.fail(f"unknown field(s) {', '.join(unknown)}")
        missing = sorted(set(required) - set(self.raw))
        if missing:
            self.fail(f"missing field(s) {', '.join(missing)}")

    def fail(self, message: str) -> None:
        raise InputError(f"{self.path}:{self.line}: {self.label}: {message}")

    def text(self, name: str, pattern: re.Pattern[str] | None = None) -> str:
        return self._text(name, self.raw.get(name), pattern)

    def _text(self, name: str, value: Any, pattern: re.Pattern[str] | None = None) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{name} must be a non-empty string")
        assert isinstance(value, str)
        if pattern is not None and not pattern.match(value):
            self.fail(f"{name} {value!r} does not match {pattern.pattern}")
        return value.strip()

    def optional_text(self, name: str, pattern: re.Pattern[str] | None = None) -> str | None:
        if self.raw.get(name) is None:
            return None
        return self.text(name, pattern)

    def texts(self, name: str) -> tuple[str, ...]:
        return self._texts(name, self.raw.get(name))

    def _texts(self, name: str, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"{name} must be a list of non-empty strings")
        return tuple(v.strip() for v in value)

    def _languages(self, name: str) -> dict[str, Any]:
        value = self.raw.get(name)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(f"{name} must map language tags to values ({name}: {{ru: ..., en: ...}})")
        by_lang = {k: v for k, v in value.items() if k != "__line__"}
        for lang in by_lang:
            if not _LANGUAGE.match(lang):
                self.fail(f"{name}: {lang!r} is not a language tag (two or three small letters)")
        return by_lang

    def name(self, field: str, required: Iterable[str] = ()) -> ByLanguage[str]:
        """One text per language, with the languages every entry must have."""
        by_lang = self._languages(field)
        missing = sorted(set(required) - set(by_lang))
        if missing:
            self.fail(f"{field} has no {', '.join(missing)}")
        return ByLanguage({k: self._text(f"{field}.{k}", v) for k, v in by_lang.items()})

    def names(self, field: str) -> Texts:
        """A list of texts per language; languages with an empty list are left out."""
        by_lang = {k: self._texts(f"{field}.{k}", v) for k, v in self._languages(field).items()}
        return ByLanguage({k: v for k, v in by_lang.items() if v})

    def flag(self, name: str) -> bool:
        value = self.raw.get(name)
        if not isinstance(value, bool):
            self.fail(f"{name} must be true or false")
        return bool(value)

    def choice(self, name: str, allowed: tuple[str, ...], optional: bool = False) -> str | None:
        value = self.raw.get(name)
        if value is None and optional:
            return None
        if value not in allowed:
            self.fail(f"{name} {value!r} is not one of {', '.join(allowed)}")
        return str(value)


def _states(path: Path) -> list[State]:
    out = []
    for raw in _read(path):
        c = _Checker(
            path,
            raw,
            (
                "iso",
                "iso3",
                "wikidata",
                "name",
                "full_name",
                "adjectives",
                "capital",
                "cis",
                "osce",
            ),
            ("variants", "cis_status"),
        )
        state = State(
            iso=c.text("iso", _ISO2),
            iso3=c.text("iso3", _ISO3),
            wikidata=c.optional_text("wikidata", _QID),
            name=c.name("name", ("ru", "en")),
            full_name=c.name("full_name", ("ru", "en")),
            variants=c.names("variants"),
            adjectives=c.names("adjectives"),
            capital=c.name("capital", ("ru",)),
            cis=c.flag("cis"),
            cis_status=c.choice("cis_status", CIS_STATUSES, optional=True),
            osce=c.flag("osce"),
        )
        if "ru" not in state.adjectives:
            c.fail("adjectives has no ru (the relational adjective, as a lemma)")
        if state.cis != (state.cis_status in ("member", "associate")):
            c.fail("cis must be true exactly when cis_status is member or associate")
        out.append(state)
    return out


def _organisations(path: Path) -> list[Organisation]:
    out = []
    for raw in _read(path):
        c = _Checker(
            path,
            raw,
            ("key", "name", "abbreviations", "kind"),
            ("variants", "anaphora", "wikidata", "parent", "mission_names"),
        )
        out.append(
            Organisation(
                key=c.text("key", _KEY),
                name=c.name("name", ("ru", "en")),
                abbreviations=c.texts("abbreviations"),
                variants=c.names("variants"),
                anaphora=c.names("anaphora"),
                wikidata=c.optional_text("wikidata", _QID),
                kind=str(c.choice("kind", ORGANISATION_KINDS)),
                parent=c.optional_text("parent", _KEY),
                mission_names=c.names("mission_names"),
            )
        )
    return out


def _posts(path: Path, forms: WordForms) -> list[Post]:
    out = []
    for raw in _read(path):
        c = _Checker(path, raw, ("key", "name", "head_words", "kind"), ("variants",))
        post = Post(
            key=c.text("key", _KEY),
            name=c.name("name", ("ru", "en")),
            head_words=c.names("head_words"),
            kind=str(c.choice("kind", POST_KINDS)),
            variants=c.names("variants"),
        )
        if "ru" not in post.head_words:
            c.fail("head_words must name at least one ru lemma")
        for lang, heads in post.head_words.items():
            if lang not in post.name:
                c.fail(f"head_words has {lang}, but name has none")
            first = words(post.name[lang])[0][2]
            if not any(forms.phrase(w)[0] & forms.forms(first) for w in heads):
                c.fail(f"head_words must contain the first word of name.{lang} ({first!r})")
        out.append(post)
    return out


def _bodies(path: Path) -> list[Body]:
    out = []
    for raw in _read(path):
        c = _Checker(path, raw, ("key", "name", "state", "kind"), ("variants", "wikidata"))
        out.append(
            Body(
                key=c.text("key", _KEY),
                name=c.name("name", ("ru", "en")),
                state=c.text("state", _ISO2),
                kind=str(c.choice("kind", BODY_KINDS)),
                variants=c.names("variants"),
                wikidata=c.optional_text("wikidata", _QID),
            )
        )
    return out


def _places(path: Path) -> list[Place]:
    out = []
    for raw in _read(path):
        c = _Checker(path, raw, ("name", "state", "kind"), ("wikidata", "variants"))
        out.append(
            Place(
                name=c.name("name", (IRI_LANGUAGE,)),
                state=c.text("state", _ISO2),
                kind=str(c.choice("kind", PLACE_KINDS)),
                wikidata=c.optional_text("wikidata", _QID),
                variants=c.names("variants"),
            )
        )
    return out


def _unique(path: Path, entries: list[E], key: str) -> dict[str, E]:
    by_key: dict[str, E] = {}
    for entry in entries:
        k = getattr(entry, key)
        if k in by_key:
            raise InputError(f"{path}: duplicate {key} {k!r}")
        by_key[k] = entry
    return by_key


# --------------------------------------------------------------------------------------------
# The reference


@dataclass
class Reference:
    """All reference data, with lookups by key and by (inflected) name."""

    root: Path
    states: tuple[State, ...]
    organisations: tuple[Organisation, ...]
    posts: tuple[Post, ...]
    bodies: tuple[Body, ...]
    places: tuple[Place, ...]
    person_keys: PersonKeys
    words: WordForms = field(repr=False)
    _by_iso: dict[str, State] = field(default_factory=dict, repr=False)
    _by_org: dict[str, Organisation] = field(default_factory=dict, repr=False)
    _by_body: dict[str, Body] = field(default_factory=dict, repr=False)
    _by_post: dict[str, Post] = field(default_factory=dict, repr=False)
    _gaz: dict[str, _Gazetteer] = field(default_factory=dict, repr=False)
    _post_head_forms: list[Forms] = field(default_factory=list, repr=False)
    _unit_forms: list[Forms] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._by_iso = {s.iso: s for s in self.states}
        self._by_org = {o.key: o for o in self.organisations}
        self._by_body = {b.key: b for b in self.bodies}
        self._by_post = {p.key: p for p in self.posts}
        forms = self.words
        gaz = {k: _Gazetteer(forms) for k in ("state", "organisation", "anaphora", "mission")}
        gaz |= {
            "post": _Gazetteer(forms),
            "body": _Gazetteer(forms),
            "place": _Gazetteer(forms, proper=True),
        }
        for s in self.states:
            for name in s.names():
                gaz["state"].add(name, s)
        for o in self.organisations:
            for name in o.names():
                gaz["organisation"].add(name, o)
            for name in _every(o.anaphora):
                gaz["anaphora"].add(name, o)
            for name in _every(o.mission_names):
                gaz["mission"].add(name, o)
        for p in self.posts:
            for name in p.names():
                gaz["post"].add(name, p)
        for b in self.bodies:
            state = self._by_iso[b.state]
            for lang in b.name:
                state_names = _state_names(state, lang, forms)
                for name in (b.name[lang], *b.variants.get(lang, ())):
                    for alternation in _state_alternations(name, state_names, forms):
                        gaz["body"].add_forms(alternation, b)
        for pl in self.places:
            for name in pl.names():
                if _CYRILLIC.search(name.lower()):
                    gaz["place"].add(name, pl)
                else:  # English unit words are written in either case ("Tashkent region")
                    caps = tuple(i == 0 for i in range(len(words(name))))
                    gaz["place"].add_forms(forms.phrase(name), pl, caps)
        self._gaz = gaz
        self._post_head_forms = [forms.phrase(w) for w in sorted(self.post_head_words())]
        self._unit_forms = [forms.phrase(w) for w in sorted(self.place_unit_words())]

    # -- by key ----------------------------------------------------------------------------

    def state_by_iso(self, iso: str) -> State | None:
        """The state with ISO 3166-1 alpha-2 code ``iso`` (any case), or None."""
        return self._by_iso.get(iso.upper())

    def organisation_by_key(self, key: str) -> Organisation | None:
        return self._by_org.get(key)

    def body_by_key(self, key: str) -> Body | None:
        return self._by_body.get(key)

    def post_by_key(self, key: str) -> Post | None:
        return self._by_post.get(key)

    def cis_states(self) -> tuple[State, ...]:
        """Current CIS members and associates, by ISO code."""
        return tuple(s for s in self.states if s.cis)

    def post_head_words(self) -> frozenset[str]:
        """Words (lower-case nominative) that can start a post phrase ("председатель")."""
        return frozenset(w.lower() for p in self.posts for w in _every(p.head_words))

    def is_post_head(self, word: str) -> bool:
        """Whether ``word``, in any case form, can start a post phrase ("Председателем")."""
        return _any_form_in(self.words.phrase(word), self._post_head_forms)

    # -- by name -----------------------------------------------------------------------------

    def find_state(self, text: str) -> State | None:
        """The state ``text`` names in any case form: full, short, variant or adjective.

        "Республики Армения", "из Азербайджана" and "казахстанские" all resolve; a longer text
        resolves to the longest state name inside it.
        """
        found = self._gaz["state"].find(text)
        return found[0] if found else None

    def find_organisation(self, text: str, anaphora: bool = False) -> Organisation | None:
        """The organisation ``text`` names: abbreviation, full name or variant, any case.

        With ``anaphora`` the short words that need context ("Ассамблея") count too, after
        the unambiguous names.
        """
        found = self._gaz["organisation"].find(text)
        if not found and anaphora:
            found = self._gaz["anaphora"].find(text)
        if not found:
            org = self.organisation_by_key(text.strip())
            return org
        return found[0]

    def find_mission_organiser(self, text: str) -> Organisation | None:
        """The organisation whose mission ``text`` names ("группы наблюдателей от МПА СНГ")."""
        found = self._gaz["mission"].find(text)
        return found[0] if found else None

    def find_post(self, text: str) -> Post | None:
        """The general post that ``text`` starts with (longest), else one named inside it.

        Anchoring at the start matters: "заместитель Председателя Совета Федерации" is a
        deputy chair, although "Председатель Совета Федерации" is the longer name inside it.
        """
        found = self._gaz["post"].find_prefix(text)
        return found[0] if found else None

    def find_body(self, text: str, state_iso: str | None = None) -> Body | None:
        """The legislature, chamber or commission ``text`` names, optionally of one state."""
        return _pick(self._gaz["body"].find(text), state_iso)

    def place_unit_words(self) -> frozenset[str]:
        """The unit nouns that end region and district names ("область", "район", "марз").

        Derived from the data: the last word of every region or district name of two or more
        words, when it is written in lower case and at least three names share it. The
        extractor needs these to undo coordinated ellipsis: in "в Ошской и Джалал-Абадской
        областях" the first place is ``find_place("Ошской областях")``.
        """
        counts: dict[str, int] = {}
        for place in self.places:
            if place.kind not in ("region", "district"):
                continue
            for name in place.names():
                tokens = words(name)
                if len(tokens) >= 2 and tokens[-1][2].islower():  # a common noun, not "Сванети"
                    last = _clean(tokens[-1][2])
                    counts[last] = counts.get(last, 0) + 1
        return frozenset(word for word, n in counts.items() if n >= 3)

    def is_place_unit(self, word: str) -> bool:
        """Whether ``word``, in any case form, is a unit noun ("областях", "марзах")."""
        return _any_form_in(self.words.phrase(word), self._unit_forms)

    def find_places(self, text: str, state_iso: str | None = None) -> list[Place]:
        """Every place ``text`` names (same-named places of different states), best first."""
        found = self._gaz["place"].find(text)
        if state_iso:
            found = [p for p in found if p.state == state_iso.upper()]
        return sorted(
            found, key=lambda p: (PLACE_KINDS.index(p.kind), p.state, p.name[IRI_LANGUAGE])
        )

    def find_place(self, text: str, state_iso: str | None = None) -> Place | None:
        """The place ``text`` names in any case ("в Акмолинской области"), or None.

        Without ``state_iso`` a name shared by places of several states is ambiguous and
        resolves to None unless one of them is a capital.
        """
        found = self.find_places(text, state_iso)
        if not found:
            return None
        if len({p.state for p in found}) > 1 and found[0].kind != "capital":
            return None
        return found[0]

    def scan(self, text: str, kinds: Iterable[str] | None = None) -> list[Match]:
        """Every reference name in ``text``, with offsets: the extractor's gazetteer.

        ``kinds`` picks among "state", "organisation", "anaphora", "mission", "post", "body"
        and "place" (default: state, organisation, body, place). Matches of one kind never
        overlap (leftmost-longest); matches of different kinds may (a city and a state named
        alike). When one name belongs to several entries of a kind ("ЦИК" to every state's
        commission), ``Match.entries`` holds them all in file order and ``Match.entry`` is the
        first; the caller picks by context, e.g. the state of the election.
        """
        tokens = words(text)
        forms = tuple(self.words.forms(w) for _, _, w in tokens)
        caps = tuple(w[:1].isupper() for _, _, w in tokens)
        chosen = sorted(kinds) if kinds else ["body", "organisation", "place", "state"]
        out: list[Match] = []
        for kind in chosen:
            gaz = self._gaz.get(kind)
            if gaz is None:
                raise ValueError(f"unknown kind {kind!r}")
            for i, j, found in gaz.spans(forms, caps):
                start, end = tokens[i][0], tokens[j - 1][1]
                out.append(Match(start, end, kind, found[0], text[start:end], tuple(found)))
        return sorted(out, key=lambda m: (m.start, -m.end, m.kind))


def _state_names(state: State, lang: str, forms: WordForms) -> list[str]:
    """The names of ``state`` in ``lang`` a body's name may contain, longest first."""
    names = (
        *((state.full_name[lang],) if lang in state.full_name else ()),
        *((state.name[lang],) if lang in state.name else ()),
        *state.variants.get(lang, ()),
    )
    key = forms.lemma_key
    return sorted({n for n in names if key(n)}, key=lambda n: (-len(key(n)), n))


def _state_alternations(name: str, state_names: list[str], words: WordForms) -> list[Forms]:
    """The forms of ``name`` and, where it contains one of ``state_names``, with each other one.

    Official names carry the state's full name ("Сенат Парламента Республики Казахстан"); texts
    also write the short one ("Сенат Парламента Казахстана"). Listing every combination in the
    data would be noise, so the loader makes them.
    """
    forms = words.phrase(name)
    keys = words.lemma_key(name)
    out = [forms]
    for state_name in state_names:
        sub = words.lemma_key(state_name)
        n = len(sub)
        for i in range(len(keys) - n + 1):
            if keys[i : i + n] == sub:
                out.extend(
                    forms[:i] + words.phrase(other) + forms[i + n :]
                    for other in state_names
                    if other != state_name
                )
                return out
    return out


def _any_form_in(forms: Forms, candidates: list[Forms]) -> bool:
    return any(forms_match(c, forms) for c in candidates)


def _pick(found: list[Body], state_iso: str | None) -> Body | None:
    if state_iso:
        found = [b for b in found if b.state == state_iso.upper()]
    return found[0] if found else None


def read_reference(root: Path, morph: Morphology) -> Reference:
    """Read and validate the reference files in ``root`` (uncached); names are reduced to
    word forms with ``morph``, the analyser of the build that reads them."""
    root = Path(root)
    forms = WordForms(morph)
    states = _states(root / "states.yaml")
    orgs = _organisations(root / "organisations.yaml")
    posts = _posts(root / "posts.yaml", forms)
    bodies = _bodies(root / "bodies.yaml")
    places = _places(root / "places.yaml")

    _unique(root / "states.yaml", states, "iso")
    _unique(root / "states.yaml", states, "iso3")
    org_keys = _unique(root / "organisations.yaml", orgs, "key")
    _unique(root / "posts.yaml", posts, "key")
    _unique(root / "bodies.yaml", bodies, "key")
    _unique(root / "places.yaml", places, "key")
    isos = {s.iso for s in states}
    for o in orgs:
        if o.parent is not None and o.parent not in org_keys:
            raise InputError(f"{root / 'organisations.yaml'}: {o.key}: unknown parent {o.parent!r}")
    for file, items in (("bodies.yaml", bodies), ("places.yaml", places)):
        for item in items:
            if item.state not in isos:
                name = item.name[IRI_LANGUAGE]
                raise InputError(f"{root / file}: {name}: unknown state {item.state!r}")
    return Reference(
        root=root,
        states=tuple(sorted(states, key=lambda s: s.iso)),
        organisations=tuple(sorted(orgs, key=lambda o: o.key)),
        posts=tuple(sorted(posts, key=lambda p: p.key)),
        bodies=tuple(sorted(bodies, key=lambda b: b.key)),
        places=tuple(sorted(places, key=lambda p: (p.state, p.name[IRI_LANGUAGE]))),
        person_keys=PersonKeys.read(root),
        words=forms,
    )
