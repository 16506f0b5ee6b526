"""Synthetic corpora: invented report texts in the genre, with their answers.

Why: the project has one real report and a handful of hand-written ones; build speed at the
scale of hundreds or thousands of reports, and extraction on phrasings nobody wrote by hand,
need more texts. This module writes them from templates and data: states, election bodies,
commissions and regions in the cases the sentences need, and invented people, all read from
``data/reference/synthetic_names.yaml`` (the reference files hold nominatives only).

Each report varies what the genre varies: the size in digits or words, exact or "более N";
states listed in full official or short forms, or only as adjectives; five coordinator
formulas (post before or after the name, "под руководством" with the genitive, female and
male forms); single-month and cross-month date ranges, with the voting day stated in the first
paragraph or only in the voting-day sentence; one to three meetings in four phrasings;
coordinated regions ("в Акмолинской и Карагандинской областях"); press conference or final
meeting; positive, critical and neutral assessments; clean web text or hard-wrapped PDF text.

Every report comes with its answers twice: ``gold`` in the development set's ``.facts.json``
format (``shared/reports/README.md``), and ``facts`` as :class:`~builder.facts.model.ReportFacts`
whose evidence is the sentence that states each fact. Output is a pure function of
``(index, seed)``: the same call always writes the same corpus.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from builder.base.errors import InputError
from builder.base.files import atomic_write
from builder.facts.model import (
    CURATED,
    Assessment,
    Election,
    Event,
    Evidence,
    Mission,
    PersonMention,
    ReportFacts,
    Span,
    key_events,
)
from builder.text.document import Doc, TextSpan
from builder.text.languages.ru.recognise.lexicon import CUES_PATH

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
NAMES_FILE = DATA_DIR / "synthetic_names.yaml"
ORGANISER = "МПА СНГ"
RULE = "synthetic"

_UNITS = {
    5: "пять",
    6: "шесть",
    7: "семь",
    8: "восемь",
    9: "девять",
    10: "десять",
    11: "одиннадцать",
    12: "двенадцать",
    13: "тринадцать",
    14: "четырнадцать",
    15: "пятнадцать",
    16: "шестнадцать",
    17: "семнадцать",
    18: "восемнадцать",
    19: "девятнадцать",
    20: "двадцать",
    30: "тридцать",
    40: "сорок",
}
_GENITIVE_SMALL = {
    2: "двух",
    3: "трех",
    4: "четырех",
    5: "пяти",
    6: "шести",
    7: "семи",
    8: "восьми",
    9: "девяти",
}
_KIND_PREP = {
    "oblast": ("области", "областях"),
    "district": ("районе", "районах"),
    "marz": ("марзе", "марзах"),
}
_KIND_NOM = {"oblast": "область", "district": "район", "marz": "марз"}
_GOLD_EVENT = {
    "meeting": "meeting",
    "voting-day-observation": "voting-day observation",
    "press-conference": "press conference",
    "final-meeting": "final meeting",
    "briefing": "briefing",
}

# (gist, topic) of assessments; the words are the genre's, general to any election.
_POSITIVE = [
    ("голосование прошло организованно и в спокойной обстановке", "voting"),
    ("выборы проведены в соответствии с национальным законодательством", "legal-framework"),
    ("избирательные комиссии работали открыто и профессионально", "election-administration"),
    ("выборы носили конкурентный характер", "campaign"),
    ("законодательство страны соответствует международным стандартам", "legal-framework"),
]
_CRITICAL = [
    (
        "неточности в списках избирателей",
        "уточнять списки избирателей до дня голосования",
        "voter-registration",
    ),
    (
        "скопление избирателей на отдельных участках",
        "увеличить число кабин для голосования",
        "voting",
    ),
    (
        "недостаточную прозрачность финансирования избирательных кампаний",
        "публиковать отчеты кандидатов о расходах",
        "campaign-finance",
    ),
]
_NEUTRAL = [
    (
        "Отдельные технические сбои в работе сканирующих устройств оперативно устранялись "
        "и не повлияли на волеизъявление избирателей",
        "отдельные технические сбои сканирующих устройств устранялись и не повлияли "
        "на волеизъявление",
        "election-technology",
    ),
]


@cache
def _data() -> dict[str, Any]:
    try:
        data = yaml.safe_load(NAMES_FILE.read_text(encoding="utf-8"))
        months = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))["months"]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise InputError(f"{NAMES_FILE}: synthetic generator data unusable ({exc})") from exc
    data["months"] = months
    data["by_iso"] = {s["iso"]: s for s in data["states"]}
    return data


def plural(n: int, one: str, few: str, many: str) -> str:
    """The Russian noun form a number takes: 1 наблюдатель, 3 наблюдателя, 5 наблюдателей."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


