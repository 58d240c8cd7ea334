"""A question referred to the court answered, with the order still to come.

"the answer to Question 1 in this Criminal Reference is as follows: ... the parties are to
address us on the appropriate order that this court should make": a criminal reference
(Singapore CPC s.397, a case stated, a reserved question of law) decides the law and
leaves the order on the conviction or acquittal for later.  The judgment decides no
charge: a procedural result (``other``, SCHEMA.md), not an unknown one.  Read only when
the final part gave no outcome at all.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context, Finding, sentence_around
from caselaw.models import Outcome

# "the parties are to address us on the appropriate order", "counsel are to file further
# submissions on the consequential orders"
_ORDER_TO_COME = re.compile(
    r"\b(?:parties|counsel|prosecution|defence|defense)\b[^.;]{0,40}?\b(?:are|is|shall|will)\s+"
    r"(?:(?:now|therefore|accordingly)\s+)?(?:to\s+)?(?:address\s+(?:us|the\s+court|this\s+court)"
    r"|(?:file|make|tender|furnish)\s+(?:further\s+)?(?:written\s+)?submissions)\b[^.;]{0,80}?"
    r"\b(?:orders?|disposal|consequential)\b",
    re.I,
)
# "the answer to Question 1 ... is", "the questions referred are answered as follows"
_ANSWERED = re.compile(
    r"\banswers?\s+to\s+(?:the\s+)?(?:questions?|reference)\b|\bquestions?\b[^.;]{0,60}?"
    r"\b(?:is|are)\s+(?:hereby\s+)?answered\b",
    re.I,
)
_GATES = ("address", "submissions", "answer")


def order_to_come(ctx: Context, level: str | None) -> list[Finding]:
    """A finding ``other`` for every defendant when the final part answers a referred
    question or leaves the order for submissions to come; else none."""
    d_start, d_end = ctx.dispositive
    if d_end <= d_start:
        return []
    part = ctx.text[d_start:d_end]
    low = part.lower()
    if not any(g in low for g in _GATES):
        return []
    m = _ORDER_TO_COME.search(part) or _ANSWERED.search(part)
    if m is None:
        return []
    s, e = sentence_around(ctx.text, d_start + m.start(), d_start + m.end(), ".;")
    return [Finding(None, Outcome.OTHER.value, True, level, s, e)]
