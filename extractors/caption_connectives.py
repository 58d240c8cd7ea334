"""A caption's connective words are no party.

Sri Lankan and Indian captions join the stages of a case with a line of its own: "And",
"And now", "And now between", "Vs", "Versus", "Between" (an appeal's caption repeats the
parties below, "In the matter of an appeal ... X, Accused / And / ...").  A PDF text layer
may leave the word in a party's chunk, where it reads as a one-word name.  A name that is
only such words names nobody.  Pure string functions; a set lookup, no regex.
"""

from __future__ import annotations

_CONNECTIVES = frozenset({"and", "now", "between", "vs", "v", "versus", "against", "&"})


def only_connectives(name: str) -> bool:
    """``name`` is made of caption connectives alone ("And", "And Now", "Vs.")."""
    words = name.replace(".", " ").replace(",", " ").lower().split()
    return bool(words) and all(w in _CONNECTIVES for w in words)


def without_connectives(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``found`` (caption names with their spans) less the connective-only ones."""
    if not any(only_connectives(n) for n, _, _ in found):
        return found
    return [x for x in found if not only_connectives(x[0])]
