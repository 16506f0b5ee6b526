"""What a one-off call uses when it is handed no stages: the one place that owns the defaults.

A build makes its own stages (:class:`~builder.corpus.build.ReportStages`: the reference data
read once, a :class:`~builder.text.nlp.Models` per worker) and hands them down. A call made
without them (a test, a script, ``extract(name, text)``) takes these instead, made on first
use and shared by every such call in the process, so a test suite of hundreds of one-off
extractions loads the models once rather than once per call.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from builder.reference.records import DEFAULT_ROOT, Reference, read_reference
from builder.text.nlp import Models

if TYPE_CHECKING:
    from builder.text.extract import Extractor
    from builder.text.languages.ru.recognise.lexicon import Lexicon


@cache
def models() -> Models:
    """The models one-off calls share."""
    return Models()


@cache
def reference() -> Reference:
    """The project's reference data (``data/reference``), read once for one-off calls
    with the analyser of :func:`models`."""
    return read_reference(DEFAULT_ROOT, models().morphology)


@cache
def ru_lexicon() -> Lexicon:
    """The Russian recognisers' lexicon (cue lists, analyser, date grammar) over
    :func:`models`, for one-off calls into the recognisers (a test's sentence)."""
    from builder.text.languages.ru.recognise.lexicon import Lexicon

    return Lexicon.load(models().morphology)


@cache
def extractor() -> Extractor:
    """The extractor one-off calls share: the project's reference data and :func:`models`."""
    from builder.text.extract import Extractor  # extract.py asks for this default

    return Extractor(models=models())
