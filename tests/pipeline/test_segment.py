"""Segmentation and tagging: sentences, tokens, lemmas, entity spans and nominative forms."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.text import defaults
from builder.text.document import Doc, Entity, Token
from builder.text.languages.ru.segment import Segmenter
from builder.text.normalise import Normaliser

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "data" / "reports" / "2017-06-kz-senate-ipa-cis.ru.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def segmented(name: str, original: str, ner: bool = True) -> Doc:
    return Segmenter(
        defaults.models().morphology,
        ner=defaults.models().ner_tagger if ner else None,
        inflect=defaults.ru_lexicon().inflect if ner else None,
    )(Normaliser(defaults.models().morphology)(Doc(name, original)))


def to_nominative(words, morph) -> str:
    """A personal name in the nominative by the Russian inflector over ``morph``."""
    assert morph is defaults.ru_lexicon().morph
    return defaults.ru_lexicon().inflect.name(words)


def phrase_to_nominative(words, morph) -> str:
    """An entity span's phrase in the nominative by the Russian inflector over ``morph``."""
    assert morph is defaults.ru_lexicon().morph
    return defaults.ru_lexicon().inflect.phrase(words)


@pytest.fixture(scope="module")
def seed() -> Doc:
    return segmented(SEED.name, SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def armenia() -> Doc:
    path = FIXTURES / "dev-02-am-parliament-2017.ru.txt"
    return segmented(path.name, path.read_text(encoding="utf-8"))


def people(doc: Doc) -> list[tuple[str, str]]:
    return [(span.text, span.normal) for span in doc.spans if span.type == "PER"]


# -- sentences --------------------------------------------------------------------------------


def test_initials_do_not_end_a_sentence() -> None:
    doc = segmented(
        "x.txt",
        "И. Умаханов проинформировал К.-Ж. Токаева о результатах долгосрочного мониторинга и "
        "пере дал ему материалы наблю-\nдения. Стороны сошлись в оценке важности международного "
        "мониторинга выборов.",
        ner=False,
    )
    assert [sent.text.split()[0] for sent in doc.sents] == ["И.", "Стороны"]
    assert "передал ему материалы наблюдения." in doc.sents[0].text


def test_sentences_do_not_cross_paragraphs(seed: Doc) -> None:
    assert seed.sents[0].text == "Межпарламентская Ассамблея СНГ"
    assert seed.sents[1].text == (
        "Наблюдатели от МПА СНГ приняли участие в мониторинге выборов депутатов Сената "
        "Парламента Казахстана"
    )
    assert len(seed.sents) == 18
    for sent in seed.sents:
        assert "\n" not in sent.text
        assert seed.text[sent.start : sent.stop] == sent.text


def test_sentence_spans_map_back_to_the_report(seed: Doc) -> None:
    original = SEED.read_text(encoding="utf-8")
    sent = seed.sentence_at(seed.text.index("Координатором группы"))
    assert sent is not None
    span = seed.original_span(sent.start, sent.stop)
    written = original[span.start : span.end]
    assert written.startswith("Координатором группы был назначен замес титель Пред-\nседателя")
    assert written.endswith("Ильяс Умаханов.")


def test_empty_text_has_no_sentences_tokens_or_spans() -> None:
    doc = segmented("empty.txt", " \n\n ")
    assert doc.text == ""
    assert (doc.sents, doc.tokens, doc.spans) == ([], [], [])


# -- tokens and lemmas ------------------------------------------------------------------------


def test_tokens_carry_text_offsets_sentence_and_morphology(seed: Doc) -> None:
    for token in seed.tokens:
        assert seed.text[token.start : token.stop] == token.text
        assert seed.sents[token.sent].start <= token.start < seed.sents[token.sent].stop
    met = next(t for t in seed.tokens if t.text == "встретились")
    assert met.lemma == "встретиться"
    assert "plur" in met.analyses[0].tag and met.analyses[0].tag.POS == "VERB"


def test_the_recognisers_read_the_documents_own_tokens(seed: Doc) -> None:
    from builder.text.languages.ru.recognise.lexicon import sentences

    sents = sentences(seed)
    assert [(s.start, s.stop) for s in sents] == [(s.start, s.stop) for s in seed.sents]
    toks = [t for s in sents for t in s.toks]
    assert [(t.start, t.stop, t.lemma) for t in toks] == [
        (t.start, t.stop, t.lemma) for t in seed.tokens
    ]
    assert all(t.analyses is d.analyses for t, d in zip(toks, seed.tokens, strict=True))


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("наблюдателей", "наблюдатель"),
        ("Председателем", "председатель"),
        ("приняла", "принять"),
        ("областях", "область"),
        ("итоговая", "итоговый"),
        ("пресс-конференция", "пресс-конференция"),
        ("Межпарламентской", "межпарламентский"),
    ],
)
def test_lemmas_come_from_pymorphy3(seed: Doc, word: str, lemma: str) -> None:
    assert next(t.lemma for t in seed.tokens if t.text == word) == lemma


