"""Sentences: imprisonment (terms, ranges, life, reclusion perpetua, death), fines with
currency, suspended sentences, damages and restitution.

Read from the final dispositive part and the sentencing sentences of the body
(lexicon.md section 3, "Sentence patterns").  Terms in words ("SIX (6) YEARS and ONE
(1) DAY") are read from their digits; an indeterminate range ("6 years ... as
minimum to 10 years as maximum") gives ``term_months`` and ``term_max_months``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from caselaw.extractors._base import Context, Step, compile_lower, register_group
from caselaw.extractors.names import name_keys, name_spans
from caselaw.models import Outcome, Sentence

NAME = "sentences"
VERSION = "1.2.0"

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
    + rf"(?={_NUM}\s*(?:\(\d+\)\s*)?(?:years?|months?))"  # a term must follow
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
# Each pattern is read only around its own trigger words (prefilter groups), in a
# window where the words can sit in a match: (group, words, before, after, patterns).
_TRIGGERS = (
    (
        "sentences.term",
        ["imprisonment", "sentenced", "sentence", "penalty", "prison", "term of", "serve"]
        + ["suffer", "reclusion perpetua", "death"],
        60,
        320,
        ("range", "fixed", "life", "death"),
    ),
    ("sentences.fine", ["fine"], 0, 140, ("fine",)),
    (
        "sentences.damages",
        ["moral", "exemplary", "actual", "civil indemnity", "temperate", "nominal"],
        110,
        40,
        ("damages",),
    ),
    ("sentences.suspended", ["suspended"], 20, 30, ("suspended",)),
    (
        "sentences.restitution",
        ["restitut*", "reimburs*", "return the money", "return the amount"],
        0,
        30,
        ("restitution",),
    ),
)
for _group, _words, *_ in _TRIGGERS:
    register_group(_group, _words)
WINDOW = 300
"""How far back from a penalty the defendant's name is looked for."""
_PARTY = re.compile(r"\b(?:accused|appellants?|petitioners?|respondents?|convicts?|he|she)\b", re.I)
# "the accused-appellants were each sentenced", "imposing upon each of them": every
# defendant the judgment does not acquit.
_PLURAL = re.compile(
    r"\b(?:accused-appellants|appellants|petitioners|accused persons|all (?:the )?accused"
    r"|each of (?:them|the accused)|both (?:of )?(?:them|accused))\b",
    re.I,
)
_PARTY_LOW = compile_lower(_PARTY.pattern)
_PLURAL_LOW = compile_lower(_PLURAL.pattern)
_SIMPLE = {"life": _LIFE, "death": _DEATH, "suspended": _SUSPENDED, "restitution": _RESTITUTION}
# The same patterns for the lower-cased text (several times faster than re.I); used when
# lower-casing keeps every offset (almost always), else the re.I patterns above.
_LOW = {
    name: compile_lower(rx.pattern)
    for name, rx in {
        "range": _RANGE,
        "fixed": _FIXED,
        "fine": _FINE,
        "damages": _DAMAGES,
        **_SIMPLE,
    }.items()
}
# For the lower-cased text, per pattern kind: words every match holds (a window without one
# is skipped) and the words a match can start with (the pattern is tried only where one
# starts, which finds what ``finditer`` finds: it could match nowhere else).  None: no
# such list, the window is scanned.
_GATES: dict[str, tuple[str, ...]] = {
    "range": ("maximum",),
    "fixed": ("year", "month"),
    "life": ("life", "reclusion perpetua"),
    "death": ("death",),
}
_STARTS: dict[str, tuple[str, ...]] = {
    "range": ("imprisonment", "penalty", "prison term", "sentence"),
    "fixed": ("sentenced to", "imprisonment", "term of", "serve", "suffer"),
    "life": ("life", "imprisonment for life", "reclusion perpetua"),
    "death": ("penalty of death", "supreme penalty of death", "sentenced to death"),
    "suspended": ("suspended ", "sentence "),
    "restitution": ("restitut", "reimburse", "return the "),
    "fine": ("fine",),
}


