"""official_kind's bare-rank reading behind its \\b-free twin: the same answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import official_kind
from caselaw.extractors.official_group import group_after

kind = official_kind._kind_after


def _plain(window: str, head: int | None) -> tuple[int, int] | None:
    """``_bare_rank`` without the twin's gate (each rank searched from every position)."""
    for m in official_kind._BARE_RANK.finditer(window):
        if head is not None and m.start() > head:
            return None
        before = window[: m.start()].split()
        if not before or before[-1] in official_kind._MODIFIERS or not before[-1][:1].isupper():
            return m.span()
    return None


_PIECES = st.sampled_from(
    [
        "Inspector ",
        "XInspector ",
        "Inspectors ",
        "Senior ",
        "Meat ",
        "Sgt. ",
        "Sgtx ",
        "Cpl ",
        "Supt",
        "Superintendent ",
        "Constable",
        "the ",
        "Army ",
        ", ",
        "accused ",
        "x",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join), st.one_of(st.none(), st.integers(0, 40)))
def test_bare_rank_as_the_plain_search(window: str, head: int | None) -> None:
    m = official_kind._bare_rank(window, head)
    assert (m.span() if m else None) == _plain(window, head)


def test_bare_rank_reads() -> None:
    assert official_kind._bare_rank("Staff Sergeant Lim", None) is not None
    assert official_kind._bare_rank("Meat Inspector", None) is None
    assert official_kind._bare_rank("no rank here", None) is None


_GROUP_PIECES = st.sampled_from(
    [
        "Ana Cruz",
        ", ",
        " all ",
        " ALL ",
        " All ",
        " both ",
        " BOTH ",
        "who were",
        " officials of the City Government of Manila",
        " employees of the Bureau of Customs",
        "; ",
        ". The ",
        "x",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_GROUP_PIECES, max_size=10).map("".join))
def test_group_after_gated_on_the_lowered_text(text: str) -> None:
    """The lowered text's two searches skip only clauses the six spellings are not in."""
    for end in range(0, len(text), 7):
        low = text.lower()
        assert group_after(text, end, kind, low) == group_after(text, end, kind)


def test_group_after_reads_a_group() -> None:
    text = "Ana Cruz, Ben Lim, who were ALL employees of the Bureau of Customs, took it."
    assert group_after(text, 8, kind, text.lower()) is not None
