"""``Found`` searches a twin without a leading negative look-behind, and still answers
what the pattern's own search answers."""

from __future__ import annotations

import random

from caselaw.extractors.found import Found, twin_source
from caselaw.extractors.patterns import compile_lower

_PATTERN = r"(?:(?<!should have been )(?<!would have )\bacquit(?:ted|s)?\b)|(?<!not )guilty"


def test_twin_drops_leading_lookbehinds() -> None:
    assert twin_source([_PATTERN]) == r"acquit(?:ted|s)?\b|guilty"


def test_found_is_the_search() -> None:
    found, rx = Found(_PATTERN), compile_lower(_PATTERN)
    pieces = ["should have been ", "would have ", "not ", "acquit", "ted", "s", "guilty", " ", "x"]
    rnd = random.Random(5)
    for _ in range(5_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        want = rx.search(text)
        got = found.search(text)
        assert (got.span() if got else None) == (want.span() if want else None), text
