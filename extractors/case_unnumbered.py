"""A case number's finding decides the defendant's one charge read without a number.

"In Criminal Case No. 26527, accused X is ACQUITTED. In Criminal Case No. 26528, accused X
is CONVICTED ...": when the charges step read the number of one case (26528) but not the
other's (the Information "docketed as CriminalCase No. 26527" with the words run
together), the finding about 26527 is about the defendant's charge that carries no number
- the only charge it can be (:func:`caselaw.extractors.verdict_cases.of_case` reads it so
for the restated verdicts).  An acquittal so decided stands (double jeopardy: PH
Constitution art. III s.21), whatever the final part affirms in the other case.  Used by
:func:`caselaw.extractors.charge_verdicts._count_finding`.
"""

from __future__ import annotations

from caselaw.extractors._base import Finding
from caselaw.extractors.verdict_counts import count_key
from caselaw.models import Charge

_NOT_CASE = ("Count", "ALTERNATIVE", "count")  # a count of an indictment, not a case number


def unnumbered_finding(
    charge: Charge, charges: list[Charge], counted: list[Finding]
) -> Finding | None:
    """The one standing finding about a case number that none of the defendant's numbered
    charges carries, for his one charge without a number; else None."""
    mine = [c for c in charges if c.defendant == charge.defendant]
    if sum(1 for c in mine if not c.count) != 1:
        return None  # (two unnumbered charges: which one is the case's is unknown)
    numbered = {count_key(c.count) for c in mine if c.count and not c.count.startswith(_NOT_CASE)}
    if not numbered:
        return None
    hits = [
        f
        for f in counted
        if f.defendant == charge.defendant and len(f.counts) == 1 and f.counts[0] not in numbered
    ]
    return hits[0] if len(hits) == 1 else None
