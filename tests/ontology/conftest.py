"""Session fixtures of the ontology QC tests (defined in ontology_fixtures.py)."""

from ontology_fixtures import ontology, shapes, valid_graph  # noqa: F401
