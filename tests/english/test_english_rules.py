"""The English grammar of the genre: each rule with a phrasing from the development texts and
one written here (not taken from any report)."""

from __future__ import annotations

from datetime import date

import pytest

from builder.facts.model import MonthDay
from builder.text.extract import extract
from builder.text.languages.en.dates import DateGrammar
from builder.text.languages.en.recognise import load_cues


@pytest.fixture(scope="module")
def grammar() -> DateGrammar:
    return DateGrammar(load_cues())


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("the 28 June parliamentary elections", [MonthDay(6, 28)]),
        ("on April 26, 2015 voters", [date(2015, 4, 26)]),
        ("from 23 to 28 October 2024", [date(2024, 10, 23), date(2024, 10, 28)]),
        ("from 28 March to 1 April 2019", [date(2019, 3, 28), date(2019, 4, 1)]),
        ("27/10/2024 | Election observation", [date(2024, 10, 27)]),
        ("published 10.07.2023 at noon", [date(2023, 7, 10)]),
        ("a turnout of 56 per cent in May", []),
    ],
)
def test_absolute_dates(grammar, text, days):
    assert [d.day for d in grammar.absolute(text)] == days


def test_relative_days_count_from_the_report_date(grammar):
    anchor = date(2019, 11, 15)
    found = grammar.relative_days("arrived yesterday and met today", anchor, None)
    assert [d.day for d in found] == [date(2019, 11, 14), date(2019, 11, 15)]
    sunday = grammar.relative_days("voters went to the polls on Sunday", date(2021, 4, 13), None)
    assert [d.day for d in sunday] == [date(2021, 4, 11)]


def test_a_day_without_a_year_takes_the_report_year(grammar):
    assert grammar.with_year(MonthDay(7, 6), date(2023, 7, 10), 2023) == date(2023, 7, 6)
    # a December vote in a January report is last year's
    assert grammar.with_year(MonthDay(12, 20), date(2024, 1, 5), 2024) == date(2023, 12, 20)
    assert grammar.with_year(MonthDay(2, 7), None, None) == MonthDay(2, 7)


def _facts(text: str):
    return extract("sample.en.txt", text)[1]


STATEMENT = (
    "PACE observers say Armenia's election was competitive\n\n"
    "YEREVAN, 21 June 2021 – The delegation of the Parliamentary Assembly of the Council of "
    "Europe observed the 20 June parliamentary elections in Armenia.\n\n"
    "The 14-member PACE delegation, led by Anna Kowalska (Poland, EPP/CD), was in Armenia from "
    "17 to 21 June. On 18 June it met the Chair of the Central Electoral Commission, Tigran "
    "Mkrtchyan. On election day, the delegation visited polling stations in Yerevan and Gyumri.\n\n"
    "The elections were competitive and well run, but the campaign was marred by harsh "
    "rhetoric. The delegation calls on the authorities to investigate all complaints.\n\n"
    "The delegation worked alongside the OSCE/ODIHR election observation mission."
)


def test_a_written_statement_gives_mission_election_people_and_events():
    facts = _facts(STATEMENT)
    assert facts.is_observation_report and facts.language == "en"
    main = facts.main_mission
    assert main.organiser == "pace"
    assert facts.election.country_iso == "AM" and facts.election.voting_date == date(2021, 6, 20)
    assert (main.start, main.end) == (date(2021, 6, 17), date(2021, 6, 21))
    assert main.observer_count == 14
    assert main.coordinator.name == "Anna Kowalska"
    assert "(Poland, EPP/CD)" in main.coordinator.post
    assert [m.organiser for m in facts.missions[1:]] == ["odihr"]
    meetings = [e for e in facts.events if e.kind == "meeting"]
    assert [(e.date, e.met[0].name) for e in meetings] == [(date(2021, 6, 18), "Tigran Mkrtchyan")]
    assert meetings[0].met[0].post == "Chair of the Central Electoral Commission"
    voting = [e for e in facts.events if e.kind == "voting-day-observation"]
    assert voting and voting[0].date == date(2021, 6, 20)
    polarities = [(a.polarity, a.recommendation) for a in facts.assessments]
    assert ("positive", False) in polarities and ("critical", True) in polarities


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The team of 54 observers includes members of parliament from Armenia and Russia.", 54),
        ("The mission deployed 312 observers from 40 countries.", 312),
        ("More than 130 observers from Belarus and Russia took part in the monitoring.", None),
        ("It comprised 11 experts and 30 long-term observers.", None),
        ("Some 60 parliamentarians from 20 countries joined the delegation.", None),
    ],
)
def test_only_exact_whole_counts_are_recorded(sentence, count):
    text = (
        "IPA CIS observers in Kazakhstan\n\n"
        f"ASTANA, 10 June 2024 – The IPA CIS observer mission monitored the 9 June presidential "
        f"election in Kazakhstan. {sentence}"
    )
    assert _facts(text).main_mission.observer_count == count


