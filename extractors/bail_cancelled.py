"""A bail bond cancelled on conviction is no pre-trial bail matter.

A trial court that convicts of an offence punishable by reclusion perpetua or life
imprisonment cancels the bail the accused posted and commits him ("the bail bond posted by
the accused for his provisional liberty is hereby cancelled and accused is ordered
confined"; PH Rules of Court Rule 114 s.5, SC Administrative Circular 2-92); an appeal from
that judgment is an appeal from a conviction, not a bail petition.  Used by
:mod:`caselaw.extractors.verdicts` where it tells a pre-trial matter by the word "bail"
(its pre-trial keywords are read past such a "bail").
"""

from __future__ import annotations

import re

__all__ = ["bail_cancelled_at"]

# the sentence from "bail" on orders the bond cancelled ("is hereby cancelled")
_CANCELLED = re.compile(
    r"bail\b[^.;]{0,120}?\b(?:is|are|be|was|were|shall\s+be)\s+"
    r"(?:(?:hereby|accordingly|likewise|therefore)\s+)?cancell?ed\b",
    re.I,
)


def bail_cancelled_at(text: str, at: int) -> bool:
    """The keyword at ``at`` is a "bail" whose sentence orders the bond cancelled."""
    return text[at : at + 4].lower() == "bail" and _CANCELLED.match(text, at) is not None
