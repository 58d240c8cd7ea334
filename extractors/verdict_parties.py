"""Defendants named in the verdict sentences of dispositive parts.

``WHEREFORE, the Court finds accused ROSA TAN and LITO GO GUILTY ...``,
``CONVICTING accused A, B and C ...``: these name co-accused tried in the same case whom
the caption may leave out.  The patterns are tried only at the word ``accused`` in the
paragraphs holding a verdict word (keyword groups ``parties.accused``, ``parties.verdict``).
"""

from __future__ import annotations

import bisect
import re

from caselaw.extractors._base import Context, register_group
from caselaw.extractors.party_names import names_in

# (the verb is a word of its own: "a.k.a. Alexis GUILTY" is not "Alex" + "is GUILTY")
_VERDICT_NAMES = re.compile(
    r"\baccused(?:-appellants?|-petitioners?)?\b,?\s+(?P<names>[A-Z\[][^\n;:()]{2,250}?)\s*,?\s*"
    r"(?:\b(?:is|are|was|were)\s+(?:hereby\s+)?(?:found\s+)?"
    r"(?:GUILTY|NOT GUILTY|ACQUITTED|CONVICTED)"
    r"|GUILTY|guilty|ACQUITTED|in Criminal Case)",
)
# every _VERDICT_NAMES match ends with one of these (as written)
_VERDICT_ENDS = ("GUILTY", "guilty", "ACQUITTED", "CONVICTED", "in Criminal Case")
# "brothers of the appellant/accused namely A, B and C were acquitted of the charge", "his
# co-accused Rukhsana Bibi was acquitted by the trial court": the
# co-accused a Pakistani trial court acquitted, whose acquittal the appeal leaves standing;
# "Accused A and B are hereby acquitted for failure of the prosecution ...": a (quoted)
# Philippine trial-court fallo in lower case
NAMELY_ACQUITTED = re.compile(
    r"\b[Aa]ccused\s+(?:namely\s+)?(?P<names>[A-Z][^\n;:()]{2,200}?)\s+(?:was|were|has\s+been"
    r"|have\s+been|(?:is|are)(?:\s+hereby)?)\s+acquitted\b"
)
# "Muhammad Shabbir and Muhammad Shakeel (co-accused since acquitted)": co-accused whom a
# court below acquitted before this judgment (Pakistani usage), named before the parenthesis
SINCE_ACQUITTED = re.compile(
    r"\(\s*(?:(?:co-?\s?accused|accused)[,\s]+)?(?:since|already)\s+acquitted\s*\)", re.I
)
# the capitalised names right before it; a token may end in the dot of an initial or an
# honorific ("Ch."), never in a sentence's ("Hussain."); words glued by PDF conversion
# ("MuhammadShakeel") are no names
_TOKEN = r"(?<![A-Za-z])[A-Z](?:[A-Z]+|[a-z'\-]*)\.?(?<![a-z]{4}\.)"
_NAMES_BEFORE = re.compile(
    rf"(?:{_TOKEN}[ \t\n]+){{0,4}}{_TOKEN}"
    rf"(?:\s*(?:,|\band\b)\s*(?:{_TOKEN}[ \t\n]+){{0,4}}{_TOKEN})*\s*$"
)


