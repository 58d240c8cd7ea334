"""The tokens of citation chains: provision lists, act names and connectives.

:func:`tokens` finds them in ``text[lo:hi]`` for :mod:`caselaw.extractors.citations`:
provision lists ("Sections 4(a) and 6"), acts (lexicon aliases, numbered acts such
as ``R.A. No. 9208``, "18 U.S.C.", capitalised "... Act 1957" names) and
connectives ("in relation to", "read with", "as amended by").  Given the
prefilter's hits, each regex is tried only where one of its literal anchors
was found (:mod:`caselaw.extractors.anchors`); without them, over the whole
range.  Both give the same tokens (tests/extractors/test_anchors.py).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from caselaw.extractors import anchors, lexicon
from caselaw.extractors.anchors import AnchorHits
from caselaw.extractors.citation_acts import (
    NUMBERED_ACT,
    ActRef,
    footnote_glued,
    numbered_short,
    resolve_act,
)
from caselaw.extractors.citation_aliases import _alias_matches, _alias_regex

# (a PDF line of a block layout may wrap between a number and its clause: "Section 19\n\n(c)")
_SUB = r"(?:(?:\s?|\n[ \t]*\n[ \t]*)\(\s?[0-9a-zA-Z]{1,5}\s?\))"
# (a letter suffix may stand a blank apart when its clause follows: "337 F(i)")
_NUM = rf"\d{{1,5}}(?:\.\d{{1,4}})*(?:-?[A-Z]{{1,2}}\b|[A-Z](?![a-z])| [A-Z](?=\())?{_SUB}*"
_UNIT = (
    r"(?:§§?|(?:sub-?)?sec(?:tion)?s?\b\.?|secs?\.|ss?\.(?=\s?\d)|ss?(?=\s\d)|u/ss?\.?"
    r"|art(?:icle)?s?\b\.?|arts?\.|rules?\b|para(?:graph)?s?\b\.?|pars?\.)"
)
_PAR = r"(?:,?\s?par(?:agraph|\.)?\s?\(?[0-9a-z]{1,3}\)?)"
_ITEM = rf"(?:{_NUM}{_PAR}?|{_SUB}+)"
# (a comma may end a PDF line, with its trailing blanks: "sections 409, 420, 468, \n471 PPC";
# then the next line must open with a section number, not a paragraph's "2." or "2)")
_LIST_SEP = (
    rf"(?:\s?(?:,|&|/|\band\b|\bor\b)\s?(?:{_UNIT}\s?)?"
    r"|,[ \t]*\n[ \t]*(?=\d{1,5}(?![\d.)]))"
    # (two clauses of one section side by side, the comma left out: "Section 19(b) 19 (c)")
    r"|(?<=\([a-z]\))[ \t]+(?=\d{1,5}(?:\s?|\n[ \t]*\n[ \t]*)\([a-z]\)))"
)
_PROV = re.compile(
    rf"(?<![\w/])(?P<unit>{_UNIT})\s?(?P<list>{_NUM}{_PAR}?(?:{_LIST_SEP}{_ITEM})*)",
    re.IGNORECASE,
)
_BARE_PROV = re.compile(rf"(?P<list>{_NUM}(?:{_LIST_SEP}{_ITEM})*)(?![\w.])", re.IGNORECASE)
_US = re.compile(
    r"(?<!\w)(?P<title>\d{1,2})\s?U\.?\s?S\.?\s?C\.?(?:\s?A\.?)?\s?(?:§§?|sec(?:tion)?s?\.?)?\s?"
    rf"(?P<list>{_NUM}(?:{_LIST_SEP}{_ITEM})*)"
    r"|(?<!\w)Title\s(?P<title2>\d{1,2}),?\s+United\s+States\s+Code,?\s+(?:§§?|sections?)\s?"
    rf"(?P<list2>{_NUM}(?:{_LIST_SEP}{_ITEM})*)",
    re.IGNORECASE,
)
# (the lookahead names the only first characters: ``re`` skips other positions at once)
_NAMED_ACT = re.compile(
    r"(?=[tA-Z])(?<![\w])(?:the\s+|)"
    r"(?P<name>(?:[A-Z][\w'’()-]*\s+(?:(?:of|and|for|in|on|the|to)\s+){0,2}){1,8}"
    r"(?:Act|Ordinance|Code|Decree|Law|Rules)(?:\s+(?:No\.?\s?\d+\s+)?of\s+\d{4}|,?\s+\d{4})?)"
    r"(?![\w])"
)
_CONNECTIVE = re.compile(
    r"(?<![\w])(?P<c>in\s+relation\s+to|(?:as\s+)?read\s+(?:together\s+)?with|r/w|"
    r"punishable\s+(?:under|u/s)|contrary\s+to|in\s+violation\s+of|(?:for\s+(?:the\s+)?)?"
    r"violations?\s+of|qualified\s+by|as\s+amended(?:\s+by)?|in\s+conjunction\s+with|"
    r"together\s+with|in\s+rel\.)(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Provision:
    unit: str  # "s" (section, §), "art" (article), "rule", "para"
    number: str  # normalised, e.g. "4(a)", "13(1)(d)", "4-A"
    start: int
    end: int


class Tok(NamedTuple):
    """A provision list, act or connective found in the text (``value`` by kind).

    A named tuple, not a dataclass: a parse makes many, and a frozen dataclass is
    several times dearer to build."""

    kind: str  # prov | act | conn
    start: int
    end: int
    value: object


def _windows(anchors: list[tuple[int, int]] | None, lo: int, hi: int) -> list[tuple[int, int]]:
    """Merged windows of ``ALIAS_REACH`` around anchor keywords (all of [lo, hi) if None)."""
    if anchors is None:
        return [(lo, hi)]
    out: list[tuple[int, int]] = []
    for s, e in anchors:
        if e <= lo or s >= hi:
            continue
        ws, we = max(lo, s - ALIAS_REACH), min(hi, e + ALIAS_REACH)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], we))
        else:
            out.append((ws, we))
    return out


ALIAS_REACH = 90  # an alias lies within this many characters of its prefilter keyword


def tokens(
    text: str,
    lo: int,
    hi: int,
    jurisdiction: str | None,
    anchor_spans: list[tuple[int, int]] | None,
    hits: AnchorHits | None = None,
    parts: list[tuple[int, int]] | None = None,
) -> list[Tok]:
    """Tokens in ``text[lo:hi]``, earliest-then-longest wherever they overlap.

    ``hits`` (``prefilter.scan(text)``): try each regex only at its anchors;
    else scan the whole range (aliases only near ``anchor_spans`` if given).
    ``parts`` (with ``hits``; sorted, disjoint sub-ranges of ``[lo, hi)``): only the
    tokens starting in them, as found in the whole range -- exact when no token of
    the whole range crosses a part's edge (see :func:`caselaw.extractors.anchors.barrier_before`).
    """
    toks: list[Tok] = []
    if parts == []:
        return toks
    if hits is None:
        founds = [_scan_all(text, lo, hi, anchor_spans)]
    else:
        windows = anchors.named_windows(text, lo, hi, hits)
        ranges = [(lo, hi)] if parts is None else parts
        founds = [_scan_at(text, a, b, hits, hi, windows) for a, b in ranges]
    for found in founds:
        _collect(text, hi, jurisdiction, found, toks)
    return _drop_overlaps(toks)


def _collect(text: str, hi: int, jurisdiction: str | None, found: _Found, toks: list[Tok]) -> None:
    """Turn one scan's matches into tokens (appended to ``toks``)."""
    first = len(toks)
    for m in found["us"]:
        title = m.group("title") or m.group("title2")
        grp = "list" if m.group("list") else "list2"
        act = ActRef(f"{title} U.S.C.", m.start(), m.start(grp))
        entry = resolve_act(act.short, jurisdiction)
        toks.append(Tok("act", act.start, act.end, ActRef(act.short, act.start, act.end, entry)))
        toks.append(Tok("prov", m.start(grp), m.end(grp), _provisions("s", m, grp)))
    for m in found["alias"]:
        entry = resolve_act(m.group(0), jurisdiction)
        if entry is None:
            continue  # another jurisdiction's local alias: the act is read by its name
        s, e = m.span()
        toks.append(Tok("act", s, e, ActRef(entry.short, s, e, entry)))
    for m in found["numbered"]:
        short = numbered_short(m)
        entry = resolve_act(m.group(0), jurisdiction)
        if entry is None:
            short, entry = footnote_glued(m, short, jurisdiction)
            if entry is None and m.group("glued"):
                continue  # six digits and no known act under them: no act number
        s, e = m.span()
        toks.append(Tok("act", s, e, ActRef(short, s, e, entry)))
    strong: list[Tok] | None = None  # the acts above, without overlaps (sorted when needed)
    starts: list[int] = []  # their starts
    for m in found["named"]:
        name = m.group("name")
        s = m.start("name")
        if _NOT_A_NAME.match(name) or name.startswith("Amendment)"):
            continue  # ("the Penal Code (Amendment) Act": the amending act, filler after its act)
        if strong is None:
            strong = _drop_overlaps(toks[first:])
            starts = [t.start for t in strong]
        if _overlaps(strong, starts, s, m.end()):
            continue
        entry = resolve_act(name, jurisdiction)
        short = entry.short if entry else re.sub(r"\s+", " ", name)
        toks.append(Tok("act", s, m.end(), ActRef(short, s, m.end(), entry)))
    for m in found["prov"]:
        s, e = m.span()
        toks.append(Tok("prov", s, e, _provisions(_unit(m.group("unit")), m)))
    for m in found["conn"]:
        s, e = m.span()
        toks.append(Tok("conn", s, e, _connective(m.group("c"))))
        # "read with 5(2) of ...": a bare provision list right after a connective
        bare = _BARE_PROV.match(text, _skip_space(text, m.end(), hi), hi)
        if bare:
            toks.append(Tok("prov", bare.start(), bare.end(), _provisions("s", bare)))


