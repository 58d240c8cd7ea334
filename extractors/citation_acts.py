"""The acts citation chains name: lexicon aliases and numbered acts, resolved to entries.

:func:`resolve_act` looks an act up in the lexicon as written (an alias, or a numbered
act such as ``R.A. No. 9208``, preferring the judgment's jurisdiction);
:func:`footnote_glued` reads a numbered act past its series' end as a known act with
a footnote number glued to it.  Used by :mod:`caselaw.extractors.citation_tokens`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from caselaw.extractors import lexicon
from caselaw.extractors.citation_aliases import _alias_regex
from caselaw.extractors.lexicon import StatuteEntry, alias_key

NUMBERED_ACT = re.compile(
    r"(?<![\w.])(?:(?P<ra>R\.?\s?A\.?|Republic\s+Act)|(?P<pd>P\.?\s?D\.?|Presidential\s+Decree)"
    r"|(?P<bp>B\.?\s?P\.?|Batas\s+Pambansa))\s?(?:\(\s?[A-Z.\s]{1,8}\)\s?)?"
    r"(?:No[s.]?\.?\s?|Number\s|Blg\.?\s?|Bilang\s)?(?:\(\s?[A-Z.\s]{1,8}\)\s?)?"
    # (six or seven digits: a known act with a footnote number glued on, "No. 301911" = 3019 +
    # note 11; read only through :func:`footnote_glued`, never as an act of its own)
    r"(?P<n>\d{1,5}(?!\d)|(?P<glued>\d{6,7})(?!\d))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ActRef:
    short: str  # canonical short form ("R.A. 9208") or the name as written
    start: int
    end: int
    entry: StatuteEntry | None = None


@lru_cache(maxsize=4096)
def resolve_act(text: str, jurisdiction: str | None = None) -> StatuteEntry | None:
    """The lexicon entry for an act as written, preferring ``jurisdiction``'s entries."""
    _, by_key = _alias_regex()
    found = by_key.get(alias_key(text))
    if not found:
        m = NUMBERED_ACT.fullmatch(text.strip())
        if m:
            found = list(lexicon.statute_by_short().get(numbered_short(m).lower(), ()))
    if not found:
        return None
    if jurisdiction:
        for st in found:
            if st.jurisdiction.upper() == jurisdiction.upper():
                return st
    key = alias_key(text)
    found = [st for st in found if not any(alias_key(a) == key for a in st.local_aliases)]
    return found[0] if found else None


def numbered_short(m: re.Match[str]) -> str:
    kind = "R.A." if m.group("ra") else "P.D." if m.group("pd") else "B.P."
    return f"{kind} {int(m.group('n'))}"


# the highest number each series has reached: a number past it is a known act with a
# footnote number glued to it ("Section 3(b) of RA 30195" = R.A. 3019 + footnote 5)
_SERIES_END = {"R.A.": 12999, "P.D.": 2040, "B.P.": 890}


def footnote_glued(
    m: re.Match[str], short: str, jurisdiction: str | None
) -> tuple[str, StatuteEntry | None]:
    """``(short, entry)`` of a numbered act no series can have reached read without its
    last one or two digits, when that is a lexicon act; else ``(short, None)``."""
    kind, number = short.split(" ")
    if int(number) <= _SERIES_END[kind]:
        return short, None
    for cut in (1, 2):
        if len(number) > cut + 1:
            shorter = f"{kind} {int(number[:-cut])}"
            entry = resolve_act(shorter, jurisdiction)
            if entry is not None:
                return shorter, entry
    return short, None
