"""Assembly: charges attributed to defendants, verdicts to charges, the case summary.

A charge mention (``charges.find_charges``) belongs to the defendants named in its
sentence, else in its paragraph, else to every defendant (one Information charging
all accused is the common case).  Identical offences of one defendant are grouped
(same category and statute, or same label).  Each charge's verdict is the outcome the
judgment leaves standing for its defendant (:func:`verdicts.standing_outcome`); a
defendant whose final dispositive both convicts and acquits keeps both outcomes on
separate charges of the same offence category.  Case-level flags follow SCHEMA.md:
booleans derived from the charges, outcomes aggregated over all defendants.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar

from caselaw.extractors._base import Context, Finding, Step
from caselaw.extractors.attribution import (
    charge_with,
    group_key,
    names_kind,
    owners,
    prune,
    share_joint_charges,
)
from caselaw.extractors.names import key_tokens
from caselaw.extractors.verdicts import count_key, standing_outcome
from caselaw.models import (
    CaseOutcome,
    CaseSummary,
    Category,
    Charge,
    CorruptionSignal,
    CourtLevel,
    Defendant,
    Evidence,
    OfficialType,
    Outcome,
    Role,
    Verdict,
)

NAME = "assemble"
VERSION = "1.3.0"

UNNAMED = "the accused"
# enum values read once (each .value is a descriptor call, several per charge)
_CORRUPTION = Category.CORRUPTION.value
_CONVICTED, _ACQUITTED = Outcome.CONVICTED.value, Outcome.ACQUITTED.value
_DISMISSED, _UNKNOWN = Outcome.DISMISSED.value, Outcome.UNKNOWN.value
_ADMIN_CATEGORIES = {Category.CORRUPTION, Category.OTHER}
# A Pakistani/Indian proceeding about one First Information Report whose accused the
# judgment never names: the accused are identified by that FIR.  "the accused" alone is not
# enough (a judgment narrates other cases' accused too).
_FIR = re.compile(r"\bF\.?I\.?R\.?\s*No\.?\s*(\d{1,6})\s*(?:/|of|dated)?\s*(\d{4})?")


_E = TypeVar("_E", bound=StrEnum)
_MEMBERS: dict[type, dict[str, Any]] = {
    e: {m.value: m for m in e} for e in (Category, CourtLevel, Outcome)
}


def _member(enum: type[_E], value: str) -> _E:
    """``enum(value)`` by one dict lookup (an Enum call costs about a microsecond)."""
    member = _MEMBERS[enum].get(value)
    return member if member is not None else enum(value)


def attribute(ctx: Context, step: Step) -> None:
    if ctx.info.proceeding == "administrative":
        # criminal statutes in a disciplinary case concern other (related) cases
        ctx.mentions = [m for m in ctx.mentions if m.category in _ADMIN_CATEGORIES]
    fir = (
        _FIR.search(ctx.head)
        if not ctx.defendants and ctx.mentions and ctx.info.proceeding in (None, "criminal")
        else None
    )
    if fir:
        number = fir.group(1) + (f"/{fir.group(2)}" if fir.group(2) else "")
        ctx.defendants = [Defendant(index=0, name=f"{UNNAMED} in FIR No.{number}")]
    keys = [key_tokens(d.name) for d in ctx.defendants]
    grouped: dict[tuple[int, str, str], Charge] = {}
    for mention in ctx.mentions:
        if not ctx.defendants:
            break
        who = owners(ctx, mention.start, mention.end, keys) if len(keys) > 1 else [0]
        cat, sub = group_key(str(mention.category), mention.statute, mention.label)
        for d in who:
            key = (d, cat, sub)
            if key in grouped:
                old = grouped[key]
                grouped[key] = charge_with(old, evidence=(old.evidence + mention.evidence)[:6])
                continue
            grouped[key] = Charge(
                index=0,
                defendant=d,
                category=_member(Category, mention.category),
                label=mention.label,
                statute=mention.statute,
                count=mention.count,
                alternative=mention.alternative,
                evidence=tuple(mention.evidence),
            )
    grouped = prune(ctx, grouped, keys)
    share_joint_charges(ctx, grouped)
    _officials_by_charge(ctx, _passive_corruption(ctx, grouped))
    _bribe_roles(ctx, grouped)
    charges: list[Charge] = []
    verdicts: list[Verdict] = []
    all_charges = list(grouped.values())
    standing = _Standing.of(ctx.findings)
    outcomes: dict[int | None, list[tuple[str, Finding | None]]] = {}  # per defendant, once
    pairs: list[tuple[str, Finding | None]]
    evidence: dict[tuple[int, int], Evidence] = {}  # a finding decides several charges
    for charge in all_charges:
        specific = _finding_for_charge(ctx, charge, all_charges, standing)
        if specific:
            pairs = [(specific.outcome, specific)]
        else:
            owner = charge.defendant
            assert owner is not None  # attribute() gives every charge a defendant
            pairs = outcomes.get(owner) or []
            if not pairs:
                pairs = outcomes[owner] = _outcomes(ctx, owner)
        for outcome, finding in pairs:
            c = charge_with(charge, index=len(charges))
            charges.append(c)
            ev: tuple[Evidence, ...] = ()
            if finding:
                span = (finding.start, finding.end)
                if span not in evidence:
                    evidence[span] = step.evidence(ctx, finding.start, finding.end)
                ev = (evidence[span],)
            level = (
                _member(CourtLevel, finding.court_level)
                if finding and finding.court_level
                else None
            )
            verdicts.append(
                Verdict(c.defendant, c.index, _member(Outcome, outcome), level, True, evidence=ev)
            )
    ctx.charges = charges
    ctx.verdicts = verdicts + _restated(ctx, charges, step)
    _charged_official_signal(ctx, charges)
    ctx.case = summarise(ctx.defendants, charges, verdicts, bool(ctx.signals))


# Active bribery (giving, offering, promising a bribe) is an offence of anyone; only passive
# bribery and graft by officials imply public office.
_ACTIVE_BRIBERY = re.compile(
    r"\bbribing\b|\b(?:giv|offer|promis)(?:ing|e|es|ed)? (?:a |an |of )?(?:bribe|gratification)"
    r"|corrupt offers?|bribe[- ]giv|active bribery",
    re.I,
)


@lru_cache(maxsize=4096)  # labels come from the lexicon: a few hundred strings
def _active_bribery(label: str) -> bool:
    return _ACTIVE_BRIBERY.search(label) is not None


def _passive_corruption(ctx: Context, grouped: dict[tuple[int, str, str], Charge]) -> set[int]:
    """Defendants charged with a corruption offence only an official commits (taking a
    bribe, graft).  A bribe has two sides, charged under opposite provisions; when a
    sentence names giver and taker together, both sides' counts reach both.  A defendant
    who also faces the giving side while a co-defendant the text calls an official faces
    the taking side is the giver: the taking count is the official's."""
    passive: set[int] = set()
    active: set[int] = set()
    for (d, cat, _), c in grouped.items():
        if cat == _CORRUPTION:
            (active if _active_bribery(c.label) else passive).add(d)
    officials = {d for d in passive if ctx.defendants[d].is_official}
    if not officials:
        return passive
    return {d for d in passive if d in officials or d not in active}


