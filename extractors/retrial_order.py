"""A conviction set aside together with an order for a fresh trial leaves the charge pending.

Appellate courts that find a trial unfair or its evaluation of the evidence defective quash
the conviction and send the case back to be tried again: "I hereby set aside the convictions
and sentences ... and order a fresh trial" (Sri Lanka), "the conviction is quashed and a
retrial ordered" (England and Wales, Criminal Appeal Act 1968 s.7), "the case is remanded for
a new trial" (United States, Philippines), "a trial de novo" (India, Pakistan).  Such an order
decides no charge: the accused stands to be tried again, so the outcome is ``other``
(SCHEMA.md: remand or other procedural result), not the acquittal that a bare "conviction set
aside" would mean.  An order that itself acquits ("acquitted and discharged"), or that
refuses a retrial ("we do not order a retrial"), keeps its own meaning.

Pure string functions; the gate words are literal, the regex runs only after one is found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caselaw.extractors._base import Context

# Words every retrial order holds (lower case): the gate before any regex.
_GATE = ("trial",)

# An order (by this court) for the case to be tried again: the ordering verb, then within
# the same clause the retrial, or the retrial "ordered" in the passive.  ("... and order a
# fresh trial", "ordered a retrial", "we direct a trial de novo", "remitted to the High
# Court for a fresh trial", "remanded for a new trial", "send the case back for retrial")
_RETRIAL = re.compile(
    r"\b(?:order(?:s|ed|ing)?|direct(?:s|ed|ing)?|remit(?:s|ted|ting)?|remand(?:s|ed|ing)?"
    r"|sen[dt]s?\s+(?:\w+\s+){0,3}?back)\b[^.;]{0,120}?"
    r"\b(?:re-?trial|(?:fresh|new|de\s+novo)\s+trial|trial\s+de\s+novo)\b"
    # (the passive: "a retrial is ordered", "a fresh trial be held")
    r"|\b(?:re-?trial|(?:fresh|new|de\s+novo)\s+trial|trial\s+de\s+novo)\s+(?:is\s+|be\s+|was\s+)?"
    r"(?:hereby\s+)?(?:ordered|directed|held)\b",
    re.I,
)

# A direction to the court below to hear the case or appeal again, on its merits ("set aside
# the order ... and direct the learned High Court Judge to entertain the appeal ... and to
# consider the same, on its merits", "direct the trial court to hear the case afresh"): a
# remand, whatever the set-aside part of the order reads like on its own.
_REMITS = re.compile(
    r"\bdirect(?:s|ed|ing)?\s+the\s+(?:learned\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:court|judge|tribunal|magistrate)\b[^.;]{0,60}?"
    r"\bto\s+(?:re-?hear|hear|try|entertain|consider|determine)\b",
    re.I,
)
_REMIT_GATE = ("direct",)

# A refusal of a retrial is no retrial order ("we do not order a retrial", "declined to
# order a fresh trial", "no order for a new trial", "without ordering a retrial").
_REFUSED = re.compile(
    r"\b(?:not|no|never|decline[sd]?|declining|refuse[sd]?|refusing|without)\s+"
    r"(?:(?:to|an?|the|any|further)\s+){0,2}(?:order|direct|remit|remand)",
    re.I,
)

# The sentence acquits someone itself: then the acquittal stands as the cue read it.
_ACQUITS = ("acquit", "not guilty")


def _retrial_at(text: str, m: re.Match[str]) -> bool:
    """The retrial match ``m`` is an order: its clause acquits no one and refuses nothing."""
    clause_start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
    clause = text[clause_start : m.end()].lower()
    if any(w in clause for w in _ACQUITS):
        return False
    return _REFUSED.search(text, max(clause_start, m.start() - 40), m.end()) is None


def retrial_ordered(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (a dispositive part) orders the case to be tried again, or sends
    it back to the court below to be heard on its merits.

    The part's sentences may be split by a PDF's line breaks ("set aside the convictions ...
    imposed by the learned High / Court Judge ... and order a fresh trial"), so the order
    is looked for in the whole part, not in the sentence that sets the conviction aside."""
    part = text[start:end].lower()
    if any(w in part for w in _REMIT_GATE) and any(
        _retrial_at(text, m) for m in _REMITS.finditer(text, start, end)
    ):
        return True
    if not any(w in part for w in _GATE):
        return False
    return any(_retrial_at(text, m) for m in _RETRIAL.finditer(text, start, end))


def pending_if_retried(outcome: str, label: str, sentence: str, ctx: Context) -> str:
    """``outcome`` of a final-part sentence, ``other`` instead of ``acquitted`` when the
    sentence sets a conviction aside (label ``reversed``, or ``acquitted`` by a quashing cue
    rather than by acquitting words) and the dispositive part orders a fresh trial or sends
    the case back to be heard again."""
    if outcome != "acquitted" or label not in {"reversed", "acquitted"}:
        return outcome
    low = sentence.lower()
    if any(w in low for w in _ACQUITS):
        return outcome
    key = "verdicts.retrial"
    found = ctx.cache.get(key)
    if found is None:
        d_start, d_end = ctx.dispositive
        found = ctx.cache[key] = retrial_ordered(ctx.text, d_start, d_end)
    return "other" if found else outcome
