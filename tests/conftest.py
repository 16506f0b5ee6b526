"""Shared fixtures: the project's paths, and one build of the seed report per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SEED = PROJECT / "data" / "reports" / "2017-06-kz-senate-ipa-cis.ru.txt"
CORPUS = PROJECT / "tests" / "corpus"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def seed_workspace(tmp_path_factory: pytest.TempPathFactory):
    """The seed report built (with its curation file) into a fresh workspace."""
    from builder.corpus.build import build
    from builder.corpus.workspace import Workspace

    workspace = Workspace(tmp_path_factory.mktemp("seed-ws"))
    summary = build([SEED], workspace, jobs=1)
    return workspace, summary


@pytest.fixture(scope="session")
def seed_extracted_workspace(tmp_path_factory: pytest.TempPathFactory):
    """The seed report built by extraction alone (no curation file)."""
    from builder.corpus.build import build
    from builder.corpus.workspace import Workspace

    workspace = Workspace(tmp_path_factory.mktemp("seed-extracted-ws"))
    summary = build([SEED], workspace, jobs=1, use_curation=False)
    return workspace, summary
