"""The embedded store: atomic rebuild, one-transaction updates, bound parameters, values."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from builder.base.errors import InputError, ServiceError, WorkspaceError
from builder.corpus.store import GraphStore
from builder.corpus.workspace import Workspace
from builder.graph.namespaces import sparql_prologue

FIXTURES = Path(__file__).parent / "fixtures"
TRIG = FIXTURES / "two-reports.trig"
EOR = "https://w3id.org/eokg/resource/"
ALPHA = EOR + "graph/alpha-ru"
BETA = EOR + "graph/beta-ru"


@pytest.fixture()
def store(tmp_path: Path) -> GraphStore:
    s = GraphStore(Workspace(tmp_path))
    s.replace_from_trig(TRIG)
    return s


def test_bulk_load_keeps_one_named_graph_per_report(store: GraphStore) -> None:
    counts = store.graph_counts()
    assert counts == {ALPHA: 17, BETA: 12}
    assert len(store) == 56  # 29 in report graphs + 27 distinct in the union


def test_default_graph_is_the_union_of_report_graphs(store: GraphStore) -> None:
    rows, columns = store.query(
        sparql_prologue()
        + "SELECT DISTINCT ?m ?p WHERE { ?m a eo:ObservationMission ; org:hasMember ?p }"
        + " ORDER BY ?m",
        {"p": URIRef(EOR + "person/ivan-petrov")},
    )
    assert columns == ["m", "p"]
    assert [r["m"] for r in rows] == [
        EOR + "mission/ipa-cis-am-2017-04-02",
        EOR + "mission/ipa-cis-kz-2017-06-28",
    ]


def test_default_graph_holds_each_shared_triple_once(store: GraphStore) -> None:
    """The person is described in both report graphs; the union has the triple once."""
    query = "SELECT ?n WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }"
    assert store.query(query)[0] == [{"n": "Иван Петров"}]
    in_graphs = "SELECT ?n WHERE { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> ?n } }"
    assert len(store.query(in_graphs)[0]) == 2


def test_updates_keep_the_union_exact(store: GraphStore) -> None:
    name = "SELECT ?n WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }"
    # beta goes: the person stays in the union (alpha still states it)
    store.replace_report_graphs({}, removed={BETA})
    assert store.query(name)[0] == [{"n": "Иван Петров"}]
    beta_only = "ASK { ?m <https://w3id.org/eokg/ontology#observerCountAtLeast> 40 }"
    assert store.query(beta_only)[0] == [{"ask": "false"}]
    # alpha is replaced by a graph without the person: the person leaves the union
    store.replace_report_graphs({ALPHA: f"<{ALPHA}> <{EOR}p> <{EOR}o> ."})
    assert store.query(name)[0] == []
    assert store.query(f"ASK {{ <{ALPHA}> <{EOR}p> <{EOR}o> }}")[0] == [{"ask": "true"}]


def test_values_come_back_as_python_values(store: GraphStore) -> None:
    rows, columns = store.query(
        sparql_prologue()
        + """SELECT ?start ?end ?count ?main ?label ?none WHERE {
            ?m schema:startDate ?start ; eo:isMainMission ?main ; rdfs:label ?label .
            OPTIONAL { ?m schema:endDate ?end } OPTIONAL { ?m eo:statedObserverCount ?count }
          } ORDER BY ?start""",
    )
    assert columns == ["start", "end", "count", "main", "label", "none"]
    assert rows[0] == {
        "start": date(2017, 3, 30),
        "end": None,
        "count": None,
        "main": "true",
        "label": "Группа наблюдателей — выборы 2017-04-02",
        "none": None,
    }
    assert rows[1]["count"] == 41
    assert rows[1]["end"] == date(2017, 6, 29)


def test_plain_python_values_bind_as_typed_literals(store: GraphStore) -> None:
    query = sparql_prologue() + "SELECT ?m ?d WHERE { ?m schema:startDate ?d }"
    rows, _ = store.query(query, {"d": date(2017, 6, 24)})
    assert [r["m"] for r in rows] == [EOR + "mission/ipa-cis-kz-2017-06-28"]
    rows, _ = store.query(
        sparql_prologue() + "SELECT ?m ?n WHERE { ?m eo:statedObserverCount ?n }", {"n": 41}
    )
    assert len(rows) == 1


HOSTILE = [
    'x" } ; DROP ALL ; SELECT * WHERE { ?s ?p "',
    "} UNION { ?s ?p ?o }",
    'Сенат "Парламента" { } SELECT',
    "?m ?p ?o",
    '\\" <http://evil> \\',
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_parameter_is_bound_as_one_literal(store: GraphStore, value: str) -> None:
    query = sparql_prologue() + "SELECT ?e ?body WHERE { ?e eo:electedBody ?body }"
    rows, _ = store.query(query, {"body": Literal(value)})
    expected = 1 if value == 'Сенат "Парламента" { } SELECT' else 0
    assert len(rows) == expected
    # the data is untouched: a bound value can never turn into an update
    assert len(store) == 56  # 29 in report graphs + 27 distinct in the union


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_text_parameter_matches_only_itself(store: GraphStore, value: str) -> None:
    rows, _ = store.query("SELECT ?body WHERE { }", {"body": value})
    assert rows == [{"body": value}]
    query = sparql_prologue() + "SELECT ?e ?body WHERE { ?e eo:electedBody ?body }"
    rows, _ = store.query(query, {"body": value})
    assert len(rows) == (1 if value == 'Сенат "Парламента" { } SELECT' else 0)
    assert len(store) == 56  # 29 in report graphs + 27 distinct in the union


def test_parameter_outside_the_projection_is_refused(store: GraphStore) -> None:
    with pytest.raises(InputError, match="parameter 'p'.*projected"):
        store.query("SELECT ?m WHERE { ?m <http://p> ?p }", {"p": "x"})


def test_ask_query_gives_one_boolean_row(store: GraphStore) -> None:
    rows, columns = store.query("ASK { ?s a <https://w3id.org/eokg/ontology#Election> }")
    assert (rows, columns) == ([{"ask": "true"}], ["ask"])


def test_malformed_query_is_an_input_error(store: GraphStore) -> None:
    with pytest.raises(InputError, match="malformed SPARQL"):
        store.query("SELECT ?x WHERE { ?x ")


def test_replace_report_graphs_replaces_whole_and_drops_removed(store: GraphStore) -> None:
    new_alpha = (
        f"<{ALPHA}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://w3id.org/eokg/ontology#ReportGraph> .\n"
        f'<{EOR}report/alpha-ru> <https://schema.org/name> "alpha.ru.txt" .\n'
    )
    store.replace_report_graphs({ALPHA: new_alpha.encode()}, removed={BETA})
    assert store.graph_counts() == {ALPHA: 2}


def test_an_update_is_written_to_a_copy_that_open_readers_never_see(store: GraphStore) -> None:
    """Oxigraph does not support writing a directory a reader has open: updates copy, swap."""
    reader = ox.Store.read_only(str(store.path))
    before = len(reader)
    identity = store.path.stat().st_ino
    store.replace_report_graphs({}, removed={BETA})
    assert len(reader) == before  # the open reader still sees the store it opened
    assert store.path.stat().st_ino != identity  # a new directory, as a rebuild gives
    assert store.graph_counts() == {ALPHA: 17}
    assert not store.path.with_name(store.path.name + ".new").exists()
    del reader


def test_replace_report_graphs_with_bad_data_changes_nothing(store: GraphStore) -> None:
    with pytest.raises(InputError, match="cannot be parsed"):
        store.replace_report_graphs({ALPHA: b"<broken"}, removed={BETA})
    assert store.graph_counts() == {ALPHA: 17, BETA: 12}


def test_failed_rebuild_leaves_the_old_store(store: GraphStore, tmp_path: Path) -> None:
    bad = tmp_path / "bad.trig"
    bad.write_text("<http://a> <http://b> { oops", encoding="utf-8")
    with pytest.raises(InputError, match="bad.trig"):
        store.replace_from_trig(bad)
    assert store.graph_counts() == {ALPHA: 17, BETA: 12}
    assert not (tmp_path / "store.new").exists()


def test_crash_between_renames_is_repaired_on_open(store: GraphStore, tmp_path: Path) -> None:
    # simulate: store renamed to store.old, then the process died before store.new moved in
    store.close()
    (tmp_path / "store").rename(tmp_path / "store.old")
    (tmp_path / "store.new").mkdir()
    reopened = GraphStore(Workspace(tmp_path))
    assert reopened.graph_counts() == {ALPHA: 17, BETA: 12}
    assert not (tmp_path / "store.old").exists()
    assert not (tmp_path / "store.new").exists()


def test_rebuild_replaces_content(store: GraphStore, tmp_path: Path) -> None:
    one = tmp_path / "one.trig"
    one.write_text(f"<{BETA}> {{ <{EOR}x> <{EOR}p> 1 . }}\n", encoding="utf-8")
    assert store.replace_from_trig(one) == 1
    assert store.graph_counts() == {BETA: 1}


def test_missing_store_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="eokg build"):
        GraphStore(Workspace(tmp_path)).query("ASK {}")


def test_read_write_lock_held_elsewhere_is_a_service_error(store: GraphStore) -> None:
    store.close()
    holder = ox.Store(str(store.path))  # a read-write holder, as 'serve --allow-update' is
    try:
        with pytest.raises(ServiceError, match="locked|in use"):
            store.replace_report_graphs({}, removed={BETA})
        with pytest.raises(ServiceError, match="in use"):
            store.replace_from_trig(TRIG)
        # queries still work: they open the store read-only
        assert store.graph_counts()[ALPHA] == 17
    finally:
        del holder


def test_store_copy_is_independent(store: GraphStore, tmp_path: Path) -> None:
    """A copied store directory opens on its own (what the benchmarks rely on)."""
    store.close()
    shutil.copytree(store.path, tmp_path / "copy" / "store")
    assert GraphStore(Workspace(tmp_path / "copy")).graph_counts()[BETA] == 12
