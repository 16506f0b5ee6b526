"""Places, state bodies and posts: every entry resolves back from inflected text.

Like test_reference.py these tests walk the data: each name is put into other cases with
pymorphy3 and must come back to its own entry.
"""

from __future__ import annotations

import pytest
from test_reference import CASES, GENITIVE, inflect_phrase, inflect_word

from builder.reference.records import Reference
from builder.text import defaults

REF = defaults.reference()
lemma_key = REF.words.lemma_key


@pytest.fixture(scope="module")
def ref() -> Reference:
    return REF


# ---------------------------------------------------------------------------------------------
# Places


def test_places_cover_the_capital_of_every_state(ref: Reference) -> None:
    capitals = {(p.state, p.name["ru"]) for p in ref.places if p.kind == "capital"}
    for state in ref.states:
        assert (state.iso, state.capital["ru"]) in capitals, state.iso
    assert len(capitals) == len(ref.states)


@pytest.mark.parametrize(
    ("iso", "kind", "at_least"),
    [("KZ", "region", 17), ("KG", "region", 7), ("AM", "region", 10), ("BY", "region", 6),
     ("UZ", "region", 13), ("TJ", "region", 4), ("MD", "district", 32), ("RU", "region", 81),
     ("TM", "region", 5), ("GE", "region", 10), ("UA", "region", 24)],
)  # fmt: skip
def test_first_level_divisions_are_listed(ref: Reference, iso: str, kind: str, at_least: int):
    assert len([p for p in ref.places if p.state == iso and p.kind == kind]) >= at_least


@pytest.mark.parametrize("place", REF.places, ids=lambda p: f"{p.state}-{p.name['ru']}")
def test_every_place_resolves_from_its_names_in_every_case(ref: Reference, place) -> None:
    for name in place.names():
        for form in (name, *(inflect_phrase(name, case) for case in CASES)):
            found = ref.find_place(form, place.state)
            assert found == place, f"{form!r} -> {found}"


def test_place_names_are_unique_within_a_state(ref: Reference) -> None:
    owner: dict[tuple[str, tuple[str, ...]], str] = {}
    for place in ref.places:
        for name in place.names():
            key = (place.state, lemma_key(name))
            assert owner.setdefault(key, place.name["ru"]) == place.name["ru"], (
                f"{name!r} also {owner[key]}"
            )


@pytest.mark.parametrize(
    ("text", "ru", "iso"),
    [
        ("в Акмолинской области", "Акмолинская область", "KZ"),
        ("в Кишиневе", "Кишинёв", "MD"),
        ("в Бельцах", "Бельцы", "MD"),
        ("в Нур-Султане", "Астана", "KZ"),
        ("Хатлонской областях", "Хатлонская область", "TJ"),
        ("в Армавирском марзе", "Армавирский марз", "AM"),
        ("в Оргеевском районе", "Оргеевский район", "MD"),
        ("в АТО Гагаузия", "АТО Гагаузия", "MD"),
    ],
)
def test_find_place_without_a_state(ref: Reference, text: str, ru: str, iso: str) -> None:
    place = ref.find_place(text)
    assert place is not None and (place.name["ru"], place.state) == (ru, iso)


def test_place_unit_words_come_from_the_data(ref: Reference) -> None:
    """The unit nouns that coordinated ellipsis drops ("в Ошской и Джалал-Абадской областях")."""
    units = {"область", "район", "марз", "край", "велаят", "округ"}
    assert ref.place_unit_words() == units
    assert ref.is_place_unit("областях") and ref.is_place_unit("марзах")
    assert not ref.is_place_unit("городах")
    ellipsis = ref.find_place("Ошской " + inflect_word("область", {"plur", "loct"}))
    assert ellipsis is not None and ellipsis.name["ru"] == "Ошская область"


# ---------------------------------------------------------------------------------------------
# Bodies


@pytest.mark.parametrize("body", REF.bodies, ids=lambda b: b.key)
def test_every_body_resolves_from_its_names_in_every_case(ref: Reference, body) -> None:
    for name in body.names():
        for form in (name, *(inflect_phrase(name, case) for case in CASES)):
            found = ref.find_body(form, body.state)
            assert found == body, f"{form!r} -> {found and found.key}"


@pytest.mark.parametrize("body", REF.bodies, ids=lambda b: b.key)
def test_body_names_also_resolve_with_the_states_short_name(ref: Reference, body) -> None:
    """ "Сенат Парламента Казахстана" as well as "... Республики Казахстан"."""
    state = ref.state_by_iso(body.state)
    full_genitive = inflect_phrase(state.full_name["ru"], GENITIVE)
    if full_genitive not in body.name["ru"]:
        pytest.skip("the name does not contain the state's full name in the genitive")
    text = body.name["ru"].replace(full_genitive, inflect_phrase(state.name["ru"], GENITIVE))
    assert ref.find_body(text) == body, text


