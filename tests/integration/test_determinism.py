"""The same reports give byte-identical Turtle and TriG, whatever process builds them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT / "tests" / "corpus"


def _build(workspace: Path, hash_seed: str, jobs: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    args = ["build", str(CORPUS), "-w", str(workspace), "--no-curation", "-j", jobs]
    result = subprocess.run(
        [sys.executable, "-m", "builder.cli.app", *args], cwd=PROJECT, env=env, capture_output=True
    )
    assert result.returncode == 0, result.stderr


def test_builds_in_different_processes_are_byte_identical(tmp_path: Path) -> None:
    _build(tmp_path / "a", "1", "1")
    _build(tmp_path / "b", "2", "2")
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