@dataclass
class Person:
    """An invented person with the case forms the templates need."""

    nom: str
    gen: str
    ins: str
    initials: str  # "А. Корнеев"
    female: bool

    def verb(self, masculine_past: str) -> str:
        """Past tense agreeing in gender: отметил -> отметила."""
        return masculine_past + ("а" if self.female else "")


def _person(rng: random.Random, used: set[str]) -> Person:
    data = _data()
    for _ in range(200):
        female = rng.random() < 0.25
        given = rng.choice(data["given_female" if female else "given_male"])
        indeclinable = rng.random() < 0.2
        if indeclinable:
            family = rng.choice(data["surnames"]["indeclinable"])
            fam = (family, family, family)
        else:
            family = rng.choice(data["surnames"]["regular"])
            if female:
                fam = (family + "а", family + "ой", family + "ой")
            else:
                fam = (family, family + "а", family + "ым")
        name = f"{given[0]} {fam[0]}"
        if name in used:
            continue
        used.add(name)
        return Person(
            nom=name,
            gen=f"{given[1]} {fam[1]}",
            ins=f"{given[2]} {fam[2]}",
            initials=f"{given[0][0]}. {fam[0]}",
            female=female,
        )
    raise RuntimeError("name lists too small for this report")


@dataclass
class _Writer:
    """Accumulates sentences and remembers the span of each one (for evidence)."""

    parts: list[str] = field(default_factory=list)
    sents: list[tuple[int, int]] = field(default_factory=list)
    length: int = 0

    def sentence(self, text: str, sep: str = " ") -> Span:
        if self.parts and sep and self.parts[-1] != "\n":
            self.parts.append(sep)
            self.length += len(sep)
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        self.sents.append((start, self.length))
        return Span(start, self.length)

    def paragraph(self) -> None:
        if self.parts:
            self.parts.append("\n")
            self.length += 1

    @property
    def text(self) -> str:
        return "".join(self.parts) + "\n"


def _day(d: date) -> str:
    return f"{d.day} {_data()['months'][d.month - 1]}"


def _count_phrase(rng: random.Random, n: int) -> str:
    return _UNITS[n] if n in _UNITS and rng.random() < 0.4 else str(n)


def _join(items: list[str], conj: str = "и") -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def _regions_phrase(regions: list[list[str]]) -> str:
    """Prepositional list with coordinated adjectives: "в Астане, Акмолинской и ... областях"."""
    parts: list[str] = []
    groups: dict[str, list[str]] = {}
    order: list[tuple[str, str]] = []
    for _nom, prep, kind in regions:
        if kind == "city":
            order.append(("city", prep))
        else:
            if kind not in groups:
                order.append(("group", kind))
                groups[kind] = []
            groups[kind].append(prep)
    order.sort(key=lambda item: item[0] != "city")  # cities first, then coordinated groups
    for what, value in order:
        if what == "city":
            parts.append(value)
        else:
            adjs = groups[value]
            sg, pl = _KIND_PREP[value]
            parts.append(f"{adjs[0]} {sg}" if len(adjs) == 1 else f"{_join(adjs)} {pl}")
    if len(parts) > 1 and " и " in parts[-1]:
        return "в " + ", ".join(parts[:-1]) + ", а также в " + parts[-1]
    return "в " + _join(parts)


