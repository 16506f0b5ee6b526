"""Findings: each evaluative statement typed by topic, phase and polarity.

The assessments the extractors found are the first source: each becomes a finding with the
same statement, polarity and span. A sentence that carries a verdict and holds no assessment
(an extractor that missed it, or a language whose extractor does not find assessments yet)
becomes a finding too, on the ``overall`` topic, positive for an endorsement and critical for
a qualified or critical verdict.

The topic is the first topic (in the order of ``data/reference/coding.yaml``) with a cue in
the statement, else in its sentence, else ``overall``. The phase is the first phase with a
cue in the sentence; without one, statements on voting and the count are of election day,
statements on results and complaints after it, and the rest before it. A critical finding
with a fraud cue alleges fraud.
"""

from __future__ import annotations

from builder.coding.cues import Cues, fold
from builder.coding.sentences import Sentence

DAY_TOPICS = {
    "voting-process": "election-day",
    "vote-count": "election-day",
    "results": "post-election",
    "overall": "election-day",
}


def topic_of(cues: Cues, statement: str, sentence: str) -> str:
    """The integrity topic of a statement (see the module docstring)."""
    return (
        cues.first_key("topics", fold(statement))
        or cues.first_key("topics", fold(sentence))
        or "overall"
    )


def phase_of(cues: Cues, topic: str, sentence: Sentence) -> str:
    """The phase of the election a statement in ``sentence`` is about."""
    return cues.first_key("phases", sentence.folded) or DAY_TOPICS.get(topic, "pre-election")


def alleges_fraud(cues: Cues, polarity: str, statement: str, sentence: Sentence) -> bool:
    return polarity == "critical" and (
        cues.has("fraud", fold(statement)) or cues.has("fraud", sentence.folded)
    )
