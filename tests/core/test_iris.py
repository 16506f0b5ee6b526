"""IRIs are minted deterministically, readably and safely from any name."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from rdflib import URIRef

from builder.graph import iris
from builder.text import defaults

KEY = defaults.reference().person_keys.key


def test_person_iri_is_a_readable_transliteration() -> None:
    assert str(iris.person(KEY("Касым-Жомарт Токаев"))).endswith("/person/kasym-zhomart-tokaev")


def test_same_name_gives_same_iri_and_different_names_differ() -> None:
    assert iris.person(KEY("Берик Имашев")) == iris.person(KEY("Берик Имашев"))
    assert iris.person(KEY("Берик Имашев")) != iris.person(KEY("Берик Имашов"))


def test_report_key_drops_folder_and_suffix() -> None:
    assert iris.report_key("data/reports/2017-06-kz-senate-ipa-cis.ru.txt") == (
        "2017-06-kz-senate-ipa-cis-ru"
    )


def test_mission_iri_carries_organiser_country_and_voting_day() -> None:
    iri = iris.mission("ipa-cis", "KZ", date(2017, 6, 28), None)
    assert str(iri).endswith("/mission/ipa-cis-kz-2017-06-28")


def test_long_slugs_are_cut_and_kept_distinct() -> None:
    a = "заместитель председателя комитета " * 5 + "по делам СНГ"
    b = "заместитель председателя комитета " * 5 + "по обороне"
    assert len(iris.slug(a)) <= 70
    assert iris.slug(a) != iris.slug(b)


@given(st.text())
def test_any_text_gives_a_valid_iri_path_segment(text: str) -> None:
    s = iris.slug(text)
    assert s and all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in s)
    iri = iris.person(KEY(text))
    assert isinstance(iri, URIRef) and " " not in str(iri)
    assert iris.slug(text) == s  # deterministic
