"""Literal anchors of the citation and charge regexes, found by the prefilter's one pass.

Python's ``re`` tries a big case-insensitive alternation at every position of
the text (about 1 MB/s for the charge cues).  Every match of those regexes
starts at, or a few fixed words before, a literal keyword, so the prefilter's
Aho-Corasick pass (which runs anyway) finds the only places where a match can
start, and the regex is then tried there alone with ``pattern.match(text, pos)``.
:func:`finditer` reproduces ``pattern.finditer(text, lo, hi)`` exactly as long as
the candidate positions include every position where the pattern matches; the
tests in tests/extractors/test_anchors.py check that on the corpus, on
generated text and on random text.

This module holds the anchor keywords and registers them (:func:`anchor_groups`);
the rest lives in three neighbours, whose names are re-exported here:

* :mod:`~caselaw.extractors.anchor_search`: trying a regex only at the hits
  (:func:`finditer`, :func:`simple_starts`, :func:`named_matches`, :func:`windowed`).
* :mod:`~caselaw.extractors.anchor_phrases`: phrases anchored on their first uncommon
  word (:class:`PhraseAnchors`, :func:`phrase_anchors`).
* :mod:`~caselaw.extractors.anchor_aliases`: the token each statute alias is found by
  (:func:`alias_anchor`, :func:`weak_alias_anchors`).
"""

from __future__ import annotations

from functools import cache

from caselaw.extractors import lexicon
from caselaw.extractors.anchor_aliases import (
    FREQUENT,
    alias_anchor,
    alias_groups,
    weak_alias_anchors,
)
from caselaw.extractors.anchor_phrases import COMMON, PhraseAnchors, phrase_anchors
from caselaw.extractors.anchor_search import (
    NAME_REACH,
    NAME_TAIL,
    AnchorHits,
    finditer,
    named_matches,
    named_windows,
    simple_starts,
    windowed,
)

__all__ = [
    "COMMON",
    "CONNECTIVES",
    "COUNT",
    "CUE_EXTRA",
    "FREQUENT",
    "NAMED",
    "NAME_REACH",
    "NAME_TAIL",
    "NUMBERED",
    "UNITS",
    "USC",
    "AnchorHits",
    "PhraseAnchors",
    "alias_anchor",
    "anchor_groups",
    "connective_anchors",
    "cue_anchors",
    "discussion_anchors",
    "finditer",
    "named_matches",
    "named_windows",
    "phrase_anchors",
    "simple_starts",
    "weak_alias_anchors",
    "windowed",
]

_UNIT_WORDS = (
    *("sec", "secs", "section", "sections", "subsec", "subsecs", "subsection", "subsections"),
    *("sub-sec", "sub-secs", "sub-section", "sub-sections", "s", "ss", "art", "arts"),
    *("article", "articles", "rule", "rules", "para", "paras", "paragraph", "paragraphs"),
    *("par", "pars"),
)
UNITS = ("§", "u/s*") + tuple(
    f"{unit}{sep}{digit}*"
    for unit in _UNIT_WORDS
    for sep in (".", " ", ". ")
    for digit in "0123456789"
)
"""Every way a provision list (``citation_tokens._PROV``) begins: a unit, at most one ``.`` and
one space, then a digit (``sec. 4``, ``s 302``, ``art.5``), or ``§``/``u/s``.  Spelling
the digit out keeps the automaton from stopping at every "s" and "art" in the text."""

USC = tuple(
    f"*u{a}s{b}c*" for a in ("", ".", " ", ". ") for b in ("", ".", " ", ". ")
)  # U\.?\s?S\.?\s?C, inside "18U.S.C.A." too
_AFTER_ACT = (".", " ", "(", "no", "number", "blg", "bilang", *"0123456789")
NUMBERED = tuple(
    f"{x}{sep}{y}{nxt}*"
    for x, y in (("r", "a"), ("p", "d"), ("b", "p"))
    for sep in ("", ".", " ", ". ")
    for nxt in _AFTER_ACT
) + ("republic", "presidential", "batas")
"""``citation_acts.NUMBERED_ACT`` starts: R.A./P.D./B.P. in any spacing, then what may follow."""
NAMED = ("act", "ordinance", "code", "decree", "law", "rules")
"""The last word of a capitalised act name."""
CONNECTIVES = (
    "in relation to",
    "as read with",
    "read with",
    "as read together with",
    "read together with",
    "r/w",
    "punishable under",
    "punishable u/s",
    "contrary to",
    "in violation of",
    "for violation of",
    "for violations of",
    "for the violation of",
    "for the violations of",
    "violation of",
    "violations of",
    "qualified by",
    "as amended",
    "in conjunction with",
    "together with",
    "in rel.",
)
"""The phrases of ``citation_tokens._CONNECTIVE`` (a test checks the two agree)."""
COUNT = ("*alternative", "*count*", "*crim*", "*sb-")
CUE_EXTRA = ("*crim*",)  # the "Crim. Case No." / "criminal case nos." cue patterns


@cache
def cue_anchors() -> PhraseAnchors:
    cues = lexicon.word_list("charge_cues") + lexicon.word_list("weak_charge_cues")
    return phrase_anchors("anchor.cue", cues)


@cache
def discussion_anchors() -> PhraseAnchors:
    return phrase_anchors("anchor.discussion", lexicon.word_list("discussion_cues"), local=True)


@cache
def connective_anchors() -> PhraseAnchors:
    return phrase_anchors("anchor.connective", CONNECTIVES)


@cache
def anchor_groups() -> dict[str, tuple[str, ...]]:
    """The prefilter groups this module needs (registered by ``prefilter`` on first use)."""
    groups = {
        "anchor.unit": tuple(UNITS),
        "anchor.usc": USC,
        "anchor.title": ("title",),
        "anchor.numbered": NUMBERED,
        "anchor.named": NAMED,
        "anchor.count": COUNT,
        "anchor.cue_extra": CUE_EXTRA,
        **alias_groups(),
    }
    for pa in (cue_anchors(), discussion_anchors(), connective_anchors()):
        if pa.keywords:
            groups[pa.group] = pa.keywords
        if pa.stepped:
            groups[pa.group + ".back"] = pa.stepped
    return groups
