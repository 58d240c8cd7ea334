"""Literal gates for regular expressions: plain strings one of which every match holds.

A gate ``needs`` proves that a pattern cannot match a text when no string of ``needs``
occurs in it (``patterns.gate_open``), so the regex is tried only where it may match.
:func:`patterns.required_literals` names one literal run per branch; here a branch may
also be gated on a group every match goes through ("\\b(?:is|are)\\s+(?:meted|fined)\\b"
holds "meted" or "fined"), and a caller may choose among the gates of a branch
(:func:`literal_sets`) the one its keyword hits do not already imply.  :class:`WordHints`
answers a ``\\b(?:a|b|...)\\b`` vocabulary by trying only the branches whose literal occurs.

Functions of the pattern source (as the caller lower-cases it) and a matcher built from
it; nothing here knows about judgments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import ahocorasick

from caselaw.extractors.patterns import (
    compile_lower,
    group_end,
    required_literals,
    top_level_branches,
)

__all__ = ["WordHints", "alternative_needs", "literal_sets", "quiet_gate"]

_QUANTIFIERS = ("?", "*", "+", "{")


def alternative_needs(alt: str) -> tuple[str, ...]:
    """:func:`required_literals` of one branch; where that finds none, the literals of a
    group every match passes through, one per branch of the group (of such groups, the one
    whose shortest literal is longest), or ``()``."""
    return required_literals(alt) or _longest(_group_sets(alt))


def literal_sets(alt: str, shortest: int = 3) -> list[tuple[str, ...]]:
    """Every gate of the branch ``alt``: each top-level run of ``shortest`` or more literal
    characters (a gate of one), then each top-level group every match goes through whose
    branches all have a gate (their :func:`alternative_needs`, joined)."""
    runs = [(run,) for run in _runs_and_groups(alt)[0] if len(run) >= shortest]
    return runs + _group_sets(alt)


def quiet_gate(alt: str, words: list[str]) -> tuple[str, ...] | None:
    """Of the gates of ``alt``, the one the keywords whose hits lead to trying the pattern
    (``words``) open least by themselves: a keyword that holds a literal of the gate but
    does not match ``alt`` opens it for nothing, each such keyword counted by one over its
    number of words (a single broad word hits most often).  Gates with a literal that is a
    stop word or shorter than three letters ("the", " of ") are not chosen; ties go to the
    longest shortest literal.  None when ``alt`` has no other gate."""
    sets = [s for s in literal_sets(alt) if not any(_too_common(lit) for lit in s)]
    if not sets:
        return None
    branch = re.compile(alt)

    def noise(lits: tuple[str, ...]) -> tuple[float, int]:
        opened = [w for w in words if any(lit.strip() in w for lit in lits)]
        weight = sum(1 / len(w.split()) for w in opened if branch.search(w) is None)
        return weight, -min(map(len, lits))

    return min(sets, key=noise)


_STOP_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]
)


def _too_common(literal: str) -> bool:
    word = literal.strip()
    return len(word) < 3 or word in _STOP_WORDS


def _longest(sets: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The gate whose shortest literal is longest (the first of equals), or ``()``."""
    best: tuple[str, ...] = ()
    for lits in sets:
        if not best or min(map(len, lits)) > min(map(len, best)):
            best = lits
    return best


def _group_sets(alt: str) -> list[tuple[str, ...]]:
    out = []
    for inner in _runs_and_groups(alt)[1]:
        lits: list[str] = []
        for branch in top_level_branches(inner):
            needs = alternative_needs(branch)
            if not needs:
                break
            lits += needs
        else:
            out.append(tuple(dict.fromkeys(lits)))
    return out


