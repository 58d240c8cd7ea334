"""Findings the judgment narrates outside its final order: a court below's acquittal of a
named co-accused ("The RTC acquitted Roxas") and an appeal court's substituted verdict
("we quash the conviction for murder and substitute a verdict of manslaughter").
:mod:`caselaw.extractors.verdicts` adds them to the final part's findings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselaw.extractors._base import (
    HEAD_CHARS,
    Context,
    Finding,
    register_group,
    sentence_around,
)
from caselaw.extractors.found import Found
from caselaw.extractors.numbered_accused import numbered_labels
from caselaw.extractors.verdict_cues import fold_words, named_in, names_lower_court, sentence_of
from caselaw.extractors.verdict_parties import NAMELY_ACQUITTED as _NAMELY_ACQUITTED
from caselaw.extractors.verdict_parties import since_acquitted_names
from caselaw.models import CourtLevel, Outcome

_ACQUITTAL_NARRATED = re.compile(r"\bacquitt(?:ed|ing)\b", re.I)
register_group("verdicts.acquitted", ["acquitted", "acquitting"])  # its only words
_CONVICTS = re.compile(r"\bconvict(?:ed|ing|ion)?\b|\bguilty\b", re.I)
_NOT_ACQUITTED = re.compile(
    r"\b(?:not|never|cannot|could not|should not)\b[^.;]{0,20}acquitt", re.I
)


def _all_named(names: str, keys: list[list[str]]) -> list[int]:
    """The defendants every name token of whom is a word of ``names`` (a bare name list:
    a shared surname - "Muhammad Waseem Khan", "Muhammad Shabbir Khan" - names no one)."""
    words = set(re.findall(r"[a-z]+", fold_words(names)))
    return [i for i, toks in enumerate(keys) if toks and all(t in words for t in toks)]


def narrated_acquittals(ctx: Context, before: int, keys: list[list[str]]) -> list[Finding]:
    """ "The RTC acquitted Roxas": a court below acquitted a named co-accused.

    An acquittal cannot be appealed by the prosecution in the common-law and Philippine
    systems (double jeopardy), so it stands unless this judgment's final part names the
    defendant again (``standing_outcome``).  Only sentences that name a court below, no
    conviction and no negation count.
    """
    text = ctx.text
    out: list[Finding] = []
    done_to = -1
    for ks, ke in ctx.keyword_spans("verdicts.acquitted"):
        if ks >= before:
            break
        if ks < done_to:
            continue
        if not _ACQUITTAL_NARRATED.match(text, ks, ke):
            continue
        # (split as the dispositive parts are: "Mario L. Santos" ends no sentence)
        s, e = sentence_of(text, ks, max(0, ks - 2000), min(len(text), ke + 2000))
        done_to = e
        out.extend(_acquitted_in(ctx, keys, ks, s, e))
    return out


def _acquitted_in(ctx: Context, keys: list[list[str]], ks: int, s: int, e: int) -> list[Finding]:
    """The co-accused the sentence ``text[s:e]``, which narrates an acquittal (its word at
    ``ks``), says a court below acquitted."""
    text = ctx.text
    sentence = text[s:e]
    low = sentence.lower()  # (every negation _NOT_ACQUITTED reads holds "not" or "never")
    if ("not" in low or "never" in low) and _NOT_ACQUITTED.search(sentence):
        return []
    # "A and B (co-accused since acquitted)": acquitted by a court below before this
    # judgment, so the acquittal stands whatever court it was
    acquitted = [
        i for a, b in since_acquitted_names(text, s, e) for i in _all_named(text[a:b], keys)
    ]
    if not acquitted:
        acquitted = _named_acquitted(text, sentence, keys, ks - s, s, e)
    if not acquitted and "ccused" in sentence:
        acquitted = _numbered_acquitted(ctx, sentence, s, low)
    return [
        Finding(i, Outcome.ACQUITTED.value, False, CourtLevel.TRIAL.value, s, e) for i in acquitted
    ]


def _named_acquitted(
    text: str, sentence: str, keys: list[list[str]], at: int, s: int, e: int
) -> list[int]:
    """Whom a sentence that names the trial court says it acquitted (``at``: the acquittal
    word's offset in ``sentence == text[s:e]``)."""
    # (every match holds "ccused", as written: the pattern is case-sensitive)
    namely = _NAMELY_ACQUITTED.search(sentence) if "ccused" in sentence else None
    if namely is not None and names_lower_court("trial", text[max(0, s - 1500) : e]):
        # "... convicted the appellant, while his brothers/accused namely A, B and C
        # were acquitted": the trial court's acquittal of the co-accused it names
        return named_in(namely.group("names"), keys)
    if not names_lower_court("trial", sentence):
        return []
    convict = _CONVICTS.search(sentence)
    if convict:
        # "convicting A and B and acquitting C": the acquittal is C's, the names
        # between the acquittal word and the next conviction word
        tail = sentence[at:]
        if convict.start() > at or _CONVICTS.search(tail):
            return []
        sentence = tail
    return named_in(sentence, keys)


# "The 2nd Accused was acquitted from the case", "the second accused, indicted, was acquitted
# of the 5th to 8th counts", "Accused No. 2 has been acquitted": a co-accused the caption
# numbers, acquitted before this judgment (Sri Lankan, Indian, Kenyan and South African
# appeal judgments narrate the trial this way); the subject is the accused itself
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_NUMBERED = (
    r"(?:(?:\b(?P<n>\d{1,2})\s*(?:st|nd|rd|th)|\b(?P<w>" + "|".join(_ORDINAL_WORDS) + r"))"
    r"\s+accused(?:[- ](?:respondent|appellant|petitioner))?"
    r"|\baccused\s+(?:no\.?\s*)?(?P<k>\d{1,2}))"
)
_NUMBERED_ACQUITTED = re.compile(
    _NUMBERED + r"(?=(?:\s*,?\s*(?:indicted|charged|named\s+above)\s*,?)?\s+(?:was|were"
    r"|has\s+been|had\s+been|stands?)\s+(?:(?:duly|thus|also|subsequently|then)\s+)?"
    r"acquitted\b)"
    # the judge's act: "The learned High Court Judge ... has acquitted the 2nd accused"
    r"|\bacquitt(?:ed|ing)\s+(?:the\s+)?" + _NUMBERED.replace("?P<", "?P<a_"),
    re.I,
)
# the subject of the active "acquitted the 2nd accused": a judge or court
_JUDGE_SUBJECT = re.compile(r"\b(?:judge|court|magistrate|tribunal|jury)\b", re.I)
# (the narration belongs to this case when a trial or a court below is in the sentence or
# the lines before it, not a cited precedent's facts)
_TRIAL_WORD = re.compile(r"\btrial\b", re.I)
_CONTEXT_BEFORE = 400
# "1. A  2. B": the number a list caption prints before an accused's name
_LIST_NUMBER = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[.)]\s*$")


