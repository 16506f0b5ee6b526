"""Quality control of the ontology and vocabularies (in the spirit of ODK's QC checks).

Every term is declared, labelled and defined in Russian and English; MODEL.md names no term
the ontology lacks; the SKOS schemes mirror builder/facts.py; OWL-RL finds the valid graph
consistent and each deliberately inconsistent graph not; files with syntax errors fail with
one line naming the file and line.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from ontology_fixtures import PROLOGUE, VALID, inconsistent_fixtures
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from builder.base.errors import InputError
from builder.facts.model import VOCABULARIES
from builder.graph.namespaces import EO, EOC, PREFIXES
from builder.graph.ontology import (
    ONTOLOGY_DIR,
    declared_terms,
    load_ontology,
    load_shapes,
    owl_rl_inconsistencies,
    undeclared_terms,
    unlabelled_terms,
    write_docs,
)

ONTOLOGY_IRI = URIRef("https://w3id.org/eokg/ontology")


def test_ontology_header_has_version_title_description_and_licence(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.license) is not None
    for prop in (DCTERMS.title, DCTERMS.description):
        languages = {o.language for o in ontology.objects(ONTOLOGY_IRI, prop)}
        assert languages == {"ru", "en"}, prop


def test_every_declared_term_has_ru_and_en_label_and_definition(ontology: Graph) -> None:
    assert len(declared_terms(ontology)) > 100
    assert unlabelled_terms(ontology) == set()


def test_unlabelled_terms_reports_a_term_without_russian_definition() -> None:
    graph = Graph()
    term = EO.halfDone
    graph.add((term, RDF.type, OWL.Class))
    graph.add((term, RDFS.label, Literal("half done", lang="en")))
    graph.add((term, RDFS.label, Literal("наполовину", lang="ru")))
    graph.add((term, SKOS.definition, Literal("Only English.", lang="en")))
    assert unlabelled_terms(graph) == {term}


def test_every_eo_term_used_anywhere_is_declared(ontology: Graph, shapes: Graph) -> None:
    declared = declared_terms(ontology)
    valid = Graph().parse(VALID)
    mentioned = {
        term
        for graph in (ontology, shapes, valid)
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(str(EO))
    }
    assert mentioned - declared == set()


def test_every_term_named_in_model_md_is_declared(ontology: Graph) -> None:
    """MODEL.md is the contract: each prefixed term it names must exist in the ontology."""
    text = (ONTOLOGY_DIR / "MODEL.md").read_text(encoding="utf-8")
    names = set(
        re.findall(r"\b(eo|org|foaf|schema|prov|oa|skos|dcterms):([A-Za-z][A-Za-z0-9]*)", text)
    )
    assert len(names) > 60
    declared = declared_terms(ontology)
    missing = {
        f"{p}:{local}" for p, local in names if URIRef(f"{PREFIXES[p]}{local}") not in declared
    }
    assert missing == set()


def test_shapes_use_only_declared_terms(ontology: Graph, shapes: Graph) -> None:
    assert undeclared_terms(shapes, ontology) == set()


def test_valid_graph_uses_only_declared_terms(ontology: Graph, valid_graph: Graph) -> None:
    assert undeclared_terms(valid_graph, ontology) == set()


def test_undeclared_terms_finds_made_up_terms_in_data_paths_and_sparql(ontology: Graph) -> None:
    data = Graph().parse(
        data=PROLOGUE
        + "<mission/x> a eo:Mission ; eo:observs <election/y> ; rdfs:label 'x' .\n"
        + "eosh:S a sh:NodeShape ; sh:targetClass eo:Event ;"
        + " sh:property [ sh:path ( eo:partOfMission [ sh:inversePath eo:hostedBy ] ) ] ;"
        + " sh:sparql [ sh:select 'SELECT $this WHERE { $this <https://schema.org/venue> ?v }' ] .",
        format="turtle",
    )
    assert undeclared_terms(data, ontology) == {
        EO.Mission,
        EO.observs,
        EO.Event,
        EO.hostedBy,
        URIRef("https://schema.org/venue"),
    }


def test_vocabularies_mirror_facts_py(ontology: Graph) -> None:
    schemes = {
        str(s).removeprefix(str(EOC)) for s in ontology.subjects(RDF.type, SKOS.ConceptScheme)
    }
    assert schemes == set(VOCABULARIES)
    for name, keys in VOCABULARIES.items():
        scheme = EOC[name]
        concepts = set(ontology.subjects(SKOS.inScheme, scheme))
        assert concepts == {EOC[f"{name}/{key}"] for key in keys}, name
        assert set(ontology.objects(scheme, SKOS.hasTopConcept)) == concepts
        for concept in concepts:
            key = str(concept).rsplit("/", 1)[-1]
            assert (concept, RDF.type, SKOS.Concept) in ontology
            assert (concept, SKOS.topConceptOf, scheme) in ontology
            assert str(ontology.value(concept, SKOS.notation)) == key
            for prop in (SKOS.prefLabel, SKOS.definition):
                languages = sorted(o.language for o in ontology.objects(concept, prop))
                assert languages == ["en", "ru"], (concept, prop)


def test_observation_stages_follow_the_2005_declaration(ontology: Graph) -> None:
    stages = ontology.subjects(SKOS.inScheme, EOC["observation-stage"])
    labels = {str(ontology.value(s, SKOS.notation)) for s in stages}
    assert labels == {"gathering", "analysis", "conclusion"}
    definition = str(
        next(
            d
            for d in ontology.objects(EOC["observation-stage"], SKOS.definition)
            if d.language == "en"
        )
    )
    assert "Declaration of Principles" in definition


def test_owl_rl_finds_the_valid_graph_consistent(ontology: Graph, valid_graph: Graph) -> None:
    assert owl_rl_inconsistencies(valid_graph, ontology) == []


@pytest.mark.parametrize("path", inconsistent_fixtures(), ids=lambda p: p.stem)
def test_owl_rl_finds_each_inconsistent_graph_inconsistent(
    path: Path, ontology: Graph, valid_graph: Graph
) -> None:
    data = Graph()
    for triple in valid_graph:
        data.add(triple)
    data.parse(data=PROLOGUE + path.read_text(encoding="utf-8"), format="turtle")
    problems = owl_rl_inconsistencies(data, ontology)
    assert problems, f"{path.name}: OWL-RL found nothing wrong"
    assert any("disjoint" in p.lower() or "nothing" in p.lower() for p in problems), problems


def test_owl_rl_check_leaves_the_data_graph_unchanged(ontology: Graph, valid_graph: Graph) -> None:
    before = len(valid_graph)
    owl_rl_inconsistencies(valid_graph, ontology)
    assert len(valid_graph) == before


def test_a_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "good.ttl").write_text("@prefix a: <http://x/> .\na:b a:c a:d .\n")
    (tmp_path / "bad.ttl").write_text('@prefix a: <http://x/> .\na:b a:c a:d .\na:x a:y "open .\n')
    with pytest.raises(InputError, match=r"bad\.ttl: line 3: newline found in string literal"):
        load_shapes(tmp_path)


def test_a_missing_ontology_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"eokg\.ttl: file not found"):
        load_ontology(tmp_path)


def test_an_empty_shapes_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no \\*\\.ttl shapes files"):
        load_shapes(tmp_path)


ONTOLOGY_TITLES = (
    "The eokg ontology: international election observation",
    "Онтология eokg: международное наблюдение за выборами",
)


@pytest.mark.slow
def test_write_docs_writes_the_html_page_atomically(tmp_path: Path) -> None:
    level = logging.getLogger().level
    written = write_docs(tmp_path / "docs")
    assert logging.getLogger().level == level, "pyLODE's import must not switch on debug logging"
    assert written == tmp_path / "docs" / "ontology.html"
    html = written.read_text(encoding="utf-8")
    assert "observation mission" in html and "миссия наблюдения" in html
    assert "https://w3id.org/eokg/ontology#partOfMission" in html
    # the page is the ontology's, not a concept scheme's (pyLODE used to take the last scheme
    # for the ontology: <title>этапы дня голосования</title>, every scheme title in <h1>)
    title = re.search(r"<title>([^<]*)</title>", html)
    heading = re.search(r"<h1>(.*?)</h1>", html, re.S)
    assert title and title.group(1) in ONTOLOGY_TITLES
    assert heading and "этапы дня голосования" not in heading.group(1)
    assert "election kinds" not in heading.group(1)
    pages = sorted(p.relative_to(written.parent).as_posix() for p in written.parent.rglob("*"))
    assert pages == sorted(
        ["ontology.html", "vocabularies"] + [f"vocabularies/{name}.html" for name in VOCABULARIES]
    ), "no temporary files are left behind"
    polarity = (written.parent / "vocabularies" / "polarity.html").read_text(encoding="utf-8")
    assert "critical" in polarity and "An approving assessment." in polarity


@pytest.mark.slow
def test_the_seed_build_speaks_only_the_ontology_and_is_owl_rl_consistent(
    seed_workspace, ontology: Graph
) -> None:
    """The assembler's real output, not only the hand-written fixture, passes the QC rules."""
    workspace, _ = seed_workspace
    union = Graph()
    for s, p, o, _ in workspace.load_dataset().quads():
        union.add((s, p, o))
    assert len(union) > 100
    assert undeclared_terms(union, ontology) == set()
    assert owl_rl_inconsistencies(union, ontology) == []
