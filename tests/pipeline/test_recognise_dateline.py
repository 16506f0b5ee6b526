"""News-agency form: the dateline or publication line dates the item, and "сегодня", "вчера",
"в воскресенье" are days relative to it (when there is no year anywhere, days stay --MM-DD)."""

from __future__ import annotations

from datetime import date

import pytest

from builder.facts.model import MonthDay
from builder.text.document import Doc
from builder.text.languages.ru.recognise.context import build_context
from builder.text.languages.ru.recognise.dates import PartialDate


def _ctx(text: str):
    return build_context(Doc(name="t", original=text, text=text))


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("ДУШАНБЕ, 16 сентября. /ТАСС/. Миссия приступила к работе.", PartialDate(16, 9)),
        ("27 января, Минск /Корр. БЕЛТА/. Группа подвела итоги.", PartialDate(27, 1)),
        ("Душанбе, 3 марта (НИАТ «Ховар»). Миссия огласила заявление.", PartialDate(3, 3)),
        ("АСТАНА, 15 февраля 2023 г. — Бюро открыло миссию.", PartialDate(15, 2, 2023)),
        ("Ереван, 5 мая (Арменпресс). Делегация встретилась с министром.", PartialDate(5, 5)),
        ("07.02.2020\nПресс-служба\n\nНаблюдатели провели встречи.", PartialDate(7, 2, 2020)),
        ("Политика | 02.09.2024, 17:45\n\nДелегация дала оценку.", PartialDate(2, 9, 2024)),
    ],
)
def test_a_dateline_or_publication_line_dates_the_item(head, expected):
    assert _ctx("Заголовок новости\n\n" + head).published == expected


@pytest.mark.parametrize(
    "text",
    [
        "Группа наблюдателей 16 сентября провела встречу с главой ЦИК.",
        "Наблюдатели прибыли в Баку. 16 сентября они встретились с главой ЦИК.",
    ],
)
def test_a_date_inside_a_sentence_is_not_a_dateline(text):
    assert _ctx(text).published is None


def _days(text: str) -> list:
    ctx = _ctx(text)
    return [ctx.to_date(d.first, s.index) for s in ctx.sents for d in ctx.dates[s.index]][1:]


def test_today_and_yesterday_are_the_dateline_day_and_the_one_before():
    text = (
        "БАКУ, 2 сентября 2024 г. — Наблюдатели сегодня подвели итоги. Вчера они посетили участки."
    )
    assert _days(text) == [date(2024, 9, 2), date(2024, 9, 1)]


def test_a_weekday_is_the_last_such_day_up_to_the_dateline():
    # 23 December 2019 was a Monday: "в воскресенье" is the 22nd, "в понедельник" the 23rd
    text = (
        "ТАШКЕНТ, 23 декабря – РИА Новости. Выборы, прошедшие в воскресенье, признаны "
        "открытыми, заявил в понедельник глава миссии. Выборы прошли 22 декабря 2019 года."
    )
    assert _days(text)[:2] == [date(2019, 12, 22), date(2019, 12, 23)]


def test_without_any_year_days_stay_month_and_day():
    text = "МИНСК, 1 марта /Корр./. Вчера наблюдатели встретились с главой ЦИК, а сегодня уехали."
    assert _days(text) == [MonthDay(2, 28), MonthDay(3, 1)]


def test_without_a_dateline_today_is_no_date():
    ctx = _ctx("Сегодня группа наблюдателей встретилась с главой ЦИК.")
    assert ctx.published is None
    assert ctx.dates[0] == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Парламентарии, наблюдавшие за вчерашними выборами, дали оценку.", date(2024, 9, 1)),
        ("Итоги сегодняшнего заседания группы подвел ее координатор.", date(2024, 9, 2)),
    ],
)
def test_today_and_yesterday_as_adjectives_are_days_too(sentence, day):
    assert _days("БАКУ, 2 сентября 2024 г. — " + sentence) == [day]


