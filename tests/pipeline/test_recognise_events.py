"""Meetings, voting-day observation, conferences, briefings and final meetings, with dates from
context, officials met with their posts, venues and observed regions."""

from __future__ import annotations

from datetime import date

import pytest

from builder.text.extract import extract

LEAD = (
    "Наблюдатели от МПА СНГ на выборах депутатов Национального Собрания Республики Армения\n"
    "С 15 по 19 мая 2026 года группа наблюдателей от МПА СНГ вела мониторинг выборов депутатов"
    " Национального Собрания Республики Армения. Голосование состоялось 18 мая.\n"
    "Координатором группы был назначен депутат Государственной Думы Олег Морозов.\n"
)


def _events(body: str):
    facts = extract("e.ru.txt", LEAD + body)[1]
    return [e for e in facts.events if e.mission == "main"]


def test_meetings_with_dates_from_context_and_posts_in_the_nominative():
    events = _events(
        "16 мая члены группы встретились с Председателем Центральной избирательной комиссии"
        " Республики Армения Ашотом Саркисяном.\n"
        "В тот же день наблюдателей принял вице-спикер Национального Собрания Республики"
        " Армения Арам Петросян.\n"
        "На следующий день в Министерстве иностранных дел Республики Армения состоялась встреча"
        " О. Морозова с Министром иностранных дел Республики Армения Давидом Геворкяном.\n"
    )
    got = [(e.kind, e.date, [(p.name, p.post) for p in e.met], e.place) for e in events]
    assert got == [
        (
            "meeting",
            date(2026, 5, 16),
            [
                (
                    "Ашот Саркисян",
                    "Председатель Центральной избирательной комиссии Республики Армения",
                )
            ],
            None,
        ),
        (
            "meeting",
            date(2026, 5, 16),
            [("Арам Петросян", "вице-спикер Национального Собрания Республики Армения")],
            None,
        ),
        (
            "meeting",
            date(2026, 5, 17),
            [("Давид Геворкян", "Министр иностранных дел Республики Армения")],
            "Министерство иностранных дел Республики Армения",
        ),
    ]
    assert events[2].attendees == ["Олег Морозов"]


def test_eve_of_voting_dates_from_the_voting_day():
    (event,) = _events(
        "Накануне дня голосования наблюдателей принял Председатель Национального Собрания"
        " Республики Армения Карен Акопян.\n"
    )
    assert (event.kind, event.date) == ("meeting", date(2026, 5, 17))


def test_voting_day_regions_with_coordinated_ellipsis_stations_and_stages():
    (event,) = _events(
        "В день голосования наблюдатели работали в Ереване и Гюмри, в Армавирском и Котайкском"
        " марзах, а также в Ширакской области. Всего члены группы посетили более 70"
        " избирательных участков и присутствовали при открытии участков и подсчете голосов.\n"
    )
    assert event.kind == "voting-day-observation"
    assert event.date == date(2026, 5, 18)
    assert event.regions[:4] == ["Ереван", "Гюмри", "Армавирский марз", "Котайкский марз"]
    assert event.polling_stations_min == 70 and event.polling_stations is None
    assert event.voting_stages == ["opening", "counting"]


def test_conference_of_another_mission_and_final_meeting_and_briefing():
    text = (
        "17 мая эксперты Секретариата провели для членов группы брифинг.\n"
        "19 мая в Ереване состоялась итоговая пресс-конференция Миссии наблюдателей от СНГ,"
        " в которой принял участие координатор группы О. Морозов.\n"
        "В тот же день в Ереване прошло итоговое совещание группы.\n"
    )
    facts = extract("c.ru.txt", LEAD + text)[1]
    kinds = [(e.kind, e.date, e.place, e.organiser_mission) for e in facts.events]
    assert kinds == [
        ("briefing", date(2026, 5, 17), None, None),
        ("press-conference", date(2026, 5, 19), "Ереван", "cis"),
        ("final-meeting", date(2026, 5, 19), "Ереван", None),
    ]
    assert facts.events[1].attendees == ["Олег Морозов"]


def test_abroad_polling_stations_count_as_places_observed_but_states_do_not():
    (event,) = _events(
        "В день голосования члены группы посетили 40 избирательных участков в Ереване. Часть"
        " наблюдателей работала на зарубежных избирательных участках в Москве и"
        " Санкт-Петербурге, образованных при Посольстве Республики Армения в Российской"
        " Федерации.\n"
    )
    assert event.regions == ["Ереван", "Москва", "Санкт-Петербург"]
    assert event.polling_stations == 40


def test_visiting_polling_stations_is_voting_day_observation_without_a_count():
    (event,) = _events(
        "В день голосования наблюдатели побывали на избирательных участках в Ереване и"
        " Ширакской области.\n"
    )
    assert (event.kind, event.date) == ("voting-day-observation", date(2026, 5, 18))
    assert event.regions == ["Ереван", "Ширакская область"]


