"""An affirmance modified by acquitting of one named charge keeps the other convictions.

"The assailed Decision ... is AFFIRMED with MODIFICATION in that accused-appellant X is
ACQUITTED of the charge of illegal possession of drug paraphernalia": the acquittal is the
modification, and what it does not modify is affirmed, so the defendant stands convicted on
his other charges and acquitted on the one named (a partly granted appeal).  Used by
:mod:`caselaw.extractors.verdicts` for a final-part sentence read as an acquittal.
"""

from __future__ import annotations

import re

__all__ = ["affirms_the_rest"]

_AFFIRMED_BUT_ACQUITTED = re.compile(
    r"\bAFFIRMED\s*with\s+(?:the\s+following\s+)?MODIFICATIONS?\b[^.;]{0,120}?\bin\s+that\b"
    r"[^.;]{0,160}?\bACQUITTED\s+of\s+(?:the\s+)?(?:charges?|crimes?|offen[cs]es?)\s+of\b",
    re.I,
)


def affirms_the_rest(sentence: str) -> bool:
    """``sentence`` affirms a judgment with the modification that it acquits of a charge it
    names ("AFFIRMED with MODIFICATION in that ... is ACQUITTED of the charge of ...")."""
    gate = "ffirm" in sentence or "FFIRM" in sentence
    return gate and _AFFIRMED_BUT_ACQUITTED.search(sentence) is not None
