"""Whose charge a mention is: the defendants its sentence names (by name, by a short form
the judgment defines -- "(hereinafter Cruz)" -- or by a caption's number, "accused 2"),
else the one defendant its paragraph names before it, else every defendant (one
Information charging all accused is the common case).  :mod:`caselaw.extractors.attribution`
decides what becomes of the mentions so owned."""

from __future__ import annotations

import re
from typing import Any

from caselaw.extractors._base import Context
from caselaw.extractors.caption_labels import caption_labels
from caselaw.extractors.names import fold, has_word, lowers_like_re
from caselaw.extractors.numbered_accused import numbered_labels, short_form_re

_WORD = re.compile(r"[^\W\d_]+")


def named_in(text: str, keys: list[list[str]]) -> list[int]:
    """The defendants whose surname is a word of ``text`` (folded)."""
    if text.isascii():  # an ASCII word is a run of letters and folds to itself lower-cased
        low = text.lower()
        return [i for i, k in enumerate(keys) if k and len(k[-1]) > 2 and has_word(low, k[-1])]
    # (an ASCII word of letters folds to itself lower-cased: fold() only for the others)
    words = {w.lower() if w.isascii() else fold(w) for w in _WORD.findall(text)}
    return [i for i, k in enumerate(keys) if k and k[-1] in words and len(k[-1]) > 2]


# a dot after an initial or an abbreviation ("Dr. Iqrar Khan and Ch. Muhammad Hussain",
# "No. 5") does not end a sentence
_ABBREV = re.compile(r"(?:\b[A-Za-z]{1,2}|\bMrs|\bNos|\bSec|\bArt|\bvs|\bSt)$")


def _sentence_start(text: str, start: int) -> int:
    floor = max(0, start - 600, text.rfind("\n\n", max(0, start - 600), start))
    at = start
    while True:
        at = text.rfind(". ", floor, at)
        if at < 0 or not _ABBREV.search(text, max(0, at - 4), at):
            return max(at, floor)
        # keep looking further back


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = _sentence_start(text, start) + 1
    reach = end + 602  # an end found beyond end + 600 is cut to end + 600 anyway
    hi_candidates = [
        i for i in (text.find(". ", end, reach), text.find("\n\n", end, reach)) if i >= 0
    ]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return max(lo, 0), min(hi, end + 600)


# A judgment names parties by the short forms it defines: 'X (hereinafter "A-1")',
# '(hereinafter referred to as "the first appellant")' (Indian, Pakistani, Malaysian,
# Nigerian usage).  A sentence using the short form names that defendant.
_DEFINED = re.compile(
    r"\(\s*(?:hereinafter|hereafter|for short)\s*(?:,\s*)?(?:referred\s+to\s+as\s+|called\s+)?"
    r"[\"“'‘](?P<short>[^\"”'’\n]{1,30})[\"”'’]\s*\)",
    re.I,
)


_DEFINING = ("hereinafter", "hereafter", "for short")  # one opens every _DEFINED match


def _definitions(text: str, low: str) -> list[re.Match[str]]:
    """``list(_DEFINED.finditer(text))``, matched only at the "(" before a defining word
    (``low``: ``text`` lower-cased with the same offsets)."""
    opens: set[int] = set()
    for w in _DEFINING:
        at = low.find(w)
        while at >= 0:
            p = at - 1
            while p >= 0 and low[p].isspace():
                p -= 1
            if p >= 0 and low[p] == "(":
                opens.add(p)
            at = low.find(w, at + 1)
    out: list[re.Match[str]] = []
    for p in sorted(opens):
        if out and p < out[-1].end():
            continue  # inside the definition just read (finditer does not overlap)
        m = _DEFINED.match(text, p)
        if m is not None:
            out.append(m)
    return out


