"""Which official types a lowered window can name: a literal gate before their patterns.

:func:`caselaw.extractors.officials._official_type` tries each type's vocabulary in turn
(``found.Found``: an alternation of dozens of hints, a search per type).  Every hint holds
a plain string any match contains (:func:`patterns.required_literals`), or one of a few
such strings, one per alternative of a group it must pass through ("rtc" or "mtc" ... in
``\\b(?:rtc|mtc|mctc)\\b``; :func:`literal_choices`).  One Aho-Corasick pass over the
window says which types can match at all; only those are searched (types with a hint
that has neither are always searched).  The answer is the same: a type is skipped only
when none of its matches can be there.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Sequence

import ahocorasick

from caselaw.extractors.patterns import group_end, required_literals, top_level_branches

__all__ = ["TypeGate", "literal_choices"]

_SHORTEST = 2
"""Literals shorter than this are no gate (a hint with none is always tried)."""
_DEPTH = 2
"""Groups spread out, one inside the other, at most (each multiplies the alternatives)."""


def literal_choices(branch: str, depth: int = _DEPTH) -> list[str] | None:
    """Plain strings one of which every match of ``branch`` (one alternative, no top-level
    ``|``) contains: its required literal, else the required literals of the branches a
    group it must pass through spreads it into (``p/?(?:cpl|ssg)\\b`` -> "cpl", "ssg");
    None when there are none of ``_SHORTEST`` characters or more."""
    needs = required_literals(branch, _SHORTEST)
    if needs:
        return [needs[0]]
    if depth == 0:
        return None
    for start, end in _once_groups(branch):
        out: list[str] = []
        for alt in top_level_branches(branch[start + 3 : end]):
            found = literal_choices(branch[:start] + alt + branch[end + 1 :], depth - 1)
            if found is None:
                break
            out.extend(found)
        else:
            return list(dict.fromkeys(out))
    return None


_QUANTIFIERS = ("?", "*", "+", "{")


def _once_groups(branch: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` (the brackets) of each top-level ``(?:...)`` group of ``branch``
    that a match passes through exactly once (no quantifier after it)."""
    i, n = 0, len(branch)
    while i < n:
        c = branch[i]
        if c == "\\":
            i += 2
        elif c == "[":  # a class: to its "]" (one right after "[" or "[^" is literal)
            j = i + 2 if branch.startswith("[^", i) else i + 1
            j += branch[j : j + 1] == "]"
            while j < n and branch[j] != "]":
                j += 2 if branch[j] == "\\" else 1
            i = j + 1
        elif c == "(":
            end = group_end(branch[i:])
            if end < 0:
                return
            if (
                branch.startswith("(?:", i)
                and branch[i + end + 1 : i + end + 2] not in _QUANTIFIERS
            ):
                yield i, i + end
            i += end + 1
        else:
            i += 1


class TypeGate:
    """``TypeGate([(kind, hints), ...]).possible(low)``: the kinds whose hints (regex
    sources, for lower-cased text) can match ``low`` (a superset: the ones to search)."""

    __slots__ = ("_always", "_auto")

    def __init__(self, kinds: Sequence[tuple[Hashable, str | Iterable[str]]]) -> None:
        always: set[Hashable] = set()
        by_literal: dict[str, set[Hashable]] = {}
        for kind, hints in kinds:
            for hint in [hints] if isinstance(hints, str) else hints:
                for branch in top_level_branches(hint.lower()):
                    needs = literal_choices(branch)
                    if needs is None:
                        always.add(kind)
                        continue
                    for literal in needs:
                        by_literal.setdefault(literal, set()).add(kind)
        self._always = frozenset(always)
        self._auto = ahocorasick.Automaton()
        for literal, found in by_literal.items():
            self._auto.add_word(literal, tuple(found))
        if by_literal:
            self._auto.make_automaton()

    def possible(self, low: str) -> set[Hashable]:
        """The kinds that may match the lower-cased ``low``."""
        out = set(self._always)
        if self._auto.kind == ahocorasick.AHOCORASICK:
            for _end, kinds in self._auto.iter(low):
                out.update(kinds)
        return out
