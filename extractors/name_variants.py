"""A one-off misspelling of a caption name elsewhere in the judgment.

"AQUILINA R. ARANETA" in the caption, "Atty. Aquiline R. Araneta" once in the trial
court's quoted fallo: the same middle initial and surname, a given name one letter off,
and that spelling nowhere else in the text.  A second accused of that name would be
named more than once; a typist's slip is not.  The caption's spelling is the party's
name (the parties step keeps it); used by :mod:`caselaw.extractors.parties`.
"""

from __future__ import annotations

from caselaw.extractors._base import Context


def typo_variant(ctx: Context, caption: list[str], other: list[str]) -> bool:
    """``other`` (key tokens of a name found outside the caption) is ``caption`` (a caption
    name's key tokens) with one letter of the given name mistyped, the mistyped given name
    occurring once in the whole text."""
    if len(caption) != len(other) or len(caption) < 2 or caption[1:] != other[1:]:
        return False
    a, b = caption[0], other[0]
    if len(a) != len(b) or len(a) < 5 or a[0] != b[0]:
        return False
    if sum(x != y for x, y in zip(a, b, strict=True)) != 1:
        return False
    low = ctx.lower
    first = low.find(b)
    return first >= 0 and low.find(b, first + 1) < 0