@pytest.mark.parametrize(
    "head",
    [
        "The mission is headed by Ambassador Lena Haug.",
        "Ambassador Lena Haug leads the mission.",
        "Lena Haug (Denmark) is Head of the ODIHR Election Observation Mission.",
    ],
)
def test_the_head_however_introduced(head):
    text = (
        "ODIHR opens observation mission in Kyrgyzstan\n\n"
        "BISHKEK, 2 March 2025 – The OSCE Office for Democratic Institutions and Human Rights "
        f"(ODIHR) today opened an election observation mission for the 30 March parliamentary "
        f"elections in Kyrgyzstan. {head}"
    )
    facts = _facts(text)
    assert facts.main_mission.organiser == "odihr"
    assert facts.main_mission.start == date(2025, 3, 2)
    assert facts.main_mission.coordinator.name == "Lena Haug"


def test_a_text_on_accreditation_is_not_an_observation_report():
    text = (
        "CEC accredits observers\n\n"
        "The Central Election Commission of Georgia has accredited 40 observers of the OSCE/ODIHR "
        "and 12 observers of the CIS Observer Mission for the 26 October elections."
    )
    assert not _facts(text).is_observation_report


def test_the_report_language_and_english_words_are_in_the_graph():
    from rdflib import Literal
    from rdflib.namespace import DCTERMS, FOAF

    from builder.graph import iris
    from builder.graph.assemble import Assembler

    doc, facts = extract("sample.en.txt", STATEMENT)
    graph = Assembler()(facts, doc)
    assert (iris.report("sample.en.txt"), DCTERMS.language, Literal("en")) in graph
    names = {o for o in graph.objects(None, FOAF.name)}
    assert Literal("Anna Kowalska", lang="en") in names


def _voting_day(body: str, lead: str = "observed the 20 June parliamentary elections"):
    text = (
        "Observers in Armenia\n\n"
        f"YEREVAN, 21 June 2021 – The PACE delegation {lead} in Armenia. {body}"
    )
    facts = _facts(text)
    return facts, [e for e in facts.events if e.kind == "voting-day-observation"]


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        # towns the reference data may not know, listed after "in"
        (
            "On election day, members observed voting in Yerevan, Gyumri, Dilijan and Goris.",
            ["Yerevan", "Gyumri", "Dilijan", "Goris"],
        ),
        (
            "The observers visited 120 polling stations in Yerevan and, for the first time, "
            "in Meghri and Tatev.",
            ["Yerevan", "Meghri", "Tatev"],
        ),
        # regions listed before their unit word
        (
            "On election day, the delegation visited polling stations in the Shirak, Lori "
            "and Tavush regions.",
            ["Shirak region", "Lori region", "Tavush region"],
        ),
        # the capital is the capital of the country voting
        (
            "On election day, the observers visited polling stations in the capital and "
            "five regions.",
            ["Yerevan"],
        ),
    ],
)
def test_the_places_of_voting_day(body, regions):
    _, voting = _voting_day(body)
    assert len(voting) == 1 and voting[0].regions == regions


