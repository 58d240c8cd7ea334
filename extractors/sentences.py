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
penalty is for: :mod:`caselaw.extractors.sentence_links`; the penalty patterns and how a
window is read with them: :mod:`caselaw.extractors.sentence_terms`; money patterns:
:mod:`caselaw.extractors.sentence_money`.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context, Step, register_group
from caselaw.extractors.names import name_keys, name_spans
from caselaw.extractors.sentence_links import BREAK as _BREAK  # noqa: F401 (re-exported)
from caselaw.extractors.sentence_links import acquitted_now, whom
from caselaw.extractors.sentence_links import (  # noqa: F401 (re-exported)
    after_last_break as _after_last_break,
)
from caselaw.extractors.sentence_money import CHANGE_WORDS, LOCAL, subkind, superseded_amounts
from caselaw.extractors.sentence_terms import Match, read
from caselaw.models import Sentence

NAME = "sentences"
VERSION = "1.3.0"

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


def _matches(ctx: Context) -> list[Match]:
    text = ctx.text
    lowered = ctx.lower
    low = len(lowered) == len(text)
    if low:
        text = lowered
    found: set[tuple[int, int, str]] = set()
    out: list[Match] = []
    for group, _words, before, after, patterns in _TRIGGERS:
        for ps, pe in _regions(ctx, group, before, after):
            for what in patterns:
                for m in read(text, what, ps, pe, low):
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
