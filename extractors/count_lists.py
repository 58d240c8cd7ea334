"""The count of a charge drafted as an item of a numbered list of counts.

Indictments are often restated as a numbered list the judgment introduces as counts::

    ... was indicted on counts 1 to 4 of the indictment which are as follows;
    1. Between 11th May 2012 and 16th May 2012 while serving as ... an offence
       punishable under Section 19 (b) of the Bribery Act.
    2. At the time, place and in the course of the same transaction ...

Item ``n`` of such a list is count ``n``: the findings say "convicted the appellant on
counts 2 and 4" and "acquitted from counts 1 and 3". :func:`listed_count` gives the
number of the item a mention stands in, when

* the item's marker ``n.`` or ``n)`` opens a line, and items ``1`` .. ``n`` open lines
  in order before the mention;
* the mention lies in the item's first sentence (a sentence after the item's own may be
  the judgment's narrative again: "The 2nd accused was indicted for the 5th and 6th
  counts ...");
* the words just before item 1 speak of counts and end the lead-in ("... counts ...
  as follows;", "... the following counts:").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

WINDOW = 3000  # characters before a mention searched for its list
_ITEM = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+(?=\S)", re.MULTILINE)
_FIRST_ITEM = re.compile(r"\n[ \t]*1[.)][ \t]+(?=\S)")
_LEAD = re.compile(
    r"\bcounts?\b[^.]{0,200}?(?:follows?|below|following\s+counts?)\s*[:;,.\-–—]*\s*\Z"
    r"|\bcounts?\b[^.;]{0,120}:\s*\Z",
    re.IGNORECASE,
)
# a sentence end: a full stop, ? or ! before an upper-case word, unless an abbreviation
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z])")
_ABBREVIATION = re.compile(
    r"\b(?:No|Nos|Rs|Sec|Secs|Art|Arts|Mr|Mrs|Ms|Dr|Hon|St|Co|Ltd|Inc|vs|v|s|ss|para|[A-Z])\.\Z"
)


def listed_count(text: str, pos: int) -> int | None:
    """The number of the counts-list item the mention at ``pos`` stands in, else None."""
    lo = max(0, pos - WINDOW)
    lists = _lists(text)
    i = bisect.bisect_left(lists, pos)
    if i == 0 or lists[i - 1] < lo:
        return None  # no list of counts starts shortly before (the common case: cheap)
    items = list(_ITEM.finditer(text, lists[i - 1], pos))
    last = items[-1]
    n = int(last.group(1))
    if _ends_sentence(text, last.end(), pos):
        return None
    expected = n
    for m in reversed(items):  # items n, n-1, ..., 1 must open lines in this order
        if int(m.group(1)) == expected:
            expected -= 1
            if expected == 0:
                return n
    return None


@lru_cache(maxsize=4)
def _lists(text: str) -> list[int]:
    """Where the judgment's lists of counts start: an item 1 opening a line after words
    that introduce counts.  Found once per judgment (a plain line-start search, fast)."""
    out = []
    for m in _FIRST_ITEM.finditer(text):
        at = m.start() + 1
        if _LEAD.search(text[max(0, at - 300) : at]):
            out.append(at)
    return out


def _ends_sentence(text: str, lo: int, hi: int) -> bool:
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if not _ABBREVIATION.search(text, max(lo, m.start() - 5), m.start() + 1):
            return True
    return False
