"""The English recognisers: from a segmented English report to the facts it states.

The grammar of the genre as English writes it: the mission the text is about is the first
observer-sending organisation it names (a joint statement names its lead institution first);
its partners are organisations named with a group noun ("the PACE delegation", "ODIHR's election
observation mission") or listed in a joint-mission sentence; the election is the state named
with the first "election"; heads "lead", "head" or "coordinate" the group, or the group "is
headed by" them; counts are exact numbers of observers, never approximate or partial ones;
meetings name the official met with a post before or after the name; findings are clauses
(split where they turn on "but", "however", "although") with evaluative cue words, and
recommendations are clauses with "should", "recommends", "calls on", "urges", "suggests".
Cue words live in ``cues.yaml`` and names in ``data/reference/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from builder.facts.model import (
    Assessment,
    Day,
    Election,
    Event,
    Evidence,
    Mission,
    PersonMention,
    ReportFacts,
    Span,
)
from builder.reference.records import Reference, State
from builder.text.document import Doc, TextSpan
from builder.text.languages.en.dates import DateGrammar, DateMention, shift_day
from builder.text.languages.en.names import RUN, post_prefix, split_run
from builder.text.languages.en.speech import Said, Speaker, attribute, is_demonstrative

CUES_FILE = Path(str(resources.files(__package__))) / "cues.yaml"
_ADVERSITY = re.compile(
    r"\b(?:in the face of|despite|notwithstanding|against|prevented|prevents|prevent|preventing|"
    r"averted|eliminated|ruled out)\s+[^,;]*"
)
_WILL_NOUN = re.compile(r"(?i)\bwill\s+of\b|\b(?:the|their|free|popular|own|voters')\s+will\b")
_PREDICATE_BUT = re.compile(r" but (?:not |also |still )?[\w-]+(?=[,;.]|\s+and\b|$)")
# a sentence on the mission's own work ("The Mission worked in ... in accordance with its
# regulations") is no finding on the election
_OWN_WORK = re.compile(
    r"^\W*(?:the\s+)?(?:[\w/-]+\s+){0,3}(?:mission|delegation|observers|team)\s+"
    r"(?:worked|works|operated|was deployed|were deployed|was present|stayed|was in)\b",
    re.IGNORECASE,
)
_REGION_LIST = re.compile(
    r"\b((?:[A-Z][\w-]+,\s+)*[A-Z][\w-]+(?:,)?\s+and\s+[A-Z][\w-]+)\s+"
    r"(?P<unit>regions|oblasts|provinces|districts|velayats|marzes)\b"
)
# the unit of a region list as a place name gives it: "the Ahal and Lebap velayats"
_UNIT = {"velayats": "velayat", "marzes": "marz"}
# "in Baku, Ganja, Sumgayit and Shamakhi", "in Khankendi and Shusha", "deployed to Belgrade,
# Novi Sad and Nis": two places or more
_TOWN = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_PLACE_LIST = re.compile(
    rf"\b(?:in|to)\s+(?:the\s+(?:cities|towns)\s+of\s+)?(?P<list>{_TOWN}"
    rf"(?:\s*,\s*{_TOWN})*,?\s+and\s+(?:in\s+)?{_TOWN})\b"
)
_NEGATOR = re.compile(r"\b(?:no|not|none|never|without|nor|lack of|lacked|absence of)\b|n't\b")
_HEAD_APPOSITION = re.compile(
    r"\b(?P<role>head of (?:the|its)\s+"
    r"(?P<group>(?:[\w/-]+\s+){0,4}?(?:mission|delegation|team|eom))"
    # "read out by its head, First Deputy Secretary General of the CIS NAME"
    r"|(?:its|the (?P<group2>mission|delegation)'s)\s+head)"
    r"(?:\s*,\s*(?P<office>[^,.;]{0,120}?))?\s*$",
    re.IGNORECASE,
)
# a parliamentarian's state and political group after the name: "(Sweden, EPP/CD)"
_STATE_GROUP = re.compile(r"\((?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}),\s*[A-Z][\w/&+-]*\)")
# a member named with the state alone: "Hayk Tadevosyan (Armenia)"
_NAME_STATE = re.compile(r"[A-Z][\w'’-]+\s+\((?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\)")
# an organisation named in a list of those whose members make up the mission
_MEMBERS_OF = re.compile(
    r"\b(?:representatives\s+of|(?:observers|experts|parliamentarians)\s+from"
    # "42 members of the CIS Interparliamentary Assembly and 19 staff of the ..."
    r"|\d+\s+(?:members|staff|representatives|experts|observers|deputies)\s+of)"
    r"\s+(?:[A-Z][\w/-]*\s*|,\s*|the\s+|and\s+)*$"
)
# an organisation's states ("the CIS member states", "OSCE participating States")
_STATES_OF = re.compile(
    r"(?:['’]s)?\s+(?:member\s+|participating\s+)?(?:countries|states|nations)\b", re.IGNORECASE
)
# observers "from" named states, without a count
_OBSERVERS = (
    r"observers|members|parliamentarians|representatives|monitors|experts|delegates|they|"
    r"deputies|MPs|legislators|senators"
)
_SENT_FROM = re.compile(
    rf"\b(?i:{_OBSERVERS})\b"
    r"[^.]{0,40}?\b(?:(?:came\s+)?from|come from|represent|represents|representing)\s+"
    # "from Armenia", "representing the parliaments of Armenia, Belarus ..."
    r"(?=[A-Z]|the\s+[A-Z]|(?:the\s+)?(?:parliaments?|legislatures?|countries|states)\s+of\s+[A-Z]"
    r"|the\s+following\s+(?:countries|states))"
    # "representatives of Armenia, Belarus and Kazakhstan", "delegations of the parliaments of"
    r"|\b(?i:representatives|delegations|delegates)\s+of\s+(?:the\s+)?"
    r"(?=(?:parliaments?\s+of\s+)?[A-Z][\w-]+(?:,|\s+and\b))"
    # "Russian, Belarusian and Kazakh parliamentarians", "The Russian delegation"
    r"|(?=\b(?:[A-Z][\w-]+,\s+)*(?:[A-Z][\w-]+\s+and\s+)?[A-Z][\w-]+\s+"
    r"(?:observers|parliamentarians|members of parliament|deputies|experts)\b)"
)
# the mission's first day: "began its work on", "opened in Chisinau on"
_BEGAN_ON = re.compile(
    r"\b(?:arrived|began|started|commenced|opened|launched)\b[^.]{0,60}?\bon\s*$"
)


def load_cues() -> dict:
    """The cue words (``cues.yaml``); a :class:`Recogniser` reads them once and holds them."""
    with open(CUES_FILE, encoding="utf-8") as f:
        return yaml.safe_load(f)


def _has(text: str, phrases: list[str]) -> bool:
    low = f" {text.lower()} "
    return any(re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", low) for p in phrases)


@dataclass
class _Sent:
    index: int
    start: int
    stop: int
    text: str
    dates: list[DateMention] = field(default_factory=list)


@dataclass
class _Ctx:
    doc: Doc
    ref: Reference
    cues: dict
    grammar: DateGrammar
    sents: list[_Sent]
    anchor: Day | None = None
    year: int | None = None
    city: str | None = None
    country: str | None = None

    def evidence(self, rule: str, start: int, stop: int) -> Evidence:
        return Evidence((self.doc.original_span(start, stop),), rule=f"en.{rule}")

    def full(self, day: Day) -> Day:
        return self.grammar.with_year(day, self.anchor, self.year)


class Recogniser:
    """Finds the facts of one normalised, segmented English document."""

    def __init__(self, reference: Reference) -> None:
        self.ref = reference
        self.cues = load_cues()
        self.grammar = DateGrammar(self.cues)

    def __call__(self, doc: Doc) -> ReportFacts:
        ctx = self._context(doc)
        facts = ReportFacts(report=doc.name, language="en")
        organisers = self._missions(ctx)
        if not organisers or not self._reports_observation(ctx):
            facts.is_observation_report = False
            return facts
        facts.election = self._election(ctx)
        ctx.country = facts.election.country_iso if facts.election else None
        main = Mission(key="main", organiser=organisers[0][0], is_main=True)
        main.evidence = organisers[0][1]
        facts.missions = [main]
        for i, (org, ev) in enumerate(organisers[1:]):
            facts.missions.append(Mission(key=f"other-{i}", organiser=org, evidence=ev))
        voting = facts.election.voting_date if facts.election else None
        self._period(ctx, main)
        self._counts(ctx, main)
        self._head(ctx, main)
        self._member_states(ctx, main)
        facts.events = self._events(ctx, main, voting)
        facts.assessments = self._assessments(ctx, main)
        facts.people = self._people(facts)
        return facts

    # -- context: sentences, the report's own date and place -----------------------------------
    def _context(self, doc: Doc) -> _Ctx:
        sents = [_Sent(i, s.start, s.stop, s.text) for i, s in enumerate(doc.sents)]
        ctx = _Ctx(doc, self.ref, self.cues, self.grammar, sents)
        ctx.year = self.grammar.text_year(doc.text)
        for s in sents:
            s.dates = self.grammar.absolute(s.text, s.start)
        ctx.anchor = self._anchor(sents)
        if ctx.anchor is not None:
            ctx.anchor = self.grammar.with_year(ctx.anchor, None, ctx.year)
        ctx.city = self._dateline_city(sents)
        previous: Day | None = None
        for s in sents:
            found = [DateMention(d.start, d.stop, ctx.full(d.day)) for d in s.dates]
            for d in self.grammar.relative_days(s.text, ctx.anchor, previous, s.start):
                earlier = [a for a in found if a.stop <= d.start and not a.relative]
                if earlier and self.grammar.relative_re.match(s.text, d.start - s.start):
                    word = s.text[d.start - s.start : d.stop - s.start].lower()
                    shifted = shift_day(earlier[-1].day, 1)
                    if word in self.grammar.next_day and shifted is not None:
                        d = DateMention(d.start, d.stop, shifted, True)
                found.append(d)
                previous = d.day
            s.dates = sorted(found, key=lambda d: d.start)
            if s.dates:
                previous = s.dates[-1].day
        return ctx

    def _anchor(self, sents: list[_Sent]) -> Day | None:
        """The dateline's or publication line's date: a date at the start of one of the
        first sentences, or a short line of its own at the end."""
        for s in sents[:5]:
            for d in s.dates:
                if d.start - s.start <= 40 and len(s.text) - (d.stop - s.start) <= 60:
                    return d.day
                if d.start - s.start <= 25:
                    return d.day
        if sents and sents[-1].dates and len(sents[-1].text) <= 40:
            return sents[-1].dates[0].day
        return None

    def _dateline_city(self, sents: list[_Sent]) -> str | None:
        for s in sents[:6]:
            m = re.match(r"\s*([A-Z][A-Za-z'’-]+(?: [A-Z][a-z]+)?)\s*(?:[,.]|—|–)", s.text)
            if m:
                place = self.ref.find_place(m.group(1).title())
                if place is not None:
                    return place.name.get("en") or place.name["ru"]
        return None

    # -- missions --------------------------------------------------------------------------------
    def _missions(self, ctx: _Ctx) -> list[tuple[str, Evidence]]:
        """Organisers of the missions named, the one the text is about first."""
        capable = set(ctx.cues["mission_organisers"])
        group = ctx.cues["group_nouns"]
        found: list[tuple[str, Evidence]] = []
        seen: set[str] = set()
        for s in ctx.sents:
            joint = _has(s.text, ctx.cues["joint"])
            for m in ctx.ref.scan(s.text, ["organisation", "mission"]):
                org = m.entry
                if org.key not in capable or org.key in seen:
                    continue
                after = s.text[m.end : m.end + 40].lower().lstrip("'’s ")
                is_group = m.kind == "mission" or any(after.startswith(g) for g in group)
                named_first = not found
                before = s.text[max(0, m.start - 30) : m.start].lower()
                # "the mission included observers from the IPA CIS": members it sent; but
                # "Observers from the OTS also presented their conclusions": a group of its own
                own_group = not re.search(
                    r"\b(?:mission|delegation|team|group|eom|\d+)\b", s.text[: m.start].lower()
                ) and re.search(r"\balso\b|\btheir own\b", s.text[m.end :].lower())
                contributes = (
                    re.search(r"\bfrom(?: the)?\s*$", before) and not is_group and not own_group
                )
                if contributes and not joint:
                    continue
                if is_group or joint or named_first or own_group:
                    seen.add(org.key)
                    found.append((org.key, ctx.evidence("mission.organiser", *_abs(s, m))))
        return found

    def _reports_observation(self, ctx: _Ctx) -> bool:
        """Whether the text reports observers' own work (an accreditation list does not)."""
        groups = r"\b(mission|delegation|observers|observer team|team)\b"
        for s in ctx.sents:
            low = s.text.lower()
            active = re.search(groups, low) and _has(low, ctx.cues["activity"])
            # a seminar, a conference or an accreditation speaks of observers without
            # reporting their work; a press conference reports it
            aside = _has(
                re.sub(r"\b(?:press|news)\s+conferences?\b", " ", low), ctx.cues["not_observation"]
            )
            if active and not aside:
                return True
        return False

    # -- the election ---------------------------------------------------------------------------
    def _election(self, ctx: _Ctx) -> Election | None:
        country = None
        kind = None
        voting: Day | None = None
        evidence = None
        election_re = re.compile(r"\b(elections?|vote|referendum|polls)\b", re.IGNORECASE)
        for s in ctx.sents:
            if not election_re.search(s.text):
                continue
            if country is None:
                for m in ctx.ref.scan(s.text, ["state", "body"]):
                    entry = m.entry
                    iso = entry.iso if isinstance(entry, State) else getattr(entry, "state", None)
                    if not re.search(rf"\(\s*{re.escape(m.text)}", s.text) and not _sends(
                        s.text, m.start, m.end
                    ):
                        country = iso
                        evidence = ctx.evidence("election.country", *_abs(s, m))
                        break
            low = s.text.lower()
            if kind is None:
                if re.search(
                    r"elections? to the (house|legislative|parliament|mazhilis|state great|"
                    r"national|supreme|chamber|majlis|jogorku)",
                    low,
                ):
                    kind = "parliamentary"
                for word, k in (
                    ("presidential", "presidential"),
                    ("parliamentary", "parliamentary"),
                    ("local", "local"),
                    ("referendum", "referendum"),
                ):
                    if kind is None and word in low:
                        kind = k
                        break
                if kind is None and re.search(
                    r"elections to the (house|legislative|parliament|mazhilis|state|national|"
                    r"supreme|assembly|chamber|majlis|jogorku)",
                    low,
                ):
                    kind = "parliamentary"
            if voting is None:
                voting = self._voting_date(ctx, s)
        if country is None:
            # the state named elsewhere (a headline), else the state of a place the text names
            # (not its dateline: "Strasbourg, 28 March" is where the release was written)
            for kinds in (["state"], ["place"]):
                for s in ctx.sents:
                    for m in ctx.ref.scan(s.text, kinds):
                        entry = m.entry
                        iso = (
                            entry.iso if isinstance(entry, State) else getattr(entry, "state", None)
                        )
                        dateline = s.index < 6 and m.start < 3
                        sends = _sends(s.text, m.start, m.end)
                        if iso and m.text[:1].isupper() and not dateline and not sends:
                            country = iso
                            evidence = ctx.evidence("election.country", *_abs(s, m))
                            break
                    if country is not None:
                        break
                if country is not None:
                    break
        if country is None:
            return None
        body = self._body(ctx, country, kind)
        return Election(country, kind, voting, body, evidence)

    def _voting_date(self, ctx: _Ctx, s: _Sent) -> Day | None:
        # a round of the vote: the first round is another vote than the one a run-off report
        # observed, and a second round spoken of as to come ("would be held on 3 November")
        # is not yet the vote
        low = s.text.lower()
        later_round = self._future(ctx, low) or re.search(r"\b(?:if|possible|would)\b", low)
        for d in s.dates:
            before = s.text[max(0, d.start - s.start - 25) : d.start - s.start].lower()
            after = s.text[d.stop - s.start : d.stop - s.start + 60].lower()
            head = s.text[: d.start - s.start].lower()
            near = f"{head[-80:]} {after[:30]}"
            if "first round" in near or (re.search(r"round|run-?off", near) and later_round):
                continue
            if _names_vote(s, d):
                return d.day
            held = re.search(
                r"(elections?|vote|referendum)[^.]{0,200}\b(held|took place|scheduled for|set for|"
                r"due on|slated for|to take place on)"
                # "held in Turkmenistan yesterday"
                r"(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3})?\s+(?:on\s+)?$"
                # "Moldova's early parliamentary elections on 11 July", "the parliamentary
                # elections in Serbia on 17 December", "the early elections to the Jogorku
                # Kenesh on November 30", "the parliamentary elections of 28 September"
                r"|\b(?:elections?|vote|referendum)(?:\s+(?:in|to)\s+(?:the\s+)?[\w-]+"
                r"(?:\s+[\w-]+){0,3})?\s+(?:on|of)\s+$"
                r"|\b(?:went to the polls|voted|cast their ballots?)\s+on\s*(?:\w+day,?\s*)?$"
                # "On election day, yesterday, ...", "on voting day (9 August)"
                r"|\b(?:election|voting|polling) day\s*[,(]\s*$",
                head,
            )
            if held:
                return d.day
            if re.search(r"(elections?|referendum)\s*,\s*$", before):
                return d.day
        return None

    def _body(self, ctx: _Ctx, iso: str, kind: str | None) -> str | None:
        for s in ctx.sents:
            m = re.search(
                r"elections? to the ([A-Z][^,.;]*?)"
                r"(?= and | held| are | is | was | were | will | on |,|\.|$)",
                s.text,
            )
            if m:
                return m.group(1).strip()
        state = ctx.ref.state_by_iso(iso)
        if kind == "presidential" and state is not None:
            return f"President of {state.name['en']}"
        return None

    # -- the mission's period, size and head ----------------------------------------------------
    def _is_main_sentence(
        self, ctx: _Ctx, s: _Sent, main: Mission, upto: int | None = None
    ) -> bool:
        """A sentence about the main mission: names it, or names no other organiser (before
        ``upto`` when given: the subject of its verb)."""
        found = ctx.ref.scan(s.text[:upto], ["organisation", "mission"])
        orgs = {m.entry.key for m in found}
        # "observers from ..., as well as from the CIS Interparliamentary Assembly": members
        # the organisation sent to this mission, not another mission; "met with the EU
        # delegation": another body the mission meets
        sending = {
            m.entry.key
            for m in found
            if re.search(r"\b(?:from|with)(?: the)?\s*$", s.text[max(0, m.start - 12) : m.start])
            # "the CIS countries", "OSCE participating States": states, not a mission
            or _STATES_OF.match(s.text, m.end)
            # "representatives of the CIS Executive Committee, the IPA CIS and ...": members
            # the organisation sent
            or _MEMBERS_OF.search(s.text[: m.start])
            # "172 observers ..., including a delegation of the OSCE PA": a part of this mission
            or re.search(
                r"\bincluding\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:delegation|observers|members)"
                r"\s+(?:of|from)\s+(?:the\s+)?$",
                s.text[max(0, m.start - 60) : m.start],
            )
        }
        capable = set(ctx.cues["mission_organisers"])
        others = {o for o in (orgs - sending) & capable if o != main.organiser}
        return main.organiser in orgs or not others

    def _period(self, ctx: _Ctx, main: Mission) -> None:
        stay = re.compile(
            r"\b(worked|work|working|was|were|will be|deployed|been|stayed|present|in the country)"
            r"\b[^.]*?\bfrom\s*$",
        )
        for s in ctx.sents:
            if not self._is_main_sentence(ctx, s, main) or main.start is not None:
                continue
            low = s.text.lower()
            if not re.search(r"\b(mission|delegation|team|observers|members|it|its|eom)\b", low):
                continue
            if re.search(r"\b(early voting|long-term observers will|will travel)\b", low):
                continue
            for i, d in enumerate(s.dates):
                before = low[: d.start - s.start]
                if stay.search(before):
                    main.start = d.day
                    nxt = s.dates[i + 1] if i + 1 < len(s.dates) else None
                    if nxt and re.fullmatch(
                        r"\s*(to|–|-|until)\s*", low[d.stop - s.start : nxt.start - s.start]
                    ):
                        main.end = nxt.day
                    break
                if re.search(
                    r"\b(deployed|working|worked|been|present|stayed)\b[\w ]{0,30}\s+since\s*$",
                    before,
                ):
                    main.start = d.day
                    break
                if _BEGAN_ON.search(before) and not _names_vote(s, d):
                    main.start = d.day
                    break
                # a visiting delegation: "visited Baku on 14 and 15 January"; "For a week,
                # from 14 November, the mission followed the campaign"
                visit = re.search(
                    r"\bvisited\s+(?:[A-Z][\w-]*\s+){1,3}on\s*$", s.text[: d.start - s.start]
                )
                if visit or re.fullmatch(r"\W*(?:for [\w\s]{1,20},\s*)?from\s*", before):
                    main.start = d.day
                    nxt = s.dates[i + 1] if i + 1 < len(s.dates) else None
                    joined = low[d.stop - s.start : nxt.start - s.start] if nxt else ""
                    if visit and nxt and re.fullmatch(r"\s*(?:and|to|–|-)\s*", joined):
                        main.end = nxt.day
                    break
                if re.search(r"\barrived\b", low) and d.relative:
                    main.start = d.day
                    break
            # "today opened an election observation mission", "The ODIHR Election Observation
            # Mission for the 24 April elections opened today in Skopje"
            opened = ctx.anchor and (
                re.search(r"\bopened\b[^.]*\bmission\b", low)
                or re.search(r"\bmission\b[^.]*\b(?:opened|was opened|was launched)\b", low)
            )
            own = [d for d in s.dates if not _names_vote(s, d)]
            if main.start is None and opened and (re.search(r"\btoday\b", low) or own):
                main.start = ctx.anchor if re.search(r"\btoday\b", low) else own[0].day

    def _counts(self, ctx: _Ctx, main: Mission) -> None:
        approx = ctx.cues["approximate"]
        nouns = "|".join(ctx.cues["observer_nouns"])
        state_nouns = "|".join(re.escape(n) for n in ctx.cues["state_nouns"])
        words = ctx.cues["number_words"]
        num = rf"(\d{{1,3}}(?:,\d{{3}})+|\d+|{'|'.join(words)})"
        # "On 8 January the observers ...": a day of the month counts no one
        months = "|".join(ctx.cues["months"])
        count_re = re.compile(
            rf"\b{num}(?:-member)?\s+(?!(?:{months})\b)(?:([\w-]+)\s+){{0,2}}?({nouns})\b",
            re.IGNORECASE,
        )
        member_re = re.compile(rf"\b{num}-member\b", re.IGNORECASE)
        counted = False  # a count was read (exact or approximate): later ones are parts
        for s in ctx.sents:
            if counted and main.sending_states:
                break
            low = s.text.lower()
            # the joint mission's size is the main mission's, though partners are named
            joint = re.search(r"\b(international election observation mission|ieom)\b", low)
            # "316 observers ..., including a delegation of the OSCE PA": its parts
            joint = joint or re.search(r"\bobservers\b[^.]*\bincluding\b", low)
            if not self._is_main_sentence(ctx, s, main) and not joint:
                continue
            if re.search(r"\b(accredit|registered|will ask|request)", low) or self._future(
                ctx, low
            ):
                continue
            hit = None
            found = [*member_re.finditer(s.text), *count_re.finditer(s.text)]
            for m in sorted(found, key=lambda m: m.start()):  # the first count written
                head = low[max(0, m.start() - 25) : m.start()]
                if any(head.rstrip().endswith(a) for a in approx):
                    hit = ("approx", m)
                    break
                words_between = low[m.start() : m.end()]
                if any(p in words_between for p in ctx.cues["partial_count"]):
                    continue
                hit = ("exact", m)
                break
            if hit is None or counted:
                # the states named apart from the count ("Observers came from A, B and C")
                sent = _SENT_FROM.search(s.text)
                if sent and not main.sending_states:
                    self._sending_states(ctx, main, s.text[sent.end() :], None)
                continue
            counted = True
            kind, m = hit
            if kind == "exact":
                main.observer_count = _value(m.group(1), words) + _other_parts(s.text, m.end())
                main.evidence = main.evidence or ctx.evidence("mission.count", *_abs(s, m))
            rest = s.text[m.end() - s.start + s.start :] if False else s.text[m.end() :]
            sm = re.search(
                # "from 40 countries", "from 19 OSCE countries"
                rf"\bfrom\s+(some |more than |about |around )?{num}\s+(?:[\w-]+\s+){{0,2}}?"
                rf"({state_nouns})\b",
                rest,
                re.IGNORECASE,
            )
            if sm and not sm.group(1):
                main.state_count = _value(sm.group(2), words)
            self._sending_states(ctx, main, rest, sm)
            sent = _SENT_FROM.search(s.text[: m.start()])
            if sent and not main.sending_states:
                # "Parliamentarians from A, B and C make up the 25-member delegation"
                self._sending_states(ctx, main, s.text[sent.end() : m.start()], None)
        if main.state_count is None:
            self._state_count(ctx, main, num, state_nouns, words)

    def _state_count(
        self, ctx: _Ctx, main: Mission, num: str, state_nouns: str, words: dict
    ) -> None:
        """The number of states written apart from the size ("The observers represented nine
        countries", "observers from 20 countries, including Germany and France")."""
        count = re.compile(
            rf"\b(?:from|represent(?:s|ed|ing)?|representatives of|nationals of)\s+(?:the\s+)?"
            rf"(some |more than |about |around |over |nearly )?{num}\s+(?:[\w-]+\s+)?"
            rf"(?:{state_nouns})\b",
            re.IGNORECASE,
        )
        for s in ctx.sents:
            m = count.search(s.text)
            if m is None or not self._is_main_sentence(ctx, s, main):
                continue
            if self._future(ctx, s.text.lower()) or m.group(1):
                return
            main.state_count = _value(m.group(2), words)
            self._sending_states(ctx, main, s.text[m.end() :], m)
            return

    def _sending_states(self, ctx: _Ctx, main: Mission, rest: str, number: object) -> None:
        """The states listed after a count or "observers from": each state but the one
        voting; a number of states written out ("from 40 countries") is not a list, nor is a
        person's "(Romania, ALDE)" (a delegation's members listed so are read by
        ``_member_states``)."""
        rest = _STATE_GROUP.sub(lambda m: " " * len(m.group()), rest)
        states = [
            x.entry.iso
            for x in ctx.ref.scan(rest, ["state"])
            if isinstance(x.entry, State) and x.entry.iso != ctx.country and x.text[:1].isupper()
        ]
        states = list(dict.fromkeys(states))
        if states and not number:
            main.sending_states = states
            main.state_count = len(states)
        elif states and re.search(r"(?:\bincluding|\bnamely|:|\()\s+(?:the\s+)?[A-Z]", rest):
            # "from 19 countries, including France and Germany", "from 3 countries: A, B and
            # C": the states named, their number stays the one written
            main.sending_states = states

    def _member_states(self, ctx: _Ctx, main: Mission) -> None:
        """The states of the members a delegation lists by name ("The other members of the
        delegation were Lars Ekholm (Sweden, EPP/CD), Pilar Navarro (Spain, ALDE) ..."), with
        its head's: parliamentary delegations name each member's country in brackets."""
        listing = re.compile(
            r"\b(?:members of the delegation|delegation (?:comprised|consisted of|included|was "
            r"composed of|also included))\b",
            re.IGNORECASE,
        )
        found: list[str] = []
        for s in ctx.sents:
            # "Anna Lind (Sweden, SOC), Jan Berg (Norway, EPP/CD) ...": members by state and
            # political group, however the list is introduced
            grouped = (
                len(_STATE_GROUP.findall(s.text)) >= 2 or len(_NAME_STATE.findall(s.text)) >= 2
            )
            if not (listing.search(s.text) or grouped) or not self._is_main_sentence(ctx, s, main):
                continue
            for paren in re.finditer(r"\)?\(([^()]{2,60})\)", s.text):
                for x in ctx.ref.scan(paren.group(1), ["state"]):
                    if isinstance(x.entry, State) and x.entry.iso != ctx.country:
                        found.append(x.entry.iso)
        if len(found) < 2:
            return  # one bracket is a person's note, not a delegation's list
        head = main.coordinator.post if main.coordinator and main.coordinator.post else ""
        for x in ctx.ref.scan(
            re.findall(r"\(([^()]*)\)", head)[-1] if "(" in head else "", ["state"]
        ):
            if isinstance(x.entry, State) and x.entry.iso != ctx.country:
                found.insert(0, x.entry.iso)
        states = list(dict.fromkeys([*main.sending_states, *found]))
        if len(states) > len(main.sending_states) and not (
            main.state_count and main.state_count > len(main.sending_states)
        ):
            main.sending_states = states
            main.state_count = len(states)

    def _head(self, ctx: _Ctx, main: Mission) -> None:
        """The head of the main mission: a person the group "is headed by", who "leads" or
        "heads" it, or who "is Head of" it; each person of a sentence is tried in turn."""
        verbs = "|".join(ctx.cues["head_verbs"])
        paren = r"(?:\s*\((?P<paren>[^)]*)\))?"
        active = re.compile(
            rf"{paren}(?:,\s*(?P<post>[^,]*?),)?,?\s+(?:who\s+)?(?:also\s+)?(?:will\s+)?"
            rf"(?:{verbs})\b\s+(?P<obj>[^.,;]*)"
        )
        copula = re.compile(
            rf"{paren}\s+(?:is|was|will be|has been)\s+(?:the\s+)?(?P<post>Head of the [^.,;]*)"
        )
        done = "|".join(v for v in ctx.cues["head_verbs"] if v.endswith("ed") or v == "led")
        passive = re.compile(rf"\b(?:{done})\s+by\s+(?P<pre>[^,.;]*?)\s*$")
        # "said Ambassador X, Head of the ODIHR Election Observation Mission": the role after
        # the name, in apposition
        apposed = re.compile(
            rf"{paren},\s+(?:the\s+)?(?P<post>(?:[Hh]ead|[Ll]eader|Chair(?:man|person|woman)?)\s+of\s+"
            r"(?:the\s+)?(?:[\w/'’-]+\s+){0,6}?(?:[Mm]ission|[Dd]elegation|[Tt]eam|EOM|"
            r"[Oo]bservers)\b(?:\s+(?:of|to|for)\s+(?:the\s+)?[A-Z][^,.;]*)?)"
        )
        # "X (Sweden), who also served as Special Co-ordinator and leader of the ... mission"
        serving = re.compile(
            rf"{paren},?\s+who\s+(?:also\s+)?(?:served|serves|acted|acts|was appointed|"
            r"has been appointed|had been appointed)\s+as\s+(?:the\s+)?(?P<post>[^.;]*)"
        )
        capable = set(ctx.cues["mission_organisers"])
        coordinates = main.organiser in ctx.cues["special_coordinator_heads"]
        for s in ctx.sents:
            before = ctx.sents[s.index - 1].text if s.index else ""
            for person, a, b, lead in _persons(ctx, s.text):
                left = s.text[:a]
                pm = passive.search(left)
                m = (
                    apposed.match(s.text, b)
                    or active.match(s.text, b)
                    or copula.match(s.text, b)
                    or serving.match(s.text, b)
                )
                if pm is not None:
                    target = left[: pm.start()]
                    # "It is headed by X" right after the group is named: the group
                    pronoun = re.fullmatch(
                        r"\s*It\s+(?:is|was|has been|will be)\s*", target
                    ) and re.search(r"(?i)\b(?:mission|delegation|team|group|observers)\b", before)
                    if not pronoun and not re.search(
                        r"(mission|delegation|team|group|eom)\b[^.]*$", target, re.I
                    ):
                        continue
                    m = re.compile(paren).match(s.text, b)
                    groups = {"pre": pm.group("pre"), "paren": m.group("paren") if m else None}
                elif m is None and (ap := _HEAD_APPOSITION.search(left)):
                    # "the head of the mission, First Deputy Chairman of ... NAME,": the
                    # office is the post
                    target = ap.group("group") or ap.group("group2") or "mission"
                    office = (ap.group("office") or "").strip(" ,")
                    if not office or office in ctx.cues["titles"]:
                        office = ap.group("role")  # "the Head of the ODIHR EOM, Ambassador X"
                    groups = {"post": office, "paren": None}
                elif m is not None:
                    target = m.groupdict().get("obj") or m.group("post") or ""
                    group = r"\b(mission|delegation|team|group|observers|eom)\b"
                    if not re.search(group, target.lower()):
                        continue
                    groups = {k: v for k, v in m.groupdict().items() if k != "obj"}
                else:
                    continue
                orgs = {
                    x.entry.key for x in ctx.ref.scan(target[-120:], ["organisation", "mission"])
                }
                if orgs & capable and main.organiser not in orgs:
                    continue
                role = "short-term" in target.lower() or "co-ordinator" in target.lower()
                if role and not coordinates:
                    continue
                groups["lead"] = _post_words(ctx, left, lead)
                post = self._head_post(ctx, s, groups, b, main, target)
                main.coordinator = PersonMention(
                    person, post, evidence=ctx.evidence("mission.head", s.start + a, s.start + b)
                )
                main.head_role = "head-of-mission"
                return

    def _head_post(
        self, ctx: _Ctx, s: _Sent, groups: dict, end: int, main: Mission, target: str
    ) -> str:
        """The head's post as the text gives it, completed with "head of the ... delegation"
        when the post says only the person's own office."""
        lead = groups.get("lead") or ""
        titles = set(ctx.cues["titles"])
        title = lead if lead in titles else None
        post = (groups.get("post") or "").strip() or _post_after(s.text, end)
        if not post and lead and not title:
            post = lead
        if not post and not title:
            post = (groups.get("pre") or "").strip()
        org = ctx.ref.organisation_by_key(main.organiser)
        # its Latin abbreviation, else its English name ("the European Parliament delegation")
        abbr = next((a for a in (org.abbreviations if org else ()) if a.isascii()), None)
        abbr = abbr or (org.name.get("en") if org else None) or main.organiser
        # the group as the text names it: a delegation when the text calls it one
        # (the short-term observers' mission a Special Co-ordinator leads is not the group)
        low = target.lower()
        delegation = "delegation" in low or (
            ("mission" not in low or "short-term" in low or "co-ordinator" in low)
            and re.search(r"\b(?:the|its|our)\s+delegation\b", ctx.doc.text, re.IGNORECASE)
        )
        noun = (
            "delegation"
            if delegation
            else ("election observation mission" if main.organiser == "odihr" else "mission")
        )
        head = f"head of the {abbr.replace('OSCE/', '')} {noun}"
        if post.lower().startswith("head of"):
            head, post = post, ""
        parts = []
        if title and title not in ("Ms", "Mr", "Mrs", "Dr"):
            parts.append(title)
        if post:
            parts.append(post)
        if not post or noun == "delegation" or parts == [title]:
            parts.append(head)
        text = ", ".join(parts)
        paren = groups.get("paren")
        if paren and "," in paren:  # "(Romania, EPP/CD)": country and political group
            text = f"{text} ({paren})"
        return text

    # -- events ---------------------------------------------------------------------------------
    def _future(self, ctx: _Ctx, text: str) -> bool:
        """Whether ``text`` speaks of what will be done; "the will of voters" is a noun."""
        text = _WILL_NOUN.sub(" ", text)
        return _has(text, ctx.cues["future"])

    def _events(self, ctx: _Ctx, main: Mission, voting: Day | None) -> list[Event]:
        events: list[Event] = []
        last: Day | None = None
        for s in ctx.sents:
            low = s.text.lower()
            previous = last
            head = _main_clause(s.text)
            # the dateline's day is the day the release was written: it dates no moment of
            # the sentences after it
            in_head = [
                d
                for d in s.dates
                if d.start - s.start < len(head) and not _is_dateline(s, d, ctx.anchor)
            ]
            # "observing the 17 December elections": the vote named, no moment of the mission
            in_head = [d for d in in_head if not _names_vote(s, d)]
            # "..., observers said in a statement released today": the release's day too
            carried = [d for d in in_head if not _releases_today(ctx, s, d)]
            if carried:
                last = carried[0].day
            if not self._is_main_sentence(ctx, s, main):
                # "the parliamentarians were briefed by the ODIHR core team and met ...": an
                # organiser named only after the verb is whom the mission met, not who met
                verb = _event_verb(ctx, head)
                if verb is None or not self._is_main_sentence(ctx, s, main, verb):
                    continue
            future = self._future(ctx, low)
            # meetings: one event per official named; a relative clause ("who informed them
            # that ... would be elected") neither makes the meeting future nor gives its day
            session = None if future else _session(ctx, low)
            meets = (
                _has(head.lower(), ctx.cues["meeting"])
                or _discussed_with(ctx, head) >= 0
                or _RECEIVED.search(head) is not None
            )
            if meets and not self._future(ctx, head.lower()):
                for part_start, part in _clauses_by_day(s.text):
                    # "on the eve of the election", "the day before the vote"
                    own = _from_vote(part, voting)
                    for d in in_head:
                        at = d.start - s.start
                        # "ahead of the 17 November vote" names the vote, not the meeting
                        if part_start <= at < part_start + len(part) and at < len(head):
                            own = own if _names_vote(s, d) else d.day
                    day = own if own is not None else (last if in_head else previous)
                    if own is None and _OVER_A_PERIOD.search(part):
                        day = None  # "Prior to the elections, the delegation met ...": no day
                    met = _officials(ctx, part, main)
                    dated = [
                        (d.start - s.start - part_start, d.day)
                        for d in s.dates
                        if part_start <= d.start - s.start < part_start + len(part)
                        and d.start - s.start < len(head)
                        and not _names_vote(s, d)
                    ]
                    for k, (person, post, a, b) in enumerate(met):
                        # "met X on 14 January, and Y the next day": each official's own day,
                        # the first written after the name and before the next official's
                        upto = met[k + 1][2] if k + 1 < len(met) else len(part)
                        mine = [d for at, d in dated if b <= at < upto]
                        ev = Event(main.key, "meeting", mine[0] if len(met) > 1 and mine else day)
                        ev.met = [PersonMention(person, post or None)]
                        ev.evidence = ctx.evidence(
                            "events.meeting", s.start + part_start + a, s.start + part_start + b
                        )
                        events.append(ev)
                    if met:
                        session = None  # "briefed by the Deputy Minister X": a meeting
                    if day is not None:
                        last = day
            if session is not None:
                # the observers' own briefing or closing session, on its day
                day = in_head[0].day if in_head else previous
                if not any(e.kind == session and e.date == day for e in events):
                    ev = Event(main.key, session, day)
                    ev.evidence = ctx.evidence(f"events.{session}", s.start, s.stop)
                    events.append(ev)
            # voting-day observation: one event, its places gathered from every sentence
            # that tells where the observers went that day
            voting_day = not future and (
                (
                    re.search(r"\b(election day|voting day|yesterday|on the day of)\b", low)
                    and re.search(
                        r"\b(observed|visited|deployed|monitored|followed|assessed)\b", low
                    )
                )
                or (
                    re.search(
                        r"\b(visited|observed|monitored|covered|followed|watched)\b[^.]*"
                        r"\bpolling (stations?|places?)\b",
                        low,
                    )
                    and "early voting" not in low
                )
                # "On 26 October, the delegation observed the opening, voting and counting":
                # the voting watched on the day of the vote
                or (
                    _WATCHED_VOTING.search(low)
                    and voting is not None
                    and any(d.day == voting for d in in_head)
                )
            )
            if voting_day:
                seen = [e for e in events if e.kind == "voting-day-observation"]
                regions = self._regions(ctx, s.text)
                if seen:
                    seen[0].regions = list(dict.fromkeys([*seen[0].regions, *regions]))
                    if seen[0].date is None and in_head and not future:
                        seen[0].date = in_head[0].day  # a headline gives no day, the body does
                else:
                    # the day of the vote, else the day the sentence gives ("yesterday
                    # visited 120 polling stations")
                    own_day = in_head[0].day if in_head and not future else None
                    ev = Event(main.key, "voting-day-observation", voting or own_day)
                    ev.regions = regions
                    ev.evidence = ctx.evidence("events.voting-day", s.start, s.stop)
                    events.append(ev)
            if (
                re.search(r"\b(press|news) (conference|briefing)\b|\bmedia briefing\b", low)
                and not future
                and not any(
                    e.kind == "press-conference" and not _own_day(s, e.date) for e in events
                )
            ):
                # the day of the conference, not the day of the vote it speaks of ("today
                # presented their assessment of yesterday's election")
                spoken = [d for d in s.dates if not _names_vote(s, d)]
                day = _from_vote(s.text, voting) or (spoken[-1].day if spoken else None)
                if day is None:  # "today", or the day of the release that reports it
                    day = ctx.anchor
                place = None
                pm = re.search(r"press conference (?:[^.]*?)\bin ([A-Z][\w-]+)", s.text)
                if pm and ctx.ref.find_place(pm.group(1)):
                    place = pm.group(1)
                ev = Event(main.key, "press-conference", day, place=place or ctx.city)
                ev.evidence = ctx.evidence("events.press-conference", s.start, s.stop)
                events.append(ev)
        return events

    def _regions(self, ctx: _Ctx, text: str) -> list[str]:
        """Places named in a voting-day sentence: "the Tashkent, Samarkand and Bukhara
        regions" gives each region; "in Baku, Ganja and Shusha" each town, known to the
        reference data or not; "the capital" is the capital of the country voting."""
        out: list[tuple[int, str]] = []
        low = text
        for m in _REGION_LIST.finditer(text):
            names = re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group(1))
            at = m.start()
            for n in names:
                out.append((text.find(n, at), f"{n} {_UNIT.get(m.group('unit'), 'region')}"))
            low = low[: m.start()] + " " * (m.end() - m.start()) + low[m.end() :]
        for m in _PLACE_LIST.finditer(low):
            for n in re.finditer(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", m.group("list")):
                if self._is_town(ctx, n.group()):
                    out.append((m.start("list") + n.start(), n.group()))
        for found in ctx.ref.scan(low, ["place"]):
            if found.text[:1].isupper():
                out.append((found.start, found.text))
        capital = re.search(r"\bin the capital\b", low)
        if capital and ctx.country:
            capitals = [p for p in ctx.ref.places if p.state == ctx.country and p.kind == "capital"]
            if capitals:
                name = capitals[0].name
                out.append((capital.start(), name.get("en") or name["ru"]))
        out.sort()
        # a city named both alone and as a region ("Tashkent and the Tashkent region") stays two
        return list(dict.fromkeys(n for _, n in out))

    def _is_town(self, ctx: _Ctx, name: str) -> bool:
        """A capitalised word of a place list that is a town: not a state, organisation or
        body, and no word the genre capitalises for other reasons."""
        stop = set(ctx.cues["not_name_words"]) | set(ctx.cues["weekdays"])
        if any(w in stop or w.lower() in stop for w in name.split()):
            return False
        return not ctx.ref.scan(name, ["state", "organisation", "body"])

    # -- assessments ----------------------------------------------------------------------------
    def _assessments(self, ctx: _Ctx, main: Mission) -> list[Assessment]:
        cues = ctx.cues
        out: list[Assessment] = []
        voices: list[tuple[str | None, bool]] = []
        speech = self._speech(ctx, main)
        body_started = False
        reach = -1  # where the last assessment's statement ends (normalised offset)
        bridged = False
        for s in ctx.sents:
            low = s.text.lower()
            if s.index < 2 and len(s.text) < 140 and not re.search(r"[.!?»]$", s.text.strip()):
                continue  # headlines repeat the lead
            if not body_started and s.index < 3 and not re.search(r"[.!?]", s.text):
                continue
            body_started = True
            said = speech.get(s.index)
            speaker = said.speaker if said else None
            # who speaks: a person, a post or group named as the speaker, or the text itself
            voice = (speaker, bool(said and said.named))
            if not self._is_main_sentence(ctx, s, main) and speaker is None:
                continue
            if self._future(ctx, low) and not _has(low, cues["recommend"]):
                continue
            if said is None and is_demonstrative(s.text):
                bridged = reach >= 0  # "X said this": the statement before goes on after it
                reach = max(reach, s.stop) if reach >= 0 else reach
                continue
            base = said.start if said else 0
            text = s.text[base : said.stop] if said else s.text
            # "She urged the authorities to ...": the verb that reports the speech recommends
            urged = bool(said and base and _has(s.text[:base][-25:], cues["recommend"]))
            for k, (a, clause) in enumerate(_clauses(text, cues["contrast"])):
                c = clause.lower()
                if _has(c, cues["recommend"]) or (urged and k == 0):
                    polarity, rec = "critical", True
                elif _has(c, cues["neutral"]):
                    polarity, rec = "neutral", False
                elif _has(c, cues["expectation"]):
                    continue
                else:
                    pos = _has(c, cues["positive"])
                    # the adversity a praised thing stood up to ("resilience in the face of
                    # attempts to manipulate", "a voter list that prevented multiple voting") is
                    # not a finding against the election
                    crit = _has(_ADVERSITY.sub(" ", c) if pos else c, cues["critical"])
                    # "the observers did not witness any serious violations": a wrong denied
                    denied = crit and not pos and _negated(c, cues["critical"])
                    if denied:
                        polarity = "positive"
                    elif crit or (pos and _negated(c, cues["positive"])):
                        polarity = "critical"
                    elif pos:
                        polarity = "positive"
                    else:
                        continue
                    rec = False
                if re.search(r"\b(invitation|ask|accredit)", c) or _OWN_WORK.match(clause):
                    continue
                start = s.start + base + a
                stop = start + len(clause.rstrip())
                prev = out[-1] if out else None
                # "minor shortcomings ..., but they were technical and did not affect the
                # result": a shortcoming said in the same breath not to matter is neutral
                if (
                    prev
                    and polarity == "neutral"
                    and prev.polarity == "critical"
                    and not prev.recommendation
                    and voices[-1] == voice
                    and prev.evidence is not None
                    and prev.evidence.spans[0].start >= ctx.doc.original_span(s.start, s.stop).start
                ):
                    prev.polarity = "neutral"
                # one statement per speaker: clauses of one polarity read in a row merge
                if (
                    prev
                    and voices[-1] == voice
                    and prev.polarity == polarity
                    and prev.recommendation == rec
                    and reach >= s.start - 3
                    and (bridged or "\n" not in ctx.doc.text[reach : s.start])
                ):
                    prev.statement += " " + clause.strip(" ,;:«»")
                    reach = stop
                    continue
                ev = ctx.evidence("assessments.clause", start, stop)
                statement = clause.strip(" ,;:«»")
                out.append(
                    Assessment(main.key, speaker, polarity, "general", statement, rec, evidence=ev)
                )
                voices.append(voice)
                reach = stop
            bridged = False
        return out

    def _speech(self, ctx: _Ctx, main: Mission) -> dict[int, Said]:
        """Who said each sentence that reports speech (see ``speech.py``)."""
        known: list[str] = []
        for s in ctx.sents:
            known.extend(name for name, *_ in _persons(ctx, s.text))
        capable = set(ctx.cues["mission_organisers"])

        def heads_main(words: str) -> bool:
            orgs = {m.entry.key for m in ctx.ref.scan(words, ["organisation", "mission"])}
            return not (orgs & capable) or main.organiser in orgs

        speaker = Speaker(
            persons_in=lambda text: [name for name, *_ in _persons(ctx, text)],
            known=known,
            head=main.coordinator.name if main.coordinator else None,
            head_org_words=heads_main,
            titles=ctx.cues["titles"],
            post_words=[*ctx.cues["post_heads"], "Secretary", "General", "Ambassador"],
        )
        sents = [(s.start, s.stop, s.text) for s in ctx.sents]
        return attribute(sents, ctx.doc.text, ctx.cues["say_verbs"], speaker)

    # -- people ---------------------------------------------------------------------------------
    def _people(self, facts: ReportFacts) -> list[PersonMention]:
        people: list[PersonMention] = []
        for m in facts.missions:
            if m.coordinator is not None:
                people.append(
                    PersonMention(
                        m.coordinator.name, m.coordinator.post, evidence=m.coordinator.evidence
                    )
                )
        for e in facts.events:
            for p in e.met:
                people.append(PersonMention(p.name, p.post, evidence=e.evidence))
        for a in facts.assessments:
            if a.by:
                people.append(PersonMention(a.by, evidence=a.evidence))
        return people


# -- helpers ---------------------------------------------------------------------------------
def _abs(s: _Sent, m) -> tuple[int, int]:
    start = m.start if isinstance(m.start, int) else m.start()
    end = m.end if isinstance(m.end, int) else m.end()
    return s.start + start, s.start + end


def _negated(text: str, positive: list[str]) -> bool:
    """Whether the first good thing ``text`` names is denied ("none of the challengers
    campaigned as a genuine opponent", "without a genuine choice")."""
    low = f" {text} "
    found = [
        m.start() for p in positive for m in re.finditer(rf"(?<![a-z]){re.escape(p)}(?![a-z])", low)
    ]
    return bool(found) and bool(_NEGATOR.search(low[: min(found)]))


# a meeting told over a stretch of time, not on a day: "Prior to the elections", "During its
# stay", "In the run-up to the vote", "Over the past weeks"
_OVER_A_PERIOD = re.compile(
    r"(?i)\b(?:prior to|ahead of|before|in the run-up to|in the lead-up to)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:elections?|vote|voting day|election day|polls|referendum)\b"
    r"|\b(?:during|in the course of|throughout)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:stay|visit|work|deployment|mission|observation)\b"
    r"|\bover the (?:past|last|previous) (?:\w+ )?(?:days|weeks|months)\b"
)


_WATCHED_VOTING = re.compile(
    r"\b(?:observed|monitored|followed|watched)\b[^.]*\b(?:voting|the vote|the count|counting|"
    r"opening of polling)\b"
)


def _releases_today(ctx: _Ctx, s: _Sent, d: DateMention) -> bool:
    """Whether ``d`` is the release's own "today" in a sentence that reports what was said
    ("..., the observers said in a statement released today")."""
    return (
        d.relative
        and d.day == ctx.anchor
        and (_has(s.text, ctx.cues["say_verbs"]) or bool(re.search(r"\bstatement\b", s.text)))
    )


_PART = re.compile(
    r"(?:,|\band)\s+(\d+)\s+(?:[\w-]+\s+)?(?:members|staff|observers|experts|representatives|"
    r"parliamentarians|deputies)\s+(?:of|from)\b"
)


def _other_parts(text: str, end: int) -> int:
    """What the parts listed after the first count add to it: "The mission included 231
    observers from ..., 42 members of the CIS Interparliamentary Assembly and 19 staff of the
    CIS Executive Committee" is 292; a count after "including", "of whom" or a colon is
    inside the first, not beside it."""
    total = 0
    at = end
    for m in _PART.finditer(text, end):
        # "312 observers from 40 countries: 252 ..., 41 ...": the breakdown of the first
        if re.search(
            r"\b(?:including|of whom|among them|among whom|comprising|out of)\b|:",
            text[at : m.start()],
        ):
            break
        total += int(m.group(1))
        at = m.end()
    return total


def _own_day(s: _Sent, day: Day | None) -> bool:
    """Whether ``s`` writes a day of its own other than ``day`` (the mission's opening press
    conference on 4 April, its closing one on 25 April), not one that names the vote."""
    return any(not d.relative and not _names_vote(s, d) and d.day != day for d in s.dates)


def _is_dateline(s: _Sent, d: DateMention, anchor: Day | None) -> bool:
    """Whether ``d`` is the dateline's or publication line's day ("Bishkek, 8 January 2021 –",
    "17/01/2020 | Election observation"): the release's day, not one of the mission's."""
    before = s.text[: d.start - s.start]
    place = re.fullmatch(r"\W*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*[,–—-]\s*)?", before)
    return s.index < 5 and bool(place) and not d.relative and d.day == anchor


# a day given from the vote's: "on the eve of the election", "the day before the vote", "two
# days after voting day"
_FROM_VOTE = re.compile(
    r"(?i)\b(?:(?P<eve>on the eve of)|(?:the\s+day|(?P<n>\w+)\s+days?)\s+"
    r"(?P<way>before|after|ahead of))"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:elections?|vote|voting day|election day|polls|"
    r"referendum)\b"
)


def _from_vote(text: str, voting: Day | None) -> Day | None:
    """The day ``text`` gives counting from the day of the vote, or None."""
    m = _FROM_VOTE.search(text)
    if m is None or voting is None:
        return None
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    n = m.group("n")
    days = 1 if n is None else (int(n) if n.isdigit() else words.get(n.lower(), 0))
    if not days:
        return None
    return shift_day(voting, -days if m.group("eve") or m.group("way") != "after" else days)


def _names_vote(s: _Sent, d: DateMention) -> bool:
    """Whether the date ``d`` of ``s`` is the day of the vote: "the 28 June parliamentary
    elections", "yesterday's snap presidential election" (a relative day only as a possessive:
    "today opened an election observation mission" is not)."""
    written = s.text[d.start - s.start : d.stop - s.start]
    if d.relative and not written.endswith(("'s", "’s")):
        return False
    after = s.text[d.stop - s.start : d.stop - s.start + 60].lower()
    # "yesterday's second round of the presidential election"
    return bool(
        re.match(
            r"^(?:'s)?\s*(?:(?:first|second|final|repeat)\s+round\s+of\s+(?:the\s+)?)?"
            r"(?:[\w-]+\s+){0,3}(elections?|vote|referendum)\b",
            after,
        )
    )


_SENDING_LIST = re.compile(
    r"\b(?:from|including|representing|represent)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,?\s+(?:and\s+)?)*$"
)


def _sends(text: str, start: int, end: int) -> bool:
    """Whether the state named at ``text[start:end]`` sends observers: it stands in a list
    after "observers from" or "including", or as an adjective before observers ("Kazakh and
    Russian observers"), so it is not the state voting."""
    if _SENDING_LIST.search(text[:start]):
        return True
    return bool(
        re.match(
            r"(?:,?\s+(?:and\s+)?[A-Z][\w-]*)*\s+(?:observers|parliamentarians|experts|deputies|"
            r"members of parliament|delegations?|monitors)\b",
            text[end:],
        )
    )


def _value(text: str, words: dict) -> int:
    text = text.lower()
    return int(words[text]) if text in words else int(text.replace(",", ""))


def _is_person(ctx: _Ctx, name: str) -> bool:
    stop = set(ctx.cues["not_name_words"])
    parts = name.split()
    if len(parts) < 2 or any(p in stop for p in parts):
        return False
    return not ctx.ref.scan(name, ["state", "organisation", "place", "body"])


def _persons(ctx: _Ctx, text: str) -> list[tuple[str, int, int, str]]:
    """Each person named in ``text``: (name, start, end, post words before it in the run)."""
    stop = set(ctx.cues["not_name_words"]) | set(ctx.cues["titles"]) | set(ctx.cues["post_heads"])

    def is_place(word: str) -> bool:
        return bool(ctx.ref.scan(word, ["state", "place"]))

    out = []
    for m in RUN.finditer(text):
        cut = split_run(m.group(), stop, is_place)
        if cut is None:
            continue
        lead, name = cut
        # "the Commission for Elections and Referenda Bakhtiyor Khudoyorzoda": a run that goes
        # on from a body's name keeps that name's last word
        if len(name.split()) == 3 and re.search(
            r"\b(?:of|for|and|on)(?:\s+the)?\s+$", text[: m.start()]
        ):
            first, name = name.split(" ", 1)
            lead = f"{lead} {first}".strip()
        if not _is_person(ctx, name):
            continue
        words = [w.start() for w in re.finditer(r"\S+", m.group())]
        start = m.start() + words[len(words) - len(name.split())]
        out.append((name, start, m.end(), lead))
    return out


def _post_words(ctx: _Ctx, left: str, lead: str) -> str:
    """The post (or title) written right before a person's name, with its organisation."""
    heads = _post_heads(tuple(ctx.cues["post_heads"]), tuple(ctx.cues["titles"]))
    post = post_prefix(left, heads)
    if not post:
        return lead if lead in ctx.cues["titles"] else ""
    stop = set(ctx.cues["not_name_words"]) | set(ctx.cues["titles"])
    words = post.split()
    while words and not (words[0] in stop or re.fullmatch(r"[A-Z]{2,}[\w/]*", words[0])):
        words.pop(0)
    while words and words[0] in ("The", "A", "An"):
        words.pop(0)
    return " ".join(words)


@cache
def _post_heads(heads: tuple[str, ...], titles: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, heads + titles))})\b")


