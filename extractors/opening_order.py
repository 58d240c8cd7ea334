"""The order stated in a judgment's opening paragraph, when the final part states none.

A judge who decided the appeal at the hearing and gives reasons later states the order at
the start ("At the end of the hearing, I allowed the appeal and enhanced the respondent's
sentence to 40 weeks' imprisonment. I now give my reasons."); the final part then closes
the reasoning ("the sentence ordered below was manifestly inadequate") without restating
it.  An order varying the sentence (enhanced, increased, reduced) leaves the conviction
standing: ``convicted`` when a court below convicted.  Read only when the final part
decided nothing, in the text before it, behind a literal gate.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context, Finding
from caselaw.models import Outcome

_REACH = 6000
"""The opening read: the order comes in the introduction."""
_GATES = ("allowed the", "allowed this", "allowed his", "allowed her")
_SENTENCE_VARIED = re.compile(
    r"\b(?:I|we|the\s+court)\s+(?:had\s+|therefore\s+|accordingly\s+)?allowed\s+(?:the|this|his"
    r"|her|their)\s+(?:[\w’']+\s+){0,2}?appeal\s+(?:against\s+sentence\s+)?(?:and|,)\s+"
    r"(?:(?:accordingly|thereby)\s+)?(?:enhanced|increased|reduced|varied)\s+(?:the\s+)?"
    r"(?:[\w’']+\s+){0,2}?sentences?\b",
    re.I,
)
_ACQUITS = ("acquit", "not guilty", "set aside the conviction", "quashed the conviction")


def opening_order(ctx: Context, convicted_below: bool, lvl: str | None) -> list[Finding]:
    """The standing finding the opening's order gives every defendant ([] when none)."""
    if not convicted_below:
        return []
    text = ctx.text
    hi = min(ctx.dispositive[0], _REACH, len(text))
    if not any(text.find(g, 0, hi) >= 0 for g in _GATES):
        return []
    m = _SENTENCE_VARIED.search(text, 0, hi)
    if m is None:
        return []
    stop = text.find(".", m.end(), min(hi, m.end() + 300))
    e = m.end() if stop < 0 else stop + 1
    if any(w in text[m.start() : e].lower() for w in _ACQUITS):
        return []
    return [Finding(None, Outcome.CONVICTED.value, True, lvl, m.start(), e)]
