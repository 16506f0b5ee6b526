"""The controlled vocabularies and the ontology's version, read from ``ontology/``.

``ontology/vocabularies.ttl`` is the one place where the schemes, their keys
(``skos:notation``), their labels and the links between schemes are written; ``eokg.ttl`` holds
the version (``owl:versionInfo``). Python reads them here instead of repeating them, so a
concept added to the Turtle is known to curation, the assembler and the checks at once.

The facts model sits below the graph stage, so this module reads the Turtle with rdflib
directly (two small files, read once per process when the module is first imported) rather
than through :mod:`builder.graph.ontology`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from builder.base.resources import resource_dir

CONCEPTS = "https://w3id.org/eokg/concept/"
"""Namespace of the schemes and concepts (``eoc:``, as in :mod:`builder.graph.namespaces`)."""


@dataclass(frozen=True)
class Vocabulary:
    """What the ontology says about the vocabularies: keys, labels, cross-scheme matches."""

    keys: Mapping[str, tuple[str, ...]]
    """Scheme name -> its concepts' keys, sorted (RDF keeps no order)."""
    labels: Mapping[tuple[str, str, str], str]
    """(scheme, key, language) -> the concept's ``skos:prefLabel``."""
    broader: Mapping[tuple[str, str], tuple[tuple[str, str], ...]]
    """(scheme, key) -> the (scheme, key) concepts it has as ``skos:broadMatch``."""
    version: str
    """``owl:versionInfo`` of the ontology: the version of eokg."""

    def label(self, scheme: str, key: str, language: str = "ru") -> str:
        """The concept's label in ``language``; the key when the Turtle has none."""
        return self.labels.get((scheme, key, language), key)

    def broad_match(self, scheme: str, key: str, target_scheme: str) -> str | None:
        """The key of the concept of ``target_scheme`` that ``(scheme, key)`` falls under."""
        return next((k for s, k in self.broader.get((scheme, key), ()) if s == target_scheme), None)


def load_vocabulary(directory: Path | None = None) -> Vocabulary:
    """Read the vocabularies and version from ``directory`` (default: the shipped ontology)."""
    base = directory or resource_dir("ontology")
    graph = Graph()
    graph.parse(base / "vocabularies.ttl", format="turtle")
    # A concept is known by its scheme's name and its key (skos:notation), as the code uses it.
    names: dict[URIRef, tuple[str, str]] = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        in_scheme = graph.value(concept, SKOS.inScheme)
        notation = graph.value(concept, SKOS.notation)
        if isinstance(concept, URIRef) and in_scheme is not None and notation is not None:
            names[concept] = (str(in_scheme).removeprefix(CONCEPTS), str(notation))
    keys: dict[str, list[str]] = {
        str(scheme).removeprefix(CONCEPTS): []
        for scheme in graph.subjects(RDF.type, SKOS.ConceptScheme)
    }
    labels: dict[tuple[str, str, str], str] = {}
    broader: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
    for concept, (scheme, key) in names.items():
        keys[scheme].append(key)
        for label in graph.objects(concept, SKOS.prefLabel):
            if isinstance(label, Literal) and label.language:
                labels[(scheme, key, label.language)] = str(label)
        matches = sorted(
            names[m]
            for m in graph.objects(concept, SKOS.broadMatch)
            if isinstance(m, URIRef) and m in names
        )
        if matches:
            broader[(scheme, key)] = tuple(matches)
    ontology = Graph()
    ontology.parse(base / "eokg.ttl", format="turtle")
    version = next(ontology.objects(None, OWL.versionInfo), None)
    if version is None:
        raise ValueError(f"{base / 'eokg.ttl'} has no owl:versionInfo")
    return Vocabulary(
        keys={name: tuple(sorted(values)) for name, values in sorted(keys.items())},
        labels=labels,
        broader=broader,
        version=str(version),
    )


VOCABULARY = load_vocabulary()
"""The shipped ontology's vocabularies (constant data of the installation, read once)."""