def test_the_places_of_voting_day_gathered_from_every_sentence_on_it():
    body = (
        '"Election day was calm in the places we visited," said Anna Kowalska. '
        "On election day, members observed voting in Yerevan, Gyumri and Vanadzor."
    )
    _, voting = _voting_day(body)
    assert len(voting) == 1 and voting[0].regions == ["Yerevan", "Gyumri", "Vanadzor"]


@pytest.mark.parametrize(
    ("lead", "voting"),
    [
        ("observed yesterday's parliamentary elections", date(2021, 6, 20)),
        ("observed the 20 June parliamentary elections", date(2021, 6, 20)),
        # "today opened an election observation mission" does not date the vote
        ("today opened an election observation mission for the elections", None),
    ],
)
def test_the_day_of_the_vote(lead, voting):
    facts, _ = _voting_day("", lead)
    assert facts.election.voting_date == voting


@pytest.mark.parametrize(
    "body",
    [
        "The delegation today presented its assessment of yesterday's elections at a press "
        "conference.",
        "At a press conference today the delegation presented its findings on the 20 June "
        "elections.",
    ],
)
def test_the_day_of_a_press_conference_is_not_the_day_of_the_vote(body):
    facts, _ = _voting_day(body)
    conference = [e for e in facts.events if e.kind == "press-conference"]
    assert [e.date for e in conference] == [date(2021, 6, 21)]


@pytest.mark.parametrize(
    "body",
    [
        "The long-term observers of the mission have been working in the country since 19 May.",
        "The delegation has been present in Armenia since 19 May.",
    ],
)
def test_a_mission_at_work_since_a_day_started_then(body):
    facts, _ = _voting_day(body)
    assert facts.main_mission.start == date(2021, 5, 19)


def _report(body: str, head: str = "ODIHR observers in Kyrgyzstan") -> object:
    return _facts(
        f"{head}\n\nBISHKEK, 10 April 2021 – The ODIHR election observation mission is "
        f"monitoring the presidential election in Kyrgyzstan. {body}"
    )


@pytest.mark.parametrize(
    "body",
    [
        "The election is scheduled for 11 April.",
        "Voters went to the polls on 11 April.",
        "The election will be held on 11 April.",
    ],
)
def test_the_day_of_the_vote_as_announced(body):
    assert _report(body).election.voting_date == date(2021, 4, 11)


def test_the_day_of_the_vote_in_a_statement_heading():
    text = (
        "INTERNATIONAL ELECTION OBSERVATION MISSION\n"
        "Kyrgyz Republic – Early Presidential Elections, 11 April 2021\n\n"
        "Bishkek, 12 April 2021 – The ODIHR election observation mission observed the vote."
    )
    assert _facts(text).election.voting_date == date(2021, 4, 11)


@pytest.mark.parametrize(
    ("body", "name", "post"),
    [
        (
            "Ambassador Jan van der Berg is the Head of the ODIHR EOM.",
            "Jan van der Berg",
            "Ambassador, Head of the ODIHR EOM",
        ),
        (
            "The head of the mission, Ambassador Lena McAllister, said the count was orderly.",
            "Lena McAllister",
            "Ambassador, head of the mission",
        ),
        (
            "On Tuesday the head of the mission, Deputy Secretary General of the OSCE Sean "
            "O'Brien, met the Chairperson of the Central Election Commission, Anna Ivanova.",
            "Sean O'Brien",
            "Deputy Secretary General of the OSCE",
        ),
    ],
)
def test_heads_with_titles_particles_and_posts_in_apposition(body, name, post):
    head = _report(body).main_mission.coordinator
    assert (head.name, head.post) == (name, post)


