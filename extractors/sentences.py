"""Sentences: imprisonment (terms, ranges, life, reclusion perpetua, death), fines with
currency, suspended sentences, damages and restitution.

Read from the final dispositive part and the sentencing sentences of the body
(lexicon.md section 3, "Sentence patterns").  Terms in words ("SIX (6) YEARS and ONE
(1) DAY") are read from their digits; an indeterminate range ("6 years ... as
minimum to 10 years as maximum") gives ``term_months`` and ``term_max_months``.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context, Step, register_group
from caselaw.models import Sentence

NAME = "sentences"
VERSION = "1.0.0"

_NUM = (
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty)"
)
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
}
_TERM = (
    rf"(?:(?P<{{p}}y>{_NUM})\s*(?:\(\d+\)\s*)?years?)?(?:\s*,?\s*(?:and\s+)?(?P<{{p}}m>{_NUM})"
    rf"\s*(?:\(\d+\)\s*)?months?)?"
)
_RANGE = re.compile(
    r"(?:imprisonment|penalty|prison term|sentence)[^.;]{0,80}?\b"
    + rf"(?={_NUM}\s*(?:\(\d+\)\s*)?(?:years?|months?))"
    + _TERM.format(p="a")
    + r"[^.;]{0,60}?\bminimum\b[^.;]{0,20}?\bto\b\s*"
    + _TERM.format(p="b")
    + r"[^.;]{0,30}?\bmaximum",
    re.I,
)
_FIXED = re.compile(
    r"(?:sentenced to|imprisonment (?:of|for)|term of|serve|suffer)\s+(?:\w+\s+){0,3}?"
    + _TERM.format(p="a")
    + r"\s*(?:'s\s+|of\s+)?(?:rigorous\s+|simple\s+)?(?:imprisonment|in prison|R\.?I\.?)?",
    re.I,
)
_LIFE = re.compile(
    r"life imprisonment|imprisonment for life|reclusion perpetua|\blife sentence", re.I
)
_DEATH = re.compile(r"\bpenalty of death\b|supreme penalty of DEATH|sentenced to death", re.I)
_SUSPENDED = re.compile(r"suspended (?:sentence|for \d+)|sentence (?:is|was) suspended", re.I)
_CURRENCY = (
    r"(?P<cur>PHP|Php|P|₱|&#8369;|Rs\.?|Rupees|Kshs?\.?|KES|INR|₹|N|₦|R|RM|USD|US\$|\$|£|S\$)"
)
_AMOUNT = r"\s?(?P<amt>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>million|billion|M\b)?"
_FINE = re.compile(r"\bfine\b[^.;]{0,60}?" + _CURRENCY + _AMOUNT, re.I)
_DAMAGES = re.compile(
    r"(?:"
    + _CURRENCY
    + _AMOUNT
    + r")[^.;]{0,40}?\b(?P<kind>moral|exemplary|actual|civil indemnity|"
    r"temperate|nominal)\b",
    re.I,
)
_RESTITUTION = re.compile(r"\b(?:restitut\w+|reimburse\w*|return the (?:money|amount))", re.I)
_CUR_NAMES = {
    "p": "PHP",
    "php": "PHP",
    "₱": "PHP",
    "&#8369;": "PHP",
    "rs": "PKR",
    "rs.": "PKR",
    "rupees": "PKR",
    "ksh": "KES",
    "kshs": "KES",
    "ksh.": "KES",
    "kshs.": "KES",
    "kes": "KES",
    "inr": "INR",
    "₹": "INR",
    "n": "NGN",
    "₦": "NGN",
    "r": "ZAR",
    "rm": "MYR",
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "£": "GBP",
    "s$": "SGD",
}
register_group(
    "sentences.cue",
    [
        "imprisonment",
        "sentenced",
        "reclusion perpetua",
        "fine",
        "damages",
        "restitution",
        "penalty",
        "prison",
        "suspended",
    ],
)


def _n(value: str | None) -> float:
    if not value:
        return 0.0
    v = value.lower()
    return float(_WORDS[v]) if v in _WORDS else float(v)


def _months(m: re.Match[str], p: str) -> float | None:
    y, mo = m.group(p + "y"), m.group(p + "m")
    if not y and not mo:
        return None
    return _n(y) * 12 + _n(mo)


def _amount(m: re.Match[str]) -> tuple[float, str | None]:
    amt = float(m.group("amt").replace(",", "").rstrip("."))
    mult = (m.group("mult") or "").lower()
    amt *= {"million": 1e6, "m": 1e6, "billion": 1e9}.get(mult, 1)
    cur = m.group("cur")
    return amt, _CUR_NAMES.get(cur.lower(), cur.upper()) if cur else None


def run(ctx: Context, step: Step) -> None:
    text = ctx.text
    regions = {ctx.dispositive} | set(ctx.paragraphs("sentences.cue"))
    out: list[Sentence] = []
    seen: set[tuple] = set()

    def add(kind: str, s: int, e: int, **kw: object) -> None:
        key = (kind, kw.get("term_months"), kw.get("amount"))
        if key in seen:
            return
        seen.add(key)
        ev = step.evidence(ctx, s, e)
        out.append(Sentence(None, kind, description=ev.text[:200], evidence=(ev,), **kw))  # type: ignore[arg-type]

    for ps, pe in sorted(regions):
        if ps >= ctx.body_end:
            continue
        for m in _RANGE.finditer(text, ps, pe):
            add(
                "imprisonment",
                m.start(),
                m.end(),
                term_months=_months(m, "a"),
                term_max_months=_months(m, "b"),
            )
        for m in _FIXED.finditer(text, ps, pe):
            months = _months(m, "a")
            if months:
                add("imprisonment", m.start(), m.end(), term_months=months)
        for rx, kind in ((_LIFE, "life"), (_DEATH, "death"), (_SUSPENDED, "suspended")):
            for m in rx.finditer(text, ps, pe):
                add(kind, m.start(), m.end())
        for m in _FINE.finditer(text, ps, pe):
            amt, cur = _amount(m)
            add("fine", m.start(), m.end(), amount=amt, currency=cur)
        for m in _DAMAGES.finditer(text, ps, pe):
            amt, cur = _amount(m)
            add("damages", m.start(), m.end(), amount=amt, currency=cur)
        for m in _RESTITUTION.finditer(text, ps, pe):
            add("restitution", m.start(), m.end())
    ctx.sentences = out


EXTRACTOR = Step(NAME, VERSION, requires=(), assigns=("sentences",), fn=run)
