"""Organisers of the genre, the posts of their heads, and the sending states' official and
Russian-media names resolve to their own entries (two phrasings each; the second of every pair
is written for this test, not taken from a report)."""

from __future__ import annotations

import pytest

from builder.reference.records import Reference
from builder.text import defaults


@pytest.fixture(scope="module")
def ref() -> Reference:
    return defaults.reference()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("делегация ПА ОБСЕ", "osce-pa"),
        ("наблюдателей ОБСЕ ПА", "osce-pa"),
        ("Парламентской ассамблеи ОБСЕ", "osce-pa"),
        ("БДИПЧ ОБСЕ", "odihr"),
        ("Бюро ОБСЕ по демократическим институтам и правам человека", "odihr"),
        ("Парламентской Ассамблеи ОДКБ", "csto-pa"),
        ("ПА ОДКБ", "csto-pa"),
        ("Парламентского Собрания Союза Беларуси и России", "union-state-parliamentary-assembly"),
        ("Парламентским Собранием Союзного государства", "union-state-parliamentary-assembly"),
        ("ТюркПА", "turkpa"),
        ("Парламентской ассамблеи тюркоязычных государств", "turkpa"),
        ("PA CSTO", "csto-pa"),
        ("Parliamentary Assembly of the Union State", "union-state-parliamentary-assembly"),
    ],
)
def test_organisers_resolve(ref: Reference, text: str, key: str) -> None:
    found = ref.find_organisation(text)
    assert found is not None and found.key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Председатель Исполнительного комитета — Исполнительный секретарь СНГ",
            "cis-executive-secretary",
        ),
        (
            "Председателем Исполнительного комитета — Исполнительным секретарем СНГ",
            "cis-executive-secretary",
        ),
        ("Генеральный секретарь ШОС", "sco-secretary-general"),
        ("Генеральным секретарем Шанхайской организации сотрудничества", "sco-secretary-general"),
        ("заместитель Генерального секретаря ШОС", "sco-deputy-secretary-general"),
        (
            "заместителя Генерального секретаря Шанхайской организации сотрудничества",
            "sco-deputy-secretary-general",
        ),
        ("Специальный координатор", "special-coordinator"),
        ("Специальным координатором краткосрочных наблюдателей ОБСЕ", "special-coordinator"),
        ("глава делегации ПА ОБСЕ", "head-of-delegation"),
        ("руководителя делегации Парламентской Ассамблеи Совета Европы", "head-of-delegation"),
        ("Special Co-ordinator", "special-coordinator"),
        ("SCO Secretary-General", "sco-secretary-general"),
    ],
)
def test_heads_posts_resolve(ref: Reference, text: str, key: str) -> None:
    found = ref.find_post(text)
    assert found is not None and found.key == key


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Республики Казахстан", "KZ"),
        ("Кыргызской Республики", "KG"),
        ("Киргизии", "KG"),
        ("Белоруссии", "BY"),
        ("Республикой Беларусь", "BY"),
        ("Китайской Народной Республики", "CN"),
        ("Исламской Республики Пакистан", "PK"),
        ("Исламской Республикой Иран", "IR"),
        ("Республики Индия", "IN"),
        ("Российской Федерацией", "RU"),
    ],
)
def test_sending_states_in_official_and_media_forms(ref: Reference, text: str, iso: str) -> None:
    found = ref.find_state(text)
    assert found is not None and found.iso == iso
