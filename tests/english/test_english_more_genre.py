"""Rules read off the second batch of tests/genre-more (written by a helper who never read
builder/): each with a phrasing of that kind and one written here (persons invented)."""

from __future__ import annotations

from datetime import date

import pytest

from builder.text.extract import extract
from builder.text.languages.en.dates import DateGrammar
from builder.text.languages.en.recognise import load_cues


def _facts(text: str):
    return extract("sample.en.txt", text)[1]


def _report(
    body: str,
    lead: str = "The PACE delegation observed the 9 February early "
    "parliamentary elections in Azerbaijan.",
) -> object:
    return _facts(f"PACE observers in Azerbaijan\n\nBaku, 10 February 2020 – {lead} {body}")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Press release – 22-07-2019 – Delegation", date(2019, 7, 22)),
        ("Published 03-11-2024, 10:15", date(2024, 11, 3)),
    ],
)
def test_a_day_written_with_dashes(text, day):
    assert [d.day for d in DateGrammar(load_cues()).absolute(text)] == [day]


@pytest.mark.parametrize(
    "body",
    [
        '"The vote was calm and orderly," said Ms Olsen at the joint press conference in Baku.',
        '"The vote was calm and orderly," said Marta Olsen during the final press conference.',
    ],
)
def test_a_quotation_s_speaker_said_somewhere(body):
    facts = _report("The delegation was led by Marta Olsen (Norway). " + body)
    assert [a.by for a in facts.assessments] == ["Marta Olsen"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The mission was led by OTS Deputy Secretary General Talant Sadyr uulu.",
            "Talant Sadyr uulu",
        ),
        ("The delegation was led by Aida Toktogul kyzy (Kyrgyzstan).", "Aida Toktogul kyzy"),
    ],
)
def test_a_name_with_a_patronymic_word_after_it(body, name):
    assert _report(body).main_mission.coordinator.name == name


@pytest.mark.parametrize(
    ("body", "met"),
    [
        (
            "Marta Olsen, who headed the PACE delegation, presented its conclusions at a meeting "
            "with the Chairperson of the Central Election Commission, Anna Ivanova, and later at "
            "a round table with members of the Milli Majlis.",
            ["Anna Ivanova"],
        ),
        (
            "Marta Olsen, who led the delegation, discussed the findings with the Speaker of the "
            "Milli Majlis, Sahiba Gafarova.",
            ["Sahiba Gafarova"],
        ),
    ],
)
def test_a_relative_clause_between_subject_and_verb_leaves_the_meeting(body, met):
    found = [p.name for e in _report(body).events if e.kind == "meeting" for p in e.met]
    assert found == met


@pytest.mark.parametrize(
    "body",
    [
        "The delegation met the Chairman of the Central Election Commission, Mazahir Panahov, on "
        "7 February, and the Ombudsperson, Sabina Aliyeva, the next day.",
        "The delegation met the Chairman of the Central Election Commission, Mazahir Panahov, on "
        "7 February and the Ombudsperson, Sabina Aliyeva, on 8 February.",
    ],
)
def test_each_official_met_on_the_day_written_after_the_name(body):
    days = {p.name: e.date for e in _report(body).events if e.kind == "meeting" for p in e.met}
    assert days == {"Mazahir Panahov": date(2020, 2, 7), "Sabina Aliyeva": date(2020, 2, 8)}


@pytest.mark.parametrize(
    ("lead", "start", "end"),
    [
        (
            "A PACE delegation visited Baku on 14 and 15 January 2020 to assess the preparations "
            "for the 9 February early parliamentary elections in Azerbaijan.",
            date(2020, 1, 14),
            date(2020, 1, 15),
        ),
        (
            "The PACE delegation observed the 9 February early parliamentary elections in "
            "Azerbaijan. For a week, from 3 February, the delegation followed the campaign.",
            date(2020, 2, 3),
            None,
        ),
    ],
)
def test_a_visit_and_a_stay_from_a_day(lead, start, end):
    main = _report("", lead=lead).main_mission
    assert (main.start, main.end) == (start, end)


@pytest.mark.parametrize(
    ("body", "states"),
    [
        (
            "The delegation was led by Anna Berg (Germany, SOC). The other members of the "
            "delegation were Lars Ek (Sweden, EPP/CD) and Pilar Nun (Spain, ALDE).",
            ["DE", "SE", "ES"],
        ),
        (
            "The delegation was led by Anna Berg (Germany, SOC). The delegation also included "
            "Tom Wren (Ireland) and Eva Lind (Norway).",
            ["DE", "IE", "NO"],
        ),
    ],
)
def test_the_states_of_members_a_delegation_lists(body, states):
    main = _report(body).main_mission
    assert (sorted(main.sending_states), main.state_count) == (sorted(states), len(states))


def test_one_member_s_country_is_no_list_of_states():
    body = "The delegation was led by Anna Berg (Germany, SOC). Members of the delegation met."
    assert _report(body).main_mission.sending_states == []


@pytest.mark.parametrize(
    "body",
    [
        "On election day, 172 observers from 34 countries, including a delegation of the OSCE "
        "Parliamentary Assembly, assessed opening, voting and counting.",
        "On election day, the observers, including members of the OSCE Parliamentary Assembly, "
        "visited 200 polling stations.",
    ],
)
def test_voting_day_with_a_part_of_the_mission_from_another_body(body):
    facts = _report(body)
    assert [e.date for e in facts.events if e.kind == "voting-day-observation"] == [
        date(2020, 2, 9)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Ms Olsen presented the conclusions at the joint press conference in Baku.",
        "The delegation's findings were presented at a news conference.",
    ],
)
def test_a_press_conference_without_a_day_is_on_the_release_s_day(body):
    facts = _report(body)
    assert [e.date for e in facts.events if e.kind == "press-conference"] == [date(2020, 2, 10)]


@pytest.mark.parametrize(
    "body",
    [
        "The delegation met members of the Jogorku Kenesh.",
        "The delegation held a round table with members of the Verkhovna Rada on 8 February.",
    ],
)
def test_a_legislature_s_name_is_no_person(body):
    assert not [p for e in _report(body).events for p in e.met]