def finditer_at(
    rx: re.Pattern[str], text: str, start: int, end: int, starts: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, start, end)`` for a pattern whose every match begins with one of
    ``starts``: ``rx.match`` is tried only where one of them begins (found by ``str.find``)."""
    sites: set[int] = set()
    for word in starts:
        at = text.find(word, start, end)
        while at >= 0:
            sites.add(at)
            at = text.find(word, at + 1, end)
    done_to = start
    for at in sorted(sites):
        if at < done_to:
            continue
        m = rx.match(text, at, end)
        if m is not None:
            yield m
            done_to = max(m.end(), at + 1)


_CASED = {"range": _RANGE, "fixed": _FIXED, "fine": _FINE, "damages": _DAMAGES}
_BREAK = re.compile(r"(?:\.\s+(?=[A-Z(])|\n)")
_LAST_STOP = re.compile(r"(?s:.*)\.\s+(?=[A-Z(])")  # (.* backs off from the end)


def _after_last_break(text: str, lo: int, hi: int) -> int:
    """Where the last ``_BREAK`` match in ``text[lo:hi]`` ends, else ``lo``: the later of
    the last newline and the last stop before a capital (a stop's blanks hold any newline
    they take, and a later stop ends later), without a match object per break."""
    nl = text.rfind("\n", lo, hi)
    stop = _LAST_STOP.match(text, lo, hi)
    return max(lo, nl + 1, stop.end() if stop is not None else lo)


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


def _regions(ctx: Context, group: str, before: int, after: int) -> list[tuple[int, int]]:
    """Windows around a group's hits in the body, overlapping ones merged."""
    out: list[tuple[int, int]] = []
    end = ctx.body_end
    for ks, ke in ctx.keyword_spans(group):
        if ks >= end:
            break
        lo, hi = max(0, ks - before), min(end, ke + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


_Match = tuple[int, int, str, dict[str, object]]


def _read(text: str, what: str, ps: int, pe: int, low: bool) -> list[_Match]:
    """Matches of one pattern kind in ``text[ps:pe]`` (``low``: ``text`` is lower-cased)."""
    found: list[_Match] = []
    if low:
        gate = _GATES.get(what)
        if gate is not None and not any(text.find(w, ps, pe) >= 0 for w in gate):
            return found
        rx = _LOW[what]
        starts = _STARTS.get(what)
        matches = (
            rx.finditer(text, ps, pe) if starts is None else finditer_at(rx, text, ps, pe, starts)
        )
    else:
        rx = _CASED.get(what) or _SIMPLE[what]
        matches = rx.finditer(text, ps, pe)
    if what == "range":
        for m in matches:
            kw: dict[str, object] = {
                "term_months": _months(m, "a"),
                "term_max_months": _months(m, "b"),
            }
            found.append((m.start(), m.end(), "imprisonment", kw))
    elif what == "fixed":
        for m in matches:
            months = _months(m, "a")
            if months:
                found.append((m.start(), m.end(), "imprisonment", {"term_months": months}))
    elif what in _SIMPLE:
        found += [(m.start(), m.end(), what, {}) for m in matches]
    else:
        for m in matches:
            amt, cur = _amount(m)
            found.append((m.start(), m.end(), what, {"amount": amt, "currency": cur}))
    return found


def _matches(ctx: Context) -> list[_Match]:
    text = ctx.text
    lowered = ctx.lower
    low = len(lowered) == len(text)
    if low:
        text = lowered
    found: set[tuple[int, int, str]] = set()
    out: list[_Match] = []
    for group, _words, before, after, patterns in _TRIGGERS:
        for ps, pe in _regions(ctx, group, before, after):
            for what in patterns:
                for m in _read(text, what, ps, pe, low):
                    if m[:3] not in found:
                        found.add(m[:3])
                        out.append(m)
    return sorted(out, key=lambda f: (f[0], f[1]))


def _any_in(starts: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _whom(ctx: Context, start: int, floor: int, names: list[list[int]]) -> list[int]:
    """Defendants a penalty at ``start`` is for: named before it in the same sentence.

    "Accused A and B are each sentenced to ...; accused C is sentenced to ..." gives A and B
    the first penalty and C the second (``floor`` is where the previous penalty ended);
    "the accused-appellants ... each of them" gives every defendant not acquitted.
    With a single defendant, a penalty in the dispositive part or next to "the accused"
    / "appellant" / "he" is theirs.  Otherwise the penalty stays unlinked (None).
    """
    text = ctx.text
    lo = _after_last_break(text, max(floor, start - WINDOW), start)
    who = [i for i, starts in enumerate(names) if _any_in(starts, lo, start)]
    if who:
        return who
    low = ctx.lowered  # (the lower-cased patterns on it decide as the re.I ones on text)
    party, plural = (_PARTY, _PLURAL) if low is None else (_PARTY_LOW, _PLURAL_LOW)
    text = text if low is None else low
    if len(ctx.defendants) > 1 and plural.search(text, lo, start):
        acquitted = {f.defendant for f in ctx.findings if f.outcome == Outcome.ACQUITTED.value}
        return [i for i in range(len(ctx.defendants)) if i not in acquitted]
    if len(ctx.defendants) != 1:
        return []
    d_start, d_end = ctx.dispositive
    if d_start <= start < d_end or party.search(text, lo, start):
        return [0]
    return []


def run(ctx: Context, step: Step) -> None:
    names = [
        [a for a, _ in name_spans(ctx, t[-1], not n.isascii())] if t else []
        for n, t in ((n, name_keys(ctx, n)) for n in _names(ctx))
    ]
    out: list[Sentence] = []
    seen: set[tuple[object, ...]] = set()
    floor = 0
    for s, e, kind, kw in _matches(ctx):
        who: list[int | None] = list(_whom(ctx, s, floor, names)) or [None]
        floor = max(floor, e)
        for d in who:
            key = (d, kind, kw.get("term_months"), kw.get("amount"))
            if key in seen:
                continue
            seen.add(key)
            ev = step.evidence(ctx, s, e)
            out.append(Sentence(d, kind, description=ev.text[:200], evidence=(ev,), **kw))  # type: ignore[arg-type]
    linked = {(x.kind, x.term_months, x.amount) for x in out if x.defendant is not None}
    # the same penalty restated without its defendant adds nothing
    ctx.sentences = [
        x for x in out if x.defendant is not None or (x.kind, x.term_months, x.amount) not in linked
    ]


def _names(ctx: Context) -> list[str]:
    return [d.name for d in ctx.defendants]


EXTRACTOR = Step(NAME, VERSION, requires=("defendants", "findings"), assigns=("sentences",), fn=run)