def test_a_committee_post_met_in_a_chamber_belongs_to_that_chamber():
    (event,) = _events(
        "17 мая в Национальном Собрании Республики Армения состоялась встреча группы с"
        " председателем Постоянной комиссии по внешним связям Левоном Мартиросяном.\n"
    )
    assert event.place == "Национальное Собрание Республики Армения"
    assert [(p.name, p.post) for p in event.met] == [
        (
            "Левон Мартиросян",
            "председатель Постоянной комиссии по внешним связям Национального Собрания"
            " Республики Армения",
        )
    ]


def test_voting_day_said_as_day_of_elections():
    (event,) = _events("В день выборов члены группы работали в Ереване.\n")
    assert (event.kind, event.date, event.regions) == (
        "voting-day-observation",
        date(2026, 5, 18),
        ["Ереван"],
    )


def test_city_abbreviation_and_a_meeting_said_with_its_topic():
    events = _events(
        "16 мая члены группы обсудили с Председателем ЦИК Ашотом Саркисяном ход избирательной"
        " кампании.\n"
        "В день голосования наблюдатели посетили 30 избирательных участков в г. Ереване и"
        " г. Гюмри.\n"
    )
    assert [(e.kind, [p.name for p in e.met]) for e in events] == [
        ("meeting", ["Ашот Саркисян"]),
        ("voting-day-observation", []),
    ]
    assert events[1].regions == ["Ереван", "Гюмри"]


@pytest.mark.parametrize(
    "sentence",
    [
        "9 сентября, в день выборов, члены группы работали в Тавушской и Лорийской областях.",
        "9 сентября (в день голосования) наблюдатели посетили 40 избирательных участков.",
        "9 сентября, в последний день голосования, наблюдатели вели мониторинг в Гюмри.",
    ],
)
def test_voting_day_named_after_its_date_gives_the_voting_date(sentence):
    lead = (
        "Группа наблюдателей от МПА СНГ находилась в Республике Армения с 6 по 10 сентября"
        " 2029 года для наблюдения за выборами Президента Республики Армения.\n"
    )
    facts = extract("v.ru.txt", lead + sentence + "\n")[1]
    assert facts.election is not None
    assert facts.election.voting_date == date(2029, 9, 9)
    days = [e.date for e in facts.events if e.kind == "voting-day-observation"]
    assert days == [date(2029, 9, 9)]


def test_no_day_is_guessed_for_an_event():
    """A named group at work is a report though no sentence names the election; the visits
    it tells of keep no day, not one of the period's."""
    lead = (
        "Группа наблюдателей от МПА СНГ работала в Республике Армения с 6 по 10 сентября"
        " 2029 года.\n"
    )
    facts = extract("u.ru.txt", lead + "Наблюдатели посетили 30 избирательных участков.\n")[1]
    assert facts.is_observation_report
    assert [(e.kind, e.date) for e in facts.events] == [("voting-day-observation", None)]


_LEAD2 = (
    "Группа наблюдателей от МПА СНГ находилась в Республике Армения с 6 по 10 сентября 2029"
    " года и была направлена для наблюдения за выборами Президента Республики Армения,"
    " которые прошли в единый день голосования 9 сентября.\n"
)


def _main_events(body: str):
    facts = extract("m.ru.txt", _LEAD2 + body)[1]
    return [e for e in facts.events if e.mission == "main"]


def test_meeting_named_by_its_noun_with_whom_and_merged_into_the_announced_meeting():
    events = _main_events(
        "7 сентября члены группы провели встречу с руководством Центральной избирательной"
        " комиссии. Во время беседы с секретарем Центральной избирательной комиссии Республики"
        " Армения Гаяне Оганесян шла речь о порядке голосования.\n"
        "8 сентября прошли переговоры с временно исполняющим обязанности Министра юстиции"
        " Республики Армения Тиграном Арутюняном.\n"
    )
    got = [(e.kind, e.date, [(p.name, p.post) for p in e.met]) for e in events]
    assert got == [
        (
            "meeting",
            date(2029, 9, 7),
            [
                (
                    "Гаяне Оганесян",
                    "секретарь Центральной избирательной комиссии Республики Армения",
                )
            ],
        ),
        (
            "meeting",
            date(2029, 9, 8),
            [
                (
                    "Тигран Арутюнян",
                    "временно исполняющий обязанности Министра юстиции Республики Армения",
                )
            ],
        ),
    ]


def test_the_leads_purpose_is_not_voting_day_observation_and_the_real_one_keeps_its_regions():
    events = _main_events(
        "В день голосования наблюдатели работали в Ширакской и Лорийской областях.\n"
    )
    vdo = [e for e in events if e.kind == "voting-day-observation"]
    assert [(e.date, e.regions) for e in vdo] == [
        (date(2029, 9, 9), ["Ширакская область", "Лорийская область"])
    ]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("10 сентября в Ереване прошло заключительное заседание группы.\n", ["final-meeting"]),
        ("Итоговый отчет группы будет рассмотрен на заседании Совета МПА СНГ.\n", []),
        ("Итоговые выводы будут обсуждены на очередной встрече парламентариев.\n", []),
    ],
)
def test_final_meeting_only_when_the_final_adjective_names_the_meeting(sentence, kinds):
    events = _main_events(sentence)
    assert [e.kind for e in events if e.kind == "final-meeting"] == kinds


