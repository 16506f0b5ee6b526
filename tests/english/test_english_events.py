"""The moments of the genre as English writes them: meetings however worded, the observers' own
briefings and closing sessions, voting day dated from its own sentence. Each rule with a
phrasing of the kind found in reports and one written here."""

from __future__ import annotations

from datetime import date

import pytest

from builder.text.extract import extract


def _facts(text: str):
    return extract("sample.en.txt", text)[1]


def _report(body: str) -> object:
    return _facts(
        "OSCE PA observers in Serbia\n\nBELGRADE, 15 December 2023 – A delegation of the OSCE "
        "Parliamentary Assembly is observing the 17 December parliamentary elections in Serbia. "
        f"{body}"
    )


def _met(facts) -> list[tuple[str, str | None, object]]:
    return [(p.name, p.post, e.date) for e in facts.events if e.kind == "meeting" for p in e.met]


@pytest.mark.parametrize(
    ("body", "met"),
    [
        # the partner of a talk follows "with" after what was discussed
        (
            "On 14 December the head of the delegation discussed the conduct of the campaign "
            "with the Speaker of the National Assembly, Ana Petrovic.",
            [("Ana Petrovic", "Speaker of the National Assembly", date(2023, 12, 14))],
        ),
        (
            "The parliamentarians reviewed the preparations for voting day with Foreign Minister "
            "Marko Ilic on 13 December.",
            [("Marko Ilic", "Foreign Minister", date(2023, 12, 13))],
        ),
    ],
)
def test_a_talk_discussed_with_an_official_is_a_meeting(body, met):
    assert _met(_report(body)) == met


@pytest.mark.parametrize(
    "body",
    [
        "In a meeting with Foreign Minister Marko Ilic on 14 December, the Head of the OSCE PA "
        "delegation, Pia Lind, discussed the conduct of the campaign.",
        "During talks with the Speaker of the National Assembly, Marko Ilic, on 14 December, "
        "the delegation's leader Pia Lind, who heads the OSCE PA delegation, raised the "
        "campaign's tone.",
    ],
)
def test_the_mission_s_own_head_is_not_an_official_met(body):
    facts = _report(body)
    assert [name for name, _, _ in _met(facts)] == ["Marko Ilic"]
    assert facts.main_mission.coordinator.name == "Pia Lind"


@pytest.mark.parametrize(
    ("body", "kind", "day"),
    [
        (
            "On 16 December the observers attended a briefing by the core team of the "
            "observation mission.",
            "briefing",
            date(2023, 12, 16),
        ),
        (
            "An organisational meeting of the delegation took place on 14 December.",
            "briefing",
            date(2023, 12, 14),
        ),
        ("The final meeting of the delegation was held on 18 December.", "final-meeting", None),
        (
            "On 18 December, the parliamentarians gathered for a debriefing in Belgrade.",
            "final-meeting",
            None,
        ),
    ],
)
def test_the_observers_own_sessions(body, kind, day):
    found = [e for e in _report(body).events if e.kind == kind]
    assert len(found) == 1
    assert found[0].date == (day or date(2023, 12, 18))


