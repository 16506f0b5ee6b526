"""Every namespace the project uses, declared once.

Other modules import prefixes from here and bind them with :func:`bind_all`, so that every
serialisation carries the same prefixes in the same order.
"""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

EO = Namespace("https://w3id.org/eokg/ontology#")
"""Our own terms (classes, properties)."""

EOR = Namespace("https://w3id.org/eokg/resource/")
"""Instances: missions, people, events, spans... minted by :mod:`builder.graph.iris`."""

EOC = Namespace("https://w3id.org/eokg/concept/")
"""SKOS concepts of the controlled vocabularies (mission kinds, roles, polarity...)."""

EOSH = Namespace("https://w3id.org/eokg/shapes#")
"""SHACL shapes."""

SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "eo": EO,
    "eor": EOR,
    "eoc": EOC,
    "eosh": EOSH,
    "schema": SCHEMA,
    "oa": OA,
    "wd": WD,
    "org": ORG,
    "foaf": FOAF,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "sh": SH,
}


def bind_all(graph: Graph) -> Graph:
    """Bind every project prefix on ``graph`` (replacing rdflib's defaults) and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def sparql_prologue() -> str:
    """PREFIX lines for SPARQL text, so stored queries may omit them."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
