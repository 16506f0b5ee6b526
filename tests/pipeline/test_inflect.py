"""The one Russian inflector: names, posts and places in the nominative, and its data.

Each kind has a phrasing from the reports' genre and at least one invented (names and places
no report writes), so that a rule that only remembers the corpus fails.
"""

from __future__ import annotations

import pytest

from builder.base.errors import InputError
from builder.text import defaults
from builder.text.document import Doc
from builder.text.languages import word_lists
from builder.text.languages.ru.inflect import NAMES_FILE, Inflector, match_case
from builder.text.languages.ru.recognise.lexicon import sentences
from builder.text.languages.ru.recognise.people import is_head
from builder.text.normalise import Normaliser


def inflect() -> Inflector:
    return defaults.ru_lexicon().inflect


# -- personal names whose case nothing tells --------------------------------------------------


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Тимуром Заславским", "Тимур Заславский"),  # invented
        ("Варварой Окуневой", "Варвара Окунева"),  # invented
        ("Окуневой Варварой Петровной", "Окунева Варвара Петровна"),  # surname first, invented
        ("Максимилиана Жуковского", "Максимилиан Жуковский"),  # invented
        ("Элеонорой Шевченко", "Элеонора Шевченко"),  # an indeclinable surname, invented
        # a first name the dictionary lacks: the surname tells the case
        ("Нурболатом Касеновым", "Нурболат Касенов"),
        ("Сильвиу Морару", "Сильвиу Морару"),  # a surname in -у does not decline
    ],
)
def test_a_name_is_put_in_the_nominative(written: str, nominative: str) -> None:
    assert inflect().name(written.split()) == nominative


def test_a_name_whose_case_nothing_tells_stays_as_written() -> None:
    assert inflect().name(["Мингечевире"]) == "Мингечевире"
    assert inflect().name(["Олий", "Мажлиса"]) == "Олий Мажлиса"


# -- personal names whose case and gender a sentence tells ------------------------------------


@pytest.mark.parametrize(
    ("surname", "case", "gender", "nominative"),
    [
        ("Касеновым", "ablt", "masc", "Касенов"),
        ("Пятачком", "ablt", "masc", "Пятачок"),  # a fleeting vowel, invented
        ("Окуневу", "accs", "femn", "Окунева"),  # invented
        ("Лапину", "datv", "masc", "Лапин"),  # a Russian surname in -у declines
        ("Русу", "datv", "masc", "Русу"),  # a Moldovan one does not
        ("Кондратович", "ablt", "femn", "Кондратович"),  # nor a woman's in a consonant
        ("Назарзода", "gent", "masc", "Назарзода"),
    ],
)
def test_a_surname_in_a_known_case(surname: str, case: str, gender: str, nominative: str) -> None:
    assert inflect().surname(surname, case, gender) == nominative


def test_given_names_and_patronymics_in_a_known_case() -> None:
    inf = inflect()
    assert inf.given("Ислам-Беком", "ablt", "masc") == "Ислам-Бек"
    assert inf.given("Фаррухом", "ablt", "masc") == "Фаррух"  # not in the dictionary
    assert inf.given("Нуржан", "ablt", "femn") == "Нуржан"  # a woman's name in a consonant
    assert inf.patronymic("Павловичем", "ablt", "masc") == "Павлович"
    assert inf.patronymic("Ильиничной", "ablt", "femn") == "Ильинична"  # invented


# -- posts and bodies -------------------------------------------------------------------------


def _post(text: str, case: str) -> str:
    """The post after the first word of ``text`` (a preposition) in the nominative."""
    clean, offsets = Normaliser(defaults.models().morphology).normalise(text)
    (sent,) = sentences(Doc(name="t", original=text, text=clean, offsets=offsets))
    return sent.lex.inflect.post(sent.toks, 1, len(sent.toks), case, is_head)


