"""Counts a court below acquitted on, as the judgment narrates them.

"The learned trial judge convicted the appellant on counts 2 and 4.  He was acquitted on
counts 1 and 3": the appeal is against the convictions only, so whatever the final part
decides ("we dismiss the appeal and affirm the conviction"), the acquittals on counts 1
and 3 stand (the prosecution did not appeal them; this judgment does not touch them).
Each narrated acquittal becomes a standing finding for its counts
(:attr:`~caselaw.extractors._base.Finding.counts`), so the charges of those counts keep
``acquitted`` while the others take the final part's outcome.  The convicted counts need
no finding: they follow the final part (affirmed, or reversed and acquitted).

Only plain statements of fact count: a modal or negated acquittal ("should have been
acquitted on count 1", "was not acquitted") is argument, not a verdict.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context, Finding, compile_lower, sentence_around
from caselaw.extractors._lower import lowers_as_re
from caselaw.extractors.name_match import same_tokens
from caselaw.extractors.names import key_tokens
from caselaw.extractors.sentence_terms import finditer_at
from caselaw.extractors.verdict_cues import sentence_of
from caselaw.models import CourtLevel, Outcome

_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
]
_COUNT_NO = r"(?:\d{1,3}|[IVX]{1,6}\b|one|two|three|four|five|six|seven|eight|nine|ten)"
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
)
# "AFFIRMED as to Count Three and VACATED as to Counts One and Two", "we vacate the
# convictions on Counts One and Two", "I set aside the conviction and the sentence of the
# appellant on the third and the fourth counts": an appeal court that decides the counts of
# one indictment differently names each decision's counts right after its verb.
_COUNT_DECISION = re.compile(
    r"\b(?P<verb>affirm\w*|vacat\w*|revers\w*|set(?:ting)?\s+aside|quash\w*)"
    r"(?:\s+(?:the\s+)?(?:judgments?\s+of\s+)?convictions?"
    r"(?:\s+and\s+(?:the\s+)?sentences?)?"
    r"(?:\s+(?:of|against)\s+(?:the\s+)?(?:accused[- ])?(?:appellants?|accused|him|her|them))?)?"
    r"\s+(?:as\s+to|on|under|for|in\s+respect\s+of)\s+"
    rf"(?:counts?\s+(?P<n>{_COUNT_NO}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:counts?\s+)?{_COUNT_NO})*)"
    rf"|(?:the\s+)?(?P<o>{_ORDINAL}(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?{_ORDINAL})*)\s+counts?\b)",
    re.I,
)
_RETRIAL = re.compile(r"\bremand|\bremit|new\s+trial|re-?trial", re.I)
_COUNT_DECISION_LOW = compile_lower(_COUNT_DECISION.pattern)
_DECISION_STARTS = ("affirm", "vacat", "revers", "set", "quash")  # its verbs' first letters
_RETRIAL_LOW = compile_lower(_RETRIAL.pattern)


def count_key(count: str) -> str:
    """A count's number as digits: "Count Three", "count 3", "III", "3rd", "third" -> "3"."""
    word = count.split()[-1].lower() if count.split() else ""
    if word in _NUMBER_WORDS:
        return str(_NUMBER_WORDS.index(word) + 1)
    if word in _ORDINAL_WORDS:
        return str(_ORDINAL_WORDS.index(word) + 1)
    if word[:1].isdigit():
        return re.sub(r"\D", "", word)
    roman = {"i": 1, "v": 5, "x": 10}
    if word and all(ch in roman for ch in word):
        vals = [roman[ch] for ch in word]
        return str(
            sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))
        )
    return word


