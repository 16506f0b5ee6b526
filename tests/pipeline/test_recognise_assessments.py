"""Assessments: speaker, polarity, recommendation, and the statement's words."""

from __future__ import annotations

import pytest

from builder.text.extract import extract

LEAD = (
    "Наблюдатели от МПА СНГ на выборах Президента Республики Беларусь\n"
    "С 5 по 9 августа 2020 года группа наблюдателей от МПА СНГ вела мониторинг выборов"
    " Президента Республики Беларусь. Голосование состоялось 9 августа.\n"
    "Координатором группы стал депутат Государственной Думы Игорь Смирнов.\n"
    "9 августа в Минске состоялась итоговая пресс-конференция группы.\n"
)


def _assessments(body: str):
    facts = extract("a.ru.txt", LEAD + body)[1]
    return [(a.by, a.polarity, a.recommendation, a.statement) for a in facts.assessments]


def test_named_speaker_and_pronoun_and_observers():
    got = _assessments(
        "И. Смирнов заявил, что выборы прошли в спокойной обстановке. По его словам,"
        " избирательные комиссии работали профессионально. Наблюдатели также отметили открытость"
        " избирательного процесса.\n"
    )
    assert got == [
        ("Игорь Смирнов", "positive", False, "выборы прошли в спокойной обстановке"),
        ("Игорь Смирнов", "positive", False, "избирательные комиссии работали профессионально"),
        (None, "positive", False, "открытость избирательного процесса"),
    ]


def test_shortcomings_announced_then_listed_and_a_recommendation():
    got = _assessments(
        "Вместе с тем наблюдатели указали на ряд недостатков. В списках избирателей значились"
        " умершие граждане. Группа рекомендовала провести сверку списков избирателей.\n"
    )
    assert got == [
        (None, "critical", False, "В списках избирателей значились умершие граждане"),
        (None, "critical", True, "провести сверку списков избирателей"),
    ]


def test_failures_that_did_not_affect_the_result_are_neutral():
    got = _assessments(
        "Отдельные сбои электронного оборудования не повлияли на итоги голосования.\n"
    )
    assert [(g[0], g[1]) for g in got] == [(None, "neutral")]


def test_no_violations_recorded_is_praise():
    got = _assessments("Нарушений избирательного законодательства наблюдатели не зафиксировали.\n")
    assert [(g[0], g[1]) for g in got] == [(None, "positive")]


def test_a_host_describing_their_work_is_not_an_assessment():
    got = _assessments(
        "6 августа наблюдатели встретились с Председателем ЦИК Лидией Ермошиной. Л. Ермошина"
        " рассказала о подготовке к выборам и мерах по обеспечению прозрачности голосования.\n"
    )
    assert got == []


def test_elections_without_violations_are_praised():
    got = _assessments("И. Смирнов отметил, что выборы прошли без серьезных нарушений.\n")
    assert [(g[0], g[1]) for g in got] == [("Игорь Смирнов", "positive")]


def test_a_speaker_named_by_post_is_the_official_met_earlier():
    got = _assessments(
        "6 августа наблюдатели встретились с Председателем Центральной избирательной комиссии"
        " Республики Беларусь Лидией Ермошиной. Глава ЦИК отметила высокий уровень готовности"
        " участковых комиссий.\n"
    )
    assert [(g[0], g[1]) for g in got] == [("Лидия Ермошина", "positive")]


def test_a_quotation_before_the_verb_names_its_speaker_after_it():
    got = _assessments(
        "«Выборы прошли организованно и открыто», — отметил Игорь Смирнов журналистам.\n"
    )
    assert got == [("Игорь Смирнов", "positive", False, "Выборы прошли организованно и открыто")]


def test_an_evaluative_headline_is_not_counted_again():
    text = (
        "Наблюдатели от МПА СНГ отметили открытость выборов в Беларуси\n"
        "С 5 по 9 августа 2020 года группа наблюдателей от МПА СНГ вела мониторинг выборов"
        " Президента Республики Беларусь. Голосование состоялось 9 августа.\n"
    )
    assert extract("h.ru.txt", text)[1].assessments == []


def test_speaker_after_kak_or_po_slovam():
    got = _assessments(
        "Как отметил Игорь Смирнов, голосование прошло организованно. По словам И. Смирнова,"
        " избирательные комиссии работали профессионально.\n"
    )
    assert got == [
        ("Игорь Смирнов", "positive", False, "голосование прошло организованно"),
        ("Игорь Смирнов", "positive", False, "избирательные комиссии работали профессионально"),
    ]


