"""Person resolution: one person per real entity, canonical nominative full names, variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.facts.model import Assessment, Election, Event, Mission, PersonMention, ReportFacts
from builder.reference.records import read_reference
from builder.text import defaults
from builder.text.document import Doc
from builder.text.resolve import Resolver, names_match


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("К.-Ж. Токаев", "Касым-Жомарт Токаев", True),
        ("И. Умаханов", "Ильяс Умаханов", True),
        ("Н. Сомова", "Николай Сомов", True),  # initials form read in the genitive
        ("А. Кравцов", "Андрей Кравцов", True),
        ("Б. Кравцов", "Андрей Кравцов", False),
        ("Андрей Кравцов", "Алексей Кравцов", False),
        ("Ильяс Умаханов", "Ильяс Токаев", False),
        ("Ж.-К. Токаев", "Касым-Жомарт Токаев", False),
    ],
)
def test_names_match(a, b, same):
    assert names_match(a, b) is same
    assert names_match(b, a) is same


def test_resolver_merges_forms_and_rewrites_every_reference():
    facts = ReportFacts(
        report="r.txt",
        missions=[
            Mission(
                key="main",
                organiser="МПА СНГ",
                is_main=True,
                coordinator=PersonMention("И. Умаханов"),
            )
        ],
        events=[
            Event(
                mission="main",
                kind="meeting",
                date=None,
                met=[PersonMention("К.-Ж. Токаев")],
                attendees=["И. Умаханов", "Ильяс Умаханов"],
            )
        ],
        assessments=[Assessment("main", "И. Умаханов", "positive", "general", "хорошо")],
        people=[
            PersonMention(
                "Ильяс Умаханов", post="заместитель Председателя", variants=["Ильяс Умаханов"]
            ),
            PersonMention("К.-Ж. Токаев", variants=["К.-Ж. Токаев"]),
            PersonMention("Касым-Жомарт Токаев", variants=["Касым-Жомартом Токаевым"]),
            PersonMention("И. Умаханов", variants=["И. Умаханов"]),
            PersonMention("К.-Ж. Токаев", variants=["К.-Ж. Токаева"]),
        ],
    )
    out = Resolver(defaults.reference())(Doc(name="r.txt", original=""), facts)
    assert [(p.name, p.variants, p.post) for p in out.people] == [
        ("Ильяс Умаханов", ["Ильяс Умаханов", "И. Умаханов"], "заместитель Председателя"),
        (
            "Касым-Жомарт Токаев",
            ["К.-Ж. Токаев", "Касым-Жомартом Токаевым", "К.-Ж. Токаева"],
            None,
        ),
    ]
    assert out.missions[0].coordinator.name == "Ильяс Умаханов"
    assert out.events[0].met[0].name == "Касым-Жомарт Токаев"
    assert out.events[0].attendees == ["Ильяс Умаханов"]
    assert out.assessments[0].by == "Ильяс Умаханов"


def test_resolver_names_places_as_the_reference_does():
    from datetime import date

    from builder.facts.model import Election

    facts = ReportFacts(
        report="r.txt",
        election=Election("MD", "local", date(2019, 10, 20)),
        events=[
            Event(
                mission="main",
                kind="voting-day-observation",
                date=None,
                regions=["Кишинев", "Оргеевский район", "Неизвестноград"],
            )
        ],
    )
    out = Resolver(defaults.reference())(Doc(name="r.txt", original=""), facts)
    assert out.events[0].regions == ["Кишинёв", "Оргеевский район", "Неизвестноград"]


def test_an_initials_form_joins_the_nearest_person_it_fits_and_never_merges_two_people():
    from builder.facts.model import Evidence, Span

    def mention(name: str, at: int) -> PersonMention:
        return PersonMention(name, variants=[name], evidence=Evidence((Span(at, at + 1),)))

    facts = ReportFacts(
        report="r.txt",
        people=[
            mention("Вадим Мусин", 10),
            mention("В. Мусин", 20),
            mention("Виктор Мусин", 30),
            mention("В. Мусин", 40),
        ],
    )
    out = Resolver(defaults.reference())(Doc(name="r.txt", original=""), facts)
    assert sorted(p.name for p in out.people) == ["Вадим Мусин", "Виктор Мусин"]


def test_a_person_keeps_the_fullest_post_a_fact_states():
    facts = ReportFacts(
        report="r.txt",
        events=[
            Event(
                mission="main",
                kind="meeting",
                date=None,
                met=[PersonMention("Валерий Войтехович", post="председатель комиссии Палаты")],
            )
        ],
        people=[PersonMention("Валерий Войтехович", post="председатель комиссии")],
    )
    out = Resolver(defaults.reference())(Doc(name="r.txt", original=""), facts)
    assert [p.post for p in out.people] == ["председатель комиссии Палаты"]


def test_places_are_named_as_the_reference_data_the_resolver_was_given(tmp_path: Path) -> None:
    """The resolver reads the reference data it is handed (as a build hands it to every stage),
    not a process-wide copy: without Кишинёв in its data, "Кишинев" stays as written."""
    data = defaults.reference().root
    for f in data.glob("*.yaml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    places = tmp_path / "places.yaml"
    text = places.read_text(encoding="utf-8")
    assert "    ru: Кишинёв\n" in text
    places.write_text(text.replace("    ru: Кишинёв\n", "    ru: Кишинау\n", 1), encoding="utf-8")

    def resolved(resolver: Resolver) -> str | None:
        event = Event(mission="main", kind="meeting", date=None, place="Кишинев")
        facts = ReportFacts(report="r.txt", election=Election("MD", None, None), events=[event])
        return resolver(Doc(name="r.txt", original=""), facts).events[0].place

    assert resolved(Resolver(defaults.reference())) == "Кишинёв"
    assert resolved(Resolver(read_reference(tmp_path, defaults.models().morphology))) == "Кишинев"
