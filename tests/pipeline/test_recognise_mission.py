"""Missions, the main one, their period, size, sending states and head, and the election."""

from __future__ import annotations

from datetime import date

import pytest

from builder.facts.model import MonthDay
from builder.text.extract import extract

LEAD = (
    "Наблюдатели от МПА СНГ на выборах Президента Республики Казахстан\n"
    "С 18 по 21 ноября 2022 года группа наблюдателей от Межпарламентской Ассамблеи государств"
    " — участников СНГ вела мониторинг выборов Президента Республики Казахстан. Голосование"
    " состоялось 20 ноября.\n"
)


def _facts(body: str):
    return extract("t.ru.txt", LEAD + body)[1]


def test_main_mission_election_and_period():
    facts = _facts("")
    main = facts.main_mission
    assert (main.organiser, main.start, main.end) == (
        "МПА СНГ",
        date(2022, 11, 18),
        date(2022, 11, 21),
    )
    assert facts.election.country_iso == "KZ"
    assert facts.election.kind == "presidential"
    assert facts.election.body == "Президент Республики Казахстан"
    assert facts.election.voting_date == date(2022, 11, 20)


@pytest.mark.parametrize(
    ("body", "count", "minimum", "states", "state_count"),
    [
        (
            "В состав группы вошли 21 наблюдатель из четырех государств: Республики Армения,"
            " Республики Беларусь, Кыргызской Республики и Российской Федерации.",
            21,
            None,
            ["AM", "BY", "KG", "RU"],
            4,
        ),
        (
            "Группа насчитывала более 30 наблюдателей из Азербайджана, Армении и России.",
            None,
            30,
            ["AZ", "AM", "RU"],
            3,
        ),
        (
            "В составе группы из 8 человек — узбекские, таджикские и российские парламентарии.",
            8,
            None,
            ["UZ", "TJ", "RU"],
            3,
        ),
        (
            "В группу вошли 10 депутатов парламентов трех государств (Республика Беларусь,"
            " Республика Молдова, Российская Федерация).",
            10,
            None,
            ["BY", "MD", "RU"],
            3,
        ),
    ],
)
def test_size_and_sending_states(body, count, minimum, states, state_count):
    main = _facts(body).main_mission
    assert main.observer_count == count
    assert main.observer_count_min == minimum
    assert main.sending_states == states
    assert main.state_count == state_count


@pytest.mark.parametrize(
    ("body", "name", "post"),
    [
        (
            "Координатором группы был назначен депутат Государственной Думы Андрей Соколов.",
            "Андрей Соколов",
            "депутат Государственной Думы",
        ),
        (
            "Возглавил группу Тимур Исмаилов, вице-спикер Милли Меджлиса Азербайджанской"
            " Республики.",
            "Тимур Исмаилов",
            "вице-спикер Милли Меджлиса Азербайджанской Республики",
        ),
        (
            "Работу группы координировал член Совета Федерации Павел Волков.",
            "Павел Волков",
            "член Совета Федерации",
        ),
        (
            "Наблюдатели работали под руководством председателя Постоянной комиссии МПА СНГ"
            " по аграрной политике Руслана Ахметова.",
            "Руслан Ахметов",
            "председатель Постоянной комиссии МПА СНГ по аграрной политике",
        ),
    ],
)
def test_coordinator_however_introduced(body, name, post):
    coordinator = _facts(body).main_mission.coordinator
    assert (coordinator.name, coordinator.post) == (name, post)


TWO = (
    "Миссия наблюдателей от СНГ и группа наблюдателей от МПА СНГ завершили мониторинг выборов"
    " Президента Республики Узбекистан\n"
    "Миссия наблюдателей от СНГ, которую возглавил Исполнительный секретарь СНГ Сергей Лебедев,"
    " начала работу в Ташкенте 1 сентября. В ее работе приняли участие более 300 наблюдателей."
    "\nГруппа наблюдателей от МПА СНГ находилась в Узбекистане с 20 по 25 октября 2021 года."
    " В ее состав вошли 25 наблюдателей из Армении и Беларуси. Координатором группы стал"
    " Виктор Орлов, депутат Государственной Думы.\n"
    "Выборы прошли 24 октября.\n"
)


def test_two_missions_never_mix():
    facts = extract("two.ru.txt", TWO)[1]
    main = facts.main_mission
    other = next(m for m in facts.missions if not m.is_main)
    assert (main.organiser, other.organiser) == ("МПА СНГ", "СНГ")
    assert main.observer_count == 25 and main.observer_count_min is None
    assert main.sending_states == ["AM", "BY"]
    assert main.coordinator.name == "Виктор Орлов"
    assert (main.start, main.end) == (date(2021, 10, 20), date(2021, 10, 25))
    assert other.observer_count_min == 300
    assert other.coordinator.name == "Сергей Лебедев"
    assert other.head_role == "head-of-mission"
    assert other.start == date(2021, 9, 1)  # "начала работу в Ташкенте 1 сентября"


