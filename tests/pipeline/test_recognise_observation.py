"""Is a text a report of an observation mission? Observers at work in an election make one
(an arrival, one meeting, an appointment, a statement of findings); a seminar or training for
observers, an accreditation notice, a conference on electoral law, a cooperation visit or a
commission's own news do not, though they name observers, an election and a date. Each side
has at least two phrasings; the first of each pair is invented, written for this test."""

from __future__ import annotations

import pytest

from builder.text.extract import extract


def _facts(text: str):
    return extract("t.ru.txt", text)[1]


REPORTS = {
    "arrival": [
        "Наблюдатели ПА ОДКБ прибыли в Ереван\n\n"
        "Группа наблюдателей от Парламентской ассамблеи ОДКБ прибыла в Ереван для наблюдения "
        "за внеочередными выборами в Национальное Собрание Республики Армения.",
        "Штаб Миссии наблюдателей от СНГ начал работу в Душанбе\n\n"
        "ДУШАНБЕ, 16 сентября. /ТАСС/. Миссия наблюдателей от СНГ в среду приступила к "
        "мониторингу подготовки выборов Президента Республики Таджикистан.",
    ],
    "one meeting, no date": [
        "Наблюдатели ШОС побеседовали с главой ЦИК Кыргызстана\n\n"
        "Члены миссии наблюдателей от ШОС встретились с Председателем Центральной комиссии по "
        "выборам и проведению референдумов Кыргызской Республики и обсудили подготовку к "
        "президентским выборам.",
        "Наблюдатели от МПА СНГ встретились с главой ЦИК и омбудсменом Азербайджана\n\n"
        "Группа международных наблюдателей от МПА СНГ, прибывшая в Баку для краткосрочного "
        "мониторинга внеочередных выборов в Милли Меджлис Азербайджанской Республики, провела "
        "встречу с Председателем ЦИК.",
    ],
    "appointment": [
        "Назначен руководитель миссии наблюдателей ОБСЕ в Грузии\n\n"
        "Действующий председатель ОБСЕ назначил Анну Ковальчук Специальным координатором "
        "миссии наблюдателей ОБСЕ на парламентских выборах в Грузии.",
        "Группу наблюдателей от МПА СНГ на выборах в Казахстане возглавит Игорь Петров\n\n"
        "Работу группы наблюдателей от МПА СНГ на выборах Президента Республики Казахстан "
        "возглавил депутат Государственной Думы Игорь Петров.",
    ],
    "statement of a mission without its organiser in the lead": [
        "МЕЖДУНАРОДНАЯ МИССИЯ ПО НАБЛЮДЕНИЮ ЗА ВЫБОРАМИ\n"
        "Республика Молдова — Выборы Президента, 3 ноября 2024 г.\n\n"
        "ЗАЯВЛЕНИЕ О ПРЕДВАРИТЕЛЬНЫХ ВЫВОДАХ\n\n"
        "В настоящем заявлении изложены предварительные выводы Бюро ОБСЕ по демократическим "
        "институтам и правам человека и Парламентской ассамблеи ОБСЕ. Делегацию ПА ОБСЕ "
        "возглавила Мария Линд, миссию БДИПЧ ОБСЕ возглавил Томас Берг.",
        "Наблюдатели ОБСЕ: выборам в Милли Меджлис не хватило конкуренции\n\n"
        "Парламентарии ОБСЕ, наблюдавшие за внеочередными выборами в Милли Меджлис "
        "Азербайджана, сегодня в Баку дали им сдержанную оценку.",
    ],
}

NOT_REPORTS = {
    "seminar or training for observers": [
        "В Минске прошел семинар для международных наблюдателей\n\n"
        "10 января 2025 года Центральная избирательная комиссия провела обучающий семинар для "
        "наблюдателей от СНГ и ШОС, которые будут наблюдать за выборами Президента Республики "
        "Беларусь. Наблюдатели приняли участие в практических занятиях.",
        "В Бишкеке обсудили совершенствование избирательного законодательства\n\n"
        "14 марта 2024 года в Бишкеке прошел международный семинар по вопросам наблюдения за "
        "выборами. В семинаре приняли участие эксперты БДИПЧ ОБСЕ и наблюдатели от МПА СНГ.",
    ],
    "accreditation notice": [
        "ЦИК Монголии аккредитовал 48 международных наблюдателей\n\n"
        "Главная избирательная комиссия Монголии 20 июня 2024 года аккредитовала "
        "наблюдателей от ОБСЕ и ШОС на выборах в Великий государственный хурал.",
        "Наблюдатели от СНГ аккредитованы в ЦИК Узбекистана\n\n"
        "Центральная избирательная комиссия Республики Узбекистан завершила аккредитацию "
        "международных наблюдателей на выборах Президента 9 июля 2023 года: наблюдатели от "
        "СНГ и ШОС получили удостоверения.",
    ],
    "conference on electoral law": [
        "В Астане обсудили международные стандарты выборов\n\n"
        "5 октября 2023 года в Астане прошла конференция «Выборы и наблюдение: опыт "
        "государств Содружества». Эксперты МИМРД МПА СНГ рассказали о мониторинге выборов и "
        "о рекомендациях наблюдателей.",
        "В Таврическом дворце обсудили развитие парламентаризма\n\n"
        "24 ноября 2022 года в Санкт-Петербурге состоялась международная научно-практическая "
        "конференция. Директор МИМРД МПА СНГ напомнил, что наблюдатели Ассамблеи приняли "
        "участие в мониторинге более 30 выборов и референдумов.",
    ],
    "cooperation visit": [
        "Делегация ЦИК Кыргызстана посетила Казахстан\n\n"
        "Делегация Центральной комиссии по выборам Кыргызской Республики 12 мая 2024 года "
        "посетила ЦИК Республики Казахстан для обмена опытом в организации выборов и "
        "наблюдения за ними.",
        "ЦИК Таджикистана и МИМРД МПА СНГ подписали меморандум\n\n"
        "3 апреля 2024 года в Душанбе подписан меморандум о взаимодействии в области "
        "мониторинга выборов и подготовки наблюдателей.",
    ],
    "commission's own news": [
        "ЦИК рассказал международным наблюдателям о порядке голосования\n\n"
        "Центральная избирательная комиссия 2 марта 2024 года провела брифинг для "
        "международных наблюдателей о порядке голосования на выборах Президента.",
        "В ЦИК Азербайджана подвели итоги регистрации кандидатов\n\n"
        "Центральная избирательная комиссия Азербайджанской Республики 1 февраля 2024 года "
        "завершила регистрацию кандидатов на внеочередных выборах Президента; за выборами "
        "смогут наблюдать международные наблюдатели.",
    ],
}


