"""Regions of a judgment: where its body ends and where its final dispositive part lies.

The body ends after the last ``SO ORDERED`` (footnotes and signature blocks follow); the
dispositive part (fallo, ``WHEREFORE ...``, ``For these reasons ...``) opens at the last
opener line before that end.  Openers are looked for only at the lines holding one of
:data:`OPENER_WORDS` (keyword group :data:`OPENER_GROUP`, registered by ``_base``), so the
cost follows those hits rather than the text's length.

This module knows the Context only as :class:`KeywordHits` (its text and keyword spans):
``_base`` imports it, not the other way round.
"""

from __future__ import annotations

import bisect
import re
from typing import Protocol


class KeywordHits(Protocol):
    """What :func:`line_openers` reads of a ``Context``."""

    @property
    def text(self) -> str: ...

    def keyword_spans(self, group: str) -> list[tuple[int, int]]: ...


_SO_ORDERED = re.compile(r"\bSO\s+ORDERED\b")
_DISPOSITIVE = re.compile(
    # a numbered paragraph may open it: "12.", "(12)", "[12]" (neutral-citation paragraphs)
    r"(?:^|\n)[ \t\"'\[\]()0-9.]*(?:"
    r"WHEREFORE|ACCORDINGLY|IN VIEW WHEREOF|FOR THESE REASONS|PREMISES CONSIDERED"
    r"|IN VIEW OF (?:ALL )?THE FOREGOING|IN LIGHT OF THE FOREGOING"
    r"|For (?:all )?(?:these|the (?:foregoing|above|above-stated|said)) reasons"
    r"|For what has been discussed above|In view of (?:the )?above(?: discussion)?"
    r"|In the light of (?:the )?above discussion|In the result|Resultantly"
    r"|Accordingly|Wherefore|Therefore, for the foregoing reasons|In conclusion"
    r"|For the reasons (?:given|set out|stated)"
    r")\b"
)
_FINAL_WINDOW = 2500


# A separate opinion that disagrees with the court (the majority) begins: its orders are
# not the court's ("JUSTICE GINSBURG, with whom JUSTICE BREYER joins, dissenting.", "SMITH,
# Circuit Judge, dissenting:", "I regret my inability to agree with the conclusion and
# reasoning set out in His Lordship's judgment").  Looked for only at "dissent" and
# "to agree" hits past the text's first _DISSENT_FLOOR share (a syllabus lists the
# opinions: "THOMAS, J., filed a dissenting opinion").
_DISSENT_LINE = re.compile(
    r"[ \t]*(?:(?:CHIEF[ \t]+)?JUSTICE[ \t]+)?[A-Z][A-Za-z.'’ -]{1,40}"
    r"(?:,[ \t]*(?:C\.[ \t]?J\.|J\.|JJ\.|(?:Senior |Chief )?(?:Circuit|District) Judge"
    r"|Chief Judge))?"
    r"(?:,[^\n]{0,150}?)?,[ \t]*(?:concurring in part and )?dissenting\b"
    r"|[ \t]*(?:(?:CONCURRING AND |Concurring and )?DISSENTING OPINION|Dissenting Opinion)"
    r"[ \t]*:?[ \t]*$",
    re.M,
)
_DISAGREEING = re.compile(
    r"\bI regret (?:my|our) inability to agree\b"
    r"|\bI (?:am|find myself) unable to (?:agree|concur) with (?:the )?(?:conclusion|majority"
    r"|judgment of (?:my|His|Her|the))"
)
_DISSENT_FLOOR = 0.3


# the keywords the prefilter reports for _dissent_start (lower-case, whole words)
DISSENT_WORDS = (
    "dissent",
    "dissents",
    "dissented",
    "dissenting",
    "inability to agree",
    "unable to agree",
    "unable to concur",
)
_DISAGREE_WORDS = DISSENT_WORDS[4:]


def _dissent_start(text: str, hits: list[int] | None = None) -> int | None:
    """Where the first dissenting opinion after the floor begins (its heading line, or the
    paragraph whose author says they cannot agree), or None.  ``hits``: the sorted starts
    of the ``DISSENT_WORDS`` in ``text`` (the prefilter's); else they are looked for."""
    floor = int(len(text) * _DISSENT_FLOOR)
    if hits is None:
        hits = _find_words(text, floor)
    best: int | None = None
    hits = [at for at in hits if at >= floor]
    for at in hits:  # "dissenting" or "Dissenting" (as written: not "DISSENTING")
        if text.startswith("issent", at + 1):
            line = text.rfind("\n", 0, at + 1) + 1
            if at + 1 - line <= 240 and _DISSENT_LINE.match(text, line):
                best = line
                break
    for phrase in _DISAGREE_WORDS:
        for i in hits:
            if best is not None and i >= best:
                break
            if not text.startswith(phrase, i):
                continue
            m = _DISAGREEING.search(text, max(0, i - 40), i + len(phrase) + 60)
            if m is not None:
                para = text.rfind("\n\n", 0, m.start())
                start = para + 2 if para >= floor else m.start()
                best = start if best is None else min(best, start)
                break
    return best


