"""Test helper: a pattern's matches as comparable tuples, for the fast-twin property tests
(test_caption_chunks.py, test_parties.py)."""

from __future__ import annotations

import re


def match_spans(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[object, ...]]:
    """``(start, end, groups)`` of every match of ``rx`` in ``text[lo:hi]``."""
    return [(m.start(), m.end(), m.groups()) for m in rx.finditer(text, lo, hi)]
