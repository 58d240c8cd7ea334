"""Each attributed charge's verdicts: the outcome the judgment leaves standing for it.

A charge takes the standing finding that decides its very count or names its offence
(:func:`_finding_for_charge`), else its defendant's standing outcome
(:func:`verdicts.standing_outcome`); a defendant whose final dispositive both convicts
and acquits keeps both outcomes, one charge each.  Outcomes of courts below that the
judgment restates become verdicts that do not stand (:func:`restated`).  Used by
:mod:`caselaw.extractors.assemble`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caselaw.extractors._base import Context, Finding, Step
from caselaw.extractors._members import member
from caselaw.extractors.attribution import charge_with
from caselaw.extractors.case_unnumbered import unnumbered_finding
from caselaw.extractors.charge_mentions import names_charge
from caselaw.extractors.fallo_named_offence import names_offence
from caselaw.extractors.verdict_cases import case_key, of_case
from caselaw.extractors.verdict_counts import count_key
from caselaw.extractors.verdicts import SOME_COUNTS, standing_outcome
from caselaw.extractors.violation_found import found_violated
from caselaw.models import Category, Charge, CourtLevel, Evidence, Outcome, Verdict

# enum values read once (each .value is a descriptor call, several per charge)
_CONVICTED, _ACQUITTED = Outcome.CONVICTED.value, Outcome.ACQUITTED.value
_DISMISSED = Outcome.DISMISSED.value

_Pairs = list[tuple[str, Finding | None]]  # (outcome, the finding that decides it)


def decide(ctx: Context, grouped: list[Charge], step: Step) -> tuple[list[Charge], list[Verdict]]:
    """The charges numbered in order, one per standing outcome, with their verdicts."""
    charges: list[Charge] = []
    verdicts: list[Verdict] = []
    standing = _Standing.of(ctx.findings)
    outcomes: dict[int | None, _Pairs] = {}  # per defendant, once
    evidence: dict[tuple[int, int], Evidence] = {}  # a finding decides several charges
    for charge in grouped:
        for outcome, finding in _pairs(ctx, charge, grouped, standing, outcomes):
            c = charge_with(charge, index=len(charges))
            charges.append(c)
            ev: tuple[Evidence, ...] = ()
            if finding:
                span = (finding.start, finding.end)
                if span not in evidence:
                    evidence[span] = step.evidence(ctx, finding.start, finding.end)
                ev = (evidence[span],)
            level = (
                member(CourtLevel, finding.court_level) if finding and finding.court_level else None
            )
            verdicts.append(
                Verdict(c.defendant, c.index, member(Outcome, outcome), level, True, evidence=ev)
            )
    return charges, verdicts


def _pairs(
    ctx: Context,
    charge: Charge,
    charges: list[Charge],
    standing: _Standing,
    outcomes: dict[int | None, _Pairs],
) -> _Pairs:
    """The outcomes deciding ``charge``: its own finding's, else its defendant's (cached
    in ``outcomes``)."""
    specific = _finding_for_charge(ctx, charge, charges, standing)
    if specific and not (specific.category_hint or "").endswith(SOME_COUNTS):
        return [(specific.outcome, specific)]
    owner = charge.defendant
    assert owner is not None  # attribute() gives every charge a defendant
    pairs = outcomes.get(owner) or []
    if not pairs:
        pairs = outcomes[owner] = _outcomes(ctx, owner)
        if len({c.category for c in charges if c.defendant == owner}) == 1:
            pairs += _final_trial_acquittal(ctx, owner, pairs)
    if len(pairs) > 1:
        pairs = _of_its_case(ctx, charge, charges, pairs)
    if [o for o, _ in pairs] == [_CONVICTED] and _not_sustained(ctx, charge, charges):
        return [(_DISMISSED, pairs[0][1])]
    if specific:
        # acquitted of some counts of the offence: its other counts keep the defendant's
        # outcome (the affirmed convictions)
        rest = [(o, f) for o, f in pairs if o != specific.outcome]
        return [(specific.outcome, specific), *rest]
    return pairs


# "... charging him with Serious Misconduct, Inefficiency, Gross Ignorance of the Law and
# Violation of Section 3(e) of R.A. No. 3019" / "WHEREFORE, respondent Judge X is found GUILTY
# OF GROSS IGNORANCE OF THE LAW": a disciplinary decision that finds the respondent liable
# for the offences it names does not sustain a corruption charge of the complaint it leaves
# unnamed (the complaint fails as to it).  Only when no corruption charge of his is named in
# the final part and another of his charges is.
def _not_sustained(ctx: Context, charge: Charge, charges: list[Charge]) -> bool:
    if charge.category is not Category.CORRUPTION or ctx.info.proceeding != "administrative":
        return False
    d_start, d_end = ctx.dispositive
    if d_end <= d_start:
        return False

    def in_fallo(c: Charge) -> bool:
        return any(d_start <= e.start < d_end for e in c.evidence)

    mine = [c for c in charges if c.defendant == charge.defendant]
    if any(in_fallo(c) for c in mine if c.category is Category.CORRUPTION):
        return False
    if found_violated(ctx.text, charge):  # the ruling found the corrupt act proved
        return False
    low = ctx.text[d_start:d_end].lower()  # ("for ignorance of the law, ... FINED")
    if not any(
        in_fallo(c) or names_offence(c.label, low)
        for c in mine
        if c.category is not Category.CORRUPTION
    ):
        return False
    return not names_charge(charge.category, charge.statute, ctx.text[d_start:d_end])


# "Valencia and Simbillo were acquitted in Criminal Case Nos. 14-11901, 14-11904 ...": a
# Philippine trial court's acquittal on some of an appellant's cases is final (an acquittal
# cannot be appealed: Constitution art. III s.21, double jeopardy), so an appeal that
# affirms the convictions on the others leaves it standing.  Only when all the defendant's
# charges are of one offence (the acquitted cases are of that offence).
_SOME_CASES = re.compile(r"\bcriminal\s+cases?\s+nos?\b|\bcounts?\b", re.I)


def _final_trial_acquittal(ctx: Context, defendant: int, pairs: _Pairs) -> _Pairs:
    """The trial court's acquittal of ``defendant`` on some cases, when the judgment's own
    outcome for him is a conviction (PH only), as one more pair; else none."""
    if [o for o, _ in pairs] != [_CONVICTED] or (ctx.info.jurisdiction or "").upper() != "PH":
        return []
    for f in ctx.findings:
        if (
            not f.standing
            and f.defendant == defendant
            and f.outcome == _ACQUITTED
            and f.court_level == "trial"
            and _SOME_CASES.search(ctx.text, f.start, f.end)
        ):
            return [(_ACQUITTED, f)]
    return []


def _of_its_case(ctx: Context, charge: Charge, charges: list[Charge], pairs: _Pairs) -> _Pairs:
    """``pairs`` without a trial court's acquittal in one case number that is not this
    charge's ("In Criminal Case No. 26527, accused X is ACQUITTED" decides the charge of
    case 26527, :mod:`.verdict_cases`)."""
    mine = [c for c in charges if c.defendant == charge.defendant]
    out = []
    for o, f in pairs:
        if o == _ACQUITTED and f is not None and not f.standing:
            key = case_key(ctx.text, f.start, f.end)
            if key is not None and charge not in of_case(key, mine):
                continue
        out.append((o, f))
    return out or pairs


def _outcomes(ctx: Context, defendant: int) -> _Pairs:
    own = [
        f
        for f in ctx.findings
        if f.standing and f.defendant == defendant and not f.offence_specific
    ]
    if not own:
        # a sole defendant's final part that decides without naming him ("I dismiss the
        # appeal against the said counts ... and affirm the conviction"; "I set aside the
        # conviction ... and acquit the appellant in relation to the 7th and the 9th
        # count") both convicts and acquits: some counts stand, others fall (mixed)
        own = _general_mixed(ctx)
    both = {f.outcome for f in own} >= {_CONVICTED, _ACQUITTED}
    if both:
        firsts: dict[str, Finding | None] = {}
        for f in own:
            if f.outcome in (_CONVICTED, _ACQUITTED):
                firsts.setdefault(f.outcome, f)
        return list(firsts.items())
    outcome, finding = standing_outcome(ctx, defendant)
    return [(outcome, finding)]


# counts named by their numbers ("the 7th and the 9th count", "counts 1 to 6"), not "that
# count" or "the alternative count" (an offence named by its kind decides those)
_NUMBERED_COUNTS = re.compile(
    r"\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)\b(?:[\s,]+(?:and|to|&)?\s*(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)*\s+counts?\b"
    r"|\bcounts?\s+(?:nos?\.?\s*)?(?:\d{1,3}|[ivx]{1,6})\b",
    re.I,
)


def _general_mixed(ctx: Context) -> list[Finding]:
    """The final part's unnamed findings when there is one defendant and they both convict
    and acquit, one of them naming counts by number (a partial decision); else none."""
    if len(ctx.defendants) != 1:
        return []
    general = [
        f for f in ctx.findings if f.standing and f.defendant is None and not f.offence_specific
    ]
    if {f.outcome for f in general} < {_CONVICTED, _ACQUITTED}:
        return []
    if not any(_NUMBERED_COUNTS.search(ctx.text, f.start, f.end) for f in general):
        return []
    return general


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
    hits = [
        f for f in own if names_charge(charge.category, charge.statute, ctx.text[f.start : f.end])
    ]
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
        mine = (None, charge.defendant)  # a finding for one defendant decides his counts only
        return next((f for f in counted if key in f.counts and f.defendant in mine), None)
    same = [
        f
        for c in charges
        if c.count and c.defendant == charge.defendant and c.category == charge.category
        for f in counted
        if count_key(c.count) in f.counts
    ]
    if not same:  # (the finding about a case number no charge carries: the unnumbered one's)
        return unnumbered_finding(charge, charges, counted)
    return same[0] if len({f.outcome for f in same}) == 1 else None


def restated(ctx: Context, charges: list[Charge], step: Step) -> list[Verdict]:
    """Outcomes of courts below that the judgment restates (not standing)."""
    out = []
    for f in ctx.findings:
        if f.standing or f.defendant is None:
            continue
        mine = [c for c in charges if c.defendant == f.defendant]
        if f.outcome == _ACQUITTED and any(c.count for c in mine):
            # "In Criminal Case No. 26527, accused X is ACQUITTED": that case's charge only
            mine = of_case(case_key(ctx.text, f.start, f.end), mine)
        for c in mine:
            level = member(CourtLevel, f.court_level) if f.court_level else None
            ev = (step.evidence(ctx, f.start, f.end),)
            out.append(Verdict(c.defendant, c.index, member(Outcome, f.outcome), level, False, ev))
    return out
