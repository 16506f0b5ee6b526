"""The built wheel, installed NOT editable, carries everything a build needs.

An editable install reads the ontology, queries and reference data from the checkout, so it
cannot show that the wheel ships them. This test builds the wheel from a copy of the sources,
installs it into a fresh virtual environment whose only other packages are the current
environment's dependencies (linked, so nothing is downloaded; the editable ``eokg`` is left
out), and builds the seed report from a folder outside the checkout: the Turtle must be the
checkout's, byte for byte.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from builder.base.resources import SHIPPED

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "data" / "reports" / "2017-06-kz-senate-ipa-cis.ru.txt"
SEED_CURATION = PROJECT / "data" / "curation" / "2017-06-kz-senate-ipa-cis.ru.yaml"
SOURCES = (
    "builder",
    "ontology",
    "queries",
    "data/reference",
    "pyproject.toml",
    "setup.py",
    "README.md",
    "LICENSE",
)
NOT_DEPENDENCIES = ("eokg", "__editable__", "builder", "_outer")

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{args[:3]}...: {result.stderr[-2000:]}"
    return result.stdout


def _wheel(tmp: Path) -> Path:
    """Build the wheel from a copy of the sources (the checkout gets no build/ or egg-info)."""
    src = tmp / "src"
    for name in SOURCES:
        origin, target = PROJECT / name, src / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if origin.is_dir():
            shutil.copytree(origin, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(origin, target)
    dist = tmp / "dist"
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index"]
    _run([*pip, "-w", str(dist), str(src)], cwd=tmp)
    (wheel,) = dist.glob("eokg-*.whl")
    return wheel


def _fresh_venv(tmp: Path) -> Path:
    """A venv that sees the current dependencies through links, but not the editable eokg."""
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp)
    python = venv / "bin" / "python"
    site = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], tmp
        ).strip()
    )
    deps = tmp / "deps"
    deps.mkdir()
    for entry in Path(sysconfig.get_path("purelib")).iterdir():
        if not entry.name.startswith(NOT_DEPENDENCIES) and entry.suffix != ".pth":
            (deps / entry.name).symlink_to(entry)
    (site / "_outer_dependencies.pth").write_text(f"{deps}\n")
    return venv


def test_installed_wheel_builds_the_seed_like_the_checkout(tmp_path: Path, seed_workspace) -> None:
    wheel = _wheel(tmp_path)
    venv = _fresh_venv(tmp_path)
    python = venv / "bin" / "python"
    _run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)], cwd=tmp_path)
    with zipfile.ZipFile(wheel) as archive:  # the licence travels with the wheel (PEP 639)
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert b"License-Expression: MIT" in metadata.splitlines()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), names

    elsewhere = tmp_path / "project"
    (elsewhere / "data" / "reports").mkdir(parents=True)
    (elsewhere / "data" / "curation").mkdir(parents=True)
    shutil.copy2(SEED, elsewhere / "data" / "reports")
    shutil.copy2(SEED_CURATION, elsewhere / "data" / "curation")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}

    where = _run([str(python), "-c", "import builder; print(builder.__file__)"], elsewhere, env)
    assert Path(where.strip()).is_relative_to(venv), where  # the wheel's copy, not the checkout
    resources = Path(where.strip()).parent / "_resources"
    assert all((resources / name).is_dir() for name in SHIPPED)

    _run([str(venv / "bin" / "eokg"), "build", "data/reports", "-w", "out"], elsewhere, env)
    checkout, _ = seed_workspace
    installed = (elsewhere / "out" / "graph.ttl").read_bytes()
    assert installed == checkout.turtle.read_bytes()
