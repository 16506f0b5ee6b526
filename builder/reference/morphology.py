"""Russian morphology: one pymorphy3 analyser and its memo of each word form's analyses.

Reference names are matched by word forms (:mod:`builder.reference.records`), and every text
stage above needs morphology too (the normaliser deciding whether a hyphen joins a word, the
segmenter giving each token its lemma and analyses, the recognisers and the nominative forms of
names). They all ask one :class:`Morphology`, so each distinct word form is analysed once, by
one analyser, whichever stage asks first; it lives here, in the lowest stage that needs it.
The dictionaries ship inside the pymorphy3-dicts-ru wheel: no network is needed.

pymorphy3 is used instead of natasha's own ``MorphVocab`` because that one is built on
pymorphy2, which no longer imports on Python 3.11.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imports for annotations only; the real import is lazy
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