_Found = dict[str, Iterable[re.Match[str]]]


def _scan_all(text: str, lo: int, hi: int, anchor_spans: list[tuple[int, int]] | None) -> _Found:
    """Every regex over all of ``[lo, hi)`` (the aliases near ``anchor_spans`` only)."""
    regex, _ = _alias_regex()
    windows = _windows(anchor_spans, lo, hi)
    return {
        "us": _US.finditer(text, lo, hi),
        "alias": (m for w_lo, w_hi in windows for m in regex.finditer(text, w_lo, w_hi)),
        "numbered": NUMBERED_ACT.finditer(text, lo, hi),
        "named": _NAMED_ACT.finditer(text, lo, hi),
        "prov": _PROV.finditer(text, lo, hi),
        "conn": _CONNECTIVE.finditer(text, lo, hi),
    }


def _scan_at(
    text: str,
    lo: int,
    hi: int,
    hits: AnchorHits,
    endpos: int | None = None,
    named: list[tuple[int, int]] | None = None,
) -> _Found:
    """The same matches as :func:`_scan_all`, trying each regex only at its anchors.

    Matches start in ``[lo, hi)`` and may run on to ``endpos`` (default ``hi``);
    ``named`` are the capitalised-name windows of the whole range
    (:func:`caselaw.extractors.anchors.named_windows`; default: of ``[lo, hi)``).
    """
    if endpos is None:
        endpos = hi
    if named is None:
        named = anchors.named_windows(text, lo, hi, hits)
    doc = _doc_starts(text, hits)
    return {
        "us": anchors.finditer(_US, text, _between(doc.us, lo, hi), lo, hi, endpos),
        "alias": _alias_matches(text, lo, hi, hits, endpos),
        "numbered": anchors.finditer(
            NUMBERED_ACT, text, _between(doc.numbered, lo, hi), lo, hi, endpos
        ),
        "named": anchors.windowed(_NAMED_ACT, text, named, lo, hi),
        "prov": anchors.finditer(_PROV, text, _between(doc.units, lo, hi), lo, hi, endpos),
        "conn": anchors.finditer(_CONNECTIVE, text, _between(doc.conns, lo, hi), lo, hi, endpos),
    }


