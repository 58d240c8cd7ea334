"""Verdicts below that the appeal leaves untouched, for co-accused the caption numbers.

* "the 2nd and 4th accused pleaded guilty to the respective charge, whereupon the two
  accused were convicted on their own plea": a conviction on a plea of guilty is not under
  the appellant's appeal, so it stands whatever happens to the appellant (a standing
  finding for those accused, unless they are the appellants);
* "The learned trial judge found the 1st and the 3rd accused not guilty": the trial
  court's acquittal of those accused (a finding below, which stands unless the final part
  names them, :func:`verdicts.standing_outcome`);
* "the Appellant ... is not pursuing the acquittal of the 3rd Respondent", "the finding ...
  with regard to the 3rd Respondent stands unchallenged": an acquittal nobody appeals stays
  an acquittal whatever the court decides on the others (a standing finding).

Read only around the hits of the keyword group ``verdicts.untouched``, in a window of the
text (PDF layouts break such sentences with blank lines: "the 3rd\\n\\nRespondent").
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context, Finding, register_group
from caselaw.extractors.name_match import same_tokens
from caselaw.extractors.names import key_tokens
from caselaw.extractors.verdict_narrated import accused_number
from caselaw.models import CourtLevel, Outcome

_WORDS = ("pleaded guilty", "pled guilty", "not guilty", "unchallenged", "not pursuing")
register_group("verdicts.untouched", _WORDS)

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORD = r"(?:\d{1,2}\s*(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + ")"
# "the 2nd and 4th accused", "the 1st and the 3rd accused", "the 3rd Respondent"
_LIST = (
    rf"\b(?:the\s+)?(?P<list>{_ORD}(?:\s*(?:,|and|&)\s*(?:the\s+)?{_ORD})*)\s+"
    r"(?:accused|respondents?)(?:[- ]+(?:respondents?|appellants?))?"
)
_PLEA = re.compile(
    _LIST + r"\s+(?:(?:had|have|has|also)\s+)?(?:pleaded|pled)\s+['‘\"“]?guilty\b", re.I
)
_NOT_GUILTY = re.compile(r"\bfound\s+" + _LIST + r"\s+not\s+guilty\b", re.I)
_NOT_PURSUED = re.compile(
    r"\bnot\s+pursuing\s+(?:the|his|her|its)\s+(?:appeal\s+against\s+the\s+)?acquittal\s+of\s+"
    + _LIST,
    re.I,
)
_UNCHALLENGED = re.compile(
    r"\b(?:with\s+regard\s+to|in\s+respect\s+of|regarding|as\s+regards)\s+"
    + _LIST
    + r"\s+(?:stands?|remains?|is|was)\s+unchallenged\b",
    re.I,
)
_JUDGE = re.compile(r"\b(?:judge|court|magistrate|tribunal|jury)\b", re.I)
_NUMBER = re.compile(r"\d{1,2}|" + "|".join(_ORDINALS), re.I)


def _numbers(listed: str) -> list[int]:
    out = []
    for m in _NUMBER.finditer(listed):
        w = m.group().lower()
        out.append(int(w) if w.isdigit() else _ORDINALS.index(w) + 1)
    return out


def untouched_verdicts(ctx: Context) -> list[Finding]:
    """Findings for the numbered co-accused whose verdict below this appeal leaves alone
    (each a verdict of the trial court)."""
    level = CourtLevel.TRIAL.value
    hits = ctx.keyword_spans("verdicts.untouched")
    if not hits:
        return []
    text = ctx.text
    out: list[Finding] = []
    appellants = _appellants(ctx)
    for ks, ke in hits:
        lo = max(0, ks - 160)
        word = text[ks:ke].lower()
        if word.endswith("guilty") and not word.startswith("not"):
            for m in _PLEA.finditer(text, lo, ke):
                for i in _defendants(ctx, m.group("list")):
                    if i not in appellants:
                        out.append(_finding(i, Outcome.CONVICTED, True, level, m))
        elif word == "not guilty":
            for m in _NOT_GUILTY.finditer(text, lo, ke):
                if _JUDGE.search(text, max(0, m.start() - 200), m.start()):
                    out.extend(
                        _finding(i, Outcome.ACQUITTED, False, level, m)
                        for i in _defendants(ctx, m.group("list"))
                    )
        else:
            rx, a, b = (
                (_NOT_PURSUED, ks, min(len(text), ke + 200))
                if word == "not pursuing"
                else (_UNCHALLENGED, max(0, ks - 250), ke)
            )
            for m in rx.finditer(text, a, b):
                out.extend(
                    _finding(i, Outcome.ACQUITTED, True, level, m)
                    for i in _defendants(ctx, m.group("list"))
                )
    return out


def _finding(i: int, outcome: Outcome, standing: bool, level: str | None, m: re.Match) -> Finding:
    return Finding(i, outcome.value, standing, level, m.start(), m.end())


def _defendants(ctx: Context, listed: str) -> list[int]:
    found = [accused_number(ctx, n) for n in _numbers(listed)]
    return [i for i in found if i is not None]


def _appellants(ctx: Context) -> set[int]:
    """The defendants the caption names as appellants (or petitioners)."""
    party = [key_tokens(n) for n in ctx.cache.get("parties.accused_party", ())]
    return {
        d.index for d in ctx.defendants if any(same_tokens(key_tokens(d.name), p) for p in party)
    }
