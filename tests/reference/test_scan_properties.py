"""Property-based tests of the gazetteer scan: any reference name, in any case, inside any
ordinary text, is found at its exact offsets, and matches of one kind never overlap."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_reference import CASES, inflect_phrase

from builder.text import defaults

REF = defaults.reference()

# Ordinary words of the genre that name nothing in the reference data.
FILLER = (
    "наблюдатели", "посетили", "избирательные", "участки", "в", "день", "голосования",
    "встретились", "с", "членами", "группы", "рассказал", "о", "ходе", "кампании", "и",
    "отметил", "открытость", "процедур", "на", "заседании", "по", "итогам", "работы",
)  # fmt: skip

NAMED = (
    [("state", s, n) for s in REF.states for n in (s.full_name["ru"], s.name["ru"])]
    + [("place", p, p.name["ru"]) for p in REF.places]
    + [("organisation", o, n) for o in REF.organisations for n in (o.name["ru"], *o.abbreviations)]
)

fillers = st.lists(st.sampled_from(FILLER), max_size=6).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    named=st.sampled_from(NAMED),
    case=st.sampled_from(CASES),
    before=fillers,
    after=fillers,
    punctuation=st.sampled_from(["", ",", ".", " —", ";"]),
)
def test_a_name_inside_ordinary_text_is_found_at_its_offsets(
    named, case, before, after, punctuation
) -> None:
    kind, entry, name = named
    form = inflect_phrase(name, case)
    text = f"{before} {form}{punctuation} {after}".strip()
    start = text.index(form)
    # A match covers words: a name ending in punctuation ("Республика Саха (Якутия)") ends
    # at its last letter.
    end = start + len(form.rstrip(')»".'))
    matches = REF.scan(text, [kind])
    hit = [m for m in matches if m.start == start and m.end == end]
    assert hit, (text, [(m.text, m.start) for m in matches])
    assert entry in hit[0].entries


@settings(max_examples=200, deadline=None)
@given(
    names=st.lists(st.sampled_from(NAMED), min_size=1, max_size=4),
    glue=st.sampled_from([", ", " и ", "; в ", " — "]),
)
def test_matches_of_one_kind_never_overlap_and_quote_the_text(names, glue) -> None:
    text = glue.join(n for _, _, n in names)
    matches = REF.scan(text)
    for m in matches:
        assert text[m.start : m.end] == m.text
    for kind in {m.kind for m in matches}:
        spans = sorted((m.start, m.end) for m in matches if m.kind == kind)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
