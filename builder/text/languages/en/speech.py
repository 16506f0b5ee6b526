"""Reported speech as English releases write it: who said each sentence, and which part of it
is what was said.

The genre attributes a statement in a handful of ways, and a reader follows the speaker
through them:

- a quotation with its reporting clause after it ("«...,» said Kristjan Lepik, Special
  Co-ordinator." / "«...,» Fomin said.") or before it ("Fomin told journalists: «...»"); a
  quotation that runs over several sentences is one statement of that speaker, and a second
  quotation in the same paragraph with no clause of its own continues it;
- reported speech without quotation marks: "According to X, ...", "..., X said.",
  "..., said the Head of the mission.", "X told journalists that ...", "He said ...";
- a demonstrative reporting sentence after the statement ("X said this at a press
  conference"): the statement before it is X's.

The speaker is named once and then by surname ("Mukhametzhanov"), by pronoun ("he", "she": the
person the text spoke of last) or by post ("the head of the mission": the mission's head, when
the text names one). A speaker given only by a post whose holder the text never names, or a
group ("the observers", "the delegation"), is no person: the statement is the mission's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from builder.text.languages.en.names import SUFFIXES

# a pronoun standing for the person last spoken of
_PRONOUN = re.compile(r"(?i)^(?:he|she|him|her)$")
# a group or an impersonal subject: a statement without a personal speaker
_GROUP = re.compile(
    r"(?i)^(?:they|we|it|the\s+(?:\w+\s+){0,3}(?:observers|mission|delegation|team|report|"
    r"statement|findings))\b"
)
# the head of a mission named by post ("the head of the mission", "the Head of the OSCE/ODIHR
# mission", "the leader of the delegation")
_HEAD_POST = re.compile(
    r"(?i)\b(?:head|leader|chief)\s+of\s+(?:the\s+|its\s+)?(?P<org>[^,]*?)\s*"
    r"\b(?:mission|delegation|team|observers)\b"
)
# a sentence that says a statement before it was made ("X said this", "made this assessment")
_DEMONSTRATIVE = re.compile(
    r"(?i)\b(?:said|stated|noted|stressed|announced|declared)\s+this\b|\bthis\s+(?:assessment|"
    r"conclusion|statement)\s+was\s+(?:made|given|voiced)\b|\bmade\s+this\s+(?:assessment|"
    r"statement)\b"
)


# how the subject of a reporting clause begins: a name, a post, a pronoun
_SUBJECT = r"(?:[A-Z]|the\s|he\b|she\b)"


@dataclass
class Said:
    """Who said a sentence and the part of it (offsets in the sentence) that is the statement.

    ``speaker`` is a person's full name, or None when the speaker is a group, a post whose
    holder is not named, or no one; ``named`` is whether the text names a speaker at all.
    """

    speaker: str | None
    start: int
    stop: int
    named: bool = True
    quote: int | None = None  # the quotation it belongs to, when that closes later


@dataclass
class Speaker:
    """How a reporting clause names its speaker, resolved against the people of the text."""

    persons_in: Callable[[str], list[str]]
    known: Sequence[str]
    head: str | None
    head_org_words: Callable[[str], bool]
    titles: Sequence[str] = ("Mr", "Ms", "Mrs", "Dr")
    post_words: Sequence[str] = ("head", "chair", "director", "secretary-general", "president")
    last: str | None = None

    def full(self, name: str) -> str:
        """The fullest form of ``name`` the text writes ("Fomin" -> "Konstantin Fomin")."""
        surname = name.split()[-1]
        longer = [k for k in self.known if k.split()[-1] == surname and len(k) >= len(name)]
        return max(longer, key=len) if longer else name

    def resolve(self, who: str) -> tuple[str | None, bool]:
        """(speaker, whether ``who`` names a speaker at all) for the words of a reporting
        clause; updates the person last spoken of."""
        who = who.strip(" ,")
        if not who:
            return None, False
        if _PRONOUN.match(who):
            return self.last, True
        persons = self.persons_in(who)
        if persons:
            self.last = self.full(persons[0])
            return self.last, True
        bare = re.fullmatch(
            rf"(?:(?:{'|'.join(self.titles)})\.?\s+)?([A-Z][\w’'-]+(?:\s+(?:{'|'.join(SUFFIXES)}))?)",
            who,
        )
        if bare:
            name = self.full(bare.group(1))
            if name != bare.group(1):
                self.last = name
                return name, True
        head = _HEAD_POST.search(who)
        if head and self.head_org_words(head.group("org")):
            self.last = self.head
            return self.head, True
        if _GROUP.match(who) or not self._names_post(who):
            return None, False
        self.last = None  # a post whose holder is not named ("the CIS Secretary General")
        return None, True

    def _names_post(self, who: str) -> bool:
        words = set(re.findall(r"[\w-]+", who.lower()))
        return any(w.lower() in words for w in self.post_words)


def attribute(
    sents: Sequence[tuple[int, int, str]],
    text: str,
    say_verbs: Sequence[str],
    speaker: Speaker,
) -> dict[int, Said]:
    """The sentences of ``text`` that report speech, by index (``sents``: start, stop, text).

    Sentences are read in order so that "he" and a surname refer to the person spoken of
    last.
    """
    say = "|".join(re.escape(v) for v in sorted(say_verbs, key=len, reverse=True))
    quotes = [(m.start(), m.end()) for m in re.finditer(r"«[^«»]*»", text)]
    by_quote: dict[int, str | None] = {}
    named_quote: dict[int, bool] = {}
    out: dict[int, Said] = {}
    for i, (start, stop, sent) in enumerate(sents):
        # -- quotations: their reporting clause is read where the quotation closes or opens
        for q, (qa, qb) in enumerate(quotes):
            if q in by_quote or not start <= qb - 1 < stop:
                continue  # read where the quotation closes
            after_stop = min([stop, *[a for a, _ in quotes if a >= qb]])
            after = text[qb:after_stop]
            para_start = text.rfind("\n", 0, qa) + 1
            before = text[max(start if start <= qa else para_start, para_start) : qa]
            # a quotation opened in an earlier sentence: its reporting clause may open it
            if qa < start:
                opening = next(s for s in sents if s[0] <= qa < s[1])
                before = text[max(opening[0], para_start) : qa]
            m = re.match(rf"\s*,?\s*(?:{say})\s+(?P<who>.+?)\s*[.!]?\s*$", after) or re.match(
                rf"\s*,?\s*(?P<who>[^,«»]{{2,80}}?)\s+(?:{say})\b", after
            )
            if m is None:
                m = re.search(rf"(?P<who>[^.«»]{{2,120}}?)\s+(?:{say})\b[^«»:]*:\s*$", before)
            if m is not None:
                who, named = speaker.resolve(_reporting_subject(m.group("who")))
            else:
                # a quotation of its own in a paragraph that quoted someone just before
                prev = [p for p in range(q) if quotes[p][1] >= para_start and p in by_quote]
                who = by_quote[prev[-1]] if prev else None
                named = bool(prev) and named_quote[prev[-1]]
            by_quote[q], named_quote[q] = who, named
        inside = [
            (q, max(start, qa), min(stop, qb))
            for q, (qa, qb) in enumerate(quotes)
            if qa < stop and qb > start and min(stop, qb) - max(start, qa) > 2
        ]
        if inside:
            q, a, b = max(inside, key=lambda t: t[2] - t[1])
            if q not in by_quote:  # closes later: known once that sentence is read
                out[i] = Said(None, a - start, b - start, named=False, quote=q)
                continue
            out[i] = Said(by_quote[q], a - start, b - start, named_quote[q])
            continue
        if _DEMONSTRATIVE.search(sent) and i > 0:
            m = re.search(rf"(?P<who>[^.]{{2,160}}?)\s*,?\s+(?:{say})\s+this\b", sent)
            if m:
                who, named = speaker.resolve(_reporting_subject(m.group("who")))
                said_before = out.get(i - 1) or Said(None, 0, len(sents[i - 1][2]))
                out[i - 1] = Said(who, said_before.start, said_before.stop, named)
                continue
        said = _reported(sent, say, speaker)
        if said is not None:
            out[i] = said
            continue
        for person in speaker.persons_in(sent):
            speaker.last = speaker.full(person)
    return _settle(out, by_quote, named_quote)


def is_demonstrative(sent: str) -> bool:
    """Whether ``sent`` says that a statement before it was made ("X said this at ...")."""
    return bool(_DEMONSTRATIVE.search(sent))


def _settle(
    out: dict[int, Said], by_quote: dict[int, str | None], named_quote: dict[int, bool]
) -> dict[int, Said]:
    """Sentences inside a quotation that closed later take the speaker found where it closed."""
    for said in out.values():
        if said.quote is not None:
            said.speaker = by_quote.get(said.quote)
            said.named = named_quote.get(said.quote, False)
    return out


def _reporting_subject(who: str) -> str:
    """The subject of a reporting clause without what follows it ("Aidos Mukhametzhanov,
    Deputy Chairman of ..., who coordinated ..." stays whole: the name comes first)."""
    who = re.sub(r"(?i)^(?:report informs that|it was reported that|and)\s+", "", who.strip())
    # "At the press conference in Belgrade on 18 December, Mr Schieder": where and when it was
    # said stand before the subject
    who = re.sub(
        r"^(?:At|During|After|Speaking at|Speaking to|In|On|Today|Yesterday)\b[^,«»]{0,120},\s*"
        r"(?=[A-Z]|he\b|she\b|the\s)",
        "",
        who,
    )
    # "Ms Kaminska at the joint press conference in Kyiv": where it was said is no part of who
    who = re.sub(
        r"\s+(?:at|during|after|in an?)\s+(?:the\s+)?(?:joint\s+)?(?:press|news|media|"
        r"final|closing|briefing|interview|conference|meeting)\b.*$",
        "",
        who,
    )
    return who


def _reported(sent: str, say: str, speaker: Speaker) -> Said | None:
    """Reported speech without quotation marks, or None."""
    body = sent.rstrip()
    # "According to X, ..."
    m = re.match(r"\s*According to (?P<who>[^,]{2,120}?),\s*", body)
    if m and not re.match(
        r"(?i)(?:the\s+)?(?:preliminary\s+)?(?:data|results|figures)\b|the cec\b", m.group("who")
    ):
        who, named = speaker.resolve(m.group("who"))
        return Said(who, m.end(), len(body), named)
    # "..., X said." / "..., said X."
    # "..., the head of the delegation said at a press conference in Chisinau today."
    where = r"(?:\s+(?:at|in|on|during|after|today|yesterday)\b[^,«»]{0,100})?"
    m = re.search(rf",\s*(?P<who>{_SUBJECT}[^,«»]{{0,80}}?)\s+(?:{say}){where}\s*[.!]?\s*$", body)
    m = m or re.search(rf",\s*(?:{say})\s+(?P<who>{_SUBJECT}[^«»]{{0,200}}?)\s*[.!]?\s*$", body)
    if m and not re.search(r"\bthat\b", m.group("who")):
        who, named = speaker.resolve(_reporting_subject(m.group("who")))
        if named:
            return Said(who, 0, m.start(), named)
    # "X said (that) ...", "He told journalists that ...", "The head of the mission noted ..."
    m = re.match(
        rf"\s*(?P<who>[A-Z][^,.;«»]{{0,80}}?|[A-Z][^.;«»]{{0,160}}?,)\s+(?:also\s+)?(?:{say})\b"
        rf"(?:\s+(?:journalists|reporters|the press|the media|the observers))?(?:\s+that)?\s*",
        body,
    )
    if m:
        who, named = speaker.resolve(_reporting_subject(m.group("who")))
        if named:
            return Said(who, m.end(), len(body), named)
    return None
