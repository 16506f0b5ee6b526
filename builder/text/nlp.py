"""The NLP models of Russian text: one morphological analyser and natasha's NER tagger.

Every stage that needs morphology (the normaliser deciding whether a hyphen joins a word, the
segmenter giving each token its lemma and analyses, the recognisers and the nominative forms of
names) asks one :class:`Morphology`, so each distinct word form is analysed once, by one
pymorphy3 analyser, whichever stage asks first. Everything loads from files shipped inside the
installed wheels (natasha, slovnet, navec, pymorphy3-dicts-ru): no network is needed.

pymorphy3 is used instead of natasha's own ``MorphVocab`` because that one is built on
pymorphy2, which no longer imports on Python 3.11.

natasha's tagger multiplies small matrices with numpy. OpenBLAS's worker threads cost more
than they save on matrices this small, and several build processes each running as many
threads as there are cores slow every one of them down (measured: the morphology tagger runs
about five times faster on one thread on a busy two-core machine). So BLAS is limited to one
thread when the tagger is built, unless the user chose a number with ``OPENBLAS_NUM_THREADS``
or ``OMP_NUM_THREADS``.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imports for annotations only; the real imports are lazy
    from natasha import NewsNERTagger
    from pymorphy3.analyzer import Parse

#: Distinct word forms whose analyses a :class:`Morphology` keeps (reports repeat their words;
#: a long build meets a few tens of thousands).
MEMO_SIZE = 1 << 17


class Morphology:
    """pymorphy3's Russian analyser and its memo of each word form's analyses.

    Building the analyser costs a few hundred milliseconds and its dictionaries tens of
    megabytes, so a build makes one and hands it to every stage; the memo lives on the object,
    so two analysers never hold two caches of the same words.
    """

    def __init__(self) -> None:
        import pymorphy3

        self._analyzer = pymorphy3.MorphAnalyzer(lang="ru")
        self.parses = lru_cache(maxsize=MEMO_SIZE)(self._parses)
        self.lemma = lru_cache(maxsize=MEMO_SIZE)(self._lemma)
        self.is_known = lru_cache(maxsize=MEMO_SIZE)(self._is_known)

    def _parses(self, word: str) -> tuple[Parse, ...]:
        """All analyses of ``word``, most probable first.

        Empty for a word pymorphy3 cannot analyse (it fails on letters without a Unicode name,
        such as Tangut ideographs).
        """
        try:
            return tuple(self._analyzer.parse(word))
        except ValueError:
            return ()

    def _lemma(self, word: str) -> str:
        """The most probable lemma of ``word``, lower-case, "ё" written "е" (how cue lists are
        written); a number or punctuation mark is its own lemma."""
        if not word or not word[0].isalpha():
            return word.lower()
        found = self.parses(word)
        return found[0].normal_form.replace("ё", "е") if found else word.lower()

    def _is_known(self, word: str) -> bool:
        """Whether ``word`` (any case) is in the dictionary (not only guessed)."""
        try:
            return self._analyzer.word_is_known(word.lower())
        except ValueError:  # pymorphy3 looks up Unicode names, which some letters lack
            return False


@cache
def morphology() -> Morphology:
    """The process's one :class:`Morphology`, for the stages that are not handed one."""
    return Morphology()


def limit_blas_threads() -> None:
    """Run numpy's BLAS on one thread (see the module docstring)."""
    if any(os.environ.get(name) for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")):
        return
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # an optimisation only: without it the tagger is slower, not wrong
        return
    threadpool_limits(limits=1, user_api="blas")


@cache
def ner_tagger() -> NewsNERTagger:
    """natasha's news NER tagger (PER, LOC, ORG spans) over its news embedding (navec)."""
    from natasha import NewsEmbedding, NewsNERTagger

    limit_blas_threads()
    return NewsNERTagger(NewsEmbedding())
