"""A court that refuses leave to appeal decides no appeal: the outcome is ``other``.

Where an appeal lies only with leave (special leave, leave to appeal, leave to proceed
with a revision application, permission to appeal), the court that refuses it does not
hear the appeal: the conviction below is not affirmed by this judgment on the merits, and
the labelling conventions put a refused permission to appeal at ``other`` (as a refused bail
or a refused quashing).  "I refuse to grant leave to proceed with this application", "we
decline to grant special leave", "leave to appeal is refused", "permission to appeal is
refused" (Sri Lanka, India, Pakistan, Singapore, England and Wales, Australia, the US
certiorari's "denied" aside).  Only the court's own refusal in the final part: the judge
below "refused leave" is narration and has no first person or passive "is refused".  Leave
to appeal against sentence alone, refused, leaves the conviction as the court below left it
(the ordinary reading, not this rule).
Pure string functions; literal gates run before the regex.
"""

from __future__ import annotations

import re

_REFUSES_LEAVE = re.compile(
    r"\b(?:i|we|this\s+court|the\s+court)\s+(?:(?:would|hereby|therefore|accordingly|thus"
    r"|must|do|also)\s+){0,2}(?:refuse|decline)s?\s+(?:to\s+grant\s+)?(?:the\s+)?"
    r"(?:special\s+)?(?:leave|permission)\b"
    r"|\b(?:special\s+)?(?:leave|permission)\s+(?:to\s+(?:appeal|proceed|apply)\b[^.;]{0,80}?\s+)?"
    r"(?:is|are|be|stands|was)\s+(?:(?:hereby|accordingly|therefore|thus|also|consequently)\s+){0,2}"
    r"(?:refused|declined)\b",
    re.I,
)
_LEAVE_WORDS = ("leave", "permission")
_REFUSE_WORDS = ("refuse", "decline")


def refuses_leave(sentence: str) -> bool:
    """The final part's ``sentence`` is the court's own refusal of leave to appeal."""
    low = sentence.lower()
    if not any(w in low for w in _LEAVE_WORDS) or not any(w in low for w in _REFUSE_WORDS):
        return False
    if "sentence" in low and "conviction" not in low:
        return False  # leave to appeal against sentence: the conviction is not in question
    return _REFUSES_LEAVE.search(sentence) is not None


def leave_label(sentence: str, label: str | None) -> str | None:
    """``label`` of a final-part sentence (a cue's, or None), ``other`` when the sentence
    refuses leave to appeal (and acquits no one itself)."""
    if label in {"acquitted", "convicted"}:
        return label
    return "other" if refuses_leave(sentence) else label