# (the same on the lower-cased sentence through Found: a literal scan to where a number or
# "accused" can start, not every position)
_NUMBERED_ACQUITTED_LOW = Found(_NUMBERED_ACQUITTED.pattern)


def _numbered_matches(sentence: str, low: str) -> Iterator[re.Match[str]]:
    """``_NUMBERED_ACQUITTED.finditer(sentence)`` (no match is empty), read on ``low``, the
    lower-cased sentence, where lower-casing keeps every offset."""
    if len(low) != len(sentence):
        yield from _NUMBERED_ACQUITTED.finditer(sentence)
        return
    first, at, end = _NUMBERED_ACQUITTED_LOW.first, 0, len(low)
    while (m := first(low, at, end)) is not None:
        yield m
        at = m.end()


def _numbered_acquitted(ctx: Context, sentence: str, s: int, low: str) -> list[int]:
    """The caption-numbered co-accused a sentence before the final part says was acquitted
    ("The 2nd Accused was acquitted from the case", "the learned Judge ... has acquitted the
    2nd accused"), when the sentence or the lines before it name the trial or a court below
    and no conviction follows the acquittal in it."""
    text = ctx.text
    found: list[int] = []
    for m in _numbered_matches(sentence, low):
        after = sentence[m.end() :]
        if _CONVICTS.search(after):
            continue  # "... was acquitted of count 2 but convicted of count 3"
        g = m.groupdict()
        if g["a_n"] or g["a_k"] or g["a_w"]:
            if not _JUDGE_SUBJECT.search(sentence, 0, m.start()):
                continue  # ("they acquitted the 2nd accused": whose act?)
            g = {k[2:]: v for k, v in g.items() if k.startswith("a_")}
        w = g["w"]
        n = int(g["n"] or g["k"] or _ORDINAL_WORDS.index(w.lower()) + 1)
        i = _accused_number(ctx, n)
        if i is not None and i not in found:
            found.append(i)
    if not found:
        return []
    around = text[max(0, s - _CONTEXT_BEFORE) : s + len(sentence)]
    if not (
        names_lower_court("trial", around)
        or names_lower_court("appellate", around)
        or _TRIAL_WORD.search(around)
    ):
        return []
    return sorted(found)