def test_a_one_word_nickname_of_the_commission_is_spelled_out_in_the_post():
    text = (
        "Группа наблюдателей от МПА СНГ находилась в Республике Беларусь с 1 по 5 марта 2029"
        " года для наблюдения за выборами Президента Республики Беларусь.\n"
        "2 марта наблюдатели встретились с секретарем Центризбиркома Ольгой Ковальчук.\n"
    )
    facts = extract("b.ru.txt", text)[1]
    met = [(p.name, p.post) for e in facts.events for p in e.met]
    assert met == [
        (
            "Ольга Ковальчук",
            "секретарь Центральной комиссии Республики Беларусь по выборам и проведению"
            " республиканских референдумов",
        )
    ]


def test_observation_on_the_voting_day_written_as_a_date_and_stations_with_genitive_places():
    events = _main_events(
        "9 сентября наблюдатели следили за голосованием на 27 избирательных участках Гюмри и"
        " Ширакской области.\n"
    )
    vdo = [e for e in events if e.kind == "voting-day-observation"]
    assert [(e.date, e.polling_stations, e.regions) for e in vdo] == [
        (date(2029, 9, 9), 27, ["Гюмри", "Ширакская область"])
    ]


def test_the_official_who_speaks_right_after_an_unnamed_meeting_is_whom_it_was_with():
    events = _main_events(
        "7 сентября группа провела рабочую встречу с членами Центральной избирательной"
        " комиссии. Председатель ЦИК Ваге Мелкумян рассказал о подготовке к выборам.\n"
    )
    assert [(e.kind, [(p.name, p.post) for p in e.met]) for e in events][:1] == [
        (
            "meeting",
            [
                (
                    "Ваге Мелкумян",
                    "Председатель Центральной избирательной комиссии Республики Армения",
                )
            ],
        )
    ]


def test_two_officials_met_in_one_sentence_keep_their_own_posts():
    events = _main_events(
        "7 сентября состоялись встречи с Министром иностранных дел Республики Армения Араратом"
        " Мирзояном и Председателем Национального Собрания Республики Армения Аленом"
        " Симоняном.\n"
    )
    assert [(p.name, p.post) for p in events[0].met] == [
        ("Арарат Мирзоян", "Министр иностранных дел Республики Армения"),
        ("Ален Симонян", "Председатель Национального Собрания Республики Армения"),
    ]


def test_without_a_voting_date_observation_takes_a_day_stated_relative_to_the_last_event():
    text = (
        "Группа наблюдателей от МПА СНГ работала в Республике Армения с 6 по 10 сентября"
        " 2029 года и вела наблюдение за выборами.\n"
        "8 сентября члены группы встретились с Министром юстиции Республики Армения Тиграном"
        " Арутюняном.\n"
        "На следующий день наблюдатели посетили 30 избирательных участков в Ереване.\n"
    )
    facts = extract("r.ru.txt", text)[1]
    vdo = [e.date for e in facts.events if e.kind == "voting-day-observation"]
    assert vdo == [date(2029, 9, 9)]


@pytest.mark.parametrize("participle", ["прошедшие", "состоявшиеся", "проходившие"])
def test_voting_date_given_by_a_participle(participle):
    text = (
        "Группа наблюдателей от МПА СНГ находилась в Республике Армения с 6 по 10 сентября"
        f" 2029 года. Поводом стали выборы Президента Республики Армения, {participle}"
        " 9 сентября.\n"
    )
    facts = extract("q.ru.txt", text)[1]
    assert facts.election is not None and facts.election.voting_date == date(2029, 9, 9)


def test_a_meeting_the_main_head_attends_with_another_missions_head_is_the_groups():
    text = (
        "Группа наблюдателей от МПА СНГ находилась в Республике Армения с 6 по 10 сентября"
        " 2029 года для наблюдения за выборами Президента Республики Армения, которые"
        " состоялись 9 сентября. Группу возглавил депутат Государственной Думы Олег Морозов.\n"
        "Одновременно работала Миссия наблюдателей от СНГ, которую возглавил Председатель"
        " Исполнительного комитета СНГ Сергей Лебедев.\n"
        "7 сентября члены группы приняли участие в совещании с руководством Центральной"
        " избирательной комиссии. С. Лебедев и О. Морозов обсудили с Председателем ЦИК Ваге"
        " Мелкумяном порядок аккредитации.\n"
    )
    facts = extract("j.ru.txt", text)[1]
    meetings = [(e.mission, e.date, [p.name for p in e.met]) for e in facts.events]
    assert meetings == [("main", date(2029, 9, 7), ["Ваге Мелкумян"])]


def test_officials_who_welcome_the_observers_met_them():
    events = _main_events(
        "7 сентября членов группы приветствовал Председатель Национального Собрания Республики"
        " Армения Ален Симонян.\n"
    )
    assert [(e.kind, [p.name for p in e.met]) for e in events][:1] == [
        ("meeting", ["Ален Симонян"])
    ]


