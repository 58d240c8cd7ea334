"""Respondents of administrative matters whose caption names none: an audit the Court
opens on its own ("RE: REPORT ON THE JUDICIAL AND FINANCIAL AUDIT ...") and a judge's own
request ("REQUEST OF JUDGE X ... FOR EXTENSION OF TIME"); the fallo names those it finds
liable.  Used by :mod:`caselaw.extractors.parties` when the caption gives no defendant."""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.complaint_respondents import complaint_respondents
from caselaw.extractors.fallo_penalised import penalised_in_fallo
from caselaw.extractors.party_names import names_in

_RE_AUDIT_HEAD = ("AUDIT", "Audit")  # one is in every _RE_AUDIT match


def matter_respondents(ctx: Context, head_end: int) -> list[tuple[str, int, int]]:
    """The respondents of an audit or a request matter, found in its fallo (else none)."""
    text = ctx.text
    if any(text.find(w, 0, head_end) >= 0 for w in _RE_AUDIT_HEAD) and (
        _RE_AUDIT.search(text, 0, head_end) is not None
    ):
        found = fallo_liable(ctx)
        if found:
            return found
    if text.find("REQUEST OF", 0, head_end) >= 0:
        return request_liable(ctx, head_end)
    # "RE: COMPLAINT OF X AGAINST Y", else the person an "RE:" matter's fallo penalises
    return complaint_respondents(ctx, head_end) or penalised_in_fallo(ctx, head_end)


# "RE: REPORT ON THE JUDICIAL AND FINANCIAL AUDIT CONDUCTED IN ...": an administrative
# matter the Court opens on an audit names no respondent in its caption; its fallo names
# those it finds liable, one a sentence ("Judith En. Salimpade GUILTY of gross neglect of
# duty ...", "the Court finds Maria Algabre Chico, Clerk of Court II, ..., guilty of ...")
_RE_AUDIT = re.compile(r"\bRE\s*:\s*(?:THE\s+)?(?:[\w-]+\s+){0,6}?AUDIT\b", re.I)
_FOUND_LIABLE = re.compile(r"\b(?:GUILTY|guilty|LIABLE|liable)\b")
_SUBJECT_START = re.compile(
    r"[\n:;]|(?<=[a-z]{2})\.\s|\b(?i:finds)\s+(?:and\s+declares\s+)?|\b(?i:found)\s+"
)


def fallo_liable(ctx: Context) -> list[tuple[str, int, int]]:
    """The names before "GUILTY" / "LIABLE" in the fallo of an audit matter."""
    text = ctx.text
    ds, de = ctx.dispositive
    found: list[tuple[str, int, int]] = []
    for m in _FOUND_LIABLE.finditer(text, ds, de):
        lo = max(ds, m.start() - 300)
        start = lo
        for b in _SUBJECT_START.finditer(text, lo, m.start()):
            start = b.end()
        found += names_in(text, start, m.start())
    return found


# "REQUEST OF JUDGE X, REGIONAL TRIAL COURT, ..., FOR EXTENSION OF TIME TO DECIDE ...": the
# judge's own request, docketed as an administrative matter (Rule 140), names no respondent;
# when the Court finds undue delay its fallo fines the requesting judge ("Judge X, Presiding
# Judge, ..., is, for delay in rendering decision ..., FINED")
_REQUEST_OF = re.compile(
    r"\bREQUEST\s+OF\s+(?:THE\s+)?(?:HON\.\s+|HONORABLE\s+)?(?:PRESIDING\s+|EXECUTIVE\s+)?"
    r"(?:JUDGE|JUSTICE)\s+[^,\n]*?([A-Z][A-Z'-]{2,})\s*,"
)
# (or the fallo disposes of "the administrative case against Judge X" otherwise, "... is
# DISMISSED" on his death: the matter was his case all the same)
_LIABLE_CUE = re.compile(r"\b(?:FINED|GUILTY|LIABLE|SUSPENDED|REPRIMANDED|DISMISSED)\b")
_CASE_AGAINST = re.compile(
    r"\bcase\s+against\s+(?:the\s+)?(?:late\s+|former\s+|retired\s+)?$", re.I
)
_FALLO_JUDGE = re.compile(r"\b(?:Judge|JUDGE|Justice)\s+((?:[A-Z][\w.'-]*\s+){1,4}[A-Z][\w'-]+)")


def request_liable(ctx: Context, head_end: int) -> list[tuple[str, int, int]]:
    """The requesting judge of a "REQUEST OF JUDGE X ..." matter, as the fallo names him
    before the penalty (``_REQUEST_OF``)."""
    text = ctx.text
    m = _REQUEST_OF.search(text, 0, head_end)
    if m is None:
        return []
    surname = m.group(1).lower()
    ds, de = ctx.dispositive
    for cue in _LIABLE_CUE.finditer(text, ds, de):
        judges = list(_FALLO_JUDGE.finditer(text, max(ds, cue.start() - 300), cue.start()))
        for j in reversed(judges):
            if j.group(1).split()[-1].lower() == surname and (
                cue.group() != "DISMISSED"
                or _CASE_AGAINST.search(text, max(ds, j.start() - 60), j.start())
            ):
                return names_in(text, j.start(1), j.end(1))
    return []
