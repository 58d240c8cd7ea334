"""Respondents an administrative fallo penalises by name.

In an administrative matter the dispositive names the respondent it disciplines with the
party's label: "respondent Judge Rodolfo de Guzman is hereby FINED in the sum of ...",
"Respondent Rolando Jamlid is hereby DISMISSED from the service", "respondents A, B and C
are FINED One Thousand Pesos each" (Rules of Court, Rule 140 for judges and court
personnel; the Ombudsman's and the Civil Service Commission's decisions on other
officials read alike).  A matter consolidated with another ("RE: REPORT ON AUDIT ..." and
a complaint against the clerk of court) may name in its caption only some of those it
disciplines; the fallo names them all.  Used by :mod:`caselaw.extractors.parties`.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.court_seat import seat_cut
from caselaw.extractors.party_names import names_in

# the label, a title the name may carry, the names (a line break may fall inside a name:
# "respondent Judge Rodolfo de\nGuzman"), then the penalty or the finding of liability
_PENALISED = re.compile(
    r"(?<![\w-])[Rr]espondents?\s+"
    r"(?:(?:Judge|JUDGE|Justice|Sheriff|Atty\.|Attorney|Mr\.|Mrs\.|Ms\.|Dr\.|Engr\.)\s+)?"
    r"(?P<names>[A-Z](?:[^\n;:()]|\n(?![ \t]*\n)){2,250}?)\s*,?\s+"
    r"(?:is|are)\s+(?:hereby\s+)?(?:found\s+)?"
    r"(?:FINED|SUSPENDED|REPRIMANDED|ADMONISHED|CENSURED|DISMISSED\s+from|GUILTY|LIABLE"
    r"|(?i:fined|suspended|reprimanded|admonished|censured|dismissed\s+from))\b"
)


def penalised_respondents(ctx: Context) -> list[tuple[str, int, int]]:
    """(name, start, end) of each respondent the dispositive penalises or finds liable by
    name (none unless the dispositive says "espondent")."""
    text = ctx.text
    ds, de = ctx.dispositive
    at = text.find("espondent", ds, de)
    found: list[tuple[str, int, int]] = []
    while at >= 0:
        m = _PENALISED.match(text, at - 1, de)
        if m is not None:
            found += names_in(
                text, m.start("names"), seat_cut(text, m.start("names"), m.end("names"))
            )
            at = text.find("espondent", m.end(), de)
        else:
            at = text.find("espondent", at + 9, de)
    return found
