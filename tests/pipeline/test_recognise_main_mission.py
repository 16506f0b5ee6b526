"""Which mission a text is about (not always the first group named), missions named by the
organisation that opens them, and texts whose lead names observers without the word."""

from __future__ import annotations

import pytest

from builder.text.extract import extract


def _main(text: str) -> str | None:
    facts = extract("t.ru.txt", text)[1]
    return facts.main_mission.organiser if facts.main_mission else None


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "Миссия СНГ назвала выборы в Узбекистане открытыми\n\n"
            "Выборы, прошедшие 22 декабря 2019 года, были открытыми, заявил глава миссии "
            "наблюдателей от СНГ. Группа наблюдателей от МПА СНГ, работавшая вместе с миссией, "
            "также подвела итоги.",
            "СНГ",
        ),
        (
            "Наблюдатели ШОС оценили выборы в Таджикистане\n\n"
            "Миссия наблюдателей от ШОС признала выборы 2 марта 2025 года свободными. Группа "
            "наблюдателей от МПА СНГ представила свои оценки в тот же день.",
            "ШОС",
        ),
        (
            "Миссия наблюдателей от СНГ и группа наблюдателей от МПА СНГ подвели итоги "
            "выборов в Беларуси\n\nВыборы Президента прошли 11 октября 2015 года.",
            "МПА СНГ",
        ),
    ],
)
def test_the_main_mission_is_the_one_the_text_names_first(text, main):
    assert _main(text) == main


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "АСТАНА, 15 февраля 2023 г. — Бюро ОБСЕ по демократическим институтам и правам "
            "человека (БДИПЧ) сегодня открыло миссию по наблюдению за выборами депутатов "
            "Мажилиса, которые пройдут 19 марта 2023 года.",
            "БДИПЧ ОБСЕ",
        ),
        (
            "Шанхайская организация сотрудничества направила в Бишкек миссию наблюдателей на "
            "президентские выборы в Кыргызстане 10 января 2021 года.",
            "ШОС",
        ),
    ],
)
def test_an_organisation_that_opens_a_mission_is_its_organiser(text, main):
    assert _main(text) == main


def test_a_delegation_of_an_observer_body_in_the_headline_makes_an_observation_report():
    text = (
        "Делегация ПАСЕ: досрочные выборы в Армении были конкурентными\n\n"
        "Выборы 20 июня 2021 года были конкурентными, заявила глава делегации ПАСЕ."
    )
    facts = extract("t.ru.txt", text)[1]
    assert facts.is_observation_report and _main(text) == "ПАСЕ"


def test_a_choice_is_not_an_election():
    text = "Делегация ПАСЕ провела встречу\n\nУ избирателей не было настоящего выбора."
    assert extract("t.ru.txt", text)[1].is_observation_report is False


@pytest.mark.parametrize(
    "text",
    [
        "Наблюдатели ОБСЕ оценили выборы в Кыргызстане\n\nВыборы 28 ноября 2021 года были "
        "конкурентными, говорится в заявлении Бюро ОБСЕ по демократическим институтам и правам "
        "человека (БДИПЧ).",
        "Миссия ОБСЕ завершила работу в Грузии\n\nМиссия наблюдателей ОБСЕ, которую ведет "
        "БДИПЧ ОБСЕ, наблюдала за выборами 26 октября 2024 года.",
    ],
)
def test_an_organisation_observes_through_its_institution_when_the_text_names_it(text):
    assert _main(text) == "БДИПЧ ОБСЕ"


@pytest.mark.parametrize(
    "text",
    [
        "Миссия СНГ назвала выборы в Узбекистане открытыми\n\n"
        "Выборы прошли 22 декабря 2019 года, заявил глава миссии наблюдателей от СНГ.\n\n"
        "Свое заявление также представила миссия БДИПЧ ОБСЕ.\n\n"
        "Миссия работала в республике с 19 ноября 2019 года.",
        "Наблюдатели ШОС оценили выборы в Таджикистане\n\n"
        "Миссия наблюдателей от ШОС признала выборы 2 марта 2025 года свободными. Миссия"
        " наблюдателей от СНГ также представила оценки.\n\n"
        "Миссия работала в республике с 26 февраля 2025 года.",
    ],
)
def test_an_unnamed_mission_is_the_texts_own_when_the_text_calls_it_a_mission(text):
    facts = extract("t.ru.txt", text)[1]
    main = facts.main_mission
    assert main is not None and main.start is not None and main.start.day in {19, 26}
    assert all(m.start is None for m in facts.missions if m is not main)
