"""Official status helpers: fast paths give the answers of the plain regex."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import officials, parties  # noqa: F401 - parties registers its groups
from caselaw.extractors._base import Context
from caselaw.extractors.lazy_paragraphs import Paragraphs
from caselaw.models import Judgment

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
