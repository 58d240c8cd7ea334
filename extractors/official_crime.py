"""A law-enforcement or border official convicted of a crime: official involvement in crime.

LABELLING-CONVENTIONS.md counts "official involvement in crime" as a corruption signal
whatever the crime: a police officer who sold cocaine, police and narcotics agents who
abducted a detainee, an immigration officer who cleared trafficked women out.  Trafficking
and smuggling charges of officials already give one (charged_officials); this adds the
other crimes, for the officials whose office is to enforce the law or guard the border
(police, military, immigration, customs), and only for a conviction this judgment leaves
standing in a criminal case (a disciplinary finding of neglect is no crime; an acquitted
officer's charge narrates no proven involvement).
"""

from __future__ import annotations

from caselaw.extractors._base import Context
from caselaw.extractors.charged_officials import UNNAMED
from caselaw.models import Category, Charge, CorruptionSignal, OfficialType, Outcome, Verdict

__all__ = ["official_crime_signal"]

_ENFORCERS = frozenset(
    {OfficialType.POLICE, OfficialType.MILITARY, OfficialType.IMMIGRATION, OfficialType.CUSTOMS}
)


def official_crime_signal(ctx: Context, charges: list[Charge], verdicts: list[Verdict]) -> None:
    """Add an official-complicity signal for an enforcer convicted of a non-corruption crime."""
    if ctx.signals or ctx.info.proceeding != "criminal":
        return
    enforcers = {
        i
        for i, d in enumerate(ctx.defendants)
        if d.official_type in _ENFORCERS and not d.name.startswith(UNNAMED)
    }
    if not enforcers:
        return
    convicted = {v.charge for v in verdicts if v.standing and v.outcome == Outcome.CONVICTED}
    evidence = tuple(
        c.evidence[0]
        for c in charges
        if c.defendant in enforcers
        and c.category != Category.CORRUPTION
        and c.index in convicted
        and c.evidence
    )[:3]
    if evidence:
        ctx.signals = [CorruptionSignal("official_complicity", evidence)]
