"""Corpus-scale benchmarks: build speed, query speed (Oxigraph vs rdflib), validation speed.

Usage::

    .venv/bin/python benchmarks/run.py            # full run (many minutes): N = 10, 100, 1000
    .venv/bin/python benchmarks/run.py --quick    # a smaller run, under a minute
    .venv/bin/python benchmarks/run.py --json --out bench.json

What is measured (see benchmarks/README.md for how to read it):

* **build**: synthetic corpora (:mod:`benchmarks.synthetic`) of N reports built with
  :func:`builder.corpus.build.build` (extract, curate, assemble, validate, write, store). While the
  extraction stage is not installed, the corpus is built from the generator's own facts with
  the real assembler and per-report validation instead; the output says which mode ran.
* **queries**: a dataset of about one million triples, made by replicating the built report
  graphs with fresh IRIs, loaded into the workspace store (Oxigraph) and into an rdflib
  Memory store; every stored query in ``queries/*.rq`` runs on both, answers compared.
* **validation**: pySHACL over one whole graph (one run over everything) against the
  project's per-report parallel validation (:func:`builder.graph.validate.validate_dataset`), on the
  same slices of the dataset. A whole-graph run over a million triples takes far too long, so
  the full run measures slices and extrapolates; extrapolated numbers are labelled as such.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PER_REPORT, log  # noqa: E402  (puts the project on sys.path)

from builder.corpus.store import GraphStore  # noqa: E402
from builder.corpus.workspace import Workspace  # noqa: E402


# -- building corpora ----------------------------------------------------------------------
@cache
def _stages() -> tuple[Any, Any]:
    """This worker process's assembler and validator, made on its first report."""
    from builder.graph.assemble import Assembler
    from builder.graph.validate import Validator

    return Assembler(), Validator()


def _assemble_one(args: tuple[int, int]) -> tuple[str, str, bool]:
    """Worker: generate, assemble and validate one synthetic report; return its N-Triples."""
    from benchmarks.synthetic import generate_report
    from builder.corpus.build import sorted_ntriples
    from builder.graph import iris

    index, seed = args
    report = generate_report(index, seed)
    assembler, validator = _stages()
    graph = assembler(report.facts, report.doc())
    outcome = validator(graph, report.name)
    return str(iris.report_graph(report.name)), sorted_ntriples(graph), outcome.conforms


def _extraction_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("builder.text.extract") is not None


def build_corpus(n: int, seed: int, jobs: int, work: Path) -> dict[str, Any]:
    """Build N synthetic reports into a workspace; return timing and the per-graph N-Triples."""
    from benchmarks.synthetic import write_corpus

    log(f"building a corpus of {n} reports")
    reports_dir = work / f"reports-{n}"
    paths = write_corpus(n, reports_dir, seed=seed, with_gold=False)
    workspace = Workspace(work / f"ws-{n}")
    if _extraction_available():
        from builder.corpus.build import build

        empty_curation = work / "no-curation"
        empty_curation.mkdir(exist_ok=True)
        started = time.perf_counter()
        summary = build(paths, workspace, jobs=jobs, curation_dir=empty_curation)
        seconds = time.perf_counter() - started
        graphs = {r.graph_iri: r.ntriples for r in summary.reports}
        conforming = sum(1 for r in summary.reports if r.conforms)
        mode = "eokg build (extract, assemble, validate, write, store)"
    else:
        started = time.perf_counter()
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(jobs) as pool:
            results = pool.map(_assemble_one, [(i, seed) for i in range(1, n + 1)], chunksize=4)
        graphs = {iri: nt for iri, nt, _ in results}
        conforming = sum(1 for _, _, ok in results if ok)
        trig = write_trig(graphs, workspace.root / "graph.trig")
        GraphStore(workspace).replace_from_trig(trig)
        seconds = time.perf_counter() - started
        mode = "assemble+validate+store from generator facts (builder.text.extract not installed)"
    triples = sum(nt.count("\n") for nt in graphs.values())
    return {
        "reports": n,
        "seconds": round(seconds, 3),
        "reports_per_s": round(n / seconds, 2),
        "triples": triples,
        "conforming_reports": conforming,
        "mode": mode,
        "_graphs": graphs,
    }


