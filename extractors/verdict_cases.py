"""Verdicts a court below gave case by case: "In Criminal Case No. 26527, accused X is
hereby ACQUITTED. In Criminal Case No. 26528, accused X is hereby CONVICTED ...".

A Philippine (or any) joint trial of several informations decides each case number on its
own, and an acquittal cannot be appealed (double jeopardy: PH Constitution art. III s.21),
so an appeal from the conviction in the other case leaves it standing.  The acquittal
belongs to the charge of its own case number only: :func:`case_acquittals` makes it a
standing finding for that number (:attr:`~caselaw.extractors._base.Finding.counts`), when
the final dispositive part does not name the number again; a charge of another case
number keeps the final part's outcome.
"""

from __future__ import annotations

from caselaw.extractors._base import Context, Finding
from caselaw.extractors.charge_regions import COUNT
from caselaw.extractors.verdict_counts import count_key
from caselaw.models import Charge, Outcome

_ACQUITTED = Outcome.ACQUITTED.value


def case_keys(text: str, start: int, end: int) -> set[str]:
    """The count keys (:func:`count_key`) of the criminal case numbers in ``text[start:end]``,
    as the charges step writes a case number ("Criminal Case No. 26527" -> "26527")."""
    keys: set[str] = set()
    if "ase" not in text[start:end] and "ASE" not in text[start:end]:
        return keys  # (every case number holds "case")
    for m in COUNT.finditer(text, start, end):
        case = m.group("case")
        if case:
            keys.add(count_key(" ".join(case.split())))
    return keys


def case_key(text: str, start: int, end: int) -> str | None:
    """The key of the one criminal case number ``text[start:end]`` names ("In Criminal Case
    No. 26527, accused X is ACQUITTED"), else None (none, several, or "Nos.")."""
    keys = case_keys(text, start, end)
    if len(keys) != 1 or "Nos" in text[start:end] or "NOS" in text[start:end]:
        return None
    return next(iter(keys))


def case_acquittals(ctx: Context, findings: list[Finding]) -> list[Finding]:
    """Standing findings for the case numbers a court below acquitted a defendant in, one
    per restated acquittal that names one case number the final part does not name."""
    text = ctx.text
    below = [
        f
        for f in findings
        if not f.standing and f.defendant is not None and f.outcome == _ACQUITTED
    ]
    if not below:
        return []
    d_start, d_end = ctx.dispositive
    final = case_keys(text, d_start, d_end)
    out: list[Finding] = []
    for f in below:
        key = case_key(text, f.start, f.end)
        if key is not None and key not in final:
            out.append(
                Finding(f.defendant, _ACQUITTED, True, f.court_level, f.start, f.end, counts=(key,))
            )
    return out


def of_case(key: str | None, charges: list[Charge]) -> list[Charge]:
    """The charges a finding about case number ``key`` decides: those of that number when
    one carries it, else those that carry no case number (one of them may be that case's,
    read without its number), never a charge of another case number (``key`` None: all)."""
    if key is None:
        return charges
    numbered = [c for c in charges if c.count and not c.count.startswith(_NOT_CASE)]
    if not numbered:
        return charges
    hits = [c for c in numbered if count_key(c.count or "") == key]
    return hits or [c for c in charges if c not in numbered]


_NOT_CASE = ("Count", "ALTERNATIVE", "count")  # a count of an indictment, not a case number