def _short_forms(ctx: Context, keys: list[list[str]]) -> dict[str, int]:
    """Defined short form -> the defendant named just before its definition (once each)."""
    found = ctx.cache.get("attribution.short_forms")
    if found is None:
        found = {}
        text = ctx.text
        # with lower-casing as re.I (same offsets), a definition is read only where a
        # defining word follows a "(" (what every _DEFINED match starts with)
        definitions = _definitions(text, ctx.lower) if lowers_like_re(ctx) else None
        for m in definitions if definitions is not None else _DEFINED.finditer(text):
            named = named_in(text[max(0, m.start() - 120) : m.start()], keys)
            short = m.group("short").strip()
            if len(named) == 1 and short and short.lower() not in found:
                found[short.lower()] = named[0]
        for short, d in numbered_labels(ctx).items():
            found.setdefault(short, d)
        if len(keys) > 1:  # "petitioner" alone names the one defendant the caption calls so
            for short, d in caption_labels(ctx).items():
                found.setdefault(short, d)
        ctx.cache["attribution.short_forms"] = found
    return found


def _named_or_short(ctx: Context, passage: str, keys: list[list[str]]) -> list[int]:
    named = set(named_in(passage, keys))
    low = passage.lower()
    for short, d in _short_forms(ctx, keys).items():
        if short in low and short_form_re(short).search(low):
            named.add(d)
    return sorted(named)


# "Tabisula charged Judge Reyes with violation of ...": the person the cue charges by name
# (after an optional title) is that charge's accused; when no defendant bears that name the
# charge is another person's (a co-respondent whose complaint was dismissed, a complainant
# judge), not the defendants' (nor, in a single-defendant case, the one defendant's)
_CHARGED_NAMED = re.compile(
    r"charg(?:ed|ing)\s+(?:(?i:judge|justice|respondents?|petitioners?|accused|atty\.|mrs?\."
    r"|ms\.|hon\.)\s+)?((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)\s+with\b"
)


def charged_other(evidence: tuple[Any, ...], keys: list[list[str]]) -> bool:
    """Does every evidence span of a mention open with "charged X with" naming a person
    who is no defendant (``_CHARGED_NAMED``)?"""
    if not evidence:
        return False
    for ev in evidence:
        if not ev.text.startswith("charg"):
            return False
        m = _CHARGED_NAMED.match(ev.text)
        if m is None or named_in(m.group(1), keys):
            return False
    return True


def owners(ctx: Context, start: int, end: int, keys: list[list[str]]) -> list[int]:
    """The defendants the sentence names (by name or defined short form); else the one
    defendant the paragraph names before it (a paragraph about one accused's appeal);
    else every defendant (one Information charging all accused)."""
    text = ctx.text
    s, e = sentence_bounds(text, start, end)
    owners = _named_or_short(ctx, text[s:e], keys)
    if owners:
        return owners
    para = max(text.rfind("\n\n", 0, s), s - 1500, 0)
    before = _named_or_short(ctx, text[para:s], keys)
    if len(before) == 1:
        return before
    return list(range(len(keys)))


def mention_owners(ctx: Context, evidence: tuple[Any, ...], keys: list[list[str]]) -> list[int]:
    """The owners of a mention merged from several places, sorted: those of its first span
    (:func:`owners`), and when they are not every defendant also
    - in an administrative matter, those of each other span: the same offence said of one
      respondent in the OCA's recommendation and of another in the fallo is one mention,
      and each respondent's liability is decided apart;
    - else, those the dispositive part's repeats of it name (:func:`_fallo_owners`).
    (A criminal Information's joint charge keeps its first owners.)"""
    who = owners(ctx, evidence[0].start, evidence[0].end, keys)
    if len(evidence) == 1 or len(who) == len(keys):
        return who
    found = set(who)
    if ctx.info.proceeding == "administrative":
        for ev in evidence[1:]:
            found.update(owners(ctx, ev.start, ev.end, keys))
    else:
        found |= _fallo_owners(ctx, evidence, keys)
    return sorted(found)


def _fallo_owners(ctx: Context, evidence: tuple[Any, ...], keys: list[list[str]]) -> set[int]:
    """The defendants named in the sentences of the dispositive part that repeat a merged
    mention ("X GUILTY of gross neglect of duty. ... Y GUILTY of gross neglect of duty"):
    a finding against each respondent in turn makes the offence each one's."""
    d_start, d_end = ctx.dispositive
    found: set[int] = set()
    for ev in evidence[1:]:
        if d_start <= ev.start < d_end:
            s, e = sentence_bounds(ctx.text, ev.start, ev.end)
            found.update(_named_or_short(ctx, ctx.text[s:e], keys))
    return found
