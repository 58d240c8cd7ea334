"""A place written after a party's name without the comma another listing gives it.

A Sri Lankan caption lists each accused with his address, once per party block: "1. X Y
Kumara Yapa, Benawatte, Pannala." in the first, "1. X Y Kumara Yapa Benawatte, Pannala." in
the second, the comma after the name dropped.  The longer form is the name with the first
word of its address: where the text writes the shorter name, a comma and the extra words,
those words are address, and the shorter form is the party's name.  Used by
:mod:`caselaw.extractors.parties` when it merges the caption's names.
"""

from __future__ import annotations

import re

_COMMA_SPACE = re.compile(r",[ \t]*")


def address_tail(text: str, short: str, long_: str) -> bool:
    """``long_`` is ``short`` and words the text writes after ``short`` and a comma."""
    if len(long_) <= len(short) or not long_.startswith(short) or long_[len(short)] != " ":
        return False
    tail = long_[len(short) :].strip()
    at = text.find(short + ",")
    while at >= 0:
        after = _COMMA_SPACE.match(text, at + len(short))
        if after is not None and text.startswith(tail, after.end()):
            return True
        at = text.find(short + ",", at + 1)
    return False
