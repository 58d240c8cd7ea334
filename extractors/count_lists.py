"""The count of a charge drafted as an item of a numbered list of counts.

Indictments are often restated as a numbered list the judgment introduces as counts::

    ... was indicted on counts 1 to 4 of the indictment which are as follows;
    1. Between 11th May 2012 and 16th May 2012 while serving as ... an offence
       punishable under Section 19 (b) of the Bribery Act.
    2. At the time, place and in the course of the same transaction ...

Item ``n`` of such a list is count ``n``: the findings say "convicted the appellant on
counts 2 and 4" and "acquitted from counts 1 and 3". :func:`listed_item` gives the
number of the item a mention stands in, when

* the item's marker ``n.`` or ``n)`` opens a line, and items ``1`` .. ``n`` open lines
  in order before the mention;
* the words just before item 1 speak of counts and end the lead-in ("... counts ...
  as follows;", "... the following counts:").

The caller also asks that the mention lie in the item's first sentence (a sentence after
the item's own may be the judgment's narrative again: "The 2nd accused was indicted for
the 5th and 6th counts ..."), with the charges step's own abbreviations.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

WINDOW = 3000  # characters before a mention searched for its list
_ITEM = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+(?=\S)", re.MULTILINE)
_COUNT_WORD = re.compile(r"counts", re.IGNORECASE)
_FIRST_ITEM = re.compile(r"\n[ \t]*1[.)][ \t]+(?=\S)")
_LEAD = re.compile(
    r"(?:\bcounts\b[^.]{0,200}?(?:follows?|below)|following\s+counts)\s*[:;,.\-–—]*\s*\Z"
    r"|\bcounts\b[^.;]{0,120}:\s*\Z",
    re.IGNORECASE,
)


def listed_item(
    text: str, pos: int, count_words: Sequence[int] | None = None
) -> tuple[int, int] | None:
    """The number of the counts-list item the mention at ``pos`` stands in and where the
    item's text begins (after its marker), else None.  Whether the mention is in the
    item's first sentence is the caller's question (``charge_regions.count_at``).

    ``count_words``: the sorted starts of the words "count(s)" in ``text`` (the prefilter's
    ``anchor.count`` starts); only a list within 300 characters after one can be a list
    of counts, so a judgment without lists costs a bisect per mention.  Default: found in
    the window before ``pos``."""
    if count_words is None:
        lo = max(0, pos - WINDOW - 300)
        count_words = [m.start() + lo for m in _COUNT_WORD.finditer(text[lo:pos])]
    start = _list_start(text, pos, count_words)
    if start is None:
        return None
    items = list(_ITEM.finditer(text, start, pos))
    last = items[-1]
    n = expected = int(last.group(1))
    for m in reversed(items):  # items n, n-1, ..., 1 must open lines in this order
        if int(m.group(1)) == expected:
            expected -= 1
            if expected == 0:
                return n, last.end()
    return None


def _list_start(text: str, pos: int, count_words: Sequence[int]) -> int | None:
    """The start of the last list of counts that begins in the ``WINDOW`` before ``pos``:
    an item 1 opening a line within 300 characters after "counts", whose lead-in
    introduces the counts."""
    lo = max(0, pos - WINDOW)
    i = bisect.bisect_left(count_words, pos)
    j = bisect.bisect_left(count_words, lo - 300)
    for c in reversed(count_words[j:i]):
        m = _FIRST_ITEM.search(text, c, min(c + 300, pos))
        if m is None or m.start() + 1 < lo:
            continue
        at = m.start() + 1
        if _LEAD.search(text[max(0, at - 300) : at]):
            return at
    return None
