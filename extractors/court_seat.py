"""Where a respondent's court designation begins in a fallo's name run.

"respondent Judge Antonio M. Belen of the Regional Trial Court, Branch 38, of Lingayen,
Pangasinan is hereby CENSURED": after the name a disciplinary fallo gives the respondent's
court, its branch and its seat (a city or municipality and its province).  The seat's
capitalised words are places, not persons (a Philippine court is identified by its branch
and station: B.P. Blg. 129 ss.14, 25; Rules of Court Rule 140).  :func:`seat_cut` returns
where the designation begins, so the names are read only before it.  Used by
:mod:`caselaw.extractors.fallo_respondents`.
"""

from __future__ import annotations

import re

# "of the Regional Trial Court", ", Regional Trial Court", ", MTCC", ", Branch 38": the
# court named after the person (a comma or "of (the)" between)
_COURT = re.compile(
    r"(?:,\s*|\s+of\s+(?:the\s+)?)(?:(?:Regional|Municipal|Metropolitan|Municipal\s+Circuit|"
    r"Shari.a\s+(?:District|Circuit))\s+(?:Circuit\s+)?Trial\s+Court|Court\s+of\s+Appeals|"
    r"Sandiganbayan|Court\s+of\s+Tax\s+Appeals|Office\s+of\s+the\s+Clerk\s+of\s+Court|"
    r"\b(?:RTC|MTC|MTCC|MCTC|MeTC)\b|Branch\s+\d)",
    re.I,
)
_GATE = ("Court", "COURT", "Branch", "BRANCH", "RTC", "MTC", "MCTC", "MeTC", "Sandiganbayan")


def seat_cut(text: str, start: int, end: int) -> int:
    """The start of the court designation in ``text[start:end]``, else ``end``."""
    if not any(text.find(g, start, end) >= 0 for g in _GATE):
        return end
    m = _COURT.search(text, start, end)
    return end if m is None else m.start()
