"""Respondents of an "RE:" administrative matter, read from the penalty its fallo imposes.

A matter the Court opens on a report or an indorsement ("RE: ALLEGED ILLEGAL ACQUISITION OF
A CAREER SERVICE ELIGIBILITY BY MA. AURORA P. SANTOS, RECORDS OFFICER I, COURT OF APPEALS")
has no "X, COMPLAINANT, VS. Y, RESPONDENT" caption; the person it disciplines is the one its
fallo penalises: "WHEREFORE, Aurora P. Santos, Records Officer I of the Court of Appeals is
ordered DISMISSED from the service".  The Civil Service and Rule 140 penalties (dismissal
from the service, suspension, fine, reprimand, censure) and the finding of guilt or
liability are the cues; the names before the cue in its sentence are the respondents.
Used by :mod:`caselaw.extractors.matter_respondents` when the caption names nobody.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.party_names import names_in

_GATE = ("RE:", "Re:", "RE :", "IN RE")
_HEAD_RE = re.compile(r"\b(?:IN\s+)?RE\s*:", re.I)
_PENALTY = re.compile(
    r"\b(?:DISMISSED\s+from\s+(?:the\s+)?(?:government\s+)?service|SUSPENDED|FINED|"
    r"REPRIMANDED|CENSURED|GUILTY|LIABLE)\b"
)
_REACH = 300  # characters before the penalty searched for the names
# where the penalised person's clause starts: a line or clause break, or "WHEREFORE,"
_CLAUSE = re.compile(r"[\n:;]|(?<=[a-z]{2})\.\s|\bWHEREFORE\s*,?|\bACCORDINGLY\s*,?", re.I)


def penalised_in_fallo(ctx: Context, head_end: int) -> list[tuple[str, int, int]]:
    """The names the fallo of an "RE:" matter penalises (module docstring), else none."""
    text = ctx.text
    if not any(text.find(g, 0, head_end) >= 0 for g in _GATE):
        return []
    if _HEAD_RE.search(text, 0, head_end) is None:
        return []
    ds, de = ctx.dispositive
    for m in _PENALTY.finditer(text, ds, de):
        lo = max(ds, m.start() - _REACH)
        start = lo
        for b in _CLAUSE.finditer(text, lo, m.start()):
            start = b.end()
        found = names_in(text, start, m.start())
        if found:
            return found
    return []
