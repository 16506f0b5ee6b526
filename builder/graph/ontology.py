"""The ontology, vocabularies and SHACL shapes as graphs, their quality checks, and their docs.

The Turtle files under ``ontology/`` are the source; this module is the one way the rest of
the project reads them, so that a typo in a shapes file becomes one clear line naming the
file and line instead of a parser traceback in the middle of a build.

Besides loading, it holds the quality checks that run in the tests (and that the lead can run
on a built graph): :func:`undeclared_terms` finds terms a graph uses that the ontology does
not declare, :func:`owl_rl_inconsistencies` runs an OWL-RL closure and returns what the
reasoner found contradictory, and :func:`write_docs` renders the HTML documentation.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from builder.base.errors import InputError
from builder.base.files import atomic_write
from builder.base.resources import resource_dir
from builder.graph.namespaces import EOC, EOR, SH, bind_all
from builder.graph.terms import ordered

ONTOLOGY_DIR = resource_dir("ontology")
"""Where ``eokg.ttl``, ``vocabularies.ttl`` and ``shapes/`` live."""

ONTOLOGY_FILE = ONTOLOGY_DIR / "eokg.ttl"
VOCABULARIES_FILE = ONTOLOGY_DIR / "vocabularies.ttl"
SHAPES_DIR = ONTOLOGY_DIR / "shapes"
CORPUS_SHAPES_DIR = SHAPES_DIR / "corpus"
"""Shapes checked once over the union of all report graphs (see ``validate_corpus``)."""

DECLARING_TYPES = frozenset(
    {
        OWL.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.AnnotationProperty,
        RDFS.Class,
        RDF.Property,
    }
)
"""An IRI typed with one of these in the ontology counts as declared."""

BUILT_IN_NAMESPACES = (str(RDF), str(RDFS), str(OWL), str(XSD), str(SH))
"""The languages the ontology is written in; their terms need no declaration of ours."""

INSTANCE_NAMESPACES = (str(EOR), str(EOC))
"""Instances and concepts: individuals, not terms, so not subject to the declaration rule."""

# Shape properties whose objects are classes or properties of the data.
_SHAPE_TERM_PROPERTIES = (
    SH.path,
    SH["class"],
    SH.targetClass,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH.equals,
    SH.disjoint,
    SH.lessThan,
    SH.lessThanOrEquals,
)
_PATH_PROPERTIES = (
    SH.inversePath,
    SH.alternativePath,
    SH.zeroOrMorePath,
    SH.oneOrMorePath,
    SH.zeroOrOnePath,
)


def _parse_into(graph: Graph, path: Path) -> None:
    """Parse a Turtle file into ``graph``; a syntax error names the file and line."""
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise InputError(f"{_display(path)}: file not found") from exc
    except SyntaxError as exc:  # rdflib's BadSyntax is a SyntaxError with .lines (0-based)
        line = getattr(exc, "lines", None)
        why = getattr(exc, "_why", None) or str(exc).splitlines()[0]
        where = f"line {line + 1}: " if isinstance(line, int) else ""
        raise InputError(f"{_display(path)}: {where}{why}") from exc
    except Exception as exc:  # rdflib raises several other parser error types
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{_display(path)}: cannot be parsed: {first}") from exc


def _display(path: Path) -> str:
    """A path as a reader wants it: relative to the project when it is inside it."""
    try:
        return str(Path(path).resolve().relative_to(ONTOLOGY_DIR.parent))
    except ValueError:
        return str(path)


def load_ontology(directory: Path | None = None) -> Graph:
    """The OWL ontology and the SKOS vocabularies in one graph (not the shapes)."""
    base = Path(directory) if directory is not None else ONTOLOGY_DIR
    graph = bind_all(Graph())
    for path in (base / ONTOLOGY_FILE.name, base / VOCABULARIES_FILE.name):
        _parse_into(graph, path)
    return graph


def shape_files(directory: Path | None = None) -> list[Path]:
    """The shapes files, in name order (so loading is deterministic)."""
    shapes_dir = Path(directory) if directory is not None else SHAPES_DIR
    if not shapes_dir.is_dir():
        raise InputError(f"{_display(shapes_dir)}: shapes directory not found")
    files = sorted(shapes_dir.glob("*.ttl"))
    if not files:
        raise InputError(f"{_display(shapes_dir)}: no *.ttl shapes files")
    return files


def load_shapes(directory: Path | None = None) -> Graph:
    """Every SHACL shape of ``ontology/shapes/*.ttl`` (the per-report shapes) in one graph."""
    graph = bind_all(Graph())
    for path in shape_files(directory):
        _parse_into(graph, path)
    return graph


# -- declared terms -------------------------------------------------------------------------


def declared_terms(ontology: Graph) -> set[URIRef]:
    """IRIs the ontology declares as a class or property."""
    return {
        s for t in DECLARING_TYPES for s in ontology.subjects(RDF.type, t) if isinstance(s, URIRef)
    }


def _path_terms(shapes: Graph, path: Node) -> Iterator[URIRef]:
    """Properties named in a SHACL property path (a plain IRI, a sequence, inverse...)."""
    if isinstance(path, URIRef):
        yield path
        return
    if not isinstance(path, BNode):
        return
    if (path, RDF.first, None) in shapes:
        for item in Collection(shapes, path):
            yield from _path_terms(shapes, item)
        return
    for prop in _PATH_PROPERTIES:
        for inner in shapes.objects(path, prop):
            yield from _path_terms(shapes, inner)


def _sparql_terms(shapes: Graph) -> Iterator[URIRef]:
    """IRIs named in the SHACL-SPARQL queries of a shapes graph (using their sh:prefixes)."""
    from rdflib.plugins.sparql import prepareQuery

    for constraint, query in shapes.subject_objects(SH.select):
        namespaces: dict[str, str] = {}
        for declaring in shapes.objects(constraint, SH.prefixes):
            for decl in shapes.objects(declaring, SH.declare):
                prefix = shapes.value(decl, SH.prefix)
                namespace = shapes.value(decl, SH.namespace)
                if prefix is not None and namespace is not None:
                    namespaces[str(prefix)] = str(namespace)
        text = str(query).replace("$this", "?this")
        try:
            prepared = prepareQuery(text, initNs=namespaces)
        except Exception as exc:
            raise InputError(f"shapes: SPARQL of {constraint} cannot be parsed: {exc}") from exc
        yield from _walk_iris(prepared.algebra)


def _walk_iris(node: object) -> Iterator[URIRef]:
    """Every URIRef inside a parsed SPARQL algebra tree."""
    if isinstance(node, URIRef):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _walk_iris(value)
    elif isinstance(node, list | tuple | set):
        for value in node:
            yield from _walk_iris(value)


def used_terms(graph: Graph) -> set[URIRef]:
    """Classes and properties a graph uses: data, ontology or shapes alike.

    For data that is every predicate and every class of ``rdf:type``; for shapes it is also
    what the shapes talk about (``sh:path``, ``sh:class``, targets, comparisons, the IRIs in
    SPARQL constraints).
    """
    terms: set[URIRef] = set()
    for _, p, o in graph:
        if isinstance(p, URIRef):
            terms.add(p)
        if p == RDF.type and isinstance(o, URIRef):
            terms.add(o)
    for prop in _SHAPE_TERM_PROPERTIES:
        for value in graph.objects(None, prop):
            if prop == SH.path:
                terms.update(_path_terms(graph, value))
            elif isinstance(value, URIRef):
                terms.add(value)
    terms.update(_sparql_terms(graph))
    return terms


def undeclared_terms(graph: Graph, ontology: Graph | None = None) -> set[URIRef]:
    """Terms ``graph`` uses (see :func:`used_terms`) that ``ontology`` does not declare.

    Terms of RDF, RDFS, OWL, XSD and SHACL themselves are exempt, and so are instance and
    concept IRIs (``eor:``, ``eoc:``), which are individuals rather than terms. An empty set
    means the graph speaks only the ontology's language.
    """
    ontology = ontology if ontology is not None else load_ontology()
    declared = declared_terms(ontology)
    exempt = BUILT_IN_NAMESPACES + INSTANCE_NAMESPACES
    return {
        term
        for term in used_terms(graph)
        if term not in declared and not str(term).startswith(exempt)
    }


def unlabelled_terms(ontology: Graph, languages: Iterable[str] = ("ru", "en")) -> set[URIRef]:
    """Declared terms missing an ``rdfs:label`` or a ``skos:definition`` in one of ``languages``."""
    missing: set[URIRef] = set()
    for term in declared_terms(ontology):
        for prop in (RDFS.label, SKOS.definition):
            have = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
            if not set(languages) <= have:
                missing.add(term)
    return missing


# -- SHACL results ------------------------------------------------------------------------------

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def result_messages(report: Graph, result: Node) -> dict[str, str]:
    """The messages of one SHACL validation result, by language (``{"en": ..., "ru": ...}``).

    Every shape carries an English and a Russian sh:message, but pySHACL drops the language
    tag when it fills ``{?value}`` placeholders of SPARQL-based constraints; an untagged
    message is therefore assigned by its script (Cyrillic means Russian).
    """
    messages: dict[str, str] = {}
    for message in ordered(report.objects(result, SH.resultMessage)):
        if not isinstance(message, Literal):
            continue
        text = str(message)
        language = message.language or ("ru" if _CYRILLIC.search(text) else "en")
        messages.setdefault(language, text)
    return messages


# -- OWL-RL -----------------------------------------------------------------------------------

_OWLRL_ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")


def owl_rl_inconsistencies(data: Graph, ontology: Graph | None = None) -> list[str]:
    """What an OWL-RL reasoner finds contradictory in ``data`` under the ontology.

    owlrl does not raise on an inconsistency: it adds error-message nodes to the closure
    (``err:error "..."``) and types offenders ``owl:Nothing``. Both are collected here, sorted,
    so an empty list means the data is consistent with the ontology's disjointness, domains
    and ranges. ``data`` is not modified.
    """
    from owlrl import DeductiveClosure, OWLRL_Semantics

    ontology = ontology if ontology is not None else load_ontology()
    closure = Graph()
    for triple in ontology:
        closure.add(triple)
    for triple in data:
        closure.add(triple)
    from rdflib.term import _toPythonMapping

    # owlrl swaps rdflib's literal conversions for its own, process-wide, and leaves them: its
    # gMonthDay check rejects "--01-26" (a valid xsd:gMonthDay), so every such literal made
    # later in the process would be ill-typed and fail validation; put rdflib's back
    conversions = dict(_toPythonMapping)
    try:
        DeductiveClosure(OWLRL_Semantics).expand(closure)
    finally:
        _toPythonMapping.clear()
        _toPythonMapping.update(conversions)
    messages = {str(m) for m in closure.objects(None, _OWLRL_ERROR)}
    messages.update(
        f"{s} is of type owl:Nothing"
        for s in closure.subjects(RDF.type, OWL.Nothing)
        if not isinstance(s, BNode)
    )
    return sorted(messages)


# -- documentation ------------------------------------------------------------------------------


def _import_pylode() -> tuple[type, type]:
    """pyLODE's OntPub and VocPub classes, working around its wheel's ``pylode/version.py``.

    pyLODE 3.4 reads its version from a ``pyproject.toml`` that the wheel does not ship, so a
    plain ``import pylode`` fails; registering ``pylode.version`` from the installed package
    metadata first lets the rest of pyLODE import unchanged.
    """
    import importlib.metadata
    import sys
    import types

    if "pylode.version" not in sys.modules:  # version.py holds nothing but __version__
        shim = types.ModuleType("pylode.version")
        shim.__version__ = importlib.metadata.version("pylode")  # type: ignore[attr-defined]
        sys.modules["pylode.version"] = shim
    # pyLODE's supermodel loader calls logging.basicConfig(DEBUG) on import, which would turn
    # on debug logging process-wide; keep the root logger as it was.
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        from pylode import OntPub, VocPub
    finally:
        root.setLevel(level)
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
    return OntPub, VocPub


def write_docs(out_dir: Path) -> Path:
    """Write HTML documentation (pyLODE) of the ontology and of each vocabulary.

    ``out_dir/ontology.html`` documents the classes and properties (OntPub profile);
    ``out_dir/vocabularies/<scheme>.html`` documents each SKOS scheme (VocPub profile, which
    renders one scheme per page). Every page is written atomically. Returns the ontology page.
    """
    ontpub, vocpub = _import_pylode()
    graph = load_ontology()
    out = Path(out_dir)
    pages: list[tuple[Path, str]] = []
    try:
        pages.append(
            (
                out / "ontology.html",
                str(ontpub(ontology=_without_schemes(graph), sort_subjects=True).make_html()),
            )
        )
        for scheme in ordered(graph.subjects(RDF.type, SKOS.ConceptScheme)):
            name = str(scheme).removeprefix(str(EOC))
            html = vocpub(ontology=_scheme_graph(graph, scheme)).make_html()
            pages.append((out / "vocabularies" / f"{name}.html", str(html)))
    except Exception as exc:  # pyLODE raises bare exceptions on graphs it cannot read
        raise InputError(f"ontology/: pyLODE cannot render the documentation: {exc}") from exc
    for target, html in pages:
        atomic_write(target, html)
    return out / "ontology.html"


def _without_schemes(graph: Graph) -> Graph:
    """The ontology and concepts without the concept schemes' own descriptions.

    pyLODE's OntPub takes every skos:ConceptScheme for the ontology being documented, so the
    ontology page was titled with the last scheme's label ("этапы дня голосования") and its
    heading ran all fifteen titles together; the schemes have pages of their own."""
    schemes = set(graph.subjects(RDF.type, SKOS.ConceptScheme))
    part = bind_all(Graph())
    for triple in graph:
        if triple[0] not in schemes:
            part.add(triple)
    return part


def _scheme_graph(graph: Graph, scheme: Node) -> Graph:
    """One concept scheme with its concepts, the unit pyLODE's VocPub profile documents."""
    part = bind_all(Graph())
    for subject in [scheme, *ordered(graph.subjects(SKOS.inScheme, scheme))]:
        for triple in graph.triples((subject, None, None)):
            part.add(triple)
    return part


def load_corpus_shapes(directory: Path | None = None) -> Graph:
    """The corpus-wide shapes of ``ontology/shapes/corpus/``."""
    return load_shapes(directory if directory is not None else CORPUS_SHAPES_DIR)
