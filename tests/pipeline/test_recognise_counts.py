"""Counts in digits or words, lower bounds, and numbers that are not counts."""

from __future__ import annotations

import pytest

from builder.text import defaults
from builder.text.document import Doc
from builder.text.languages.ru.recognise.counts import find_counts
from builder.text.languages.ru.recognise.lexicon import sentences


def _counts(text: str, nouns: str = "observer_nouns"):
    sent = sentences(Doc(name="t", original=text, text=text))[0]
    return [(c.value, c.at_least) for c in find_counts(sent, defaults.ru_lexicon().cue_set(nouns))]


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


def _parts(text: str) -> list[tuple[int, bool, bool]]:
    from builder.text.languages.ru.recognise.counts import part_of_the_mission, requested

    sent = sentences(Doc(name="t", original=text, text=text))[0]
    return [
        (c.value, part_of_the_mission(sent, c), requested(sent, c))
        for c in find_counts(sent, defaults.ru_lexicon().cue_set("observer_nouns"))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В основную группу входят 11 экспертов, работающих в столице.", [(11, True, False)]),
        (
            "В офисе миссии работают 9 аналитиков, а 24 долгосрочных наблюдателя уже выехали"
            " в регионы.",
            [(24, True, False)],
        ),
        ("Долгосрочными наблюдателями станут 14 человек.", [(14, True, True)]),  # and to come
        ("В состав миссии вошли 352 наблюдателя из семи государств.", [(352, False, False)]),
        # the core team named after the counted noun (the first invented)
        (
            "В составе миссии 12 экспертов основной группы и 24 долгосрочных наблюдателя.",
            [(12, True, False), (24, True, False)],
        ),
        (
            "Миссия состоит из 11 экспертов основной группы, базирующейся в Кишиневе.",
            [(11, True, False)],
        ),
        (
            "В долгосрочном и краткосрочном наблюдении участвовали 120 наблюдателей.",
            [(120, False, False)],
        ),
    ],
)
def test_a_count_of_the_core_team_or_long_term_observers_is_a_part_of_the_mission(text, expected):
    assert _parts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Бюро попросит государства прислать еще 300 краткосрочных наблюдателей.",
            [(300, False, True)],
        ),
        ("Для дня выборов БДИПЧ запросило 250 краткосрочных наблюдателей.", [(250, False, True)]),
        ("В день выборов работали 250 краткосрочных наблюдателей.", [(250, False, False)]),
    ],
)
def test_observers_asked_for_are_not_yet_the_missions_size(text, expected):
    assert _parts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В составе миссии более 1,3 тысячи наблюдателей.", [(1300, True)]),
        ("В миссию вошли 12 тыс. человек из 40 государств.", [(12000, False)]),
        ("Миссию составили 2 500 наблюдателей.", [(2500, False)]),
        ("Группы из 1, 3 и 5 человек работали посменно.", [(5, False)]),
    ],
)
def test_thousands_written_apart_in_decimals_or_words(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В состав группы вошли пятеро экспертов института.", [(5, False)]),
        ("С ними работали трое сотрудников Секретариата и семеро депутатов.", [(7, False)]),
    ],
)
def test_collective_numerals_count(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "В день голосования около 300 наблюдателей посетили более 600 участков.",
        "Миссия численностью порядка 120 человек работает в стране.",  # invented
    ],
)
def test_an_approximate_count_is_neither_a_number_nor_a_bound(text):
    sent = sentences(Doc(name="t", original=text, text=text))[0]
    (c,) = find_counts(sent, defaults.ru_lexicon().cue_set("observer_nouns"))
    assert c.approximate and not c.at_least


def test_an_approximate_count_is_not_the_missions_size():
    from builder.text.extract import extract

    text = (
        "Наблюдатели от СНГ прибыли в Ташкент\n\n"
        "Миссия наблюдателей от СНГ численностью около 300 человек начала работу в Республике "
        "Узбекистан, где 9 июля 2023 года пройдут выборы Президента."
    )
    mission = extract("t.ru.txt", text)[1].main_mission
    assert mission is not None
    assert (mission.observer_count, mission.observer_count_min) == (None, None)
    exact = extract("t.ru.txt", text.replace("около 300", "300"))[1].main_mission
    assert exact is not None and exact.observer_count == 300


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ближе ко дню голосования прибудет группа наблюдателей численностью 50 человек.",
            [(50, False, True)],
        ),
        ("В состав группы войдут 20 парламентариев.", [(20, False, True)]),  # invented
        ("В состав группы вошли 20 парламентариев.", [(20, False, False)]),
    ],
)
def test_observers_still_to_come_are_not_yet_the_missions_size(text, expected):
    assert _parts(text) == expected
