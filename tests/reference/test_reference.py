"""The reference data loads, is well-formed, and every name resolves back in other case forms.

The property-style tests walk every entry: each name is inflected with pymorphy3 (genitive,
prepositional, plural adjective) and must resolve to its own entry, so the tests check the
data and the matcher together rather than a few hand-picked examples.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.base.errors import InputError
from builder.reference.records import Reference, read_reference
from builder.text import defaults

DATA = Path(__file__).resolve().parents[2] / "data" / "reference"
# The word forms of the reference data, with the analyser it was read with.
lemma_key = defaults.reference().words.lemma_key
word_forms = defaults.reference().words.forms

# ---------------------------------------------------------------------------------------------
# Inflecting names the way Russian text does: the adjectives before the head noun and the head
# noun change case, the words after it (a genitive complement, an apposition) stay as they are:
# "Кыргызская Республика" -> "Кыргызской Республики", "Республика Казахстан" -> "Республики
# Казахстан", "Соединённое Королевство Великобритании" -> "Соединённого Королевства Великобритании".

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _like(model: str, word: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word


def inflect_word(word: str, grammemes: set[str]) -> str:
    """``word`` in the form with ``grammemes``; unchanged when pymorphy3 cannot inflect it."""
    for parse in defaults.models().morphology.parses(word):
        if parse.tag.POS in ("NOUN", "ADJF") and "nomn" in parse.tag:
            form = parse.inflect(grammemes)
            if form is not None:
                return _like(word, form.word)
    return word


def _is_adjective(word: str) -> bool:
    """An adjective by pymorphy3, or (for words it does not know) by its ending."""
    morph = defaults.models().morphology
    if morph.is_known(word):
        return morph.parses(word)[0].tag.POS == "ADJF"
    return word.lower().endswith(("ая", "ое", "ый", "ий", "ой", "ые", "ие"))


def inflect_phrase(phrase: str, grammemes: set[str]) -> str:
    """``phrase`` with its leading adjectives and its head noun inflected."""
    out: list[str] = []
    pos = 0
    head_done = False
    for m in _WORD.finditer(phrase):
        out.append(phrase[pos : m.start()])
        word = m.group()
        if head_done or (word.isupper() and len(word) > 1):
            out.append(word)
            head_done = True
        else:
            out.append(inflect_word(word, grammemes))
            head_done = not _is_adjective(word)
        pos = m.end()
    out.append(phrase[pos:])
    return "".join(out)


GENITIVE = {"gent"}
LOCATIVE = {"loct"}
# The five oblique cases; every name is checked in each of them.
CASES = ({"gent"}, {"datv"}, {"accs"}, {"ablt"}, {"loct"})


@pytest.fixture(scope="module")
def ref() -> Reference:
    return defaults.reference()


# ---------------------------------------------------------------------------------------------
# Loading and counts


def test_default_root_is_the_projects_data_read_once_for_one_off_calls(ref: Reference) -> None:
    assert ref.root == DATA
    assert defaults.reference() is ref
    assert read_reference(DATA, ref.words.morph).root == DATA


def test_all_57_osce_participating_states_are_listed(ref: Reference) -> None:
    osce = {s.iso for s in ref.states if s.osce}
    assert len(osce) == 57
    assert {"MN", "GE", "VA", "US", "CA"} <= osce


def test_cis_membership_covers_the_twelve_former_soviet_states_in_the_cis(ref: Reference) -> None:
    """Nine members, Turkmenistan associate, Georgia and Ukraine former participants."""
    status = {s.iso: s.cis_status for s in ref.states if s.cis_status}
    assert status == {
        "AM": "member", "AZ": "member", "BY": "member", "KZ": "member", "KG": "member",
        "MD": "member", "RU": "member", "TJ": "member", "UZ": "member",
        "TM": "associate", "GE": "former", "UA": "former",
    }  # fmt: skip
    assert {s.iso for s in ref.cis_states()} == {k for k, v in status.items() if v != "former"}


def test_iso_codes_are_unique_and_well_formed(ref: Reference) -> None:
    iso2 = [s.iso for s in ref.states]
    iso3 = [s.iso3 for s in ref.states]
    assert len(set(iso2)) == len(iso2) and len(set(iso3)) == len(iso3)
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in iso2)
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in iso3)
    assert iso2 == sorted(iso2)


def test_norway_is_not_read_as_false(ref: Reference) -> None:
    """A bare ``NO`` is false in YAML 1.1; the file quotes it."""
    norway = ref.state_by_iso("no")
    assert norway is not None and norway.name["en"] == "Norway"


def test_well_known_wikidata_ids(ref: Reference) -> None:
    assert ref.state_by_iso("KZ").wikidata == "Q232"
    assert ref.state_by_iso("RU").wikidata == "Q159"
    assert ref.organisation_by_key("osce").wikidata == "Q81299"


def test_organisation_parents_are_known_and_form_no_cycle(ref: Reference) -> None:
    for org in ref.organisations:
        seen = {org.key}
        parent = org.parent
        while parent is not None:
            assert parent not in seen, f"cycle through {org.key}"
            seen.add(parent)
            node = ref.organisation_by_key(parent)
            assert node is not None
            parent = node.parent


# ---------------------------------------------------------------------------------------------
# States by name


def test_lemma_key_agrees_across_case_forms() -> None:
    assert lemma_key("Республики Армения") == lemma_key("Республика Армения")
    assert lemma_key("государств-участников") == lemma_key("государства — участники")
    assert lemma_key("Хатлонской") == lemma_key("Хатлонская")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Республики Армения", "AM"),
        ("Кыргызской Республики", "KG"),
        ("из Азербайджана", "AZ"),
        ("казахстанские", "KZ"),
        ("из Беларуси", "BY"),
        ("Белоруссии", "BY"),
        ("киргизских парламентариев", "KG"),
        ("в Республике Молдова", "MD"),
        ("Молдавии", "MD"),
        ("РФ", "RU"),
        ("Соединённых Штатов Америки", "US"),
        ("депутат Сената Парламента Республики Казахстан", "KZ"),
    ],
)
def test_find_state_examples(ref: Reference, text: str, iso: str) -> None:
    state = ref.find_state(text)
    assert state is not None and state.iso == iso


def test_find_state_gives_none_for_no_state(ref: Reference) -> None:
    assert ref.find_state("Центральная избирательная комиссия") is None
    assert ref.find_state("") is None


@pytest.mark.parametrize("iso", [s.iso for s in defaults.reference().states])
def test_every_state_resolves_from_its_names_in_other_cases(ref: Reference, iso: str) -> None:
    state = ref.state_by_iso(iso)
    forms = {"из " + inflect_phrase(state.name["ru"], GENITIVE)}
    for name in (state.full_name["ru"], state.name["ru"], *state.variants.get("ru", ())):
        forms |= {name} | {inflect_phrase(name, case) for case in CASES}
    for adjective in state.adjectives["ru"]:
        for grammemes in ({"plur", "nomn"}, {"plur", "gent"}, {"femn", "sing", "ablt"},
                          {"masc", "sing", "datv"}, {"neut", "sing", "loct"}):  # fmt: skip
            forms.add(inflect_word(adjective, grammemes))
    for form in sorted(forms):
        found = ref.find_state(form)
        assert found is not None and found.iso == iso, f"{form!r} -> {found and found.iso}"


def test_state_names_do_not_collide(ref: Reference) -> None:
    """No two states share a name once both are reduced to lemma keys."""
    owner: dict[tuple[str, ...], str] = {}
    for state in ref.states:
        for name in state.names():
            key = lemma_key(name)
            assert owner.setdefault(key, state.iso) == state.iso, f"{name!r} also {owner[key]}"


# ---------------------------------------------------------------------------------------------
# Organisations by name


def test_ipa_cis_resolves_from_abbreviation_and_genitive_full_name(ref: Reference) -> None:
    ipa = ref.organisation_by_key("ipa-cis")
    assert ref.find_organisation("МПА СНГ") is ipa
    assert ref.find_organisation("IPA CIS") is ipa
    assert ref.find_organisation(inflect_phrase(ipa.name["ru"], GENITIVE)) is ipa
    assert ref.find_organisation("Межпарламентской Ассамблеи государств-участников СНГ") is ipa
    assert ref.find_organisation("Ассамблеи") is None
    assert ref.find_organisation("Ассамблеи", anaphora=True) is ipa


@pytest.mark.parametrize("key", [o.key for o in defaults.reference().organisations])
def test_every_organisation_resolves_from_each_name_in_every_case(ref: Reference, key: str) -> None:
    org = ref.organisation_by_key(key)
    for name in org.names():
        for form in (name, *(inflect_phrase(name, case) for case in CASES)):
            found = ref.find_organisation(form)
            assert found is not None and found.key == key, f"{form!r} -> {found and found.key}"


def test_organisation_names_do_not_collide(ref: Reference) -> None:
    owner: dict[tuple[str, ...], str] = {}
    for org in ref.organisations:
        for name in org.names():
            key = lemma_key(name)
            assert owner.setdefault(key, org.key) == org.key, f"{name!r} also {owner[key]}"


def test_mission_names_resolve_to_their_organiser(ref: Reference) -> None:
    for org in ref.organisations:
        for name in org.mission_names.get("ru", ()):
            found = ref.find_mission_organiser(inflect_phrase(name, GENITIVE))
            assert found is not None and found.key == org.key, name
    assert ref.find_mission_organiser("группой наблюдателей от МПА СНГ").key == "ipa-cis"


# ---------------------------------------------------------------------------------------------
# Bad files


def _copy_reference(tmp_path: Path) -> Path:
    for f in DATA.glob("*.yaml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def test_malformed_yaml_is_an_input_error_naming_file_and_line(tmp_path: Path) -> None:
    root = _copy_reference(tmp_path)
    (root / "organisations.yaml").write_text("- key: x\n  ru: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"organisations\.yaml:\d+: malformed YAML"):
        read_reference(root, defaults.models().morphology)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("- iso: AM\n", "- iso: Am\n", r"states\.yaml:\d+: Am: iso 'Am' does not match"),
        ("- iso: AZ\n", "- iso: AM\n", r"duplicate iso 'AM'"),
        ("  wikidata: Q232\n", "  wikidata: 232\n", r"KZ: wikidata must be a non-empty string"),
        ("  osce: true\n", "  osce: yes please\n", r"osce must be true or false"),
        (
            "  capital:\n    ru: Ереван\n",
            "  capital_ru: Ереван\n",
            r"unknown field\(s\) capital_ru",
        ),
        ("    ru: Ереван\n", "    RU: Ереван\n", r"AM: capital: 'RU' is not a language tag"),
        ("  capital:\n    ru: Ереван\n", "  capital: Ереван\n", r"AM: capital must map language"),
        ("    en: Armenia\n", "    fr: Arménie\n", r"AM: name has no en"),
    ],
)
def test_bad_state_entries_are_input_errors(tmp_path: Path, old: str, new: str, message: str):
    root = _copy_reference(tmp_path)
    path = root / "states.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_reference(root, defaults.models().morphology)


def test_unknown_parent_organisation_is_an_input_error(tmp_path: Path) -> None:
    root = _copy_reference(tmp_path)
    path = root / "organisations.yaml"
    text = path.read_text(encoding="utf-8").replace("parent: osce\n", "parent: osse\n", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="unknown parent 'osse'"):
        read_reference(root, defaults.models().morphology)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"states\.yaml: reference file not found"):
        read_reference(tmp_path, defaults.models().morphology)


def test_wikidata_ids_are_well_formed_and_never_shared(ref: Reference) -> None:
    """A copied Q-id would link two different things to one Wikidata item."""
    ids = [e.wikidata for e in (*ref.states, *ref.organisations, *ref.places, *ref.bodies)]
    ids = [i for i in ids if i]
    assert all(re.fullmatch(r"Q[1-9][0-9]*", i) for i in ids)
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("iso", [s.iso for s in defaults.reference().states])
def test_state_names_resolve_from_a_headline_in_capitals(ref: Reference, iso: str) -> None:
    state = ref.state_by_iso(iso)
    for name in (state.full_name["ru"], state.name["ru"]):
        text = "НАБЛЮДАТЕЛИ ИЗ " + inflect_phrase(name, GENITIVE).upper()
        found = ref.find_state(text)
        assert found is not None and found.iso == iso, text


def test_short_abbreviations_match_only_themselves() -> None:
    assert word_forms("СНГ") == {"снг"}
    assert word_forms("ЦИК") == {"цик"}
    assert "обсе" in word_forms("ОБСЕ")


@pytest.mark.parametrize("name", ["posts.yaml", "bodies.yaml", "places.yaml"])
def test_every_reference_file_is_required(tmp_path: Path, name: str) -> None:
    root = _copy_reference(tmp_path)
    (root / name).unlink()
    with pytest.raises(InputError, match=rf"{name}: reference file not found"):
        read_reference(root, defaults.models().morphology)


def test_a_place_in_an_unknown_state_is_an_input_error(tmp_path: Path) -> None:
    root = _copy_reference(tmp_path)
    path = root / "places.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + '\n- {name: {ru: Атлантида}, state: "XA", kind: city}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"places\.yaml: Атлантида: unknown state 'XA'"):
        read_reference(root, defaults.models().morphology)


def test_a_post_whose_head_words_miss_its_first_word_is_an_input_error(tmp_path: Path) -> None:
    root = _copy_reference(tmp_path)
    path = root / "posts.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("head_words:\n    ru: [аким]", "head_words:\n    ru: [глава]", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"posts\.yaml:\d+: akim: head_words must contain"):
        read_reference(root, defaults.models().morphology)


def test_latin_lookalike_letters_inside_cyrillic_words_are_read_as_cyrillic(ref: Reference) -> None:
    assert ref.find_organisation("MПA CНГ").key == "ipa-cis"  # Latin M, A, C
    assert ref.find_state("Pоссийской Федерации").iso == "RU"  # Latin P
    assert word_forms("OSCE") == {"osce"}  # an all-Latin word stays Latin


def test_a_third_language_is_data(tmp_path: Path) -> None:
    """Names are keyed by language tag: a German name added to the file is matched as it is,
    with no field of the loader or of the entries for it."""
    root = _copy_reference(tmp_path)
    path = root / "states.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    en: Kazakhstan\n" in text
    path.write_text(
        text.replace("    en: Kazakhstan\n", "    en: Kazakhstan\n    de: Kasachstan\n", 1),
        encoding="utf-8",
    )
    ref = read_reference(root, defaults.models().morphology)
    kazakhstan = ref.find_state("Wahlen in Kasachstan")
    assert kazakhstan is not None and kazakhstan.iso == "KZ"
    assert kazakhstan.name["de"] == "Kasachstan" and "Kasachstan" in kazakhstan.names()
    assert defaults.reference().find_state("Wahlen in Kasachstan") is None
