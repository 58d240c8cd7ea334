"""Did the decision itself find the respondent violated the corruption provision charged?

A disciplinary fallo often penalises under a generic offence ("declared guilty for conduct
unbecoming of a court employee and ... SUSPENDED for two months") after the ruling has found
the corrupt act proved under its own provision: "In view of Mrs. Duncano's acts, she clearly
violated the provision of Sec. 7 (d) of R.A. No. 6713" (solicitation or acceptance of gifts,
Code of Conduct and Ethical Standards for Public Officials and Employees).  Such a charge is
sustained, not left unnamed by the fallo (:func:`caselaw.extractors.charge_verdicts`).
:func:`found_violated` looks for the decision's sentence "<subject> (clearly) violated ..."
naming the charge's Act, with no negation or doubt before the verb.

Only read for an administrative corruption charge the fallo leaves unnamed (rare), at the
literal ``violated`` of the text.
"""

from __future__ import annotations

import re

from caselaw.extractors.charge_mentions import names_charge
from caselaw.models import Charge

_AFTER = 160  # the Act is named this far after the verb at most
_BEFORE = 120  # the clause before the verb searched for a negation or an allegation
_VERB = "violated"
# the verb of a finding: "she clearly violated", "respondent thus violated", "has violated"
_FINDING = re.compile(
    r"\b(?:he|she|they|respondents?|[A-Z][\w’'.-]+)\s+(?:(?:has|had|have|clearly|thus|therefore|"
    r"indeed|evidently|undoubtedly|plainly|also)\s+){0,2}$"
)
_DOUBT = re.compile(
    r"\b(?:not|never|no|whether|if|alleg\w*|claim\w*|aver\w*|accus\w*|charg\w*|deni\w*)\b", re.I
)
_STOPS = (". ", ".\n", "\n", "; ")


def found_violated(text: str, charge: Charge) -> bool:
    """Some sentence of ``text`` finds the respondent violated ``charge``'s Act (docstring)."""
    pos = text.find(_VERB)
    while pos >= 0:
        if _finding_at(text, pos) and names_charge(
            charge.category, charge.statute, text[pos : pos + _AFTER]
        ):
            return True
        pos = text.find(_VERB, pos + len(_VERB))
    return False


def _finding_at(text: str, pos: int) -> bool:
    lo = max(0, pos - _BEFORE)
    before = text[lo:pos]
    m = _FINDING.search(before)
    if m is None:
        return False
    a = max(before.rfind(s) for s in _STOPS)
    clause = before[a + 1 if a >= 0 else 0 :]
    return _DOUBT.search(clause) is None