def test_conditions_are_praise_only_when_created():
    assert _assessments("Глава ЦИК подчеркнул, что кампания проходит в условиях пандемии.\n") == []
    got = _assessments("И. Смирнов отметил, что для наблюдателей созданы все условия.\n")
    assert [(g[0], g[1]) for g in got] == [("Игорь Смирнов", "positive")]


def test_remarks_with_content_are_not_an_announcement():
    got = _assessments(
        "Наблюдатели отметили ряд технических недочетов, которые не повлияли на результаты"
        " голосования.\n"
    )
    assert [(g[0], g[1]) for g in got] == [(None, "neutral")]


def test_a_pronoun_refers_to_the_last_sentences_subject_host_or_observer():
    got = _assessments(
        "6 августа наблюдатели встретились с Председателем ЦИК Лидией Ермошиной. Она отметила,"
        " что подготовка к выборам прошла организованно. И. Смирнов подчеркнул открытость"
        " комиссии. Он также отметил профессионализм ее членов.\n"
    )
    assert [(g[0], g[1]) for g in got] == [
        ("Лидия Ермошина", "positive"),
        ("Игорь Смирнов", "positive"),
        ("Игорь Смирнов", "positive"),
    ]


def test_group_head_named_by_role_in_an_as_clause():
    got = _assessments(
        "Как отметил координатор группы, голосование было организовано четко и прозрачно.\n"
        "Как заявила глава группы, избирательные комиссии работали слаженно.\n"
    )
    assert got == [
        ("Игорь Смирнов", "positive", False, "голосование было организовано четко и прозрачно"),
        ("Игорь Смирнов", "positive", False, "избирательные комиссии работали слаженно"),
    ]


def test_opinion_of_the_observers_and_impersonal_remarks_after_a_contrast():
    got = _assessments(
        "По мнению парламентариев, новые правила расширили возможности избирателей.\n"
        "Наблюдатели констатировали, что оборудование для подсчета работало без сбоев.\n"
        "Однако на некоторых участках фиксировались длинные очереди у кабин.\n"
        "В то же время, по оценке членов группы, часть участков размещалась в неудобных"
        " помещениях.\n"
    )
    assert got == [
        (None, "positive", False, "новые правила расширили возможности избирателей"),
        (None, "positive", False, "оборудование для подсчета работало без сбоев"),
        (None, "critical", False, "длинные очереди у кабин"),
        (None, "critical", False, "часть участков размещалась в неудобных помещениях"),
    ]


def test_impersonal_recommendation_and_a_named_assessor_with_po_otsenke():
    got = _assessments(
        "По оценке И. Смирнова, новый закон дает прочные гарантии прав кандидатов.\n"
        "Избирательной комиссии рекомендовано уточнить списки избирателей.\n"
    )
    assert got == [
        ("Игорь Смирнов", "positive", False, "новый закон дает прочные гарантии прав кандидатов"),
        (None, "critical", True, "уточнить списки избирателей"),
    ]


def test_a_headline_after_a_letterhead_is_no_assessment():
    text = (
        "МПА СНГ | Новости\n\n"
        "Наблюдатели: выборы в Армении прошли спокойно и организованно\n\n"
        "С 6 по 10 сентября 2029 года группа наблюдателей от МПА СНГ вела мониторинг выборов"
        " Президента Республики Армения. Голосование состоялось 9 сентября.\n"
        "Наблюдатели отметили открытость избирательных комиссий.\n"
    )
    facts = extract("h.ru.txt", text)[1]
    assert [a.statement for a in facts.assessments] == ["открытость избирательных комиссий"]


def test_drawing_attention_to_something_is_a_remark():
    got = _assessments(
        "Члены группы обратили внимание на случаи агитации вблизи помещений для голосования.\n"
        "Наблюдатели обратили внимание на высокий профессионализм членов комиссий.\n"
    )
    assert got == [
        (None, "critical", False, "случаи агитации вблизи помещений для голосования"),
        (None, "positive", False, "высокий профессионализм членов комиссий"),
    ]


def test_a_conclusion_reached_is_a_statement():
    got = _assessments(
        "Парламентарии пришли к выводу, что голосование было организовано профессионально.\n"
    )
    assert got == [(None, "positive", False, "голосование было организовано профессионально")]


def test_a_rating_given_is_an_assessment_of_its_speaker():
    got = _assessments("И. Смирнов дал высокую оценку работе избирательных комиссий.\n")
    assert got == [("Игорь Смирнов", "positive", False, "работе избирательных комиссий")]