@dataclass(frozen=True, slots=True)
class _DocStarts:
    """Per regex, the sorted positions in a whole judgment where it may match.

    Those in ``[lo, hi)`` are the ones :func:`_scan_at` would find for that range
    alone (a connective's words stepped over lie inside the range, or it starts before).
    """

    text: str
    hits: AnchorHits
    us: list[int]
    numbered: list[int]
    units: list[int]
    conns: list[int]


_last_doc: list[_DocStarts] = []


def _doc_starts(text: str, hits: AnchorHits) -> _DocStarts:
    """The judgment's :class:`_DocStarts`, found once per ``(text, hits)`` (the last one kept)."""
    last = _last_doc[-1] if _last_doc else None
    if last is not None and last.hits is hits and last.text is text:
        return last
    n = len(text)
    us = anchors.simple_starts(hits, "anchor.usc", 0, n, shift=3)
    us = sorted({*us, *anchors.simple_starts(hits, "anchor.title", 0, n)})
    found = _DocStarts(
        text,
        hits,
        us,
        anchors.simple_starts(hits, "anchor.numbered", 0, n),
        anchors.simple_starts(hits, "anchor.unit", 0, n),
        anchors.connective_anchors().starts(hits, text, 0, n),
    )
    _last_doc[:] = [found]
    return found


