"""ODIHR's releases in Russian and a joint mission's own phrasing: the head introduced by a
pronoun or past a participial clause, the start from "развернута", and findings spread over a
report's paragraphs (each rule with a phrasing from a report and one from no report)."""

from __future__ import annotations

from datetime import date

import pytest

from builder.text.extract import extract

ODIHR_LEAD = (
    "Наблюдатели БДИПЧ ОБСЕ в Молдове\n"
    "Парламентские выборы в Республике Молдова состоятся 24 февраля 2019 года.\n"
)
CIS_LEAD = (
    "Наблюдатели от СНГ в Кыргызстане\n"
    "Выборы Президента Кыргызской Республики состоятся 15 октября 2017 года.\n"
)


def _main(lead: str, body: str):
    return extract("o.ru.txt", lead + body)[1].main_mission


@pytest.mark.parametrize(
    ("lead", "body", "head"),
    [
        (
            ODIHR_LEAD,
            "Миссия БДИПЧ ОБСЕ по наблюдению за выборами начала работу в Кишиневе 15 января."
            " Ее возглавляет посол Маркус Эльвинг-Хорн.\n",
            "Маркус Эльвинг-Хорн",
        ),
        (
            CIS_LEAD,
            "Миссия наблюдателей от СНГ приступила к работе в Бишкеке 2 октября. Её возглавляет"
            " первый заместитель Председателя Исполнительного комитета СНГ Иван Петров.\n",
            "Иван Петров",
        ),
    ],
)
def test_a_head_introduced_by_a_pronoun_heads_the_mission_named_just_before(lead, body, head):
    main = _main(lead, body)
    assert main.coordinator is not None and main.coordinator.name == head


@pytest.mark.parametrize(
    ("lead", "body", "head"),
    [
        (
            ODIHR_LEAD,
            "Миссию БДИПЧ ОБСЕ по наблюдению за выборами, работающую в Молдове с 15 января,"
            " возглавляет посол Юстина Ловренчич.\n",
            "Юстина Ловренчич",
        ),
        (
            CIS_LEAD,
            "Миссию наблюдателей от СНГ, прибывшую в Бишкек 2 октября, возглавляет первый"
            " заместитель Председателя Исполнительного комитета СНГ Иван Петров.\n",
            "Иван Петров",
        ),
    ],
)
def test_a_participial_clause_between_the_mission_and_its_head_verb(lead, body, head):
    main = _main(lead, body)
    assert main.coordinator is not None and main.coordinator.name == head


@pytest.mark.parametrize(
    "body",
    [
        "Миссия БДИПЧ ОБСЕ по наблюдению за выборами развернута в Кишиневе 15 января.\n",
        "15 января в Кишиневе была развернута миссия БДИПЧ ОБСЕ по наблюдению за выборами.\n",
    ],
)
def test_a_mission_deployed_on_a_day_starts_on_it(body):
    assert _main(ODIHR_LEAD, body).start == date(2019, 1, 15)


def test_long_term_observers_deployed_do_not_start_the_mission():
    body = (
        "Миссия БДИПЧ ОБСЕ по наблюдению за выборами открыта в Кишиневе 15 января."
        " Долгосрочные наблюдатели миссии развернуты в регионах 22 января.\n"
    )
    assert _main(ODIHR_LEAD, body).start == date(2019, 1, 15)


NEWS_LEAD = (
    "Наблюдатели БДИПЧ ОБСЕ в Молдове\n"
    "Парламентские выборы в Республике Молдова состоятся 24 февраля 2019 года. Миссия БДИПЧ"
    " ОБСЕ по наблюдению за выборами начала работу в Кишиневе 15 января.\n"
)


def _assessments(body: str, lead: str = NEWS_LEAD):
    facts = extract("a.ru.txt", lead + body)[1]
    return [(a.by, a.polarity, a.recommendation, a.statement) for a in facts.assessments]


@pytest.mark.parametrize(
    ("body", "statement"),
    [
        (
            "Некоторые собеседники сообщили миссии о давлении на кандидатов; миссия продолжит"
            " следить за этими сообщениями.\n",
            "о давлении на кандидатов",
        ),
        (
            "Ряд партий сообщил наблюдателям о случаях подкупа избирателей; наблюдатели"
            " продолжат изучать эти сообщения.\n",
            "о случаях подкупа избирателей",
        ),
    ],
)
def test_a_plan_in_a_clause_of_its_own_leaves_the_finding_before_it(body, statement):
    got = _assessments(body)
    assert [(g[0], g[1]) for g in got] == [(None, "critical")]
    assert got[0][3].startswith(statement)