def test_pointing_at_a_failure_and_a_recommendation_said_as_advisable():
    got = _assessments(
        "Вместе с тем наблюдатели указали на сбои в работе сканеров бюллетеней.\n"
        "Группа считает целесообразным расширить обучение членов комиссий.\n"
    )
    assert got == [
        (None, "critical", False, "сбои в работе сканеров бюллетеней"),
        (None, "critical", True, "расширить обучение членов комиссий"),
    ]


@pytest.mark.parametrize(
    ("sentence", "rec"),
    [
        ("По мнению наблюдателей, комиссиям следует активнее информировать избирателей.\n", True),
        ("Наблюдатели считают, что необходимо уточнить списки избирателей.\n", True),
        ("Следует отметить высокий профессионализм членов комиссий.\n", False),
    ],
)
def test_what_should_be_done_is_a_recommendation(sentence, rec):
    got = _assessments(sentence)
    assert [(g[1], g[2]) for g in got] == [("critical" if rec else "positive", rec)]


def test_violations_said_to_be_absent_are_praise_and_conclusions_reached_are_statements():
    got = _assessments(
        "И. Смирнов подчеркнул, что серьезных нарушений выявлено не было.\n"
        "По итогам наблюдения группа пришла к заключению, что голосование было свободным.\n"
        "Опираясь на выводы экспертов, И. Смирнов отметил открытость избирательных комиссий.\n"
    )
    assert got == [
        ("Игорь Смирнов", "positive", False, "серьезных нарушений выявлено не было"),
        (None, "positive", False, "голосование было свободным"),
        ("Игорь Смирнов", "positive", False, "открытость избирательных комиссий"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # not from any report
        "«Комиссии работали слаженно. Голосование прошло спокойно и организованно», — заявил"
        " И. Смирнов.\n",
        # the form of a news agency's report (dev-13)
        "«Мы не обнаружили нарушений, способных изменить результат. Избиратели имели возможность"
        " свободно сделать свой выбор», — отметил И. Смирнов.\n",
    ],
)
def test_a_quotation_over_several_sentences_is_one_statement_of_its_speaker(body):
    got = _assessments(body)
    assert [(g[0], g[1]) for g in got] == [("Игорь Смирнов", "positive")]
    assert "." in got[0][3]  # both sentences of the quotation, none left without a speaker


@pytest.mark.parametrize(
    "body",
    [
        "Голосование прошло спокойно и организованно, заявил вчера журналистам Игорь Смирнов.\n",
        "Выборы были открытыми и конкурентными, заявил в понедельник на пресс-конференции"
        " координатор группы, депутат Государственной Думы Игорь Смирнов.\n",
    ],
)
def test_a_reporting_clause_after_the_statement_names_its_speaker(body):
    got = _assessments(body)
    assert [(g[0], g[1]) for g in got] == [("Игорь Смирнов", "positive")]
    assert "заявил" not in got[0][3]


@pytest.mark.parametrize(
    "body",
    [
        "Выборы прошли открыто и организованно. Такую оценку дал журналистам Игорь Смирнов.\n",
        "Комиссии работали профессионально и открыто. Об этом заявил на брифинге Игорь Смирнов.\n",
    ],
)
def test_a_demonstrative_attribution_gives_the_sentence_before_its_speaker(body):
    got = _assessments(body)
    assert [(g[0], g[1]) for g in got] == [("Игорь Смирнов", "positive")]


@pytest.mark.parametrize(
    "body",
    [
        "Руководитель группы отметил профессионализм участковых комиссий.\n",
        "По словам главы группы, голосование прошло организованно.\n",
    ],
)
def test_the_head_named_by_role_is_the_missions_head(body):
    got = _assessments(body)
    assert [(g[0], g[1]) for g in got] == [("Игорь Смирнов", "positive")]


@pytest.mark.parametrize(
    "body",
    [
        "И. Смирнов призвал политические силы решать споры в правовом поле.\n",
        "Игорь Смирнов призвал комиссии активнее информировать избирателей.\n",
    ],
)
def test_a_call_is_a_recommendation_of_its_speaker(body):
    got = _assessments(body)
    assert [(g[0], g[1], g[2]) for g in got] == [("Игорь Смирнов", "critical", True)]


