"""Fixtures of the picture tests: the hand-written two-report dataset and a headless browser."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset

from builder.pictures.headless import CHROMIUM, CHROMIUM_ARGS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini.trig"


@pytest.fixture(scope="session")
def mini_dataset() -> Dataset:
    dataset = Dataset()
    dataset.parse(MINI, format="trig")
    return dataset


@pytest.fixture(scope="session")
def mini_network(mini_dataset: Dataset) -> nx.MultiDiGraph:
    from builder.pictures.network import to_networkx

    return to_networkx(mini_dataset)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """Debian's headless Chromium driven by Playwright; never a downloaded browser."""
    in_ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    if not CHROMIUM.exists():
        if in_ci:
            pytest.fail(
                "/usr/bin/chromium is missing in CI: run scripts/install-system.sh chromium"
            )
        pytest.skip("/usr/bin/chromium absent (install: bash scripts/install-system.sh chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
