"""Does a lower-cased vocabulary match anywhere in a short text?  The same answer as
``compile_lower(patterns).search(text) is not None``, found several times faster.

Python's engine scans at C speed to the first characters a pattern can start with, but
only when every alternative starts with a literal character: one leading ``\\b`` (as in
``\\b(?:paid|gave|...)\\b`` or ``\\bbribe[sd]?\\b``) makes it try every position of the text.
:class:`Found` searches a twin without those leading ``\\b`` (it matches wherever the
vocabulary does, and a little more), and confirms each place it stops at with the
vocabulary itself, anchored there.  The signals step asks this of each sentence around a
cue, several vocabularies per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from caselaw.extractors.patterns import compile_lower, group_end, top_level_branches

__all__ = ["Found", "twin_source"]


class Found:
    """``Found(patterns)(low)``: some pattern matches the lower-cased ``low``."""

    __slots__ = ("pattern", "twin")

    def __init__(self, patterns: str | Iterable[str]) -> None:
        parts = [patterns] if isinstance(patterns, str) else list(patterns)
        self.pattern = compile_lower(parts)
        self.twin = compile_lower(twin_source(parts))

    def __call__(self, low: str) -> bool:
        return self.first(low, 0, len(low)) is not None

    def search(self, low: str) -> re.Match[str] | None:
        """``pattern.search(low)``: a stand-in for the compiled pattern."""
        return self.first(low, 0, len(low))

    def first(
        self, low: str, start: int, end: int, before: int | None = None
    ) -> re.Match[str] | None:
        """``pattern.search(low, start, end)``: the twin stops at every place the pattern
        can match, in order, so the first place the pattern matches is where it would.
        With ``before``, None also when that match would start at or after it."""
        search, confirm = self.twin.search, self.pattern.match
        stop = end if before is None else before
        while (m := search(low, start, end)) is not None:
            at = m.start()
            if at >= stop:
                return None
            found = confirm(low, at, end)  # (its \b sees the character before ``at``)
            if found is not None:
                return found
            start = at + 1
        return None


def twin_source(parts: Iterable[str]) -> str:
    """One alternation matching at every position where one of ``parts`` does, with as
    many alternatives as can starting with a literal: a leading ``\\b`` or negative
    look-behind dropped (zero-width: the twin matches wherever they let the rest), a leading
    group ``(?:a|b)c`` spread into ``ac|bc`` (``(?:a)?b`` into ``ab|b``)."""
    out: list[str] = []
    for part in parts:
        for branch in top_level_branches(part):
            out.extend(_unbounded(branch))
    return "|".join(dict.fromkeys(out))


def _unbounded(branch: str) -> list[str]:
    if branch.startswith("\\b"):
        return _unbounded(branch[2:])
    if branch.startswith("(?<!") and group_end(branch) > 0:
        return _unbounded(branch[group_end(branch) + 1 :])  # (zero-width, as \b is)
    if not branch.startswith("(?:"):
        return [branch]
    end = group_end(branch)
    inner, rest = branch[3:end], branch[end + 1 :]
    optional = rest.startswith("?")
    if optional:
        rest = rest[1:]
    if end < 0 or rest[:1] in ("*", "+", "{", "?"):
        return [branch]  # repeated, or lazy: left as it is
    out = [x for alt in top_level_branches(inner) for x in _unbounded(alt + rest)]
    return out + _unbounded(rest) if optional else out