def test_during_the_voting_day_and_an_internal_meeting_is_no_meeting():
    events = _main_events(
        "Накануне голосования члены группы провели совещание, на котором распределили"
        " маршруты.\n"
        "В течение дня голосования наблюдатели работали в Ереване и Гюмри. Они посетили"
        " 35 избирательных участков.\n"
    )
    assert [(e.kind, e.date, e.regions, e.polling_stations) for e in events] == [
        ("voting-day-observation", date(2029, 9, 9), ["Ереван", "Гюмри"], 35)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "20 мая члены группы встретятся с Председателем ЦИК Республики Армения Ашотом Саркисяном.",
        "Группа планирует 20 мая провести встречу с Председателем ЦИК Республики Армения"
        " Ашотом Саркисяном.",
        "В день голосования наблюдатели будут работать на избирательных участках в Ереване.",
        "Итоги мониторинга группа представит на пресс-конференции 20 мая.",
    ],
)
def test_an_announced_event_is_no_event(sentence):
    assert _events(sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Выборы, прошедшие в воскресенье, были конкурентными, заявил 19 мая на брифинге в"
        " Ереване координатор группы О. Морозов, огласив заявление группы.",
        "Предварительные выводы группы 19 мая огласил на брифинге в Ереване координатор группы"
        " О. Морозов.",
    ],
)
def test_a_briefing_where_findings_are_announced_is_a_press_conference(sentence):
    facts = extract("b.ru.txt", LEAD + sentence + "\n")[1]
    assert [(e.kind, e.date, e.place) for e in facts.events] == [
        ("press-conference", date(2026, 5, 19), "Ереван")
    ]


def test_a_briefing_for_the_observers_stays_a_briefing():
    (event,) = _events("17 мая эксперты Секретариата провели для наблюдателей брифинг.\n")
    assert event.kind == "briefing"


@pytest.mark.parametrize(
    "sentence",
    [
        "Встречавшиеся нарушения носили технический характер, отметил 19 мая О. Морозов.",
        "Встретившиеся на участках недочеты 19 мая были устранены комиссиями.",
    ],
)
def test_a_participle_of_meeting_describes_and_meets_no_one(sentence):
    assert [e.kind for e in _events(sentence + "\n")] == []


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("ЕРЕВАН, 19 мая — Новости-Армения. ", "Ереван"),
        ("19 мая, Ереван /Корр. АРКА/. ", "Ереван"),
    ],
)
def test_a_conference_in_a_hall_is_placed_in_the_datelines_city(head, place):
    text = (
        "Наблюдатели МПА СНГ подвели итоги выборов в Армении\n"
        + head
        + "Группа наблюдателей от МПА СНГ провела итоговую пресс-конференцию в Национальном"
        " пресс-центре. Выборы депутатов Национального Собрания Республики Армения состоялись"
        " 18 мая 2026 года.\n"
    )
    facts = extract("h.ru.txt", text)[1]
    assert [(e.kind, e.place) for e in facts.events] == [("press-conference", place)]


@pytest.mark.parametrize(
    ("sentence", "regions"),
    [
        (
            "В день голосования члены группы посетили 40 участков в Ереване и в Республике"
            " Каракалпакстан.",
            ["Ереван", "Республика Каракалпакстан"],
        ),
        (
            "В день голосования члены группы посетили участки в Республике Алтай и в Ширакском"
            " марзе.",
            ["Республика Алтай", "Ширакский марз"],
        ),
    ],
)
def test_a_capitalised_place_noun_keeps_its_proper_name(sentence, regions):
    (event,) = _events(sentence + "\n")
    assert event.regions == regions


def _voting_day(body: str):
    return [e for e in _main_events(body) if e.kind == "voting-day-observation"]


@pytest.mark.parametrize(
    "body",
    [
        "Досрочное голосование проводилось с 4 по 8 сентября. Наблюдатели ежедневно посещали"
        " участки.\nВ день голосования наблюдатели посетили 40 участков в Ширакской области.\n",
        "С 5 по 8 сентября шло досрочное голосование. Члены группы посещали участки в"
        " Гюмри.\n9 сентября члены группы побывали на 30 участках в Ширакской области.\n",
    ],
)
def test_visits_during_early_voting_are_not_the_voting_day(body):
    (vdo,) = _voting_day(body)
    assert vdo.regions == ["Ширакская область"]


@pytest.mark.parametrize(
    "body",
    [
        "В течение трех дней досрочного голосования наблюдатели посетили участки в Гюмри. В"
        " день выборов члены группы наблюдали за голосованием в Ширакской области.\n",
        "Досрочное голосование шло с 15 по 17 мая, и наблюдатели посещали участки в Гюмри. В"
        " день голосования они работали на участках в Ширакской области.\n",  # invented
    ],
)
def test_the_voting_day_told_after_early_voting_in_one_paragraph_is_the_voting_day(body):
    (vdo,) = _voting_day(body)
    assert vdo.regions == ["Ширакская область"]


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            "Наблюдатели с 7:00 находятся на участках в Ереване и Гюмри.\n",
            ["Ереван", "Гюмри"],
        ),
        (
            "Вчера они наблюдали за голосованием в Ванадзоре и Лорийской области.\n",
            ["Ванадзор", "Лорийская область"],
        ),
    ],
)
def test_observers_at_polling_stations_or_watching_the_vote_observe_the_voting_day(body, regions):
    (vdo,) = _voting_day(body)
    assert vdo.regions == regions