def _clauses(text: str, contrast: list[str]) -> list[tuple[int, str]]:
    """``text`` cut where a finding turns ("..., but ...", "However, ..."), with offsets."""
    cuts = [0]
    low = text.lower()
    for c in contrast:
        for m in re.finditer(re.escape(c), low):
            # "diverse but polarised": two words of one predicate, not two clauses
            if m.start() > 0 and not _PREDICATE_BUT.match(low, m.start()):
                cuts.append(m.start())
    cuts = sorted(set(cuts))
    out = []
    for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True):
        piece = text[a:b]
        if len(piece.strip(" ,;.")) > 15:
            out.append((a, piece))
    return out


def _main_clause(text: str) -> str:
    """``text`` without its relative clauses (", who ...", ", which ..."): one closed by a
    comma before the main verb ("X, who headed the mission, presented ...") is blanked, so
    offsets stay; the text is cut at one that runs on to the end."""
    while m := re.search(r",\s+(?:who|which|whose|where)\b", text):
        close = re.match(r"[^,;.]*,(?=\s+[a-z])", text[m.end() :])
        if close is None:
            return text[: m.start()]
        text = (
            text[: m.start()]
            + " " * (close.end() + m.end() - m.start())
            + text[m.end() + close.end() :]
        )
    return text