@pytest.mark.parametrize(
    "head",
    [
        "07.02.2020\nПресс-служба Секретариата\n\nНаблюдатели встретились с главой ЦИК\n\n",
        "Политика | 12.03.2031, 10:15\n\nДелегация провела встречи в столице\n\n",
    ],
)
def test_a_headline_below_a_publication_line_is_a_head_line(head):
    ctx = _ctx(head + "Группа наблюдателей сегодня провела встречу с главой ЦИК. Все хорошо.")
    headline = next(s for s in ctx.sents if s.text.startswith(("Наблюдатели", "Делегация")))
    body = next(s for s in ctx.sents if s.text.startswith("Группа"))
    assert headline.index in ctx.head
    assert body.index not in ctx.head


@pytest.mark.parametrize(
    ("text", "published", "days"),
    [
        (
            "Наблюдатели вчера встретились с главой ЦИК. 28 декабря группа прибыла в страну.",
            date(2031, 1, 10),
            [date(2031, 1, 9), date(2030, 12, 28)],
        ),
        (
            "ДУШАНБЕ, 16 сентября. /ТАСС/. Миссия в среду приступила к работе.",
            date(2020, 9, 16),
            [date(2020, 9, 16), date(2020, 9, 16)],
        ),
    ],
)
def test_the_publication_date_of_the_metadata_gives_the_year_and_today(text, published, days):
    ctx = build_context(Doc(name="t", original=text, text=text, published=published))
    assert [ctx.to_date(d.first, s.index) for s in ctx.sents for d in ctx.dates[s.index]] == days


def test_a_year_the_text_writes_wins_over_the_metadata():
    text = "Группа прибыла 3 марта 2029 года. 5 марта она встретилась с министром."
    ctx = build_context(Doc(name="t", original=text, text=text, published=date(2031, 1, 10)))
    days = [ctx.to_date(d.first, s.index) for s in ctx.sents for d in ctx.dates[s.index]]
    assert days == [date(2029, 3, 3), date(2029, 3, 5)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Накануне состоялась встреча руководителя миссии с министром.",  # invented
        "Накануне члены группы провели встречу с главой ЦИК.",
        "Накануне Э. Гасым-заде провел встречу с главой ЦИК.",  # an initial is no genitive
    ],
)
def test_eve_alone_is_the_day_before_the_dateline(sentence):
    assert _days("БАКУ, 2 сентября 2024 г. — Миссия работает. " + sentence) == [date(2024, 9, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Накануне выборов члены группы встретились с главой ЦИК.",  # the eve of the vote
        "Накануне дня голосования наблюдатели посетили участки.",
        "Накануне, 30 августа, группа провела совещание.",  # the day it writes
    ],
)
def test_eve_of_something_or_beside_a_written_day_is_not_the_dateline_eve(sentence):
    assert date(2024, 9, 1) not in _days("БАКУ, 2 сентября 2024 г. — Миссия работает. " + sentence)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Наблюдатели СНГ: референдум прошел спокойно\n\nБИШКЕК, 12 апреля. /ТАСС/. Миссия "
            "наблюдателей от СНГ не зафиксировала нарушений на вчерашнем референдуме в Киргизии.",
            MonthDay(4, 11),
        ),
        (
            "Наблюдатели МПА СНГ оценили выборы\n\nАСТАНА, 21 ноября 2022 г. Группа "
            "наблюдателей от МПА СНГ дала оценку вчерашним выборам Президента Республики "
            "Казахстан.",  # invented
            date(2022, 11, 20),
        ),
    ],
)
def test_yesterdays_elections_are_dated_by_the_dateline(text, day):
    from builder.text.extract import extract

    facts = extract("t.ru.txt", text)[1]
    assert facts.election is not None and facts.election.voting_date == day


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "21 марта 2016, 13:25\n\nАСТАНА, 21 марта. /Корр. МИА «Казинформ»/. Выборы"
            " прошли открыто.",
            "Астана",
        ),
        (
            "05.06.2029 | Политика\n\nЕреван, 5 июня (Арменпресс). Группа наблюдателей"
            " подвела итоги.",
            "Ереван",
        ),
    ],
)
def test_a_dateline_under_a_publication_line_of_the_same_day_names_the_city(text, city):
    ctx = _ctx(text)
    assert ctx.dateline_place == city
