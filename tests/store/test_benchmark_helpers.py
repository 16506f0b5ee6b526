"""The benchmark's data helpers (timings themselves are never asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

RUN = Path(__file__).resolve().parents[2] / "benchmarks" / "run.py"
spec = importlib.util.spec_from_file_location("bench_run", RUN)
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

EOR = "https://w3id.org/eokg/resource/"


def test_replicas_get_fresh_report_iris_and_keep_shared_ones() -> None:
    nt = (
        f"<{EOR}mission/ipa-cis-kz-2017-06-28> <{EOR}p> <{EOR}state/kz> .\n"
        f"<{EOR}span/rep/1-5> <{EOR}p> <{EOR}person/ivan-petrov> .\n"
    )
    out = bench.replicate({f"{EOR}graph/rep": nt}, target_triples=6)
    assert sorted(out) == [f"{EOR}graph/rep", f"{EOR}graph/rep-r1", f"{EOR}graph/rep-r2"]
    copy = out[f"{EOR}graph/rep-r2"]
    assert f"<{EOR}mission/ipa-cis-kz-2017-06-28-r2>" in copy
    assert f"<{EOR}span/rep-r2/1-5>" in copy
    assert f"<{EOR}state/kz>" in copy and f"<{EOR}person/ivan-petrov>" in copy


def test_trig_of_graphs_loads_back(tmp_path: Path) -> None:
    from builder.corpus.store import GraphStore

    nt = f'<{EOR}a> <{EOR}p> "x" .\n'
    trig = bench.write_trig({f"{EOR}graph/a": nt, f"{EOR}graph/b": nt}, tmp_path / "d.trig")
    store = GraphStore(tmp_path)
    assert store.replace_from_trig(trig) == 2
    assert store.graph_counts() == {f"{EOR}graph/a": 1, f"{EOR}graph/b": 1}


def test_canonical_rows_ignore_group_concat_order() -> None:
    assert bench._canonical(("x", "b; a", 1)) == bench._canonical(("x", "a; b", 1))


def test_a_tiny_run_prints_one_json_object_with_the_promised_keys(tmp_path: Path) -> None:
    """The shape of the output only: timings are the benchmark's business, never a test's."""
    import json
    import subprocess
    import sys

    out = tmp_path / "bench.json"
    args = ["--quick", "--json", "--sizes", "3", "--triples", "3000", "--slices", "500,1000"]
    result = subprocess.run(
        [sys.executable, str(RUN), *args, "--repeat", "1", "--out", str(out)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed == json.loads(out.read_text(encoding="utf-8"))
    for key in ("query_speedup_vs_rdflib", "validate_speedup_vs_pyshacl", "reports_per_s"):
        assert printed[key] > 0, key
    assert printed["triples"] >= 1000
    answered = {q["query"] for q in printed["queries"]["queries"]}
    assert answered == {p.stem for p in (RUN.parents[1] / "queries").glob("*.rq")}
    assert all(q["same_answers"] for q in printed["queries"]["queries"])
    assert all(m["corpus_shapes_s"] >= 0 for m in printed["validation"]["measured_slices"])