def _clauses_by_day(text: str) -> list[tuple[int, str]]:
    """A meeting sentence cut before "and the following day", so each part keeps its day."""
    m = re.search(r",?\s+and\s+(?:on\s+)?(?=the following day|the next day|on \d)", text)
    if not m:
        return [(0, text)]
    return [(0, text[: m.start()]), (m.end(), text[m.end() :])]


def _discussed_with(ctx: _Ctx, text: str) -> int:
    """Where the partner of a talk is named in "discussed the campaign with the Speaker, X"
    (the offset of "with"), or -1 when the text discusses nothing with anyone."""
    low = text.lower()
    verbs = "|".join(map(re.escape, ctx.cues["discuss_verbs"]))
    m = re.search(rf"\b(?:{verbs})\b[^.;]{{0,160}}?\bwith\b(?=\s+(?:the\s+)?[A-Za-z])", low)
    return m.end() if m else -1


# "the delegation was received on 18 June by the Minister": a meeting, the official after "by"
_RECEIVED = re.compile(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?received\b[^.;]{0,40}?\bby\b")
_EVENT_VERB = re.compile(
    r"\b(?:press|news|media) (?:conference|briefing)|\bpolling (?:stations?|places?)\b"
    r"|\b(?:visited|observed|monitored)\b"
)


def _event_verb(ctx: _Ctx, head: str) -> int | None:
    """Where the first word telling of one of the mission's moments stands in ``head`` (a
    meeting cue, a talk, a press conference, a visit to polling stations), or None."""
    low = head.lower()
    found = [
        m.start()
        for c in ctx.cues["meeting"]
        for m in re.finditer(rf"(?<![a-z]){re.escape(c)}(?![a-z])", low)
    ]
    verbs = "|".join(map(re.escape, ctx.cues["discuss_verbs"]))
    found += [m.start() for m in re.finditer(rf"\b(?:{verbs})\b", low)]
    found += [m.start() for m in _EVENT_VERB.finditer(low)]
    found += [m.start() for m in _RECEIVED.finditer(head)]
    return min(found) if found else None


def _session(ctx: _Ctx, low: str) -> str | None:
    """ "final-meeting" or "briefing" when ``low`` tells of the observers' own closing session
    or briefing ("the final meeting of the mission took place", "attended a briefing by the
    core team"); a press or media briefing is a press conference."""
    if _has(low, ctx.cues["final_meeting"]):
        return "final-meeting"
    # "held briefings with party representatives": meetings, not the observers' own session
    low = re.sub(r"\b(?:press|news|media)\s+briefings?\b|\bbriefings?\s+with\b", " ", low)
    if _has(low, ctx.cues["briefing"]):
        return "briefing"
    return None


def _officials(
    ctx: _Ctx, text: str, main: Mission | None = None
) -> list[tuple[str, str, int, int]]:
    """Officials named in a meeting clause, with their posts: "the Chairperson of the CEC,
    Giorgi Kapanadze", "the Chairman of the CEC Farrukh Akhmedov", "Andrei Lutsevich, Chair
    of the Standing Commission", "Chair of the Central Commission Valentina Sokolovskaya".
    The mission's own people ("In a meeting with the Speaker X, the head of the delegation, Y,
    discussed ...") are not officials met."""
    out = []
    # "X met Y", "held talks with Y", "discussed Z with Y": who is met comes after the verb;
    # "Y told the observers", "Y received the delegation": before it
    low = text.lower()
    cues = sorted(
        (m.start(), c)
        for c in ctx.cues["meeting"]
        for m in re.finditer(rf"(?<![a-z]){re.escape(c)}(?![a-z])", low)
    )
    after = cues[0][0] if cues and cues[0][1] in ctx.cues["meeting_forward"] else 0
    discussed = _discussed_with(ctx, text)
    if discussed >= 0 and (not cues or discussed < cues[0][0]):
        after = discussed
    received = _RECEIVED.search(text)
    if received and (not cues or received.start() < cues[0][0]):
        after = received.start()
    own = main.coordinator.name if main is not None and main.coordinator else None
    for name, start, end, _lead in _persons(ctx, text):
        if start < after or name == own:
            continue
        post = _post_before(ctx, text, start) or _post_after(text, end)
        if post and not _own_post(ctx, post):
            out.append((name, _complete_post(ctx, post), start, end))
    return out


def _own_post(ctx: _Ctx, post: str) -> bool:
    """Whether ``post`` is a post in the observer group itself ("Head of the OSCE PA
    delegation", "member of the mission"), not an official's."""
    groups = "|".join(map(re.escape, ctx.cues["group_nouns"]))
    own = r"\b(?:head|leader|members?|chair)\s+of\s+(?:the|its|our)\s+(?:[\w/-]+\s+){0,4}"
    return bool(re.search(rf"{own}(?:{groups}|eom)\b", post, re.IGNORECASE))


def _complete_post(ctx: _Ctx, post: str) -> str:
    """A post whose body the sentence names short ("Chair of the Central Commission"), in
    full when the text writes the body's full name elsewhere ("the Central Commission for
    Elections and Republican Referenda")."""
    m = re.search(r"\bof the ((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)$", post)
    if not m:
        return post
    short = m.group(1)
    for longer in re.finditer(
        rf"(?<![\w-])(\S+\s+)?{re.escape(short)}((?:\s+(?:for|of|on|and)\s+(?:the\s+)?"
        r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+)",
        ctx.doc.text,
    ):
        # the body's own name, not a longer one it is part of ("Parliamentary Assembly of ...")
        before = (longer.group(1) or "").strip()
        if not before[:1].isupper() or before.endswith((".", ",")):
            return post + longer.group(2)
    return post


