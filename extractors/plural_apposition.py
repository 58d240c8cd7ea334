"""A plural office after a party word and a comma is a list, not an apposition.

"in the presence of accused-appellant, the police officers, and Barangay Captain de Mayo":
an apposition renames its noun and agrees with it in number, so one appellant (or
petitioner, respondent, applicant) is never "the police officers"; the comma joins the next
member of a list of different persons.  "the accused" is singular or plural and is left to
the apposition reading.  Used by :mod:`caselaw.extractors.officials` on its
``party_position`` matches.
"""

from __future__ import annotations

import re

__all__ = ["plural_apposition"]

# the party words that are singular without an "s" ("accused" is either)
_SINGULAR_PARTY = ("petitioner", "appellant", "respondent", "applicant")
# the head noun of the apposition is plural: up to three modifiers, no preposition before
# it ("the police officers", "the arresting NBI agents"; not "the head of the agents")
_PLURAL_HEAD = re.compile(
    r"(?:(?!(?:of|in|at|for|to|with|from|by|on)\b)[\w-]+\s+){0,3}?"
    r"(?:officers|officials|policemen|policewomen|agents|operatives|employees|members"
    r"|guards|troopers|soldiers|inspectors|authorities)\b",
    re.I,
)


def plural_apposition(m: re.Match[str]) -> bool:
    """The ``party_position`` match ``m`` (group 1 an apposition) puts a plural office after
    a singular party word: a list of persons, not the party's position."""
    if m.group(1) is None:
        return False
    party = m.string[m.start() : m.start(1)].lower()
    if party.startswith("the"):  # ("the appellant, ...": the case-blind pattern's article)
        party = party[3:].lstrip()
    if not party.startswith(_SINGULAR_PARTY):
        return False
    return _PLURAL_HEAD.match(m.group(1)) is not None
