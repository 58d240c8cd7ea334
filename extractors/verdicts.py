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

from caselaw.extractors._base import Context, Finding, Step, load_data, register_group
from caselaw.extractors.names import fold, key_tokens
from caselaw.models import CourtLevel, Outcome

NAME = "verdicts"
VERSION = "1.0.0"

_DATA = load_data("verdicts.yaml")
_CUES = [(label, re.compile(rx, re.I)) for label, rx in _DATA["outcome_cues"]]
_PRETRIAL = re.compile(_DATA["pretrial_cues"], re.I)
_CONVICTION = re.compile(_DATA["conviction_cues"], re.I)
_LOWER = {k: re.compile(v) for k, v in _DATA["lower_courts"].items()}
_SENTENCE = re.compile(
    r"(?<=[.;:])(?<![\s(][A-Z]\.)(?<!No\.)(?<!Nos\.)(?<!Jr\.)(?<!Sec\.)(?<!Art\.)(?<!vs\.)"
    r"(?<!\bP\.)(?<!\bS\.)\s+(?=[A-Z0-9(\"“])|\n\s*\n|\n(?=\s*\(?\d+[.)])"
)
_OPENER = re.compile(
    r"(?:^|\n)[ \t\"'\[(0-9.]*(?:WHEREFORE|ACCORDINGLY|IN VIEW WHEREOF|FOR THESE REASONS"
    r"|PREMISES CONSIDERED|IN VIEW OF (?:ALL )?THE FOREGOING)\b"
)
_GENERIC_PARTY = re.compile(
    r"\b(?:accused|appellants?|petitioners?|respondents?|applicants?|the convict)\b", re.I
)
for _name, _words in _DATA["keyword_groups"].items():
    register_group(_name, _words)


def classify(sentence: str) -> str | None:
    """The first outcome cue a sentence fires (a label of ``outcome_cues``), or None."""
    for label, rx in _CUES:
        if rx.search(sentence):
            return label
    return None


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _SENTENCE.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def _named(sentence: str, keys: list[list[str]]) -> list[int]:
    words = set(re.findall(r"[a-z]+", fold_words(sentence)))
    hit = []
    for i, toks in enumerate(keys):
        if toks and toks[-1] in words and (len(toks) == 1 or len(toks[-1]) > 3 or toks[0] in words):
            hit.append(i)
    return hit


def fold_words(s: str) -> str:
    return " ".join(fold(w) for w in s.split())


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
    if _LOWER["appellate"].search(text):
        return CourtLevel.APPELLATE.value
    if _LOWER["trial"].search(text):
        return CourtLevel.TRIAL.value
    return CourtLevel.OTHER.value


def run(ctx: Context, step: Step) -> None:
    text = ctx.text
    d_start, d_end = ctx.dispositive
    keys = [key_tokens(d.name) for d in ctx.defendants]
    before = text[:d_start]
    convicted_below = bool(_CONVICTION.search(before))
    intro = text[: min(len(text), 6000)]
    pretrial = bool(_PRETRIAL.search(intro)) and not re.search(
        r"appeal(?:ing|ed|s)? (?:from|against) (?:the|his|her|their) conviction", intro, re.I
    )
    level = ctx.judgment.court_level or ctx.info.court_level
    findings: list[Finding] = []
    # earlier dispositive parts restated in the text (not standing)
    for m in _OPENER.finditer(text, 0, d_start):
        p_end = text.find("SO ORDERED", m.end())
        p_end = d_start if p_end < 0 or p_end > d_start else p_end
        below = _level_below(text[max(0, m.start() - 400) : m.start()])
        for s, e in _sentences(text, m.start(), min(p_end + 1, m.start() + 3000)):
            label = classify(text[s:e])
            if label is None:
                continue
            outcome = _resolve(label, True, False)
            for i in _named(text[s:e], keys):
                findings.append(Finding(i, outcome, False, below, s, e))
    # the final dispositive part
    for s, e in _sentences(text, d_start, d_end):
        sentence = text[s:e]
        label = classify(sentence)
        if label is None:
            continue
        outcome = _resolve(label, convicted_below, pretrial)
        named = _named(sentence, keys)
        lvl = level.value if level else None
        if named:
            findings.extend(Finding(i, outcome, True, lvl, s, e) for i in named)
        elif _GENERIC_PARTY.search(sentence) or label in {"affirmed", "reversed", "dismissed"}:
            findings.append(Finding(None, outcome, True, lvl, s, e))
    ctx.findings = findings


def standing_outcome(ctx: Context, defendant: int) -> tuple[str, Finding | None]:
    """The outcome this judgment leaves standing for one defendant, with its finding."""
    own = [f for f in ctx.findings if f.standing and f.defendant == defendant]
    if own:
        return _pick(own)
    general = [f for f in ctx.findings if f.standing and f.defendant is None]
    below = [f for f in ctx.findings if not f.standing and f.defendant == defendant]
    named_in_final = {f.defendant for f in ctx.findings if f.standing and f.defendant is not None}
    if below and below[-1].outcome == Outcome.ACQUITTED.value:
        # an acquittal below stands unless the final part names the defendant
        return below[-1].outcome, below[-1]
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
