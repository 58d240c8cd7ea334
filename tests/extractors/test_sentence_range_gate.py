"""The ``range`` site test of ``sentence_terms``: false only where no match can start."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors.sentence_terms import (
    _CAN_START,
    _LOW,
    _STARTS,
    _range_can_start,
    finditer_at,
)

_RANGE_TEXT = "penalty of six (6) years and one (1) day as minimum to ten (10) years as maximum"


def test_range_gate_examples() -> None:
    assert _range_can_start(_RANGE_TEXT, 0, len(_RANGE_TEXT))
    stopped = _RANGE_TEXT.replace("day as", "day of prision mayor. as")
    assert not _range_can_start(stopped, 0, len(stopped))
    assert not _range_can_start(_RANGE_TEXT.replace("day as", "day; as"), 0, len(_RANGE_TEXT))
    decimal = _RANGE_TEXT.replace("six (6)", "1.5")
    assert _range_can_start(decimal, 0, len(decimal))
    assert not _range_can_start(_RANGE_TEXT, 0, _RANGE_TEXT.find("minimum"))  # beyond end


_PIECES = st.sampled_from(
    ["penalty ", "imprisonment of ", "sentence ", "six (6) ", "1.5 ", "10 ", "years ", "months "]
    + ["and one (1) day ", "as ", "minimum ", "to ", "maximum", ". ", ".", ";", "of prision "]
    + ["mayor", "\n", "2", "x"]
)


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=30), st.integers(0, 30), st.integers(0, 400))
def test_range_gate_keeps_every_match(pieces, start, length) -> None:
    text = "".join(pieces)
    end = min(len(text), start + length)
    rx, starts = _LOW["range"], _STARTS["range"]
    expected = [m.span() for m in rx.finditer(text, start, end)]
    got = finditer_at(rx, text, start, end, starts, _CAN_START["range"])
    assert [m.span() for m in got] == expected
