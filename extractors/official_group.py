"""The body of a group a defendant is listed in, for :mod:`caselaw.extractors.official_kind`.

A charge or narrative often gives several accused one office together: "A, B and C, who
were all officials and employees of the Provincial Government of X"; "employees of the
City Government of X, namely: A, B ...".  The group's body names the kind of each listed
person (``kind``: official_kind's reader of an office after a name), within the clause or
sentence of the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from caselaw.models import OfficialType

Kind = Callable[[str], OfficialType | None]

# "A, B and C, who were all officials and employees of the Provincial Government of X";
# "employees of the City Government of X, namely: A, B ..."
_GROUP = (
    r"(?:officials?|officers?|employees?|personnel|members?|staff)"
    r"(?:\s+and\s+(?:officials|officers|employees|personnel|staff))?"
    r"\s+(?:of|in|at|with)\s+(?:the\s+)?([^,;:()\n]{2,80})"
)
# (the quantifier word is found with str.find; what stands before and after it is matched)
_GROUP_LEAD = re.compile(r",\s*(?:(?:who|which)\s+(?:were|are)\s+)?(?:then\s+)?$", re.I)
_GROUP_AFTER = re.compile(
    r"(?:(?:accountable|public|the|then|government)\s+)*" + _GROUP,
    re.I,
)
_GROUP_WORDS = (" all ", " ALL ", " All ", " both ", " BOTH ", " Both ")
_GROUP_BEFORE = re.compile(_GROUP + r"(?:,\s*[A-Z][\w .'-]{1,40})?,?\s*namely\s*:?", re.I)
SENTENCE_END = re.compile(r"[a-z)]{2}\.\s+[A-Z]")


def group_after(text: str, end: int, kind: Kind, low: str | None = None) -> OfficialType | None:
    """The body of "..., (who were) all / both officials of the <body>" after a name
    ending at ``end``, in the same clause (no ";" nor sentence end between).  ``low``:
    the text lower-cased, offsets kept: two searches say if any spelling is there;
    ``kind``: the reader of the body's office."""
    stop = text.find(";", end, end + 400)
    stop = stop if stop >= 0 else end + 400
    if low is not None and low.find(" all ", end, stop) < 0 and low.find(" both ", end, stop) < 0:
        return None
    for word in _GROUP_WORDS:
        at = text.find(word, end, stop)
        while at >= 0:
            if _GROUP_LEAD.search(text, max(end, at - 24), at + 1):
                m = _GROUP_AFTER.match(text, at + len(word), stop)
                if m and not SENTENCE_END.search(text, end, m.start(1)):
                    return kind(m.group(1))
            at = text.find(word, at + 1, stop)
    return None


def group_type(
    text: str, start: int, end: int, kind: Kind, low: str | None = None
) -> OfficialType | None:
    """The body of a group the name (``start``..``end``) is listed in, in the sentence
    (``low``: as for :func:`group_after`)."""
    typ = group_after(text, end, kind, low)
    if typ is not None:
        return typ
    lo = max(0, start - 400)
    at = text.rfind("namely", lo, start)
    if at < 0 or SENTENCE_END.search(text, at, start):
        return None
    head = text.rfind(".", max(lo, at - 200), at)
    m = _GROUP_BEFORE.search(text, head + 1 if head >= 0 else max(lo, at - 200), at + 12)
    return kind(m.group(1)) if m else None
