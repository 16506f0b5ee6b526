"""The coding rules on single sentences: negation, hedges, contrasts, recommendations.

Each rule is tested with at least two phrasings, one of them written here and taken from no
report, in Russian and in English.
"""

from __future__ import annotations

import pytest

from builder.coding.cues import fold, load_cues
from builder.coding.findings import topic_of
from builder.coding.recommendations import recommendations_in
from builder.coding.sentences import Sentence
from builder.coding.verdict import judge
from builder.facts.model import Span
from builder.text import defaults


def sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text, fold(text), Span(0, len(text)))


def verdict(language: str, text: str, following: str | None = None) -> str | None:
    j = judge(load_cues(language), sentence(text), sentence(following) if following else None)
    return j.value if j else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Нарушений, которые могли бы повлиять на итоги, не выявлено, выборы состоялись."),
        (
            "ru",
            "Наблюдатели не зафиксировали на выборах нарушений, способных повлиять на результаты.",
        ),
        ("en", "The observers found no violations that could have affected the election results."),
        ("en", "Irregularities noted during the vote did not affect the outcome."),
    ],
)
def test_negated_violations_endorse(language: str, text: str) -> None:
    assert verdict(language, text) == "endorse"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Выборы не были свободными и честными."),
        ("ru", "Миссия считает, что голосование не соответствовало демократическим стандартам."),
        ("en", "The election was not free, and it did not meet OSCE commitments."),
        ("en", "The vote was neither free nor fair."),
    ],
)
def test_negated_praise_is_critical(language: str, text: str) -> None:
    assert verdict(language, text) == "critical"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Выборы были конкурентными и в целом хорошо организованными, однако давление на "
            "независимых кандидатов снизило доверие к ним.",
        ),
        (
            "ru",
            "Референдум прошел открыто, но наблюдатели отметили серьезные проблемы со списками.",
        ),
        (
            "en",
            "The election was generally orderly and competitive, but the campaign was marred "
            "by misuse of administrative resources.",
        ),
        ("en", "Voters had a genuine choice, although the vote was affected by pressure on staff."),
    ],
)
def test_praise_then_shortcomings_is_qualified(language: str, text: str) -> None:
    assert verdict(language, text) == "qualified"


@pytest.mark.parametrize(
    ("language", "text", "following"),
    [
        ("ru", "Голосование в целом прошло спокойно.", "Однако наблюдатели указали на недостатки."),
        ("en", "Election day was generally calm.", "However, observers raised serious concerns."),
    ],
)
def test_hedged_praise_then_remarks_is_qualified(language: str, text: str, following: str) -> None:
    assert verdict(language, text, following) == "qualified"
    assert verdict(language, text) is None  # the hedge alone judges nothing


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Выборы прошли в соответствии с законодательством, а недочеты не повлияли на итоги.",
        ),
        ("en", "The elections were free, but minor procedural errors did not affect the outcome."),
    ],
)
def test_shortcomings_without_effect_still_endorse(language: str, text: str) -> None:
    assert verdict(language, text) == "endorse"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Миссия оценит, будут ли выборы соответствовать международным стандартам."),
        ("ru", "Миссия БДИПЧ по демократическим институтам открыла офис перед выборами."),
        (
            "en",
            "The mission will assess whether the elections are held in line with OSCE commitments.",
        ),
        ("en", "Voters deserve an election that is free from pressure."),
        ("en", "The Office for Democratic Institutions opened a mission for the elections."),
    ],
)
def test_no_judgement_yet(language: str, text: str) -> None:
    assert verdict(language, text) is None


def test_fails_standards_wins_over_praise_in_the_same_sentence() -> None:
    text = "The election was efficiently administered, but it fell short of OSCE commitments."
    assert verdict("en", text) == "critical"


def recs(language: str, text: str) -> list[tuple[str, str | None]]:
    s = sentence(text)
    return [
        (text[i.start : i.stop], i.addressee) for i in recommendations_in(load_cues(language), s)
    ]


def test_recommendation_starts_at_the_verb_and_finds_its_addressee() -> None:
    assert recs(
        "ru", "Группа рекомендовала Центральной избирательной комиссии обновить списки."
    ) == [
        (
            "рекомендовала Центральной избирательной комиссии обновить списки",
            "election-administration",
        )
    ]
    assert recs("en", "The delegation urges the authorities to repeal the law.") == [
        ("urges the authorities to repeal the law", "authorities")
    ]


def test_a_modal_recommendation_keeps_its_subject_as_addressee() -> None:
    assert recs("ru", "Парламенту следует упростить регистрацию партий.") == [
        ("Парламенту следует упростить регистрацию партий", "parliament")
    ]
    assert recs("en", "The CEC should publish results by polling station.") == [
        ("The CEC should publish results by polling station", "election-administration")
    ]


def test_listed_recommendations_are_one_each() -> None:
    text = "The report says the authorities should: - lift limits on assembly; - publish results."
    assert [r for r, _ in recs("en", text)] == ["lift limits on assembly", "publish results"]
    text = "Миссия рекомендует ЦИК уточнить списки, а также обеспечить доступ к участкам."
    assert [r for r, _ in recs("ru", text)] == [
        "рекомендует ЦИК уточнить списки",
        "обеспечить доступ к участкам",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Следует отметить высокую явку избирателей."),
        ("ru", "Миссия учла рекомендации БДИПЧ, данные ранее."),
        ("en", "It should be noted that turnout was high."),
        ("en", "Most earlier recommendations were addressed."),
    ],
)
def test_look_alikes_are_not_recommendations(language: str, text: str) -> None:
    assert recs(language, text) == []


@pytest.mark.parametrize(
    ("language", "statement", "topic"),
    [
        ("ru", "списки избирателей содержат умерших граждан", "voter-registration"),
        ("ru", "давление на журналистов и независимые СМИ", "media-coverage"),
        ("en", "observers were denied access to the count", "observer-access"),
        ("en", "the voter lists were inaccurate", "voter-registration"),
    ],
)
def test_finding_topics(language: str, statement: str, topic: str) -> None:
    assert topic_of(load_cues(language), statement, statement) == topic


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("ru", "Миссия БДИПЧ ОБСЕ на выборах не работала: она не получила приглашения.", "odihr"),
        ("ru", "Наблюдателям ПАСЕ было отказано в аккредитации.", "pace"),
        ("en", "ODIHR was not invited to observe the vote.", "odihr"),
        ("en", "The OSCE PA decided not to deploy a delegation.", "osce-pa"),
    ],
)
def test_absence_names_the_absent_organisation(language: str, text: str, absent: str) -> None:
    from builder.coding.monitors import Monitors

    organisations_named = Monitors(defaults.reference()).organisations_named

    assert load_cues(language).has("absence", fold(text))
    assert organisations_named(text)[0] == absent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Миссия СНГ работает по приглашению ЦИК."),
        ("en", "ODIHR deployed a mission following an invitation from the authorities."),
    ],
)
def test_an_invitation_is_no_absence(language: str, text: str) -> None:
    assert not load_cues(language).has("absence", fold(text))
