"""A general-part provision cited beside an offence is no offence of its own.

Penal codes of the Indian family (India, Pakistan, Sri Lanka, Singapore, Malaysia) state
principles of liability that attach to any offence: acts done by several persons in
furtherance of a common intention (s.34, with ss.35-38), abetment (ss.107-120), criminal
conspiracy (ss.120A-120B), attempt (s.511).  A charge "under s 6(b) of the Prevention of
Corruption Act read with s 34 of the Penal Code" is the PCA offence committed jointly; the
s.34 citation, split off as its own charge, has no offence (no taking or giving) and says
nothing about the accused's office.  Pure string functions on normalised statute strings
("Penal Code s.34", "PPC s.109"); a literal gate before the regex.
"""

from __future__ import annotations

import re

_GATE = ("penal code", "ppc", "ipc")
_GENERAL = re.compile(
    r"^(?:[\w .()]*\bPenal Code\b[\w .()]*|PPC|IPC)\s+ss?\.(?:3[4-8]|10[7-9]|11[0-9]|120|120A"
    r"|120B|511)(?:\s*(?:,|and|r/w)\s*(?:ss?\.)?(?:3[4-8]|10[7-9]|11[0-9]|120A?|120B|511))*$",
    re.I,
)


def general_part_only(statute: str | None) -> bool:
    """``statute`` cites only general-part provisions of a penal code (common intention,
    abetment, conspiracy, attempt): no offence of its own."""
    if not statute:
        return False
    low = statute.lower()
    if not any(w in low for w in _GATE):
        return False
    return _GENERAL.match(statute) is not None