def test_participants_who_watched_the_elections_are_not_the_voting_days_work():
    assert _voting_day("Парламентарии, наблюдавшие за выборами, дали им оценку.\n") == []


@pytest.mark.parametrize(
    "body",
    [
        "Наблюдатели работали в Ереване и городе Гюмри. Члены группы побывали на 50"
        " участках.\nЧасть группы вела мониторинг на зарубежных участках в Москве.\n",
        "В день голосования члены группы посетили 50 участков в Ереване и Гюмри.\nНесколько"
        " наблюдателей работали на участках, открытых при посольстве в Москве.\n",
    ],
)
def test_the_voting_days_places_come_from_every_sentence_that_tells_it(body):
    (vdo,) = _voting_day(body)
    assert vdo.regions == ["Ереван", "Гюмри", "Москва"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Накануне, 6 сентября, в Ереване прошло организационное совещание группы.\n",
        "6 сентября состоялось установочное заседание наблюдателей в Ереване.\n",
    ],
)
def test_an_organisational_meeting_of_the_group_is_a_briefing(sentence):
    events = _main_events(sentence)
    assert [(e.kind, e.date) for e in events] == [("briefing", date(2029, 9, 6))]


@pytest.mark.parametrize(
    "body",
    [
        "7 сентября группа провела серию встреч. Наблюдателей принял министр юстиции"
        " Республики Армения Тигран Арутюнян.\n",
        "7 сентября наблюдатели провели ряд встреч в Ереване.\nИх принял министр юстиции"
        " Республики Армения Тигран Арутюнян.\n",
    ],
)
def test_a_series_of_meetings_dates_the_meetings_it_sums_up_and_is_none_itself(body):
    events = _main_events(body)
    assert [(e.kind, e.date, [p.name for p in e.met]) for e in events] == [
        ("meeting", date(2029, 9, 7), ["Тигран Арутюнян"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Кандидаты в основном проводят встречи с избирателями в закрытых помещениях.\n",
        "Партии встречались с избирателями во дворах.\n",
    ],
)
def test_meetings_of_the_campaign_are_not_the_missions(sentence):
    assert _main_events(sentence) == []


def test_a_meeting_with_candidates_stays_the_missions():
    events = _main_events(
        "8 сентября наблюдатели встретились с кандидатом в президенты Андреем Кобахидзе.\n"
    )
    assert [(e.kind, e.date) for e in events] == [("meeting", date(2029, 9, 8))]


@pytest.mark.parametrize(
    "sentence",
    [
        "8 сентября наблюдатели встретились с кандидатами в президенты.\n",
        "8 сентября члены группы провели встречу с представителями гражданского общества.\n",
        "8 сентября состоялись консультации наблюдателей с представителями политических партий.\n",
    ],
)
def test_a_meeting_where_no_one_is_named_is_no_event(sentence):
    """The genre's readers record a meeting with a person; "с представителями партий" is the
    background of the mission's work."""
    assert _main_events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Об этом сообщил руководитель штаба миссии Рустам Валиев после встречи с министром"
        " юстиции Тиграном Арутюняном.\n",
        "Заместитель руководителя группы Анна Белова 8 сентября встретилась с министром"
        " юстиции Тиграном Арутюняном.\n",
    ],
)
def test_the_missions_own_staff_are_not_whom_it_met(sentence):
    (ev,) = _main_events(sentence)
    assert [p.name for p in ev.met] == ["Тигран Арутюнян"]


@pytest.mark.parametrize(
    "sentence",
    [
        "8 сентября члены группы встретились с руководителем рабочей группы Министерства"
        " юстиции Андреем Кобахидзе.\n",
        "8 сентября члены группы встретились с главой штаба кандидата Андреем Кобахидзе.\n",
    ],
)
def test_a_group_or_staff_named_after_the_meeting_is_whom_it_met(sentence):
    (ev,) = _main_events(sentence)
    assert [p.name for p in ev.met] == ["Андрей Кобахидзе"]


@pytest.mark.parametrize(
    "body",
    [
        "Группа находилась в Армении с 6 сентября. Ее члены встретились с министром юстиции"
        " Тиграном Арутюняном.\n",
        "С 6 сентября наблюдатели работают в Ереване. Затем их принял министр юстиции"
        " Тигран Арутюнян.\n",
    ],
)
def test_a_meeting_after_the_start_of_a_stay_is_not_dated_by_it(body):
    (ev,) = _main_events(body)
    assert ev.date is None


@pytest.mark.parametrize(
    "body",
    [
        "«Вчера, 8 сентября, избиратели пришли на участки», — заявил на пресс-конференции"
        " координатор группы.\n",
        "10 сентября группа подвела итоги. «8 сентября мы побывали на участках. Все прошло"
        " спокойно», — сказал на пресс-конференции координатор.\n",
    ],
)
def test_a_day_inside_a_quotation_does_not_date_the_event(body):
    conferences = [e for e in _main_events(body) if e.kind == "press-conference"]
    assert all(e.date != date(2029, 9, 8) for e in conferences)


