"""Reported speech and the statements read from it: who said what, and how a reader joins the
clauses of one speaker. Each rule has a phrasing from the development texts and one written
here (persons invented)."""

from __future__ import annotations

import pytest

from builder.text.extract import extract

LEAD = (
    "Observers assess Armenia's vote\n\n"
    "YEREVAN, 21 June 2021 – The delegation of the Parliamentary Assembly of the Council of "
    "Europe observed the 20 June parliamentary elections in Armenia. The delegation was led "
    "by Marta Olsen (Norway).\n\n"
)


def _assessments(body: str):
    facts = extract("sample.en.txt", LEAD + body)[1]
    return [(a.by, a.polarity, a.recommendation) for a in facts.assessments]


@pytest.mark.parametrize(
    "body",
    [
        # the reporting clause after the quotation
        '"Election day was calm and well organised," said Marta Olsen.',
        '"Election day was calm and well organised," Olsen said.',
        # before it
        'Olsen told journalists: "Election day was calm and well organised."',
        # without quotation marks
        "According to Olsen, election day was calm and well organised.",
        "Election day was calm and well organised, Olsen said.",
        "Marta Olsen told journalists that election day was calm and well organised.",
        # named once, then by pronoun or by post
        "Marta Olsen spoke to the press. She said election day was calm and well organised.",
        "Election day was calm and well organised, said the head of the delegation.",
    ],
)
def test_the_speaker_of_a_statement(body):
    assert _assessments(body) == [("Marta Olsen", "positive", False)]


def test_a_quotation_over_several_sentences_is_one_statement_of_one_speaker():
    body = (
        '"The count was transparent. Voters could choose freely among many candidates,"'
        ' said Marta Olsen. "The authorities should publish results by polling station."'
    )
    assert _assessments(body) == [
        ("Marta Olsen", "positive", False),
        ("Marta Olsen", "critical", True),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Election day was calm and well organised, said the Secretary General.",
        "The observers said election day was calm and well organised.",
    ],
)
def test_a_speaker_named_only_by_an_unnamed_post_or_a_group_is_no_person(body):
    assert _assessments(body) == [(None, "positive", False)]


def test_a_demonstrative_sentence_gives_the_statement_before_it_a_speaker():
    body = (
        "Voting was orderly and transparent.\n\n"
        "Marta Olsen said this at a press conference in Yerevan today."
    )
    assert _assessments(body) == [("Marta Olsen", "positive", False)]


def test_one_statement_per_speaker_within_a_paragraph():
    body = (
        "Late amendments left some provisions unclear. The complaints procedure lacked "
        "clarity.\n\n"
        "Candidates faced pressure from local officials."
    )
    assert _assessments(body) == [(None, "critical", False), (None, "critical", False)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a praised thing and the adversity it stood up to
        (
            '"Voters showed resilience in the face of attempts to manipulate them," said Olsen.',
            [("Marta Olsen", "positive", False)],
        ),
        ("Voting was calm despite pressure on voters.", [(None, "positive", False)]),
        # "the will of voters" is no future
        (
            "We did not find any violations that could distort the will of the voters.",
            [(None, "positive", False)],
        ),
        # a wish is no finding
        ('"Voters deserve an election free from pressure," said Olsen.', []),
        # two words of one predicate are one clause
        ("The media landscape is lively but polarised.", [(None, "critical", False)]),
        # a recommendation is made, not mentioned
        (
            "Several prior recommendations were addressed and the process was transparent.",
            [(None, "positive", False)],
        ),
        (
            "Most earlier recommendations remain unaddressed, and the law should be revised.",
            [(None, "critical", True)],
        ),
    ],
)
def test_what_a_clause_says(body, expected):
    assert _assessments(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a good thing denied
        ("None of the challengers campaigned as a genuine opponent.", [(None, "critical", False)]),
        ("Voters were left without a genuine choice.", [(None, "critical", False)]),
        # a title before a surname
        (
            '"Voting was calm and orderly," Ambassador Olsen said.',
            [("Marta Olsen", "positive", False)],
        ),
        # what follows ", noted" is the statement, not its speaker
        (
            "The head of the delegation, Marta Olsen, noted that the count was transparent.",
            [("Marta Olsen", "positive", False)],
        ),
        # the quotation marks are not part of the statement
        (
            '"It is essential that the law be revised," said Olsen.',
            [("Marta Olsen", "critical", True)],
        ),
    ],
)
def test_more_of_what_a_clause_says(body, expected):
    assert _assessments(body) == expected


def test_a_statement_is_written_without_its_quotation_marks():
    facts = extract("sample.en.txt", LEAD + '"Voting was calm and orderly," said Olsen.')[1]
    assert [a.statement for a in facts.assessments] == ["Voting was calm and orderly"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The delegation welcomed the new voter register but regretted late changes to the "
            "electoral code.",
            [(None, "positive", False), (None, "critical", False)],
        ),
        ("The observers commended the work of the commissions.", [(None, "positive", False)]),
        ("The delegation deplored the arrests of journalists.", [(None, "critical", False)]),
    ],
)
def test_what_a_parliamentary_delegation_welcomes_and_regrets(body, expected):
    assert _assessments(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Marta Olsen spoke to the press. According to her, the count was transparent.",
        "Marta Olsen spoke to the press. According to him, the count was transparent.",
    ],
)
def test_according_to_a_pronoun(body):
    assert _assessments(body) == [("Marta Olsen", "positive", False)]


@pytest.mark.parametrize(
    "body",
    [
        # the reporting clause with where and when it was said
        "Election day was calm and well organised, the head of the delegation said at a press "
        "conference in Yerevan today.",
        "Election day was calm and well organised, Olsen said in an interview on Monday.",
        # more verbs of saying
        "Marta Olsen spoke to the press. She pointed to the well organised election day.",
        "Marta Olsen spoke to the press. She urged the authorities to investigate complaints.",
    ],
)
def test_more_reporting_clauses(body):
    found = _assessments(body)
    assert [by for by, *_ in found] == ["Marta Olsen"]


@pytest.mark.parametrize(
    ("organiser_text", "head"),
    [
        # the OSCE PA's head leads the short-term OSCE observers
        ("The OSCE Parliamentary Assembly delegation", "Lena Dahl"),
        # for another mission the Special Co-ordinator leads someone else
        ("The ODIHR election observation mission", None),
    ],
)
def test_the_special_co_ordinator_heads_only_the_osce_pa_delegation(organiser_text, head):
    text = (
        "Observers in Moldova\n\nCHISINAU, 12 July 2021 – "
        f"{organiser_text} observed the 11 July parliamentary elections in Moldova. "
        '"Voting was calm," said Lena Dahl (Sweden), who also served as Special Co-ordinator '
        "and leader of the short-term OSCE observer mission."
    )
    main = extract("sample.en.txt", text)[1].main_mission
    assert (main.coordinator.name if main.coordinator else None) == head