_BRIBE = re.compile(r"brib|gratification", re.I)


def _bribe_roles(ctx: Context, grouped: dict[tuple[int, str, str], Charge]) -> None:
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
        elif official:
            add.setdefault(d, set()).add(Role.BRIBE_TAKER)
    for d, roles in add.items():
        old = ctx.defendants[d]
        kept = tuple(r for r in old.roles if r is not Role.OTHER)
        new = kept + tuple(sorted(roles - set(kept), key=lambda r: r.value))
        ctx.defendants[d] = replace(old, roles=new)


def _charged_official_signal(ctx: Context, charges: list[Charge]) -> None:
    """An official charged with a corruption-type offence: the judgment narrates alleged
    official corruption (LABELLING-CONVENTIONS.md), whatever the verdict.  Not for an
    accused the judgment never names: it narrates nothing about them."""
    if ctx.signals:
        return
    named = {i for i, d in enumerate(ctx.defendants) if not d.name.startswith(UNNAMED)}
    evidence = tuple(
        c.evidence[0]
        for c in charges
        if c.category == Category.CORRUPTION
        and c.evidence
        and c.defendant in named
        and ctx.defendants[c.defendant].is_official
    )[:3]
    if evidence:
        ctx.signals = [CorruptionSignal("official_complicity", evidence)]


def _officials_by_charge(ctx: Context, corrupt: set[int]) -> None:
    """Graft statutes reach public officers: a defendant charged with a corruption-type
    offence is an official unless the text calls them a private person."""
    from caselaw.extractors.roles import is_private

    for i in sorted(corrupt):
        d = ctx.defendants[i]
        if d.is_official:
            continue
        if not is_private(ctx, i):
            ctx.defendants[i] = replace(
                d,
                is_official=True,
                official_type=OfficialType.OTHER_PUBLIC,
                roles=d.roles or (Role.OTHER,),
            )


def _outcomes(ctx: Context, defendant: int) -> list[tuple[str, Finding | None]]:
    own = [
        f
        for f in ctx.findings
        if f.standing and f.defendant == defendant and not f.offence_specific
    ]
    both = {f.outcome for f in own} >= {_CONVICTED, _ACQUITTED}
    if both:
        firsts: dict[str, Finding | None] = {}
        for f in own:
            if f.outcome in (_CONVICTED, _ACQUITTED):
                firsts.setdefault(f.outcome, f)
        return list(firsts.items())
    outcome, finding = standing_outcome(ctx, defendant)
    return [(outcome, finding)]


_ACT_NUMBER = re.compile(r"\d{3,5}")