def test_tokens_in_returns_the_tokens_of_a_span(seed: Doc) -> None:
    start = seed.text.index("Касым-Жомартом Токаевым")
    tokens = seed.tokens_in(start, start + len("Касым-Жомартом Токаевым"))
    assert [t.text for t in tokens] == ["Касым-Жомартом", "Токаевым"]


# -- entity spans -----------------------------------------------------------------------------


def test_people_of_the_seed_report_in_the_nominative(seed: Doc) -> None:
    found = people(seed)
    assert ("Ильяс Умаханов", "Ильяс Умаханов") in found
    assert ("Касым-Жомартом Токаевым", "Касым-Жомарт Токаев") in found
    assert ("Бериком Имашевым", "Берик Имашев") in found
    assert ("Нурланом Нигматулиным", "Нурлан Нигматулин") in found
    assert ("К.-Ж. Токаева", "К.-Ж. Токаев") in found


def test_no_entity_crosses_a_sentence_boundary(seed: Doc) -> None:
    assert ("Б. Имашев", "Б. Имашев") in people(seed)
    for span in seed.spans:
        sent = seed.sentence_at(span.start)
        assert sent is not None and span.stop <= sent.stop, span


def test_people_of_a_pdf_style_report(armenia: Doc) -> None:
    found = people(armenia)
    assert ("Олегом Лапиным", "Олег Лапин") in found
    assert ("Ашотом Мелконяном", "Ашот Мелконян") in found
    assert ("Ваграм Бабаян", "Ваграм Бабаян") in found


def test_places_in_the_nominative(seed: Doc) -> None:
    places = {span.text: span.normal for span in seed.spans if span.type == "LOC"}
    assert places["Астане"] == "Астана"
    assert places["Республики Казахстан"] == "Республика Казахстан"
    assert places["Карагандинской областях"] == "Карагандинская область"


def test_entity_spans_map_back_to_the_report(seed: Doc) -> None:
    original = SEED.read_text(encoding="utf-8")
    span = next(s for s in seed.spans if s.text == "Касым-Жомартом Токаевым")
    assert isinstance(span, Entity)
    where = seed.original_span(span.start, span.stop)
    assert original[where.start : where.end] == "Касым- Жомартом Токаевым"


# -- nominative forms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "nominative"),
    [
        ("Касым-Жомартом Токаевым", "Касым-Жомарт Токаев"),
        ("Бериком Имашевым", "Берик Имашев"),
        ("Таалайбеком Джумабаевым", "Таалайбек Джумабаев"),
        ("Натальей Кондратович", "Наталья Кондратович"),
        ("Фарходом Назарзода", "Фарход Назарзода"),
        ("Олегом Лапиным", "Олег Лапин"),
        ("Ашотом Мелконяном", "Ашот Мелконян"),
        ("Натальей Ивановой", "Наталья Иванова"),
        ("Ильяс Умаханов", "Ильяс Умаханов"),
        ("Андрея Кравцова", "Андрей Кравцов"),
        ("К.-Ж. Токаева", "К.-Ж. Токаев"),
        # the dictionary reads "Лапина" as a noun: the surname's ending decides
        ("Олега Лапина", "Олег Лапин"),
        ("Олегу Лапину", "Олег Лапин"),
        ("Натальи Лапиной", "Наталья Лапина"),
        ("Сергеем Лавровским", "Сергей Лавровский"),
        # surname first, with a patronymic
        ("Имашевым Бериком Садуакасовичем", "Имашев Берик Садуакасович"),
        ("Берика Садуакасовича Имашева", "Берик Садуакасович Имашев"),
        # a first name the dictionary lacks: a nominative surname stays nominative
        ("Нургуль Абдыкадырова", "Нургуль Абдыкадырова"),
        # not a person (NER mistakes a parliament's name for one): nothing changes
        ("Маджлиси Оли", "Маджлиси Оли"),
    ],
)
def test_name_to_nominative(name: str, nominative: str) -> None:
    assert to_nominative(name.split(), defaults.models().morphology) == nominative