@pytest.mark.parametrize(
    "sentence",
    [
        "Наблюдатели прибыли в Армению 6 сентября, а 7 сентября встретились с министром"
        " юстиции Тиграном Арутюняном.\n",
        "Прибыв 6 сентября, члены группы уже на следующее утро, 7 сентября, провели встречу с"
        " министром юстиции Тиграном Арутюняном.\n",
    ],
)
def test_a_meeting_takes_the_day_written_nearest_to_it(sentence):
    (ev,) = _main_events(sentence)
    assert ev.date == date(2029, 9, 7)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Политика | 02.09.2024, 17:45\n\nНаблюдатели ОБСЕ дали оценку выборам\n\n"
            "Парламентарии ОБСЕ, наблюдавшие за вчерашними выборами в Милли Меджлис"
            " Азербайджана, сегодня дали им оценку. Делегация ПА ОБСЕ работала в Азербайджане"
            " с 29 августа. Вчера они наблюдали за голосованием в Баку и Гяндже.\n",
            date(2024, 9, 1),
        ),
        (
            "ЕРЕВАН, 14 мая 2031 г. — Группа наблюдателей от МПА СНГ подвела итоги"
            " парламентских выборов в Армении. 13 мая члены группы находились на участках в"
            " Ереване и Гюмри.\n",
            date(2031, 5, 13),
        ),
    ],
)
def test_without_a_stated_voting_day_the_day_observers_watched_the_vote_is_it(text, day):
    facts = extract("v.ru.txt", text)[1]
    assert facts.election.voting_date == day
    vdo = [e for e in facts.events if e.kind == "voting-day-observation"]
    assert [e.date for e in vdo] == [day]


@pytest.mark.parametrize(
    ("sentence", "regions"),
    [
        (
            "В день голосования наблюдатели находились на участках в Ереване, а также в"
            " сельских населенных пунктах Ширакской и Лорийской областей.\n",
            ["Ереван", "Ширакская область", "Лорийская область"],
        ),
        (
            "В день голосования члены группы посетили 20 участков в селах Котайкского марза.\n",
            ["Котайкский марз"],
        ),
    ],
)
def test_settlements_of_a_region_give_the_region(sentence, regions):
    (vdo,) = _voting_day(sentence)
    assert vdo.regions == regions


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "8 сентября члены группы побывали в аппарате Уполномоченного по правам человека"
            " (омбудсмена) Республики Армения, где их приняла омбудсмен Анна Петросян.\n",
            "аппарат Уполномоченного по правам человека (омбудсмена) Республики Армения",
        ),
        (
            "8 сентября в офисе Центральной избирательной комиссии наблюдатели встретились с"
            " секретарем комиссии Анной Петросян.\n",
            "офис Центральной избирательной комиссии",
        ),
    ],
)
def test_an_office_named_by_its_holder_is_a_venue(sentence, place):
    (ev,) = _main_events(sentence)
    assert ev.place == place


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Делегация ПА ОБСЕ, наблюдавшая за вчерашними парламентскими выборами в Азербайджане,"
            " сегодня в Баку дала им оценку. «Выборы прошли спокойно», — заявила на"
            " пресс-конференции глава делегации ПА ОБСЕ Анна Берг.\n",
            "Баку",
        ),
        (
            "Группа наблюдателей от МПА СНГ, наблюдавшая за парламентскими выборами в"
            " Азербайджане, сегодня в Гяндже подвела итоги мониторинга. Выводы группы огласил на"
            " пресс-конференции ее координатор.\n",
            "Гянджа",
        ),
    ],
)
def test_a_press_conference_with_no_place_is_where_the_item_says_they_spoke_that_day(text, city):
    facts = extract("p.ru.txt", "Политика | 02.09.2024, 17:45\n\n" + text)[1]
    conferences = [e for e in facts.events if e.kind == "press-conference"]
    assert [e.place for e in conferences] == [city]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "МОСКВА, 18 марта. Группа наблюдателей от МПА СНГ наблюдала за выборами Президента"
            " Российской Федерации, голосование на которых проходило 15–17 марта 2030 года."
            " Члены группы посетили 300 избирательных участков в Москве.\n",
            date(2030, 3, 17),
        ),
        (
            "Группа наблюдателей от МПА СНГ работала в России с 12 по 18 марта 2030 года на"
            " выборах Президента Российской Федерации. Выборы продлились три дня, с 15 по 17"
            " марта. Члены группы посетили 80 участков в Москве.\n",
            date(2030, 3, 17),
        ),
    ],
)
def test_a_vote_over_several_days_has_its_last_day_as_the_voting_day(text, day):
    facts = extract("m.ru.txt", text)[1]
    assert facts.election.voting_date == day
    assert [e.date for e in facts.events if e.kind == "voting-day-observation"] == [day]


