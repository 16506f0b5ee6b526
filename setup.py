"""Build step of the wheel: copy the shipped data folders into the package.

The ontology, the stored queries and the reference data stay at the top of the repository,
where people edit them and where a checkout reads them. A wheel has no top of the repository,
so ``build_py`` copies them to ``builder/_resources/`` in the build tree, where
:func:`builder.base.resources.resource_dir` looks first. An editable install skips the copy:
it reads the originals. Everything else is declared in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from builder.base.resources import SHIPPED  # noqa: E402 (the one list of shipped folders)


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


setup(cmdclass={"build_py": build_py_with_resources})
