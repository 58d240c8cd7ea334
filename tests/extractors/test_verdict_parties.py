"""Defendants named in verdict sentences: the verb before "accused" found as the search."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import verdict_parties as vp


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "CONVICTING",
                "ACQUITTING",
                "finding",
                "Finding",
                "the motion for reconsideration of",
                "THE MOTION FOR RECONSIDERATION OF",
                " of",
                "OF",
                "x",
                " ",
                "\n",
                "\t",
                "xfinding",
                "reconſideration",
            ]
        ),
        max_size=8,
    ),
    st.integers(0, 50),
)
def test_verb_before_as_the_search(pieces: list[str], back: int) -> None:
    text = "".join(pieces) + "accused"
    hi = len(text) - len("accused")
    lo = max(0, hi - back)
    plain = vp._VERB_BEFORE.search(text, lo, hi)
    assert vp._verb_before(text, lo, hi) == (plain.start() if plain else None)