def test_a_text_without_observation_yields_no_mission_facts():
    text = (
        "В Таврическом дворце прошла конференция\n"
        "15 мая 2023 года в Санкт-Петербурге состоялась конференция о парламентаризме. В ней"
        " приняли участие более 60 человек из Армении, Беларуси и России. Председатель"
        " Центральной избирательной комиссии Республики Армения Ашот Мелконян рассказал о"
        " мониторинге более 20 избирательных кампаний.\n"
    )
    facts = extract("conf.ru.txt", text)[1]
    assert facts.is_observation_report is False
    assert (facts.missions, facts.events, facts.assessments, facts.election) == ([], [], [], None)


@pytest.mark.parametrize(
    ("title", "kind", "body"),
    [
        ("Наблюдатели от МПА СНГ на референдуме в Республике Казахстан", "referendum", None),
        (
            "Наблюдатели от МПА СНГ на местных выборах в Республике Казахстан",
            "local",
            None,
        ),
        (
            "Наблюдатели от МПА СНГ на выборах депутатов Мажилиса Парламента Республики Казахстан",
            "parliamentary",
            "Мажилис Парламента Республики Казахстан",
        ),
    ],
)
def test_election_kind_from_the_title(title, kind, body):
    text = (
        f"{title}\n5 июня 2022 года группа наблюдателей от МПА СНГ вела наблюдение."
        " Голосование прошло 5 июня.\n"
    )
    election = extract("k.ru.txt", text)[1].election
    assert election.kind == kind
    if kind != "local":
        assert election.body == body


@pytest.mark.parametrize(
    "sentence",
    [
        "Руководитель группы — депутат Государственной Думы Андрей Соколов.",
        "Группу возглавлял депутат Государственной Думы Андрей Соколов.",
        "В пресс-конференции участвовал координатор группы наблюдателей от МПА СНГ,"
        " депутат Государственной Думы Андрей Соколов.",
    ],
)
def test_coordinator_in_nominative_or_apposition(sentence):
    coordinator = _facts(sentence).main_mission.coordinator
    assert (coordinator.name, coordinator.post) == (
        "Андрей Соколов",
        "депутат Государственной Думы",
    )


def test_group_named_without_ot_and_adjectival_election_kind_and_adjective_in_title():
    text = (
        "Российские и армянские парламентарии наблюдали за президентскими выборами в Республике"
        " Казахстан\n"
        "С 8 по 11 января 2026 года группа наблюдателей МПА СНГ следила за ходом президентских"
        " выборов в Республике Казахстан. Голосование прошло 10 января.\n"
    )
    facts = extract("adj.ru.txt", text)[1]
    assert facts.main_mission.organiser == "МПА СНГ"
    assert (facts.election.kind, facts.election.country_iso) == ("presidential", "KZ")
    assert facts.election.voting_date == date(2026, 1, 10)


def test_long_term_monitoring_is_its_own_mission_and_never_claims_the_group():
    text = LEAD + (
        "Координатор группы И. Петров сообщил, что, согласно результатам проведенного МИМРД МПА"
        " СНГ долгосрочного мониторинга, законодательство соответствует международным"
        " стандартам.\n"
    )
    facts = extract("lt.ru.txt", text)[1]
    kinds = {m.organiser: (m.kind, m.is_main) for m in facts.missions}
    assert kinds == {"МПА СНГ": ("short-term", True), "МИМРД МПА СНГ": ("long-term", False)}
    (assessment,) = facts.assessments
    assert assessment.mission == "main"


def test_letterhead_and_dateline_lines_do_not_hide_the_lead():
    text = (
        "Межпарламентская Ассамблея\n\nгосударств — участников СНГ\n\nПресс-служба\n\n"
        "12.03.2024\n\nНаблюдатели от МПА СНГ на выборах в Республике Беларусь\n\n"
        "С 22 по 26 февраля группа наблюдателей от МПА СНГ вела мониторинг выборов депутатов"
        " Палаты представителей Национального собрания Республики Беларусь. Голосование"
        " состоялось 25 февраля.\n"
    )
    facts = extract("letterhead.ru.txt", text)[1]
    assert facts.is_observation_report
    assert facts.election.voting_date == date(2024, 2, 25)
    assert facts.main_mission.start == date(2024, 2, 22)


def test_no_year_in_the_text_keeps_day_and_month_whatever_the_file_name_says():
    text = (
        "Наблюдатели от МПА СНГ на выборах в Республике Беларусь\n"
        "С 22 по 26 февраля группа наблюдателей от МПА СНГ вела мониторинг выборов. Голосование"
        " состоялось 25 февраля.\n"
    )
    facts = extract("2024-02-by-parliament.ru.txt", text)[1]
    assert facts.election.voting_date == MonthDay(2, 25)
    assert facts.main_mission.start == MonthDay(2, 22)


def test_a_seminar_about_observation_is_not_an_observation_report():
    text = (
        "Семинар для наблюдателей за выборами прошел в Санкт-Петербурге\n"
        "Наблюдатели от МПА СНГ обсудили методику мониторинга выборов на семинаре в"
        " Таврическом дворце. Эксперты рассказали о практике наблюдения.\n"
    )
    facts = extract("seminar.ru.txt", text)[1]
    assert facts.is_observation_report is False
    assert (facts.missions, facts.events, facts.assessments) == ([], [], [])