@pytest.mark.parametrize(
    "body",
    [
        # not from any report
        "И. Смирнов отметил, что комиссии работали профессионально, однако на ряде участков"
        " отмечались нарушения тайны голосования.\n",
        # the form of a news agency's report (dev-20)
        "По словам И. Смирнова, голосование прошло спокойно, хотя наблюдатели отмечали"
        " нарушения тайны голосования на ряде участков.\n",
    ],
)
def test_praise_then_a_remark_is_two_statements(body):
    got = _assessments(body)
    assert [(g[0], g[1]) for g in got] == [
        ("Игорь Смирнов", "positive"),
        ("Игорь Смирнов", "critical"),
    ]
    assert "нарушения" not in got[0][3] and "нарушения" in got[1][3]


@pytest.mark.parametrize(
    "body",
    [
        "И. Смирнов отметил, что на отдельных участках возникали очереди, однако они быстро"
        " рассасывались.\n",
        "По словам И. Смирнова, в ряде помещений было тесно и не хватало кабин, но комиссии"
        " быстро устраняли неудобства.\n",
    ],
)
def test_a_limited_remark_then_its_remedy_is_neutral(body):
    got = _assessments(body)
    assert [(g[0], g[1]) for g in got] == [("Игорь Смирнов", "neutral")]


@pytest.mark.parametrize(
    "body",
    [
        "И. Смирнов отметил, что в помещениях для голосования не хватало кабин.\n",
        "Наблюдатели отметили, что процедуры подсчета голосов не соблюдались.\n",
    ],
)
def test_a_good_thing_denied_is_a_remark(body):
    got = _assessments(body)
    assert [g[1] for g in got] == ["critical"]


@pytest.mark.parametrize(
    "heading",
    ["ЗАЯВЛЕНИЕ\nМиссии наблюдателей от МПА СНГ", "ПРОМЕЖУТОЧНЫЙ ОТЧЕТ"],
)
def test_in_a_missions_own_document_a_finding_needs_no_verb_of_saying(heading):
    text = (
        f"{heading}\n"
        "С 5 по 9 августа 2020 года группа наблюдателей от МПА СНГ вела мониторинг выборов"
        " Президента Республики Беларусь. Голосование состоялось 9 августа.\n"
        "Центральная комиссия работала открыто и профессионально.\n"
    )
    got = [(a.by, a.polarity) for a in extract("d.ru.txt", text)[1].assessments]
    assert got == [(None, "positive")]
    news = text.replace(heading, "Выборы в Беларуси")  # a news item needs its speaker
    assert [a.polarity for a in extract("n.ru.txt", news)[1].assessments] == []


@pytest.mark.parametrize(
    "body",
    [
        "Игорь Смирнов встретился с журналистами. «Голосование прошло спокойно и организованно»,"
        " — сказал он.\n",
        "Игорь Смирнов подвел итоги. «Комиссии работали профессионально», — подчеркнул он.\n",
    ],
)
def test_a_quotation_said_by_a_pronoun_is_the_person_named_before(body):
    got = _assessments(body)
    assert [(g[0], g[1]) for g in got] == [("Игорь Смирнов", "positive")]


@pytest.mark.parametrize(
    "body",
    [
        # not from any report
        "И. Смирнов подчеркнул, что наблюдатели будут беспристрастно и открыто оценивать"
        " работу избирательных комиссий.\n",
        # the form of an opening press release (dev-14)
        "Наблюдатели оценят избирательный процесс с точки зрения его соответствия"
        " национальному законодательству.\n",
    ],
)
def test_what_the_observers_will_do_is_a_plan_not_an_assessment(body):
    assert _assessments(body) == []


def test_what_the_observers_did_is_still_an_assessment():
    got = _assessments(
        "И. Смирнов подчеркнул, что наблюдатели оценили работу комиссий как открытую.\n"
    )
    assert [(g[0], g[1]) for g in got] == [("Игорь Смирнов", "positive")]


@pytest.mark.parametrize(
    ("body", "recommendations"),
    [
        ("Наблюдатели отметили, что ряд прежних рекомендаций не выполнен.\n", 0),
        ("И. Смирнов сообщил, что доклад с рекомендациями выйдет через два месяца.\n", 0),
        ("Группа считает, что власти должны расследовать сообщения о покупке голосов.\n", 1),
        ("Наблюдатели сформулировали рекомендации: унифицировать стенды о кандидатах.\n", 1),
    ],
)
def test_a_recommendation_is_made_not_mentioned(body, recommendations):
    got = _assessments(body)
    assert sum(1 for g in got if g[2]) == recommendations


