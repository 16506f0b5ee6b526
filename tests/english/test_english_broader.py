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


def _cis(body: str):
    return _facts(
        "CIS observers\n\nChisinau, 22 October 2024 – The CIS Observer Mission is monitoring the "
        f"presidential election in Moldova. {body}"
    ).main_mission


@pytest.mark.parametrize(
    ("body", "count", "states"),
    [
        (
            "The mission brings together observers from 20 countries, including Germany and "
            "France.",
            20,
            ["DE", "FR"],
        ),
        ("The observers represented nine countries.", 9, []),
        ("The observers will come from 12 countries.", None, []),
        ("The observers came from some 12 countries.", None, []),
    ],
)
def test_the_number_of_states_written_apart_from_the_size(body, count, states):
    mission = _cis(body)
    assert (mission.state_count, mission.sending_states) == (count, states)


@pytest.mark.parametrize(
    ("body", "count", "states"),
    [
        (
            "The 12 observers represent the CIS countries: Armenia, Belarus and Russia.",
            12,
            ["AM", "BY", "RU"],
        ),
        (
            "The observers represent the CIS member states Armenia, Belarus and Russia.",
            None,
            ["AM", "BY", "RU"],
        ),
    ],
)
def test_an_organisation_s_states_or_members_are_no_other_mission(body, count, states):
    mission = _facts(_LEAD.replace("Kyrgyzstan", "Moldova").replace("Bishkek", "Chisinau") + body)
    mission = mission.main_mission
    assert (mission.observer_count, mission.sending_states) == (count, states)


@pytest.mark.parametrize(
    "body",
    [
        "The mission comprises representatives of the CIS Executive Committee, the IPA CIS and "
        "observers from Azerbaijan, Armenia and Belarus.",
        "It includes experts from the SCO Secretariat and the IPA CIS and parliamentarians from "
        "Azerbaijan, Armenia and Belarus.",
    ],
)
def test_an_organisation_that_sent_members_is_no_other_mission(body):
    assert _cis(body).sending_states == ["AZ", "AM", "BY"]


def test_another_mission_named_by_its_members_is_still_another_mission():
    mission = _cis("Members of the IPA CIS delegation, 40 observers from Armenia, arrived.")
    assert (mission.observer_count, mission.sending_states) == (None, [])


@pytest.mark.parametrize(
    "listing",
    [
        "The ad hoc committee was composed of Anna Lind (Sweden, SOC), Jan Berg (Norway, "
        "EPP/CD) and Piet Smit (Netherlands, ALDE).",
        "The list of members: Anna Lind (Sweden, SOC); Jan Berg (Norway, EPP/CD); Piet Smit "
        "(Netherlands, ALDE).",
    ],
)
def test_members_by_state_and_political_group_however_introduced(listing):
    mission = _facts(
        "PACE observers\n\nStrasbourg, 30 October 2024 – A delegation of the Parliamentary "
        "Assembly of the Council of Europe (PACE), led by Marco Rossi (Italy, SOC), observed "
        f"the 26 October parliamentary elections in Georgia. {listing}"
    ).main_mission
    assert mission.sending_states == ["IT", "SE", "NO", "NL"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "SKOPJE, 3 April 2024 – The ODIHR Election Observation Mission for the 24 April "
            "presidential election in North Macedonia opened today in Skopje.",
            date(2024, 4, 3),
        ),
        (
            "Skopje, 5 April 2024 – The ODIHR observation mission to the presidential election "
            "in North Macedonia was launched today.",
            date(2024, 4, 5),
        ),
    ],
)
def test_the_mission_opened_written_after_it(text, day):
    assert _facts(text).main_mission.start == day


@pytest.mark.parametrize(
    "lead",
    [
        "The 30-member delegation of PACE, headed by Ana Moreno (Spain, SOC), observed the "
        "elections.",
        "A 30-member PACE delegation led by Jan Novak (Czechia, EPP/CD) observed the elections.",
    ],
)
def test_a_head_s_state_and_group_is_no_list_of_states(lead):
    mission = _facts(
        f"PACE observers in Serbia\n\nStrasbourg, 18 December 2023 – {lead} The vote in "
        "Serbia took place on 17 December."
    ).main_mission
    assert (mission.observer_count, mission.state_count, mission.sending_states) == (30, None, [])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Podgorica, 1 May 2023 – ODIHR opened an election observation mission for the early "
            "parliamentary elections of 11 June in Montenegro.",
            date(2023, 6, 11),
        ),
        (
            "BISHKEK, 28 November 2025 – IPA CIS observers arrived in Kyrgyzstan to monitor "
            "the early elections to the Jogorku Kenesh on November 30.",
            date(2025, 11, 30),
        ),
        (
            "Minsk, 10 August 2020 – The CIS mission presented its findings on the election in "
            "Belarus. On election day, yesterday, the observers visited 650 polling stations.",
            date(2020, 8, 9),
        ),
    ],
)
def test_the_day_of_the_vote_in_more_of_the_genre_s_forms(text, day):
    assert _facts(text).election.voting_date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "SKOPJE, 6 May 2019 – OSCE PA observers who observed yesterday's second round of the "
            "presidential election in North Macedonia said voters could choose freely. Unlike "
            "the first round on 21 April, it was calm.",
            date(2019, 5, 5),
        ),
        (
            "Ankara, 29 May 2023 – PACE observers followed the second round of the presidential "
            "election in Türkiye on 28 May.",
            date(2023, 5, 28),
        ),
        (
            "Chisinau, 21 October 2024 – ODIHR observers followed the presidential election of 20 "
            "October in Moldova. A second round would be held on 3 November.",
            date(2024, 10, 20),
        ),
    ],
)
def test_the_round_observed_is_the_vote_not_the_first_nor_one_to_come(text, day):
    assert _facts(text).election.voting_date == day


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "The mission included 231 observers from the delegations of Armenia and Russia, 42 "
            "members of the CIS Interparliamentary Assembly and 19 staff of the CIS Executive "
            "Committee.",
            292,
        ),
        (
            "The mission consists of 120 observers from Armenia and Belarus and 30 experts of "
            "the CIS Executive Committee.",
            150,
        ),
        (
            "The mission deployed 312 observers from 40 countries: 252 observers of the CIS "
            "and 60 members of the IPA CIS.",
            312,
        ),
        (
            "The mission deployed 312 observers, including 60 members of the IPA CIS.",
            312,
        ),
    ],
)
def test_a_size_written_as_its_parts_is_their_sum(body, count):
    assert _cis(body).observer_count == count


@pytest.mark.parametrize(
    "body",
    [
        "It also includes Hayk Avetisyan (Armenia), Sevil Mamedova (Azerbaijan) and Pavel "
        "Shumak (Belarus).",
        "Among its members are Pavel Shumak (Belarus), Hayk Avetisyan (Armenia) and Sevil "
        "Mamedova (Azerbaijan), as well as experts.",
    ],
)
def test_members_named_with_their_state_alone(body):
    assert sorted(_cis(body).sending_states) == ["AM", "AZ", "BY"]


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("The mission, of some 20 experts from nine SCO member states, arrived.", 9),
        ("The group brings 40 observers from 11 CIS member countries.", 11),
    ],
)
def test_a_number_of_states_with_two_words_before_the_noun(body, count):
    assert _cis(body).state_count == count