def test_dates_after_a_range_across_new_year_take_the_right_year():
    text = (
        "Наблюдатели от МПА СНГ на выборах в Республике Беларусь\n"
        "29 декабря – 2 января 2026 года группа наблюдателей от МПА СНГ вела мониторинг выборов."
        " Голосование прошло 1 января.\n"
        "30 декабря наблюдатели встретились с Председателем ЦИК Анной Смирновой.\n"
    )
    facts = extract("ny.ru.txt", text)[1]
    main = facts.main_mission
    assert (main.start, main.end) == (date(2025, 12, 29), date(2026, 1, 2))
    assert facts.election.voting_date == date(2026, 1, 1)
    assert facts.events[0].date == date(2025, 12, 30)


def test_elections_to_local_self_government_are_local():
    text = (
        "Наблюдатели от МПА СНГ на выборах в органы местного самоуправления Республики Армения\n"
        "С 5 по 7 октября 2024 года группа наблюдателей от МПА СНГ вела мониторинг выборов."
        " Голосование прошло 6 октября.\n"
    )
    assert extract("loc.ru.txt", text)[1].election.kind == "local"


@pytest.mark.parametrize(
    "follow",
    [
        "Это члены парламентов Армении, Беларуси и России.",
        "Среди них депутаты из Армении, Беларуси и России.",
        "Депутаты представляли Армению, Беларусь и Россию.",
    ],
)
def test_sending_states_in_the_sentence_after_the_count(follow):
    facts = _facts(f"В составе группы — 9 парламентариев из трех государств. {follow}\n")
    main = facts.main_mission
    assert main is not None
    assert (main.observer_count, main.state_count, main.sending_states) == (
        9,
        3,
        ["AM", "BY", "RU"],
    )


def test_a_coordinator_sentence_after_the_count_gives_no_states():
    facts = _facts(
        "В составе группы — 9 парламентариев из трех государств. Депутат Мажилиса"
        " Парламента Республики Казахстан Айгерим Омарова возглавила группу.\n"
    )
    assert facts.main_mission.sending_states == []


def test_host_never_sends_and_a_date_before_the_membership_word_opens_nothing():
    facts = extract(
        "h.ru.txt",
        "С 21 по 25 октября 2029 года в Республике Казахстан находилась группа наблюдателей"
        " от МПА СНГ в составе 11 человек, представлявших парламенты Армении и Беларуси."
        " Выборы Президента Республики Казахстан состоялись 24 октября.\n",
    )[1]
    assert facts.main_mission.sending_states == ["AM", "BY"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Возглавлял группу депутат Милли Меджлиса Азербайджанской Республики Эльчин Гулузаде.",
            "Эльчин Гулузаде",
        ),
        ("Руководил группой депутат Милли Меджлиса Самир Алили.", "Самир Алили"),
    ],
)
def test_an_unknown_surname_guessed_as_a_verb_is_still_a_surname(sentence, name):
    main = _facts(sentence + "\n").main_mission
    assert main.coordinator is not None and main.coordinator.name == name


def test_members_who_took_part_in_the_groups_work_and_an_acting_coordinator():
    main = _facts(
        "В работе группы приняли участие армянские, белорусские и российские депутаты."
        " Обязанности координатора группы исполнял депутат Государственной Думы Павел"
        " Сорокин.\n"
    ).main_mission
    assert main.sending_states == ["AM", "BY", "RU"]
    assert main.coordinator is not None and main.coordinator.name == "Павел Сорокин"


def test_a_headline_about_elections_in_a_country_does_not_set_the_kind():
    facts = extract(
        "k.ru.txt",
        "Наблюдатели: выборы в Армении прошли спокойно\n\n"
        "С 6 по 10 сентября 2029 года группа наблюдателей от МПА СНГ наблюдала за выборами"
        " Президента Республики Армения. Голосование состоялось 9 сентября.\n"
        "Членами группы стали депутаты парламентов Беларуси и России.\n",
    )[1]
    assert facts.election is not None and facts.election.kind == "presidential"
    assert facts.main_mission.sending_states == ["BY", "RU"]


@pytest.mark.parametrize(
    ("body", "count", "states"),
    [
        (
            "В состав группы вошли депутаты из Армении (4 человека), Беларуси (3 человека) и"
            " России (6 человек).",
            13,
            ["AM", "BY", "RU"],
        ),
        (
            "Группу составили представители парламентов стран СНГ — Армении, Беларуси и России.",
            None,
            ["AM", "BY", "RU"],
        ),
        (
            "Наблюдателями выступили депутаты парламентов Армении, Беларуси и России — всего"
            " 9 человек.",
            9,
            ["AM", "BY", "RU"],
        ),
    ],
)
def test_more_membership_constructions(body, count, states):
    main = _facts(body + "\n").main_mission
    assert (main.observer_count, main.sending_states) == (count, states)


