"""The penalty patterns of :mod:`caselaw.extractors.sentences` and how a window of text is
read with them: imprisonment terms (fixed, an indeterminate range, life, death), fines,
damages, restitution, suspended sentences and other penalties.

``read(text, what, start, end, low)`` gives the matches of one pattern kind in a window,
without those that name a penalty the law provides or the court might give ("a fine of not
less than", "punishable with imprisonment for life") or a term served only in default of
paying a fine.  On the lower-cased text (``low``) each pattern is tried only where one of
its start words begins, and only in windows that hold a word every match holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from caselaw.extractors._base import compile_lower
from caselaw.extractors.found import Found
from caselaw.extractors.sentence_money import (
    DAMAGES,
    DAMAGES_FIRST,
    FINE,
    ORDERED,
    RESTITUTION,
    amount,
)

_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
)
_WORDS = {w: i for i, w in enumerate(_NUMBER_WORDS.split(" "))}
_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_TENS = r"(?:twenty|thirty|forty|fifty|sixty)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# Longest words first ("fourteen" before "four"); "twenty-one", "twenty one" whole.
_NUM = (
    rf"(?:\d+(?:\.\d+)?|{_TENS}(?:[- ]{_UNITS}\b)?|"
    + "|".join(sorted((w for w in _WORDS if w != "zero"), key=len, reverse=True))
    + ")"
)
_TERM = (
    rf"(?:(?P<{{p}}y>{_NUM})\s*(?:\(\d+\)\s*)?years?)?(?:\s*,?\s*(?:and\s+)?(?P<{{p}}m>{_NUM})"
    rf"\s*(?:\(\d+\)\s*)?months?)?(?:\s*,?\s*(?:and\s+)?(?P<{{p}}d>{_NUM})"
    rf"\s*(?:\(\d+\)\s*)?days?)?"
)
_RANGE = re.compile(
    r"(?:imprisonment|penalty|prison term|sentence)[^.;]{0,80}?\b"
    + rf"(?={_NUM}\s*(?:\(\d+\)\s*)?(?:years?|months?))"
    + _TERM.format(p="a")
    + r"[^.;]{0,60}?\bminimum\b[^.;]{0,20}?\bto\b\s*"
    + _TERM.format(p="b")
    + r"[^.;]{0,40}?\bmaximum",
    re.I,
)
_FIXED = re.compile(
    r"(?:sentenced\s+(?:[\w.-]+\s+){0,4}?to|sentences? of|imprisonment (?:of|for)|term of|serve"
    r"|suffer)(?P<at>)\s+"  # (at: names before it are the subject's: "sentenced X to")
    r"(?:\w+\s+){0,3}?"
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
# Penalties of no other kind: dismissal from the service (administrative), community
# service (PH R.A. 9208 s.11, UK), caning (Singapore, Malaysia: "six strokes of the cane").
_OTHER = re.compile(
    r"dismiss(?:ed|al) from (?:the )?(?:government |public )?service|community service"
    rf"|{_NUM} strokes(?: of the cane)?|caning",
    re.I,
)
_SIMPLE = {"life": _LIFE, "death": _DEATH, "suspended": _SUSPENDED, "other": _OTHER}
_MONEY = {
    "fine": FINE,
    "damages": DAMAGES,
    "damages_first": DAMAGES_FIRST,
    "restitution": RESTITUTION,
}
# The same patterns for the lower-cased text (several times faster than re.I); used when
# lower-casing keeps every offset (almost always), else the re.I patterns above.
_LOW = {
    name: compile_lower(rx.pattern)
    for name, rx in {
        "range": _RANGE,
        "fixed": _FIXED,
        **_MONEY,
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
    "fixed": ("sentenced", "sentence of", "sentences of", "imprisonment", "term of", "serve")
    + ("suffer",),
    "life": ("life", "imprisonment for life", "reclusion perpetua"),
    "death": ("penalty of death", "supreme penalty of death", "sentenced to death"),
    "suspended": ("suspended ", "sentence "),
    "restitution": ("restitut", "reimburse", "return the ", "pay back"),
    "damages_first": ("moral", "exemplary", "actual", "temperate", "nominal", "compensat")
    + ("civil indemnity",),
    "fine": ("fine",),
}


def finditer_at(
    rx: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    starts: tuple[str, ...],
    can_start: Callable[[str, int, int], bool] | None = None,
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, start, end)`` for a pattern whose every match begins with one of
    ``starts``: ``rx.match`` is tried only where one of them begins (found by ``str.find``)
    and, given ``can_start``, only where ``can_start(text, at, end)`` holds (a test that is
    false only where no match can start)."""
    sites: set[int] = set()
    for word in starts:
        at = text.find(word, start, end)
        while at >= 0:
            sites.add(at)
            at = text.find(word, at + 1, end)
    done_to = start
    for at in sorted(sites):
        if at < done_to or can_start is not None and not can_start(text, at, end):
            continue
        m = rx.match(text, at, end)
        if m is not None:
            yield m
            done_to = max(m.end(), at + 1)


def _range_can_start(text: str, at: int, end: int) -> bool:
    """Whether a ``range`` match can start at ``at`` (lower-cased text): its "minimum"
    follows, and before the first one neither a semicolon nor a full stop that is no
    decimal point ("1.5") stands (the pattern's gaps are ``[^.;]``, its terms hold no
    ``;`` and a ``.`` only between digits).  Rejects the PH penalties that read "prision
    mayor." before their minimum, whose match attempts cost ~30 us each."""
    mi = text.find("minimum", at, end)
    if mi < 0 or text.find(";", at, mi) >= 0:
        return False
    dot = text.find(".", at, mi)
    while dot >= 0:
        if not (text[dot - 1].isdecimal() and text[dot + 1].isdecimal()):
            return False
        dot = text.find(".", dot + 1, mi)
    return True