@dataclass(frozen=True, slots=True)
class _Standing:
    """The standing findings, sorted the ways the charges ask for them (once per judgment)."""

    counted: list[Finding]  # deciding some counts
    hinted: list[tuple[Finding, str]]  # deciding one named offence (its first word)
    own: dict[int | None, list[Finding]]  # deciding a defendant's case (None: everyone's)

    @classmethod
    def of(cls, findings: list[Finding]) -> _Standing:
        own: dict[int | None, list[Finding]] = {}
        for f in findings:
            if f.standing and not f.offence_specific:
                own.setdefault(f.defendant, []).append(f)
        return cls(
            [f for f in findings if f.standing and f.counts],
            [(f, f.category_hint.split()[0]) for f in findings if f.standing and f.category_hint],
            own,
        )


def _finding_for_charge(
    ctx: Context, charge: Charge, charges: list[Charge], standing: _Standing | None = None
) -> Finding | None:
    """The standing finding that names this very offence, when the final part decides the
    defendant's counts differently ("ACQUITTED of ... R.A. No. 9208 ...; the conviction
    ... for Illegal Recruitment ... is AFFIRMED"): the offence is named by its Act's number
    or by the words of its kind."""
    standing = standing or _Standing.of(ctx.findings)
    label = charge.label.lower()
    by_count = _count_finding(ctx, charge, charges, standing.counted)
    if by_count is not None:
        return by_count
    for f, hint in standing.hinted:
        # a finding about one named offence (a substituted verdict) decides that charge only
        if f.defendant in (None, charge.defendant) and hint in label:
            return f
    # "(a) ... the appellant is acquitted of that count. (b) The appellant is convicted on
    # the alternative count of child prostitution ...": orders that decide the counts of
    # a sole appellant without naming her differ by the offence they name
    own = standing.own.get(charge.defendant) or standing.own.get(None, [])
    if len({f.outcome for f in own}) < 2:
        return None
    numbers = set(_ACT_NUMBER.findall(charge.statute or ""))
    hits = []
    for f in own:
        sentence = ctx.text[f.start : f.end]
        if numbers & set(_ACT_NUMBER.findall(sentence)) or names_kind(charge.category, sentence):
            hits.append(f)
    return hits[0] if len({f.outcome for f in hits}) == 1 else None


def _count_finding(
    ctx: Context, charge: Charge, charges: list[Charge], counted: list[Finding] | None = None
) -> Finding | None:
    """The standing finding that decides this charge's count.  A charge read without its
    count (the offence named in the narrative) takes the decision on the counts of the same
    offence category when those agree: the narrative names the counted offence."""
    if counted is None:
        counted = [f for f in ctx.findings if f.standing and f.counts]
    if not counted:
        return None
    if charge.count:
        key = count_key(charge.count)
        return next((f for f in counted if key in f.counts), None)
    same = [
        f
        for c in charges
        if c.count and c.defendant == charge.defendant and c.category == charge.category
        for f in counted
        if count_key(c.count) in f.counts
    ]
    return same[0] if same and len({f.outcome for f in same}) == 1 else None


def _restated(ctx: Context, charges: list[Charge], step: Step) -> list[Verdict]:
    """Outcomes of courts below that the judgment restates (not standing)."""
    out = []
    for f in ctx.findings:
        if f.standing or f.defendant is None:
            continue
        for c in charges:
            if c.defendant == f.defendant:
                level = _member(CourtLevel, f.court_level) if f.court_level else None
                ev = (step.evidence(ctx, f.start, f.end),)
                out.append(
                    Verdict(c.defendant, c.index, _member(Outcome, f.outcome), level, False, ev)
                )
    return out


def aggregate(outcomes: Iterable[str]) -> CaseOutcome:
    """SCHEMA.md case outcome over all defendants' charges of one category."""
    seen = set(outcomes)
    if not seen:
        return CaseOutcome.NONE
    if len(seen) > 1 and _UNKNOWN in seen:
        seen.discard(_UNKNOWN)
    if seen == {_CONVICTED}:
        return CaseOutcome.CONVICTED
    if seen == {_ACQUITTED}:
        return CaseOutcome.ACQUITTED
    if seen == {_DISMISSED}:
        return CaseOutcome.DISMISSED
    if _CONVICTED in seen and len(seen) > 1:
        return CaseOutcome.MIXED
    if seen == {_ACQUITTED, _DISMISSED}:
        return CaseOutcome.MIXED
    return CaseOutcome.OTHER


def summarise(
    defendants: list[Defendant], charges: list[Charge], verdicts: list[Verdict], signal: bool
) -> CaseSummary:
    by_charge = {v.charge: v.outcome.value for v in verdicts if v.standing}
    traf = [
        by_charge.get(c.index, "unknown") for c in charges if c.category == Category.TRAFFICKING
    ]
    corr = [by_charge.get(c.index, "unknown") for c in charges if c.category == Category.CORRUPTION]
    return CaseSummary(
        trafficking_charged=bool(traf),
        corruption_charged=bool(corr),
        co_charged=bool(traf) and bool(corr),
        official_defendant=any(d.is_official for d in defendants),
        corruption_signal=signal,
        trafficking_outcome=aggregate(traf),
        corruption_outcome=aggregate(corr),
    )


EXTRACTOR = Step(
    NAME,
    VERSION,
    requires=("defendants", "mentions", "findings", "signals"),
    assigns=("charges", "verdicts", "case"),
    fn=attribute,
)
