"""A capacity written after a party's name is no part of the name.

Captions of prosecutions under licensing statutes name the accused in the capacity that
makes the offence theirs: "Kamal Perera Licensee, Lanka Foreign Employment Agency, No. 89,
..." (the licensee of a recruitment agency, Sri Lanka Bureau of Foreign Employment Act),
"X, Proprietor, Y Traders".  The capacity word ends the person's name, as a role label
("Accused-Appellant") does; the business named after it is an address-like descriptor.
Pure string functions; the literal gate runs before the regex.
"""

from __future__ import annotations

import re

# Capacities a licensing or trade statute charges a person in (lower case, the gate).
_WORDS = ("licensee", "proprietor", "proprietress")
_TAIL = re.compile(r"\s+(licensee|proprietor|proprietress)\s*$", re.I)


def cut_capacity(name: str, piece: str) -> tuple[str, str]:
    """``(name, piece)`` with a capacity word at the end of the name cut from both (the
    piece: the caption text the name came from, cut after the name's last word)."""
    low = name.lower()
    if not any(w in low for w in _WORDS):
        return name, piece
    tail = _TAIL.search(name)
    if tail is None or not name[: tail.start()].strip():
        return name, piece
    word = tail.group(1)
    at = piece.rfind(word)
    return name[: tail.start()], (piece[:at].rstrip() if at > 0 else piece)