@pytest.mark.parametrize(
    "body",
    [
        "По мнению ряда собеседников, новые правила финансирования кампании не обеспечивают ее"
        " прозрачности.\n",
        "Наблюдатели отметили, что закон не обеспечивает кандидатам равного доступа к СМИ.\n",
    ],
)
def test_a_good_thing_not_provided_is_a_remark(body):
    assert [(g[0], g[1]) for g in _assessments(body)] == [(None, "critical")]


OWN_LEAD = (
    "Миссия БДИПЧ ОБСЕ по наблюдению за выборами\n"
    "Республика Молдова — Парламентские выборы, 24 февраля 2019 года\n"
    "ПРОМЕЖУТОЧНЫЙ ОТЧЕТ\n"
    "Миссия БДИПЧ ОБСЕ по наблюдению за выборами начала работу в Кишиневе 15 января.\n"
)


@pytest.mark.parametrize(
    ("body", "statement"),
    [
        (
            "Вместе с тем ряд прежних рекомендаций БДИПЧ, в том числе об ограничении агитации"
            " должностных лиц, остается невыполненным.\n",
            "ряд прежних рекомендаций БДИПЧ, в том числе об ограничении агитации должностных"
            " лиц, остается невыполненным",
        ),
        (
            "Однако часть жалоб, поданных кандидатами, рассматривалась с нарушением сроков.\n",
            "часть жалоб, поданных кандидатами, рассматривалась с нарушением сроков",
        ),
    ],
)
def test_a_contrast_opening_a_finding_is_skipped_not_its_first_clause(body, statement):
    assert [(g[0], g[1], g[3]) for g in _assessments(body, OWN_LEAD)] == [
        (None, "critical", statement)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Выборы были конкурентными и хорошо организованными; вместе с тем злоупотребление"
        " административным ресурсом размывало грань между партией власти и государством.\n",
        "Кампания прошла спокойно и открыто; в то же время на многих участках на"
        " избирателей оказывалось давление.\n",
    ],
)
def test_praise_then_a_remark_after_a_semicolon_and_a_contrast_are_two_statements(body):
    got = _assessments(body, OWN_LEAD)
    assert [(g[0], g[1]) for g in got] == [(None, "positive"), (None, "critical")]
    assert got[1][3].split()[0].lower() in {"злоупотребление", "на"}


@pytest.mark.parametrize(
    "body",
    [
        "Миссия пришла к выводу, что выборы были конкурентными и хорошо организованными.\n"
        "Кандидаты могли свободно вести кампанию, а избиратели имели реальный выбор.\n",
        "Наблюдатели отметили, что голосование прошло спокойно.\n"
        "Подсчет голосов на большинстве участков проводился прозрачно и профессионально.\n",
    ],
)
def test_the_missions_findings_go_on_into_the_next_paragraph(body):
    assert [(g[0], g[1]) for g in _assessments(body)] == [(None, "positive"), (None, "positive")]


def test_a_paragraph_without_findings_ends_them():
    body = (
        "Миссия отметила, что выборы прошли спокойно.\n"
        "Наблюдатели встретились с Председателем ЦИК Сильвиу Морару.\n"
        "Центральная избирательная комиссия работает открыто.\n"
    )
    assert [(g[0], g[1]) for g in _assessments(body)] == [(None, "positive")]


@pytest.mark.parametrize("heading", ["Предварительные выводы", "ОСНОВНЫЕ ВЫВОДЫ И ЗАКЛЮЧЕНИЯ"])
def test_findings_under_a_heading_of_findings_are_the_missions(heading):
    body = (
        f"{heading}\n"
        "Выборы были конкурентными, основные свободы в целом соблюдались.\n"
        "Вместе с тем злоупотребление административным ресурсом размывало грань между партией"
        " власти и государством.\n"
        "Деятельность миссии\n"
        "Центральная избирательная комиссия работает открыто.\n"
    )
    assert [(g[0], g[1]) for g in _assessments(body)] == [(None, "positive"), (None, "critical")]


JOINT_LEAD = (
    "Международная миссия по наблюдению за выборами в Грузии\n"
    "Выборы Президента Грузии состоялись 28 октября 2018 года. Миссию БДИПЧ ОБСЕ по"
    " наблюдению за выборами возглавляет посол Юстина Ловренчич. Делегацию ПАСЕ возглавляла"
    " Мария-Луиза Бреннер, делегацию ПА ОБСЕ — Петер Остерманн.\n"
)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "«Выборы прошли спокойно и организованно», — сказала г-жа Бреннер.\n",
            "Мария-Луиза Бреннер",
        ),
        (
            "«Выборы были конкурентными и хорошо организованными», — заявил журналистам"
            " господин Остерманн.\n",
            "Петер Остерманн",
        ),
        (
            "По словам посла Ловренчич, голосование прошло спокойно и организованно.\n",
            "Юстина Ловренчич",
        ),
    ],
)
def test_a_surname_after_a_form_of_address_is_the_person_named_in_full(body, speaker):
    got = _assessments(body, JOINT_LEAD)
    assert [(g[0], g[1]) for g in got] == [(speaker, "positive")]


