"""Where the project's own data lives: the ontology, the stored queries, the reference data.

The sources stay at the top of the repository (``ontology/``, ``queries/``, ``data/reference/``)
where people edit them. A wheel carries copies of them inside the package, under
``builder/_resources/`` (``setup.py`` puts them there at build time), so an installed ``eokg``
finds them with :mod:`importlib.resources`; a source checkout (editable install, tests) reads
the originals.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

#: The folders a wheel ships, by the name they have at the top of the repository.
SHIPPED = ("ontology", "queries", "data/reference")


def resource_dir(name: str) -> Path:
    """The folder ``name`` (one of :data:`SHIPPED`) of this installation."""
    if name not in SHIPPED:
        raise KeyError(f"{name} is not a shipped resource folder")
    packaged = Path(str(resources.files("builder"))) / "_resources" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name
