"""The vocabularies, labels, stage map and version are read from ``ontology/``, never repeated.

:mod:`builder.facts.vocabulary` is the one reader; these tests fail when the Turtle and what
Python uses diverge: a scheme without labels or stage, a package version that is not the
ontology's, or a label or version written again in the code.
"""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import OWL

import builder
from builder.facts.model import VOCABULARIES
from builder.facts.vocabulary import VOCABULARY, load_vocabulary

PROJECT = Path(__file__).resolve().parents[2]


def test_every_concept_has_a_russian_and_an_english_label() -> None:
    for scheme, keys in VOCABULARIES.items():
        for key in keys:
            for language in ("ru", "en"):
                assert (scheme, key, language) in VOCABULARY.labels, (scheme, key, language)


def test_every_event_kind_belongs_to_one_observation_stage() -> None:
    for kind in VOCABULARIES["event-kind"]:
        stages = [
            k
            for s, k in VOCABULARY.broader.get(("event-kind", kind), ())
            if s == "observation-stage"
        ]
        assert len(stages) == 1, kind
        assert stages[0] in VOCABULARIES["observation-stage"]


def test_the_vocabulary_follows_an_edited_turtle(tmp_path: Path) -> None:
    ontology = PROJECT / "ontology"
    text = (ontology / "vocabularies.ttl").read_text(encoding="utf-8")
    edited = text.replace('"брифинг"@ru', '"инструктаж"@ru').replace(
        'event-kind/briefing> a skos:Concept ;\n    skos:notation "briefing"',
        'event-kind/briefing> a skos:Concept ;\n    skos:notation "instruction"',
    )
    assert edited != text
    (tmp_path / "vocabularies.ttl").write_text(edited, encoding="utf-8")
    (tmp_path / "eokg.ttl").write_bytes((ontology / "eokg.ttl").read_bytes())
    vocabulary = load_vocabulary(tmp_path)
    assert "instruction" in vocabulary.keys["event-kind"]
    assert "briefing" not in vocabulary.keys["event-kind"]
    assert vocabulary.label("event-kind", "instruction") == "инструктаж"


def test_the_package_version_is_the_ontologys() -> None:
    ontology = Graph().parse(PROJECT / "ontology" / "eokg.ttl")
    (info,) = set(ontology.objects(None, OWL.versionInfo))
    (version_iri,) = set(ontology.objects(None, OWL.versionIRI))
    assert VOCABULARY.version == str(info)
    assert str(version_iri).endswith("/" + VOCABULARY.version)
    assert importlib.metadata.version("eokg") == builder.__version__ == VOCABULARY.version


def test_no_python_module_repeats_a_label_or_the_version() -> None:
    """The stages that write the graph take labels from the vocabulary; ``builder/text/`` is
    left out: its words are the language's cue words that recognisers look for, not labels."""
    labels = {text.lower() for (_, _, lang), text in VOCABULARY.labels.items() if lang == "ru"}
    quoted = re.compile(r"""["']([^"'\n]+)["']""")
    repeats = []
    for path in sorted((PROJECT / "builder").rglob("*.py")):
        if path.is_relative_to(PROJECT / "builder" / "text"):
            continue
        for literal in quoted.findall(path.read_text(encoding="utf-8")):
            if literal.lower() in labels or literal == VOCABULARY.version:
                repeats.append(f"{path.relative_to(PROJECT)}: {literal!r}")
    assert repeats == []
