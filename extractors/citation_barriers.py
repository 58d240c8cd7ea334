"""Citation barriers: where a citation chain can never run across.

:class:`caselaw.extractors.charge_regions.Region` parses only the stretches of a
paragraph where a citation may be a charge, each widened to a barrier on both
sides (:func:`barrier_before`, :func:`barrier_after`); since no token and no chain
crosses a barrier, such a stretch parses exactly as it does inside the whole
paragraph (tests/extractors/test_anchors.py).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from caselaw.extractors.citation_aliases import alias_key_tokens

__all__ = ["barrier_after", "barrier_before"]


# A *barrier*: a lower-case word that no citation token can hold, even in part, and
# no chain can join across (it is not filler).  Tokens hold letters only as unit
# words, act names (capitalised), alias words, connectives and the words below;
# "(" before it could make it part of "(xyz)"; "par" before it or at its start could
# make a sub-paragraph of it ("par. abc", "4 party").  Any regex that reads into a
# barrier fails there, so a range between barriers parses the same on its own.
_TOKEN_WORDS = frozenset(
    # units (citation_tokens._UNIT, _PAR) and the U.S. Code
    {"s", "ss", "u", "sec", "secs", "section", "sections", "subsec", "subsecs", "subsection"}
    | {"sub"}  # "sub-section", "sub-sec": the unit regex takes the hyphen
    | {"subsections", "art", "arts", "article", "articles", "rule", "rules", "para", "paras"}
    | {"paragraph", "paragraphs", "par", "pars", "title", "united", "states", "code", "c"}
    # numbered acts, act names, connectives, list separators and filler
    | {"a", "b", "d", "p", "r", "w", "republic", "act", "presidential", "decree", "batas"}
    | {"pambansa", "no", "nos", "number", "blg", "bilang", "ordinance", "law", "of", "and"}
    | {"for", "in", "on", "the", "to", "or", "as", "by", "rel", "relation", "read", "with"}
    | {"together", "punishable", "under", "contrary", "violation", "violations", "qualified"}
    | {"amended", "conjunction", "chapter", "part", "said", "same"}
    # letters a token may run together: "18 usc", "u s ca", "ra 9208", "pd1612", "bp 22"
    | {"us", "sc", "ca", "usc", "sca", "usca", "ra", "pd", "bp"}
)
# A *cut*: the whitespace after a full stop, where the word before the stop cannot
# run on into a token after it ("Sec. 4", "R.A. 9208", "in rel. Section", "art. IV",
# "Act. 1988" of an alias ...) and the stop is no filler ("No.").  No token holds the
# stop and no chain joins across it, so the range before and the range from the
# next character on parse the same on their own.
_DOT_WORDS = frozenset(
    {"s", "ss", "sec", "secs", "section", "sections", "subsec", "subsecs", "subsection"}
    | {"subsections", "art", "arts", "article", "articles", "rule", "rules", "para", "paras"}
    | {"paragraph", "paragraphs", "par", "pars", "no", "nos", "number", "blg", "bilang"}
    | {"rel", "ra", "pd", "bp", "us", "usc", "sca", "usca", "sc", "ca"}
)
_NOT_TOKEN = "(?!(?:" + "|".join(sorted(_TOKEN_WORDS, key=len, reverse=True)) + ")(?![a-z]))"
_NOT_DOT = "(?!(?i:" + "|".join(sorted(_DOT_WORDS, key=len, reverse=True)) + r")\.)"
_EDGE = (
    r"(?<![\w.])" + _NOT_DOT + r"(?P<d>[A-Za-z]{2,}|\d+)\.\s+"
    r"|(?<= )" + _NOT_TOKEN + r"(?P<w>[a-z]{2,})(?![\w§])"
)
_BARRIER = re.compile(_EDGE)
_LAST_BARRIER = re.compile(r"(?s:.*)(?:" + _EDGE + ")")  # the last one in a window
_ROMAN = re.compile(r"[ivxl]+")
_NEXT_WORD = re.compile(r"[\w§]*")


@cache
def _alias_next() -> dict[str, frozenset[str]]:
    """Per alias token, the tokens that follow it in some alias."""
    out: dict[str, set[str]] = {}
    for toks in alias_key_tokens():
        for t, u in zip(toks, toks[1:], strict=False):
            out.setdefault(t, set()).add(u)
    return {t: frozenset(v) for t, v in out.items()}


def _is_cut(text: str, m: re.Match[str]) -> bool:
    x = m.end()
    if x >= len(text) or text[x].isspace():
        return False  # the whitespace goes on beyond the search window
    word, dot = m.group("d").lower(), m.end("d")
    if word in _DOT_WORDS or word.startswith("par") or "(" in text[max(0, dot - 12) : dot]:
        return False
    follow = _alias_next().get(word)
    if follow and x - dot <= 3:  # an alias may go on: "Act. 1988", "Act. (1988)"
        if not text[x].isalnum():
            return False
        m_next = _NEXT_WORD.match(text, x)
        nxt = m_next.group(0).lower() if m_next else ""
        if any(nxt.startswith(t) for t in follow):
            return False
    return True


def _edge(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """(start, end) of the barrier a :data:`_BARRIER` match is, or None: a word is
    left out of both ranges, a cut is the point between them."""
    if m.group("w") is not None:
        x, y = m.span("w")
        return (x, y) if _is_barrier(text, x, y) else None
    return (m.end(), m.end()) if _is_cut(text, m) else None


@cache
def _alias_words() -> frozenset[str]:
    """Every run of consecutive alias tokens glued together ("antitrafficking")."""
    out: set[str] = set()
    for toks in alias_key_tokens():
        for i in range(len(toks)):
            for j in range(i + 1, len(toks) + 1):
                out.add("".join(toks[i:j]))
    return frozenset(out)


@lru_cache(maxsize=8192)
def _word_may_bar(word: str) -> bool:
    if word in _TOKEN_WORDS or word in _alias_words() or _ROMAN.fullmatch(word):
        return False
    return not word.startswith("par")  # "Section 4 party": "par. ty" is a sub-paragraph


def _is_barrier(text: str, x: int, y: int) -> bool:
    if y < len(text) and (text[y].isalnum() or text[y] in "_§"):
        return False  # not the whole word
    if not _word_may_bar(text[x:y]):
        return False
    if "(" in text[max(0, x - 12) : x]:
        return False
    before = text[max(0, x - 11) : x - 1].lower()
    return not before.endswith(("par", "par.", "paragraph"))


def barrier_before(text: str, pos: int, lo: int) -> int:
    """The end of the last barrier ending at or before ``pos`` (``lo`` if none)."""
    hi, a = pos, max(lo, pos - 64)
    while hi > lo:
        m = _LAST_BARRIER.match(text, a, hi)
        if m is None:
            if a == lo:
                break
            a = max(lo, a - 256)  # a word cut at ``a`` is then read whole
            continue
        edge = _edge(text, m)
        if edge is not None and edge[1] <= pos:
            return edge[1]
        hi = m.start("w") if m.group("w") is not None else m.start("d")
    return lo


def barrier_after(text: str, pos: int, hi: int) -> int:
    """The start of the first barrier starting at or after ``pos`` (``hi`` if none)."""
    for m in _BARRIER.finditer(text, max(0, pos - 8), hi):
        edge = _edge(text, m)
        if edge is not None and edge[0] >= pos:
            return edge[0]
    return hi