def since_acquitted_names(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the names each "(co-accused since acquitted)" between lo and hi follows."""
    out: list[tuple[int, int]] = []
    for m in SINCE_ACQUITTED.finditer(text, lo, hi):
        n = _NAMES_BEFORE.search(text, max(lo, m.start() - 160), m.start())
        if n is not None:
            out.append((n.start(), n.end()))
    return out


_CONVICTING = re.compile(
    r"\b(?:CONVICTING|ACQUITTING|finding|(?i:the motion for reconsideration of))\s+(?i:accused)\b"
    r"(?P<names>.{5,500}?)(?:;|\n|GUILTY|\bdue to\b|$)"
)
_CAPS_RUN = re.compile(
    r"\b[A-Z][A-Z'\-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Z'\-\u00ad]+|y|Y|DE|DELA))*\s+[A-Z][A-Z'\-\u00ad\x80-\xff]+(?:,?\s+JR\.?)?"
)

register_group("parties.verdict", ["guilty", "acquitted", "acquitting", "convicting"])
register_group("parties.accused", ["accused"])


def verdict_defendants(ctx: Context) -> list[tuple[str, int, int]]:
    """(name, start, end) of each defendant a verdict sentence names."""
    text = ctx.text
    found: list[tuple[str, int, int]] = []
    for ps, pe in ctx.paragraphs("parties.verdict"):
        if pe - ps > 6000:
            continue
        if any(text.find(w, ps, pe) >= 0 for w in _VERDICT_ENDS):
            for m in _at_accused(ctx, _VERDICT_NAMES, ps, pe, 0):
                found += names_in(text, m.start("names"), m.end("names"))
        if text.find("acquitted", ps, pe) >= 0:  # (every match ends with it)
            for m in _at_accused(ctx, NAMELY_ACQUITTED, ps, pe, 0):
                found += names_in(text, m.start("names"), m.end("names"))
        if text.find("since", ps, pe) >= 0:
            for a, b in since_acquitted_names(text, ps, pe):
                found += names_in(text, a, b)
        for m in _at_accused(ctx, _CONVICTING, ps, pe, 45):
            runs = list(_CAPS_RUN.finditer(text, m.start("names"), m.end("names")))
            if runs:
                for r in runs:
                    found += names_in(text, r.start(), r.end())
            else:
                cut = re.search(r"\s(?:of|in|for)\s", text[m.start("names") : m.end("names")])
                end = m.start("names") + cut.start() if cut else m.end("names")
                found += names_in(text, m.start("names"), end)
    return found


_VERB_BEFORE = re.compile(
    r"\b(?:CONVICTING|ACQUITTING|finding|(?i:the motion for reconsideration of))\s+$"
)


_VERBS = ("CONVICTING", "ACQUITTING", "finding")  # _VERB_BEFORE's last words (and "of")


def _verb_before(text: str, lo: int, hi: int) -> int | None:
    """Start of ``_VERB_BEFORE.search(text, lo, hi)``: the verb must end the window but for
    blanks, so only the word before them is tried (its start is the match's)."""
    last = hi - 1  # the last non-blank character: every verb ends in g / G, "of" in f / F
    while last >= lo and text[last].isspace():
        last -= 1
    if last < lo or last == hi - 1 or text[last] not in "gGfF":
        return None
    window = text[lo:hi]
    bare = window.rstrip()
    if len(bare) == len(window) or not (bare.endswith(_VERBS) or bare[-2:].lower() == "of"):
        return None
    # the verb is at most len("the motion for reconsideration of") back: match there
    for back in (10, 7, 33):  # CONVICTING / ACQUITTING, finding, the motion ... of
        start = lo + len(bare) - back
        if start >= lo:
            m = _VERB_BEFORE.match(text, start, hi)
            if m is not None:
                return m.start()
    return None


def _at_accused(
    ctx: Context, pattern: re.Pattern[str], ps: int, pe: int, back: int
) -> list[re.Match[str]]:
    """Non-overlapping matches of a verdict-names pattern whose names follow the word
    "accused" (both patterns need it): tried only at that word's hits, up to ``back``
    characters before it for the verb ("CONVICTING accused ...")."""
    text = ctx.text
    out: list[re.Match[str]] = []
    last = ps
    spans = ctx.keyword_spans("parties.accused")  # sorted by start
    first = bisect.bisect_left(spans, (ps, -1))  # the paragraph's hits (not all the rest)
    for ks, ke in spans[first : bisect.bisect_left(spans, (pe, -1), first)]:
        if ks < last:
            continue
        if ks >= pe:
            break
        at = ks
        if back:  # the verb right before "accused" ("CONVICTING accused ...")
            verb = _verb_before(text, max(last, ks - back), ks)
            if verb is None:
                continue
            at = verb
        m = pattern.match(text, at, pe)
        if m is not None and m.start("names") >= ke:
            out.append(m)
            last = m.end()
    return out
