"""Names in the nominative, name forms with initials, and posts before or after a name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from builder.text import defaults
from builder.text.document import Doc
from builder.text.languages.ru.recognise.lexicon import sentences
from builder.text.languages.ru.recognise.people import (
    find_names,
    phrase_to_nominative,
    post_after,
    post_before,
    post_range,
)
from builder.text.normalise import Normaliser

normalise = Normaliser(defaults.models().morphology).normalise
REF = defaults.reference()


def _sent(text: str):
    clean, offsets = normalise(text)
    return sentences(Doc(name="t", original=text, text=clean, offsets=offsets))[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("встретились с Председателем Сената Касым- Жомартом Токаевым.", "Касым-Жомарт Токаев"),
        ("встреча с Председателем ЦИК Бериком Имашевым.", "Берик Имашев"),
        ("встретились с Натальей Кондратович, которая рассказала", "Наталья Кондратович"),
        ("группа встретилась с Саидмуродом Шарифзода.", "Саидмурод Шарифзода"),
        ("под руководством Дмитрия Белоусова.", "Дмитрий Белоусов"),
        ("Группа во главе с Олегом Лапиным работала", "Олег Лапин"),
        ("встретились с Виорелом Русу.", "Виорел Русу"),
        ("беседа с Анной Смирновой состоялась", "Анна Смирнова"),
        ("встреча с Яном Берг-\nстрёмом прошла", "Ян Бергстрём"),
    ],
)
def test_names_are_put_in_the_nominative(text, name):
    assert [n.name for n in find_names(_sent(text))] == [name]


def test_initials_keep_their_letters_and_decline_the_surname():
    names = find_names(_sent("И. Умаханов проинформировал К.-Ж. Токаева о результатах."))
    assert [(n.initials, n.surname) for n in names] == [("И.", "Умаханов"), ("К.-Ж.", "Токаев")]


def test_a_body_name_before_a_person_is_not_part_of_the_name():
    names = find_names(_sent("их принял Председатель Народного Собрания Гагаузии Дмитрий Бурлак."))
    assert [n.name for n in names] == ["Дмитрий Бурлак"]


def test_capitalised_body_words_are_not_names():
    text = "выборы в Маджлиси намояндагон Маджлиси Оли Республики Таджикистан прошли."
    assert find_names(_sent(text)) == []


def _post(text: str) -> str | None:
    sent = _sent(text)
    (name,) = find_names(sent)
    rng = post_before(sent, name, REF) or post_after(sent, name)
    return phrase_to_nominative(sent, rng[0], rng[1], name.case) if rng else None


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Координатором группы был назначен заместитель Председателя Совета Федерации"
            " Ильяс Умаханов.",
            "заместитель Председателя Совета Федерации",
        ),
        (
            "наблюдатели встретились с Председателем Центральной избирательной комиссии"
            " Республики Армения Ашотом Мелконяном.",
            "Председатель Центральной избирательной комиссии Республики Армения",
        ),
        (
            "Группа во главе с Олегом Лапиным, депутатом Палаты представителей, членом"
            " Постоянной комиссии по политическим вопросам, насчитывала 17 наблюдателей.",
            "депутат Палаты представителей, член Постоянной комиссии по политическим вопросам",
        ),
        (
            "Координатором группы стал Николай Сомов, первый заместитель председателя"
            " Комитета по делам СНГ, евразийской интеграции и связям с соотечественниками.",
            "первый заместитель председателя Комитета по делам СНГ, евразийской интеграции"
            " и связям с соотечественниками",
        ),
        (
            "Наблюдатели работали под руководством заместителя председателя Комитета по"
            " международным делам Дмитрия Белоусова.",
            "заместитель председателя Комитета по международным делам",
        ),
        (
            "3 октября, накануне дня голосования, заместитель Торага Жогорку Кенеша"
            " Нурбек Алымкулов принял наблюдателей.",
            "заместитель Торага Жогорку Кенеша",
        ),
        ("Группа во главе с Олегом Лапиным прибыла в Ереван.", None),
    ],
)
def test_posts_before_and_after_names(text, post):
    assert _post(text) == post


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("встретились с заместителем Председателя Мариной Зиминой.", "Марина Зимина"),
        ("встретились с Председателем ЦИК Еленой Ветровой.", "Елена Ветрова"),
        ("встретились с Председателем ЦИК Арманом Черных.", "Арман Черных"),
        ("беседа с Председателем Парламента Талантом Мамытовым.", "Талант Мамытов"),
    ],
)
def test_womens_and_indeclinable_surnames_and_first_names_that_are_common_words(text, name):
    assert [n.name for n in find_names(_sent(text))] == [name]


def test_names_keep_the_texts_spelling_of_e():
    assert [n.name for n in find_names(_sent("координировал Петр Толстой."))] == ["Петр Толстой"]
    assert [n.name for n in find_names(_sent("координировал Пётр Толстой."))] == ["Пётр Толстой"]


def test_a_patronymic_is_kept_and_a_surname_like_one_is_a_surname():
    # a name written with its patronymic keeps it (the readers' convention, tests/genre-more)
    names = find_names(
        _sent("встретились с Председателем Сената Касымом-Жомартом Кемелевичем Токаевым.")
    )
    assert [n.name for n in names] == ["Касым-Жомарт Кемелевич Токаев"]
    names = find_names(_sent("встретились с Натальей Кондратович, которая рассказала"))
    assert [n.name for n in names] == ["Наталья Кондратович"]


def test_an_unknown_first_name_before_a_surname_shaped_word():
    names = find_names(_sent("встретились с Председателем ЦИК Нургуль Шайлдабековой."))
    assert [n.surname for n in names] == ["Шайлдабекова"]
    assert find_names(_sent("в Жогорку Кенеше Кыргызской Республики прошли слушания.")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("встреча с Павлом Горошком прошла", "Павел Горошок"),
        ("принял наблюдателей вместе с Игорем Корольком.", "Игорь Королек"),
        ("по словам Олега Мартынюка, выборы", "Олег Мартынюк"),
    ],
)
def test_a_fleeting_vowel_of_ok_ek_surnames_comes_back(text, name):
    assert [n.name for n in find_names(_sent(text))] == [name]


def test_an_acting_post_keeps_its_participle_in_the_nominative_singular():
    s = _sent(
        "встретились с исполняющим обязанности Председателя Сената Республики Армения"
        " Гором Асатряном."
    )
    n = find_names(s)[0]
    rng = post_before(s, n, REF)
    assert rng is not None
    assert (
        phrase_to_nominative(s, rng[0], rng[1], n.case)
        == "исполняющий обязанности Председателя Сената Республики Армения"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("встреча с Министром юстиции Республики Таджикистан Рустамом Шохмуродзода.", None),
        ("приняты Председателем Маджлиси милли Тохиром Рахмонзода.", "Тохир Рахмонзода"),
        ("беседа с Председателем Сената Хушнудом Курбонзода.", "Хушнуд Курбонзода"),
    ],
)
def test_an_unknown_first_name_takes_the_case_of_the_post_it_follows(text, name):
    got = [n.name for n in find_names(_sent(text))]
    if name is None:  # a dictionary first name: already right
        assert got == ["Рустам Шохмуродзода"]
    else:
        assert got == [name]


def _heads(body: str) -> list[tuple[str, str | None]]:
    from builder.text.extract import extract

    lead = (
        "Наблюдатели ШОС на выборах в Казахстане\n"
        "Миссия наблюдателей от ШОС наблюдала за выборами Президента Республики Казахстан"
        " 20 ноября 2022 года. "
    )
    facts = extract("h.ru.txt", lead + body)[1]
    return [(m.coordinator.name, m.coordinator.post) for m in facts.missions if m.coordinator]


@pytest.mark.parametrize(
    ("body", "head"),
    [
        # the form of a news agency (dev-13)
        (
            "Итоговое заявление миссии огласил ее руководитель, заместитель Генерального"
            " секретаря ШОС Сохиб Юлдашев.\n",
            ("Сохиб Юлдашев", "заместитель Генерального секретаря ШОС"),
        ),
        # not from any report
        (
            "Работу миссии координировал ее глава, депутат Сената Иван Петров.\n",
            ("Иван Петров", "депутат Сената"),
        ),
    ],
)
def test_a_head_named_by_a_possessive_role_and_a_post_in_apposition(body, head):
    assert _heads(body) == [head]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Миссию возглавила Ирини Коцаки (Греция).\n", "Ирини Коцаки"),
        ("Миссию возглавил Йоханнес Ваартсен (Нидерланды).\n", "Йоханнес Ваартсен"),
    ],
)
def test_a_given_name_the_dictionary_does_not_know_is_found_by_the_tagger(body, name):
    assert [h[0] for h in _heads(body)] == [name]


@pytest.mark.parametrize(
    ("post", "office"),
    [
        (
            "руководитель, заместитель Генерального секретаря ШОС",
            "заместитель Генерального секретаря ШОС",
        ),
        ("глава миссии, депутат Сената", "депутат Сената"),
        ("депутат Сената, член комитета", "депутат Сената, член комитета"),
    ],
)
def test_the_mission_role_is_not_part_of_the_office(post, office):
    from builder.text.languages.ru.recognise.people import without_role

    assert without_role(defaults.ru_lexicon(), post) == office


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Главой Миссии утвержден Генеральный секретарь СНГ А. Н. Беляков.", "А. Н. Беляков"),
        ("Группу возглавил В. В. Петров, депутат Сената.", "В. В. Петров"),
        ("Наблюдатели встретились с К.-Ж. Токаевым.", "К.-Ж. Токаев"),
    ],
)
def test_initials_keep_the_space_or_hyphen_they_are_written_with(text, name):
    assert [n.name for n in find_names(_sent(text))] == [name]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (  # roles joined to roles are the posts held
            "— заявила глава делегации ПАСЕ, специальный координатор краткосрочных наблюдателей"
            " ОБСЕ Марта Линдквист.",
            "глава делегации ПАСЕ, специальный координатор краткосрочных наблюдателей ОБСЕ",
        ),
        (  # a role and then an office: the office
            "Глава Миссии СНГ, Генеральный секретарь СНГ Павел Дронов сообщил, что",
            "Генеральный секретарь СНГ",
        ),
        (
            "Руководитель группы — депутат Сейма Латвии Павел Дронов.",
            "депутат Сейма Латвии",
        ),
    ],
)
def test_a_mission_role_before_an_office_is_dropped_before_another_role_kept(text, post):
    assert _post(text) == post


def test_a_post_completed_with_its_body_writes_the_bodys_words_once():
    from builder.text.languages.ru.recognise.people import complete_post

    for text in (
        "Члены делегации встретились с председателем Центральной избирательной комиссии Иваном"
        " Петросяном.",
        "Члены делегации встретились с председателем избирательной комиссии Иваном Петросяном"
        " в Центральной избирательной комиссии Республики Армения.",
    ):
        sent = _sent(text)
        post = complete_post(_post(text), sent, defaults.reference(), "AM")
        assert post == "председатель Центральной избирательной комиссии Республики Армения"


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Группу возглавил Иван Петров (Россия), депутат Государственной Думы.",
            "депутат Государственной Думы",
        ),
        (
            "Координатор группы Иван Петров — заместитель председателя комитета Совета Федерации.",
            "заместитель председателя комитета Совета Федерации",
        ),
        (
            "Миссию возглавил бывший министр иностранных дел Литвы Иван Петров.",
            "бывший министр иностранных дел Литвы",
        ),
        ("Делегацию возглавил сенатор Иван Петров.", "сенатор"),
    ],
)
def test_the_office_after_a_bare_role_a_country_or_a_dash_is_the_post(text, post):
    from builder.text.languages.ru.recognise.people import post_range

    sent = _sent(text)
    (name,) = find_names(sent)
    rng = post_range(sent, name, REF)
    assert phrase_to_nominative(sent, rng[0], rng[1], name.case) == post


def _posts(text: str) -> dict[str, str | None]:
    """Every name of the sentence with the post ``post_range`` gives it, in the nominative."""
    sent = _sent(text)
    out = {}
    for name in find_names(sent):
        rng = post_range(sent, name, REF)
        out[name.name] = phrase_to_nominative(sent, rng[0], rng[1], name.case) if rng else None
    return out


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Заместитель главы миссии Анна Ковальска и политический аналитик миссии Томас Бергер"
            " встретились с ним.",
            {
                "Анна Ковальска": "Заместитель главы миссии",
                "Томас Бергер": "политический аналитик миссии",
            },
        ),
        (
            "Их приняли министр юстиции Олег Петров, председатель Верховного суда Иван Сидоров.",
            {"Олег Петров": "министр юстиции", "Иван Сидоров": "председатель Верховного суда"},
        ),
    ],
)
def test_another_persons_name_ends_a_post(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Члены делегации встретились с кандидатами в президенты, Председателем Верховного"
            " суда Анной Ивановой.",
            "Анна Иванова",
            "Председатель Верховного суда",
        ),
        (
            "Наблюдатели побеседовали с депутатами, советником министра Сергеем Ивановым.",
            "Сергей Иванов",
            "советник министра",
        ),
    ],
)
def test_a_plural_head_names_other_people_not_the_post(text, name, post):
    assert _posts(text)[name] == post


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Группа встретилась с юридическим советником миссии Анной Смирновой.",
            "юридический советник миссии",
        ),
        ("Выступил политический аналитик миссии Петр Иванов.", "политический аналитик миссии"),
    ],
)
def test_the_kind_of_post_before_its_head_is_part_of_it(text, post):
    assert _post(text) == post


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("утвержден Виктор Павлович Стародубцев.", "Виктор Павлович Стародубцев"),
        ("встреча с Анной Сергеевной Петровой прошла", "Анна Сергеевна Петрова"),
        ("их принял Нур-Али Каримович Исаев.", "Нур-Али Каримович Исаев"),
    ],
)
def test_a_patronymic_written_is_kept_in_the_nominative(text, name):
    assert [n.name for n in find_names(_sent(text))] == [name]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "беседа с главным редактором Национального информационного агентства Отабеком"
            " Назаровым.",
            "главный редактор Национального информационного агентства",
        ),
        ("их принял генеральный консул Казахстана Петр Иванов.", "генеральный консул Казахстана"),
    ],
)
def test_posts_of_the_press_and_of_consulates(text, post):
    assert _post(text) == post


def _person_posts(text: str) -> list[tuple[str, str | None]]:
    """(name, post) of every person of a sentence, as the people of a report are read."""
    sent = _sent(text)
    out = []
    for name in find_names(sent):
        rng = post_range(sent, name, REF)
        out.append((name.name, phrase_to_nominative(sent, *rng, name.case) if rng else None))
    return out


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Участники встретились с Кристиной Оганян, членом ЦИК Армении, и Давидом"
            " Петросяном, депутатом Национального Собрания.",
            [
                ("Кристина Оганян", "член ЦИК Армении"),
                ("Давид Петросян", "депутат Национального Собрания"),
            ],
        ),
        (
            "Группу приняли Иван Сомов, сенатор, и Олег Лапин, министр юстиции.",
            [("Иван Сомов", "сенатор"), ("Олег Лапин", "министр юстиции")],
        ),
        (
            "В группу вошли Анна Белова, член Палаты представителей, и И. Петров.",
            [("Анна Белова", "член Палаты представителей"), ("И. Петров", None)],
        ),
    ],
)
def test_a_list_of_people_with_posts_in_apposition_gives_each_their_own(text, posts):
    assert _person_posts(text) == posts


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Выступил Иван Сергеевич Петров, который является заместителем Председателя"
            " Совета Федерации.",
            "заместитель Председателя Совета Федерации",
        ),
        (
            "С наблюдателями встретилась Анна Белова, которая занимает пост министра юстиции.",
            "министр юстиции",
        ),
    ],
)
def test_a_relative_clause_that_states_the_post_is_an_apposition(text, post):
    assert _post(text) == post


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Юридический аналитик миссии Петр Иванов выступил.", "Юридический аналитик миссии"),
        ("Политический аналитик Анна Белова провела брифинг.", "Политический аналитик"),
        ("Брифинг провела медиа-аналитик Анна Белова.", "медиа-аналитик"),
        ("С журналистами встретился пресс-секретарь миссии Олег Лапин.", "пресс-секретарь миссии"),
        (
            "Встречу провела координатор долгосрочных наблюдателей Елена Васильева.",
            "координатор долгосрочных наблюдателей",
        ),
    ],
)
def test_core_team_posts_at_the_start_of_a_sentence_hyphenated_and_coordinators(text, post):
    assert _post(text) == post


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Наблюдатели встретились с Председателем ЦИК Нуржан Шайлдабековой.",
            "Нуржан Шайлдабекова",
        ),
        ("беседа с министром Бахыт Сыздыковой прошла", "Бахыт Сыздыкова"),
    ],
)
def test_a_womans_given_name_that_does_not_decline_takes_her_surnames_case(text, name):
    assert [n.name for n in find_names(_sent(text))] == [name]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Наблюдатели встретились с Олегом Лапиным, являющимся председателем Комитета"
            " по международным делам.",
            "председатель Комитета по международным делам",
        ),
        (
            "Группу принял Иван Петров, занимающий должность министра юстиции.",
            "министр юстиции",
        ),
    ],
)
def test_a_participle_that_states_the_post_is_an_apposition(text, post):
    assert _post(text) == post


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "С наблюдателями встретился Иван Петров (Россия, партия «Единая Россия»),"
            " депутат Государственной Думы.",
            "депутат Государственной Думы",
        ),
        (
            "Выступила Анна Белова (Казахстан, фракция «Ак жол»), член Сената.",
            "член Сената",
        ),
    ],
)
def test_who_a_person_is_in_brackets_does_not_hide_the_post_after(text, post):
    assert _post(text) == post


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Эксперты побывали у Уполномоченного Олий Мажлиса по правам человека (омбудсмана)"
            " Дилором Юсуповой.",
            "Уполномоченный Олий Мажлиса по правам человека (омбудсман)",
        ),
        (
            "Наблюдателей принял Уполномоченный по правам человека (омбудсмен) Иван Петров.",
            "Уполномоченный по правам человека (омбудсмен)",
        ),
    ],
)
def test_a_posts_other_name_in_brackets_is_part_of_it(text, post):
    assert _post(text) == post


def test_a_venues_bracketed_post_stays_in_its_genitive_tail():
    sent = _sent(
        "Члены группы побывали в аппарате Уполномоченного по правам человека (омбудсмена)."
    )
    start = next(t.i for t in sent.toks if t.lower == "аппарате")
    assert (
        phrase_to_nominative(sent, start, len(sent.toks) - 1, "loct")
        == "аппарат Уполномоченного по правам человека (омбудсмена)"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Эксперты побывали у Уполномоченного Дилором Юсуповой.", "Дилором Юсупова"),
        ("Группа встретилась с министром Гулором Саидовой.", "Гулором Саидова"),
    ],
)
def test_a_womans_given_name_known_only_as_a_mans_stays_as_written(text, name):
    assert [n.name for n in find_names(_sent(text))] == [name]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Наблюдателей принял Уполномоченный по правам человека Иван Петров.",
            "Уполномоченный по правам человека",
        ),
        (
            "Группа встретилась с Уполномоченным по правам ребенка Анной Беловой.",
            "Уполномоченный по правам ребенка",
        ),
    ],
)
def test_a_substantivised_adjective_before_a_preposition_is_the_head(text, post):
    assert _post(text) == post


def test_which_heads_are_mission_roles_is_read_from_the_reference_handed_down():
    """A role joined to a role ("глава делегации ПА ОБСЕ, специальный координатор ...") is
    kept only when the reference data says its head word begins a mission's role."""
    text = "Выступил глава делегации ПАСЕ, специальный координатор ОБСЕ Иван Петров."
    sent = _sent(text)
    (name,) = find_names(sent)
    kept = post_before(sent, name, REF)
    others = tuple(p for p in REF.posts if p.kind != "mission")
    dropped = post_before(sent, name, replace(REF, posts=others))
    assert sent.span_text(*kept).startswith("глава делегации")
    assert sent.span_text(*dropped).startswith("специальный координатор")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Возглавляет группу Генеральный секретарь Совета Аркадий Семенович Ордин-Ващенко.",
            "Аркадий Семенович Ордин-Ващенко",
        ),
        ("Выступил Петр Ильич Бонч-Бруевич.", "Петр Ильич Бонч-Бруевич"),
        (
            "Миссию возглавил депутат Мажилиса Максут Ерболулы Нарикбаев.",
            "Максут Ерболулы Нарикбаев",
        ),
        ("Их принял министр Айдар Серикулы Жумабаев.", "Айдар Серикулы Жумабаев"),
    ],
)
def test_a_surname_after_a_patronymic_and_turkic_patronymics(text, name):
    assert [n.name for n in find_names(_sent(text))] == [name]
