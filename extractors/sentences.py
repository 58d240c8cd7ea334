"""Sentences: imprisonment (terms, ranges, life, reclusion perpetua, death), fines with
currency, suspended sentences, damages, compensation, restitution and other penalties
(dismissal from the service, community service, caning).

Read from the final dispositive part and the sentencing sentences of the body
(lexicon.md section 3, "Sentence patterns").  Terms in words ("SIX (6) YEARS and ONE
(1) DAY") are read from their digits; an indeterminate range ("6 years ... as
minimum to 10 years as maximum") gives ``term_months`` and ``term_max_months``.

Meant to give the penalties that stand after this judgment, per defendant: a statute's
range ("a fine of not less than P2,000,000") or a penalty spoken of ("punishable with
imprisonment for life", "may be sentenced to") is not read; a defendant the judgment
leaves acquitted keeps no penalty; a death sentence the judgment commutes or does not
confirm, and an amount it changes ("from P200,000 to P500,000"), are dropped.  Penalties
of courts below that this judgment affirms are kept (they are what stands).  Whom each
penalty is for: :mod:`caselaw.extractors.sentence_links`; money patterns:
:mod:`caselaw.extractors.sentence_money`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselaw.extractors._base import Context, Step, compile_lower, register_group
from caselaw.extractors.found import Found
from caselaw.extractors.names import name_keys, name_spans
from caselaw.extractors.sentence_links import BREAK as _BREAK  # noqa: F401 (re-exported)
from caselaw.extractors.sentence_links import acquitted_now, whom
from caselaw.extractors.sentence_links import (  # noqa: F401 (re-exported)
    after_last_break as _after_last_break,
)
from caselaw.extractors.sentence_money import (
    CHANGE_WORDS,
    DAMAGES,
    DAMAGES_FIRST,
    FINE,
    LOCAL,
    ORDERED,
    RESTITUTION,
    amount,
    subkind,
    superseded_amounts,
)
from caselaw.models import Sentence

NAME = "sentences"
VERSION = "1.3.0"

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
# The judgment undoes a death sentence it narrates: "altered from death to imprisonment
# for life", "the death sentence ... is not confirmed", "commuted to".
_DEATH_UNDONE_WORDS = (  # (each match holds one of these: a prefilter group)
    *("from death", "from the death", "from the sentence of death"),
    *("not confirm*", "commut*"),
)
_DEATH_UNDONE = re.compile(
    r"\bfrom (?:the )?(?:sentence of )?death to\b|death sentence[^.]{0,80}?\bnot confirmed"
    r"|\bcommut\w+[^.]{0,60}?\bdeath|\bdeath\b[^.]{0,60}?\bcommuted",
    re.I,
)
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
    ("sentences.fine", ["fine", "fined"], 0, 140, ("fine",)),
    (
        "sentences.damages",
        ["moral", "exemplary", "actual", "civil indemnity", "temperate", "nominal"]
        + ["compensatory", "compensation"],
        110,
        110,
        ("damages", "damages_first"),
    ),
    ("sentences.suspended", ["suspended"], 20, 30, ("suspended",)),
    (
        "sentences.other",
        ["dismissed from", "dismissal from", "community service", "strokes", "caning"],
        10,
        30,
        ("other",),
    ),
    (
        "sentences.restitution",
        ["restitut*", "reimburs*", "return the money", "return the amount", "pay back"],
        0,
        160,
        ("restitution",),
    ),
)
for _group, _words, *_ in _TRIGGERS:
    register_group(_group, _words)
register_group("sentences.changed", CHANGE_WORDS)
register_group("sentences.undone", _DEATH_UNDONE_WORDS)
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


def run(ctx: Context, step: Step) -> None:
    names = [
        [a for a, _ in name_spans(ctx, t[-1], not n.isascii())] if t else []
        for n, t in ((n, name_keys(ctx, n)) for n in _names(ctx))
    ]
    out: list[Sentence] = []
    seen: set[tuple[object, ...]] = set()
    floor = 0
    prev: tuple[int, list[int]] = (0, [])
    acquitted = acquitted_now(ctx)
    if ctx.defendants and len(acquitted) == len(ctx.defendants):
        ctx.sentences = []  # everyone acquitted: no penalty the text narrates stands
        return
    where = ctx.judgment.jurisdiction or ctx.info.jurisdiction
    matches = _matches(ctx)
    if any(m[2] == "death" for m in matches) and _death_undone(ctx):
        matches = [m for m in matches if m[2] != "death"]
    for s, e, kind, kw in matches:
        at = kw.pop("_at", s)
        linked = whom(ctx, at, floor, names, prev)  # type: ignore[arg-type]
        floor = max(floor, e)
        prev = (e, linked)
        who: list[int | None] = [d for d in linked if d not in acquitted]
        if linked and not who:
            continue  # only for defendants acquitted of everything: it does not stand
        cur = kw.get("currency")
        if isinstance(cur, str) and where:
            kw["currency"] = LOCAL.get((cur, where), cur)
        for d in who or [None]:
            key = (d, kind, kw.get("term_months"), kw.get("amount"))
            if key in seen:
                continue
            seen.add(key)
            ev = step.evidence(ctx, s, e)
            out.append(Sentence(d, kind, description=ev.text[:200], evidence=(ev,), **kw))  # type: ignore[arg-type]
    if any(x.amount for x in out):
        hits = ctx.keyword_spans("sentences.changed")
        gone = superseded_amounts(ctx.text, hits) if hits else set()
        out = [x for x in out if not _changed(x, gone)]
    known = {(x.kind, x.term_months, x.amount) for x in out if x.defendant is not None}
    # the same penalty restated without its defendant adds nothing
    ctx.sentences = [
        x for x in out if x.defendant is not None or (x.kind, x.term_months, x.amount) not in known
    ]


def _death_undone(ctx: Context) -> bool:
    """The judgment commutes, alters or does not confirm a death sentence (read only
    around the prefilter's hits)."""
    text = ctx.text
    return any(
        _DEATH_UNDONE.search(text, max(0, ks - 100), ke + 100)
        for ks, ke in ctx.keyword_spans("sentences.undone")
    )


def _changed(x: Sentence, gone: set[tuple[str | None, float]]) -> bool:
    """A fine or damages the judgment changed to another amount (of the same award)."""
    if x.kind not in ("fine", "damages") or x.amount is None:
        return False
    return (None, x.amount) in gone or (subkind(x.evidence[0].text), x.amount) in gone


def _names(ctx: Context) -> list[str]:
    return [d.name for d in ctx.defendants]


EXTRACTOR = Step(NAME, VERSION, requires=("defendants", "findings"), assigns=("sentences",), fn=run)