def _runs_and_groups(alt: str) -> tuple[list[str], list[str]]:
    """The top-level literal runs of the branch ``alt`` (a quantified character dropped)
    and the insides of its top-level non-capturing groups ``(?:...)`` that carry no
    quantifier (every match goes through them)."""
    runs: list[str] = []
    groups: list[str] = []
    cur: list[str] = []
    i = 0
    while i < len(alt):
        c = alt[i]
        if c in _QUANTIFIERS:
            if cur:
                cur.pop()
            runs.append("".join(cur))
            cur = []
            i = alt.find("}", i) + 1 or len(alt) if c == "{" else i + 1
            continue
        if c == "\\" and i + 1 < len(alt) and not alt[i + 1].isalnum():
            cur.append(alt[i + 1])
            i += 2
            continue
        if c.isalnum() or c in " -,'/:;&%#!\"<>=@_~`":
            cur.append(c)
            i += 1
            continue
        runs.append("".join(cur))  # an escape class, a class, a group, ".", "^", "$"
        cur = []
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(alt, i) + 1
        elif c == "(":
            end = group_end(alt[i:])
            if end < 0:
                break
            group, i = alt[i : i + end + 1], i + end + 1
            if group.startswith("(?:") and alt[i : i + 1] not in _QUANTIFIERS:
                groups.append(group[3:-1])
        else:
            i += 1
    runs.append("".join(cur))
    return runs, groups


def _class_end(s: str, i: int) -> int:
    """Index of the ``]`` closing the character class opened at ``s[i]``."""
    j = i + 1
    if s[j : j + 1] == "^":
        j += 1
    if s[j : j + 1] == "]":
        j += 1
    while j < len(s) and s[j] != "]":
        j += 2 if s[j] == "\\" else 1
    return j


class WordHints:
    """``WordHints(patterns)(low)`` == ``compile_lower(patterns).search(low) is not None``,
    found faster: one Aho-Corasick pass over the literals the patterns' branches need, and
    a branch tried only where its literal stands (anchored there when the branch begins with
    it, after an optional ``\\b``; else searched).  ``re`` tries a whole alternation at every
    position when a leading ``\\b`` defeats its literal scan.  :meth:`vocabulary` splits one
    ``\\b(?:a|b|...)\\b`` into its words."""

    __slots__ = ("literals", "ungated")

    def __init__(self, patterns: Iterable[str]) -> None:
        patterns = list(patterns)
        compile_lower(patterns)  # (refuses what cannot be lower-cased)
        by_literal: dict[str, list[tuple[int, Any]]] = {}
        self.ungated: list[re.Pattern[str]] = []
        for pattern in patterns:
            for branch in top_level_branches(pattern.lower()):
                rx = compile_lower(branch)
                lead = _runs_and_groups(branch[2:] if branch.startswith("\\b") else branch)[0][0]
                if len(lead) >= 3:  # every match starts with it: try the branch right there
                    by_literal.setdefault(lead, []).append((len(lead), rx.match))
                elif needs := alternative_needs(branch):
                    for w in needs:
                        by_literal.setdefault(w, []).append((0, rx.search))
                else:
                    self.ungated.append(rx)
        self.literals = ahocorasick.Automaton()
        for w, tries in by_literal.items():
            self.literals.add_word(w, tuple(tries))
        self.literals.make_automaton()

    @classmethod
    def vocabulary(cls, source: str) -> WordHints:
        """Of ``\\b(?:a|b|...)\\b``: the words ``\\ba\\b``, ``\\bb\\b`` ... (one of them matches
        wherever the vocabulary does)."""
        whole = source.startswith("\\b(?:") and group_end(source[2:]) == len(source) - 5
        if not (whole and source.endswith(")\\b")):
            raise ValueError(f"not a \\b(?:...)\\b vocabulary: {source[:40]!r}")
        return cls(f"\\b{branch}\\b" for branch in top_level_branches(source[5:-3]))

    def __call__(self, low: str) -> bool:
        for rx in self.ungated:
            if rx.search(low) is not None:
                return True
        for end, tries in self.literals.iter(low):
            for n, attempt in tries:
                if (attempt(low) if n == 0 else attempt(low, end - n + 1)) is not None:
                    return True
        return False
