"""A conviction under one provision held an error, another offence found instead.

"We agree with the petitioner that it was error for the Sandiganbayan to have convicted
him of violating Sec. 3 (b) of R.A. No. 3019 ... the judgment of the Sandiganbayan is
modified in that the petitioner is deemed guilty of bribery as defined and penalized by
Article 210 of the Revised Penal Code": the appeal court re-designates the offence the
information makes out (as a substituted verdict does, Criminal Appeal Act 1968 s.3).  The
conviction under the first provision no longer stands: its charge takes ``other`` (the
corpus convention for a conviction replaced by a substituted one), the substituted
offence the final part's conviction.

:func:`read` (the verdicts step) keeps, per judgment, the sentence holding the error and
the Act numbers it names; :func:`superseded` (charge_verdicts) gives the finding for a
charge whose Act number the error names and the substituting sentence does not.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context, Finding, sentence_around
from caselaw.models import Charge, Outcome

# "is deemed guilty of bribery", "is modified in that ... guilty of", "guilty of X instead"
_SUBSTITUTED_GUILT = re.compile(
    r"\b(?:deemed|declared)\s+guilty\s+(?:instead\s+)?of\b"
    r"|\bmodified\b[^.;]{0,160}?\bguilty\s+of\b"
    r"|\bguilty\s+of\b[^.;]{0,160}?\binstead\b",
    re.I,
)
# the court's own holding (not a party's "the trial court erred in convicting him")
_ERROR = re.compile(
    r"\b(?:it\s+was\s+(?:an?\s+)?(?:error|mistake)|(?:was|were)\s+(?:an?\s+)?(?:error|erroneous)"
    r"|erroneously)\b[^.;]{0,80}?\bconvict(?:ed|ing)\b[^.;]{0,40}?\b(?:of|for|under)\s+"
    r"(?P<x>(?:[^.;\n]|(?:(?<=\bSec)|(?<=\bNo)|(?<=\bNos)|(?<=\bArt)|(?<=\bRep)|(?<=\bBlg)"
    r"|(?<=\b[A-Z]))\.){3,160})",
    re.I,
)
_ACT_NUMBER = re.compile(r"\d{3,5}")  # as charge_mentions reads an Act's number
_KEY = "verdicts.superseded"


def read(ctx: Context, level: str | None) -> None:
    """Find the re-designation (once per judgment) and keep it in ``ctx.cache``."""
    d_start, d_end = ctx.dispositive
    if d_end <= d_start:
        return
    text = ctx.text
    part = text[d_start:d_end]
    if "guilty" not in part.lower() and "GUILTY" not in part:
        return
    sub = _SUBSTITUTED_GUILT.search(part)
    if sub is None:
        return
    s_sub, e_sub = sentence_around(text, d_start + sub.start(), d_start + sub.end(), ".;")
    replaced = set(_ACT_NUMBER.findall(text, s_sub, e_sub))
    for ks, _ke in ctx.keyword_spans("verdicts.conviction"):
        if ks >= d_end:
            break
        m = _ERROR.search(text, max(0, ks - 120), min(len(text), ks + 220))
        if m is None or not (m.start() < ks < m.end()):
            continue
        named = set(_ACT_NUMBER.findall(m.group("x"))) - replaced
        if named:
            s, e = sentence_around(text, m.start(), m.end(), ".;")
            found = Finding(None, Outcome.OTHER.value, True, level, s, e)
            ctx.cache[_KEY] = (found, frozenset(named))
            return


def superseded(ctx: Context, charge: Charge) -> Finding | None:
    """The finding that the conviction on ``charge`` was replaced, or None."""
    got = ctx.cache.get(_KEY)
    if got is None:
        return None
    found, named = got
    numbers = set(_ACT_NUMBER.findall(charge.statute or ""))
    return found if numbers & named else None