@pytest.mark.parametrize(
    "sentence",
    [
        '"Ничего, что могло бы изменить итог голосования, наши наблюдатели не зафиксировали",'
        " - подчеркнул И. Смирнов.",
        "«Мы не увидели ничего, что могло бы поставить под сомнение итоги голосования», — сказал"
        " И. Смирнов.",
        "«Мы не выявили фактов, способных повлиять на волеизъявление граждан», — сказал"
        " И. Смирнов.",
    ],
)
def test_nothing_found_that_could_change_the_outcome_is_praise(sentence):
    got = _assessments(sentence + "\n")
    assert [(g[0], g[1]) for g in got] == [("Игорь Смирнов", "positive")]


def test_the_role_alone_as_subject_is_the_groups_head():
    got = _assessments(
        "Координатор отметил, что участки открылись вовремя и работали организованно.\n"
        "Руководитель подчеркнул, что голосование прошло спокойно.\n"
    )
    assert [(g[0], g[1]) for g in got] == [
        ("Игорь Смирнов", "positive"),
        ("Игорь Смирнов", "positive"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Наблюдатели отметили, что выборы были конкурентными, однако поспешные изменения правил"
        " снизили их значение.",
        "Наблюдатели отметили, что кампания шла свободно, но поздняя публикация списков лишила"
        " партии времени на проверку.",
    ],
)
def test_what_a_contrast_brings_after_praise_is_a_remark(sentence):
    got = _assessments(sentence + "\n")
    assert [g[1] for g in got] == ["positive", "critical"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Группа считает, что власти должны тщательно и своевременно расследовать все сообщения"
        " о подкупе.",
        "По мнению наблюдателей, парламенту следует заблаговременно и открыто обсуждать поправки"
        " к закону о выборах.",
    ],
)
def test_what_must_be_done_with_adverbs_between_is_a_recommendation(sentence):
    got = _assessments(sentence + "\n")
    assert [(g[1], g[2]) for g in got] == [("critical", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Наблюдатели отметили, что недочеты носили технический характер и оперативно устранялись.",
        "Наблюдатели отметили, что отдельные нарушения носили единичный характер.",
    ],
)
def test_technical_or_isolated_remarks_are_neutral(sentence):
    got = _assessments(sentence + "\n")
    assert [g[1] for g in got] == ["neutral"]


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        (  # a quotation told: a speech verb
            "«Участки открылись вовремя, обращений о нарушениях к нам не поступало», —"
            " рассказал И. Смирнов.",
            "positive",
        ),
        (  # a host telling how they work: no statement
            "Председатель ЦИК Анна Белова рассказала гостям о ходе выдвижения кандидатов и о"
            " жалобах избирателей.",
            None,
        ),
    ],
)
def test_telling_is_a_verb_of_saying_only_for_a_quotation(sentence, polarity):
    got = _assessments(sentence + "\n")
    assert [g[1] for g in got] == ([polarity] if polarity else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Бюро ОБСЕ по демократическим институтам и правам человека направило в страну 20"
        " экспертов.",
        "Группа работает в стране в соответствии со своим мандатом и Положением о наблюдателях.",
        "Часть группы ведет наблюдение на участках, открытых при посольствах.",
        "Наблюдатели обращают внимание на доступность участков для маломобильных граждан.",
    ],
)
def test_words_that_judge_nothing_make_no_assessment(sentence):
    assert _assessments(sentence + "\n") == []


def test_a_good_thing_in_the_genitive_of_negation_is_denied():
    got = _assessments(
        "Наблюдатели отметили, что открытых дебатов между кандидатами не проводилось.\n"
        "По мнению наблюдателей, свободной агитации у оппозиции не было.\n"
    )
    assert [g[1] for g in got] == ["critical", "critical"]


@pytest.mark.parametrize("verb", ["добавил", "рассказал"])
def test_a_quotation_added_is_a_statement_of_its_speaker(verb):
    got = _assessments(f"«Мы призываем власти пересмотреть закон о СМИ», — {verb} И. Смирнов.\n")
    assert [(g[0], g[1], g[2]) for g in got] == [("Игорь Смирнов", "critical", True)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Выборы прошли спокойно и были хорошо организованы, говорится в заявлении,"
            " опубликованном наблюдателями.\n",
            (None, "positive", False, "Выборы прошли спокойно и были хорошо организованы"),
        ),
        (
            "Голосование было хорошо подготовлено, — заявил Игорь Смирнов журналистам.\n",
            ("Игорь Смирнов", "positive", False, "Голосование было хорошо подготовлено"),
        ),
    ],
)
def test_a_statement_before_an_inverted_reporting_clause(body, expected):
    assert _assessments(body) == [expected]


