"""Is an administrative charge one for a corrupt act, by what the judgment says of it?

An administrative charge (dishonesty, grave misconduct) counts as corruption only when it is
for bribery, extortion or misappropriation by the official (SCHEMA.md category rules;
LABELLING-CONVENTIONS.md).  :mod:`caselaw.extractors.charges` reads that first from the
paragraph that charges it; a decision often names the charge bare where it is laid ("show
cause why he should not be held liable for gross dishonesty") and says what it consisted of
where it is weighed ("gross dishonesty and malversation", "dishonesty ... for failing to
remit the collections").  :func:`said_corrupt_elsewhere` reads those other sentences: the
same charge word in one sentence with a corrupt act makes it a charge for that act.
:func:`narrates_corrupt_act` is the search for the acts (the lexicon's ``admin_corrupt_acts``)
both read.
"""

from __future__ import annotations

import re
from functools import cache

from caselaw.extractors import lexicon, prefilter
from caselaw.extractors._lower import lowers_as_re
from caselaw.extractors.charge_cues import flex
from caselaw.extractors.patterns import compile_lower

SENTENCE_REACH = 240  # characters either side of the charge word searched for its sentence's end
_STOPS = (". ", ".\n", "\n\n", "; ")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - SENTENCE_REACH)
    a = max(text.rfind(s, lo, start) for s in _STOPS)
    hi = min(len(text), end + SENTENCE_REACH)
    ends = [i for i in (text.find(s, end, hi) for s in _STOPS) if i >= 0]
    return (lo if a < 0 else a + 1), (min(ends) if ends else hi)


@cache
def _admin_regex() -> re.Pattern[str]:
    words = sorted(lexicon.word_list("admin_corrupt_acts"), key=len, reverse=True)
    return re.compile("|".join(r"(?<![\w])" + flex(w) for w in words), re.IGNORECASE)


@cache
def _admin_lower() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:func:`_admin_regex` for lower-cased text, and its twin without the look-behind.

    Each alternative of the twin starts with a literal letter, so ``re`` skips at C speed
    to where one can start; the ``re.I`` original with its look-behind tries every
    position of the paragraph with every alternative (a fifth of the step on some texts).
    """
    words = sorted(lexicon.word_list("admin_corrupt_acts"), key=len, reverse=True)
    bodies = [flex(w.lower()) for w in words]
    return compile_lower(r"(?<![\w])(?:" + "|".join(bodies) + ")"), compile_lower(bodies)


def narrates_corrupt_act(text: str, lo: int, hi: int) -> bool:
    """``_admin_regex().search(text, lo, hi) is not None``, searched on the lowered text."""
    a = max(0, lo - 1)  # the look-behind sees the character before ``lo``
    window = text[a:hi]
    low = window.lower()
    if len(low) != len(window) or not lowers_as_re(window):
        return _admin_regex().search(text, lo, hi) is not None
    pattern, twin = _admin_lower()
    pos = lo - a
    while (m := twin.search(low, pos)) is not None:
        if pattern.match(low, m.start()) is not None:
            return True
        pos = m.start() + 1
    return False


def said_corrupt_elsewhere(text: str, hits: prefilter.Hits, phrase: str) -> bool:
    """Does some sentence of ``text`` name the administrative charge ``phrase`` together
    with one of the corrupt acts?  (Once per judgment and phrase, memoised on ``hits``: a
    decision repeats its charge.)"""
    memo: dict[str, bool] = hits.memo.setdefault("admin_corrupt.said", {})
    found = memo.get(phrase)
    if found is None:
        found = memo[phrase] = _said(text, hits, phrase)
    return found


def _said(text: str, hits: prefilter.Hits, phrase: str) -> bool:
    n = len(phrase)
    stems = _stems()
    for s, e in hits.sorted_spans("charges.offence"):
        if e - s != n or text[s:e].lower() != phrase:
            continue
        a, b = _sentence(text, s, e)
        low = text[a:b].lower()
        if any(stem in low for stem in stems) and narrates_corrupt_act(text, a, b):
            return True
    return False


@cache
def _stems() -> tuple[str, ...]:
    """The longest word of every corrupt act (a sentence without one cannot match)."""
    words = lexicon.word_list("admin_corrupt_acts")
    return tuple(sorted({max(w.lower().split()[::-1], key=len) for w in words if w.split()}))
