"""Statute aliases in citation chains: the lexicon's names of each act, found near their anchors.

:func:`_alias_regex` is one alternation over every alias key of the lexicon (longest
first, punctuation-tolerant: "R.A. No. 9208", "RA9208", "r a 9208").  Run over a
whole range it is slow (~2 MB/s), so :func:`_alias_matches` groups the aliases by
their anchor token (:func:`caselaw.extractors.anchors.alias_anchor`: the rarest
token, e.g. ``9208``) and tries each group's alternation only at word starts just
before a hit of that token -- the same matches a left-to-right scan finds
(tests/extractors/test_anchors.py).  Used by :mod:`caselaw.extractors.citation_tokens`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from caselaw.extractors import anchors, lexicon
from caselaw.extractors.anchors import AnchorHits
from caselaw.extractors.lexicon import StatuteEntry, alias_key

__all__ = ["alias_key_tokens"]


def _alias_pattern(key: str) -> str:
    tokens = key.split(" ")
    if len(tokens) == 1 and len(key) <= 5 and key.isalpha():
        return rf"(?-i:{re.escape(key.upper())})"  # acronyms: upper case only
    # (an apostrophe, straight or curly, parts the tokens of a possessive: "Women's Charter")
    return r"[\s.,()\-/'’]{0,3}".join(re.escape(t) for t in tokens)


@cache
def _alias_regex() -> tuple[re.Pattern[str], dict[str, list[StatuteEntry]]]:
    """One alternation over every lexicon alias, longest first, punctuation-tolerant."""
    by_key: dict[str, list[StatuteEntry]] = {}
    for st in lexicon.statutes():
        for alias in (*st.aliases, st.short, st.name):
            key = alias_key(alias)
            if key and st not in by_key.setdefault(key, []):
                by_key[key].append(st)
    parts = [_alias_pattern(key) for key in sorted(by_key, key=len, reverse=True)]
    regex = re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)
    return regex, by_key


def alias_key_tokens() -> list[list[str]]:
    """The tokens of every alias key (an alias matches them with 0-3 separators between)."""
    _, by_key = _alias_regex()
    return [key.split(" ") for key in by_key]


class _Group(NamedTuple):
    """The aliases of one anchor token: their alternation, the word starts where it may
    match, and how far before the token a match may start."""

    regex: re.Pattern[str]
    starts: re.Pattern[str]
    before: int


@cache
def _alias_by_anchor() -> dict[str | None, _Group]:
    """Per anchor token: the :class:`_Group` of the aliases holding it.

    The alternation keeps the global longest-first order, so at any position it
    picks what :func:`_alias_regex` would pick among these aliases.  Its starts are
    its alternatives' first characters, any case (and any non-ASCII character, to be
    safe).  Key None holds the acronym aliases without a usable anchor (found near the
    spellings of their letters).
    """
    _, by_key = _alias_regex()
    groups: dict[str | None, list[str]] = {}
    for key in sorted(by_key, key=len, reverse=True):
        groups.setdefault(anchors.alias_anchor(key), []).append(key)
    out = {}
    for token, keys in groups.items():
        body = "|".join(_alias_pattern(k) for k in keys)
        regex = re.compile(r"(?<![\w])(?:" + body + r")(?![\w])", re.IGNORECASE)
        firsts = "".join(sorted({re.escape(k[0]) for k in keys}))
        starts = re.compile(r"(?<![\w])[" + firsts + r"\u0080-\U0010ffff]", re.IGNORECASE)
        out[token] = _Group(regex, starts, _before(keys, token))
    return out


def _before(keys: list[str], token: str | None) -> int:
    """Characters a match may start before its anchor (a token, or a letter spelling)."""
    before = 0
    for key in keys:
        words = key.split()
        if token in words:
            head = words[: words.index(token)]
            before = max(before, sum(map(len, head)) + 3 * len(head))
        else:  # the whole key, its blanks counted as up to four characters
            before = max(before, len(key) + 3 * key.count(" "))
    return before


def _alias_matches(
    text: str, lo: int, hi: int, hits: AnchorHits, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """Alias matches near their anchor tokens, as one left-to-right scan would find them.

    An alias match starts at a word start at most ``before`` characters ahead of
    its anchor token, so each anchor group's alternation is tried there only (at the
    token itself when no alias has words before it).  Matches start in ``[lo, hi)``
    and may run on to ``endpos`` (default ``hi``).
    """
    end = hi if endpos is None else endpos
    table = _alias_by_anchor()
    near: dict[str | None, list[int]] = {}  # anchor token -> its starts, in text order
    for s, e in hits.spans_in("anchor.alias", lo, hi):
        token = text[s:e].lower()
        if token in table:
            near.setdefault(token, []).append(s)
    if None in table:
        weak = [s for s, _ in hits.spans_in("anchor.alias_weak", lo, hi)]
        if weak:
            near[None] = weak
    found: dict[int, re.Match[str]] = {}
    for anchor, starts in near.items():
        regex, first, before = table[anchor]
        for pos in _candidates(text, lo, starts, first, before):
            m = regex.match(text, pos, end)
            if m is not None:
                old = found.get(pos)
                if old is None or _better(m, old):
                    found[pos] = m
    if not found:
        return
    last = lo
    for start in sorted(found):
        if start >= last:
            last = found[start].end()
            yield found[start]


def _candidates(
    text: str, lo: int, starts: list[int], first: re.Pattern[str], before: int
) -> Iterable[int]:
    """The word starts at most ``before`` characters ahead of each anchor start (the
    anchors themselves when ``before`` is 0: the alias regex checks its first character)."""
    if not before:
        return starts
    windows = [(max(lo, s - before), s) for s in starts]
    return (
        word.start()
        for a, b in (_merged(windows) if len(windows) > 1 else windows)
        for word in first.finditer(text, a, b + 1)
    )


def _better(m: re.Match[str], old: re.Match[str]) -> bool:
    """``m`` comes first in :func:`_alias_regex`'s alternation (two groups match at one start)."""
    if m.end() == old.end():
        return False  # the same text: the same alias key, the same rank
    return _rank_of(m.group(0)) < _rank_of(old.group(0))


@lru_cache(maxsize=1024)
def _rank_of(written: str) -> int:
    """The :func:`_alias_rank` of an alias as written (past every key if it is none)."""
    rank = _alias_rank()
    return rank.get(alias_key(written), len(rank))


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inclusive ``(a, b)`` windows, sorted and merged where they overlap or touch."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(windows):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


@cache
def _alias_rank() -> dict[str, int]:
    """Position of each alias key in :func:`_alias_regex`'s alternation (lower wins)."""
    _, by_key = _alias_regex()
    return {k: i for i, k in enumerate(sorted(by_key, key=len, reverse=True))}
