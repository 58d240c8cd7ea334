"""Is an administrative charge one for a corrupt act, by what the judgment says of it?

An administrative charge (dishonesty, grave misconduct) counts as corruption only when it is
for bribery, extortion or misappropriation by the official (SCHEMA.md category rules;
LABELLING-CONVENTIONS.md).  :mod:`caselaw.extractors.charges` reads that first from the
paragraph that charges it; a decision often names the charge bare where it is laid ("show
cause why he should not be held liable for gross dishonesty") and says what it consisted of
where it is weighed ("gross dishonesty and malversation", "dishonesty ... for failing to
remit the collections").  :func:`said_corrupt_elsewhere` reads those other sentences: the
same charge word in one sentence with a corrupt act makes it a charge for that act.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from caselaw.extractors import lexicon, prefilter

SENTENCE_REACH = 240  # characters either side of the charge word searched for its sentence's end
_STOPS = (". ", ".\n", "\n\n", "; ")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - SENTENCE_REACH)
    a = max(text.rfind(s, lo, start) for s in _STOPS)
    hi = min(len(text), end + SENTENCE_REACH)
    ends = [i for i in (text.find(s, end, hi) for s in _STOPS) if i >= 0]
    return (lo if a < 0 else a + 1), (min(ends) if ends else hi)


Narrates = Callable[[str, int, int], bool]  # does text[lo:hi] narrate a corrupt act?


def said_corrupt_elsewhere(text: str, hits: prefilter.Hits, phrase: str, acts: Narrates) -> bool:
    """Does some sentence of ``text`` name the administrative charge ``phrase`` together
    with one of the corrupt acts (the lexicon's ``admin_corrupt_acts``; ``acts`` is the
    charges step's own search for them)?  (Once per judgment and phrase: a decision
    repeats its charge.)"""
    memo = _memo[0] if _memo and _memo[0][0] is hits else None
    if memo is None:
        memo = (hits, {})
        _memo[:] = [memo]
    found = memo[1].get(phrase)
    if found is None:
        found = memo[1][phrase] = _said(text, hits, phrase, acts)
    return found


_memo: list[tuple[prefilter.Hits, dict[str, bool]]] = []


def _said(text: str, hits: prefilter.Hits, phrase: str, acts: Narrates) -> bool:
    n = len(phrase)
    stems = _stems()
    for s, e in hits.sorted_spans("charges.offence"):
        if e - s != n or text[s:e].lower() != phrase:
            continue
        a, b = _sentence(text, s, e)
        low = text[a:b].lower()
        if any(stem in low for stem in stems) and acts(text, a, b):
            return True
    return False


@cache
def _stems() -> tuple[str, ...]:
    """The longest word of every corrupt act (a sentence without one cannot match)."""
    words = lexicon.word_list("admin_corrupt_acts")
    return tuple(sorted({max(w.lower().split()[::-1], key=len) for w in words if w.split()}))
