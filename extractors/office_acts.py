"""An office read from an act only its holder performs, when the text never names the post.

Clearing a passenger for departure at the exit control ("Cruz then cleared the complainant
for departure by stamping her passport") is the act of an immigration officer: departure
formalities are the immigration service's (PH Bureau of Immigration; every exit control),
no private person clears anyone to leave a country.  Read right after a defendant's
surname, where the text makes them the actor of that act; a literal ("cleared") gates the
pattern.  Used by :mod:`caselaw.extractors.officials` only for a defendant no cue made an
official.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.official_mentions import MENTIONS
from caselaw.models import OfficialType

__all__ = ["act_office"]

# the surname as the subject ("Cruz then cleared ...", "Cruz (Cruz) immediately cleared
# ..."), a passenger or two, and the departure
_CLEARED = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:(?:then|immediately|also|later|subsequently|thereafter"
    r"|allegedly|had|has|readily)\s+){0,2}cleared\s+(?:[\w.'\u2019-]+\s+){1,4}?for\s+"
    r"(?:departure|exit|boarding|her\s+departure|his\s+departure|their\s+departure)\b"
)
_REACH = 40


def act_office(ctx: Context, spans: list[tuple[int, int]]) -> OfficialType | None:
    """The office the act narrated right after a mention (``spans``) implies, or None."""
    text = ctx.text
    for _, e in spans[:MENTIONS]:
        if text.find("cleared", e, e + _REACH) < 0:
            continue
        if _CLEARED.match(text, e, e + 200):
            return OfficialType.IMMIGRATION
    return None
