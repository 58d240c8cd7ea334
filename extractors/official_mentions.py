"""Where a judgment speaks of a defendant other than by the full name: the surname, a caption
number ("accused 2"), a lone defendant's party word ("the appellant"), a caption ordinal
("the 1st Appellant"), a bracketed party-word alias ("Jose Cruz (petitioner)"), a compound
surname spelt apart ("Veracruz" / "Vera Cruz").  Read by :mod:`official_kind` (the office
named at each) and, the surname and caption numbers only, by :mod:`officials`.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.accused_verb import accused_verb
from caselaw.extractors.names import name_keys, name_spans
from caselaw.extractors.numbered_accused import numbered_spans

__all__ = ["alias_spans", "mention_spans", "ordinal_spans", "party_spans", "split_surname_spans"]

MENTIONS = 32
"""The mentions read: a judgment gives a person's office where it introduces them (the
caption, the information, the facts), not in the hundredth "accused X" of its reasoning."""

# a lone defendant's party word ("the accused-appellant, who was the Officer-in-Charge of
# the X Police Station"); not "respondent", the State's side in an appeal
_PARTY_WORDS = frozenset(["accused", "appellant", "petitioner", "applicant", "defendant"])
_COMPOUND = re.compile(r"(?:-[a-z]+)*", re.I)
_PARTY_MENTIONS = 16
"""Party words read: the office comes with the party's introduction, near the start."""


def party_spans(ctx: Context) -> list[tuple[int, int]]:
    """The first party words standing for a lone defendant, compound labels whole."""
    text, low = ctx.text, ctx.lower
    out = []
    for s, e in ctx.keyword_spans("parties.label"):
        if low[s:e] in _PARTY_WORDS and not text[e : e + 1].isalpha():
            if accused_verb(text, low, s, e):  # ("Prosecutor X accused herein appellant")
                continue
            m = _COMPOUND.match(text, e)
            out.append((s, m.end() if m else e))
            if len(out) >= _PARTY_MENTIONS:
                break
    return out


_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL_BEFORE = re.compile(r"\b(?:(\d{1,2})\s*(?:st|nd|rd|th)|([a-z]+))[\s-]+$")
_BLANK_DASH = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "-"  # re's [\s-]
_ORDINAL_LAST = ("t", "d", "h")  # how "1st" ... "4th" and "first" ... "eighth" end


def _may_follow_ordinal(before: str) -> bool:
    """Can ``_ORDINAL_BEFORE`` find an ordinal ending ``before``: it ends in blanks or
    dashes after a "t", "d" or "h" (a literal test before the search)."""
    return before.rstrip(_BLANK_DASH)[-1:] in _ORDINAL_LAST and before[-1:] in _BLANK_DASH


def ordinal_spans(ctx: Context, index: int) -> list[tuple[int, int]]:
    """Where a judgment of several defendants calls defendant ``index`` by its place in the
    caption ("the 1st Appellant, being the Officer-in-Charge of ...", "the second accused,
    a police constable"), compound labels whole; none when the defendants are not listed
    in caption order."""
    starts = [d.evidence[0].start for d in ctx.defendants if d.evidence]
    if len(starts) != len(ctx.defendants) or starts != sorted(starts):
        return []
    return _ordinal_labels(ctx).get(index + 1, [])


def _ordinal_labels(ctx: Context) -> dict[int, list[tuple[int, int]]]:
    """The party words after an ordinal ("1st", "second"), by the ordinal's number (the
    first ``_PARTY_MENTIONS`` of each), once per judgment: one walk of the labels for all
    its defendants."""
    found = ctx.cache.get("official_mentions.ordinals")
    if found is not None:
        return found
    text, low = ctx.text, ctx.lower
    out: dict[int, list[tuple[int, int]]] = {}
    for s, e in ctx.keyword_spans("parties.label"):
        if low[s:e] not in _PARTY_WORDS or text[e : e + 1].isalpha():
            continue
        if not _may_follow_ordinal(low[max(0, s - 12) : s]):
            continue  # (most party words)
        m = _ORDINAL_BEFORE.search(low, max(0, s - 12), s)
        if m is None:
            continue
        if m.group(1):
            n = int(m.group(1))
        elif m.group(2) in _ORDINAL_WORDS:
            n = _ORDINAL_WORDS.index(m.group(2)) + 1
        else:
            continue
        spans = out.setdefault(n, [])
        if len(spans) < _PARTY_MENTIONS:
            c = _COMPOUND.match(text, e)
            spans.append((s, c.end() if c else e))
    ctx.cache["official_mentions.ordinals"] = out
    return out


_ALIAS = re.compile(
    r"(?:\s+[A-Z][\w'-]*)?\s*\((?:the\s+)?(petitioner|appellant|accused|applicant|defendant"
    r"|respondent)\)",
    re.I,
)


def alias_spans(ctx: Context, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The party word a judgment of several defendants gives one of them as a bracketed
    alias ("Joseph T. Cruz (petitioner), together with his co-accused ..."): its first
    uses stand for that defendant ("against petitioner, a team member of the City
    Veterinary Office")."""
    text, low = ctx.text, ctx.lower
    for _, e in spans[:MENTIONS]:
        m = _ALIAS.match(text, e, e + 60)
        if m is None:
            continue
        word = m.group(1).lower()
        out = []
        for s, end in ctx.keyword_spans("parties.label"):
            if low[s:end] == word and not text[end : end + 1].isalpha():
                out.append((s, end))
                if len(out) >= _PARTY_MENTIONS:
                    break
        return out
    return []


CAPTION_ONLY = 2
"""A surname found no more often than this (the caption's) may be spelt apart in the text."""


def split_surname_spans(ctx: Context, surname: str) -> list[tuple[int, int]]:
    """A compound surname the caption writes as one word and the text as two ("Veracruz" /
    "Vera Cruz", "Delacruz" / "Dela Cruz", "Abeysinghe" / "Abey Singhe"): the spans of the
    spelling apart found most often (twice at least)."""
    if len(surname) < 7 or not surname.isalpha():
        return []
    low = ctx.lower
    if len(low) != len(ctx.text):
        return []
    best: list[tuple[int, int]] = []
    for cut in range(3, len(surname) - 2):
        apart = f"{surname[:cut]} {surname[cut:]}"
        found = []
        at = low.find(apart)
        while at >= 0:
            end = at + len(apart)
            if not low[at - 1 : at].isalpha() and not low[end : end + 1].isalpha():
                found.append((at, end))
            at = low.find(apart, end)
        if len(found) >= 2 and len(found) > len(best):
            best = found
    return best


def mention_spans(ctx: Context, index: int) -> list[tuple[int, int]]:
    """Every mention of defendant ``index``: their surname (of three letters or more) and
    the caption number standing for it ("Accused 2, a member of the ... Police Service").
    Once per judgment and defendant: the roles step reads them for the status, assemble
    again for the type of an official by charge."""
    name = ctx.defendants[index].name
    cache = ctx.cache.setdefault("official_mentions.spans", {})
    spans = cache.get((index, name))
    if spans is None:
        spans = cache[(index, name)] = _mention_spans(ctx, index, name)
    return list(spans)


def _mention_spans(ctx: Context, index: int, name: str) -> list[tuple[int, int]]:
    toks = name_keys(ctx, name)
    spans = name_spans(ctx, toks[-1], not name.isascii()) if toks and len(toks[-1]) >= 3 else []
    numbered = numbered_spans(ctx, index)
    return sorted({*spans, *numbered}) if numbered else spans
