"""The address a South Asian caption writes after a party's name on the name's own line.

A Sri Lankan (Indian, Pakistani) caption gives each party his address, often on the line
of the name itself, its parts separated by commas and the last part the town:

    Adikari Mudiyanselage Upali Dissanayake Kagama, Parana Badu Idama, Aswedduma.

Place names are written like personal names ("Parana Badu Idama" is a land lot, "idama"
being Sinhala for a plot of land), so the pieces after the first comma read as further
parties.  A line that lists several parties joins them with "and" / "&" or numbers them;
an unnumbered line of title-case pieces joined by commas alone, whose last piece is one
word (the town) ending the line, is one name and its address.  ``party_names`` keeps the
words before the first comma and blanks the address after that comma up to the town
(same offsets).
"""

from __future__ import annotations

import re

# a name, a comma, one or more title-case place pieces (one word or several) each closed by
# a comma, and a one-word town ending the line ("." optional); no digit, "and", "&" or ";"
# ("Name, Place, Place, Town." with one-word places is party_names' _PLACES_AFTER)
_ADDRESS_LINE = re.compile(
    r"^([^,\n\d&;]*[^,\s\d&;])"
    r"(,(?:[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*[ \t]*,)+[ \t]*[A-Z][a-z]+)"
    r"\.?[ \t]*$",
    re.M,
)
_AND = re.compile(r"\b(?:and|AND)\b")


def _name_only(m: re.Match[str]) -> str:
    line = m.group(0)
    if _AND.search(line) is not None:  # "A, B and C": a list of parties
        return line
    # (the comma after the name and a full stop after the town stay: party_names cuts
    # its pieces at the comma)
    blank = " " * (m.end(2) - m.end(1) - 1)
    return m.group(1) + "," + blank + line[m.end(2) - m.start() :]


def address_blanked(chunk: str) -> str:
    """``chunk`` with the address after a name on the name's line blanked (same length)."""
    if chunk.count(",") < 2:  # a name, a place and a town: two commas at least
        return chunk
    return _ADDRESS_LINE.sub(_name_only, chunk)