@pytest.mark.parametrize(
    "body",
    [
        "The observers will attend a briefing on 16 December.",
        "The head of the delegation gave a press briefing on 18 December.",
    ],
)
def test_a_planned_briefing_or_a_press_briefing_is_no_briefing(body):
    assert not [e for e in _report(body).events if e.kind == "briefing"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "CIS observers visited polling stations in Moldova\n\nChisinau, 12 July 2021\n\n"
            "Observers of the CIS Observer Mission yesterday visited 120 polling stations in "
            "Chisinau and Balti.",
            date(2021, 7, 11),
        ),
        (
            "SCO observers at work\n\n3 March 2025\n\nOn 2 March, members of the SCO mission "
            "visited polling stations in Dushanbe.",
            date(2025, 3, 2),
        ),
    ],
)
def test_voting_day_takes_its_own_day_when_the_vote_is_not_dated(text, day):
    facts = _facts(text)
    (event,) = [e for e in facts.events if e.kind == "voting-day-observation"]
    assert event.date == day


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Chisinau, 12 July 2021 – The CIS Observer Mission, with observers from Belarus and "
            "Kazakhstan, visited polling stations in Chisinau and Balti.",
            "MD",
        ),
        (
            "Tbilisi, 2 November 2024 – Kazakh and Russian observers of the IPA CIS observed "
            "the voting in Kutaisi and Batumi.",
            "GE",
        ),
    ],
)
def test_the_country_voting_is_not_a_state_that_sends_observers(text, iso):
    assert _facts(text).election.country_iso == iso


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ashgabat, 13 March 2022 – The early presidential election held in Turkmenistan "
            "yesterday was calm, the CIS Observer Mission said at a press conference.",
            date(2022, 3, 12),
        ),
        (
            "CHISINAU, 12 July 2021 – Moldova's early parliamentary elections on 11 July were "
            "competitive, the OSCE PA delegation said at a press conference.",
            date(2021, 7, 11),
        ),
        (
            "Astana, 21 November 2022 – The OTS mission presented its statement on the early "
            "presidential election held in the Republic of Kazakhstan on 20 November at a press "
            "briefing.",
            date(2022, 11, 20),
        ),
        (
            "Baku, 2 March 2025 – The referendum held in Azerbaijan on 1 March was observed by "
            "the CIS Observer Mission.",
            date(2025, 3, 1),
        ),
    ],
)
def test_the_day_of_the_vote_after_held_in_or_on(text, day):
    assert _facts(text).election.voting_date == day


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            "On election day the observers visited polling stations in the Ahal and Lebap "
            "velayats.",
            ["Ahal velayat", "Lebap velayat"],
        ),
        (
            "On election day members of the mission followed the voting at the polling station "
            "of the embassy in Moscow.",
            ["Moscow"],
        ),
    ],
)
def test_voting_day_places_in_velayats_and_at_one_station(body, regions):
    (event,) = [e for e in _report(body).events if e.kind == "voting-day-observation"]
    assert event.regions == regions


@pytest.mark.parametrize(
    "body",
    [
        "On 14 December the delegation held briefings with party representatives and journalists.",
        "Briefings with civil society took place on 15 December.",
    ],
)
def test_briefings_with_others_are_no_briefing_of_the_observers(body):
    assert not [e for e in _report(body).events if e.kind == "briefing"]


@pytest.mark.parametrize(
    ("body", "met"),
    [
        # an organiser named after the verb is whom the mission met or was briefed by
        (
            "On 14 December the parliamentarians were briefed by the ODIHR core team and held "
            "meetings with Prime Minister Ana Petrovic.",
            [("Ana Petrovic", "Prime Minister", date(2023, 12, 14))],
        ),
        (
            "On 15 December, the delegation met the PACE rapporteur and the Speaker of the "
            "National Assembly, Marko Ilic.",
            [("Marko Ilic", "Speaker of the National Assembly", date(2023, 12, 15))],
        ),
    ],
)
def test_another_organiser_after_the_meeting_verb_keeps_the_meeting_ours(body, met):
    assert _met(_report(body)) == met


@pytest.mark.parametrize(
    "body",
    [
        "On 14 December the PACE delegation met Prime Minister Ana Petrovic.",
        "Members of the ODIHR mission held talks with Speaker Marko Ilic on 15 December.",
    ],
)
def test_another_organiser_s_meeting_is_not_ours(body):
    assert _met(_report(body)) == []


@pytest.mark.parametrize(
    ("body", "met"),
    [
        (
            "The delegation was received on 14 December by the Minister of Foreign Affairs, "
            "Ana Petrovic.",
            [("Ana Petrovic", "Minister of Foreign Affairs", date(2023, 12, 14))],
        ),
        (
            "The observers were warmly received in Nis by Mayor Marko Ilic on 15 December.",
            [("Marko Ilic", "Mayor", date(2023, 12, 15))],
        ),
    ],
)
def test_received_with_words_between_the_verb_and_by(body, met):
    assert _met(_report(body)) == met


@pytest.mark.parametrize(
    ("body", "posts"),
    [
        (
            "On 14 December the delegation met Prime Minister Ana Petrovic, the Chairman of "
            "the Republic Electoral Commission Marko Ilic and the Ombudsman, Zoran Pasic.",
            ["Prime Minister", "Chairman of the Republic Electoral Commission", "Ombudsman"],
        ),
        (
            "On 14 December the delegation held talks with President Ana Petrovic, the Speaker "
            "of the National Assembly Marko Ilic.",
            ["President", "Speaker of the National Assembly"],
        ),
    ],
)
def test_each_official_of_a_comma_list_keeps_only_its_own_post(body, posts):
    assert [post for _, post, _ in _met(_report(body))] == posts