def count_findings(ctx: Context, convicted_below: bool, level: str | None) -> list[Finding]:
    """Outcomes the final dispositive part gives some counts only.  An affirmed count keeps
    its conviction; a vacated or reversed one is for a new trial ("other", SCHEMA.md) when
    the part remands, else an acquittal."""
    text = ctx.text
    d_start, d_end = ctx.dispositive
    low = ctx.lowered  # the text lower-cased once for every step, read faster
    if low is not None:
        if low.find("count", d_start, d_end) < 0:
            return []  # every count decision names its counts (the common case)
        part, retrial_rx = low, _RETRIAL_LOW
        decisions = finditer_at(_COUNT_DECISION_LOW, low, d_start, d_end, _DECISION_STARTS)
    else:
        part = text[d_start:d_end]
        if lowers_as_re(part) and "count" not in part.lower():
            return []
        part, retrial_rx = text, _RETRIAL
        decisions = _COUNT_DECISION.finditer(text, d_start, d_end)
    retrial: bool | None = None  # looked for at the first decision that needs it
    out: list[Finding] = []
    for m in decisions:
        if m.group("n"):
            numbers = re.findall(_COUNT_NO, m.group("n"), re.I)
        else:
            numbers = re.findall(_ORDINAL, m.group("o"), re.I)
        counts = tuple(count_key(n) for n in numbers)
        if m.group("verb").lower().startswith("affirm"):
            outcome = Outcome.CONVICTED.value if convicted_below else Outcome.OTHER.value
        else:
            if retrial is None:
                retrial = retrial_rx.search(part, d_start, d_end) is not None
            outcome = Outcome.OTHER.value if retrial else Outcome.ACQUITTED.value
        s, e = sentence_around(text, m.start(), m.end(), ".;")
        out.append(Finding(None, outcome, True, level, max(s, d_start), e, counts=counts))
    return out


_NO = r"(?:\d{1,3}|[IVX]{1,6}\b|one|two|three|four|five|six|seven|eight|nine|ten)"
_NOS = rf"{_NO}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:counts?\s+(?:nos?\.\s*)?)?{_NO})*"
_ORD = r"\d{1,3}(?:st|nd|rd|th)"
# "acquitted on counts 1 and 3", "acquitted the appellant of counts 1 and 3", "acquitted
# him from the 1st and 3rd counts"
_ACQUITTED_ON = re.compile(
    r"acquitt(?:ed|ing)\s+(?:(?:the\s+)?(?:accused(?:-appellants?)?|appellants?|respondents?)"
    r"\s+|him\s+|her\s+|them\s+)?(?:on|of|from|in\s+respect\s+of|under|for)\s+(?:the\s+)?"
    rf"(?:counts?\s+(?:nos?\.\s*)?(?P<n>{_NOS})|(?P<o>{_ORD}(?:(?:\s*,\s*|\s+and\s+){_ORD})*)\s+counts?)",
    re.I,
)
_ARGUED = re.compile(
    r"\b(?:not|never|should|would|could|ought|must|may|might|cannot|to\s+be|seeks?|sought"
    r"|prays?|prayed|urges?|urged|argues?|argued|contends?|contended)\b",
    re.I,
)
_NUMBER = re.compile(
    r"\b(?:\d{1,3}(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,6})\b",
    re.I,
)


def narrated_count_acquittals(ctx: Context, before: int) -> list[Finding]:
    """Standing findings for the counts a court below acquitted on (text before ``before``,
    the final dispositive part).  With one defendant the finding is his; with several, it
    is the appellant's when the caption labels exactly one of them the appellant and the
    narration speaks of "the appellant" (or "he"/"she" after him): counts are numbered over
    the whole indictment, and a co-accused charged on the same count (a joint count) may
    not have been acquitted of it."""
    who: int | None = None
    if len(ctx.defendants) != 1:
        who = _sole_appellant(ctx)
        if who is None:
            return []
    text = ctx.text
    out: list[Finding] = []
    for ks, _ke in ctx.keyword_spans("verdicts.acquitted"):
        if ks >= before:
            break
        m = _ACQUITTED_ON.match(text, ks, min(before, ks + 160))
        if m is None:
            continue
        s, e = sentence_of(text, ks, max(0, ks - 2000), min(len(text), m.end() + 2000))
        if _ARGUED.search(text, max(s, ks - 60), ks):
            continue
        if who is not None and not _APPELLANT.search(text, max(0, s - 200), ks):
            continue  # not said of the appellant: it may be a co-accused's acquittal
        numbers = m.group("n") or m.group("o")
        counts = tuple(count_key(n) for n in _NUMBER.findall(numbers))
        level = CourtLevel.TRIAL.value
        out.append(Finding(who, Outcome.ACQUITTED.value, True, level, s, e, counts=counts))
    return out


_APPELLANT = re.compile(r"\b(?:the\s+)?(?:accused[- ])?appellant\b", re.I)


def _sole_appellant(ctx: Context) -> int | None:
    """The one defendant the caption labels appellant (or petitioner), else None."""
    party = [key_tokens(n) for n in ctx.cache.get("parties.accused_party", ())]
    if not party:
        return None
    hits = [
        d.index for d in ctx.defendants if any(same_tokens(key_tokens(d.name), p) for p in party)
    ]
    return hits[0] if len(hits) == 1 else None