@pytest.mark.parametrize(
    ("text", "case", "post"),
    [
        (
            "с заместителем Председателя Совета Федерации",
            "ablt",
            "заместитель Председателя Совета Федерации",
        ),
        (  # invented
            "с временно исполняющим обязанности Председателя Счётной палаты",
            "ablt",
            "временно исполняющий обязанности Председателя Счётной палаты",
        ),
        (  # comma parts, invented
            "с заместителем министра иностранных дел, членом Общественной палаты",
            "ablt",
            "заместитель министра иностранных дел, член Общественной палаты",
        ),
        ("в Национальном Собрании Республики", "loct", "Национальное Собрание Республики"),
        ("с Председателем Жогорку Кенеша", "ablt", "Председатель Жогорку Кенеша"),
    ],
)
def test_a_post_phrase_in_the_nominative(text: str, case: str, post: str) -> None:
    assert _post(text, case) == post


def test_an_entity_phrase_changes_only_its_head() -> None:
    assert inflect().phrase(["Тверской", "области"]) == "Тверская область"  # invented
    assert inflect().phrase(["Приморском", "крае"]) == "Приморский край"  # invented
    assert inflect().phrase(["Республики", "Казахстан"]) == "Республика Казахстан"


def test_a_nominative_name_in_the_genitive() -> None:
    assert inflect().genitive("Центральная избирательная комиссия") == (
        "Центральной избирательной комиссии"
    )
    assert inflect().genitive("Счётная палата Республики Татарстан") == (
        "Счётной палаты Республики Татарстан"
    )


# -- places -----------------------------------------------------------------------------------


def test_place_adjectives_by_the_dictionary_or_their_ending() -> None:
    inf = inflect()
    assert inf.place_adjective("Акмолинской", "femn") == "Акмолинская"
    assert inf.place_adjective("Вологодской", "femn") == "Вологодская"  # invented
    assert inf.place_adjective("Зеленодольском", "masc") == "Зеленодольский"  # invented
    assert inf.place_adjective("Кряжистском", "neut") == "Кряжистское"  # by its ending


def test_place_nouns_by_the_dictionary_or_their_ending() -> None:
    inf = inflect()
    assert inf.place_noun("Астане") == "Астана"
    assert inf.place_noun("Бельцах") == "Бельцы"
    assert inf.place_noun("Вологде") == "Вологда"  # invented
    assert inf.place_noun("Зелепугине") == "Зелепугин"  # an unknown town, invented
    assert inf.place_noun("Сочи") == "Сочи"
    assert inf.place_noun("ЦИК") == "ЦИК"


def test_capitalisation_follows_the_written_word() -> None:
    assert match_case("санкт-петербург", "Санкт-Петербурге") == "Санкт-Петербург"
    assert match_case("ислам-бек", "Ислам-Беком") == "Ислам-Бек"
    assert match_case("область", "области") == "область"


# -- data and sharing -------------------------------------------------------------------------


def test_the_endings_are_data() -> None:
    names = word_lists(NAMES_FILE)
    morph = defaults.models().morphology
    assert Inflector(morph, names, ["исполнять"]).surname("Пятачком", "ablt", "masc") == "Пятачок"
    names["surnames"] = {**names["surnames"], "fleeting_vowels": []}
    assert Inflector(morph, names, ["исполнять"]).surname("Пятачком", "ablt", "masc") == "Пятачк"


def test_names_data_without_a_section_is_a_clear_error() -> None:
    names = word_lists(NAMES_FILE)
    del names["places"]
    with pytest.raises(InputError, match="'places' must be a mapping"):
        Inflector(defaults.models().morphology, names, [])
    names = word_lists(NAMES_FILE)
    names["surnames"] = {**names["surnames"], "womens_endings": [["ой"]]}
    with pytest.raises(InputError, match="oblique, nominative"):
        Inflector(defaults.models().morphology, names, [])


def test_the_segmenter_and_the_recognisers_share_one_inflector() -> None:
    from builder.text.languages import load

    language = load("ru", defaults.reference(), defaults.models())
    segment, recognise = language.segment, language.recognise
    assert segment.inflect is recognise.lexicon.inflect  # type: ignore[attr-defined]
    assert segment.inflect.morph is defaults.models().morphology  # type: ignore[attr-defined]
