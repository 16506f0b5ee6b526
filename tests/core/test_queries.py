"""Stored queries keep their contract, parse, and bind parameters as values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef

from builder.base.errors import InputError
from builder.corpus.queries import find_query, list_queries, load_query, parse_params, run_rdflib
from builder.graph.namespaces import EO, EOR

CONTRACT = {
    "mission": (
        "mission", "report", "organiser", "election", "country_iso",
        "voting_date", "start", "end", "observer_count", "state_count",
    ),
    "observer-states": ("mission", "state", "iso"),
    "coordinator": ("mission", "name", "post"),
    "officials-met": ("mission", "name", "post", "date"),
    "regions": ("mission", "region"),
    "timeline": ("mission", "date", "kind", "label", "place", "participants"),
    "assessments": ("mission", "speaker", "polarity", "statement", "sentence"),
    "verdicts": ("mission", "organiser", "election", "verdict", "speaker", "quote", "sentence"),
    "findings": ("mission", "topic", "phase", "polarity", "statement", "sentence"),
    "recommendations": ("mission", "addressee", "topic", "recommendation", "sentence"),
    "monitoring": (
        "election", "country_iso", "voting_date", "missions", "international_monitors",
        "western_monitors", "western_fraud_allegation",
    ),
    "disagreements": ("election", "mission_a", "verdict_a", "mission_b", "verdict_b"),
    "absent-missions": ("election", "organisation", "reported_by", "statement", "sentence"),
}  # fmt: skip


def test_the_contract_queries_exist_with_their_columns() -> None:
    stored = {q.name: q for q in list_queries()}
    for name, columns in CONTRACT.items():
        assert stored[name].columns == columns, name
        assert stored[name].title and stored[name].description


def test_unknown_query_lists_the_known_ones() -> None:
    with pytest.raises(InputError) as info:
        find_query("no-such-question")
    assert "known queries:" in str(info.value) and "timeline" in str(info.value)


def test_malformed_sparql_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("# title: Bad\n# columns: x\nSELECT ?x WHERE {\n  ?x ?y \n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_query(bad)
    assert str(bad) in str(info.value) and "line" in str(info.value)


def test_header_without_columns_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "nocols.rq"
    bad.write_text("# title: No columns\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(InputError, match="columns"):
        load_query(bad)


def test_undeclared_parameter_is_refused() -> None:
    with pytest.raises(InputError, match="no parameter 'country'"):
        parse_params(find_query("regions"), ["country=KZ"])


def test_curie_and_iri_parameters_become_iris() -> None:
    q = find_query("timeline")
    assert parse_params(q, ["mission=eor:mission/x"])["mission"] == EOR["mission/x"]
    assert parse_params(q, ["mission=https://e.org/m"])["mission"] == URIRef("https://e.org/m")


def _tiny_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    g = ds.graph(EOR["graph/r"])
    mission = EOR["mission/m"]
    event = EOR["event/m/1"]
    place = EOR["place/kz/astana"]
    vd = URIRef("https://w3id.org/eokg/concept/event-kind/voting-day-observation")
    g.add((mission, URIRef(str(EO) + "x"), Literal(1)))
    g.add((event, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), EO.MissionEvent))
    g.add((event, EO.partOfMission, mission))
    g.add((event, EO.eventKind, vd))
    g.add((event, URIRef("https://schema.org/location"), place))
    g.add((place, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), EO.Place))
    g.add(
        (place, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Астана", lang="ru"))
    )
    g.add((event, URIRef("https://schema.org/startDate"), Literal(date(2017, 6, 28))))
    return ds


def test_regions_answer_on_a_tiny_graph() -> None:
    result = run_rdflib(find_query("regions"), _tiny_dataset())
    assert result.rows == [(str(EOR["mission/m"]), "Астана")]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ['"', "'", "}", "{", " } UNION { ?s ?p ?o } ", "DROP ALL", "\\", "<x>"]
    ).flatmap(lambda s: st.text(max_size=10).map(lambda t: s + t))
)
def test_hostile_parameter_values_are_literals_that_change_nothing(value: str) -> None:
    q = find_query("mission")
    before = q.sparql
    bindings = parse_params(q, [f"report={value}"])
    assert isinstance(bindings["report"], Literal)
    result = run_rdflib(q, _tiny_dataset(), bindings)
    assert result.rows == []  # no report has that name
    assert q.sparql == before
    # a parameter declared as an IRI refuses them: bound as strings they would match nothing
    with pytest.raises(InputError, match="--param mission wants an IRI"):
        parse_params(find_query("regions"), [f"mission={value}"])


@pytest.mark.parametrize("value", ["ipa-cis-kz-2017-06-28", "mission/x", "foo:mission/x"])
def test_an_iri_parameter_that_is_no_iri_is_refused_not_answered_empty(value: str) -> None:
    """'--param mission=ipa-cis-kz-2017-06-28' (the key the tables show after eor:mission/)
    used to be bound as a string and answer nothing, with exit 0."""
    with pytest.raises(InputError, match=r"--param mission wants an IRI .*eor:mission/KEY"):
        parse_params(find_query("timeline"), [f"mission={value}"])
    assert parse_params(find_query("mission"), [f"report={value}"])["report"] == Literal(value)


def test_every_parameter_is_a_column() -> None:
    """Oxigraph substitutes only projected variables, so each parameter must be a column."""
    for q in list_queries():
        assert set(q.parameters) <= set(q.columns), q.name


def test_timeline_runs_on_rdflib_with_events_that_met_nobody() -> None:
    """The rdflib fallback (no store) answers the timeline for an event without officials."""
    ds = _tiny_dataset()
    g = ds.graph(EOR["graph/r"])
    label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    g.add((EOR["event/m/1"], label, Literal("Наблюдение в день голосования", lang="ru")))
    rows = run_rdflib(find_query("timeline"), ds).as_dicts()
    assert [(r["kind"], r["participants"]) for r in rows] == [("voting-day-observation", "")]


def test_readme_column_table_is_the_queries_own_headers() -> None:
    """The README's contract is generated from the headers (scripts/readme_columns.py)."""
    from builder.corpus.queries import COLUMNS_END, COLUMNS_START, columns_table

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    start, end = readme.index(COLUMNS_START), readme.index(COLUMNS_END) + len(COLUMNS_END)
    assert readme[start:end] == columns_table()


def test_each_header_names_columns_its_query_selects_in_order() -> None:
    """The CSV columns are the header's; each is projected by the query, in the same order
    (a query may project more: its parameters, a sort key)."""
    from rdflib.plugins.sparql import prepareQuery

    for q in list_queries():
        selected = [str(v) for v in prepareQuery(q.sparql).algebra["PV"]]
        assert [c for c in selected if c in q.columns] == list(q.columns), q.name
