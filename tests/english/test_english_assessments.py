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
