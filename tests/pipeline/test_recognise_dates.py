"""Dates and ranges of the genre, with and without years, and relative day expressions."""

from __future__ import annotations

import pytest

from builder.text.document import Doc
from builder.text.languages.ru.recognise.dates import PartialDate, find_dates, relative_day
from builder.text.languages.ru.recognise.lexicon import sentences


def _sent(text: str):
    return sentences(Doc(name="t", original=text, text=text))[0]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("27–29  июня 2017  года группа работала", (27, 6, 2017), (29, 6, 2017)),
        ("30 марта – 3 апреля 2017 года группа работала", (30, 3, 2017), (3, 4, 2017)),
        ("С 2 по 5 октября 2015 года группа вела мониторинг", (2, 10, 2015), (5, 10, 2015)),
        ("Группа находилась в стране с 8 по 12 октября.", (8, 10, None), (12, 10, None)),
        ("с 28 февраля по 3 марта 2024 г. шла работа", (28, 2, 2024), (3, 3, 2024)),
        ("с 30 декабря по 3 января 2018 года", (30, 12, 2017), (3, 1, 2018)),
        ("9 - 12 апреля 2018 года", (9, 4, 2018), (12, 4, 2018)),
    ],
)
def test_ranges_give_first_and_last_day(text, first, last):
    (found,) = find_dates(_sent(text))
    assert found.first == PartialDate(*first)
    assert found.last == PartialDate(*last)


def test_single_dates_keep_missing_years_missing():
    found = find_dates(_sent("В день голосования, 28 июня, а также 11 октября 2015 года."))
    assert [(d.first, d.is_range) for d in found] == [
        (PartialDate(28, 6, None), False),
        (PartialDate(11, 10, 2015), False),
    ]


def test_a_range_span_starts_at_its_first_day_not_at_the_preposition():
    sent = _sent("Группа работала с 8 по 12 октября.")
    (found,) = find_dates(sent)
    assert sent.text[found.start - sent.start : found.stop - sent.start] == "8 по 12 октября"


def test_numbers_without_a_month_are_not_dates():
    assert find_dates(_sent("Наблюдатели посетили 78 избирательных участков.")) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В тот же день наблюдателей принял спикер.", "same"),
        ("В этот же день состоялась встреча.", "same"),
        ("На следующий день прошла пресс-конференция.", "next"),
        ("Накануне выборов группа встретилась с министром.", "eve"),
        ("29 июня состоялась встреча.", None),
    ],
)
def test_relative_days(text, kind):
    assert relative_day(_sent(text)) == kind


def _years(text: str) -> list:
    from builder.text.languages.ru.recognise.context import build_context

    ctx = build_context(Doc(name="t", original=text, text=text))
    return [ctx.to_date(d.first, s.index) for s in ctx.sents for d in ctx.dates[s.index]]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Выборы состоялись 25 февраля 2024 года. Конституция с изменениями, принятыми на"
            " референдуме 27 февраля 2022 года, гарантирует права. 25 февраля наблюдатели"
            " посетили участки.",
            (2024, 2, 25),
        ),
        (
            "Миссия начала работу 3 мая 2031 года. Закон, принятый 12 июня 2027 года, изменил"
            " порядок подсчета. 9 мая наблюдатели встретились с министром.",
            (2031, 5, 9),
        ),
    ],
)
def test_a_year_written_in_a_look_back_leaves_the_year_in_force(text, day):
    from datetime import date

    assert _years(text)[-1] == date(*day)


def test_a_later_year_written_is_in_force_for_the_days_after_it():
    from datetime import date

    text = (
        "В 2019 году группа наблюдала за выборами 3 марта 2019 года. Новые выборы назначены на"
        " 5 апреля 2020 года. 2 апреля наблюдатели прибыли в страну."
    )
    assert _years(text)[-1] == date(2020, 4, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кыргызская Республика — Выборы депутатов Жогорку Кенеша, 28 ноября 2021 г.", True),
        ("Выборы Президента Республики Молдова, 3 ноября 2030 г.", True),
        ("Выборы 14 марта прошли спокойно.", True),
        ("По итогам выборов, 16 марта, миссия представила заявление.", False),
        # the subject with its adjectives (the second invented), not an earlier election
        ("Парламентские выборы 14 марта прошли спокойно.", True),
        ("Внеочередные президентские выборы 7 февраля были конкурентными.", True),
        ("Предыдущие парламентские выборы 14 марта прошли спокойно.", False),
        ("Наблюдатели прибыли на выборы 12 марта.", False),
        # the elections in an oblique case, the day right after their name (first invented)
        ("Группа наблюдала за выборами Президента Кыргызской Республики 10 января 2031 г.", True),
        (
            "Наблюдатели на выборах депутатов Палаты представителей 25 февраля работали в Минске.",
            True,
        ),
        ("Миссия вела мониторинг республиканского референдума 5 июня 2022 года.", True),
        ("После выборов 12 марта миссия представила заявление.", False),
        ("Миссия работала на выборах, 10 января прибыли еще три эксперта.", False),
    ],
)
def test_a_day_written_right_after_the_elections_dates_them(text, expected):
    from builder.text.languages.ru.recognise.dates import dates_the_election

    sent = _sent(text)
    (d,) = find_dates(sent)
    assert dates_the_election(sent, d) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Выборы Президента, голосование на которых проходило 15–17 марта 2030 года.", True),
        ("Голосование проходило в течение трех дней — с 15 по 17 марта.", True),
        ("Выборы продлились три дня, с 8 по 10 сентября.", True),
        ("Досрочное голосование проходило с 20 по 24 февраля.", False),
        ("Группа работала в стране с 12 по 18 марта.", False),
    ],
)
def test_a_range_of_days_the_vote_took_place_on(text, expected):
    from builder.text.languages.ru.recognise.dates import voting_days

    sent = _sent(text)
    (d,) = find_dates(sent)
    assert voting_days(sent, d) is expected