_POST_HEAD = re.compile(
    r"\b((?:the\s+)?(?:First\s+)?(?:Deputy\s+|Vice-)?(?:Foreign\s+|Prime\s+)?"
    r"(?:Chair(?:man|person|woman)?|Speaker|Head|"
    r"President|Prime Minister|Minister|Director|Secretary(?:-General| General)?|"
    r"Public Defender|Ombudsman|Ombudsperson|Commissioner|Member|Governor|Mayor|Vice-President|"
    r"Deputy Secretary-General|Chief)\b[^.;«»]*?)\s*$"
)


def _post_before(ctx: _Ctx, text: str, start: int) -> str:
    """The post written just before a name ("the Chairperson of the CEC, NAME")."""
    left = text[:start].rstrip()
    titles = "|".join(map(re.escape, ctx.cues["titles"]))
    left = re.sub(rf"(?:\b(?:{titles})\.?)\s*$", "", left).rstrip()
    left = left.removesuffix(",").rstrip()
    m = _POST_HEAD.search(left[-160:])
    if not m:
        return ""
    post = m.group(1)
    post = re.split(r"\b(?:met with|met|with|by|received by|talks with)\s+(?=the\b|[A-Z])", post)[
        -1
    ]
    # "the Speaker ... NAME and Foreign Minister": the last post of a list, but "for Elections
    # and Referenda" is one body;
    # and "Prime Minister X, the Chairman of the CEC": the post after the comma
    for m in reversed(list(re.finditer(r"\band\s+|,\s+", post))):
        if _POST_HEAD.match(post[m.end() :] + " ") or post[m.end() :].startswith("the "):
            post = post[m.end() :]
            break
    # "President X and State Election Commission President": a post holds no one's name
    named = _persons(ctx, post)
    if named:
        post = post[named[-1][2] :]
    post = re.sub(r"^[\s,]*(?:and\s+)?", "", post)
    post = re.sub(r"^the\s+", "", post.strip())
    post = re.sub(r"^(?:and|with)\s+(?:the\s+)?", "", post)
    return post.strip(" ,")


def _post_after(text: str, end: int) -> str:
    """The post in apposition after a name ("NAME, Chair of the Committee ..., who")."""
    m = re.match(
        r"\s*(?:\([^)]*\))?,\s+((?:the\s+)?[A-Z][^;«»]*?)(?=,\s+(?:who|which|and|said)\b|"
        r"\s+(?:who|said)\b|[.;]|,?\s*$)",
        text[end:],
    )
    if not m:
        return ""
    post = re.sub(r"^the\s+", "", m.group(1).strip())
    if not _POST_HEAD.search(post + " ") and not re.match(
        r"(Chair|Speaker|Head|Deputy|President|"
        r"Minister|Director|Secretary|Member)",
        post,
    ):
        return ""
    return post


__all__ = ["Recogniser", "load_cues", "shift_day", "Span", "TextSpan"]
