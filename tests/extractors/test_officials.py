"""Official status helpers: fast paths give the answers of the plain regex."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import officials, parties  # noqa: F401 - parties registers its groups
from caselaw.extractors._base import Context
from caselaw.extractors.lazy_paragraphs import Paragraphs
from caselaw.models import Judgment, OfficialType

_WORDS = st.sampled_from(
    [
        "the ",
        "accused ",
        "Accused ",
        "x_accused ",
        "petitioners ",
        "petitioner ",
        "respondent\n",
        "served as ",
        "was then ",
        "in the ",
        "Barangay Chairman",
        "police officer",
        ". ",
        ", ",
        "works in ",
        "an ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=30).map("".join), st.integers(0, 40))
def test_party_position_at_labels_as_the_search(text: str, start: int) -> None:
    assert officials._at_labels()
    ctx = Context(Judgment(id="t", portal="test", text=text))
    low = ctx.lower
    fast = officials._party_position(ctx, low, start, len(text))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(officials, "_at_labels", lambda: False)
        slow = officials._party_position(ctx, low, start, len(text))
    assert (fast.span(), fast.group(1)) == (slow.span(), slow.group(1)) if slow else fast is None


_PARA_WORDS = st.sampled_from(
    ["police ", "officer ", "the ", "x" * 400 + " ", "\n\n", "\n", ". ", "judge ", "mayor, "]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PARA_WORDS, max_size=40).map("".join), st.lists(st.integers(0, 9000)))
def test_lazy_paragraphs_as_the_prefilter(text: str, offsets: list[int]) -> None:
    """``Paragraphs`` answers as ``ctx.paragraphs`` built in full, whatever is asked first."""
    ctx = Context(Judgment(id="t", portal="test", text=text))
    full = ctx.paragraphs("roles.official")
    lazy = Paragraphs(ctx, "roles.official")
    for offset in offsets:
        assert lazy.covers(offset) == any(s <= offset < e for s, e in full)
    assert lazy.first(3) == full[:3]
    assert lazy.first(len(full) + 1) == full


def _position_after_on_a_slice(text: str, end: int) -> str:
    """``officials._position_after`` as first written: the regexes on a slice (reference)."""
    import re

    tail = text[end : end + 160]
    serves = re.compile("^" + officials._SERVES.pattern, re.I)
    m = officials._LINK.match(tail) or serves.match(tail)
    if not m:
        return ""
    cut = re.search(r"[.;:(]\s|\n\s*\n|\band\b|\bwho\b|\bwhile\b", tail[m.end() :])
    return tail[m.end() : m.end() + min(cut.start() if cut else 100, 45)]


_AFTER = st.sampled_from(
    [
        ", ",
        " ",
        "then ",
        "the ",
        "who was ",
        "served as ",
        "working in ",
        "Mayor ",
        "2",
        "_",
        "x",
        "a",
        ". ",
        "\n\n",
        " and ",
        " while ",
        "police officer ",
        "(",
        "—",
        "é",
        "said ",
        "Then ",
        "an ",
        "former ",
        "incumbent ",
        "Was ",
        "employed as ",
        "posted at ",
        "ſhe ",
        "assigned to ",
        "SHE serves as ",
        "being ",
        "is ",
        "as ",
        "he ",
        "\t",
        ",\n",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_AFTER, max_size=14).map("".join))
def test_position_after_as_on_a_slice(tail: str) -> None:
    text = "Reci" + tail
    assert officials._position_after(text, 4) == _position_after_on_a_slice(text, 4)


class _Covered:
    """A stand-in for ``Paragraphs``: these offsets are inside a paragraph."""

    def __init__(self, inside: set[int]) -> None:
        self.inside = inside

    def covers(self, offset: int) -> bool:
        return offset in self.inside


_TYPES = st.sampled_from([OfficialType.POLICE, OfficialType.JUDICIARY, OfficialType.OTHER_PUBLIC])


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(_TYPES, st.integers(1, 4), max_size=2),
    st.lists(st.tuples(st.integers(0, 20), _TYPES), max_size=8),
    st.sets(st.integers(0, 20)),
)
def test_count_mentions_decides_as_counting_all(
    caption: dict[OfficialType, int], mentions: list[tuple[int, OfficialType]], inside: set[int]
) -> None:
    """Counting only as far as the answer needs gives the type counting every vote gives."""
    full = dict(caption)
    for s, typ in mentions:
        if s in inside:
            full[typ] = full.get(typ, 0) + 1
    votes = dict(caption)
    officials._count_mentions(votes, mentions, _Covered(inside))  # type: ignore[arg-type]
    best = max(full, key=full.__getitem__) if full else None
    assert (max(votes, key=votes.__getitem__) if votes else None) == best
