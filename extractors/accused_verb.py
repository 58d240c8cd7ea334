"""The word "accused" as a verb: "State Prosecutor Lilian Alejo accused herein appellant of ...".

After a person's name and before its object ("herein appellant", "him", "her", "them",
"the ..."), "accused" is what the prosecutor or complainant did, not the party word for the
defendant; the office before it is the accuser's.  "the accused herein", "said accused
him..." keep their determiner and stay party words.  Used by
:func:`caselaw.extractors.official_mentions.party_spans`.
"""

from __future__ import annotations

import re

__all__ = ["accused_verb"]

_OBJECT = (" herein appellant", " herein accused", " him ", " her ", " them ", " the ")
_DETERMINERS = frozenset(["the", "said", "an", "a", "all", "both", "each", "other", "co", "his"])
_PREVIOUS = re.compile(r"([A-Za-z][\w.]*)\s+$")


def accused_verb(text: str, low: str, start: int, end: int) -> bool:
    """``text[start:end]`` is "accused" used as a verb: a capitalised name word before it and
    an object after it."""
    if low[start:end] != "accused" or not low.startswith(_OBJECT, end):
        return False
    m = _PREVIOUS.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    return word[:1].isupper() and word.lower() not in _DETERMINERS