def test_coordinator_role_given_after_the_name():
    main = _facts(
        "Нурлан Абенов, депутат Мажилиса Парламента Республики Казахстан, был назначен"
        " координатором группы.\n"
    ).main_mission
    assert main.coordinator is not None
    assert (main.coordinator.name, main.coordinator.post) == (
        "Нурлан Абенов",
        "депутат Мажилиса Парламента Республики Казахстан",
    )


@pytest.mark.parametrize(
    "text",
    [
        # the genre's news form: generic "Наблюдатели ОБСЕ", the ODIHR only in a post
        "Наблюдатели ОБСЕ: выборам в Милли Меджлис не хватило конкуренции\n"
        "Баку, 2 сентября 2024 года. Делегация ПА ОБСЕ, в которую вошли 58 парламентариев из"
        " 24 государств, наблюдала за выборами в Милли Меджлис Азербайджана 1 сентября 2024"
        " года. Глава миссии БДИПЧ ОБСЕ Мартин Хансен выступил на пресс-конференции.\n",
        "Парламентарии ОБСЕ оценили выборы в Сейм\n"
        "Делегация Парламентской ассамблеи ОБСЕ из 40 депутатов 24 государств наблюдала за"
        " выборами в Жогорку Кенеш Кыргызской Республики 30 ноября 2025 года вместе с"
        " наблюдателями ОБСЕ. С руководителем миссии БДИПЧ ОБСЕ делегация провела встречу.\n",
    ],
)
def test_the_osce_pa_delegation_is_main_when_the_odihr_is_named_only_in_posts(text):
    facts = extract("t.ru.txt", text)[1]
    assert facts.main_mission.organiser == "ПА ОБСЕ"
    others = {m.organiser for m in facts.missions if not m.is_main}
    assert others == {"БДИПЧ ОБСЕ"}


def test_generic_osce_observers_stay_the_odihrs_when_its_mission_is_named():
    text = (
        "Наблюдатели ОБСЕ представили предварительные выводы\n"
        "Миссия БДИПЧ ОБСЕ работает в стране с 19 октября 2025 года. Делегацию ПА ОБСЕ"
        " возглавил Томаш Вроньский. Выборы в Жогорку Кенеш прошли 28 ноября 2025 года.\n"
    )
    facts = extract("t.ru.txt", text)[1]
    assert facts.main_mission.organiser == "БДИПЧ ОБСЕ"


@pytest.mark.parametrize(
    ("body", "states"),
    [
        (
            "По его словам, 23 наблюдателя из Беларуси, Ирана, Китая, Пакистана и России"
            " работали в Астане и Алматы.",
            ["BY", "IR", "CN", "PK", "RU"],
        ),
        (
            "Голосование наблюдали 12 экспертов из Китайской Народной Республики, Исламской"
            " Республики Пакистан и Кыргызской Республики.",
            ["CN", "PK", "KG"],
        ),
    ],
)
def test_a_counted_group_from_named_states_lists_the_sending_states(body, states):
    facts = _facts(body)
    assert facts.main_mission.sending_states == states
    assert facts.main_mission.state_count == len(states)


_ODIHR_LEAD = (
    "БДИПЧ ОБСЕ открывает миссию в Республике Молдова\n"
    "КИШИНЕВ, 2 сентября 2024 г. — Бюро ОБСЕ по демократическим институтам и правам человека"
    " (БДИПЧ) {opening} миссию по наблюдению за выборами Президента Республики Молдова,"
    " которые пройдут 20 октября 2024 года. {head}\n"
)


@pytest.mark.parametrize(
    ("opening", "start"),
    [
        ("сегодня открыло", date(2024, 9, 2)),  # the dateline's day
        ("4 сентября открыло", date(2024, 9, 4)),
    ],
)
def test_the_day_a_mission_is_opened_is_its_start_not_the_deployment_of_its_observers(
    opening, start
):
    text = _ODIHR_LEAD.format(opening=opening, head="") + (
        "В столице работают 10 экспертов, а 24 долгосрочных наблюдателя с 10 сентября"
        " отправятся в регионы.\n"
    )
    main = extract("t.ru.txt", text)[1].main_mission
    assert (main.organiser, main.start) == ("БДИПЧ ОБСЕ", start)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Миссия приступила к работе 3 марта 2024 года.", date(2024, 3, 3), None),
        (
            "Наблюдатели прибыли в Казахстан 3 марта. Группа работает в стране с 3 по 11 марта"
            " 2024 года.",
            date(2024, 3, 3),
            date(2024, 3, 11),
        ),
    ],
)
def test_a_mission_starting_work_or_arriving_on_a_day_starts_then(sentence, start, end):
    text = (
        "Наблюдатели от МПА СНГ на выборах в Казахстане\n"
        "Группа наблюдателей от МПА СНГ ведет мониторинг выборов Президента Республики"
        " Казахстан, голосование назначено на 10 марта 2024 года.\n" + sentence + "\n"
    )
    main = extract("t.ru.txt", text)[1].main_mission
    assert (main.start, main.end) == (start, end)


