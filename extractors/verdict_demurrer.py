"""A demurrer to evidence granted below: the accused stand acquitted.

After the prosecution rests, the court may dismiss the case for insufficiency of evidence
on the accused's demurrer (PH Rules of Court Rule 119 s.23); the grant "is tantamount to an
acquittal" and only certiorari lies against it.  When the judgment says the court below
granted the demurrer ("the Sandiganbayan ... granted the Demurrer to Evidence", its restated
fallo "the Demurrer to Evidence is hereby GRANTED"), the final part's "the petition is
DENIED ... AFFIRMED" leaves that acquittal standing, as a restated acquittal does
(:func:`caselaw.extractors.verdicts._final_part`).

Read only around the ``demurrer`` hits of the keyword group ``verdicts.cue`` before the
final dispositive part; the doctrine ("the grant of a demurrer ... operates as an acquittal",
"when the same is granted") states no grant.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.verdict_cues import cues_before

_GRANTED = re.compile(
    r"\bgrant(?:ed|ing)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?demurrers?\s+to\s+(?:the\s+)?evidence\b"
    r"|\bdemurrers?\s+to\s+(?:the\s+)?evidence\b[^.;]{0,40}?\b(?:is|was|are|were)\s+"
    r"(?:hereby\s+)?granted\b",
    re.I,
)
_WINDOW = 80  # ("granted the accused's Demurrer": the verb stands a few words before)


def demurrer_granted_below(ctx: Context, before: int) -> bool:
    """The text before ``before`` says a court below granted a demurrer to evidence."""
    text = ctx.text
    return any(
        _GRANTED.search(text, max(0, ks - _WINDOW), min(before, ks + 120))
        for ks, _ke in cues_before(ctx, before, ("demurrer",))
    )
