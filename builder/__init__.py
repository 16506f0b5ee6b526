"""eokg: knowledge graphs of international election-observation reports.

The pipeline reads in one direction (see README, "How the code is laid out"): reading ->
text -> facts -> graph -> corpus -> serving -> pictures -> cli, a package per stage.

The version is the ontology's (``owl:versionInfo`` in ``ontology/eokg.ttl``): ``setup.py``
gives it to the package metadata, read here, so it is written once.
"""

from importlib.metadata import version

__version__ = version("eokg")