@pytest.mark.parametrize(
    "body",
    [
        "The delegation met the Speaker of the National Assembly, Marko Ilic.",
        "Members of the delegation also held talks with Foreign Minister Marko Ilic.",
    ],
)
def test_the_dateline_s_day_dates_no_meeting(body):
    # the release's own day (15 December, its dateline) is not the day of a meeting
    # the text leaves undated
    assert [day for *_, day in _met(_report(body))] == [None]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "On the eve of the elections, the delegation met the Speaker of the National "
            "Assembly, Marko Ilic.",
            date(2023, 12, 16),
        ),
        (
            "Two days before the vote the delegation held talks with Foreign Minister Marko Ilic.",
            date(2023, 12, 15),
        ),
        (
            "The day after the election, the delegation met the Speaker of the National "
            "Assembly, Marko Ilic.",
            date(2023, 12, 18),
        ),
    ],
)
def test_a_meeting_dated_from_the_day_of_the_vote(body, day):
    assert [d for *_, d in _met(_report(body))] == [day]


@pytest.mark.parametrize(
    "body",
    [
        "The head of the delegation presented its findings at a press conference the day after "
        "the vote.",
        "The delegation will hold a press conference the day after the elections.",
    ],
)
def test_a_press_conference_dated_from_the_day_of_the_vote(body):
    found = [e.date for e in _report(body).events if e.kind == "press-conference"]
    assert found == ([] if "will" in body else [date(2023, 12, 18)])


@pytest.mark.parametrize(
    "body",
    [
        "Prior to the elections, the delegation met the Speaker of the National Assembly, "
        "Marko Ilic.",
        "During its stay, the delegation held talks with Foreign Minister Marko Ilic.",
    ],
)
def test_a_meeting_told_over_a_stretch_of_time_has_no_day(body):
    lead = "On 16 December, the delegation observed early voting. "
    assert [d for *_, d in _met(_report(lead + body))] == [None]


def test_a_statement_of_today_dates_no_meeting_after_it():
    text = (
        "OSCE PA observers in Serbia\n\nBELGRADE, 18.12.2023 – The 17 December elections in "
        "Serbia were competitive, observers said in a statement released today.\n\n"
        "Members of the OSCE PA delegation held talks with Foreign Minister Marko Ilic."
    )
    assert [d for *_, d in _met(_facts(text))] == [None]


@pytest.mark.parametrize(
    "body",
    [
        "The mission's opening press conference took place on 4 December. The preliminary "
        "statement was presented at a press conference in Belgrade on 18 December.",
        "On 4 December the head of the delegation gave a press conference. On 18 December the "
        "delegation held a news conference in Nis.",
    ],
)
def test_press_conferences_on_days_of_their_own_are_each_an_event(body):
    found = [e.date for e in _report(body).events if e.kind == "press-conference"]
    assert found == [date(2023, 12, 4), date(2023, 12, 18)]


def test_a_press_conference_spoken_of_again_is_one_event():
    body = (
        "The delegation presented its findings at a press conference on 18 December. At the "
        "press conference, the head of the delegation thanked the authorities."
    )
    found = [e.date for e in _report(body).events if e.kind == "press-conference"]
    assert found == [date(2023, 12, 18)]


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            "On 17 December, the delegation observed the opening, voting and counting in Nis "
            "and Subotica.",
            ["Nis", "Subotica"],
        ),
        (
            "On 17 December, the members split into teams that watched the vote in Belgrade.",
            ["Belgrade"],
        ),
    ],
)
def test_the_voting_watched_on_the_day_of_the_vote(body, regions):
    (event,) = [e for e in _report(body).events if e.kind == "voting-day-observation"]
    assert (event.date, event.regions) == (date(2023, 12, 17), regions)


def test_voting_watched_on_another_day_is_no_voting_day():
    body = "On 10 December, the delegation observed the voting of the diaspora in Vienna."
    assert not [e for e in _report(body).events if e.kind == "voting-day-observation"]


@pytest.mark.parametrize(
    ("body", "posts"),
    [
        (
            "On 14 December the delegation met President Ana Petrovic and State Election "
            "Commission President Marko Ilic.",
            ["President", "State Election Commission President"],
        ),
        (
            "The delegation held talks with Prime Minister Ana Petrovic and CEC Chairman Marko "
            "Ilic on 14 December.",
            ["Prime Minister", "CEC Chairman"],
        ),
    ],
)
def test_a_post_holds_no_one_else_s_name(body, posts):
    assert [post for _, post, _ in _met(_report(body))] == posts
