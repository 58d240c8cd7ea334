"""sentences._after_last_break: where the last _BREAK match of a span ends (speed round 4)."""

from __future__ import annotations

from caselaw.extractors.sentences import _BREAK, _after_last_break


def _reference(text: str, lo: int, hi: int) -> int:
    return max((m.end() for m in _BREAK.finditer(text, lo, hi)), default=lo)


def test_last_break_ends_where_the_last_match_does() -> None:
    texts = [
        "Accused A is sentenced. Accused B\nis fined. (c) the rest",
        "a stop. \n A capital after blanks that hold a newline",
        "no break at all in this span",
        "x.  (a) a stop before a parenthesis. lower case after a stop. a",
        ".\n\nA.\nb\n. B",
    ]
    for text in texts:
        for lo in range(len(text)):
            for hi in range(lo, len(text) + 1):
                assert _after_last_break(text, lo, hi) == _reference(text, lo, hi), (text, lo, hi)


def test_last_break_sees_no_capital_beyond_the_span() -> None:
    text = "He was sentenced. The fine"
    at = text.index("The")
    assert _after_last_break(text, 0, at) == 0  # the capital after the blank is cut off
    assert _after_last_break(text, 0, at + 1) == at