@pytest.mark.parametrize(
    ("head", "post"),
    [
        ("Миссию возглавляет Йохан Стрёмберг (Швеция).", None),
        ("Миссию возглавляет посол Йохан Стрёмберг (Швеция).", "посол"),
        ("Главой миссии БДИПЧ по наблюдению за выборами является Йохан Стрёмберг (Швеция).", None),
    ],
)
def test_a_head_with_no_office_holds_the_role_of_head_of_the_mission(head, post):
    text = _ODIHR_LEAD.format(opening="сегодня открыло", head=head)
    head_of = extract("t.ru.txt", text)[1].main_mission.coordinator
    role = "глава миссии БДИПЧ ОБСЕ по наблюдению за выборами"
    assert (head_of.name, head_of.post) == (
        "Йохан Стрёмберг",
        f"{post}, {role}" if post else role,
    )


def test_a_head_with_an_office_keeps_the_office_as_post():
    text = _ODIHR_LEAD.format(
        opening="сегодня открыло",
        head="Миссию возглавляет заместитель министра иностранных дел Швеции Йохан Стрёмберг.",
    )
    head_of = extract("t.ru.txt", text)[1].main_mission.coordinator
    assert head_of.post == "заместитель министра иностранных дел Швеции"


def test_the_head_of_a_mission_a_role_names_is_that_missions_not_the_one_spoken_of_before():
    text = (
        "Наблюдатели ОБСЕ: выборы в Кыргызстане\n"
        "БИШКЕК, 5 октября 2020 г. Делегацию ПА ОБСЕ возглавлял депутат Марек Новак."
        " Главой миссии БДИПЧ по наблюдению за выборами является Йохан Стрёмберг (Швеция)."
        " Миссия БДИПЧ работает в стране с 2 сентября по наблюдению за выборами в Жогорку Кенеш,"
        " которые прошли 4 октября 2020 года.\n"
    )
    facts = extract("t.ru.txt", text)[1]
    heads = {m.organiser: m.coordinator and m.coordinator.name for m in facts.missions}
    assert heads.get("БДИПЧ ОБСЕ") == "Йохан Стрёмберг"


def test_a_person_met_by_their_role_is_no_head():
    text = LEAD + (
        "Наблюдатели встретились с руководителем миссии БДИПЧ ОБСЕ по наблюдению за выборами"
        " Йоханом Стрёмбергом.\n"
    )
    facts = extract("t.ru.txt", text)[1]
    assert all(
        m.coordinator is None or m.coordinator.name != "Йохан Стрёмберг" for m in facts.missions
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Группа наблюдателей от МПА СНГ работала в составе международной миссии вместе с ПА ОБСЕ"
        " и БДИПЧ ОБСЕ.",
        "Наблюдатели МПА СНГ действовали в составе общей миссии совместно с ПАСЕ и ПА ОБСЕ.",
    ],
)
def test_the_bodies_a_mission_worked_together_with_are_missions_of_their_own(sentence):
    facts = _facts(sentence + "\n")
    others = {m.organiser for m in facts.missions if not m.is_main}
    expected = {"ПА ОБСЕ", "БДИПЧ ОБСЕ"} if "БДИПЧ" in sentence else {"ПАСЕ", "ПА ОБСЕ"}
    assert others >= expected
    assert facts.main_mission.organiser == "МПА СНГ"


@pytest.mark.parametrize(
    "sentence",
    [
        "В офисе миссии работают 12 международных экспертов, а 30 долгосрочных наблюдателей"
        " отправятся в регионы.",
        "Долгосрочными наблюдателями станут 14 человек. Всего в состав миссии, как ожидается,"
        " войдут 200 человек.",
    ],
)
def test_parts_of_a_mission_or_its_expected_size_are_not_its_size(sentence):
    text = _ODIHR_LEAD.format(opening="сегодня открыло", head="") + sentence + "\n"
    main = extract("t.ru.txt", text)[1].main_mission
    assert (main.observer_count, main.observer_count_min) == (None, None)


def test_a_missions_size_counted_whole_is_kept():
    text = (
        _ODIHR_LEAD.format(opening="сегодня открыло", head="")
        + "В день выборов миссия развернула 285 наблюдателей из 39 государств.\n"
    )
    assert extract("t.ru.txt", text)[1].main_mission.observer_count == 285


@pytest.mark.parametrize(
    "sentence",
    [
        "Делегацию ПАСЕ возглавила депутат Бундестага Анна Шмидт.",
        "Возглавил делегацию ПАСЕ депутат Бундестага Анна Шмидт.",
    ],
)
def test_the_head_of_a_delegation_is_its_head(sentence):
    facts = _facts(sentence + "\n")
    pace = next(m for m in facts.missions if m.organiser == "ПАСЕ")
    assert (pace.coordinator.name, pace.coordinator.post) == ("Анна Шмидт", "депутат Бундестага")


