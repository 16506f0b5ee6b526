"""The SHACL shapes: the valid graph conforms, and every shape catches its own mistake.

Each broken fixture is the valid graph with one mistake; validation must fail with exactly the
shape the fixture names, and report that shape's English and Russian messages. A coverage test
makes sure no shape is left without a fixture.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from ontology_fixtures import broken_fixtures, read_broken
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SKOS, XSD

from builder.facts.model import VOCABULARIES
from builder.graph.namespaces import EO, EOC, EOSH, SCHEMA, SH
from builder.graph.ontology import load_ontology, load_shapes, result_messages
from builder.graph.validate import Validator

MISSION = "mission/ipa-cis-kz-2017-06-28"  # the valid fixture's main mission


def validate(data: Graph, shapes: Graph, ontology: Graph) -> Graph:
    """pySHACL exactly as the build runs it (ontology mixed in, SPARQL parsed once)."""
    assert len(shapes) == len(load_shapes()) and len(ontology) == len(load_ontology())
    return _validator().report(data)[1]


@cache
def _validator() -> Validator:
    """One validator for the module, as a build has one per process (pySHACL may add to the
    graphs it is given, so the session's fixture graphs are not handed to it)."""
    return Validator()


def results(report: Graph) -> list[tuple[URIRef, dict[str, str]]]:
    """(source shape, messages by language) of each validation result."""
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        shape = report.value(result, SH.sourceShape)
        found.append((shape, result_messages(report, result)))
    return found


def test_valid_graph_conforms(valid_graph: Graph, shapes: Graph, ontology: Graph) -> None:
    report = validate(valid_graph, shapes, ontology)
    assert results(report) == []


@pytest.mark.parametrize(
    ("prop", "stated"),
    [("statedStateCount", 8), ("statedObserverCount", 40)],
    ids=["states", "observers"],
)
def test_a_partial_list_is_what_a_report_leaves_unsaid(
    prop: str, stated: int, valid_graph: Graph, shapes: Graph, ontology: Graph
) -> None:
    """ "Observers from eight states", then one state's delegation named: fewer listed than
    stated is not an error (issue 11: shapes catch what is wrong, not what is unsaid)."""
    graph = Graph()
    for triple in valid_graph:
        graph.add(triple)
    missions = [m for m in graph.subjects(EO[prop], None) if str(m).endswith(MISSION)]
    assert missions, "the fixture's mission states a count"
    mission = missions[0]
    graph.set((mission, EO[prop], Literal(stated, datatype=XSD.integer)))
    assert results(validate(graph, shapes, ontology)) == []


@pytest.mark.parametrize(
    ("event", "day", "caught"),
    [
        ("2017-06-27-meeting-1", "2017-10-12", False),  # a final report presented months later
        ("2017-06-29-press-conference-1", "2017-07-05", False),
        ("2017-06-29-press-conference-1", "2017-06-20", True),  # before the mission began
        ("2017-06-28-voting-day-observation-1", "2017-07-05", True),
    ],
    ids=["meeting-after", "press-conference-after", "before-start", "voting-day-after"],
)
def test_an_event_after_the_mission_is_a_follow_up_one_before_it_is_wrong(
    event: str, day: str, caught: bool, valid_graph: Graph, shapes: Graph, ontology: Graph
) -> None:
    """A mission presents its final report in the country months after it closed (gm-23's
    "ODIHR today presented ... its final report"): that is no contradiction. An event before
    the mission began, or its voting-day observation after it ended, is."""
    graph = Graph()
    for triple in valid_graph:
        graph.add(triple)
    node = URIRef(f"https://w3id.org/eokg/resource/event/ipa-cis-kz-2017-06-28/{event}")
    assert (node, RDF.type, EO.MissionEvent) in graph
    graph.set((node, SCHEMA.startDate, Literal(day, datatype=XSD.date)))
    found = {shape for shape, _ in results(validate(graph, shapes, ontology))}
    assert found == ({EOSH.EventWithinMission} if caught else set())


@pytest.mark.parametrize("path", broken_fixtures(), ids=lambda p: p.stem)
def test_broken_fixture_fails_with_its_shape_only(
    path: Path, valid_graph: Graph, shapes: Graph, ontology: Graph
) -> None:
    fixture = read_broken(path)
    assert fixture.expect == EOSH[path.stem], "fixture file name and '# expect:' disagree"
    found = results(validate(fixture.apply(valid_graph), shapes, ontology))
    assert found, f"{path.name}: the graph conforms, the mistake went unnoticed"
    assert {shape for shape, _ in found} == {fixture.expect}
    own = {m.language: str(m) for m in shapes.objects(fixture.expect, SH.message)}
    for _, messages in found:
        assert set(messages) >= {"en", "ru"}
        if own:  # core shapes report their sh:message verbatim
            assert messages["en"] == own["en"] and messages["ru"] == own["ru"]


def _constraint_shapes(shapes: Graph) -> set[URIRef]:
    """Named shapes that carry a constraint message of their own (not mere groupings)."""
    return {
        s
        for s in set(shapes.subjects(SH.message, None)) | set(shapes.subjects(SH.sparql, None))
        if isinstance(s, URIRef) and str(s).startswith(str(EOSH))
    }


def test_every_shape_has_a_broken_fixture(shapes: Graph) -> None:
    covered = {EOSH[p.stem] for p in broken_fixtures()}
    assert _constraint_shapes(shapes) - covered == set()
    assert covered - _constraint_shapes(shapes) == set(), "fixtures for shapes that do not exist"


def test_every_shape_message_is_in_english_and_russian(shapes: Graph) -> None:
    for holder in set(shapes.subjects(SH.message, None)):
        languages = sorted(m.language for m in shapes.objects(holder, SH.message))
        assert languages == ["en", "ru"], holder


def test_every_property_shape_has_a_name(shapes: Graph) -> None:
    """Named property shapes make validation reports say which rule failed."""
    for node_shape, prop in shapes.subject_objects(SH.property):
        if str(node_shape).startswith(str(EOSH)):
            assert isinstance(prop, URIRef), f"{node_shape} has an anonymous property shape"


def test_concept_lists_are_whole_schemes(shapes: Graph, ontology: Graph) -> None:
    """Each sh:in list of concepts is exactly one scheme of vocabularies.ttl (and of facts.py)."""
    lists = [Collection(shapes, head) for head in shapes.objects(None, SH["in"])]
    concept_lists = [
        {str(item) for item in items}
        for items in lists
        if all(str(item).startswith(str(EOC)) for item in items)
    ]
    assert len(concept_lists) >= 10
    schemes = {
        name: {str(EOC[f"{name}/{key}"]) for key in keys} for name, keys in VOCABULARIES.items()
    }
    for members in concept_lists:
        assert members in schemes.values(), f"sh:in list is not a whole scheme: {members}"
        for member in members:
            assert (URIRef(member), RDF.type, SKOS.Concept) in ontology
    used = {name for name, members in schemes.items() if members in concept_lists}
    assert used == set(VOCABULARIES), "every scheme is checked by some shape"
