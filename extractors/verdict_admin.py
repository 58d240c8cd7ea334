"""Administrative liability decided below by a disciplining body, and its reinstatement.

The Ombudsman (R.A. 6770 ss.15, 21) and the Civil Service Commission decide the
administrative liability of public officials; their decisions reach the Supreme Court on
the official's petition or on theirs.  Liability found below ("found the petitioner liable
for grave misconduct", "dismissed Dechavez from the service after finding him guilty")
stands to the appeal as a conviction below does to a criminal appeal: the official's
petition granted and that decision "REVERSED and SET ASIDE" exonerates him (acquitted);
the petition denied leaves him liable (convicted).  When the disciplining body itself wins
and the Court "REVERSE[S] ... the decision of the Court of Appeals and REINSTATE[S] the
decision ... of the Office of the Ombudsman", the reinstated finding stands: the reversal
affirms the liability found below.

Read only in disciplining bodies' cases (the caption names one), around the ``guilty``,
``liable`` and ``dismissed`` hits of the keyword group ``verdicts.cue``.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.verdict_cues import cues_before

_BODIES = ("ombudsman", "civil service commission")
_HEAD = 1500  # the caption lies in the first characters
_CUES = frozenset({"guilty", "liable", "dismissed"})
_LIABLE = re.compile(
    r"\b(?:found|finding|held|holding|adjudged)\s+(?:[\w.,’'-]+\s+){0,4}?(?:administratively\s+)?"
    r"(?:guilty|liable)\b"
    r"|\bdismiss(?:ed|ing)\s+(?:[\w.’'-]+\s+){0,4}?from\s+(?:the\s+)?(?:government\s+)?service\b",
    re.I,
)
_REINSTATES = re.compile(
    r"\breinstat(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w,’'-]+\s+){0,8}?"
    r"(?:decision|resolution|order|memorand(?:um|a))\b[^.;]{0,160}?"
    r"\b(?:ombudsman|civil service commission)\b",
    re.I,
)


def disciplining_case(ctx: Context) -> bool:
    """The caption names a disciplining body (the Ombudsman, the Civil Service Commission)."""
    head = ctx.text[:_HEAD].lower()
    return any(b in head for b in _BODIES)


def liable_below(ctx: Context, before: int) -> bool:
    """In a disciplining body's case, the text before ``before`` says the official was found
    administratively liable or dismissed from the service."""
    if not disciplining_case(ctx):
        return False
    text = ctx.text
    return any(
        _LIABLE.search(text, max(0, ks - 60), min(before, ke + 60))
        for ks, ke in cues_before(ctx, before, _CUES)
    )


def reinstated_label(sentence: str, label: str, liable: bool) -> str:
    """``affirmed`` for a reversal that reinstates the disciplining body's decision finding
    liability (``liable``), else ``label``."""
    if label != "reversed" or not liable or "einstat" not in sentence.lower():
        return label
    return "affirmed" if _REINSTATES.search(sentence) else label
