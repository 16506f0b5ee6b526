"""Every fact stands on its own: a report that leaves something unsaid (the voting day, the
year, the day of a meeting) builds with everything else it states, and its graph conforms."""

from __future__ import annotations

from datetime import date

from rdflib import Graph

from builder.facts.model import MonthDay
from builder.graph.assemble import Assembler
from builder.graph.readback import report_facts
from builder.graph.validate import validate_graph
from builder.text.extract import extract


def _build(text: str, name: str = "t.ru.txt"):
    doc, facts = extract(name, text)
    graph = Assembler()(facts, doc)
    outcome = validate_graph(graph)
    violations = [v for v in outcome.violations if v.severity == "Violation"]
    return facts, report_facts(graph), violations


NO_VOTING_DAY = (
    "Наблюдатели от МПА СНГ начали работу в Кыргызстане\n\n"
    "Группа наблюдателей от Межпарламентской Ассамблеи СНГ прибыла в Бишкек для наблюдения "
    "за выборами депутатов Жогорку Кенеша Кыргызской Республики. 12 ноября 2021 года члены "
    "группы встретились с Председателем ЦИК Кыргызской Республики Нуржаном Шайлдабековой."
)

NO_YEAR = (
    "Миссия СНГ подвела итоги\n\n"
    "МИНСК, 27 января /Корр./. Миссия наблюдателей от СНГ признала выборы Президента "
    "Республики Беларусь, прошедшие 26 января, открытыми. Миссия работала в республике "
    "с 3 января. Вчера члены миссии посетили избирательные участки в Минске."
)

NO_MEETING_DAY = (
    "Делегация ПАСЕ провела встречи в Ереване\n\n"
    "Делегация ПАСЕ, наблюдающая за внеочередными парламентскими выборами в Армении, "
    "назначенными на 20 июня 2021 года, встретилась с Председателем ЦИК Армении Тиграном "
    "Мукучяном."
)


def test_no_voting_day_still_gives_the_mission_election_and_meeting():
    facts, back, violations = _build(NO_VOTING_DAY)
    assert facts.is_observation_report and facts.main_mission is not None
    assert facts.election is not None and facts.election.voting_date is None
    assert facts.election.country_iso == "KG" and facts.election.kind == "parliamentary"
    assert [e.date for e in back.events] == [date(2021, 11, 12)]
    assert violations == []


def test_no_year_keeps_days_and_months_as_gmonthday():
    facts, back, violations = _build(NO_YEAR)
    assert back.election is not None and back.election.voting_date == MonthDay(1, 26)
    main = back.main_mission
    assert main is not None and main.start == MonthDay(1, 3)
    assert MonthDay(1, 26) in [e.date for e in back.events]  # "вчера" from the dateline
    assert violations == []


def test_a_meeting_without_a_day_is_still_a_meeting():
    facts, back, violations = _build(NO_MEETING_DAY)
    meetings = [e for e in back.events if e.kind == "meeting"]
    assert meetings and meetings[0].date is None
    assert meetings[0].met and meetings[0].met[0].name == "Тигран Мукучян"
    assert violations == []


def test_days_without_a_year_stay_valid_after_an_owl_rl_closure():
    """owlrl replaces rdflib's literal conversions process-wide; ours are put back."""
    from builder.graph.ontology import owl_rl_inconsistencies

    owl_rl_inconsistencies(Graph())
    assert _build(NO_YEAR)[2] == []