def _find_words(text: str, floor: int) -> list[int]:
    """Where a ``DISSENT_WORDS`` word may start from ``floor`` on, by ``str.find``."""
    found = set()
    for word in ("issent", *_DISAGREE_WORDS):
        i = text.find(word, floor)
        while i >= 0:
            found.add(i - 1 if word == "issent" else i)
            i = text.find(word, i + 1)
    return sorted(found)


def find_body_end(text: str, dissent_hits: list[int] | None = None) -> int:
    """End of the main opinion: after the last ``SO ORDERED`` if there is one, and before a
    dissenting opinion that follows it.  ``dissent_hits``: see :func:`_dissent_start`."""
    end = _so_ordered_end(text)
    dissent = _dissent_start(text, dissent_hits)
    return end if dissent is None else min(end, dissent)


def _so_ordered_end(text: str) -> int:
    """After the last ``SO ORDERED``, else the text's end."""
    at = len(text)
    while True:  # rfind is C speed; the regex only confirms each candidate
        at = text.rfind("ORDERED", 0, at)
        if at < 0:
            return len(text)
        m = _SO_ORDERED.match(text, max(0, text.rfind("SO", max(0, at - 12), at)), at + 7)
        if m is not None and m.end() == at + 7:
            nl = text.find("\n", m.end())
            return len(text) if nl < 0 else nl


_MAX_DISPOSITIVE = 12_000
# Every opener of _DISPOSITIVE (and of the verdicts step's restated dispositive parts)
# holds one of these words: openers are looked for only at their keyword hits.
OPENER_GROUP = "base.opener"
OPENER_WORDS = (
    "wherefore",
    "accordingly",
    "whereof",
    "reasons",
    "premises",
    "foregoing",
    "discussed",
    "above",
    "result",
    "resultantly",
    "conclusion",
)


def line_openers(
    ctx: KeywordHits, pattern: re.Pattern[str], lo: int, hi: int
) -> list[re.Match[str]]:
    """Matches of a line-start ``pattern`` (``(?:^|\n)...``) in ``[lo, hi)``.

    Tried only at the lines holding a ``base.opener`` keyword, so the cost follows the
    hits rather than the text's length.
    """
    text = ctx.text
    out: list[re.Match[str]] = []
    tried: set[int] = set()
    spans = ctx.keyword_spans(OPENER_GROUP)  # sorted: jump to lo, stop at hi
    first = bisect.bisect_left(spans, (lo, -1))
    for ks, _ke in spans[first : bisect.bisect_left(spans, (hi, -1), first)]:
        nl = text.rfind("\n", max(0, ks - 80), ks)
        if nl < 0 and ks > 80:
            continue  # the keyword is not near the start of a line
        pos = max(nl, 0)
        if pos in tried or pos < lo and nl >= 0:
            continue
        tried.add(pos)
        m = pattern.match(text, pos, hi)
        if m is not None and m.end() > ks:
            out.append(m)
    return out


def find_dispositive(
    text: str, body_end: int, openers: list[re.Match[str]] | None = None
) -> tuple[int, int]:
    """Span of the final dispositive part: the last opener in the body, to the body's end.

    Without an opener, the body's last ``_FINAL_WINDOW`` characters.  ``openers``: the
    ``_DISPOSITIVE`` matches already found (``line_openers``); else the text is searched.
    """
    lo = max(0, body_end - _MAX_DISPOSITIVE)
    if openers is None:
        openers = list(_DISPOSITIVE.finditer(text, lo, body_end))
    last = openers[-1] if openers else None
    if last is not None and body_end - last.start() < _MAX_DISPOSITIVE:
        start = last.start() + (1 if text[last.start()] == "\n" else 0)
        return (start, body_end)
    return (max(0, body_end - _FINAL_WINDOW), body_end)


def dispositive_span(ctx: KeywordHits, body_end: int) -> tuple[int, int]:
    """The final dispositive part of ``ctx.text``, whose body ends at ``body_end``."""
    openers = line_openers(ctx, _DISPOSITIVE, max(0, body_end - _MAX_DISPOSITIVE), body_end)
    return find_dispositive(ctx.text, body_end, openers)
