"""``official_mentions._may_follow_ordinal`` passes every window the ordinal pattern reads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import official_mentions as om

_PIECES = ["1", "21", "st", "nd", "rd", "th", " ", "-", "\n", "\xa0", "\u3000", "first",
           "second", "eighth", "the", "x", "a", "t", "d", "h", "(", "_"]  # fmt: skip
_WINDOW = st.lists(st.sampled_from(_PIECES), max_size=8).map(lambda p: "".join(p)[-12:])


def _ordinal(before: str) -> int | None:
    m = om._ORDINAL_BEFORE.search(before)
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1))
    word = m.group(2)
    return om._ORDINAL_WORDS.index(word) + 1 if word in om._ORDINAL_WORDS else None


@settings(max_examples=1000, deadline=None)
@given(_WINDOW)
def test_gate_passes_every_ordinal(before: str) -> None:
    if _ordinal(before) is not None:
        assert om._may_follow_ordinal(before)


def test_gate_reads_the_last_word() -> None:
    assert om._may_follow_ordinal("the second ")
    assert om._may_follow_ordinal("the 2nd-")
    assert om._may_follow_ordinal("first\u3000")
    assert not om._may_follow_ordinal("the ")
    assert not om._may_follow_ordinal("second")