def write_trig(graphs: dict[str, str], path: Path) -> Path:
    """N-Triples per graph -> one TriG file (graph blocks of N-Triples lines)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for iri in sorted(graphs):
            out.write(f"<{iri}> {{\n{graphs[iri]}}}\n")
    return path


def replicate(graphs: dict[str, str], target_triples: int) -> dict[str, str]:
    """Copies of the report graphs with fresh per-report IRIs until ``target_triples``."""
    base = sum(nt.count("\n") for nt in graphs.values())
    copies = max(1, round(target_triples / max(base, 1)))
    out: dict[str, str] = {}
    for k in range(copies):
        for iri, nt in graphs.items():
            if k == 0:
                out[iri] = nt
                continue
            suffix = f"-r{k}"
            new_iri = PER_REPORT.sub(lambda m, s=suffix: m.group(1) + m.group(2) + s, f"<{iri}>")
            out[new_iri[1:-1]] = PER_REPORT.sub(lambda m, s=suffix: m.group(1) + m.group(2) + s, nt)
    return out


# -- queries -------------------------------------------------------------------------------
def _canonical(row: tuple[Any, ...]) -> str:
    """A row for comparing engines: GROUP_CONCAT order is unspecified in SPARQL, so the parts
    of a "; "-joined value are sorted."""
    return repr(
        tuple("; ".join(sorted(v.split("; "))) if isinstance(v, str) and "; " in v else v
              for v in row)
    )  # fmt: skip


def _timed(fn, repeat: int) -> tuple[float, Any]:
    best: list[float] = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best.append(time.perf_counter() - started)
    return statistics.median(best), result


def bench_queries(trig: Path, work: Path, repeat: int) -> dict[str, Any]:
    """Every stored query on Oxigraph (the workspace store) and on rdflib's Memory store.

    Oxigraph is timed first, before rdflib's dataset is loaded: a million rdflib terms in the
    same process make Python's garbage collector walk them while Oxigraph's rows are converted,
    which would charge rdflib's memory to Oxigraph's time.
    """
    from rdflib import Dataset

    from builder.corpus.queries import list_queries, run_rdflib

    workspace = Workspace(work / "ws-million")
    workspace.root.mkdir(parents=True, exist_ok=True)
    log(f"loading {trig.name} into Oxigraph")
    started = time.perf_counter()
    quads = GraphStore(workspace).replace_from_trig(trig)
    oxigraph_load = time.perf_counter() - started
    store = GraphStore(workspace)
    rows: list[dict[str, Any]] = []
    answers: dict[str, list[str]] = {}
    log(f"loaded {quads} quads; running the stored queries on Oxigraph")
    for query in list_queries():
        ox_s, (ox_rows, _) = _timed(lambda q=query: store.query(q.sparql, {}), repeat)
        answers[query.name] = sorted(
            _canonical(tuple(r.get(c) for c in query.columns)) for r in ox_rows
        )
        rows.append(
            {
                "query": query.name,
                "rows": len(ox_rows),
                "oxigraph_ms": round(ox_s * 1000, 2),
                "rdflib_ms": None,
                "speedup": None,
                "same_answers": None,
            }
        )
    store.close()
    log(f"loading {trig.name} into rdflib")
    started = time.perf_counter()
    dataset = Dataset(store="Memory")
    dataset.parse(trig, format="trig")
    dataset.default_union = True
    rdflib_load = time.perf_counter() - started
    for query, row in zip(list_queries(), rows, strict=True):
        log(f"query {query.name} on rdflib")
        try:
            rd_s, rd_result = _timed(lambda q=query: run_rdflib(q, dataset), 1)
        except Exception as exc:  # rdflib's engine fails on some valid queries
            row["rdflib_error"] = f"{type(exc).__name__}: {exc}"[:200]
            continue
        row["rdflib_ms"] = round(rd_s * 1000, 2)
        row["speedup"] = round(rd_s / (row["oxigraph_ms"] / 1000), 3)
        row["same_answers"] = answers[query.name] == sorted(_canonical(r) for r in rd_result.rows)
    compared = [r for r in rows if r["speedup"] is not None]
    return {
        "triples": quads,
        "oxigraph_load_s": round(oxigraph_load, 2),
        "rdflib_load_s": round(rdflib_load, 2),
        "queries": rows,
        "median_query_ms_oxigraph": round(statistics.median(r["oxigraph_ms"] for r in rows), 2),
        "median_query_ms_rdflib": round(statistics.median(r["rdflib_ms"] for r in compared), 2),
        "query_speedup_vs_rdflib": round(statistics.median(r["speedup"] for r in compared), 1),
        "query_speedup_basis": f"median over {len(compared)} of {len(rows)} stored queries "
        "(the others failed in rdflib)",
    }


# -- validation ----------------------------------------------------------------------------
def _slice(graphs: dict[str, str], triples: int) -> dict[str, str]:
    out: dict[str, str] = {}
    total = 0
    for iri in sorted(graphs):
        if total >= triples:
            break
        out[iri] = graphs[iri]
        total += graphs[iri].count("\n")
    return out


def bench_validation(
    graphs: dict[str, str], slices: list[int], jobs: int, target: int, work: Path
) -> dict[str, Any]:
    from rdflib import Dataset, Graph, URIRef

    from builder.corpus.corpus_validation import validate_corpus
    from builder.graph.serialise import report_quads
    from builder.graph.validate import validate_dataset, validate_graph

    measured = []
    for size in slices:
        log(f"validating a slice of {size} triples (whole graph, then per report + corpus)")
        part = _slice(graphs, size)
        union = Graph()
        dataset = Dataset()
        for iri, nt in part.items():
            union.parse(data=nt, format="nt")
            dataset.graph(URIRef(iri)).parse(data=nt, format="nt")
        # the store a build leaves behind, for the corpus-wide shapes (its loading is the
        # build's, not validation's, so it is not timed)
        store = GraphStore(Workspace(work / f"ws-validate-{size}"))
        store.replace_from_quads([q for iri, nt in part.items() for q in report_quads(iri, nt)])
        started = time.perf_counter()
        whole = validate_graph(union, "whole")
        whole_s = time.perf_counter() - started
        started = time.perf_counter()
        per_report = validate_dataset(dataset, jobs=jobs)
        per_report_only_s = time.perf_counter() - started
        started = time.perf_counter()
        corpus = validate_corpus(store)
        corpus_s = time.perf_counter() - started
        per_report_s = per_report_only_s + corpus_s
        measured.append(
            {
                "triples": len(union),
                "reports": len(part),
                "pyshacl_whole_graph_s": round(whole_s, 2),
                "per_report_parallel_s": round(per_report_s, 2),
                "corpus_shapes_s": round(corpus_s, 2),
                "speedup": round(whole_s / per_report_s, 2),
                "whole_conforms": whole.conforms,
                "per_report_conforms": per_report.conforms and corpus.conforms,
            }
        )
    result: dict[str, Any] = {
        "jobs": jobs,
        "measured_slices": measured,
        "validate_speedup_vs_pyshacl": measured[-1]["speedup"],
        "validate_speedup_basis": f"measured on {measured[-1]['triples']} triples",
    }
    if len(measured) >= 2 and target > measured[-1]["triples"]:
        # power-law fit t = a * n^b on the slices, for each method; labelled extrapolation
        def fit(key: str) -> tuple[float, float]:
            xs = [math.log(m["triples"]) for m in measured]
            ys = [math.log(max(m[key], 1e-3)) for m in measured]
            b = (ys[-1] - ys[0]) / (xs[-1] - xs[0]) if xs[-1] != xs[0] else 1.0
            a = math.exp(ys[-1] - b * xs[-1])
            return a, b

        aw, bw = fit("pyshacl_whole_graph_s")
        whole_est = aw * target**bw
        # per-report validation: a fixed start-up (worker processes) plus a cost per triple
        first, last = measured[0], measured[-1]
        slope = (last["per_report_parallel_s"] - first["per_report_parallel_s"]) / max(
            last["triples"] - first["triples"], 1
        )
        slope = max(slope, last["per_report_parallel_s"] / last["triples"] / 2)
        overhead = max(last["per_report_parallel_s"] - slope * last["triples"], 0.0)
        per_est = overhead + slope * target
        result["extrapolated_to_triples"] = target
        result["extrapolated_pyshacl_whole_graph_s"] = round(whole_est, 1)
        result["extrapolated_per_report_parallel_s"] = round(per_est, 1)
        result["extrapolated_speedup"] = round(whole_est / per_est, 1)
        result["extrapolation_model"] = (
            f"whole graph: t = a*n^{bw:.2f} (power law through the slices); per report: "
            f"t = {overhead:.2f} s + {slope * 1000:.3f} ms per triple (linear)"
        )
    return result


# -- driver --------------------------------------------------------------------------------
def run(args: argparse.Namespace) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="eokg-bench-"))
    try:
        sizes = [int(s) for s in args.sizes.split(",")]
        corpora = [build_corpus(n, args.seed, args.jobs, work) for n in sizes]
        largest = corpora[-1]["_graphs"]
        big = replicate(largest, args.triples)
        trig = write_trig(big, work / "million.trig")
        queries = bench_queries(trig, work, args.repeat)
        slices = [int(s) for s in args.slices.split(",")]
        validation = bench_validation(big, slices, args.jobs, queries["triples"], work)
        result = {
            "quick": args.quick,
            "machine": {
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "platform": platform.platform(),
            },
            "seed": args.seed,
            "jobs": args.jobs,
            "corpora": [{k: v for k, v in c.items() if not k.startswith("_")} for c in corpora],
            "reports_per_s": corpora[-1]["reports_per_s"],
            "triples": queries["triples"],
            "query_speedup_vs_rdflib": queries["query_speedup_vs_rdflib"],
            "median_query_ms": queries["median_query_ms_oxigraph"],
            "validate_speedup_vs_pyshacl": validation["validate_speedup_vs_pyshacl"],
            "queries": queries,
            "validation": validation,
        }
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def table(result: dict[str, Any]) -> str:
    lines = []
    lines.append(f"eokg benchmarks ({'quick' if result['quick'] else 'full'} run, "
                 f"{result['machine']['cpus']} CPUs, jobs={result['jobs']})")  # fmt: skip
    lines.append("")
    lines.append(f"{'reports':>8} {'seconds':>9} {'reports/s':>10} {'triples':>9}  mode")
    for c in result["corpora"]:
        lines.append(
            f"{c['reports']:>8} {c['seconds']:>9.2f} {c['reports_per_s']:>10.2f} "
            f"{c['triples']:>9}  {c['mode']}"
        )
    q = result["queries"]
    lines.append("")
    lines.append(
        f"queries over {q['triples']} triples (load: Oxigraph {q['oxigraph_load_s']} s, "
        f"rdflib {q['rdflib_load_s']} s)"
    )
    lines.append(f"{'query':<18} {'rows':>6} {'oxigraph ms':>12} {'rdflib ms':>11} "
                 f"{'speedup':>8}  same")  # fmt: skip
    for r in q["queries"]:
        if r["rdflib_ms"] is None:
            lines.append(
                f"{r['query']:<18} {r['rows']:>6} {r['oxigraph_ms']:>12.2f} {'error':>11} "
                f"{'-':>8}  rdflib: {r['rdflib_error'][:60]}"
            )
            continue
        lines.append(
            f"{r['query']:<18} {r['rows']:>6} {r['oxigraph_ms']:>12.2f} {r['rdflib_ms']:>11.2f} "
            f"{r['speedup']:>8}  {'yes' if r['same_answers'] else 'NO'}"
        )
    v = result["validation"]
    lines.append("")
    lines.append(
        "validation: pySHACL whole graph vs ours = per-report parallel + corpus shapes "
        f"(jobs={v['jobs']})"
    )
    lines.append(
        f"{'triples':>9} {'reports':>8} {'whole s':>9} {'ours s':>8} {'of which corpus s':>18} "
        f"{'speedup':>8}"
    )
    for m in v["measured_slices"]:
        lines.append(
            f"{m['triples']:>9} {m['reports']:>8} {m['pyshacl_whole_graph_s']:>9.2f} "
            f"{m['per_report_parallel_s']:>8.2f} {m['corpus_shapes_s']:>18.2f} {m['speedup']:>8}"
        )
    if "extrapolated_speedup" in v:
        lines.append(
            "EXTRAPOLATED (fit of the slices above, not measured) to "
            f"{v['extrapolated_to_triples']} triples: "
            f"whole {v['extrapolated_pyshacl_whole_graph_s']} s, "
            f"per-report {v['extrapolated_per_report_parallel_s']} s, "
            f"speedup {v['extrapolated_speedup']}"
        )
        lines.append(f"  model: {v['extrapolation_model']}")
    lines.append("")
    lines.append(
        f"summary: reports_per_s={result['reports_per_s']} triples={result['triples']} "
        f"query_speedup_vs_rdflib={result['query_speedup_vs_rdflib']} "
        f"({q['query_speedup_basis']}) "
        f"median_query_ms={result['median_query_ms']} "
        f"validate_speedup_vs_pyshacl={result['validate_speedup_vs_pyshacl']} "
        f"({v['validate_speedup_basis']})"
    )
    return "\n".join(lines) + "\n"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller run, under a minute")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--out", type=Path, help="also write the JSON to this file")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--sizes", help="corpus sizes, comma-separated (default 10,100,1000)")
    parser.add_argument("--triples", type=int, help="size of the query dataset (default 1e6)")
    parser.add_argument("--slices", help="pySHACL slice sizes in triples (default 25k,50k,100k)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per Oxigraph query")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = args.sizes or "10,30"
        args.triples = args.triples or 50_000
        args.slices = args.slices or "2000,5000"
    else:
        args.sizes = args.sizes or "10,100,1000"
        args.triples = args.triples or 1_000_000
        args.slices = args.slices or "25000,50000,100000"
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    result = run(args)
    text = json.dumps(result, ensure_ascii=False, indent=2, default=str)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text if args.json else table(result), end="\n" if args.json else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
