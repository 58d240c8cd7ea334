"""Regex search tried only at anchor hits, with the same matches as a full scan.

:func:`finditer` tries a pattern only at the candidate starts the prefilter found
(:func:`simple_starts`, or a :class:`caselaw.extractors.anchor_phrases.PhraseAnchors`'
``starts``) and gives what ``pattern.finditer(text, lo, hi)`` gives as long as the
candidates include every position where the pattern matches.  Capitalised act names end
at their anchor word instead of starting there: :func:`named_matches` searches windows that
end at one (:func:`named_windows`, :func:`windowed`).  tests/extractors/test_anchors.py
checks both against a full scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol


class AnchorHits(Protocol):
    def spans_in(self, group: str, lo: int, hi: int) -> list[tuple[int, int]]: ...


def finditer(
    pattern: re.Pattern[str],
    text: str,
    starts: Iterable[int],
    lo: int,
    hi: int,
    endpos: int | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)``, trying only the sorted candidate ``starts``.

    With ``endpos``, matches start in ``[lo, hi)`` but may run on to ``endpos``.
    """
    last = lo
    end = hi if endpos is None else endpos
    for pos in starts:
        if pos < last:
            continue
        if pos >= hi:
            break
        m = pattern.match(text, pos, end)
        if m is not None:
            yield m
            last = m.end()
            if last <= pos:  # an empty match: the next one starts after it
                last = pos + 1


def simple_starts(hits: AnchorHits, group: str, lo: int, hi: int, shift: int = 0) -> list[int]:
    """Starts of a group's hits in ``[lo, hi)`` (``shift`` back: up to that many before)."""
    spans = hits.spans_in(group, lo, hi + shift)
    if not shift:
        return [s for s, _ in spans]
    out = {p for s, _ in spans for p in range(max(lo, s - shift), s + 1) if p < hi}
    return sorted(out)


_LAST_BARRIER = re.compile(r".*[^\w\s'’()-]", re.DOTALL)  # up to the last non-name char
NAME_REACH = 400  # a capitalised act name is at most this long (8 words)
NAME_TAIL = 40  # "Act No. 3 of 1957", ", 1957" after the anchor word


def named_matches(
    pattern: re.Pattern[str], text: str, lo: int, hi: int, hits: AnchorHits
) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` for capitalised act names, run only in windows ending at an anchor.

    A name cannot hold a character outside ``[\\w\\s'’()-]``, so a window starts
    at the last such character before its capitalised anchor word (``Act``,
    ``Code`` ...) and the left-to-right scan inside it is in step with a scan of
    the whole range.
    """
    return windowed(pattern, text, named_windows(text, lo, hi, hits), lo, hi)


def windowed(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]], lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` in each window; only the matches starting in ``[lo, hi)``.

    A window's end is not the text's end: each match is matched again up to ``hi``,
    so a lookahead (``(?![\\w])``) or an optional tail sees the real text ("Penal
    Code|Section" cut after "Code" is no match; "Act ... of 1957" keeps its year).
    The pattern must not match the empty string.
    """
    done = lo  # the end of the last match: the next one starts at or after it
    for w_lo, w_hi in windows:
        if w_hi <= done or w_lo >= hi:
            continue
        pos = max(w_lo, done)
        while (m := pattern.search(text, pos, w_hi)) is not None:
            if w_hi < hi:  # the cut may have made (or shortened) this match
                full = pattern.match(text, m.start(), hi)
                if full is None:
                    pos = m.start() + 1
                    continue
                m = full
            if m.start() >= hi:
                return
            yield m
            done = pos = m.end()


def named_windows(text: str, lo: int, hi: int, hits: AnchorHits) -> list[tuple[int, int]]:
    """The merged windows :func:`named_matches` scans in ``[lo, hi)``."""
    windows: list[tuple[int, int]] = []
    for s, e in hits.spans_in("anchor.named", lo, hi):
        if not text[s].isupper():
            continue
        w_lo = max(lo, s - NAME_REACH)
        barrier = _LAST_BARRIER.match(text, w_lo, s)
        if barrier is not None:
            w_lo = barrier.end()
        w_hi = min(hi, e + NAME_TAIL)
        if windows and w_lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], w_hi))
        else:
            windows.append((w_lo, w_hi))
    return windows
