"""Whose act a role cue narrates when its sentence names several defendants.

"Paralejas fetched DDD from her home and brought her to Arabit's house": the one who
fetched and brought is the subject, the defendant named before the verb, not the owner of
the house named after it.  "Santiago was the pimp, but she saw Castillo and Legazpi only
in the van": the pimp is Santiago.  The subject of an act is the last defendant named
before its verb, with those coordinated with them ("Arabit and Aguirre convinced AAA",
"X, Y and Z recruited"); a sentence naming no defendant before the verb ("AAA was
recruited by X") leaves every defendant it names as the actor, unless a pronoun is the
verb's subject ("he pimped them to Y and Z": Y and Z are its objects).

The names are the surname occurrences the roles step already finds
(:func:`caselaw.extractors.names.name_spans`), merged once per judgment; a question costs
one bisection and a look at the few names before the verb.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

__all__ = ["Names"]

# what may stand between two coordinated subjects: the rest of the first one's name (given
# names, "y" + maternal name, an alias), a comma or "and", and the second one's given names
_NAME_PART = (
    r"(?:[A-Z][\w.'\u2019-]*|y|de|del|dela|de la|della|van|von|bin|binti|bte|@|a\.k\.a\."
    r"|alias|\"[^\"]{0,20}\")"
)
_LINK = re.compile(
    rf"(?:\s+{_NAME_PART}){{0,5}}\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|as well as\s+)"
    rf"(?:{_NAME_PART}\s+){{0,5}}\Z"
)

# a subject right before the verb that names nobody: "he pimped", "she then brought",
# "accused-appellant recruited" (an adverb may stand between)
_PRONOUN = re.compile(
    r"\b(?:he|she|they|accused(?:-appellants?)?|appellants?)\s+"
    r"(?:(?:\w+ly|then|also|later|again|thereafter)\s+)?\Z",
    re.I,
)


class Names:
    """Every defendant's name occurrences in one judgment, sorted by position."""

    __slots__ = ("_occ", "_starts", "_text", "spans")

    def __init__(self, text: str, spans: Sequence[Sequence[tuple[int, int]]]) -> None:
        self.spans = spans
        """Per defendant, the ``(start, end)`` of each time the text names them."""
        self._occ = sorted((s, e, i) for i, sp in enumerate(spans) for s, e in sp)
        self._starts = [o[0] for o in self._occ]
        self._text = text

    def actors(self, lo: int, at: int) -> set[int] | None:
        """The defendants who are the subject of a verb at ``at`` in a sentence starting at
        ``lo``: the last named before it and those coordinated with them; None when the
        sentence names none before it."""
        occ, text = self._occ, self._text
        j = bisect.bisect_left(self._starts, at) - 1
        if j < 0 or occ[j][0] < lo:
            # "he pimped them to Y and Z": a pronoun or party word is the subject, and the
            # defendants named after the verb are its objects
            return set() if _PRONOUN.search(text, max(lo, at - 40), at) else None
        # "Exempla's manager": a name in the possessive owns the subject, it is not it
        while j >= 0 and occ[j][0] >= lo and text.startswith(("'s ", "\u2019s "), occ[j][1]):
            j -= 1
        if j < 0 or occ[j][0] < lo:
            return set()
        first = j
        while first > 0 and occ[first - 1][0] == occ[j][0]:  # a surname two defendants share
            first -= 1
        group = {o[2] for o in occ[first : j + 1]}
        k = first - 1
        while k >= 0 and occ[k][0] >= lo:
            if occ[k][0] != occ[k + 1][0] and not _LINK.match(text, occ[k][1], occ[k + 1][0]):
                break
            group.add(occ[k][2])
            k -= 1
        return group
