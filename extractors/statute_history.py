"""An offence named in a statute's legislative history is no charge.

A judgment that construes a penal provision may trace it through the enactments before it:
"For the offence of trafficking in women and girls under s 129 of the 1961 WC (the successor
of s 5 of the 1955 Ordinance and predecessor of s 141 of the Act), similar amendments were
made".  The offence there is a provision's ancestor, described to read the present one, not
an offence anyone in the case is charged with.  The mark is the history's own vocabulary
right after the mention: the provision called the predecessor or successor of a numbered
provision.  Pure string functions; a literal gate runs before the regex.
"""

from __future__ import annotations

import re

REACH = 240  # characters after the mention, within its sentence

_GATE = ("predecessor", "successor")
# "(the successor of s 5 of the 1955 Ordinance and predecessor of s 141 of the Act)",
# "the predecessor to section 2", "successor provision to article 210"
_HISTORY = re.compile(
    r"\b(?:predecessor|successor)(?:\s+provisions?)?\s+(?:of|to)\s+(?:the\s+(?:present\s+|current\s+)?)?"
    r"(?:ss?\.?|sections?|arts?\.?|articles?|rules?|regulations?|paragraphs?)\s*\d",
    re.I,
)


# "... in s 132 of the 1961 WC (the predecessor of s 147 of the Act)": the provision the
# history points to, named right after the words, is no charge of the sentence either
_POINTED_TO = re.compile(r"\b(?:predecessor|successor)\s+(?:of|to)\s+(?:the\s+)?$", re.I)


def in_history(text: str, at: int, hi: int) -> bool:
    """Is the offence mentioned at ``at`` one of a provision's legislative history (its
    sentence, up to ``hi`` and at most ``REACH`` on, calls it a provision's predecessor or
    successor, or the mention is the provision such a word points to)?"""
    before = text[max(0, at - 30) : at]
    if "cessor" in before and _POINTED_TO.search(before) is not None:
        return True
    end = min(hi, at + REACH)
    stop = text.find(". ", at, end)
    end = end if stop < 0 else stop
    window = text[at:end].lower()
    if not any(w in window for w in _GATE):
        return False
    return _HISTORY.search(text, at, end) is not None