def _wrap(text: str, width: int) -> str:
    """Hard-wrap lines at spaces (PDF style); same length, so every offset stays valid."""
    out = []
    for line in text.split("\n"):
        chars = list(line)
        start = 0
        last_space = -1
        for i, ch in enumerate(chars):
            if ch == " ":
                last_space = i
            if i - start >= width and last_space > start:
                chars[last_space] = "\n"
                start = last_space + 1
        out.append("".join(chars))
    return "\n".join(out)


@dataclass
class SyntheticReport:
    name: str
    text: str
    gold: dict[str, Any]
    facts: ReportFacts
    sentences: list[tuple[int, int]]

    def doc(self) -> Doc:
        """A Doc with identity offsets and the generated sentences (for the assembler)."""
        return Doc(
            name=self.name,
            original=self.text,
            text=self.text,
            offsets=list(range(len(self.text) + 1)),
            sents=[TextSpan(s, e, self.text[s:e]) for s, e in self.sentences],
        )


def generate_report(index: int, seed: int = 0) -> SyntheticReport:
    """Report number ``index`` of the corpus with ``seed`` (a pure function of both)."""
    data = _data()
    rng = random.Random(f"eokg-synthetic:{seed}:{index}")
    host = rng.choice(data["states"])
    election = rng.choice(host["elections"])
    # distinct voting days across a corpus: one week per report, from 1995 on
    voting = date(1995, 1, 2) + timedelta(days=7 * index + rng.randint(0, 6))
    start = voting - timedelta(days=rng.randint(1, 4))
    end = voting + timedelta(days=rng.randint(1, 2))
    used: set[str] = set()
    w = _Writer()
    ev = {}

    def evidence(span: Span) -> Evidence:
        return Evidence(spans=(span,), method=CURATED, rule=RULE)

    # title
    title = rng.choice(
        [
            "Наблюдатели от МПА СНГ приняли участие в мониторинге {g}",
            "Наблюдатели от МПА СНГ провели мониторинг {g}",
            "Парламентарии государств Содружества наблюдали за ходом {g}",
        ]
    ).format(g=election["gen"])
    w.sentence(title, sep="")
    w.paragraph()

    # opening: the period and (sometimes) the voting day
    year = voting.year
    participle = "состоявшегося" if election["kind"] == "referendum" else "состоявшихся"
    voting_in_opening = True
    if start.month != end.month or start.year != end.year:
        opening = (
            f"{_day(start)} – {_day(end)} {year} года в {host['prep']} работала группа "
            f"наблюдателей от МПА СНГ, которая приняла участие в краткосрочном мониторинге "
            f"{election['gen']}."
        )
        ev["period"] = w.sentence(opening, sep="")
        ev["election"] = w.sentence(f"Голосование прошло {_day(voting)}.")
    else:
        month = data["months"][start.month - 1]
        form = rng.randrange(2)
        if form == 0:
            opening = (
                f"{start.day}–{end.day} {month} {year} года группа наблюдателей от "
                "Межпарламентской Ассамблеи государств — участников Содружества Независимых "
                f"Государств приняла участие в краткосрочном мониторинге {election['gen']}."
            )
            voting_in_opening = False
            ev["period"] = w.sentence(opening, sep="")
            ev["election"] = ev["period"]
        else:
            opening = (
                f"С {start.day} по {end.day} {month} {year} года группа наблюдателей от МПА СНГ "
                f"осуществляла краткосрочный мониторинг {election['gen']}, {participle} "
                f"{_day(voting)}."
            )
            ev["period"] = w.sentence(opening, sep="")
            ev["election"] = ev["period"]
    w.paragraph()

    # composition
    candidates = sorted(s for s in data["by_iso"] if s != host["iso"])
    k = rng.randint(3, min(7, len(candidates)))
    senders = sorted(rng.sample(candidates, k))
    states = [data["by_iso"][s] for s in senders]
    observers = rng.randint(6, 40)
    observer_count: int | None = observers
    observer_min: int | None = None
    member_kinds = ["deputy", "secretariat-staff"]
    form = rng.randrange(4)
    if form == 0:
        noun = plural(observers, "международный наблюдатель", "международных наблюдателя",
                      "международных наблюдателей")  # fmt: skip
        sentence = (
            f"В состав группы вошли {_count_phrase(rng, observers)} {noun} из "
            f"{_GENITIVE_SMALL[k]} государств — участников МПА СНГ "
            f"({_join([s['gen'] for s in states])}), в том числе депутаты национальных "
            "парламентов, а также сотрудники Секретариата Совета МПА СНГ."
        )
    elif form == 1:
        noun = plural(observers, "наблюдатель", "наблюдателя", "наблюдателей")
        sentence = (
            f"В состав группы вошли {_count_phrase(rng, observers)} {noun} из "
            f"{_join([s['gen_short'] for s in states])}: депутаты и сотрудники "
            "Секретариата Совета Ассамблеи."
        )
    elif form == 2:
        noun = plural(observers, "человека", "человек", "человек")
        sentence = (
            f"В составе группы из {observers} {noun} — "
            f"{_join([s['adj_pl'] for s in states])} парламентарии, а также представители "
            "Секретариата Совета МПА СНГ."
        )
    else:
        observers = rng.choice([10, 20, 30, 40])
        observer_count, observer_min = None, observers
        sentence = (
            f"Группа насчитывала более {observers} наблюдателей из {_GENITIVE_SMALL[k]} "
            f"государств: {_join([s['gen'] for s in states])}. В нее вошли депутаты и "
            "сотрудники Секретариата Совета МПА СНГ."
        )
    ev["composition"] = w.sentence(sentence)

    # coordinator
    home = rng.choice(sorted(data["coordinator_posts"]))
    post = rng.choice(data["coordinator_posts"][home])
    coord = _person(rng, used)
    post_nom = f"{post['head'][0]} {post['tail']}"
    post_gen = f"{post['head'][1]} {post['tail']}"
    was = "была назначена" if coord.female else "был назначен"
    sentence = rng.choice(
        [
            f"Координатором группы {was} {post_nom} {coord.nom}.",
            f"Координатором группы {coord.verb('стал')} {coord.nom}, {post_nom}.",
            f"{coord.verb('Возглавил')} группу {coord.nom}, {post_nom}.",
            f"Работу группы {coord.verb('координировал')} {post_nom} {coord.nom}.",
            f"Наблюдатели работали под руководством {post_gen} {coord.gen}.",
        ]
    )
    ev["coordinator"] = w.sentence(sentence)
    coordinator = PersonMention(
        coord.nom, post=post_nom, variants=[coord.initials], evidence=evidence(ev["coordinator"])
    )
    w.paragraph()

    # meetings, before the voting day
    hosts = [
        (("Председатель", "Председателем"), host["cec_gen"]),
        (("Председатель", "Председателем"), host["speaker_gen"]),
        (("заместитель Председателя", "заместителем Председателя"), host["speaker_gen"]),
        (("Министр иностранных дел", "Министром иностранных дел"), host["gen"]),
    ]
    meeting_count = rng.randint(1, 3)
    chosen = rng.sample(hosts, meeting_count)
    events: list[Event] = []
    gold_events: list[dict[str, Any]] = []
    officials: list[dict[str, Any]] = []
    people: dict[str, PersonMention] = {coord.nom: coordinator}
    day = start
    for number, ((head_nom, head_ins), tail) in enumerate(chosen):
        official = _person(rng, used)
        if number > 0 and rng.random() < 0.5:
            intro = "В этот же день состоялась встреча наблюдателей с"
            sentence = f"{intro} {head_ins} {tail} {official.ins}."
        else:
            day = min(day + timedelta(days=number and 1), voting - timedelta(days=1))
            form = rng.randrange(3)
            if form == 0:
                sentence = (
                    f"{_day(day)} наблюдатели встретились с {head_ins} {tail} {official.ins}."
                )
            elif form == 1:
                sentence = (
                    f"{_day(day)} {head_nom} {tail} {official.nom} {official.verb('принял')} "
                    "наблюдателей."
                )
            else:
                sentence = (
                    f"Накануне дня голосования, {_day(day)}, группа встретилась с {head_ins} "
                    f"{tail} {official.ins}."
                    if day == voting - timedelta(days=1)
                    else f"{_day(day)} члены группы встретились с {head_ins} {tail} {official.ins}."
                )
        span = w.sentence(sentence[0].upper() + sentence[1:], sep="\n" if number else "")
        summary = "о ходе избирательной кампании"
        w.sentence(f"{official.initials} {official.verb('рассказал')} наблюдателям {summary}.")
        official_post = f"{head_nom} {tail}"
        mention = PersonMention(
            official.nom, post=official_post, variants=[official.initials], evidence=evidence(span)
        )
        people[official.nom] = mention
        events.append(
            Event(
                mission="main",
                kind="meeting",
                date=day,
                met=[mention],
                summary=summary,
                evidence=evidence(span),
            )
        )
        gold_events.append(
            {"date": day.isoformat(), "type": "meeting", "with": official.nom, "place": None}
        )
        officials.append({"name": official.nom, "post": official_post, "date": day.isoformat()})
    w.paragraph()

    # voting day
    pool = [host["capital"] + ["city"]] + host["regions"]
    regions = [pool[0]] + rng.sample(pool[1:], rng.randint(1, min(3, len(pool) - 1)))
    region_text = _regions_phrase(regions)
    stations = rng.randint(20, 160)
    stations_exact: int | None = None
    stations_min: int | None = None
    when = "В день голосования" if voting_in_opening else f"В день голосования, {_day(voting)},"
    form = rng.randrange(3)
    if form == 0:
        sentence = f"{when} члены группы проводили мониторинг {region_text}."
    elif form == 1:
        noun = plural(stations, "избирательный участок", "избирательных участка",
                      "избирательных участков")  # fmt: skip
        sentence = f"{when} наблюдатели посетили {stations} {noun} {region_text}."
        stations_exact = stations
    else:
        stations = stations // 10 * 10 + 10
        sentence = (
            f"{when} наблюдатели посетили более {stations} избирательных участков {region_text}."
        )
        stations_min = stations
    span = w.sentence(sentence, sep="")
    if not voting_in_opening:
        ev["election"] = span
    w.sentence(
        rng.choice(
            [
                "Они присутствовали при открытии участков, в ходе голосования и при подсчете "
                "голосов.",
                "Наблюдатели следили за открытием участков, ходом голосования и подсчетом голосов.",
            ]
        )
    )
    region_names = [r[0] for r in regions]
    events.append(
        Event(
            mission="main",
            kind="voting-day-observation",
            date=voting,
            regions=region_names,
            voting_stages=["opening", "voting", "counting"],
            polling_stations=stations_exact,
            polling_stations_min=stations_min,
            attendees=[],
            evidence=evidence(span),
        )
    )
    gold_events.append(
        {"date": voting.isoformat(), "type": "voting-day observation", "with": None, "place": None}
    )
    w.paragraph()

    # the final event and the assessments made there
    final_day = end
    capital_nom, capital_prep = host["capital"]
    if rng.random() < 0.6:
        kind = "press-conference"
        sentence = (
            f"{_day(final_day)} в {capital_prep} состоялась итоговая пресс-конференция, на "
            f"которой {coord.initials} {coord.verb('представил')} предварительные выводы группы."
        )
    else:
        kind = "final-meeting"
        sentence = f"{_day(final_day)} в {capital_prep} прошло итоговое совещание группы."
    span = w.sentence(sentence[0].upper() + sentence[1:], sep="")
    final_key = "main/final"  # the event the assessments below were made at
    events.append(
        Event(
            key=final_key,
            mission="main",
            kind=kind,
            date=final_day,
            place=capital_nom,
            attendees=[coord.nom],
            evidence=evidence(span),
        )
    )
    gold_events.append(
        {"date": final_day.isoformat(), "type": _GOLD_EVENT[kind], "with": None,
         "place": capital_nom}
    )  # fmt: skip

    assessments: list[Assessment] = []
    gold_assessments: list[dict[str, Any]] = []
    positive = _POSITIVE
    if election["kind"] == "referendum":
        positive = [(g, t) for g, t in _POSITIVE if not g.startswith("выборы")]
    coordinator_spoke = False
    for gist, topic in rng.sample(positive, rng.randint(1, 2)):
        if rng.random() < 0.7:
            by: str | None = coord.nom
            if coordinator_spoke:
                sentence = f"По {'ее' if coord.female else 'его'} словам, {gist}."
            else:
                sentence = f"{coord.initials} {coord.verb('отметил')}, что {gist}."
            coordinator_spoke = True
        else:
            by = None
            sentence = f"По мнению наблюдателей, {gist}."
        span = w.sentence(sentence)
        assessments.append(
            Assessment("main", by, "positive", topic, gist, at_event=final_key,
                       evidence=evidence(span))
        )  # fmt: skip
        gold_assessments.append({"by": by, "polarity": "positive", "gist": gist})
    if rng.random() < 0.5:
        problem, advice, topic = rng.choice(_CRITICAL)
        span = w.sentence(f"Наблюдатели обратили внимание на {problem} и рекомендовали {advice}.")
        gist = f"{problem}; рекомендовано {advice}"
        assessments.append(
            Assessment("main", None, "critical", topic, gist, recommendation=True,
                       at_event=final_key, evidence=evidence(span))
        )  # fmt: skip
        gold_assessments.append({"by": None, "polarity": "critical", "gist": gist})
    if rng.random() < 0.3:
        sentence, gist, topic = rng.choice(_NEUTRAL)
        span = w.sentence(sentence + ".")
        assessments.append(
            Assessment("main", None, "neutral", topic, gist, at_event=final_key,
                       evidence=evidence(span))
        )  # fmt: skip
        gold_assessments.append({"by": None, "polarity": "neutral", "gist": gist})
    w.paragraph()
    w.sentence(
        f"Заключение группы наблюдателей от МПА СНГ будет направлено в {host['cec_acc']} "
        "и в Совет Межпарламентской Ассамблеи.",
        sep="",
    )

    text = w.text
    if rng.random() < 0.3:
        text = _wrap(text, rng.randint(55, 70))
    name = f"syn-{index:05d}-{host['iso'].lower()}-{election['kind']}-{voting.year}.ru.txt"
    mission = Mission(
        key="main",
        organiser=ORGANISER,
        is_main=True,
        kind="short-term",
        start=start,
        end=end,
        observer_count=observer_count,
        observer_count_min=observer_min,
        state_count=k,
        sending_states=senders,
        member_kinds=member_kinds,
        coordinator=coordinator,
        evidence=evidence(ev["period"]),
    )
    facts = ReportFacts(
        report=name,
        election=Election(
            country_iso=host["iso"],
            kind=election["kind"],
            voting_date=voting,
            body=election["body"],
            evidence=evidence(ev["election"]),
        ),
        missions=[mission],
        events=events,
        assessments=assessments,
        people=[people[n] for n in sorted(people)],
    )
    key_events(facts)
    gold = {
        "language": "ru",
        "is_observation_report": True,
        "election": {
            "country_iso": host["iso"],
            "kind": election["kind"],
            "body": election["body"],
            "voting_date": voting.isoformat(),
        },
        "mission": {
            "organiser": ORGANISER,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "observer_count": observer_count,
            "state_count": k,
        },
        "observer_states_iso": senders,
        "coordinator": {"name": coord.nom, "post": post_nom},
        "officials_met": officials,
        "regions": region_names,
        "events": gold_events,
        "assessments": gold_assessments,
        "other_missions": [],
    }
    return SyntheticReport(name, text, gold, facts, w.sents)


def generate_corpus(n: int, seed: int = 0) -> list[SyntheticReport]:
    """``n`` synthetic reports (numbered 1..n) for ``seed``."""
    return [generate_report(i, seed) for i in range(1, n + 1)]


def write_corpus(n: int, directory: Path, seed: int = 0, with_gold: bool = True) -> list[Path]:
    """Write ``n`` report texts (and their ``.facts.json`` gold) into ``directory``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for report in generate_corpus(n, seed):
        path = directory / report.name
        atomic_write(path, report.text)
        if with_gold:
            gold_path = directory / report.name.replace(".txt", ".facts.json")
            atomic_write(gold_path, json.dumps(report.gold, ensure_ascii=False, indent=2) + "\n")
        paths.append(path)
    return paths
