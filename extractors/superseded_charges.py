"""A charge replaced by an amended information is no charge the judgment decides.

"an information was filed charging the petitioner with qualified theft ... an amended
information was filed charging him instead with malversation": the first offence names what
the accused was once charged with, not an offence tried.  Only a charge named once (a single
evidence span) is dropped, and only when the next 400 characters amend it away ("amended
information / complaint / charge sheet ... instead / in lieu"), behind literal gates.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caselaw.extractors.charge_mentions import ChargeMention

__all__ = ["drop_superseded"]

_REACH = 400
_AMENDED_INSTEAD = re.compile(
    r"\bamended (?:information|complaint|charge(?:[- ]sheet)?|indictment)\b[^;]{0,200}?"
    r"\b(?:instead|in lieu)\b",
    re.I,
)


def drop_superseded(text: str, mentions: list[ChargeMention]) -> list[ChargeMention]:
    """``mentions`` without a once-named charge the next sentences replace by amendment."""
    return [m for m in mentions if not _superseded(text, m)]


def _superseded(text: str, m: ChargeMention) -> bool:
    if len(m.evidence) != 1:
        return False
    end = m.evidence[0].end
    after = text[end : end + _REACH]
    low = after.lower()
    if "amended" not in low or ("instead" not in low and "in lieu" not in low):
        return False
    return _AMENDED_INSTEAD.search(after) is not None
