"""Verdicts: which outcome the judgment leaves standing for each defendant.

The final dispositive part (fallo, ``WHEREFORE``, ``ACCORDINGLY``, ``For these
reasons``, ``In view of above``) weighs most: its sentences are classified with the
vocabulary of ``data/verdicts.yaml`` and attached to the defendants they name (or to
all defendants when they name none: "the appeal is DISMISSED").  An affirmance or a
dismissed appeal keeps a conviction from below (``convicted``); in a pre-trial matter
(bail, quashing, transfer) it leaves the case pending (``other``).  Earlier dispositive
parts the judgment quotes (RTC, CA, Sandiganbayan) are kept as non-standing findings
with the court level that produced them, and give the standing outcome of co-accused
the final part does not mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from caselaw.extractors._base import (
    Context,
    Finding,
    Step,
    line_openers,
    load_data,
)
from caselaw.extractors.bail_cancelled import bail_cancelled_at
from caselaw.extractors.leave_refused import leave_label, refuses_leave
from caselaw.extractors.names import name_keys
from caselaw.extractors.numbered_accused import numbered_in
from caselaw.extractors.opening_order import opening_order
from caselaw.extractors.partial_acquittal import affirms_the_rest
from caselaw.extractors.retrial_order import pending_if_retried
from caselaw.extractors.review_of_conviction import reviews_conviction
from caselaw.extractors.verdict_admin import liable_below, reinstated_label
from caselaw.extractors.verdict_cases import case_acquittals
from caselaw.extractors.verdict_counts import count_findings, narrated_count_acquittals
from caselaw.extractors.verdict_cues import (
    classify,
    cue_sentences,
    named_in,
    names_lower_court,
)
from caselaw.extractors.verdict_demurrer import demurrer_granted_below
from caselaw.extractors.verdict_narrated import narrated_acquittals, substituted_verdicts
from caselaw.extractors.verdict_reference import order_to_come
from caselaw.extractors.verdict_untouched import untouched_verdicts
from caselaw.models import CourtLevel, Outcome

NAME = "verdicts"
VERSION = "1.25.0"

_DATA = load_data("verdicts.yaml")
_PRETRIAL = re.compile(_DATA["pretrial_cues"], re.I)
_CONVICTION = re.compile(_DATA["conviction_cues"], re.I)
_OPENER = re.compile(
    r"(?:^|\n)[ \t\"'\[(0-9.]*(?:WHEREFORE|ACCORDINGLY|IN VIEW WHEREOF|FOR THESE REASONS"
    r"|PREMISES CONSIDERED|IN VIEW OF (?:ALL )?THE FOREGOING)\b"
)
_GENERIC_PARTY = re.compile(
    r"\b(?:accused|appellants?|petitioners?|respondents?|applicants?|the convict)\b", re.I
)
# "We allow her appeal and we quash her conviction", "The conviction and sentence are set
# aside": the court quashes the conviction itself (Criminal Appeal Act 1968 s.2(2)), as
# "the conviction ... is affirmed" upholds it
_QUASHES_CONVICTION = re.compile(
    r"\b(?:quash(?:es|ed|ing)?|set(?:s|ting)?\s+aside)\b[^.;]{0,80}\bconvictions?\b"
    r"|\bconvictions?\b[^.;]{0,80}\b(?:is|are|be|been)\s+(?:(?:hereby|accordingly|therefore|thus)\s+)?"
    r"(?:quashed|set\s+aside)\b",
    re.I,
)


# "X is ACQUITTED of qualified trafficking. She is found GUILTY of ...", "... His conviction
# for Malversation is AFFIRMED": a sentence whose subject is a personal pronoun (or its
# possessive) or the bare party word decides for those the decision right before it named
# (a singular subject for one of them only)
_CARRIED_SUBJECT = re.compile(
    r"\s*(?:[(\[]?\w{1,3}[.)\]]\s+)?(?:(?:however|further|moreover|furthermore|but|and)"
    r",?\s+)?(?:(?P<one>he|she|his|her|(?:the\s+|said\s+)?accused(?:-appellant)?"
    r"|(?:the\s+|said\s+)?appellant)|(?:they|their|(?:the\s+|said\s+)?(?:accused-)?appellants))"
    r"\b(?![- ]?appellants?\b)",
    re.I,
)


_AFFIRMED_GUILT = re.compile(
    r"\b(?:found|finding|declaring)\b[^;]{0,160}?(?<!\bnot\s)\bguilty\b|\bconvicting\b"
    # "The conviction of accused-appellant X for qualified trafficking ... is AFFIRMED": the
    # sentence's subject is the conviction itself
    r"|^\W*(?:the|his|her|their)\s+convictions?\b",
    re.I,
)


_INTRO = 6000
_DECIDES_GUILT = re.compile(r"\bconvict|\bacquit|guilty", re.I)
# A bail matter (and no quashing in it): granting the petition releases the accused pending
# trial and decides no charge, unlike a granted quashing petition (the FIR is quashed)
_BAIL_MATTER = re.compile(r"\bbail\b|pre-arrest|post-arrest", re.I)
_QUASH_MATTER = re.compile(r"quash|cancellation of (?:the )?FIR", re.I)
_CONTRAST_CO_ACCUSED = re.compile(
    r"\b(?:whereas|while|but|however)\b[^.;]{0,40}\bco-?\s?accused\b(?=[^.;]{0,160}\bacquitted\b)",
    re.I,
)
_CONVICTION_APPEAL = re.compile(
    r"appeal(?:ing|ed|s)? (?:from|against) (?:the|his|her|their) conviction", re.I
)
# "... against the order dated 12.02.2024 passed by the learned Special Judge, whereby the
# application under section 265-K Cr.P.C. was accepted and they were acquitted": a short
# order's final part restates the acquittal it is seized of (Pakistani revisions and
# appeals against acquittal); it is the order below, and this court's own order then
# decides: dismissing the challenge leaves the acquittal standing, setting it aside (or
# remanding) leaves the case pending
# (a dot inside a date, "No.2" or after a capital, "Cr.P.C.", ends no clause)
_IN_CLAUSE = r"(?:[^.;]|\.(?=\S)|(?<=[A-Z])\.)"
_RESTATED_ACQUITTAL = re.compile(
    rf"\b(?:order|judgment)\b{_IN_CLAUSE}{{0,160}}?\b(?:dated|passed)\b{_IN_CLAUSE}{{0,160}}?"
    rf"\bwhereby\b{_IN_CLAUSE}{{0,300}}?\bacquitt(?:ed|al)\b",
    re.I,
)


def _near_hit(
    ctx: Context,
    group: str,
    pattern: re.Pattern[str],
    skip: Callable[[str, int], bool] | None = None,
) -> bool:
    """``pattern`` matches around a keyword of ``group`` in the judgment's first part (the
    keywords ``skip(text, start)`` rejects not read)."""
    text = ctx.text
    for ks, ke in ctx.keyword_spans(group):
        if ks >= _INTRO:
            return False
        if skip is not None and skip(text, ks):
            continue
        if pattern.search(text, max(0, ks - 15), min(len(text), ke + 40, _INTRO)):
            return True
    return False


def _sentence_appeal(ctx: Context, before: int) -> bool:
    """The appeal is about the sentence only: the first part says so ("appeals against
    sentence", "the sentence ... was manifestly excessive") and nothing before the final
    part contests the conviction ("against conviction and sentence")."""
    hits = ctx.keyword_spans("verdicts.sentence_appeal")
    if not hits or hits[0][0] >= _INTRO:
        return False
    if _near_hit(ctx, "verdicts.conviction_appeal", _CONVICTION_APPEAL):
        return False
    contest = ctx.keyword_spans("verdicts.conviction_contest")
    return not contest or contest[0][0] >= before


def _convicted_below(ctx: Context, before: int) -> bool:
    """A conviction cue anywhere before the final dispositive part."""
    text = ctx.text
    for s, e in ctx.keyword_spans("verdicts.conviction"):
        if s >= before:
            return False
        # (60 before: "found" may stand several name words before "guilty")
        # ("convicted", "conviction", "sentenced" match where they stand: an anchored try
        # there first spares the search of the whole window)
        stop = min(before, e + 20)
        if _CONVICTION.match(text, s, stop) or _CONVICTION.search(text, max(0, s - 60), stop):
            return True
    return False


def _resolve(label: str, convicted_below: bool, pretrial: bool) -> str:
    if label in {"acquitted", "convicted", "dismissed", "other"}:
        return label
    if label == "affirmed":
        if pretrial or not convicted_below:
            return Outcome.OTHER.value
        return Outcome.CONVICTED.value
    if pretrial:
        return Outcome.DISMISSED.value
    # reversed / granted: a conviction set aside is an acquittal; a granted pre-trial
    # petition (quashing) is a dismissal
    if pretrial and not convicted_below:
        return Outcome.DISMISSED.value
    return Outcome.ACQUITTED.value if convicted_below else Outcome.OTHER.value


def _level_below(text: str) -> str:
    if names_lower_court("appellate", text):
        return CourtLevel.APPELLATE.value
    if names_lower_court("trial", text):
        return CourtLevel.TRIAL.value
    return CourtLevel.OTHER.value


def _pretrial(ctx: Context) -> tuple[bool, bool]:
    """Is this a pre-trial matter (bail, quashing) rather than an appeal from a conviction,
    and is it a bail matter (whose granted petition decides no charge)?"""
    pretrial = (
        _near_hit(ctx, "verdicts.pretrial", _PRETRIAL, bail_cancelled_at)  # (not a bond cancelled)
        and not _near_hit(ctx, "verdicts.conviction_appeal", _CONVICTION_APPEAL)
        and not reviews_conviction(ctx.text)  # "Petition for Review ... convicting ..."
    )
    bail = (
        pretrial
        and _near_hit(ctx, "verdicts.pretrial", _BAIL_MATTER)
        and not _near_hit(ctx, "verdicts.pretrial", _QUASH_MATTER)
    )
    return pretrial, bail


def _restated_parts(ctx: Context, keys: list[list[str]], d_start: int) -> list[Finding]:
    """Findings of earlier dispositive parts the text restates (not standing)."""
    text = ctx.text
    findings: list[Finding] = []
    for m in line_openers(ctx, _OPENER, 0, d_start):
        p_end = text.find("SO ORDERED", m.end(), min(d_start, m.start() + 3000))
        p_end = d_start if p_end < 0 else p_end
        below: str | None = None  # the court that decided it, read once it is needed
        for s, e in cue_sentences(ctx, m.start(), min(p_end + 1, m.start() + 3000)):
            named = named_in(text[s:e], keys)
            label = classify(text[s:e]) if named else None  # (it decides for those named)
            if label is None:
                continue
            outcome = _resolve(label, True, False)
            if below is None:
                below = _level_below(text[max(0, m.start() - 400) : m.start()])
            for i in named:
                findings.append(Finding(i, outcome, False, below, s, e))
    return findings


def run(ctx: Context, step: Step) -> None:
    d_start, _ = ctx.dispositive
    keys = [name_keys(ctx, d.name) for d in ctx.defendants]
    # (a disciplining body's finding of liability stands to the appeal as a conviction)
    convicted_below = _convicted_below(ctx, d_start) or liable_below(ctx, d_start)
    level = ctx.judgment.court_level or ctx.info.court_level
    lvl = level.value if level else None
    findings = _restated_parts(ctx, keys, d_start)
    findings.extend(narrated_acquittals(ctx, d_start, keys))
    findings.extend(case_acquittals(ctx, findings))  # (one case number's acquittal below)
    findings.extend(untouched_verdicts(ctx))  # (pleas, acquittals nobody appeals)
    findings.extend(substituted_verdicts(ctx, keys, lvl))
    findings.extend(count_findings(ctx, convicted_below, lvl))
    # (after the final part's own count decisions, which come first for a count)
    findings.extend(narrated_count_acquittals(ctx, d_start))
    # the private complainant's certiorari against a court's dismissal (parties.
    # _private_accused): its dismissal, restated, stands when the petition is dismissed
    dismissed_below = bool(ctx.cache.get("parties.private_accused")) and any(
        f.outcome == Outcome.DISMISSED.value and not f.standing for f in findings
    )
    findings.extend(_final_part(ctx, keys, convicted_below, dismissed_below, lvl))
    if not any(f.standing for f in findings):
        findings.extend(order_to_come(ctx, lvl))  # (a referred question answered)
    if not any(f.standing for f in findings):  # "I allowed the appeal and enhanced ..."
        findings.extend(opening_order(ctx, convicted_below, lvl))
    ctx.findings = findings


def _final_part(
    ctx: Context,
    keys: list[list[str]],
    convicted_below: bool,
    dismissed_below: bool,
    lvl: str | None,
) -> list[Finding]:
    """The findings of the final dispositive part, sentence by sentence."""
    text = ctx.text
    d_start, d_end = ctx.dispositive
    pretrial, bail = _pretrial(ctx)
    out: list[Finding] = []
    last_named: list[int] = []  # named by the decision that ends at last_end
    last_end = -1
    sentence_appeal: bool | None = None  # read at the first reversal
    # the final part restates the acquittal it is seized of (or a demurrer granted below)
    acquittal_below = demurrer_granted_below(ctx, d_start)
    for s, e in cue_sentences(ctx, d_start, d_end):
        sentence = text[s:e]
        label = leave_label(sentence, classify(sentence))  # leave to appeal refused: other
        if label is None:
            continue
        # (a case number's dots may cut the reinstating clause off its sentence)
        label = reinstated_label(text[s : min(d_end, e + 200)], label, convicted_below)
        if label == "acquitted" and _RESTATED_ACQUITTAL.search(sentence):
            acquittal_below = True
            continue
        if label == "reversed" and not _DECIDES_GUILT.search(sentence):
            # "I allowed the appeal" in an appeal against sentence varies the sentence
            if sentence_appeal is None:
                sentence_appeal = _sentence_appeal(ctx, d_start)
            if sentence_appeal:
                label = "affirmed"
        # "The Decision ... finding accused-appellant X guilty of ... is AFFIRMED": the
        # affirmed decision is a conviction, whatever the text before says
        guilt = convicted_below or (label == "affirmed" and bool(_AFFIRMED_GUILT.search(sentence)))
        # (a granted bail petition releases the accused pending trial: no verdict)
        bail_granted = bail and label == "reversed"
        outcome = Outcome.OTHER.value if bail_granted else _resolve(label, guilt, pretrial)
        outcome = pending_if_retried(outcome, label, sentence, ctx)  # quashed for a fresh trial
        carry = last_named if last_named and not text[last_end:s].strip() else []
        named = _named(ctx, sentence, keys, label, carry)
        last_named, last_end = named, e
        if acquittal_below and label in {"affirmed", "reversed"}:
            outcome = (Outcome.ACQUITTED if label == "affirmed" else Outcome.OTHER).value
        elif label == "affirmed" and dismissed_below:
            outcome = Outcome.DISMISSED.value
        out.extend(_decided(sentence, s, e, label, outcome, named, len(keys), acquittal_below, lvl))
    return out


def _named(
    ctx: Context, sentence: str, keys: list[list[str]], label: str, carry: list[int]
) -> list[int]:
    """The defendants a final-part sentence decides for by name (or caption number), else
    those the decision right before it named when its subject is a pronoun (``carry``)."""
    # ("Accused 1 is found guilty": the caption's number stands for the name)
    named = named_in(sentence, keys) or numbered_in(ctx, sentence)
    if label == "acquitted" and named:
        # "he was convicted ..., whereas his co-accused X was acquitted": the acquittal
        # is the co-accused's, named after the contrast
        co = _CONTRAST_CO_ACCUSED.search(sentence)
        if co is not None:
            named = named_in(sentence[co.start() :], keys)
    if not named and carry:
        carried = _CARRIED_SUBJECT.match(sentence)
        if carried and (len(carry) == 1 or not carried.group("one")):
            named = carry
    return named


def _decided(
    sentence: str,
    s: int,
    e: int,
    label: str,
    outcome: str,
    named: list[int],
    n_defendants: int,
    acquittal_below: bool,
    lvl: str | None,
) -> list[Finding]:
    """The findings one classified final-part sentence gives: for those it names, for every
    defendant, or none (an unnamed sentence that decides nothing of this appeal)."""
    some = _SOME_COUNTS_OF.search(sentence) if label == "acquitted" else None
    if named and some:
        # "X is ACQUITTED of one count of estafa filed by Y ... the Decision is AFFIRMED":
        # the acquittal decides some counts of the offence it names, nothing else
        hint = some.group("offence").lower() + SOME_COUNTS
        return [Finding(i, outcome, True, lvl, s, e, hint) for i in named]
    if named and label == "acquitted" and affirms_the_rest(sentence):
        # "AFFIRMED with MODIFICATION in that X is ACQUITTED of the charge of ...": convicted
        # on the rest (charge_verdicts gives each outcome its charges)
        convicted = Outcome.CONVICTED.value
        return [Finding(i, o, True, lvl, s, e) for o in (outcome, convicted) for i in named]
    if named:
        return [Finding(i, outcome, True, lvl, s, e) for i in named]
    if label == "other" and _SETS_ASIDE_AND_REMITS.search(sentence):
        # "I set aside the judgment of the Court of Appeal and direct the Court of Appeal
        # to hear the main appeal": the court's own remand decides for every defendant,
        # over the acquittal that judgment below had given
        return [Finding(i, outcome, True, lvl, s, e) for i in range(n_defendants)]
    # an unnamed sentence decides for every defendant when it names a party generically
    # or decides the appeal or conviction itself ("the conviction ... are affirmed")
    # ("we quash her conviction": the court's own order, whoever "her" is)
    if (
        _GENERIC_PARTY.search(sentence)
        or label in {"affirmed", "reversed", "dismissed", "convicted"}
        or (acquittal_below and label == "other")  # "the case is remanded"
        or (label == "other" and refuses_leave(sentence))  # "I refuse to grant leave"
        or (label == "acquitted" and _QUASHES_CONVICTION.search(sentence))
    ):
        return [Finding(None, outcome, True, lvl, s, e)]
    return []


# (or declares the judgment void "for lack of jurisdiction": the charge may be filed before
# the proper court, for every defendant of that judgment)
_SETS_ASIDE_AND_REMITS = re.compile(
    r"\bset(?:ting)?\s+aside\b[^;]{0,160}?\bdirect"
    r"|\bfor\s+(?:the\s+)?(?:lack|want|absence)\s+of\s+jurisdiction\b",
    re.I,
)
_SOME_COUNTS_OF = re.compile(
    r"\bacquitted\s+of\s+(?:one|two|three|four|five|\d{1,2})\s+counts?\s+of\s+"
    r"(?P<offence>[a-z][a-z\- ]{2,40}?)(?=\s+(?:filed|committed|against|in|under|by)\b|[.,;:(]|$)",
    re.I,
)
SOME_COUNTS = " (some counts)"  # ends the category_hint of a partial acquittal


def standing_outcome(ctx: Context, defendant: int) -> tuple[str, Finding | None]:
    """The outcome this judgment leaves standing for one defendant, with its finding."""
    # a finding about one named offence or some counts decides only those charges
    findings = [f for f in ctx.findings if not f.offence_specific]
    own = [f for f in findings if f.standing and f.defendant == defendant]
    if own:
        return _pick(own)
    general = [f for f in findings if f.standing and f.defendant is None]
    below = [f for f in findings if not f.standing and f.defendant == defendant]
    named_in_final = {f.defendant for f in findings if f.standing and f.defendant is not None}
    if below and below[-1].outcome == Outcome.ACQUITTED.value:
        # an acquittal below stands unless the final part names the defendant
        return below[-1].outcome, below[-1]
    if general and defendant in ctx.cache.get("parties.captioned", ()):
        # the appellants or petitioners the caption names brought the appeal that an unnamed
        # final sentence decides ("the petition is GRANTED ... REVERSED"), even when the
        # final part names others too
        return _pick(general)
    if below and (named_in_final or not general):
        # a co-accused the final part does not mention keeps the last outcome below
        return below[-1].outcome, below[-1]
    if general:
        return _pick(general)
    return Outcome.UNKNOWN.value, None


def _pick(findings: list[Finding]) -> tuple[str, Finding]:
    order = [Outcome.ACQUITTED, Outcome.CONVICTED, Outcome.DISMISSED, Outcome.OTHER]
    for outcome in order:
        for f in findings:
            if f.outcome == outcome.value:
                return f.outcome, f
    return findings[0].outcome, findings[0]


EXTRACTOR = Step(NAME, VERSION, requires=("defendants", "info"), assigns=("findings",), fn=run)
