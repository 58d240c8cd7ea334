"""A petition for review of a judgment of conviction is an appeal from the conviction.

"This is a Petition for Review on Certiorari of the Decision of the Sandiganbayan ...
convicting petitioner ..." (Philippine Rule 45 petitions), "This is an appeal from the
judgment ... finding the accused guilty": the judgment under review convicted, whatever
pre-trial incidents (a cancelled bail bond, a motion to quash) the history recounts.  Read
in the opening only (the first 1500 characters after the caption's first word), behind a
literal gate on "convict" / "guilty".
"""

from __future__ import annotations

import re

__all__ = ["reviews_conviction"]

_OPENING = 1500
_REVIEW_OF_CONVICTION = re.compile(
    r"\b(?:petition for review|appeal(?:ed)?)\b[^;]{0,500}?"
    r"(?:\bconvicting\b|\bconviction of\b|\bfinding (?:the )?(?:accused|petitioner|appellants?|"
    r"accused-appellants?)\b[^.;]{0,80}?\bguilty\b)",
    re.I,
)


def reviews_conviction(text: str) -> bool:
    """The judgment opens as a review of (or appeal from) a conviction."""
    opening = text[:_OPENING]
    low = opening.lower()
    if "convict" not in low and "guilty" not in low:
        return False
    return _REVIEW_OF_CONVICTION.search(opening) is not None
