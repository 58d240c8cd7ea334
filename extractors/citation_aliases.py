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
from collections.abc import Iterator
from functools import cache

from caselaw.extractors import anchors, lexicon
from caselaw.extractors.anchors import AnchorHits
from caselaw.extractors.lexicon import StatuteEntry, alias_key

__all__ = ["alias_key_tokens"]


def _alias_pattern(key: str) -> str:
    tokens = key.split(" ")
    if len(tokens) == 1 and len(key) <= 5 and key.isalpha():
        return rf"(?-i:{re.escape(key.upper())})"  # acronyms: upper case only
    return r"[\s.,()\-/]{0,3}".join(re.escape(t) for t in tokens)


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


@cache
def _alias_by_anchor() -> dict[str | None, tuple[re.Pattern[str], tuple[int, int]]]:
    """Per anchor token: the alternation of the aliases holding it, and their reach
    (how far a match may start before the token and end after it).

    The alternation keeps the global longest-first order, so at any position it
    picks what :func:`_alias_regex` would pick among these aliases.  Key None
    holds the acronym aliases without a usable anchor (found near the spellings
    of their letters).
    """
    _, by_key = _alias_regex()
    groups: dict[str | None, list[str]] = {}
    for key in sorted(by_key, key=len, reverse=True):
        groups.setdefault(anchors.alias_anchor(key), []).append(key)
    out = {}
    for token, keys in groups.items():
        body = "|".join(_alias_pattern(k) for k in keys)
        regex = re.compile(r"(?<![\w])(?:" + body + r")(?![\w])", re.IGNORECASE)
        out[token] = (regex, _reach(keys, token))
    return out


@cache
def _alias_starts() -> dict[re.Pattern[str], re.Pattern[str]]:
    """Per :func:`_alias_by_anchor` alternation, the word starts where it may match: its
    alternatives' first characters, any case (and any non-ASCII character, to be safe)."""
    _, by_key = _alias_regex()
    groups: dict[str | None, list[str]] = {}
    for key in sorted(by_key, key=len, reverse=True):
        groups.setdefault(anchors.alias_anchor(key), []).append(key)
    table = _alias_by_anchor()
    out = {}
    for token, keys in groups.items():
        firsts = "".join(sorted({re.escape(k[0]) for k in keys}))
        starts = r"(?<![\w])[" + firsts + r"\u0080-\U0010ffff]"
        out[table[token][0]] = re.compile(starts, re.IGNORECASE)
    return out


def _reach(keys: list[str], token: str | None) -> tuple[int, int]:
    """Characters a match may extend before/after its anchor (a token, or letter spelling)."""
    before = after = 0
    for key in keys:
        longest = len(key) + 3 * key.count(" ")
        i = key.split().index(token) if token in key.split() else -1
        if i < 0:
            before, after = max(before, longest), max(after, longest)
            continue
        head = key.split()[:i]
        tail = key.split()[i + 1 :]
        before = max(before, sum(map(len, head)) + 3 * len(head))
        after = max(after, sum(map(len, tail)) + 3 * len(tail))
    return before, after


def _alias_matches(
    text: str, lo: int, hi: int, hits: AnchorHits, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """Alias matches near their anchor tokens, as one left-to-right scan would find them.

    An alias match starts at a word start at most ``before`` characters ahead of
    its anchor token, so each anchor group's alternation is tried there only.
    Matches start in ``[lo, hi)`` and may run on to ``endpos`` (default ``hi``).
    """
    end = hi if endpos is None else endpos
    table = _alias_by_anchor()
    reach: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    spans = [(s, table.get(text[s:e].lower())) for s, e in hits.spans_in("anchor.alias", lo, hi)]
    if None in table:
        spans += [(s, table[None]) for s, _ in hits.spans_in("anchor.alias_weak", lo, hi)]
    for s, entry in spans:
        if entry is not None:
            regex, (before, _) = entry
            reach.setdefault(regex, []).append((max(lo, s - before), s))
    firsts = _alias_starts()
    found: dict[int, re.Match[str]] = {}
    for regex, windows in reach.items():
        first = firsts[regex]
        for a, b in _merged(windows) if len(windows) > 1 else windows:
            for word in first.finditer(text, a, b + 1):
                pos = word.start()
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


def _better(m: re.Match[str], old: re.Match[str]) -> bool:
    """``m`` comes first in :func:`_alias_regex`'s alternation (two groups match at one start)."""
    rank = _alias_rank()
    return rank.get(_key_of(m), len(rank)) < rank.get(_key_of(old), len(rank))


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inclusive ``(a, b)`` windows, sorted and merged where they overlap or touch."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(windows):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _key_of(m: re.Match[str]) -> str:
    return alias_key(m.group(0))


@cache
def _alias_rank() -> dict[str, int]:
    """Position of each alias key in :func:`_alias_regex`'s alternation (lower wins)."""
    _, by_key = _alias_regex()
    return {k: i for i, k in enumerate(sorted(by_key, key=len, reverse=True))}
