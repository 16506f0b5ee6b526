"""Counts in digits or words, lower bounds, and numbers that are not counts."""

from __future__ import annotations

import pytest

from builder.text.document import Doc
from builder.text.languages.ru.recognise.counts import find_counts
from builder.text.languages.ru.recognise.lexicon import cue_set, sentences


def _counts(text: str, nouns: str = "observer_nouns"):
    sent = sentences(Doc(name="t", original=text, text=text))[0]
    return [(c.value, c.at_least) for c in find_counts(sent, cue_set(nouns))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В состав группы вошли 13 международных наблюдателей.", [(13, False)]),
        ("В состав группы вошли двенадцать международных наблюдателей.", [(12, False)]),
        ("В составе группы из 11 человек — парламентарии.", [(11, False)]),
        ("В ее состав вошли более 40 наблюдателей.", [(40, True)]),
        ("Группа насчитывала свыше двадцати пяти членов.", [(25, True)]),
        ("Группу составили девять наблюдателей.", [(9, False)]),
    ],
)
def test_observer_counts(text, expected):
    assert _counts(text) == expected


def test_state_counts_read_numerals_in_the_genitive():
    assert _counts("наблюдатели из шести государств — участников МПА СНГ", "state_nouns") == [
        (6, False)
    ]
    assert _counts("депутаты парламентов пяти государств", "state_nouns") == [(5, False)]


def test_the_year_of_a_date_is_never_a_count():
    assert _counts("27–29 июня 2017 года группа наблюдателей работала") == []
    assert _counts("С 17 по 21 октября группа наблюдателей работала") == []


@pytest.mark.parametrize(
    "text",
    [
        "К 15:00 члены группы побывали на избирательных участках.",
        "В 9:30 наблюдатели прибыли на участок, к 20:00 представители миссии были в ЦИК.",
    ],
)
def test_the_minutes_of_a_time_are_never_a_count(text):
    assert _counts(text) == []