@pytest.mark.parametrize(
    ("body", "met"),
    [
        # the head who meets is no official met; a title is no part of the post
        (
            "The head of the mission, Sean O'Brien, met with the Chairperson of the Central "
            "Commission for Elections and Referenda, Ms Anna Ivanova.",
            [("Anna Ivanova", "Chairperson of the Central Commission for Elections and Referenda")],
        ),
        # a list of officials, each with the post written before the name
        (
            "The observers held talks with Speaker of the Jogorku Kenesh Talant Mamytov and "
            "Foreign Minister Ruslan Kazakbaev.",
            [
                ("Talant Mamytov", "Speaker of the Jogorku Kenesh"),
                ("Ruslan Kazakbaev", "Foreign Minister"),
            ],
        ),
        # the official who tells the observers is named before the verb; the body's full name
        # written in another sentence completes the post
        (
            "The mission held talks with the Central Commission for Elections and Referenda. "
            "Chair of the Central Commission Anna Ivanova told the observers about early voting.",
            [("Anna Ivanova", "Chair of the Central Commission for Elections and Referenda")],
        ),
    ],
)
def test_officials_met(body, met):
    facts = _report(body)
    found = [(p.name, p.post) for e in facts.events if e.kind == "meeting" for p in e.met]
    assert found == met


@pytest.mark.parametrize(
    ("body", "count", "states"),
    [
        (
            "On election day, 316 observers from 43 countries were deployed, including a "
            "60-member delegation of the OSCE PA.",
            316,
            [],
        ),
        ("The observers came from Armenia, Belarus and Kazakhstan.", None, ["AM", "BY", "KZ"]),
        ("The mission included Russian, Belarusian and Kazakh experts.", None, ["RU", "BY", "KZ"]),
    ],
)
def test_the_first_count_and_the_states_named_without_one(body, count, states):
    main = _report(body).main_mission
    assert (main.observer_count, main.sending_states) == (count, states)


@pytest.mark.parametrize(
    "body",
    [
        "The mission began its work on 15 March.",
        "The ODIHR EOM opened in Bishkek on 15 March.",
    ],
)
def test_the_first_day_of_a_mission(body):
    assert _report(body).main_mission.start == date(2021, 3, 15)


@pytest.mark.parametrize(
    "body",
    [
        "The observers followed voting in 200 polling stations.",
        "The mission presented its findings at a news conference today.",
        "The head of the mission gave a press briefing in Bishkek today.",
    ],
)
def test_events_however_worded(body):
    kinds = {e.kind for e in _report(body).events}
    assert kinds & {"voting-day-observation", "press-conference"}


def test_the_country_of_an_election_named_only_in_the_headline_or_by_its_places():
    for head, body in [
        (
            "PACE delegation visits North Macedonia",
            "The delegation observed the presidential election.",
        ),
        (
            "PACE delegation concludes visit",
            "In Skopje the delegation observed the presidential election.",
        ),
    ]:
        text = (
            f"{head}\n\nStrasbourg, 28 March 2024 – A delegation of the Parliamentary Assembly of "
            f"the Council of Europe (PACE) was in the country. {body}"
        )
        assert _facts(text).election.country_iso == "MK"


@pytest.mark.parametrize(
    ("body", "met"),
    [
        (
            "A meeting was also held with the Chairman of the Majlisi Namoyandagon, Mahmadtoir "
            "Zokirzoda.",
            [("Mahmadtoir Zokirzoda", "Chairman of the Majlisi Namoyandagon")],
        ),
        (
            "The observers were briefed by Deputy Foreign Minister Sirojiddin Muhriddin.",
            [("Sirojiddin Muhriddin", "Deputy Foreign Minister")],
        ),
        # a name written right after a body's name is not part of it
        (
            "The observers had a meeting with Chairman of the Commission for Elections and "
            "Referenda Bakhtiyor Khudoyorzoda.",
            [("Bakhtiyor Khudoyorzoda", "Chairman of the Commission for Elections and Referenda")],
        ),
        # a short body name is completed only from that body's own full name
        (
            "The mission met the Chair of the Commission, Anna Ivanova. The European Commission "
            "for Democracy through Law has issued an opinion.",
            [("Anna Ivanova", "Chair of the Commission")],
        ),
    ],
)
def test_more_meetings(body, met):
    facts = _report(body)
    found = [(p.name, p.post) for e in facts.events if e.kind == "meeting" for p in e.met]
    assert found == met


def test_a_count_of_a_future_delegation_is_not_the_mission_size():
    facts = _report("A 30-member delegation will return to observe the election.")
    assert facts.main_mission.observer_count is None


