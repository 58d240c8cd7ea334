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

from caselaw.extractors._base import HEAD_CHARS, Context, Finding, Step
from caselaw.extractors.names import fold, key_tokens
from caselaw.extractors.verdicts import standing_outcome
from caselaw.models import (
    CaseOutcome,
    CaseSummary,
    Category,
    Charge,
    CorruptionSignal,
    CourtLevel,
    Defendant,
    OfficialType,
    Outcome,
    Role,
    Verdict,
)

NAME = "assemble"
VERSION = "1.2.0"

UNNAMED = "the accused"
_ADMIN_CATEGORIES = {Category.CORRUPTION, Category.OTHER}
# A Pakistani/Indian proceeding about one First Information Report whose accused the
# judgment never names: the accused are identified by that FIR.  "the accused" alone is not
# enough (a judgment narrates other cases' accused too).
_FIR = re.compile(r"\bF\.?I\.?R\.?\s*No\.?\s*(\d{1,6})\s*(?:/|of|dated)?\s*(\d{4})?")
# Words by which an unspecific mention names the kind of offence a categorised charge
# already carries ("violation of the Dangerous Drugs Act" next to an R.A. 6425 s.15 count,
# "illegal recruitment ... as defined in Article 38 of P.D. 1412"): the same offence.
_KIND_WORDS = {
    Category.DRUGS: r"drug|narcotic|shabu|marijuana|heroin|cocaine",
    Category.ILLEGAL_RECRUITMENT: r"recruit",
    Category.TRAFFICKING: r"traffick|forced labou?r|slavery|servitude",
    Category.SEXUAL_OFFENCE: r"rape|sexual|lascivious|child abuse|prostitut",
    Category.SMUGGLING: r"smuggl|emigration",
    Category.MONEY_LAUNDERING: r"launder",
    Category.CORRUPTION: r"graft|corrupt|brib|malversation|embezzl",
}
_KIND_RES = {k: re.compile(v, re.I) for k, v in _KIND_WORDS.items()}
# A civil code defines obligations and damages, never offences: an article of it cited in
# a criminal judgment is the basis of an award, not a charge.
_CIVIL_CODE = re.compile(r"civil code", re.I)
# "charged under R.A. 9208, instead of violation of R.A. 7610": the offence after
# "instead of" / "rather than" is the one NOT charged.
_NEGATED = re.compile(r"(?:instead of|rather than|and not|but not|not for)\b[^,;()]{0,40}$", re.I)
# Administrative offences (misconduct, dishonesty) of a respondent who also faces a
# bribery / graft charge are the administrative form of that corruption (SCHEMA.md:
# administrative charges count as corruption when for bribery or extortion).
_ADMIN_OFFENCE = re.compile(r"misconduct|dishonest", re.I)
# A statute citation with a section / article; without one it names only an Act.
_SECTION = re.compile(r"\b(?:ss?|arts?|sec|r)\.\s*\d|\bsection", re.I)
# The Act a citation starts with: "R.A. 3019", "P.D. 1866", or an abbreviation ("NIRC").
_ACT = re.compile(r"^(?:(?:R\.A\.|P\.D\.|B\.P\.|E\.O\.|C\.A\.|Act)\s*(?:No\.\s*)?\d+|[^\s,]+)")


def _named_in(text: str, keys: list[list[str]]) -> list[int]:
    words = set(fold(w) for w in re.findall(r"[^\W\d_]+", text))
    return [i for i, k in enumerate(keys) if k and k[-1] in words and len(k[-1]) > 2]


# a dot after an initial or an abbreviation ("Dr. Iqrar Khan and Ch. Muhammad Hussain",
# "No. 5") does not end a sentence
_ABBREV = re.compile(r"(?:\b[A-Za-z]{1,2}|\bMrs|\bNos|\bSec|\bArt|\bvs|\bSt)$")


def _sentence_start(text: str, start: int) -> int:
    floor = max(0, start - 600, text.rfind("\n\n", 0, start))
    at = start
    while True:
        at = text.rfind(". ", floor, at)
        if at < 0 or not _ABBREV.search(text, max(0, at - 4), at):
            return max(at, floor)
        # keep looking further back


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = _sentence_start(text, start) + 1
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
    fir = _FIR.search(ctx.head)
    if not ctx.defendants and ctx.mentions and ctx.info.proceeding in (None, "criminal") and fir:
        number = fir.group(1) + (f"/{fir.group(2)}" if fir.group(2) else "")
        ctx.defendants = [Defendant(index=0, name=f"{UNNAMED} in FIR No.{number}")]
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
    grouped = _prune(ctx, grouped, keys)
    _share_joint_charges(ctx, grouped)
    _officials_by_charge(
        ctx,
        {
            k[0]
            for k, c in grouped.items()
            if k[1] == Category.CORRUPTION.value and not _ACTIVE_BRIBERY.search(c.label)
        },
    )
    charges: list[Charge] = []
    verdicts: list[Verdict] = []
    for charge in grouped.values():
        specific = _finding_for_charge(ctx, charge)
        pairs = [(specific.outcome, specific)] if specific else _outcomes(ctx, charge.defendant)
        for outcome, finding in pairs:
            c = replace(charge, index=len(charges))
            charges.append(c)
            ev = (step.evidence(ctx, finding.start, finding.end),) if finding else ()
            level = CourtLevel(finding.court_level) if finding and finding.court_level else None
            verdicts.append(
                Verdict(c.defendant, c.index, Outcome(outcome), level, True, evidence=ev)
            )
    ctx.charges = charges
    ctx.verdicts = verdicts + _restated(ctx, charges, step)
    _charged_official_signal(ctx, charges)
    ctx.case = summarise(ctx.defendants, charges, verdicts, bool(ctx.signals))


