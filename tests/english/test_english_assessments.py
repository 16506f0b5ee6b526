"""Findings as the genre words them: the cue words of each polarity, and a wrong a good thing
prevented. Each with a phrasing of the kind found in reports and one written here."""

from __future__ import annotations

import pytest

from builder.text.extract import extract


def _polarities(body: str) -> list[str]:
    text = (
        "ODIHR observers in Kyrgyzstan\n\nBISHKEK, 12 April 2021 – The ODIHR election "
        f"observation mission observed the presidential election in Kyrgyzstan.\n\n{body}"
    )
    return [a.polarity for a in extract("sample.en.txt", text)[1].assessments]


@pytest.mark.parametrize(
    ("body", "polarity"),
    [
        ("The public broadcaster favoured the incumbent in its news programmes.", "critical"),
        ("Persons with disabilities faced obstacles to accessing polling stations.", "critical"),
        ("Observers reported cases of family voting in rural areas.", "critical"),
        ("Hate speech and inflammatory rhetoric marked the final week.", "critical"),
        ("Voters were able to make informed choices between distinct alternatives.", "positive"),
        ("The election administration was impartial and well prepared.", "positive"),
    ],
)
def test_cue_words_of_each_polarity(body, polarity):
    assert _polarities(body) == [polarity]


@pytest.mark.parametrize(
    "body",
    [
        "The observers noted the smooth work of precinct commissions and the single electronic "
        "voter list, which prevented multiple voting.",
        "Transparent ballot boxes were used throughout, which ruled out ballot stuffing.",
    ],
)
def test_a_wrong_a_good_thing_prevented_is_no_criticism(body):
    assert _polarities(body) == ["positive"]


@pytest.mark.parametrize(
    "body",
    [
        "The head of the mission pointed to minor shortcomings, including cramped premises, but "
        "stressed that they were technical and did not affect the will of voters.",
        "Some ballot boxes were sealed late, but this had no impact on the results.",
    ],
)
def test_a_shortcoming_said_not_to_matter_is_one_neutral_statement(body):
    assert _polarities(body) == ["neutral"]


def test_a_shortcoming_and_an_unrelated_neutral_remark_in_another_sentence_stay_apart():
    body = (
        "Some polling stations were overcrowded.\n\nThe technical nature of the remaining issues "
        "was noted by the observers."
    )
    assert _polarities(body) == ["critical", "neutral"]


@pytest.mark.parametrize(
    ("body", "polarities"),
    [
        (
            "The legal framework provides an adequate basis for democratic elections, although "
            "some prior recommendations remain unaddressed.",
            ["positive", "critical"],
        ),
        (
            "The campaign was conducted peacefully, but the playing field was not level and the "
            "ruling party enjoyed an advantage for its candidates.",
            ["positive", "critical"],
        ),
        (
            "Observers witnessed incidents near polling stations that deterred some voters.",
            ["critical"],
        ),
        ("Counting was conducted peacefully and met international standards.", ["positive"]),
    ],
)
def test_more_of_the_genre_s_words_of_each_polarity(body, polarities):
    assert _polarities(body) == polarities


@pytest.mark.parametrize(
    "body",
    [
        "The observers did not witness any serious violations of the electoral legislation.",
        "Voting took place without irregularities in the polling stations visited.",
    ],
)
def test_a_wrong_denied_is_praise(body):
    assert _polarities(body) == ["positive"]