@pytest.mark.parametrize(
    "sentence",
    [
        "Члены группы встретились с 12 представителями политических партий.",
        "ЦИК аккредитовала 650 международных наблюдателей из 40 стран.",
        "Всего за выборами наблюдали 800 иностранных наблюдателей.",
    ],
)
def test_people_met_or_all_observers_counted_are_not_the_missions_size(sentence):
    main = _facts(sentence + "\n").main_mission
    assert (main.observer_count, main.observer_count_min, main.state_count) == (None, None, None)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("В составе группы 25 наблюдателей из 7 государств.", 25),
        ("В наблюдении приняли участие 31 парламентарий и эксперт.", 31),
    ],
)
def test_the_missions_members_counted_are_its_size(sentence, count):
    assert _facts(sentence + "\n").main_mission.observer_count == count


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "Группа начала работу 15 ноября и завершила ее 22 ноября.",
            date(2022, 11, 15),
            date(2022, 11, 22),
        ),
        (
            "Наблюдатели прибыли в г. Астану 15 ноября. Группа покинула страну 23 ноября.",
            date(2022, 11, 15),
            date(2022, 11, 23),
        ),
        (
            "Наблюдатели находились в стране с 15 по 22 ноября.",
            date(2022, 11, 15),
            date(2022, 11, 22),
        ),
        ("Долгосрочные наблюдатели работают в стране с 1 октября.", None, None),
    ],
)
def test_the_day_a_mission_ended_is_the_day_of_its_verb_of_closing(sentence, start, end):
    text = (
        "Наблюдатели от МПА СНГ на выборах Президента Республики Казахстан\n"
        "Группа наблюдателей от МПА СНГ вела мониторинг выборов Президента Республики Казахстан,"
        " голосование прошло 20 ноября 2022 года.\n" + sentence + "\n"
    )
    main = extract("t.ru.txt", text)[1].main_mission
    assert (main.start, main.end) == (start, end)


ODIHR = (
    "Миссия БДИПЧ ОБСЕ на выборах в Грузии\n"
    "ТБИЛИСИ, 5 сентября 2024 года. Бюро ОБСЕ по демократическим институтам и правам человека"
    " (БДИПЧ) 5 сентября открыло миссию по наблюдению за парламентскими выборами, назначенными"
    " на 26 октября.\n"
)


def _odihr(body: str):
    return extract("o.ru.txt", ODIHR + body)[1]


@pytest.mark.parametrize(
    "body",
    [
        "Миссию БДИПЧ ОБСЕ по наблюдению за выборами возглавляет посол Ян Петерсен.\n",
        "Миссию Бюро по демократическим институтам и правам человека в Грузии возглавляет"
        " Ян Петерсен.\n",
    ],
)
def test_a_head_verb_far_after_the_mission_it_heads(body):
    head = _odihr(body).main_mission.coordinator
    assert head is not None and head.name == "Ян Петерсен"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "«Выборы были хорошо организованы», — отметила Эва Лунд, глава миссии БДИПЧ по"
            " наблюдению за выборами.\n",
            "Эва Лунд",
        ),
        (
            "«Комиссии работали открыто», — сказал Петр Ильин, руководитель миссии.\n",
            "Петр Ильин",
        ),
    ],
)
def test_a_head_named_by_the_role_after_their_name(body, name):
    head = _odihr(body).main_mission.coordinator
    assert head is not None and head.name == name


@pytest.mark.parametrize(
    "body",
    [
        "«Мы призываем власти расследовать все сообщения», — заявил глава делегации ПАСЕ"
        " Йохан Линдквист. Делегация ПАСЕ работала в составе международной миссии.\n",
        "Делегация ПАСЕ работала вместе с БДИПЧ. В Тбилиси выступил руководитель делегации ПАСЕ"
        " Йохан Линдквист.\n",
    ],
)
def test_a_role_naming_another_mission_heads_that_mission(body):
    facts = _odihr(body)
    heads = {m.organiser: m.coordinator.name for m in facts.missions if m.coordinator}
    assert heads == {"ПАСЕ": "Йохан Линдквист"}


@pytest.mark.parametrize(
    ("body", "post"),
    [
        (
            "Миссия встретилась с заместителем Председателя ЦИК Грузии Ниной Ивановой.\n",
            "заместитель Председателя Центральной избирательной комиссии Грузии",
        ),
        (
            "Члены миссии встретились с членом ЦИК Казахстана Ниной Ивановой.\n",
            "член Центральной избирательной комиссии Республики Казахстан",
        ),
    ],
)
def test_a_body_abbreviated_with_its_state_is_spelled_out_in_a_post(body, post):
    people = {p.name: p.post for p in _odihr(body).people}
    assert people["Нина Иванова"] == post


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Миссия встретилась с Председателем ЦИК Ангелой Карамаликой.\n", "Ангела Карамалика"),
        (
            "Наблюдатели побеседовали с министром юстиции Мариной Кастравецой.\n",
            "Марина Кастравеца",
        ),
    ],
)
def test_a_name_only_the_tagger_finds_is_put_in_the_nominative(body, name):
    assert name in {p.name for p in _odihr(body).people}


@pytest.mark.parametrize(
    "body",
    [
        "В течение трех дней, с 5 по 7 сентября, члены миссии провели консультации в"
        " министерствах.\n",
        "С 5 по 9 сентября эксперты миссии встречались с представителями партий.\n",
    ],
)
def test_the_range_of_what_a_mission_did_is_not_its_stay(body):
    main = _odihr(body).main_mission
    assert (main.start, main.end) == (date(2024, 9, 5), None)