@pytest.mark.parametrize(
    "head",
    [
        "ТБИЛИСИ, 28 октября. Группа наблюдателей от МПА СНГ наблюдала за парламентскими"
        " выборами в Грузии, состоявшимися 26 октября 2031 года.\n",
        "28 октября, Тбилиси /Корр./. Наблюдатели от МПА СНГ подвели итоги парламентских"
        " выборов в Грузии, прошедших 26 октября 2031 года.\n",
    ],
)
def test_the_datelines_day_does_not_date_the_meetings_told_after_it(head):
    facts = extract(
        "d.ru.txt",
        head + "Координатор группы провел встречу с послом Российской Федерации в Грузии"
        " Игорем Ивановым.\n",
    )[1]
    assert [(e.kind, e.date) for e in facts.events] == [("meeting", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "17 мая Олег Морозов был принят Председателем Национального Собрания Республики Армения"
        " Аленом Симоняном.",  # invented
        "17 мая О. Морозов был принят Министром иностранных дел Республики Армения Давидом"
        " Геворкяном.",
    ],
)
def test_received_by_an_official_in_the_passive_is_a_meeting(sentence):
    events = _events(sentence + "\n")
    assert [(e.kind, e.date) for e in events if e.kind == "meeting"] == [
        ("meeting", date(2026, 5, 17))
    ]
    assert len(events[0].met) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "19 мая координатор группы встретился с журналистами и огласил заявление группы.",
        "19 мая Олег Морозов выступил перед представителями СМИ с итоговым заявлением.",
    ],
)
def test_meeting_the_press_is_a_press_conference(sentence):
    events = _events(sentence + "\n")
    assert [(e.kind, e.date) for e in events] == [("press-conference", date(2026, 5, 19))]


def test_the_press_in_a_plan_is_no_event():
    assert _events("Координатор группы выступит перед журналистами 20 мая.\n") == []


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "16 мая члены группы, прибывшей в Ереван, встретились с Председателем ЦИК Республики"
            " Армения Ашотом Саркисяном.",  # invented: "в Ереван" is where they came
            None,
        ),
        (
            "16 мая в Ереване члены группы встретились с Председателем ЦИК Республики Армения"
            " Ашотом Саркисяном.",
            "Ереван",
        ),
    ],
)
def test_a_venue_is_where_the_event_was_not_where_someone_went(sentence, venue):
    events = _events(sentence + "\n")
    assert [(e.kind, e.place) for e in events] == [("meeting", venue)]


@pytest.mark.parametrize(
    "sentence",
    [
        "16 мая координатор группы провел консультации с Председателем ЦИК Республики Армения"
        " Ашотом Саркисяном.",  # invented
        "16 мая в ходе консультаций с Председателем ЦИК Республики Армения Ашотом Саркисяном"
        " обсуждались вопросы подготовки к голосованию.",
    ],
)
def test_consultations_with_an_official_are_a_meeting(sentence):
    events = _events(sentence + "\n")
    assert [(e.kind, e.date, [p.name for p in e.met]) for e in events] == [
        ("meeting", date(2026, 5, 16), ["Ашот Саркисян"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Баку, 8 февраля, АЗЕРТАДЖ\n\nСегодня в Баку свои заявления по итогам наблюдения за "
        "выборами Президента, состоявшимися 7 февраля 2024 года, огласили наблюдатели от СНГ. "
        "Выступая на пресс-конференции в Медиацентре ЦИК, глава миссии наблюдателей от СНГ "
        "отметил, что выборы прошли спокойно.",
        "МИНСК, 8 февраля 2024 г. Сегодня миссия наблюдателей от СНГ подвела итоги "
        "наблюдения за выборами 7 февраля 2024 года. Руководитель миссии выступил на "
        "пресс-конференции в Национальном пресс-центре.",  # invented
    ],
)
def test_today_in_the_lead_dates_what_follows(text):
    facts = extract("t.ru.txt", "Наблюдатели СНГ подвели итоги\n\n" + text)[1]
    assert [(e.kind, e.date) for e in facts.events if e.kind == "press-conference"] == [
        ("press-conference", date(2024, 2, 8))
    ]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Группа работает в Армении с 14 мая. На следующий день ее члены встретились с "
            "Председателем ЦИК Республики Армения Ашотом Саркисяном.",  # invented
            date(2026, 5, 15),
        ),
        (
            "Группа находится в Армении с 14 мая. В тот же день ее члены встретились с "
            "Председателем ЦИК Республики Армения Ашотом Саркисяном.",
            date(2026, 5, 14),
        ),
    ],
)
def test_a_day_relative_to_the_opening_of_a_stay(sentence, day):
    events = _events(sentence + "\n")
    assert [(e.kind, e.date) for e in events] == [("meeting", day)]


def test_a_meeting_after_the_opening_of_a_stay_without_a_relative_day_stays_undated():
    events = _events(
        "Группа работает в Армении с 14 мая. Ее члены встретились с Председателем ЦИК Республики"
        " Армения Ашотом Саркисяном.\n"
    )
    assert [(e.kind, e.date) for e in events] == [("meeting", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ранее руководитель группы Олег Морозов встретился с Председателем Центральной"
        " избирательной комиссии Республики Армения Ашотом Саркисяном.\n",
        "До этого наблюдатели были приняты министром иностранных дел Республики Армения"
        " Давидом Геворкяном.\n",
    ],
)
def test_an_earlier_undated_meeting_takes_no_day_from_the_sentence_before(sentence):
    events = _events("Группа наблюдателей от МПА СНГ 16 мая прибыла в Ереван.\n" + sentence)
    assert [(e.kind, e.date) for e in events if e.kind == "meeting"] == [("meeting", None)]


