"""The office a charge states right after "being": "he being a police officer, a public
official employed for the detection ... of offenders, solicited ..." (Sri Lankan, Indian,
Malaysian and Pakistani indictments under bribery statutes state the office this way, as
English informations state "being a constable").  The office word must head the phrase
(within the first words after the article), so "being a friend of a police officer" names
no office of the accused.  Called by :mod:`caselaw.extractors.official_kind` for a
defendant already known to be an official, to read which kind; pure string functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from caselaw.models import OfficialType

# "being (then) a / an / the <office>" up to the clause's end
_BEING = re.compile(r"being\s+(?:then\s+)?(?:an?\s+|the\s+)([^,;:()]{2,60})", re.I)
_HEAD = 12
"""The office's cue must start this near the article: the phrase's head noun."""


def being_office(
    text: str, at: int, stop: int, kind_of: Callable[[str, int | None], OfficialType | None]
) -> OfficialType | None:
    """The specific office the phrase "being a <office>" at ``at`` states, else None
    (``kind_of``: the office-cue reader of :mod:`official_kind`)."""
    m = _BEING.match(text, at, stop)
    return kind_of(m.group(1), _HEAD) if m else None
