"""Co-accused a quoted fallo acquits or convicts in a sentence of their own.

A lower court's dispositive, quoted by the appellate judgment, gives each accused his own
sentence, opened by the capitalised label: "Accused JAIME RUSILLON is ACQUITTED for failure
of the prosecution to prove his guilt", "Accused ATTY. B. V. CRUZ, on the other hand, is
ACQUITTED on the basis of reasonable doubt".  A co-accused tried in the same case whose
verdict the text states is a defendant of the case even when only another appeals
(LABELLING-CONVENTIONS.md); his outcome is the verdicts step's.  The lower-case label and
the lower-case verdict are :mod:`caselaw.extractors.verdict_parties`' patterns; used by
:mod:`caselaw.extractors.parties`.
"""

from __future__ import annotations

import re

from caselaw.extractors import verdict_parties  # noqa: F401 (registers parties.verdict)
from caselaw.extractors._base import Context
from caselaw.extractors.party_names import names_in

# the label, the names, a discourse phrase set off by commas ("on the other hand[,]": an
# editor's bracket may restore the comma), then the verdict in the fallo's capitals
_ACCUSED_VERDICT = re.compile(
    r"Accused\s+(?P<names>[A-Z][^\n;:()\[\]]{2,250}?)\s*"
    r"(?:,\s*(?:on the other hand|however|likewise|also)\s*(?:,|\[,\])?)?\s*,?\s*"
    r"(?:is|are)\s+(?:hereby\s+)?(?:found\s+)?(?:ACQUITTED|GUILTY|NOT GUILTY|CONVICTED)\b"
)

_VERDICTS = ("ACQUITTED", "GUILTY", "CONVICTED")  # every match ends with one


def accused_verdicts(ctx: Context) -> list[tuple[str, int, int]]:
    """(name, start, end) of each accused a sentence opened by "Accused" acquits or
    convicts: tried at "Accused" in the paragraphs holding a verdict word
    (``parties.verdict``) that hold one of the fallo's capitalised verdicts."""
    text = ctx.text
    found: list[tuple[str, int, int]] = []
    for ps, pe in ctx.paragraphs("parties.verdict"):
        at = text.find("Accused", ps, pe)
        if at < 0 or not any(text.find(w, ps, pe) >= 0 for w in _VERDICTS):
            continue
        while at >= 0:
            m = _ACCUSED_VERDICT.match(text, at, pe)
            if m is not None:
                found += names_in(text, m.start("names"), m.end("names"))
            at = text.find("Accused", m.end() if m is not None else at + 7, pe)
    return found
