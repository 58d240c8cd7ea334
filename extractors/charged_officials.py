"""What a defendant's corruption charges say about them: a public official (graft statutes
reach officials), which side of a bribe they are on, and the official-complicity signal
an official's corruption charge carries.  Used by :mod:`caselaw.extractors.assemble`
once the charges are attributed."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from caselaw.extractors._base import Context
from caselaw.extractors.attribution import Grouped
from caselaw.extractors.charge_capacity import not_by_office, private_bribery
from caselaw.extractors.general_part import general_part_only
from caselaw.extractors.official_kind import charged_type
from caselaw.extractors.signals import narrates_conduct, public_signals
from caselaw.models import Category, Charge, CorruptionSignal, Outcome, Role

UNNAMED = "the accused"
"""The name of a defendant the judgment never names (assemble's FIR defendant)."""
_CORRUPTION = Category.CORRUPTION.value  # read once: each .value is a descriptor call
_GENERIC = "Corruption"  # the label of the bare word (common.yaml), no statute behind it

# Active bribery (giving, offering, promising a bribe) is an offence of anyone; only passive
# bribery and graft by officials imply public office.
_ACTIVE_BRIBERY = re.compile(
    r"\bbribing\b|\b(?:giv|offer|promis)(?:ing|e|es|ed)? (?:a |an |of )?"
    r"(?:bribe|gratification|benefit|advantage)"
    r"|corrupt offers?|bribe[- ]giv|active bribery",
    re.I,
)


# Pakistan's NAO offence is committed by "a holder of a public office, or any other person"
# (NAO 1999 s.9(a)), South Africa's general offence of corruption by "any person" who gives
# or accepts a gratification (PRECCA 2004 s.3): a charge of either implies no office
_ANY_PERSON = re.compile(
    r"corruption and corrupt practices \(NAO\)|general offence of corruption", re.I
)


@lru_cache(maxsize=4096)  # labels come from the lexicon: a few hundred strings
def _active_bribery(label: str) -> bool:
    return _ACTIVE_BRIBERY.search(label) is not None


def passive_corruption(ctx: Context, grouped: Grouped) -> set[int]:
    """Defendants charged with a corruption offence only an official commits (taking a
    bribe, graft).  A bribe has two sides, charged under opposite provisions; when a
    sentence names giver and taker together, both sides' counts reach both.  A defendant
    who also faces the giving side while a co-defendant the text calls an official faces
    the taking side is the giver: the taking count is the official's."""
    passive: set[int] = set()
    active: set[int] = set()
    for (d, cat, _), c in grouped.items():
        if cat != _CORRUPTION:
            continue
        if c.statute is None and c.label == _GENERIC:
            continue  # "charged with corruption": either side of a bribe, no office implied
        if c.label == _GENERIC and general_part_only(c.statute):
            continue  # "read with s 34 of the Penal Code": joint liability, no offence
        if _ANY_PERSON.match(c.label):
            continue
        if not_by_office(ctx, d, c):
            continue  # (a private company's agent, an abettor: charge_capacity.py)
        (active if _active_bribery(c.label) else passive).add(d)
    officials = {d for d in passive if ctx.defendants[d].is_official}
    if not officials:
        return passive
    return {d for d in passive if d in officials or d not in active}


_BRIBE = re.compile(r"brib|gratification", re.I)


def bribe_roles(ctx: Context, grouped: Grouped) -> None:
    """A bribery charge states its defendant's side of the bribe: a private person charged
    with giving one is the bribe giver, an official charged with taking one the taker
    (a lone ``other`` role of a graft official gives way to it)."""
    add: dict[int, set[Role]] = {}
    for (d, cat, _), c in grouped.items():
        if cat != _CORRUPTION or not _BRIBE.search(c.label):
            continue
        official = ctx.defendants[d].is_official
        if _active_bribery(c.label):
            if not official:
                add.setdefault(d, set()).add(Role.BRIBE_GIVER)
        elif official or not_by_office(ctx, d, c):  # (a company's agent takes one too)
            add.setdefault(d, set()).add(Role.BRIBE_TAKER)
    for d, roles in add.items():
        old = ctx.defendants[d]
        kept = tuple(r for r in old.roles if r is not Role.OTHER)
        new = kept + tuple(sorted(roles - set(kept), key=lambda r: r.value))
        ctx.defendants[d] = replace(old, roles=new)


def charged_official_signal(ctx: Context, charges: list[Charge]) -> None:
    """An official charged with a corruption-type offence: the judgment narrates alleged
    official corruption (LABELLING-CONVENTIONS.md), whatever the verdict.  Not for an
    accused the judgment never names: it narrates nothing about them."""
    if ctx.signals and private_bribery(ctx, charges):
        ctx.signals = public_signals(ctx.signals)  # (a company agent's bribe is none)
    if ctx.signals:
        return
    named = {i for i, d in enumerate(ctx.defendants) if not d.name.startswith(UNNAMED)}
    graft = [
        c
        for c in charges
        if c.category == Category.CORRUPTION
        and c.evidence
        and c.defendant in named
        and ctx.defendants[c.defendant].is_official
    ]
    evidence = tuple(c.evidence[0] for c in graft[:3])
    if evidence and _only_named(ctx, graft):
        return
    evidence = evidence or _chain_officials(ctx, charges, named)
    if evidence:
        ctx.signals = [CorruptionSignal("official_complicity", evidence)]


_CHAIN = frozenset({Category.TRAFFICKING, Category.SMUGGLING})


def _chain_officials(ctx: Context, charges: list[Charge], named: set[int]) -> tuple:
    """An official charged with trafficking or smuggling people (an immigration officer who
    cleared the victim out, a police officer who ran the brothel): official involvement in
    the crime itself, which the conventions count as a signal whatever the verdict; not
    when the charge is pending and only named."""
    chain = [
        c
        for c in charges
        if c.category in _CHAIN
        and c.evidence
        and c.defendant in named
        and ctx.defendants[c.defendant].is_official
    ]
    if not chain or _only_named(ctx, chain):
        return ()
    return tuple(c.evidence[0] for c in chain[:3])


def _only_named(ctx: Context, graft: list[Charge]) -> bool:
    """Every one of these charges is pending (the judgment decides a pre-trial question:
    its standing outcome is ``other``) and the text describes no corrupt act: the charge
    is only named (signals.narrates_conduct)."""
    pending = {v.charge for v in ctx.verdicts if v.standing and v.outcome is Outcome.OTHER}
    decided = {v.charge for v in ctx.verdicts if v.standing and v.outcome is not Outcome.OTHER}
    return all(c.index in pending and c.index not in decided for c in graft) and not (
        narrates_conduct(ctx)
    )


def officials_by_charge(ctx: Context, corrupt: set[int]) -> None:
    """Graft statutes reach public officers: a defendant charged with a corruption-type
    offence is an official unless the text calls them a private person; of the type the
    text names around their name, else ``other_public``."""
    from caselaw.extractors.roles import is_private

    for i in sorted(corrupt):
        d = ctx.defendants[i]
        if d.is_official:
            continue
        if not is_private(ctx, i):
            ctx.defendants[i] = replace(
                d,
                is_official=True,
                official_type=charged_type(ctx, i),
                roles=d.roles or (Role.OTHER,),
            )
