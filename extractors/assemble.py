"""Assembly: charges attributed to defendants, verdicts to charges, the case summary.

A charge mention (``charges.find_charges``) belongs to the defendants named in its
sentence, else in its paragraph, else to every defendant (one Information charging
all accused is the common case).  Identical offences of one defendant are grouped
(same category and statute, or same label).  Each charge's verdict is the outcome the
judgment leaves standing for its defendant (:func:`verdicts.standing_outcome`); a
defendant whose final dispositive both convicts and acquits keeps both outcomes on
separate charges of the same offence category.  Case-level flags follow SCHEMA.md:
booleans derived from the charges, outcomes aggregated over all defendants.

The step in its parts: :mod:`~caselaw.extractors.attribution` (whose offences are whose),
:mod:`~caselaw.extractors.charged_officials` (what corruption charges say about their
defendants), :mod:`~caselaw.extractors.charge_verdicts` (each charge's verdicts); this
module groups the mentions, runs the parts in order and summarises the case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from caselaw.extractors._base import Context, Step
from caselaw.extractors._members import member
from caselaw.extractors.attribution import (
    Grouped,
    charge_with,
    fold_named_offences,
    group_key,
    prune,
    share_joint_charges,
)
from caselaw.extractors.charge_owners import charged_other, mention_owners
from caselaw.extractors.charge_verdicts import decide, restated
from caselaw.extractors.charged_officials import (
    UNNAMED,
    bribe_roles,
    charged_official_signal,
    officials_by_charge,
    passive_corruption,
)
from caselaw.extractors.names import key_tokens
from caselaw.extractors.others_charges import others_charge
from caselaw.models import (
    CaseOutcome,
    CaseSummary,
    Category,
    Charge,
    Defendant,
    Outcome,
    Verdict,
)

__all__ = ["EXTRACTOR", "NAME", "UNNAMED", "VERSION", "aggregate", "attribute", "summarise"]

NAME = "assemble"
VERSION = "1.20.0"

# enum values read once (each .value is a descriptor call)
_CONVICTED, _ACQUITTED = Outcome.CONVICTED.value, Outcome.ACQUITTED.value
_DISMISSED, _UNKNOWN = Outcome.DISMISSED.value, Outcome.UNKNOWN.value
_ADMIN_CATEGORIES = {Category.CORRUPTION, Category.OTHER}
# A Pakistani/Indian proceeding about one First Information Report whose accused the
# judgment never names: the accused are identified by that FIR.  "the accused" alone is not
# enough (a judgment narrates other cases' accused too).
_FIR = re.compile(r"\bF\.?I\.?R\.?\s*No\.?\s*(\d{1,6})\s*(?:/|of|dated)?\s*(\d{4})?")


def attribute(ctx: Context, step: Step) -> None:
    if ctx.info.proceeding == "administrative":
        # criminal statutes in a disciplinary case concern other (related) cases
        ctx.mentions = [m for m in ctx.mentions if m.category in _ADMIN_CATEGORIES]
    fir = _fir_defendant(ctx)
    if fir is not None:
        ctx.defendants = [fir]
    keys = [key_tokens(d.name) for d in ctx.defendants]
    grouped = fold_named_offences(prune(ctx, _grouped(ctx, keys), keys))
    share_joint_charges(ctx, grouped)
    officials_by_charge(ctx, passive_corruption(ctx, grouped))
    bribe_roles(ctx, grouped)
    charges, verdicts = decide(ctx, list(grouped.values()), step)
    ctx.charges = charges
    ctx.verdicts = verdicts + restated(ctx, charges, step)
    charged_official_signal(ctx, charges)
    ctx.case = summarise(ctx.defendants, charges, verdicts, bool(ctx.signals))


def _fir_defendant(ctx: Context) -> Defendant | None:
    """The accused of the FIR the judgment is about, when it names no defendant (``_FIR``)."""
    fir = (
        _FIR.search(ctx.head)
        if not ctx.defendants and ctx.mentions and ctx.info.proceeding in (None, "criminal")
        else None
    )
    if not fir:
        return None
    number = fir.group(1) + (f"/{fir.group(2)}" if fir.group(2) else "")
    return Defendant(index=0, name=f"{UNNAMED} in FIR No.{number}")


def _grouped(ctx: Context, keys: list[list[str]]) -> Grouped:
    """The mentions as charges of their owners, one per defendant and offence (evidence
    of the repeats merged, at most six spans)."""
    grouped: Grouped = {}
    merged: dict[tuple[int, str, str], tuple[Any, ...]] = {}  # the evidence of repeats
    counted = _numbered_counts(ctx.mentions)
    for mention in ctx.mentions:
        if not ctx.defendants:
            break
        who = mention_owners(ctx, mention.evidence, keys) if len(keys) > 1 else [0]
        if charged_other(mention.evidence, keys) or others_charge(ctx, mention.evidence, keys):
            continue  # "charged Judge X with ..." where no defendant is X; others_charges
        cat, sub = group_key(str(mention.category), mention.statute, mention.label)
        counts = counted.get((cat, sub))
        if counts:  # several counts of one offence are decided one by one
            sub += "#" + (mention.count if mention.count in counts else counts[0])
        for d in who:
            key = (d, cat, sub)
            if key in grouped:
                # (the Charge is rebuilt once, at the end, with the first six)
                spans = merged[key] if key in merged else grouped[key].evidence
                merged[key] = spans + mention.evidence if len(spans) < 6 else spans
                continue
            grouped[key] = Charge(
                index=0,
                defendant=d,
                category=member(Category, mention.category),
                label=mention.label,
                statute=mention.statute,
                count=mention.count,
                alternative=mention.alternative,
                evidence=tuple(mention.evidence),
            )
    for key, spans in merged.items():
        grouped[key] = charge_with(grouped[key], evidence=spans[:6])
    return grouped


def _numbered_counts(mentions: list[Any]) -> dict[tuple[str, str], list[str]]:
    """The offences charged on two or more numbered counts ("Count 1" and "Count 3" both
    under section 19 (b)), with their counts in order: an appeal may affirm one count and
    acquit on the other, so each stays a charge of its own."""
    seen: dict[tuple[str, str], list[str]] = {}
    for m in mentions:
        if m.count and m.count.startswith("Count "):
            counts = seen.setdefault(group_key(str(m.category), m.statute, m.label), [])
            if m.count not in counts:
                counts.append(m.count)
    return {k: v for k, v in seen.items() if len(v) > 1}


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
