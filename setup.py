"""Build steps: the version from the ontology, and the shipped data folders into the wheel.

The version is written once, as ``owl:versionInfo`` in ``ontology/eokg.ttl``; the package
metadata takes it from there (``builder.__version__`` reads the metadata).

The ontology, the stored queries and the reference data stay at the top of the repository,
where people edit them and where a checkout reads them. A wheel has no top of the repository,
so ``build_py`` copies them to ``builder/_resources/`` in the build tree, where
:func:`builder.base.resources.resource_dir` looks first. An editable install skips the copy:
it reads the originals. Everything else is declared in ``pyproject.toml``.
"""

from __future__ import annotations

import re
import runpy
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# The one list of shipped folders, read from its module without importing the package (whose
# __init__ asks for the metadata this build is making).
SHIPPED = runpy.run_path(str(HERE / "builder" / "base" / "resources.py"))["SHIPPED"]


def ontology_version() -> str:
    """``owl:versionInfo`` of ``ontology/eokg.ttl`` (the build has no RDF parser: one pattern)."""
    text = (HERE / "ontology" / "eokg.ttl").read_text(encoding="utf-8")
    match = re.search(r'owl:versionInfo\s+"([^"]+)"', text)
    if match is None:
        raise SystemExit("error: ontology/eokg.ttl has no owl:versionInfo")
    return match.group(1)


class build_py_with_resources(build_py):  # noqa: N801 (setuptools' naming)
    """``build_py``, then the shipped folders into ``builder/_resources/`` of the build tree."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for name in SHIPPED:
            target = Path(self.build_lib) / "builder" / "_resources" / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(
                HERE / name, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )


setup(version=ontology_version(), cmdclass={"build_py": build_py_with_resources})
