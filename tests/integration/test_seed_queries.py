"""The seed report, built with its curation file, answers every stored query correctly.

These are the answers a careful reader finds in the IPA CIS release on Kazakhstan's Senate
election of June 2017 (data/reports/2017-06-kz-senate-ipa-cis.ru.txt).
"""

from __future__ import annotations

from datetime import date

import pytest

from builder.corpus.queries import find_query, parse_params, run_stored

MISSION = "https://w3id.org/eokg/resource/mission/ipa-cis-kz-2017-06-28"


def answer(workspace, name: str, *params: str) -> list[dict]:
    query = find_query(name)
    return run_stored(query, workspace, parse_params(query, list(params))).as_dicts()


@pytest.fixture(scope="module")
def ws(seed_workspace):
    workspace, summary = seed_workspace
    assert summary.conforms, [r.violations for r in summary.reports]
    return workspace


def test_mission(ws) -> None:
    rows = answer(ws, "mission")
    assert len(rows) == 1
    row = rows[0]
    assert row["mission"] == MISSION
    assert row["report"] == "2017-06-kz-senate-ipa-cis.ru.txt"
    assert row["organiser"] == "МПА СНГ"
    assert row["country_iso"] == "KZ"
    assert row["voting_date"] == date(2017, 6, 28)
    assert (row["start"], row["end"]) == (date(2017, 6, 27), date(2017, 6, 29))
    assert row["observer_count"] == 13
    assert row["state_count"] == 6
    assert "Сенат" in row["election"]


def test_observer_states(ws) -> None:
    rows = answer(ws, "observer-states")
    assert [(r["mission"], r["iso"]) for r in rows] == [
        (MISSION, iso) for iso in ("AM", "BY", "KG", "MD", "RU", "TJ")
    ]
    by_iso = {r["iso"]: r["state"] for r in rows}
    assert by_iso["RU"] == "Российская Федерация"
    assert by_iso["KG"] == "Кыргызская Республика"


def test_coordinator(ws) -> None:
    rows = answer(ws, "coordinator")
    assert rows == [
        {
            "mission": MISSION,
            "name": "Ильяс Умаханов",
            "post": "заместитель Председателя Совета Федерации Федерального Собрания "
            "Российской Федерации",
        }
    ]


def test_officials_met(ws) -> None:
    rows = answer(ws, "officials-met")
    got = [(r["name"], r["date"]) for r in rows if r["mission"] == MISSION]
    assert got == [
        ("Берик Имашев", date(2017, 6, 27)),
        ("Касым-Жомарт Токаев", date(2017, 6, 27)),
        ("Нурлан Нигматулин", date(2017, 6, 28)),
    ]
    posts = {r["name"]: r["post"] for r in rows}
    assert posts["Касым-Жомарт Токаев"].startswith("Председатель Сената")
    assert "Центральной избирательной комиссии" in posts["Берик Имашев"]
    assert posts["Нурлан Нигматулин"].startswith("Председатель Мажилиса")


def test_regions(ws) -> None:
    rows = answer(ws, "regions")
    assert [r["region"] for r in rows] == [
        "Акмолинская область",
        "Астана",
        "Карагандинская область",
    ]


def test_timeline_is_in_date_order(ws) -> None:
    rows = answer(ws, "timeline", f"mission={MISSION}")
    kinds = [(r["date"], r["kind"]) for r in rows]
    assert kinds == sorted(kinds, key=lambda k: k[0])
    assert [k for _, k in kinds] == [
        "meeting",
        "meeting",
        "voting-day-observation",
        "meeting",
        "press-conference",
    ]
    assert rows[-1]["date"] == date(2017, 6, 29) and rows[-1]["place"] == "Астана"
    assert "Касым-Жомарт Токаев" in rows[0]["participants"] + rows[1]["participants"]


def test_assessments_have_speakers_and_sentences(ws) -> None:
    rows = answer(ws, "assessments")
    by_umakhanov = [r for r in rows if r["speaker"] == "Ильяс Умаханов"]
    assert len(by_umakhanov) >= 3
    assert all(r["polarity"] in {"positive", "critical", "neutral"} for r in rows)
    assert all(r["sentence"] for r in rows)
    laws = [r for r in by_umakhanov if "международным стандартам" in r["sentence"]]
    assert laws and laws[0]["polarity"] == "positive"


def test_timeline_parameter_selects_one_mission(ws) -> None:
    assert answer(ws, "timeline", "mission=eor:mission/no-such-mission") == []


def test_assessments_parameter_selects_one_mission(ws) -> None:
    everything = answer(ws, "assessments")
    assert everything and {r["mission"] for r in everything} == {MISSION}
    assert answer(ws, "assessments", "mission=eor:mission/no-such-mission") == []
    assert len(answer(ws, "assessments", f"mission={MISSION}")) == len(everything)
