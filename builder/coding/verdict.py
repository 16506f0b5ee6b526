"""A mission's verdict on the election: endorse, qualified, critical or none.

A sentence can carry a verdict only when it speaks of the election as a whole (an
``election_subject`` cue) and is not about a judgement still to come ("the mission will assess
whether the elections are in line with ...": ``irrealis``). Then, in this order:

* ``fails-standards``: a failing predicate ("fell short of", "без подлинной конкуренции") or an
  endorsing one negated ("не были свободными", "not free") makes it critical;
* ``violations-affected-result``: violations said to have affected the outcome, unnegated;
* ``shortcomings-without-effect``: praise, a contrast, and shortcomings that "did not affect
  the outcome" is still an endorsement ("technical shortcomings ..., but they did not affect");
* ``praise-but-shortcomings``: praise, then a contrast ("однако", "but") followed by
  shortcomings, is qualified ("generally orderly, but ..."); a hedge ("в целом",
  "generally") before the contrast is what usually marks it, but the contrast decides;
* ``endorsing-predicate``: praise alone ("свободными и демократичными", "in line with the
  law") endorses;
* ``hedged-praise-then-remarks``: a sentence on the election that holds its praise back ("в
  целом", "generally") and is followed by one that opens with a contrast and names
  shortcomings ("Вместе с тем наблюдатели высказали ряд критических замечаний") is qualified;
* ``no-violations-affecting-result``: violations that could affect the result, negated
  ("нарушений, которые могли бы повлиять на итоги, не выявлено") endorses.

Over a mission's sentences the gravest verdict wins (critical, then qualified, then endorse):
a report that says the election fell short of commitments is critical even where it also
praises the administration. No sentence: ``none``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.coding.cues import Cues
from builder.coding.sentences import Sentence

GRAVITY = {"critical": 3, "qualified": 2, "endorse": 1}
_WORDS = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Judgement:
    """What one sentence says of the election: its verdict, the rule, and the characters
    (sentence offsets) of the words that carry it."""

    value: str
    rule: str
    start: int
    stop: int


def _negated(cues: Cues, text: str, at: int) -> bool:
    """Whether one of the two words before ``at`` is a negator ("не были свободными")."""
    return _has_negator(cues, " ".join(_WORDS.findall(text[:at])[-2:]))


def _has_negator(cues: Cues, text: str) -> bool:
    pattern = cues.lists["negators"]
    return pattern is not None and any(pattern.fullmatch(w) for w in _WORDS.findall(text))


def _clause_end(text: str, at: int) -> int:
    """Where the clause that goes on at ``at`` ends: the next comma, semicolon, dash or
    quotation mark, else the sentence's end without its final stop."""
    m = re.compile(r",|;|\s—\s|»|\"|\.\s").search(text, at)
    end = m.start() if m else len(text.rstrip().rstrip(".!"))
    return max(end, at)


def judge(cues: Cues, s: Sentence, following: Sentence | None = None) -> Judgement | None:
    """The verdict ``s`` states, if it states one (see the module docstring); ``following`` is
    the next sentence, read for remarks that qualify hedged praise."""
    f = s.folded
    for m in cues.find("not_endorse", f):  # blanked, keeping offsets
        f = f[: m.start()] + " " * (m.end() - m.start()) + f[m.end() :]
    if not cues.has("election_subject", f):
        return None
    fails = cues.find("fail", f)
    endorsing = cues.find("endorse", f)
    negated = [m for m in endorsing if _negated(cues, f, m.start())]
    praise = [m for m in endorsing if m not in negated]
    effects = cues.find("effect", f)
    hedges = cues.find("hedge", f)
    first = min((m.start() for m in fails + endorsing + effects + hedges), default=None)
    if first is None:
        return None
    irrealis = cues.find("irrealis", f)
    if irrealis and irrealis[0].start() < first:
        return None
    if fails or negated:
        hits = sorted(fails + negated, key=lambda m: m.start())
        return Judgement(
            "critical", "fails-standards", hits[0].start(), _clause_end(f, hits[-1].end())
        )
    no_effect = bool(effects) and _has_negator(cues, f)
    if effects and not no_effect and cues.has("shortcoming", f) and not praise:
        return Judgement(
            "critical",
            "violations-affected-result",
            effects[0].start(),
            _clause_end(f, effects[-1].end()),
        )
    if praise and not (
        hedges and following is not None and _opens_with_remarks(cues, following.folded)
    ):
        contrast = next((m for m in cues.find("contrast", f) if m.start() > praise[0].end()), None)
        if contrast is not None:
            after = f[contrast.end() :]
            if cues.find("effect", after) and _has_negator(cues, after):
                return Judgement(
                    "endorse",
                    "shortcomings-without-effect",
                    praise[0].start(),
                    _clause_end(f, praise[-1].end()),
                )
            if cues.has("shortcoming", after):
                gripe = cues.find("shortcoming", after)[-1]
                return Judgement(
                    "qualified",
                    "praise-but-shortcomings",
                    praise[0].start(),
                    _clause_end(f, contrast.end() + gripe.end()),
                )
        return Judgement(
            "endorse", "endorsing-predicate", praise[0].start(), _clause_end(f, praise[-1].end())
        )
    if hedges and following is not None and _opens_with_remarks(cues, following.folded):
        return Judgement(
            "qualified", "hedged-praise-then-remarks", 0, _clause_end(f, hedges[-1].end())
        )
    if no_effect and cues.has("shortcoming", f):
        return Judgement(
            "endorse", "no-violations-affecting-result", 0, len(f.rstrip().rstrip("."))
        )
    return None


def _opens_with_remarks(cues: Cues, folded: str) -> bool:
    """Whether a sentence opens with a contrast (in its first words) and names shortcomings."""
    contrast = cues.find("contrast", folded)
    return bool(contrast) and contrast[0].start() < 20 and cues.has("shortcoming", folded)