def test_name_to_nominative_from_tokens_keeps_their_spacing(seed: Doc) -> None:
    start = seed.text.index("К.-Ж. Токаева")
    tokens = seed.tokens_in(start, start + len("К.-Ж. Токаева"))
    assert all(isinstance(t, Token) for t in tokens)
    assert to_nominative(tokens, defaults.models().morphology) == "К.-Ж. Токаев"


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        (
            "заместителем Председателя Совета Федерации",
            "заместитель Председателя Совета Федерации",
        ),
        (
            "первым заместителем председателя Комитета Государственной Думы",
            "первый заместитель председателя Комитета Государственной Думы",
        ),
        (
            "Председателем Центральной избирательной комиссии",
            "Председатель Центральной избирательной комиссии",
        ),
        ("депутатом Палаты представителей", "депутат Палаты представителей"),
        ("членами ЦИК", "члены ЦИК"),
        ("Республики Казахстан", "Республика Казахстан"),
        ("Акмолинской области", "Акмолинская область"),
        ("Сената Парламента", "Сенат Парламента"),
        ("МИМРД МПА СНГ", "МИМРД МПА СНГ"),
        ("Санкт-Петербурге", "Санкт-Петербург"),
        ("Джалал-Абадской области", "Джалал-Абадская область"),
        # coordinated ellipsis: "в Ошской и Джалал-Абадской областях" names two regions
        ("Карагандинской областях", "Карагандинская область"),
    ],
)
def test_phrase_to_nominative_changes_only_the_head(phrase: str, nominative: str) -> None:
    assert phrase_to_nominative(phrase.split(), defaults.models().morphology) == nominative


# -- properties -------------------------------------------------------------------------------

SENTENCE_TEXT = st.lists(
    st.sampled_from(
        [
            "Наблюдатели",
            "встретились",
            "с",
            "Председателем",
            "ЦИК",
            "Бериком",
            "Имашевым",
            "И.",
            "Умаханов",
            "в",
            "Астане",
            ".",
            ",",
            "—",
            "27–29",
            "июня",
            "\n",
            "«",
            "»",
            "(",
            ")",
        ]
    )
    | st.text(max_size=6),
    max_size=40,
).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SENTENCE_TEXT)
def test_any_text_segments_into_nested_layers(original: str) -> None:
    doc = segmented("x.txt", original)
    for sent in doc.sents:
        assert doc.text[sent.start : sent.stop] == sent.text
        assert "\n" not in sent.text
    for token in doc.tokens:
        assert doc.text[token.start : token.stop] == token.text
        sent = doc.sents[token.sent]
        assert sent.start <= token.start and token.stop <= sent.stop
    for span in doc.spans:
        assert span.type in ("PER", "LOC", "ORG")
        assert doc.text[span.start : span.stop] == span.text
        sent = doc.sentence_at(span.start)
        assert sent is not None and span.stop <= sent.stop
        assert isinstance(span.normal, str)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(min_size=1, max_size=12) | st.sampled_from(["Берика", "Лапиной"]), max_size=4)
)
def test_nominative_helpers_accept_any_words(words: list[str]) -> None:
    assert isinstance(to_nominative(words, defaults.models().morphology), str)
    assert isinstance(phrase_to_nominative(words, defaults.models().morphology), str)
    # words that are not Cyrillic names are returned as written
    if not any(any("а" <= c.lower() <= "я" for c in w) for w in words):
        assert to_nominative(words, defaults.models().morphology) == " ".join(words)


def test_surname_endings_are_data_beside_the_segmenter() -> None:
    from builder.base.errors import InputError
    from builder.text.languages import word_lists
    from builder.text.languages.ru import inflect

    endings = inflect._surname_endings(word_lists(inflect.NAMES_FILE))
    assert ("ову", "ов") in endings[("masc", "datv")]
    assert endings[("femn", "ablt")] == endings[("femn", "gent")]
    bad = {"surname_endings": {"masc": {"gent": [["ова"]]}}}
    with pytest.raises(InputError, match="oblique, nominative"):
        inflect._surname_endings(bad)


# -- shared models ----------------------------------------------------------------------------


def test_one_off_calls_share_one_set_of_models() -> None:
    from builder.text.extract import Extractor
    from builder.text.nlp import Models

    # one analyser: the reference data's word forms and the lexicon use the models' own
    assert defaults.reference().words.morph is defaults.models().morphology
    assert defaults.ru_lexicon().morph is defaults.models().morphology
    assert defaults.models() is defaults.models()
    assert defaults.models().ner_tagger is defaults.models().ner_tagger
    assert Extractor().models is defaults.models()
    assert defaults.extractor() is defaults.extractor()
    # a build hands its extractor models of its own, which its languages' stages then use
    mine = Models(morph=defaults.models().morphology)
    russian = Extractor(models=mine).language("ru")
    assert Extractor(models=mine).models is mine and russian.segment.ner is mine.ner_tagger
    assert russian.segment.ner is not defaults.models().ner_tagger


def test_dictionary_look_ups_survive_letters_pymorphy3_cannot_name() -> None:
    from builder.reference.morphology import Morphology

    morph = Morphology()
    assert morph.is_known("Межпарламентской")
    assert not morph.is_known("межпарла")
    assert morph.parses("\U00017000") == ()  # a Tangut ideograph has no Unicode name
    assert not morph.is_known("\U00017000")
    assert morph.lemma("\U00017000") == "\U00017000"