def test_keys_of_bodies_start_with_their_state(ref: Reference) -> None:
    for body in ref.bodies:
        assert body.key.startswith(body.state.lower() + "-"), body.key


def test_short_body_names_need_the_state(ref: Reference) -> None:
    assert ref.find_body("ЦИК", "KZ").key == "kz-cec"
    assert ref.find_body("ЦИК", "AM").key == "am-cec"
    assert ref.find_body("Сената", "UZ").key == "uz-senate"
    assert ref.find_body("Мажилиса").key == "kz-mazhilis"


def test_a_soft_hyphen_inside_a_word_does_not_split_it(ref: Reference) -> None:
    body = ref.find_body("Маджлиси намоянда\u00adгон Маджлиси Оли Республики Таджикистан")
    assert body is not None and body.key == "tj-majlisi-namoyandagon"


# ---------------------------------------------------------------------------------------------
# Posts


@pytest.mark.parametrize("post", REF.posts, ids=lambda p: p.key)
def test_every_post_resolves_from_its_names_in_other_cases(ref: Reference, post) -> None:
    for name in post.names():
        for grammemes in (GENITIVE, {"ablt"}):
            form = inflect_phrase(name, grammemes)
            found = ref.find_post(form)
            assert found == post, f"{form!r} -> {found and found.key}"


def test_post_names_do_not_collide(ref: Reference) -> None:
    owner: dict[tuple[str, ...], str] = {}
    for post in ref.posts:
        for name in post.names():
            key = lemma_key(name)
            assert owner.setdefault(key, post.key) == post.key, f"{name!r} also {owner[key]}"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("заместитель Председателя Совета Федерации Федерального Собрания Российской Федерации",
         "deputy-chair"),
        ("Председателем Центральной комиссии по выборам и проведению референдумов", "cec-chair"),
        ("Председатель ЦИК", "cec-chair"),
        ("заместитель Торага Жогорку Кенеша Кыргызской Республики", "toraga-deputy"),
        ("заместителя председателя Комитета Совета Федерации по международным делам",
         "committee-deputy-chair"),
        ("первый заместитель Председателя Милли Меджлиса", "first-deputy-chair"),
        ("депутат Палаты представителей Национального собрания", "deputy"),
        ("Министром юстиции", "minister-justice"),
    ],
)  # fmt: skip
def test_find_post_is_anchored_at_the_start(ref: Reference, text: str, key: str) -> None:
    post = ref.find_post(text)
    assert post is not None and post.key == key


def test_post_head_words_include_the_genres_post_openers(ref: Reference) -> None:
    heads = ref.post_head_words()
    for word in ("председатель", "заместитель", "вице-спикер", "депутат", "министр", "Торага",
                 "руководитель", "глава", "член", "секретарь", "директор", "спикер"):  # fmt: skip
        assert word.lower() in heads, word
        assert ref.is_post_head(inflect_word(word, {"ablt"})), word
    assert not ref.is_post_head("избирателем")


# ---------------------------------------------------------------------------------------------
# Scanning a text


def test_scan_finds_names_with_their_offsets(ref: Reference) -> None:
    text = (
        "В состав группы вошли наблюдатели из Республики Армения и Кыргызстана, "
        "представители Секретариата Совета МПА СНГ; они работали в Ошской области "
        "и встретились с членами ЦИК Кыргызской Республики."
    )
    matches = ref.scan(text)
    assert all(text[m.start : m.end] == m.text for m in matches)
    found = {(m.kind, m.text) for m in matches}
    assert ("state", "Республики Армения") in found
    assert ("state", "Кыргызстана") in found
    assert ("organisation", "Секретариата Совета МПА СНГ") in found
    assert ("place", "Ошской области") in found
    assert ("body", "ЦИК Кыргызской Республики") in found
    assert [m.start for m in matches] == sorted(m.start for m in matches)


def test_scan_rejects_an_unknown_kind(ref: Reference) -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        ref.scan("текст", ["planet"])


def test_scan_gives_every_entry_of_a_shared_name(ref: Reference) -> None:
    """ "ЦИК" is the commission of whichever state the report is about: all are offered."""
    [match] = ref.scan("встреча с членами ЦИК", ["body"])
    states = {b.state for b in match.entries}
    assert {"KZ", "KG", "AM", "RU", "UZ"} <= states
    assert match.entry is match.entries[0]


@pytest.mark.parametrize(
    "text",
    [
        "в семи регионах страны",  # семи, not the city Семей
        "голоса семей избирателей",
        "Республи-\nки Казахстан",  # a line-end hyphen split: "ки" is not Киев
    ],
)
def test_common_words_are_not_taken_for_places(ref: Reference, text: str) -> None:
    assert [m.text for m in ref.scan(text, ["place"])] == []


def test_a_capitalised_place_name_is_found(ref: Reference) -> None:
    assert [m.entry.name["ru"] for m in ref.scan("работали в Семее и Киеве", ["place"])] == [
        "Семей",
        "Киев",
    ]
