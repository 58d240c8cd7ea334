"""The employer the facts give an agent-offence defendant, when the charge does not.

Singapore's PCA s.6 (and the other agent-offence statutes, charge_capacity.py) reaches the
agent of any principal.  The charge usually says whose ("being an agent, to wit, ... in the
employ of X Pte Ltd"); a sentencing appeal often quotes no charge and states the facts
instead: "The Respondent was a 50 year-old Bangladeshi national. He was employed by X
Services Pte Ltd as a trainee Associate Consultant."  That statement, about the party
itself, names the principal the same way.  Pure string functions over the judgment's
opening (the facts come first); literal gates before each regex.
"""

from __future__ import annotations

import re

REACH = 6000  # the opening of the judgment, where the facts state the party's employment

# "The Respondent was ... He was employed by X", "the appellant, who was employed by X":
# a party word, then (within the next sentence or two) "employed by" / "in the employ of"
_PARTY = re.compile(r"\b(?:respondent|appellant|accused|applicant|petitioner)\b", re.I)
_EMPLOYED = re.compile(
    r"\b(?:(?:he|she|who)\s+)?(?:was|is|had\s+been)\s+(?:(?:then|at\s+the\s+(?:material|"
    r"relevant)\s+time)\s+)?(?:employed\s+by|in\s+the\s+employ(?:ment)?\s+of)\s+(?:the\s+)?"
    r"([^,;:\n(]{2,80})",
    re.I,
)
_PARTY_REACH = 200  # characters between the party word and "employed by"


def party_employer(text: str, public: re.Pattern[str], company: re.Pattern[str]) -> bool:
    """The opening says a party was employed by a company (``company`` matches the
    employer's name, ``public`` does not): a private agent."""
    head = text[:REACH]
    low = head.lower()
    if "employ" not in low:
        return False
    for m in _EMPLOYED.finditer(head):
        party = _PARTY.search(head, max(0, m.start() - _PARTY_REACH), m.start())
        if party is None:
            continue
        return private_employer(m.group(1), public, company)
    return False


def private_employer(employer: str, public: re.Pattern[str], company: re.Pattern[str]) -> bool:
    """``employer`` names a company (``company`` matches) and no public body (``public``)."""
    return public.search(employer) is None and company.search(employer) is not None
