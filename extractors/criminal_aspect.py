"""A complaint's criminal aspect dismissed at the preliminary investigation is no charge.

A complaint to the Ombudsman (or a disciplining body) against a public officer has a
criminal and an administrative aspect.  When the investigating office "dismissed the
criminal aspect of the case" no Information was filed: the statute the complaint cited
("filed a complaint ... for violation of Republic Act No. 3019") charges the officer with
nothing this judgment decides, which reviews the administrative aspect only (dishonesty,
grave misconduct).  A statute cited before that dismissal and never after it is therefore
dropped from the charges; an administrative offence (no statute) stays.  Used by
:func:`caselaw.extractors.attribution.prune`.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.models import Charge

_DISMISSED = re.compile(
    r"dismiss(?:ed|ing|al\s+of)\s+(?:the\s+)?criminal\s+aspect"
    r"|criminal\s+aspect\b[^.]{0,80}?\b(?:was|were|is|had\s+been|has\s+been)\s+dismissed",
    re.I,
)


def criminal_aspect_dismissed(ctx: Context) -> int:
    """Where the text says the criminal aspect was dismissed, or -1."""
    at = ctx.lower.find("criminal aspect")
    if at < 0:
        return -1
    m = _DISMISSED.search(ctx.text, max(0, at - 40))
    return m.start() if m else -1


def only_before(charge: Charge, at: int) -> bool:
    """Is ``charge`` a statute cited only before the dismissal at ``at``?"""
    return (
        at >= 0
        and charge.statute is not None
        and bool(charge.evidence)
        and all(e.end <= at for e in charge.evidence)
    )
