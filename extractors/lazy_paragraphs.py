"""A keyword group's paragraphs (``Context.paragraphs``), built only as far as they are read.

The officials check asks whether a surname lies in a ``roles.official`` paragraph only
where a title or position next to it names an official type, and its single-defendant
fallback reads only the first six paragraphs: most judgments never need the whole chain.
"""

from __future__ import annotations

import bisect
from typing import Any

from caselaw.extractors._base import Context, _prefilter

__all__ = ["Paragraphs"]

_BEYOND = 1 << 62  # sorts after any paragraph end


class Paragraphs:
    """``ctx.paragraphs(group)``, built only as far as it is read.

    With the prefilter, the paragraphs are a chain over the group's sorted keywords
    (``prefilter.Hits.paragraphs``): each ends before the next keyword it does not hold.
    Most judgments never ask, or ask only about their first pages.
    """

    __slots__ = ("_ctx", "_group", "_spans", "_out", "_next", "_bounds")

    def __init__(self, ctx: Context, group: str) -> None:
        self._ctx, self._group = ctx, group
        self._out: list[tuple[int, int]] = []
        self._spans: list[tuple[int, int]] | None = None
        self._next = 0
        self._bounds: Any = None  # prefilter.paragraph_bounds

    def _load(self) -> list[tuple[int, int]]:
        if self._spans is None:
            prefilter = _prefilter()
            if prefilter is None:  # the regex fallback: its own paragraphs, all at once
                self._out, self._spans = self._ctx.paragraphs(self._group), []
            else:
                self._bounds = prefilter.paragraph_bounds
                self._spans = self._ctx.keyword_spans(self._group)
        return self._spans

    def _grow(self) -> None:
        """One more step of ``Hits.paragraphs``' loop."""
        out, spans = self._out, self._spans
        assert spans is not None
        start, end = spans[self._next]
        p_start, p_end = self._bounds(self._ctx.text, start, end)
        if out and p_start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], p_end))
        else:
            out.append((p_start, p_end))
        # the next keyword not inside: the first that starts at or after the end
        self._next = bisect.bisect_left(spans, (out[-1][1], -1), self._next + 1)

    def covers(self, offset: int) -> bool:
        """``offset`` is inside one of the paragraphs."""
        n, out = len(self._load()), self._out
        # the paragraphs that start at or before offset are final once a later one starts
        while self._next < n and (not out or out[-1][0] <= offset):
            self._grow()
        i = bisect.bisect_right(out, (offset, _BEYOND)) - 1
        return i >= 0 and offset < out[i][1]

    def first(self, count: int) -> list[tuple[int, int]]:
        """The first ``count`` paragraphs."""
        n, out = len(self._load()), self._out
        while self._next < n and len(out) <= count:  # the last may still grow
            self._grow()
        return out[:count]
