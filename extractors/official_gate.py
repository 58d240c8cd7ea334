"""Which official types a lowered window can name: a literal gate before their patterns.

:func:`caselaw.extractors.officials._official_type` tries each type's vocabulary in turn
(``found.Found``: an alternation of dozens of hints, a search per type).  Every hint but
a few holds a plain string any match contains (:func:`patterns.required_literals`), so
one Aho-Corasick pass over the window says which types can match at all; only those
are searched (types with a hint that has no such string are always searched).  The
answer is the same: a type is skipped only when none of its matches can be there.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

import ahocorasick

from caselaw.extractors.patterns import required_literals, top_level_branches

__all__ = ["TypeGate"]

_SHORTEST = 2
"""Literals shorter than this are no gate (a hint with none is always tried)."""


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
                    needs = required_literals(branch, _SHORTEST)
                    if not needs:
                        always.add(kind)
                    else:
                        by_literal.setdefault(needs[0], set()).add(kind)
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