@pytest.mark.parametrize(
    "text",
    [pytest.param(t, id=f"{kind}-{i}") for kind, ts in REPORTS.items() for i, t in enumerate(ts)],
)
def test_observers_at_work_make_a_report(text: str) -> None:
    facts = _facts(text)
    assert facts.is_observation_report
    assert facts.missions


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, id=f"{kind}-{i}")
        for kind, ts in NOT_REPORTS.items()
        for i, t in enumerate(ts)
    ],
)
def test_other_events_with_observers_are_no_report(text: str) -> None:
    facts = _facts(text)
    assert facts.is_observation_report is False
    assert not facts.missions and not facts.events and not facts.people


def test_an_observation_act_outweighs_another_event_in_its_sentence() -> None:
    """ "получили аккредитацию и приступили к наблюдению": the act of observing decides, the
    accreditation is only its circumstance."""
    text = (
        "Наблюдатели от ШОС приступили к работе в Бишкеке\n\n"
        "Члены миссии наблюдателей от ШОС получили аккредитацию в ЦИК и приступили к "
        "наблюдению за выборами Президента Кыргызской Республики."
    )
    assert _facts(text).is_observation_report
    planned = text.replace("приступили", "приступят")
    assert _facts(planned).is_observation_report is False


def test_a_commission_acting_on_observers_is_its_own_news_but_its_head_meeting_them_is_not():
    """ "ЦИК провела брифинг для наблюдателей" is the commission's news; "Председатель ЦИК
    встретился с наблюдателями" is the observers' meeting (the commission is only the
    chairman's)."""
    news = (
        "ЦИК Казахстана провела брифинг для наблюдателей\n\n"
        "Центральная избирательная комиссия Республики Казахстан провела брифинг для "
        "международных наблюдателей на выборах депутатов Мажилиса."
    )
    assert _facts(news).is_observation_report is False
    meeting = (
        "Глава ЦИК Казахстана встретился с наблюдателями от СНГ\n\n"
        "Председатель ЦИК Республики Казахстан встретился с наблюдателями от СНГ на выборах "
        "депутатов Мажилиса и рассказал о подготовке к голосованию."
    )
    assert _facts(meeting).is_observation_report


def _verdict(sentence: str) -> bool | None:
    from builder.text.document import Doc
    from builder.text.languages.ru.recognise.context import build_context
    from builder.text.languages.ru.recognise.observation import sentence_verdict

    ctx = build_context(Doc(name="t", original=sentence, text=sentence))
    return sentence_verdict(ctx.sents[0])


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # a commission's delegation observing is observers at work, the commission only names it
        (
            "Делегация Центральной комиссии Республики Беларусь третий день наблюдает за "
            "выборами Президента Российской Федерации.",
            True,
        ),
        ("Делегация Центризбиркома Казахстана наблюдала за выборами в Сейм Латвии.", True),
        # the commission acting on observers is its own news; its chairman is not the commission
        ("ЦИК Казахстана провела брифинг для международных наблюдателей.", False),
        ("Председатель ЦИК провел брифинг для международных наблюдателей.", None),
    ],
)
def test_a_commission_named_inside_another_noun_is_not_the_subject(sentence, verdict):
    assert _verdict(sentence) is verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "БДИПЧ ОБСЕ опубликовало окончательный доклад о выборах в Мажилис Казахстана\n\n"
            "ВАРШАВА, 18 марта 2021 г. — Выборы депутатов Мажилиса были технически хорошо "
            "организованы, говорится в докладе.",
            True,
        ),
        (
            "ПАСЕ представила заявление о выборах в Армении\n\n"
            "Выборы в Национальное Собрание прошли конкурентно, говорится в заявлении.",  # invented
            True,
        ),
        (
            "ЦИК опубликовала доклад о выборах в Мажилис\n\n"
            "Выборы депутатов Мажилиса прошли организованно, говорится в докладе.",
            False,
        ),
    ],
)
def test_an_observing_bodys_own_report_on_an_election_needs_no_observer_word(text, expected):
    from builder.text.document import Doc
    from builder.text.languages.ru.recognise.context import build_context
    from builder.text.languages.ru.recognise.observation import is_observation_report

    assert is_observation_report(build_context(Doc(name="t", original=text, text=text))) is expected
