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

from caselaw.extractors._base import Context, Finding
from caselaw.extractors.verdict_cues import sentence_of
from caselaw.models import CourtLevel, Outcome

_NO = r"(?:\d{1,3}|[IVX]{1,6}\b|one|two|three|four|five|six|seven|eight|nine|ten)"
_NOS = rf"{_NO}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:counts?\s+)?{_NO})*"
_ORD = r"\d{1,3}(?:st|nd|rd|th)"
# "acquitted on counts 1 and 3", "acquitted the appellant of counts 1 and 3", "acquitted
# him from the 1st and 3rd counts"
_ACQUITTED_ON = re.compile(
    r"acquitt(?:ed|ing)\s+(?:(?:the\s+)?(?:accused(?:-appellants?)?|appellants?|respondents?)"
    r"\s+|him\s+|her\s+|them\s+)?(?:on|of|from|in\s+respect\s+of|under|for)\s+(?:the\s+)?"
    rf"(?:counts?\s+(?P<n>{_NOS})|(?P<o>{_ORD}(?:(?:\s*,\s*|\s+and\s+){_ORD})*)\s+counts?)",
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
_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _key(number: str) -> str:
    """A count's number as digits ("3", "Three", "III", "3rd" -> "3")."""
    word = number.lower()
    if word in _WORDS:
        return str(_WORDS.index(word) + 1)
    if word[:1].isdigit():
        return re.sub(r"\D", "", word)
    roman = {"i": 1, "v": 5, "x": 10}
    vals = [roman[ch] for ch in word if ch in roman]
    return str(sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals)))


def narrated_count_acquittals(ctx: Context, before: int) -> list[Finding]:
    """Standing findings for the counts a court below acquitted on (text before ``before``,
    the final dispositive part).  Read only when the judgment has one defendant: counts
    are numbered over the whole indictment, and a co-accused charged on the same count
    (a joint count) may not have been acquitted of it."""
    if len(ctx.defendants) != 1:
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
        numbers = m.group("n") or m.group("o")
        counts = tuple(_key(n) for n in _NUMBER.findall(numbers))
        level = CourtLevel.TRIAL.value
        out.append(Finding(None, Outcome.ACQUITTED.value, True, level, s, e, counts=counts))
    return out
