"""Time per KB of one long report, to show that extraction grows linearly with its length.

Usage::

    .venv/bin/python benchmarks/long_report.py                      # 100 KB, 400 KB, 1.6 MB
    .venv/bin/python benchmarks/long_report.py --sizes 100,400 --out long.json

Two kinds of long text, each at every size: ``repeated`` is a development report written
again and again (a long final report: many sentences, missions, events and people), and
``no-stops`` is lines of the same words with every full stop removed (a pasted table or list:
paragraphs with no sentence end). Each is timed through the stages of one report in a build:
extraction (normalise, segment, recognise, resolve), assembly of its RDF graph and its SHACL
validation. ``ms_per_kb`` flat across sizes means linear time; the ratio of the largest to the
smallest size is printed as ``growth`` (1.0 is perfectly linear). Times are this process's
CPU time (one thread), so that other work on a shared machine does not blur the ratios.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from common import ROOT, log  # noqa: E402

SOURCE = ROOT / "tests" / "corpus" / "dev-03-by-presidential-2015-two-missions.ru.txt"


def repeated(kb: int) -> str:
    """The development report written again and again, to ``kb`` kilobytes of UTF-8."""
    src = SOURCE.read_text(encoding="utf-8")
    text = ""
    while len(text.encode("utf-8")) < kb * 1024:
        text += src + "\n\n"
    return text


def no_stops(kb: int) -> str:
    """Lines of 80 words of the report without any sentence end, to ``kb`` kilobytes."""
    words = [
        w for w in SOURCE.read_text(encoding="utf-8").translate(str.maketrans(".!?", "   ")).split()
    ]
    lines, i, size = [], 0, 0
    while size < kb * 1024:
        line = " ".join(words[(i + k) % len(words)] for k in range(80))
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
        i += 80
    return "\n".join(lines)


KINDS = {"repeated": repeated, "no-stops": no_stops}


def measure(name: str, text: str) -> dict:
    from builder.graph.assemble import Assembler
    from builder.graph.validate import validate_graph
    from builder.text.extract import extract

    # what earlier sizes left alive (caches, models) is frozen, so that the collector's walks
    # over it are not charged to this size
    gc.collect()
    gc.freeze()
    start = time.process_time()
    doc, facts = extract(name, text)
    extracted = time.process_time()
    graph = Assembler()(facts, doc)
    assembled = time.process_time()
    validate_graph(graph)
    validated = time.process_time()
    kb = len(text.encode("utf-8")) / 1024
    return {
        "kb": round(kb, 1),
        "sentences": len(doc.sents),
        "triples": len(graph),
        "extract_s": round(extracted - start, 3),
        "assemble_s": round(assembled - extracted, 3),
        "validate_s": round(validated - assembled, 3),
        "extract_ms_per_kb": round(1000 * (extracted - start) / kb, 2),
        "total_ms_per_kb": round(1000 * (validated - start) / kb, 2),
    }


def run(sizes: list[int]) -> dict:
    from builder.text.extract import extract

    extract("warm-up.ru.txt", SOURCE.read_text(encoding="utf-8"))  # models and reference data
    out: dict = {"sizes_kb": sizes, "kinds": {}}
    for kind, make in KINDS.items():
        rows = []
        for kb in sizes:
            log(f"{kind} {kb} KB")
            rows.append(measure(f"long-{kind}-{kb}.ru.txt", make(kb)))
        first, last = rows[0], rows[-1]
        out["kinds"][kind] = {
            "rows": rows,
            "extract_growth": round(last["extract_ms_per_kb"] / first["extract_ms_per_kb"], 2),
            "total_growth": round(last["total_ms_per_kb"] / first["total_ms_per_kb"], 2),
        }
    return out


def table(result: dict) -> str:
    lines = [
        f"{'text':9} {'KB':>7} {'sents':>6} {'triples':>7} {'extract s':>9} {'validate s':>10}"
        f" {'extract ms/KB':>13} {'total ms/KB':>11}"
    ]
    for kind, data in result["kinds"].items():
        for r in data["rows"]:
            lines.append(
                f"{kind:9} {r['kb']:7.0f} {r['sentences']:6} {r['triples']:7}"
                f" {r['extract_s']:9.2f} {r['validate_s']:10.2f}"
                f" {r['extract_ms_per_kb']:13.2f} {r['total_ms_per_kb']:11.2f}"
            )
        lines.append(
            f"{kind:9} growth of ms/KB, largest/smallest: extract {data['extract_growth']},"
            f" total {data['total_growth']}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,400,1600", help="sizes in KB, comma-separated")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args()
    result = run([int(s) for s in args.sizes.split(",")])
    print(json.dumps(result, indent=2) if args.json else table(result))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
