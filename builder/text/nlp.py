"""The models a language's stages share, held by one object a build makes and hands down.

natasha's news NER tagger is the one model of natasha the Russian segmenter runs. It loads from
files shipped inside the installed wheels (natasha, slovnet, navec): no network is needed. The
morphological analyser is :class:`builder.reference.morphology.Morphology`. English reads
with spaCy's blank pipeline (rules only, no model files), held here too.

natasha's tagger multiplies small matrices with numpy. OpenBLAS's worker threads cost more
than they save on matrices this small, and several build processes each running as many
threads as there are cores slow every one of them down (measured: natasha's taggers run
about five times faster on one thread on a busy two-core machine). So BLAS is limited to one
thread when the tagger is built, unless the user chose a number with ``OPENBLAS_NUM_THREADS``
or ``OMP_NUM_THREADS``.
"""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING

from builder.reference.morphology import Morphology

if TYPE_CHECKING:  # imports for annotations only; the real imports are lazy
    from natasha import NewsNERTagger
    from spacy.language import Language as SpacyLanguage


def limit_blas_threads() -> None:
    """Run numpy's BLAS on one thread (see the module docstring)."""
    if any(os.environ.get(name) for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")):
        return
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # an optimisation only: without it the tagger is slower, not wrong
        return
    threadpool_limits(limits=1, user_api="blas")


class Models:
    """The models of the text stages, each loaded when a stage first asks for it (an English
    report never loads the Russian tagger) and then held here, not in module globals.

    A build makes one per worker process and hands it to every language it loads; loading the
    tagger costs seconds, so one-off calls share the default of :mod:`builder.text.defaults`.
    Its analyser is handed to the reference data too (``read_reference(root, morph)``), so
    names and texts are analysed by one analyser with one memo.
    """

    def __init__(self, morph: Morphology | None = None) -> None:
        self._morph = morph

    @cached_property
    def morphology(self) -> Morphology:
        """The Russian morphological analyser and its memo of word forms."""
        return self._morph or Morphology()

    @cached_property
    def ner_tagger(self) -> NewsNERTagger:
        """natasha's news NER tagger (PER, LOC, ORG spans) over its news embedding (navec)."""
        from natasha import NewsEmbedding, NewsNERTagger

        limit_blas_threads()
        return NewsNERTagger(NewsEmbedding())

    @cached_property
    def english(self) -> SpacyLanguage:
        """spaCy's blank English pipeline (its tokenizer rules ship inside the wheel; no model
        is downloaded) with the rule-based sentencizer: what the English segmenter runs."""
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
