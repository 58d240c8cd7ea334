"""Is a charge one an amended information or indictment replaced?

"Originally, the accused was charged with violation of P.D. 46 ... However, in an amended
information, the charge was changed to direct bribery": an amendment in substance before plea
replaces the charge laid first (PH Rules of Criminal Procedure, Rule 110 s.14; CrPC s.216;
Criminal Procedure Act s.5 UK), so the judgment tries the new charge only and the first is no
charge of it.  A charge is superseded when its sentence opens with "originally" / "initially" /
"at first" and the words that follow (the same or the next sentence) say the charge was changed,
substituted or replaced, or the information amended to charge another offence.  An amendment
that adds a charge ("amended to include") supersedes nothing.
"""

from __future__ import annotations

import re

BEFORE_REACH = 160  # characters between "originally" and the charge
AFTER_REACH = 400  # characters between the charge and the words that replace it

_FIRST = re.compile(r"\b(?:originally|initially|at\s+first)\b[^.;]{0,160}$", re.I)
_REPLACED = re.compile(
    r"\b(?:charges?|offen[cs]es?|crimes?|accusations?)\s+(?:was|were)\s+(?:later\s+|subsequently\s+"
    r"|thereafter\s+|then\s+|eventually\s+)?(?:changed|substituted|replaced|downgraded|reduced)"
    r"|\b(?:information|indictment|complaint|charge\s+sheet)\s+(?:was|were)\s+(?:later\s+"
    r"|subsequently\s+|thereafter\s+|then\s+|eventually\s+)?amended\s+to\s+(?:charge|read)\b",
    re.I,
)


def superseded(text: str, lo: int, at: int) -> bool:
    """Is the charge mentioned at ``at`` (its paragraph opening at ``lo``) one laid first and
    then replaced by an amendment?"""
    a = max(lo, at - BEFORE_REACH)
    if not _gate(text, a, at) or _FIRST.search(text, a, at) is None:
        return False
    return _REPLACED.search(text, at, at + AFTER_REACH) is not None


def _gate(text: str, lo: int, hi: int) -> bool:
    window = text[lo:hi].lower()
    return "originally" in window or "initially" in window or "at first" in window