_Grouped = dict[tuple[int, str, str], Charge]
# Active bribery (giving, offering, promising a bribe) is an offence of anyone; only passive
# bribery and graft by officials imply public office.
_ACTIVE_BRIBERY = re.compile(
    r"\bbribing\b|\b(?:giv|offer|promis)(?:ing|e|es|ed)? (?:a |an |of )?(?:bribe|gratification)"
    r"|corrupt offers?|bribe[- ]giv|active bribery",
    re.I,
)


def _corroborated(ctx: Context, charge: Charge, keys: list[list[str]]) -> bool:
    """Is the offence tied to its defendant where a judgment states charges and verdicts?

    A judgment discusses many offences (doctrine, other designations, related cases);
    the ones a defendant answers for are stated in the caption and opening (the
    Information), in the dispositive part, or in a sentence that names the defendant
    """
    d_start, d_end = ctx.dispositive
    text = ctx.text
    for ev in charge.evidence:
        if ev.start < HEAD_CHARS or d_start <= ev.start < d_end:
            return True
        s, e = _sentence_bounds(text, ev.start, ev.end)
        sentence = text[s:e]
        if charge.defendant in _named_in(sentence, keys):
            return True
    return False


def _negated(ctx: Context, charge: Charge) -> bool:
    """Every mention is the offence after "instead of" / "rather than" (not charged)."""
    text = ctx.text
    number = re.findall(r"\d+", charge.statute or "")
    for ev in charge.evidence:
        at = ev.start
        if number:
            found = text.find(number[0], ev.start, ev.end)
            at = found if found >= 0 else ev.start
        if not _NEGATED.search(text[max(0, at - 60) : at]):
            return False
    return True


def _act(statute: str | None) -> str:
    m = _ACT.match((statute or "").strip())
    return re.sub(r"\W", "", m.group(0).lower()) if m else ""


def _subsumed(charge: Charge, kept: list[Charge]) -> bool:
    """An ``other`` mention that restates a categorised charge of the same defendant."""
    cats = {c.category for c in kept}
    spans = {(e.start, e.end) for c in kept for e in c.evidence}
    words = charge.label
    if not any((e.start, e.end) in spans for e in charge.evidence):
        # the same words as a listed separate offence ("ss.409, 420, 468 PPC read with
        # s.5(2) PCA") are an enumeration of offences, not a restatement
        words += " " + " ".join(ev.text for ev in charge.evidence)
    if any(_KIND_RES[c].search(words) for c in cats if c in _KIND_RES):
        return True
    if charge.statute and not _SECTION.search(charge.statute):
        # a bare Act ("violations of the NIRC") beside a sectioned charge under that Act
        act = _act(charge.statute)
        return bool(act) and any(_act(c.statute) == act for c in kept)
    return False


def _prune(ctx: Context, grouped: _Grouped, keys: list[list[str]]) -> _Grouped:
    """Drop offences that are not this defendant's charges (see each rule's comment)."""
    admin = ctx.info.proceeding == "administrative"
    by_def: dict[int, list[Charge]] = {}
    for c in grouped.values():
        by_def.setdefault(c.defendant, []).append(c)
    out: _Grouped = {}
    for key, c in grouped.items():
        mine = by_def[c.defendant]
        if _negated(ctx, c) or (c.statute and _CIVIL_CODE.search(c.statute)):
            continue
        if c.category == Category.OTHER:
            specific = [x for x in mine if x.category != Category.OTHER]
            if specific and (_subsumed(c, specific) or not _corroborated(ctx, c, keys)):
                continue
            corrupt = any(x.category == Category.CORRUPTION for x in mine)
            if admin and corrupt and _ADMIN_OFFENCE.search(c.label):
                continue
        out[key] = c
    return out


def _share_joint_charges(ctx: Context, grouped: _Grouped) -> None:
    """A defendant no offence was tied to faces the co-accused's charges.

    A person is an accused in the judgment because charged; when the text never names
    them next to an offence, the joint Information (or joint complaint) is the charge.
    """
    charged = {k[0] for k in grouped}
    if not charged:
        return
    joint = {(k[1], k[2]): c for k, c in grouped.items()}
    for d in range(len(ctx.defendants)):
        if d in charged:
            continue
        for (cat, sub), c in joint.items():
            grouped[(d, cat, sub)] = replace(c, defendant=d)


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


_ACT_NUMBER = re.compile(r"\d{3,5}")


def _finding_for_charge(ctx: Context, charge: Charge) -> Finding | None:
    """The standing finding that names this very offence, when the final part decides the
    defendant's counts differently ("ACQUITTED of ... R.A. No. 9208 ...; the conviction
    ... for Illegal Recruitment ... is AFFIRMED"): the offence is named by its Act's number
    or by the words of its kind."""
    own = [f for f in ctx.findings if f.standing and f.defendant == charge.defendant]
    if len({f.outcome for f in own}) < 2:
        return None
    numbers = set(_ACT_NUMBER.findall(charge.statute or ""))
    kind = _KIND_RES.get(charge.category)
    hits = []
    for f in own:
        sentence = ctx.text[f.start : f.end]
        if numbers & set(_ACT_NUMBER.findall(sentence)) or (kind and kind.search(sentence)):
            hits.append(f)
    return hits[0] if len({f.outcome for f in hits}) == 1 else None


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
