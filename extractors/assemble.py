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
from dataclasses import replace

from caselaw.extractors._base import Context, Step
from caselaw.extractors.names import fold, key_tokens
from caselaw.extractors.verdicts import standing_outcome
from caselaw.models import (
    CaseOutcome,
    CaseSummary,
    Category,
    Charge,
    CourtLevel,
    Defendant,
    OfficialType,
    Outcome,
    Role,
    Verdict,
)

NAME = "assemble"
VERSION = "1.0.0"

UNNAMED = "unnamed accused"
_ADMIN_CATEGORIES = {Category.CORRUPTION, Category.OTHER}
_ACCUSED_UNNAMED = re.compile(r"\bFIR\b|\bthe accused\b")


def _named_in(text: str, keys: list[list[str]]) -> list[int]:
    words = set(fold(w) for w in re.findall(r"[^\W\d_]+", text))
    return [i for i, k in enumerate(keys) if k and k[-1] in words and len(k[-1]) > 2]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", max(0, start - 600), start), text.rfind("\n\n", 0, start)) + 1
    hi_candidates = [i for i in (text.find(". ", end), text.find("\n\n", end)) if i >= 0]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return max(lo, 0), min(hi, end + 600)


def _owners(ctx: Context, start: int, end: int, keys: list[list[str]]) -> list[int]:
    text = ctx.text
    s, e = _sentence_bounds(text, start, end)
    owners = _named_in(text[s:e], keys)
    if owners:
        return owners
    return list(range(len(keys)))


def _group_key(category: str, statute: str | None, label: str) -> tuple[str, str]:
    if statute:
        base = re.sub(r"[^a-z0-9]", "", statute.lower())
        return category, base[:24]
    return category, re.sub(r"[^a-z]", "", label.lower())[:40]


def attribute(ctx: Context, step: Step) -> None:
    if ctx.info.proceeding == "administrative":
        # criminal statutes in a disciplinary case concern other (related) cases
        ctx.mentions = [m for m in ctx.mentions if m.category in _ADMIN_CATEGORIES]
    if (
        not ctx.defendants
        and ctx.mentions
        and ctx.info.proceeding in (None, "criminal")
        and _ACCUSED_UNNAMED.search(ctx.head)
    ):
        ctx.defendants = [Defendant(index=0, name=UNNAMED)]
    keys = [key_tokens(d.name) for d in ctx.defendants]
    grouped: dict[tuple[int, str, str], Charge] = {}
    for mention in ctx.mentions:
        if not ctx.defendants:
            break
        owners = _owners(ctx, mention.start, mention.end, keys) if len(keys) > 1 else [0]
        for d in owners:
            cat, sub = _group_key(str(mention.category), mention.statute, mention.label)
            key = (d, cat, sub)
            if key in grouped:
                old = grouped[key]
                grouped[key] = replace(old, evidence=(old.evidence + mention.evidence)[:6])
                continue
            grouped[key] = Charge(
                index=0,
                defendant=d,
                category=Category(mention.category),
                label=mention.label,
                statute=mention.statute,
                count=mention.count,
                alternative=mention.alternative,
                evidence=tuple(mention.evidence),
            )
    _officials_by_charge(ctx, {k[0] for k in grouped if k[1] == Category.CORRUPTION.value})
    charges: list[Charge] = []
    verdicts: list[Verdict] = []
    for charge in grouped.values():
        for outcome, finding in _outcomes(ctx, charge.defendant):
            c = replace(charge, index=len(charges))
            charges.append(c)
            ev = (step.evidence(ctx, finding.start, finding.end),) if finding else ()
            level = CourtLevel(finding.court_level) if finding and finding.court_level else None
            verdicts.append(
                Verdict(c.defendant, c.index, Outcome(outcome), level, True, evidence=ev)
            )
    ctx.charges = charges
    ctx.verdicts = verdicts + _restated(ctx, charges, step)
    ctx.case = summarise(ctx.defendants, charges, verdicts, bool(ctx.signals))


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


def _outcomes(ctx: Context, defendant: int) -> list[tuple[str, object]]:
    own = [f for f in ctx.findings if f.standing and f.defendant == defendant]
    both = {f.outcome for f in own} >= {Outcome.CONVICTED.value, Outcome.ACQUITTED.value}
    if both:
        firsts = {}
        for f in own:
            if f.outcome in (Outcome.CONVICTED.value, Outcome.ACQUITTED.value):
                firsts.setdefault(f.outcome, f)
        return list(firsts.items())
    outcome, finding = standing_outcome(ctx, defendant)
    return [(outcome, finding)]


def _restated(ctx: Context, charges: list[Charge], step: Step) -> list[Verdict]:
    """Outcomes of courts below that the judgment restates (not standing)."""
    out = []
    for f in ctx.findings:
        if f.standing or f.defendant is None:
            continue
        for c in charges:
            if c.defendant == f.defendant:
                level = CourtLevel(f.court_level) if f.court_level else None
                ev = (step.evidence(ctx, f.start, f.end),)
                out.append(Verdict(c.defendant, c.index, Outcome(f.outcome), level, False, ev))
    return out


def aggregate(outcomes: Iterable[str]) -> CaseOutcome:
    """SCHEMA.md case outcome over all defendants' charges of one category."""
    seen = set(outcomes)
    if not seen:
        return CaseOutcome.NONE
    if len(seen) > 1 and Outcome.UNKNOWN.value in seen:
        seen.discard(Outcome.UNKNOWN.value)
    if seen == {Outcome.CONVICTED.value}:
        return CaseOutcome.CONVICTED
    if seen == {Outcome.ACQUITTED.value}:
        return CaseOutcome.ACQUITTED
    if seen == {Outcome.DISMISSED.value}:
        return CaseOutcome.DISMISSED
    if Outcome.CONVICTED.value in seen and len(seen) > 1:
        return CaseOutcome.MIXED
    if seen == {Outcome.ACQUITTED.value, Outcome.DISMISSED.value}:
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