@pytest.mark.parametrize(
    "body",
    [
        "Head of the ODIHR mission Lena Haug said voting was calm.",
        "The head of the mission Lena Haug met the observers.",
    ],
)
def test_a_head_named_after_the_role(body):
    assert _report(body).main_mission.coordinator.name == "Lena Haug"


@pytest.mark.parametrize(
    ("body", "name", "post"),
    [
        (
            '"Voting was calm," said Ambassador Jan Petersen, Head of the ODIHR Election '
            "Observation Mission.",
            "Jan Petersen",
            "Ambassador, Head of the ODIHR Election Observation Mission",
        ),
        (
            "The preliminary statement was presented by Lena Haug (Denmark), head of the ODIHR "
            "mission, at a news conference.",
            "Lena Haug",
            "head of the ODIHR mission",
        ),
    ],
)
def test_a_head_named_before_the_role_in_apposition(body, name, post):
    head = _report(body).main_mission.coordinator
    assert (head.name, head.post) == (name, post)


@pytest.mark.parametrize(
    ("body", "states", "count"),
    [
        # a list after "they represent the parliaments of"
        (
            "The mission consists of 32 observers. They represent the parliaments of Armenia, "
            "Belarus and Tajikistan.",
            ["AM", "BY", "TJ"],
            3,
        ),
        ("The mission includes representatives of Armenia and Belarus.", ["AM", "BY"], 2),
        # one state's adjective before the observers
        ("Kazakh observers worked in the north of the country.", ["KZ"], 1),
        # the states named before the count
        (
            "Parliamentarians from Armenia and Russia make up the 25-member delegation.",
            ["AM", "RU"],
            2,
        ),
        # a number of states and some of them named: the number stays the one written
        (
            "The mission deployed 300 observers from 19 countries, including France, Germany "
            "and Norway.",
            ["FR", "DE", "NO"],
            19,
        ),
        (
            "The mission deployed 45 observers from 3 countries: Armenia, Belarus and Russia.",
            ["AM", "BY", "RU"],
            3,
        ),
    ],
)
def test_the_states_that_send_observers_however_listed(body, states, count):
    main = _report(body).main_mission
    assert (main.sending_states, main.state_count) == (states, count)


@pytest.mark.parametrize(
    ("body", "name", "post"),
    [
        (
            "The mission's statement was read out by its head, First Deputy Secretary General of "
            "the CIS Konstantin Fomin.",
            "Konstantin Fomin",
            "First Deputy Secretary General of the CIS",
        ),
        (
            "The mission's head, Member of the Bundestag Anna Richter, met the press.",
            "Anna Richter",
            "Member of the Bundestag",
        ),
    ],
)
def test_a_head_as_the_mission_s_head(body, name, post):
    head = _report(body).main_mission.coordinator
    assert (head.name, head.post) == (name, post)


@pytest.mark.parametrize(
    ("body", "states"),
    [
        ("The delegation included 45 parliamentarians from 19 OSCE countries.", 19),
        ("The mission comprised more than 40 observers from 12 member countries.", 12),
    ],
)
def test_the_number_of_states_after_any_count(body, states):
    assert _report(body).main_mission.state_count == states


@pytest.mark.parametrize(
    ("sentence", "others"),
    [
        # observers of another organisation as a group of their own
        (
            "Observers from the Organization of Turkic States also presented their conclusions.",
            ["ots"],
        ),
        ("Observers from the SCO also held their own press conference.", ["sco"]),
        # members another organisation sent to this mission
        ("The mission included observers from the CIS Interparliamentary Assembly.", []),
    ],
)
def test_observers_from_another_organisation_as_a_mission_of_their_own(sentence, others):
    text = (
        "CIS observers in Turkmenistan\n\nAshgabat, 13 March 2022 – The CIS Observer Mission "
        f"presented its statement at a press conference. {sentence}"
    )
    facts = _facts(text)
    assert [m.organiser for m in facts.missions if not m.is_main] == others