@pytest.mark.parametrize(
    "body",
    [
        "ЕРЕВАН, 19 мая 2026 г. – Выборы 18 мая были конкурентными, говорится в заявлении"
        " миссии БДИПЧ ОБСЕ по наблюдению за выборами. Миссия была развернута 10 апреля."
        " Заявление было представлено на пресс-конференции в Ереване.\n",
        "ЕРЕВАН, 19 мая 2026 года. /Корр. ТАСС/. Наблюдатели от МПА СНГ 12 мая встретились с"
        " Председателем ЦИК Армении Ашотом Саркисяном. Выводы группы координатор огласил на"
        " пресс-конференции в Национальном пресс-центре.\n",
    ],
)
def test_an_undated_press_conference_of_a_news_item_is_on_the_items_day(body):
    facts = extract("p.ru.txt", "Наблюдатели оценили выборы в Армении\n\n" + body)[1]
    got = [(e.kind, e.date) for e in facts.events if e.kind == "press-conference"]
    assert got == [("press-conference", date(2026, 5, 19))]


@pytest.mark.parametrize(
    "sentence",
    [
        "18 мая члены группы проследили за открытием участков в Ереване.\n",
        "В день голосования наблюдатели присутствовали при подсчете голосов в Гюмри.\n",
    ],
)
def test_watching_a_stage_of_the_vote_is_voting_day_observation(sentence):
    (event,) = _events(sentence)
    assert (event.kind, event.date) == ("voting-day-observation", date(2026, 5, 18))


@pytest.mark.parametrize(
    "sentence",
    [
        "16 мая в штаб-квартире группы прошел брифинг для журналистов.\n",
        "16 мая Олег Морозов ответил на вопросы журналистов в Ереване.\n",
    ],
)
def test_a_briefing_for_the_press_or_answers_to_its_questions_are_a_press_conference(sentence):
    (event,) = _events(sentence)
    assert (event.kind, event.date) == ("press-conference", date(2026, 5, 16))


@pytest.mark.parametrize(
    "sentence",
    [
        "16 мая координатор группы Олег Морозов и Председатель ЦИК Армении Ашот Саркисян"
        " обсудили подготовку к выборам.\n",
        "16 мая Олег Морозов нанес визит Председателю ЦИК Армении Ашоту Саркисяну.\n",
    ],
)
def test_talks_of_two_subjects_and_a_courtesy_visit_are_meetings(sentence):
    (event,) = _events(sentence)
    assert (event.kind, event.date) == ("meeting", date(2026, 5, 16))
    assert [p.post for p in event.met] == [
        "Председатель Центральной избирательной комиссии Республики Армения"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "В ходе работы члены группы встретились с Председателем ЦИК Армении Ашотом Саркисяном.\n",
        "В течение первой недели наблюдатели встретились с министром иностранных дел Армении"
        " Давидом Геворкяном.\n",
    ],
)
def test_a_meeting_some_day_of_a_period_has_no_day(sentence):
    events = _events("Группа наблюдателей от МПА СНГ 16 мая прибыла в Ереван.\n" + sentence)
    assert [(e.kind, e.date) for e in events] == [("meeting", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Координатор и члены группы провели встречи с Председателем ЦИК Армении Ашотом"
        " Саркисяном, представителями партий и гражданского общества.\n",
        "Миссия МПА СНГ провела встречи с министром иностранных дел Армении Давидом"
        " Геворкяном и кандидатами.\n",
    ],
)
def test_meetings_summed_up_keep_no_day_of_an_earlier_paragraph(sentence):
    events = _events("Группа наблюдателей от МПА СНГ 16 мая прибыла в Ереван.\n\n" + sentence)
    assert [(e.kind, e.date) for e in events] == [("meeting", None)]


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "16 мая руководство группы было принято Председателем ЦИК Армении Ашотом"
            " Саркисяном, а 17 мая координатор провел беседу с министром иностранных дел"
            " Армении Давидом Геворкяном.\n",
            [16, 17],
        ),
        (
            "Члены группы 15 мая встретились с Председателем ЦИК Армении Ашотом Саркисяном, 16"
            " мая — с министром иностранных дел Армении Давидом Геворкяном.\n",
            [15, 16],
        ),
    ],
)
def test_two_meetings_of_one_sentence_each_on_its_own_day(sentence, days):
    events = _events(sentence)
    got = [(e.date.day, [p.name for p in e.met]) for e in events]
    assert got == [(days[0], ["Ашот Саркисян"]), (days[1], ["Давид Геворкян"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "В день голосования наблюдатели намерены посетить участки в Ереване и Гюмри.\n",
        "Члены группы собираются наблюдать за голосованием в Ереване.\n",
    ],
)
def test_an_intention_is_no_event(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "19 мая в Международном мультимедийном пресс-центре МИА «Россия сегодня» в Москве"
            " состоялась пресс-конференция группы.\n",
            "Москва",
        ),
        (
            "19 мая Олег Морозов провел пресс-конференцию в Доме журналистов в Гюмри.\n",
            "Гюмри",
        ),
    ],
)
def test_a_press_conference_in_a_hall_is_placed_in_the_city_the_sentence_names(sentence, city):
    (event,) = _events(sentence)
    assert (event.kind, event.place) == ("press-conference", city)
