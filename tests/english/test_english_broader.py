"""Rules written for the genre at large rather than for any text of the development sets (the
English ones are saturated): the forms the release writers of every organiser use for the
head, the size, the day of the vote, the places of voting day and the speaker. Each with a
phrasing of the kind found in reports and one written here (persons invented)."""

from __future__ import annotations

from datetime import date

import pytest

from builder.text.extract import extract


def _facts(text: str):
    return extract("sample.en.txt", text)[1]


_LEAD = (
    "IPA CIS observers in Kyrgyzstan\n\nBishkek, 8 January 2021 – A group of observers from the "
    "Interparliamentary Assembly of the CIS arrived in Bishkek to monitor the early "
    "presidential election scheduled for 10 January. "
)


@pytest.mark.parametrize(
    "body",
    [
        "On 8 January the observers met the Chairperson of the Central Commission, Ana Kaimova.",
        "On 9 January observers of the group visited Osh.",
    ],
)
def test_a_day_of_the_month_counts_no_observers(body):
    assert _facts(_LEAD + body).main_mission.observer_count is None


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("It is headed by Deputy Chairman of the Council Viktor Petrenko.", "Viktor Petrenko"),
        ("It was led by Aibek Saparov (Kazakhstan).", "Aibek Saparov"),
    ],
)
def test_it_is_headed_by_after_the_group_is_named(body, name):
    assert _facts(_LEAD + body).main_mission.coordinator.name == name


def test_it_is_headed_by_names_no_head_of_something_else():
    body = "The Central Commission adopted new rules on 5 January. It is headed by Ana Kaimova."
    assert _facts(_LEAD + body).main_mission.coordinator is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Brussels, 14 December 2023 – A delegation of the European Parliament observed the "
            "early parliamentary elections in Serbia on 17 December 2023.",
            date(2023, 12, 17),
        ),
        (
            "Vienna, 2 May 2025 – OSCE PA observers followed the presidential election in North "
            "Macedonia on 24 April.",
            date(2025, 4, 24),
        ),
    ],
)
def test_the_day_of_the_vote_after_the_state_voting(text, day):
    assert _facts(text).election.voting_date == day


@pytest.mark.parametrize(
    ("lead", "post"),
    [
        (
            "A delegation of the European Parliament, chaired by Ana Moreno (S&D, Spain), "
            "observed the 17 December elections in Serbia.",
            "head of the European Parliament delegation (S&D, Spain)",
        ),
        (
            "The delegation of the European Parliament, which Jan Novak (EPP, Czechia) chairs, "
            "observed the 17 December elections in Serbia.",
            None,
        ),
    ],
)
def test_a_chaired_delegation_and_a_body_without_a_latin_abbreviation(lead, post):
    head = _facts(f"EP observers in Serbia\n\nBrussels, 18 December 2023 – {lead}")
    head = head.main_mission.coordinator
    if post is None:  # a relative clause before the name is no form of heading
        assert head is None
    else:
        assert head.post == post


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            "On election day, the members deployed to Belgrade, Novi Sad and Kragujevac.",
            ["Belgrade", "Novi Sad", "Kragujevac"],
        ),
        (
            "On election day the observers travelled to Subotica and Zrenjanin and visited "
            "polling stations there.",
            ["Subotica", "Zrenjanin"],
        ),
    ],
)
def test_voting_day_places_listed_after_to(body, regions):
    text = (
        "EP observers in Serbia\n\nBelgrade, 18 December 2023 – The European Parliament "
        f"delegation observed the 17 December parliamentary elections in Serbia. {body}"
    )
    (event,) = [e for e in _facts(text).events if e.kind == "voting-day-observation"]
    assert event.regions == regions


@pytest.mark.parametrize(
    "quote",
    [
        'At a joint press conference in Belgrade on 18 December, Mr Moreno said: "The vote was '
        'calm and well organised."',
        'Speaking to journalists in Nis, Moreno stated: "The vote was calm and well organised."',
    ],
)
def test_the_speaker_after_where_and_when_it_was_said(quote):
    text = (
        "EP observers in Serbia\n\nBelgrade, 18 December 2023 – The European Parliament "
        "delegation, headed by Luis Moreno, observed the 17 December parliamentary elections "
        f"in Serbia.\n\n{quote}"
    )
    assert [a.by for a in _facts(text).assessments] == ["Luis Moreno"]