def _accused_number(ctx: Context, n: int) -> int | None:
    """The defendant the caption numbers ``n``: "Name  Accused 2" (numbered_accused), or
    "2. Name" in a numbered list of the accused."""
    by_label = numbered_labels(ctx).get(f"accused {n}")
    if by_label is not None:
        return by_label
    text = ctx.text
    hits = []
    for i, d in enumerate(ctx.defendants):
        for ev in d.evidence:
            if ev.start >= HEAD_CHARS:
                continue
            m = _LIST_NUMBER.search(text, max(0, ev.start - 6), ev.start)
            if m is not None and int(m.group(1)) == n:
                hits.append(i)
                break
    return hits[0] if len(hits) == 1 else None


accused_number = _accused_number  # (verdict_untouched reads the caption's numbers too)


_SUBSTITUTED = re.compile(
    r"\bsubstitut\w*\s+(?:for it\s+)?(?:an?\s+|the\s+)?(?:alternative\s+)?"
    r"(?:verdicts?|convictions?)\s+(?:of|for)\s+(?P<offence>[a-z][a-z\- ]{2,60}?)"
    r"(?=\s+(?:on|by|contrary|under|and|in|with|to)\b|[.,;:(]|$)",
    re.I,
)
_NOT_SUBSTITUTED = re.compile(
    r"\b(?:not|cannot|could not|unable to|decline|refuse|no power)\b[^.;]{0,60}$", re.I
)


def substituted_verdicts(ctx: Context, keys: list[list[str]], level: str | None) -> list[Finding]:
    """ "We quash the conviction for murder and substitute a verdict of manslaughter": the
    appeal court convicts of the substituted offence (England and Wales, Criminal Appeal Act
    1968 s.3).  The finding names its offence (``category_hint``), so it decides only the
    charge of that offence; the quashed count keeps the judgment's other findings."""
    text = ctx.text
    out: list[Finding] = []
    for ks, ke in ctx.keyword_spans("verdicts.substitute"):
        m = _SUBSTITUTED.match(text, ks, min(len(text), ke + 120))
        if m is None or _NOT_SUBSTITUTED.search(text, max(0, ks - 80), ks):
            continue
        s, e = sentence_around(text, ks, ke, ".;")
        named: list[int | None] = [*named_in(text[s:e], keys)] or [None]
        hint = m.group("offence").strip().lower()
        out.extend(Finding(i, Outcome.CONVICTED.value, True, level, s, e, hint) for i in named)
    return out