@pytest.mark.parametrize(
    "body",
    [
        "«Наша миссия продолжит наблюдение до второго тура, — сказала посол Ловренчич. —"
        " Жалобы на давление на избирателей следует рассматривать быстро и гласно».\n",
        "«Мы останемся в стране до объявления итогов, — отметила посол Ловренчич. — Власти"
        " должны расследовать все сообщения о подкупе избирателей».\n",
    ],
)
def test_a_quotation_going_on_after_its_reporting_clause_keeps_its_speaker(body):
    got = _assessments(body, JOINT_LEAD)
    assert [(g[0], g[1], g[2]) for g in got] == [("Юстина Ловренчич", "critical", True)]


@pytest.mark.parametrize(
    "body",
    [
        "По словам г-жи Бреннер, «напряженная и поляризованная обстановка оставила мало места"
        " для обсуждения программ кандидатов».\n",
        "Наблюдатели отметили глубокую поляризацию общества в ходе кампании.\n",
    ],
)
def test_polarisation_is_a_remark(body):
    assert [g[1] for g in _assessments(body, JOINT_LEAD)] == ["critical"]


GROUP_LEAD = (
    "Наблюдатели от МПА СНГ на выборах Президента Республики Казахстан\n"
    "С 18 по 21 ноября 2022 года группа наблюдателей от Межпарламентской Ассамблеи государств"
    " — участников СНГ вела мониторинг выборов Президента Республики Казахстан.\n"
)


@pytest.mark.parametrize(
    ("body", "post"),
    [
        (
            "Координатор группы Иван Петров — заместитель Председателя Совета Федерации —"
            " отметил, что выборы прошли спокойно.\n",
            "заместитель Председателя Совета Федерации",
        ),
        (
            "Руководитель группы Анна Смирнова — депутат Мажилиса Парламента Республики"
            " Казахстан — рассказала журналистам о работе наблюдателей.\n",
            "депутат Мажилиса Парламента Республики Казахстан",
        ),
    ],
)
def test_a_post_between_dashes_ends_at_the_second_dash(body, post):
    head = _main(GROUP_LEAD, body).coordinator
    assert head is not None and head.post == post


@pytest.mark.parametrize(
    "body",
    [
        "Руководитель группы наблюдателей Иван Петров — заместитель Председателя Совета"
        " Федерации.\n",
        "Руководитель группы наблюдателей от МПА СНГ Иван Петров, заместитель Председателя"
        " Совета Федерации, отметил, что выборы прошли спокойно.\n",
    ],
)
def test_a_role_naming_its_group_gives_way_to_the_office_after_the_name(body):
    head = _main(GROUP_LEAD, body).coordinator
    assert head is not None and head.post == "заместитель Председателя Совета Федерации"


@pytest.mark.parametrize(
    "body",
    [
        "18.03.2018 | 16:40 | Пресс-служба ЦИК КР\n"
        "Делегация ЦИК Кыргызстана наблюдает сегодня за голосованием на выборах Президента"
        " Российской Федерации.\n",
        "Наблюдатели от СНГ 18 марта 2018 года следили за голосованием на участках Москвы и"
        " Подмосковья.\n",
    ],
)
def test_the_day_observers_watch_the_vote_is_the_voting_day(body):
    lead = "Наблюдатели на выборах Президента Российской Федерации\n"
    election = extract("v.ru.txt", lead + body)[1].election
    assert election is not None and election.voting_date == date(2018, 3, 18)


def test_watching_early_voting_gives_no_voting_day():
    body = (
        "Наблюдатели от СНГ 14 марта 2018 года следили за досрочным голосованием на участках"
        " Москвы.\n"
    )
    lead = "Наблюдатели на выборах Президента Российской Федерации\n"
    election = extract("v.ru.txt", lead + body)[1].election
    assert election is None or election.voting_date is None


@pytest.mark.parametrize(
    ("body", "head", "post"),
    [
        (
            "Группой, в которую вошли 36 парламентариев из восьми государств Содружества,"
            " руководил член Постоянной комиссии МПА СНГ по политическим вопросам, депутат"
            " Национального Собрания Республики Армения Арам Вардгесович Сапарян.\n",
            "Арам Вардгесович Сапарян",
            "член Постоянной комиссии МПА СНГ по политическим вопросам, депутат Национального"
            " Собрания Республики Армения",
        ),
        (
            "Группу, которая прибыла в Астану 15 ноября, возглавляет депутат Сената Иван Петров.\n",
            "Иван Петров",
            "депутат Сената",
        ),
    ],
)
def test_a_relative_clause_between_the_group_and_its_head_verb(body, head, post):
    found = _main(GROUP_LEAD, body).coordinator
    assert found is not None and (found.name, found.post) == (head, post)
