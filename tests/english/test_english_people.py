"""Persons and posts in English reports: a post before or after the name, with or without a
title, heads of a group named in a run of post words, and meetings stated without "met". Each
rule has a phrasing from the development texts and one written here."""

from __future__ import annotations

from datetime import date

import pytest

from builder.text.extract import extract

OPENING = (
    "Observers in Kyrgyzstan\n\n"
    "BISHKEK, 2 March 2025 – The OSCE Parliamentary Assembly delegation observed the 1 March "
    "parliamentary elections in Kyrgyzstan. "
)


def _facts(text: str):
    return extract("sample.en.txt", text)[1]


@pytest.mark.parametrize(
    ("sentence", "name", "post"),
    [
        (  # development phrasing (dev-25)
            "OSCE Parliamentary Assembly Vice-President Ilkka Nieminen (Finland) headed the "
            "Assembly's delegation.",
            "Ilkka Nieminen",
            "OSCE Parliamentary Assembly Vice-President, head of the OSCE PA delegation",
        ),
        (  # written here
            "The delegation was led by OSCE PA Deputy Treasurer Marta Ilves.",
            "Marta Ilves",
            "OSCE PA Deputy Treasurer, head of the OSCE PA delegation",
        ),
        (
            "Mr Tomas Berg leads the delegation.",
            "Tomas Berg",
            "head of the OSCE PA delegation",
        ),
        (
            "The delegation is headed by Dr Ana Petrescu (Romania, EPP/CD).",
            "Ana Petrescu",
            "head of the OSCE PA delegation (Romania, EPP/CD)",
        ),
    ],
)
def test_a_head_with_a_post_or_title_before_the_name(sentence, name, post):
    head = _facts(OPENING + sentence).main_mission.coordinator
    assert (head.name, head.post) == (name, post)


def test_a_head_named_after_a_run_of_post_words_is_not_the_post():
    facts = _facts(OPENING + "The delegation was headed by Deputy Secretary General Kim Lund.")
    assert facts.main_mission.coordinator.name == "Kim Lund"
    assert "Deputy Secretary General" in facts.main_mission.coordinator.post


@pytest.mark.parametrize(
    ("sentence", "name", "post", "day"),
    [
        (  # development phrasing (dev-27)
            "On 2 March, Chair of the Central Commission Aiperi Sadykova told the observers "
            "about early voting, which will continue until 5 March.",
            "Aiperi Sadykova",
            "Chair of the Central Commission",
            date(2025, 3, 2),
        ),
        (  # development phrasing (dev-30): a relative clause in the future tense
            "On 27 February, members of the delegation met with the Chairman of the Central "
            "Election Commission Nurzhan Shailoobaev, who informed them that half of the "
            "deputies would be elected in single-mandate constituencies.",
            "Nurzhan Shailoobaev",
            "Chairman of the Central Election Commission",
            date(2025, 2, 27),
        ),
        (  # written here
            "On 28 February the delegation held talks with Speaker of the Jogorku Kenesh "
            "Nurlanbek Turgunbek, who said that the results would be announced on 10 March.",
            "Nurlanbek Turgunbek",
            "Speaker of the Jogorku Kenesh",
            date(2025, 2, 28),
        ),
        (
            "On 27 February the Ombudsperson, Jamilia Jamanbaeva, briefed the delegation.",
            "Jamilia Jamanbaeva",
            "Ombudsperson",
            date(2025, 2, 27),
        ),
    ],
)
def test_meetings_stated_without_met(sentence, name, post, day):
    meetings = [e for e in _facts(OPENING + sentence).events if e.kind == "meeting"]
    assert [(e.met[0].name, e.met[0].post, e.date) for e in meetings] == [(name, post, day)]


def test_a_planned_meeting_is_not_recorded():
    sentence = "The delegation will meet the Chairman of the CEC, Nurzhan Shailoobaev."
    assert not [e for e in _facts(OPENING + sentence).events if e.kind == "meeting"]


@pytest.mark.parametrize(
    ("sentence", "count", "states"),
    [
        (  # development phrasing (dev-29): the joint mission's size, partners named
            "On election day, the international election observation mission, which also "
            "included a delegation of the OSCE Parliamentary Assembly led by Jordi Casals, "
            "deployed 278 observers from 41 countries.",
            278,
            41,
        ),
        (  # written here
            "The IEOM, which also included the PACE delegation, deployed 350 observers from 38 "
            "OSCE participating States.",
            350,
            38,
        ),
    ],
)
def test_a_joint_mission_count_is_the_main_missions(sentence, count, states):
    text = (
        "Statement\n\nASTANA, 21 November 2022 – The ODIHR election observation mission observed "
        f"the 20 November presidential election in Kazakhstan. {sentence}"
    )
    main = _facts(text).main_mission
    assert (main.observer_count, main.state_count) == (count, states)


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 130 observers from Belarus, Kazakhstan and Russia, as well as from the CIS "
        "Interparliamentary Assembly, took part in the monitoring.",
        "Some 90 observers from Belarus, Kazakhstan and Russia, and from the CIS "
        "Interparliamentary Assembly, worked in the mission.",
    ],
)
def test_organisations_sending_members_are_not_other_missions(sentence):
    text = (
        "CIS observers\n\nBAKU, 8 February 2024 – The CIS Observer Mission observed the 7 "
        f"February presidential election in Azerbaijan. {sentence}"
    )
    assert _facts(text).main_mission.sending_states == ["BY", "KZ", "RU"]
