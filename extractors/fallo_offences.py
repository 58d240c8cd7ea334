"""Offences a final part that restates the convictions leaves out.

"The Decision of the Court of Appeals is AFFIRMED with MODIFICATIONS as follows: (a) ...
accused-appellant X is found GUILTY ... of Qualified Trafficking in Persons ...": a final
part that finds the defendant guilty of offences it names states what he stands convicted
of.  An offence of another kind that it never names -- the lower court's substituted
verdict the Court sets aside ("the CA ... found him guilty of violation of Section 5 (a)
(5) of RA 7610"; "we reinstate the RTC ruling convicting him of Qualified Trafficking"),
or a word of a summary of the Informations ("charging her with qualified trafficking in
persons and child abuse") -- is no offence he answers for in this judgment.  Used by
:func:`caselaw.extractors.attribution.prune`.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.charge_mentions import names_charge
from caselaw.extractors.names import has_word, key_tokens
from caselaw.models import Category, Charge

_GUILTY = re.compile(r"(?<!not )\bguilty\b", re.I)


def unnamed_in_fallo(ctx: Context, charge: Charge, mine: list[Charge]) -> bool:
    """Is ``charge`` of a kind the final part leaves out while finding its defendant guilty
    of another kind of his charges (see the module docstring)?"""
    if charge.category in (Category.OTHER, Category.TRAFFICKING, Category.CORRUPTION):
        return False  # the study's offences are never dropped by omission; 'other' has no kind
    others = [c for c in mine if c.category not in (charge.category, Category.OTHER)]
    if not others:
        return False
    d_start, d_end = ctx.dispositive
    fallo = ctx.text[d_start:d_end]
    if not _GUILTY.search(fallo) or not _names_defendant(ctx, charge, fallo):
        return False
    if names_charge(charge.category, charge.statute, fallo) or not _only_found(ctx, charge):
        return False
    return any(names_charge(c.category, c.statute, fallo) for c in others)


# a mention read from a court's finding ("found Estonilo guilty ... of two (2) counts of
# violation of ... RA 7610"), not from a charging sentence or the Information
_FINDING = re.compile(r"guilty|convict", re.I)
_CHARGING = re.compile(r"charg|informations?\b|indict|accused of|contrary to", re.I)
_BEFORE = 100  # the finding's verb stands this far before the mention's cue at most


def _only_found(ctx: Context, charge: Charge) -> bool:
    """Every mention of ``charge`` is a court's finding of guilt, none a charging one."""
    text = ctx.text
    for ev in charge.evidence:
        window = text[max(0, ev.start - _BEFORE) : ev.end]
        if not _FINDING.search(window) or _CHARGING.search(window):
            return False
    return bool(charge.evidence)


def _names_defendant(ctx: Context, charge: Charge, fallo: str) -> bool:
    """The final part is about the charge's defendant: the only one, or named in it."""
    if len(ctx.defendants) == 1:
        return True
    if charge.defendant is None or charge.defendant >= len(ctx.defendants):
        return False
    keys = key_tokens(ctx.defendants[charge.defendant].name)
    return bool(keys) and has_word(fallo.lower(), keys[-1])