def test_a_later_range_of_staying_from_the_start_day_ends_the_stay():
    main = _odihr("Миссия работает в стране с 5 по 30 сентября.\n").main_mission
    assert (main.start, main.end) == (date(2024, 9, 5), date(2024, 9, 30))


CIS = (
    "Наблюдатели СНГ на выборах в Кыргызстане\n"
    "БИШКЕК, 2 ноября 2020 года. Миссия наблюдателей от СНГ работает на выборах Президента"
    " Кыргызской Республики.\n"
)


@pytest.mark.parametrize(
    ("body", "states"),
    [
        (
            "На участках работали наблюдатели из Азербайджана, Армении и Беларуси.",
            ["AZ", "AM", "BY"],
        ),
        ("Наблюдатели прибыли из Армении и Казахстана.", ["AM", "KZ"]),
        ("Парламентарии Армении, Беларуси и Казахстана посетили участки.", ["AM", "BY", "KZ"]),
        ("В работе миссии участвуют наблюдатели от Азербайджана и Беларуси.", ["AZ", "BY"]),
        (
            "Казахстанские, российские и белорусские наблюдатели посетили участки.",
            ["KZ", "RU", "BY"],
        ),
        ("Наблюдатели представляют Индию, Китай и Пакистан.", ["IN", "CN", "PK"]),
        ("Группа сформирована из депутатов парламентов Армении и Таджикистана.", ["AM", "TJ"]),
        ("В миссии представлены Азербайджан, Армения и Беларусь.", ["AZ", "AM", "BY"]),
    ],
)
def test_sending_states_in_the_genres_forms(body, states):
    assert extract("c.ru.txt", CIS + body + "\n")[1].main_mission.sending_states == states


@pytest.mark.parametrize(
    "body",
    [
        "Кыргызские наблюдатели от партий работали на участках.",
        "Миссия встретилась с представителями Центральной избирательной комиссии Кыргызстана.",
    ],
)
def test_the_host_states_observers_are_not_sent(body):
    assert extract("c.ru.txt", CIS + body + "\n")[1].main_mission.sending_states == []


@pytest.mark.parametrize(
    "body",
    [
        "Миссия открыта в Тбилиси 5 сентября; ее возглавляет посол Ян Петерсен (Норвегия).\n",
        "Миссия работает с 5 сентября, ее возглавляет Ян Петерсен.\n",
    ],
)
def test_a_pronoun_before_the_head_verb_stands_for_the_mission(body):
    head = _odihr(body).main_mission.coordinator
    assert head is not None and head.name == "Ян Петерсен"


@pytest.mark.parametrize(
    ("text", "organiser", "state", "election"),
    [
        (
            "Делегация Центральной комиссии Республики Беларусь по выборам и проведению"
            " республиканских референдумов наблюдает за выборами Президента Российской"
            " Федерации 17 марта 2024 года. В состав делегации вошли семь человек.\n",
            "ЦИК Беларуси",
            "BY",
            ("RU", "presidential"),
        ),
        (
            "Делегация ЦИК Казахстана прибыла в Бишкек для наблюдения за выборами депутатов"
            " Жогорку Кенеша Кыргызской Республики, которые состоялись 30 ноября 2025 года.\n",
            "ЦИК Казахстана",
            "KZ",
            ("KG", "parliamentary"),
        ),
    ],
)
def test_a_national_commissions_delegation_abroad_is_its_mission(text, organiser, state, election):
    """The commission's state sent it; the words of its name ("... по выборам и проведению
    республиканских референдумов", "Республики Беларусь") name no election."""
    facts = extract("cec.ru.txt", text)[1]
    assert facts.is_observation_report
    assert (facts.election.country_iso, facts.election.kind) == election
    main = facts.main_mission
    assert (main.organiser, main.sending_states, main.state_count) == (organiser, [state], 1)


def test_a_commission_at_home_sends_no_observers():
    text = (
        "Центральная избирательная комиссия Республики Беларусь подвела итоги местных выборов,"
        " которые состоялись 25 февраля 2024 года. ЦИК Беларуси аккредитовала 300 наблюдателей.\n"
    )
    facts = extract("cec.ru.txt", text)[1]
    assert not facts.is_observation_report and facts.missions == []


@pytest.mark.parametrize(
    ("text", "organiser", "start", "end"),
    [
        (
            "БДИПЧ ОБСЕ опубликовало окончательный доклад о выборах в Мажилис Казахстана\n"
            "Выборы депутатов Мажилиса 10 января 2021 года прошли без реальной конкуренции,"
            " говорится в докладе Бюро ОБСЕ по демократическим институтам и правам человека.\n"
            "Миссия по наблюдению за выборами работала в Казахстане с 26 ноября 2020 года"
            " по 14 января 2021 года.\n",
            "БДИПЧ ОБСЕ",
            date(2020, 11, 26),
            date(2021, 1, 14),
        ),
        (
            "ПА ОБСЕ представила заключение о парламентских выборах в Грузии 26 октября 2024"
            " года. Миссия из 40 наблюдателей работала в стране с 20 октября 2024 года до 28"
            " октября 2024 года.\n",
            "ПА ОБСЕ",
            date(2024, 10, 20),
            date(2024, 10, 28),
        ),
    ],
)
def test_a_mission_named_only_by_its_publisher(text, organiser, start, end):
    """A final report's mission, not named by its organiser, is the publishing body's."""
    main = extract("pub.ru.txt", text)[1].main_mission
    assert main is not None
    assert (main.organiser, main.start, main.end) == (organiser, start, end)


