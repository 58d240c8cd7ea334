"""A bail bond cancelled on conviction is no pre-trial bail matter.

A trial court that convicts of an offence punishable by reclusion perpetua or life
imprisonment cancels the bail the accused posted and commits him ("the bail bond posted by
the accused for his provisional liberty is hereby cancelled and accused is ordered
confined"; PH Rules of Court Rule 114 s.5, SC Administrative Circular 2-92); an appeal from
that judgment is an appeal from a conviction, not a bail petition.  Used by
:mod:`caselaw.extractors.verdicts` where it tells a pre-trial matter by the word "bail".
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context

__all__ = ["pretrial_hit"]

# the sentence from "bail" on orders the bond cancelled ("is hereby cancelled")
_CANCELLED = re.compile(
    r"bail\b[^.;]{0,120}?\b(?:is|are|be|was|were|shall\s+be)\s+"
    r"(?:(?:hereby|accordingly|likewise|therefore)\s+)?cancell?ed\b",
    re.I,
)


def pretrial_hit(ctx: Context, pattern: re.Pattern[str], before: int) -> bool:
    """``pattern`` matches around a ``verdicts.pretrial`` keyword before ``before``, a
    "bail" whose sentence cancels the bond not counted."""
    text = ctx.text
    low = ctx.lower if len(ctx.lower) == len(text) else None
    for ks, ke in ctx.keyword_spans("verdicts.pretrial"):
        if ks >= before:
            return False
        head = low[ks : ks + 4] if low is not None else text[ks : ks + 4].lower()
        if head == "bail" and _CANCELLED.match(text, ks) is not None:
            continue
        if pattern.search(text, max(0, ks - 15), min(len(text), ke + 40, before)):
            return True
    return False
