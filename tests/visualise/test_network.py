"""The picture graph built from RDF: nodes, labels, edges, provenance, layout, exports."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset

from builder.base.errors import InputError
from builder.pictures.network import export_gexf, export_graphml, to_networkx

HOSTILE = 'Злой <script>window.__pwned=1;alert(1)</script> "кавычки" </div>'


def test_nodes_are_the_actors_with_kinds_from_rdf_type(mini_network: nx.MultiDiGraph) -> None:
    kinds = {n: d["kind"] for n, d in mini_network.nodes(data=True)}
    assert kinds == {
        "mission/alpha-m": "mission",
        "mission/beta-m": "mission",
        "election/xa-2020": "election",
        "election/xb-2021": "election",
        "state/xa": "state",
        "state/xb": "state",
        "place/xa/capital": "place",
        "org/assembly": "organisation",
        "person/ivan-petrov": "person",
        "person/hostile": "person",
        "event/alpha-m/2020-03-02-meeting-1": "event",
        "event/alpha-m/2020-03-04-voting-day-observation-1": "event",
        "event/beta-m/2021-05-11-press-conference-1": "event",
    }


def test_labels_are_names_in_russian_with_english_where_known(
    mini_network: nx.MultiDiGraph,
) -> None:
    assert mini_network.nodes["state/xa"]["label"] == "Астания"
    assert mini_network.nodes["state/xa"]["label_en"] == "Astania"
    assert mini_network.nodes["org/assembly"]["label"] == "Ассамблея"
    assert mini_network.nodes["person/hostile"]["label"].startswith(HOSTILE)


def test_edges_carry_readable_predicate_labels_never_iris(mini_network: nx.MultiDiGraph) -> None:
    labels = {(u, v): d["label"] for u, v, d in mini_network.edges(data=True)}
    assert labels[("event/alpha-m/2020-03-02-meeting-1", "person/hostile")] == "встреча с"
    assert labels[("mission/alpha-m", "state/xb")] == "направившее государство"
    # A post becomes an edge from its holder to the body, labelled with the post.
    assert labels[("person/ivan-petrov", "mission/alpha-m")] == "Координатор группы"
    assert labels[("person/hostile", "org/assembly")] == "Председатель Ассамблеи"
    assert all("://" not in d["label"] for _, _, d in mini_network.edges(data=True))


def test_reports_list_every_graph_that_mentions_a_node(mini_network: nx.MultiDiGraph) -> None:
    assert mini_network.nodes["person/ivan-petrov"]["reports"] == ["alpha", "beta"]
    assert mini_network.nodes["mission/beta-m"]["reports"] == ["beta"]


def test_facts_show_values_and_concepts_by_label(mini_network: nx.MultiDiGraph) -> None:
    facts = dict(mini_network.nodes["event/alpha-m/2020-03-02-meeting-1"]["facts"])
    assert facts["вид события"] == "встреча"
    assert facts["дата начала"] == "2020-03-02"
    person = mini_network.nodes["person/hostile"]["facts"]
    assert ("должность", "Председатель Ассамблеи") in person


def test_provenance_gives_sentence_and_quote_located_in_it(mini_network: nx.MultiDiGraph) -> None:
    [record] = mini_network.nodes["event/alpha-m/2020-03-02-meeting-1"]["provenance"]
    assert record["sentence"].startswith("2 марта наблюдатели встретились")
    assert record["exact"] == "встретились с Председа-\nтелем"
    # The published quote is hyphenated; the highlight is how it reads in the sentence.
    assert record["highlight"] == "встретились с Председателем"
    assert record["report"] == "alpha"


def test_layout_is_deterministic(mini_dataset: Dataset) -> None:
    first = to_networkx(mini_dataset)
    second = to_networkx(mini_dataset)
    assert [(n, d["x"], d["y"]) for n, d in first.nodes(data=True)] == [
        (n, d["x"], d["y"]) for n, d in second.nodes(data=True)
    ]
    assert len({(d["x"], d["y"]) for _, d in first.nodes(data=True)}) == len(first)


def test_reports_filter_keeps_one_report(mini_dataset: Dataset) -> None:
    network = to_networkx(mini_dataset, reports=["beta"])
    assert "mission/alpha-m" not in network
    assert network.nodes["person/ivan-petrov"]["reports"] == ["beta"]


def test_unknown_report_is_a_clear_error(mini_dataset: Dataset) -> None:
    with pytest.raises(InputError, match=r"no report graph for: gamma \(reports: alpha, beta\)"):
        to_networkx(mini_dataset, reports=["gamma"])


def test_a_report_is_named_by_its_file_name_too(mini_dataset: Dataset) -> None:
    """'eokg viz -r beta.txt' used to be refused ('no report graph for: beta.txt') with no
    hint that the option wants the key the graph IRI ends with."""
    network = to_networkx(mini_dataset, reports=["beta.txt"])
    assert "mission/alpha-m" not in network
    assert network.nodes["person/ivan-petrov"]["reports"] == ["beta"]


@pytest.mark.parametrize(
    ("export", "read"), [(export_gexf, nx.read_gexf), (export_graphml, nx.read_graphml)]
)
def test_exports_round_trip_through_networkx(
    mini_network: nx.MultiDiGraph, tmp_path: Path, export, read
) -> None:
    path = tmp_path / "graph.out"
    export(mini_network, path)
    back = read(path)
    assert set(back.nodes) == set(mini_network.nodes)
    assert back.number_of_edges() == mini_network.number_of_edges()
    assert back.nodes["person/hostile"]["label"] == mini_network.nodes["person/hostile"]["label"]
    assert back.nodes["state/xa"]["kind"] == "state"
    edge_labels = {d["label"] for _, _, d in back.edges(data=True)}
    assert "встреча с" in edge_labels