_CAN_START = {"range": _range_can_start}
_CASED = {"range": _RANGE, "fixed": _FIXED, **_MONEY}
# A statute's range or cap, not a penalty imposed: "a fine of not less than P2,000,000",
# "imprisonment for a term which may extend to seven years".
_LIMIT = re.compile(
    r"\b(?:(?:not )?(?:less|more) than|not exceeding|exceeding|up to|(?:may )?extend(?:s|ing)? to"
    r"|ranging from|at least|minimum of|maximum of)\b",
    re.I,
)
# A penalty spoken of, not imposed: "if convicted he may be sentenced to life imprisonment",
# "an offence punishable with imprisonment for life", "shall be punished with a fine",
# "a public officer ... shall also be dismissed from the service".
_HYPOTHETICAL = re.compile(
    r"\b(?:may|might|could|would|liable|punishable|shall (?:also )?be"
    r"|faces?|facing|carr(?:y|ies)|attracts?|prescribes?)\b[^.;]{0,40}$",
    re.I,
)


# Imprisonment in default of paying a fine is no penalty of its own: "a fine of Rs.50,000/-
# or in default thereof six months S.I." (PK, IN, LK, KE), "failing which" (PK), "in case
# of non-payment" (SG, MY), "subsidiary imprisonment in case of insolvency" (PH).
_IN_DEFAULT = re.compile(
    r"\b(?:in (?:case of )?default|default (?:thereof|of payment)|failing which|in case of"
    r" (?:insolvency|non-payment)|subsidiary)\b[^.;]{0,40}$",
    re.I,
)


# the same three on the lower-cased text, the $-anchored two through Found (a literal scan
# to where a word can start, not every position of the reach: the same answer)
_LIMIT_LOW = compile_lower(_LIMIT.pattern)
_HYPOTHETICAL_LOW = Found(_HYPOTHETICAL.pattern)
_IN_DEFAULT_LOW = Found(_IN_DEFAULT.pattern)


def _spoken_of(text: str, what: str, m: re.Match[str], low: bool) -> bool:
    """The match names a penalty the law provides or the court might give, not one given
    (nor a term served only in default of paying a fine).  ``low``: ``text`` is the
    lower-cased text."""
    start = m.start()
    if what in ("fine", "fixed") and (_LIMIT_LOW if low else _LIMIT).search(m.group()):
        return True
    if low:  # (both end in [^.;]{0,40}$: a match starts after the last stop or semicolon)
        w = max(0, start - 50)
        lo = max(w, text.rfind(".", w, start) + 1, text.rfind(";", w, start) + 1)
        if what == "fixed" and _IN_DEFAULT_LOW.first(text, lo, start):
            return True
        return _HYPOTHETICAL_LOW.first(text, max(lo, start - 40), start) is not None
    if what == "fixed" and _IN_DEFAULT.search(text, max(0, start - 50), start):
        return True
    return _HYPOTHETICAL.search(text, max(0, start - 40), start) is not None


def _n(value: str | None) -> float:
    if not value:
        return 0.0
    v = value.lower()
    if v[0].isdigit():
        return float(v)
    return float(sum(_WORDS[w] for w in v.replace("-", " ").split()))


def _months(m: re.Match[str], p: str) -> float | None:
    y, mo, d = m.group(p + "y"), m.group(p + "m"), m.group(p + "d")
    if not y and not mo:
        return None
    months = _n(y) * 12 + _n(mo) + _n(d) / 30
    return round(months, 2)


Match = tuple[int, int, str, dict[str, object]]


def read(text: str, what: str, ps: int, pe: int, low: bool) -> list[Match]:
    """Matches of one pattern kind in ``text[ps:pe]`` (``low``: ``text`` is lower-cased)."""
    found: list[Match] = []
    if low:
        gate = _GATES.get(what)
        if gate is not None and not any(text.find(w, ps, pe) >= 0 for w in gate):
            return found
        rx = _LOW[what]
        starts = _STARTS.get(what)
        matches = (
            rx.finditer(text, ps, pe)
            if starts is None
            else finditer_at(rx, text, ps, pe, starts, _CAN_START.get(what))
        )
    else:
        rx = _CASED.get(what) or _SIMPLE[what]
        matches = rx.finditer(text, ps, pe)
    matches = (m for m in matches if not _spoken_of(text, what, m, low))
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
                kw = {"term_months": months, "_at": m.start("at")}
                found.append((m.start(), m.end(), "imprisonment", kw))
    elif what == "restitution":  # ordered ("demanded ... to return the money" narrates)
        for m in matches:
            if not ORDERED.search(text, max(0, m.start() - 80), m.start()):
                continue
            if m.group("amt") is not None:
                amt, cur = amount(m)
                found.append((m.start(), m.end(), what, {"amount": amt, "currency": cur}))
            elif not m.group(0).lower().startswith("pay back"):
                found.append((m.start(), m.end(), what, {}))
    elif what in _SIMPLE:
        found += [(m.start(), m.end(), what, {}) for m in matches]
    else:
        kind = "damages" if what == "damages_first" else what
        for m in matches:
            amt, cur = amount(m)
            found.append((m.start(), m.end(), kind, {"amount": amt, "currency": cur}))
    return found