@pytest.mark.parametrize(
    "body",
    [
        "В офисе миссии работают 12 международных экспертов из 11 государств — участников ОБСЕ.\n",
        "С 20 сентября 30 долгосрочных наблюдателей из 18 государств размещены в регионах.\n",
    ],
)
def test_the_states_of_a_counted_part_are_not_the_missions(body):
    assert _odihr(body).main_mission.state_count is None


@pytest.mark.parametrize(
    "text",
    [
        "Долгосрочные наблюдатели БДИПЧ ОБСЕ отправились в регионы Грузии\n"
        "ТБИЛИСИ, 12 сентября 2024 года. Миссия открыта 5 сентября; ее возглавляет посол Ян"
        " Петерсен. Выборы в парламент Грузии состоятся 26 октября.\n",
        "Краткосрочные наблюдатели БДИПЧ ОБСЕ прибыли в Армению\n"
        "ЕРЕВАН, 3 июня 2021 года. Миссия работает с 10 мая, ее возглавляет Карл Хеннинг."
        " Парламентские выборы в Армении состоятся 20 июня.\n",
    ],
)
def test_an_organisations_long_or_short_term_observers_name_its_mission(text):
    """Observers of one term are a part of the organisation's mission, not a group of their
    own: the mission has a head of mission, not a group's coordinator."""
    main = extract("t.ru.txt", text)[1].main_mission
    assert (main.organiser, main.kind, main.head_role) == ("БДИПЧ ОБСЕ", None, "head-of-mission")


@pytest.mark.parametrize(
    "text",
    [
        "Эксперты МПА СНГ наблюдают за голосованием в Казахстане\n"
        "АСТАНА, 20 марта 2022 года. Эксперты Межпарламентской Ассамблеи государств —"
        " участников СНГ наблюдают сегодня за выборами депутатов Мажилиса Парламента"
        " Республики Казахстан.\n",
        "Группа экспертов ПА ОДКБ прибыла в Бишкек\n"
        "БИШКЕК, 27 ноября 2021 года. Эксперты ПА ОДКБ прибыли для наблюдения за выборами"
        " депутатов Жогорку Кенеша Кыргызской Республики.\n",
    ],
    ids=["ipa-cis", "csto-pa"],
)
def test_an_organisations_experts_are_its_group_when_no_group_is_named(text):
    facts = extract("e.ru.txt", text)[1]
    assert facts.is_observation_report
    assert facts.main_mission.organiser in {"МПА СНГ", "ПА ОДКБ"}
    assert facts.main_mission.kind == "short-term"


@pytest.mark.parametrize(
    "text",
    [
        "1 июля 2020, 19:10 | Пресс-служба Секретариата Совета МПА СНГ\n\n"
        "Эксперты МПА СНГ завершают наблюдение за общероссийским голосованием\n\n"
        "Эксперты Межпарламентской Ассамблеи государств — участников СНГ наблюдают за"
        " голосованием по вопросу одобрения изменений в Конституцию Российской Федерации.\n",
        "12.05.2026 | Новости | Пресс-служба\n\n"
        "Наблюдатели от СНГ на всенародном голосовании\n\n"
        "Миссия наблюдателей от СНГ наблюдает за всенародным голосованием по проекту"
        " Конституции Республики Казахстан.\n",
    ],
)
def test_a_vote_that_elects_no_body_is_a_referendum_read_past_a_letterhead(text):
    """The letterhead line of fields ("... | Пресс-служба ...") is no paragraph of the lead,
    so the body's first paragraph names the country; a nationwide vote on a question is a
    referendum."""
    election = extract("v.ru.txt", text)[1].election
    assert election.kind == "referendum"
    assert election.country_iso in {"RU", "KZ"}


@pytest.mark.parametrize(
    "text",
    [
        "Делегация ЦИК Кыргызстана посетила Казахстан\n\n"
        "Делегация Центральной комиссии по выборам Кыргызской Республики 12 мая 2024 года"
        " посетила ЦИК Республики Казахстан для обмена опытом в организации выборов.\n",
        "Делегация ЦИК Узбекистана посетила Минск\n\n"
        "Делегация ЦИК Узбекистана 3 октября 2025 года посетила Минск, где изучила опыт"
        " организации выборов в Республике Беларусь.\n",
    ],
)
def test_a_commissions_delegation_that_observes_nothing_is_no_mission(text):
    facts = extract("v.ru.txt", text)[1]
    assert not facts.is_observation_report and facts.missions == []
