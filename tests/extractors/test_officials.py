"""Official status helpers: fast paths give the answers of the plain regex."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import officials, parties  # noqa: F401 - parties registers its groups
from caselaw.extractors._base import Context
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
