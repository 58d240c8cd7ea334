"""Respondents of a matter captioned after a complaint: "RE: VERIFIED COMPLAINT OF X AGAINST
HON. A, HON. B AND HON. C, ASSOCIATE JUSTICES OF THE COURT OF APPEALS".

An administrative complaint against judges or court personnel is docketed under the
complaint's own title (PH Rules of Court Rule 140 s.1: "by the filing of a verified
complaint"); no versus, no RESPONDENT label: the persons named after AGAINST are the
respondents whose liability the matter decides.  Read only in the caption, behind a
literal gate.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.party_names import names_in

_GATE = ("COMPLAINT", "Complaint")
_COMPLAINT_AGAINST = re.compile(
    r"\bRE\s*:\s*(?:THE\s+)?(?:VERIFIED\s+|SWORN\s+|ANONYMOUS\s+|LETTER[- ])?"
    r"COMPLAINT(?:[- ]AFFIDAVIT)?\s+(?:OF|FILED\s+BY|BY)\s+[^\n]{1,200}?\s+AGAINST\s+"
    r"(?P<names>[^\n]{3,400}?)(?=\s*(?:\.\s*(?:D\s?E\s?C|R\s?E\s?S|\n|$)|\n))",
    re.I,
)


def complaint_respondents(ctx: Context, head_end: int) -> list[tuple[str, int, int]]:
    """The persons a "RE: ... COMPLAINT OF X AGAINST ..." caption names, with their spans."""
    text = ctx.text
    if not any(text.find(w, 0, head_end) >= 0 for w in _GATE):
        return []
    m = _COMPLAINT_AGAINST.search(text, 0, head_end)
    if m is None:
        return []
    return names_in(text, m.start("names"), m.end("names"))
