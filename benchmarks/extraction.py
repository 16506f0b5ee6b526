"""Extraction speed on one core, against the floor set by natasha itself.

Usage::

    .venv/bin/python benchmarks/extraction.py                # dev corpus + 40 synthetic reports
    .venv/bin/python benchmarks/extraction.py --synthetic 200 --json --out extraction.json

The floor is natasha's own segmentation + morphology + syntax + NER over the same texts (what any
pipeline built on natasha pays at least). Our figures: ``extract`` (normalise, segment, tag,
recognise, resolve) and ``report`` (extract + assemble RDF + SHACL validation of the report's
graph). Everything runs in this one process, one report after another, models loaded before
timing starts; each stage is timed over the same texts in the same run, best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from functools import cache
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_texts(synthetic: int) -> list[tuple[str, str]]:
    """The development corpus plus ``synthetic`` generated reports, as (name, text)."""
    texts = [
        (p.name, p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    ]
    if synthetic:
        from benchmarks.synthetic import generate_corpus

        texts += [(r.name, r.text) for r in generate_corpus(synthetic, seed=7)]
    return texts


@cache
def natasha_models() -> tuple:
    """natasha's segmenter and news taggers over one embedding, as any natasha pipeline loads
    them (once, outside the timings)."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    embedding = NewsEmbedding()
    return (
        Segmenter(),
        NewsMorphTagger(embedding),
        NewsSyntaxParser(embedding),
        NewsNERTagger(embedding),
    )


def natasha_floor(texts: list[tuple[str, str]]) -> None:
    from natasha import Doc

    segmenter, morph, syntax, ner = natasha_models()
    for _, text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)


def our_extract(texts: list[tuple[str, str]]) -> None:
    from builder.text.extract import Extractor, extract

    extractor = Extractor()
    for name, text in texts:
        extract(name, text, extractor=extractor)


def our_assemble(texts: list[tuple[str, str]]) -> None:
    from builder.graph.assemble import Assembler
    from builder.text.extract import Extractor, extract

    assembler, extractor = Assembler(), Extractor()
    for name, text in texts:
        doc, facts = extract(name, text, extractor=extractor)
        assembler(facts, doc)


def our_report(texts: list[tuple[str, str]]) -> None:
    from builder.graph.assemble import Assembler
    from builder.graph.validate import Validator
    from builder.text.extract import Extractor, extract

    assembler, validator, extractor = Assembler(), Validator(), Extractor()
    for name, text in texts:
        doc, facts = extract(name, text, extractor=extractor)
        validator(assembler(facts, doc))


def best_of(fn, texts, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(texts)
        times.append(time.perf_counter() - start)
    return min(times)


def run(synthetic: int = 40, repeat: int = 3) -> dict:
    texts = load_texts(synthetic)
    chars = sum(len(t) for _, t in texts)
    # Warm up: load every model and cache once, outside the timings.
    our_report(texts[:2])
    natasha_floor(texts[:2])
    floor = best_of(natasha_floor, texts, repeat)
    extract_s = best_of(our_extract, texts, repeat)
    assemble_s = best_of(our_assemble, texts, repeat)
    report_s = best_of(our_report, texts, repeat)
    n = len(texts)
    return {
        "reports": n,
        "characters": chars,
        "natasha_floor_s": round(floor, 3),
        "extract_s": round(extract_s, 3),
        "assemble_s": round(assemble_s, 3),
        "report_s": round(report_s, 3),
        "natasha_reports_per_s": round(n / floor, 2),
        "extract_reports_per_s": round(n / extract_s, 2),
        "assemble_reports_per_s": round(n / assemble_s, 2),
        "report_reports_per_s": round(n / report_s, 2),
        "extract_vs_floor": round(extract_s / floor, 2),
        "assemble_vs_floor": round(assemble_s / floor, 2),
        "report_vs_floor": round(report_s / floor, 2),
    }


def table(result: dict) -> str:
    rows = [
        (
            "natasha segment+morph+syntax+NER (floor)",
            result["natasha_floor_s"],
            result["natasha_reports_per_s"],
            1.0,
        ),
        (
            "eokg extract",
            result["extract_s"],
            result["extract_reports_per_s"],
            result["extract_vs_floor"],
        ),
        (
            "eokg extract+assemble (RDF)",
            result["assemble_s"],
            result["assemble_reports_per_s"],
            result["assemble_vs_floor"],
        ),
        (
            "eokg extract+assemble+validate",
            result["report_s"],
            result["report_reports_per_s"],
            result["report_vs_floor"],
        ),
    ]
    lines = [
        f"{result['reports']} reports, {result['characters']:,} characters, one core",
        f"{'stage':36}  {'seconds':>8}  {'reports/s':>9}  {'x floor':>7}",
    ]
    for name, seconds, rate, ratio in rows:
        lines.append(f"{name:36}  {seconds:8.3f}  {rate:9.2f}  {ratio:7.2f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=40, help="synthetic reports to add")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args()
    result = run(args.synthetic, args.repeat)
    print(json.dumps(result, indent=2) if args.json else table(result))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