def _between(starts: list[int], lo: int, hi: int) -> list[int]:
    return starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


_NOT_A_NAME = re.compile(
    r"(?:sec(?:tion)?s?|art(?:icle)?s?|rules?|chapter|title|part|schedule|republic|presidential"
    r"|batas|the)\b\.?",
    re.IGNORECASE,
)


def _overlaps(toks: list[Tok], starts: list[int], start: int, end: int) -> bool:
    """One of the sorted, disjoint ``toks`` (starting at ``starts``) overlaps ``[start, end)``."""
    i = bisect.bisect_left(starts, end)
    return any(t.end > start for t in toks[max(0, i - 3) : i])


@lru_cache(maxsize=256)
def _connective(written: str) -> str:
    """A connective as written, lowered, its whitespace folded ("read  with" -> "read with")."""
    return " ".join(written.lower().split())


def _skip_space(text: str, pos: int, hi: int) -> int:
    while pos < hi and text[pos].isspace():
        pos += 1
    return pos


_START, _END = attrgetter("start"), attrgetter("end")


def _drop_overlaps(toks: list[Tok]) -> list[Tok]:
    """Keep the earliest-starting, then longest, token wherever tokens overlap."""
    toks.sort(key=_END, reverse=True)  # (stable: equal ends keep their order)
    toks.sort(key=_START)  # by start, then the longest first
    out: list[Tok] = []
    for t in toks:
        if out and t.start < out[-1].end:
            if t.kind == "prov" and out[-1].kind == "act" and out[-1].end <= t.start + 1:
                out.append(t)
            continue
        out.append(t)
    return out


@lru_cache(maxsize=256)
def _unit(raw: str) -> str:
    low = raw.lower()
    if low.startswith("art"):
        return "art"
    if low.startswith("rule"):
        return "rule"
    if low.startswith("par"):
        return "para"
    return "s"


_ITEM_RE = re.compile(rf"(?P<num>{_NUM})(?P<par>{_PAR})?|(?P<sub>{_SUB}+)", re.IGNORECASE)


def _provisions(unit: str, m: re.Match[str], group: str = "list") -> tuple[Provision, ...]:
    offset = m.start(group)
    return tuple(
        [
            Provision(unit, number, offset + start, offset + end)
            for number, start, end in _items(m.group(group))
        ]
    )


@lru_cache(maxsize=4096)
def _items(written: str) -> tuple[tuple[str, int, int], ...]:
    """Normalised provision numbers in a written list, with their offsets (judgments repeat)."""
    out: list[tuple[str, int, int]] = []
    base = ""
    for item in _ITEM_RE.finditer(written):
        if item.group("num"):
            number = lexicon.normalise_section(item.group("num"))
            if item.group("par"):
                letter = re.sub(r"[^0-9a-z]", "", item.group("par").lower().replace("par", "", 1))
                letter = letter.replace("agraph", "")
                number += f"({letter})" if letter else ""
            base = number.split("(", 1)[0]
        else:
            number = base + re.sub(r"\s", "", item.group("sub")).lower()
        if number:
            out.append((number, item.start(), item.end()))
    return tuple(out)
