"""The NLP models every stage shares, built once per process and only when first needed.

Loading natasha's embedding and taggers takes about a second and tens of megabytes; a build of
many reports (and every test) must pay that once, not per report or per stage. Each getter
below is cached, so the first caller builds the model and later callers get the same object.
Everything loads from files shipped inside the installed wheels (natasha, slovnet, navec,
pymorphy3-dicts-ru): no network is needed.

pymorphy3 is used instead of natasha's own ``MorphVocab`` because that one is built on
pymorphy2, which no longer imports on Python 3.11.

natasha's taggers multiply small matrices with numpy. OpenBLAS's worker threads cost more
than they save on matrices this small, and several build processes each running as many
threads as there are cores slow every one of them down (measured: the morphology tagger runs
about five times faster on one thread on a busy two-core machine). So BLAS is limited to one
thread when the models are built, unless the user chose a number with ``OPENBLAS_NUM_THREADS``
or ``OMP_NUM_THREADS``.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imports for annotations only; the real imports are lazy
    import pymorphy3
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
    from pymorphy3.analyzer import Parse


@cache
def morph_analyzer() -> pymorphy3.MorphAnalyzer:
    """The process-wide pymorphy3 analyser (Russian dictionaries)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=1 << 17)
def word_is_known(word: str) -> bool:
    """Whether ``word`` (any case) is in the pymorphy3 dictionary; cached per distinct word."""
    try:
        return morph_analyzer().word_is_known(word.lower())
    except ValueError:  # pymorphy3 looks up Unicode names, which some letters lack
        return False


@lru_cache(maxsize=1 << 16)
def parses(word: str) -> tuple[Parse, ...]:
    """All pymorphy3 parses of ``word``; cached so each distinct word form is parsed once.

    Empty for a word pymorphy3 cannot analyse (it fails on letters without a Unicode name,
    such as Tangut ideographs).
    """
    try:
        return tuple(morph_analyzer().parse(word))
    except ValueError:
        return ()


@cache
def limit_blas_threads() -> None:
    """Run numpy's BLAS on one thread (see the module docstring), once per process."""
    if any(os.environ.get(name) for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")):
        return
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # an optimisation only: without it the taggers are slower, not wrong
        return
    threadpool_limits(limits=1, user_api="blas")


@cache
def embedding() -> NewsEmbedding:
    """natasha's news embedding (navec), shared by the morphology and NER taggers."""
    from natasha import NewsEmbedding

    limit_blas_threads()
    return NewsEmbedding()


@cache
def morph_tagger() -> NewsMorphTagger:
    """natasha's news morphology tagger (POS and Universal Dependencies features)."""
    from natasha import NewsMorphTagger

    return NewsMorphTagger(embedding())


@cache
def ner_tagger() -> NewsNERTagger:
    """natasha's news NER tagger (PER, LOC, ORG spans)."""
    from natasha import NewsNERTagger

    return NewsNERTagger(embedding())


@cache
def syntax_parser() -> NewsSyntaxParser:
    """natasha's news dependency parser (appositions, ``nmod`` chains of a post); measured as
    part of the floor in ``benchmarks/extraction.py``."""
    from natasha import NewsSyntaxParser

    return NewsSyntaxParser(embedding())