def test_a_paragraphs_findings_in_one_sense_are_one_statement():
    got = _assessments(
        "Наблюдатели отметили, что выборы были конкурентными, однако кампания была"
        " малозаметной. Основные свободы в целом соблюдались, однако дебатов не проводилось.\n"
    )
    assert [(by, pol) for by, pol, _, _ in got] == [(None, "positive"), (None, "critical")]
    assert "; " in got[0][3] and "; " in got[1][3]


def test_findings_of_other_paragraphs_or_recommendations_stay_apart():
    got = _assessments(
        "Наблюдатели отметили, что выборы прошли спокойно.\n"
        "Наблюдатели также отметили открытость избирательного процесса.\n"
        "Группа рекомендовала усилить контроль. Группа рекомендовала обновить списки.\n"
    )
    assert [(pol, rec) for _, pol, rec, _ in got] == [
        ("positive", False),
        ("positive", False),
        ("critical", True),
        ("critical", True),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Выступая на брифинге, координатор, возглавивший группу, отметил, что выборы прошли"
            " спокойно.\n",
            "выборы прошли спокойно",
        ),
        (
            "Игорь Смирнов, депутат Государственной Думы, заявил, что голосование прошло"
            " спокойно.\n",
            "голосование прошло спокойно",
        ),
    ],
)
def test_a_comma_before_the_verb_that_closes_a_clause_about_the_speaker(body, expected):
    assert [st for _, _, _, st in _assessments(body)] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "«Участки работали слаженно», — поделился впечатлениями Игорь Смирнов.\n",
        "«Комиссии работают слаженно», — поделился первыми впечатлениями И. Смирнов.\n",
    ],
)
def test_sharing_impressions_is_saying(body):
    assert [(by, pol) for by, pol, _, _ in _assessments(body)] == [("Игорь Смирнов", "positive")]


@pytest.mark.parametrize(
    "body",
    [
        "«Участки прекрасно оснащены, в помещениях нет очередей», — отметил Игорь Смирнов.\n",
        "Игорь Смирнов заявил, что давления на избирателей нет.\n",
    ],
)
def test_a_shortcoming_said_to_be_absent_is_praise(body):
    assert [(by, pol) for by, pol, _, _ in _assessments(body)] == [("Игорь Смирнов", "positive")]


@pytest.mark.parametrize(
    "body",
    [
        "«Участки работают слаженно», — отметил Игорь Смирнов.\n"
        "По его словам, к наблюдателям обращений о нарушениях не поступало.\n",
        "Игорь Смирнов заявил, что выборы прошли спокойно.\n"
        "По его словам, жалоб от избирателей в группу не поступало.\n",
    ],
)
def test_by_his_words_goes_on_with_the_speakers_own_assessment(body):
    """The speaker is no head of the mission: "По его словам" after his own statement is his
    statement too (not a host describing their work)."""
    lead = (
        "Наблюдатели от МПА СНГ на выборах Президента Республики Беларусь\n"
        "С 5 по 9 августа 2020 года группа наблюдателей от МПА СНГ вела мониторинг выборов"
        " Президента Республики Беларусь. Голосование состоялось 9 августа.\n"
    )
    facts = extract("a.ru.txt", lead + body)[1]
    got = [(a.by, a.polarity) for a in facts.assessments]
    assert got == [("Игорь Смирнов", "positive"), ("Игорь Смирнов", "positive")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Выборы были хорошо организованы, однако прошли без подлинной конкуренции. Об этом"
            " говорится в окончательном докладе БДИПЧ ОБСЕ.\n",
            [(None, "positive"), (None, "critical")],
        ),
        (
            "Голосование прошло спокойно и организованно. Об этом говорится в заявлении группы.\n",
            [(None, "positive")],
        ),
    ],
)
def test_findings_attributed_to_a_document_by_the_next_sentence(body, expected):
    assert [(by, pol) for by, pol, _, _ in _assessments(body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        "В докладе содержится 31 рекомендация, в том числе: — отменить требование о минимальном"
        " числе членов партии; — декриминализировать клевету.\n",
        "Среди рекомендаций группы: упростить порядок регистрации наблюдателей и обеспечить"
        " доступ к подсчету голосов.\n",
    ],
)
def test_a_list_of_recommendations_is_one_recommendation(body):
    assert [(by, pol, rec) for by, pol, rec, _ in _assessments(body)] == [(None, "critical", True)]
