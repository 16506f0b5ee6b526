"""How long the interactive page takes to open for a corpus-sized graph.

Usage::

    .venv/bin/python benchmarks/viz_render.py                    # 1,000 reports (replicated)
    .venv/bin/python benchmarks/viz_render.py --reports 100 --json
    .venv/bin/python benchmarks/viz_render.py -w out             # a built workspace as it is

The dataset is a built workspace's report graphs (default: ``tests/corpus`` built into a
temporary workspace without curation) replicated with fresh per-report IRIs up to
``--reports`` report graphs; people, states, places and organisations keep their IRIs, as they
would in a real corpus. Measured: RDF -> networkx (:func:`to_networkx`, layout included),
page writing, and in headless Debian Chromium the time from navigation start to the first
drawing of the network (``window.eokg.rendered``, set on vis-network's first
``afterDrawing``), plus nodes in the graph and nodes drawn in the default view.
:func:`measure` returns the numbers as a dict for ``benchmarks/run.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import EOR, PER_REPORT, ROOT, log  # noqa: E402  (puts the project on sys.path)
from rdflib import Dataset  # noqa: E402

from builder.corpus.workspace import Workspace  # noqa: E402
from builder.pictures.headless import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from builder.pictures.network import to_networkx  # noqa: E402
from builder.pictures.page import write_page  # noqa: E402


def _base_trig(workspace: Path | None) -> str:
    if workspace is not None:
        return Workspace(workspace).trig.read_text(encoding="utf-8")
    from builder.corpus.build import build

    tmp = Path(tempfile.mkdtemp(prefix="eokg-viz-bench-"))
    reports = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    log(f"building {len(reports)} corpus reports into {tmp}")
    build(reports, Workspace(tmp), jobs=1, use_curation=False)
    return Workspace(tmp).trig.read_text(encoding="utf-8")


def replicated_dataset(trig: str, reports: int) -> tuple[Dataset, int]:
    """``trig``'s report graphs copied with fresh per-report IRIs until ``reports`` graphs."""
    base = Dataset()
    base.parse(data=trig, format="trig")
    per_copy = sum(1 for g in base.graphs() if str(g.identifier).startswith(EOR + "graph/"))
    copies = max(1, -(-reports // max(per_copy, 1)))
    parts = [trig]
    for i in range(1, copies):
        parts.append(PER_REPORT.sub(lambda m, i=i: f"{m.group(1)}r{i}-{m.group(2)}", trig))
    dataset = Dataset()
    for part in parts:
        dataset.parse(data=part, format="trig")
    return dataset, per_copy * copies


def _open_in_chromium(path: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(path.as_uri(), timeout=120_000)
            page.wait_for_function("window.eokg && window.eokg.rendered !== null", timeout=120_000)
            return {
                "first_render_ms": round(page.evaluate("window.eokg.rendered"), 1),
                "nodes_drawn": page.evaluate("window.eokg.network.body.data.nodes.length"),
            }
        finally:
            browser.close()


def measure(workspace: Path | None = None, reports: int = 1000) -> dict[str, Any]:
    """Time to first render of the page for about ``reports`` report graphs."""
    trig = _base_trig(workspace)
    started = time.perf_counter()
    dataset, graphs = replicated_dataset(trig, reports)
    log(f"{graphs} report graphs, {len(dataset)} quads loaded")
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    network = to_networkx(dataset)
    network_s = time.perf_counter() - started
    log(f"networkx graph: {len(network)} nodes, {network.number_of_edges()} edges")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "graph.html"
        started = time.perf_counter()
        write_page(network, page)
        page_s = time.perf_counter() - started
        size = page.stat().st_size
        browser = _open_in_chromium(page)
    return {
        "reports": graphs,
        "quads": len(dataset),
        "nodes": len(network),
        "edges": network.number_of_edges(),
        "load_s": round(load_s, 2),
        "to_networkx_s": round(network_s, 2),
        "write_page_s": round(page_s, 2),
        "page_mb": round(size / 1e6, 2),
        **browser,
    }


def _table(result: dict[str, Any]) -> str:
    width = max(len(k) for k in result)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in result.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-w", "--workspace", type=Path, default=None)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    result = measure(args.workspace, args.reports)
    print(json.dumps(result, indent=2) if args.json else _table(result))


if __name__ == "__main__":
    main()
