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

A phrase anchor such as ``"for the violation of"`` is registered by its first
uncommon word (``violation``) with the literal words before it (``for the``);
:meth:`PhraseAnchors.starts` steps back over those words (and the whitespace
between them) to the position where the regex has to be tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from caselaw.extractors import lexicon

COMMON = frozenset(
    {"a", "an", "as", "by", "case", "for", "her", "him", "his", "in", "is", "of", "on", "the"}
    | {"them", "to", "with"}
)
"""Words too frequent to anchor on: a phrase is anchored on its first other word."""

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
"""``citation_tokens._NUMBERED_ACT`` starts: R.A./P.D./B.P. in any spacing, then what may follow."""
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


class AnchorHits(Protocol):
    def spans_in(self, group: str, lo: int, hi: int) -> list[tuple[int, int]]: ...


@dataclass(frozen=True, slots=True)
class PhraseAnchors:
    """Anchor keywords of a list of phrases, with the literal words that precede each.

    Keywords that start a phrase are registered as ``group`` (their hits are the
    starts); keywords with words before them as ``group + ".back"`` (stepped back).
    """

    group: str
    back: dict[str, tuple[tuple[str, ...], ...]]  # keyword -> word tuples before it
    keywords: tuple[str, ...]  # registered as ``group`` (with ``*`` boundary marks)
    stepped: tuple[str, ...] = ()  # registered as ``group + ".back"``
    local: tuple[str, ...] = ()  # anchors found with str.find in the window, not the automaton

    def starts(self, hits: AnchorHits, text: str, lo: int, hi: int) -> list[int]:
        """Sorted positions in ``[lo, hi)`` where one of the phrases may start."""
        out: set[int] = set()
        if self.keywords:
            out.update(s for s, _ in hits.spans_in(self.group, lo, hi))
        spans = hits.spans_in(self.group + ".back", lo, hi + 80) if self.stepped else []
        if self.local:
            spans += _find_local(self.local, text, lo, min(len(text), hi + 80))
        for s, e in spans:
            key = text[s:e].lower()
            prefixes = self.back.get(key)
            if prefixes is None:
                prefixes = self.back.get(" ".join(key.split()), ((),))
            stepable = s > lo and text[s - 1].isspace()  # words may stand before it
            for words in prefixes:
                if not words:  # the keyword starts the phrase
                    if lo <= s < hi:
                        out.add(s)
                    continue
                if not stepable:
                    continue
                pos = _step_back(text, s, words, lo)
                if pos is not None and lo <= pos < hi:
                    out.add(pos)
        return sorted(out)


def _find_local(words: tuple[str, ...], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of ``words`` (``*`` marks as in the prefilter) in ``text[lo:hi]``, any case."""
    rules = _local_rules(words)
    if all(word.lower() == word.upper() for word, _, _ in rules):
        window = text[lo:hi]  # no letters (":"): no need to lower the text
    else:
        window = text[lo:hi].lower()
        if len(window) != hi - lo:  # a character changed length when lowercased
            window = "".join(c.lower() if len(c.lower()) == 1 else c for c in text[lo:hi])
    out = []
    n = len(text)
    for word, check_start, check_end in rules:
        i = window.find(word)
        while i >= 0:
            s, e = lo + i, lo + i + len(word)
            if not (check_start and s > 0 and text[s - 1].isalnum()) and not (
                check_end and e < n and text[e].isalnum()
            ):
                out.append((s, e))
            i = window.find(word, i + 1)
    return out


@cache
def _local_rules(words: tuple[str, ...]) -> tuple[tuple[str, bool, bool], ...]:
    """Per word: the word without ``*`` marks, and whether its start/end need a boundary."""
    rules = []
    for raw in words:
        word = raw.strip("*")
        check_start = word[0].isalnum() and not raw.startswith("*")
        check_end = word[-1].isalnum() and not raw.endswith("*")
        rules.append((word, check_start, check_end))
    return tuple(rules)


def _step_back(text: str, pos: int, words: tuple[str, ...], lo: int) -> int | None:
    """Start of ``words`` + whitespace right before ``pos``, or None if they are not there."""
    for word in reversed(words):
        j = pos
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j == pos or j - len(word) < lo or text[j - len(word) : j].lower() != word:
            return None
        pos = j - len(word)
    return pos


def phrase_anchors(group: str, phrases: Iterable[str], *, local: bool = False) -> PhraseAnchors:
    """Anchor each phrase (``...`` = a gap) on its first word not in :data:`COMMON`.

    Punctuation anchors (``:``), and all anchors when ``local``, are not put in the
    automaton but found with ``str.find`` in the (short) window searched: worth it
    for phrases that are checked rarely and whose words are common ("such as").
    """
    back: dict[str, set[tuple[str, ...]]] = {}
    keywords: set[str] = set()
    for phrase in phrases:
        chunks = phrase.lower().split("...")
        words = chunks[0].split()
        if not words:
            raise ValueError(f"phrase {phrase!r} must start with a word")
        i = next((k for k, w in enumerate(words) if w not in COMMON), 0)
        loose_end = i == len(words) - 1 and len(chunks) > 1  # "found ... guilty"
        keywords.add(words[i] + ("*" if loose_end else ""))
        back.setdefault(words[i], set()).add(tuple(words[:i]))
    frozen = {k: tuple(sorted(v)) for k, v in back.items()}
    found_locally = tuple(sorted(k for k in keywords if local or not any(map(str.isalnum, k))))
    automaton = [k for k in keywords if k not in found_locally]
    first = tuple(sorted(k for k in automaton if () in frozen[k.strip("*")]))
    stepped = tuple(sorted(k for k in automaton if frozen[k.strip("*")] != ((),)))
    return PhraseAnchors(group, frozen, first, stepped, found_locally)


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
        "anchor.alias": tuple(sorted(filter(None, map(_alias_keyword, _alias_keys())))),
        "anchor.alias_weak": tuple(
            sorted(
                {
                    f"*{v}*"
                    for k in _alias_keys()
                    if not alias_anchor(k)
                    for v in weak_alias_anchors(k)
                }
            )
        ),
    }
    for pa in (cue_anchors(), discussion_anchors(), connective_anchors()):
        if pa.keywords:
            groups[pa.group] = pa.keywords
        if pa.stepped:
            groups[pa.group + ".back"] = pa.stepped
    return groups


def _alias_keys() -> set[str]:
    keys = (lexicon.alias_key(a) for s in lexicon.statutes() for a in (*s.aliases, s.short, s.name))
    return {k for k in keys if k}


def finditer(
    pattern: re.Pattern[str],
    text: str,
    starts: Iterable[int],
    lo: int,
    hi: int,
    endpos: int | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)``, trying only the sorted candidate ``starts``.

    With ``endpos``, matches start in ``[lo, hi)`` but may run on to ``endpos``.
    """
    last = lo
    end = hi if endpos is None else endpos
    for pos in starts:
        if pos < last:
            continue
        if pos >= hi:
            break
        m = pattern.match(text, pos, end)
        if m is not None:
            yield m
            last = max(m.end(), pos + 1)


def simple_starts(hits: AnchorHits, group: str, lo: int, hi: int, shift: int = 0) -> list[int]:
    """Starts of a group's hits in ``[lo, hi)`` (``shift`` back: up to that many before)."""
    spans = hits.spans_in(group, lo, hi + shift)
    if not shift:
        return [s for s, _ in spans]
    out = {p for s, _ in spans for p in range(max(lo, s - shift), s + 1) if p < hi}
    return sorted(out)


_LAST_BARRIER = re.compile(r".*[^\w\s'’()-]", re.DOTALL)  # up to the last non-name char
NAME_REACH = 400  # a capitalised act name is at most this long (8 words)
NAME_TAIL = 40  # "Act No. 3 of 1957", ", 1957" after the anchor word


def named_matches(
    pattern: re.Pattern[str], text: str, lo: int, hi: int, hits: AnchorHits
) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` for capitalised act names, run only in windows ending at an anchor.

    A name cannot hold a character outside ``[\\w\\s'’()-]``, so a window starts
    at the last such character before its capitalised anchor word (``Act``,
    ``Code`` ...) and the left-to-right scan inside it is in step with a scan of
    the whole range.
    """
    return windowed(pattern, text, named_windows(text, lo, hi, hits), lo, hi)


def windowed(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]], lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` in each window; only the matches starting in ``[lo, hi)``.

    A window's end is not the text's end: each match is matched again up to ``hi``,
    so a lookahead (``(?![\\w])``) or an optional tail sees the real text ("Penal
    Code|Section" cut after "Code" is no match; "Act ... of 1957" keeps its year).
    The pattern must not match the empty string.
    """
    done = lo  # the end of the last match: the next one starts at or after it
    for w_lo, w_hi in windows:
        if w_hi <= done or w_lo >= hi:
            continue
        pos = max(w_lo, done)
        while (m := pattern.search(text, pos, w_hi)) is not None:
            if w_hi < hi:  # the cut may have made (or shortened) this match
                full = pattern.match(text, m.start(), hi)
                if full is None:
                    pos = m.start() + 1
                    continue
                m = full
            if m.start() >= hi:
                return
            yield m
            done = pos = m.end()


def named_windows(text: str, lo: int, hi: int, hits: AnchorHits) -> list[tuple[int, int]]:
    """The merged windows :func:`named_matches` scans in ``[lo, hi)``."""
    windows: list[tuple[int, int]] = []
    for s, e in hits.spans_in("anchor.named", lo, hi):
        if not text[s].isupper():
            continue
        w_lo = max(lo, s - NAME_REACH)
        barrier = _LAST_BARRIER.match(text, w_lo, s)
        if barrier is not None:
            w_lo = barrier.end()
        w_hi = min(hi, e + NAME_TAIL)
        if windows and w_lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], w_hi))
        else:
            windows.append((w_lo, w_hi))
    return windows


def alias_anchor(key: str) -> str | None:
    """The token of an alias key (``"r a no 9208"``) its matches are found by (``9208``).

    None when every token is short or common (``"i p c"``, ``"pc act"``): such
    aliases are found by the spellings of their letters (:func:`weak_alias_anchors`).
    """
    tokens = key.split()
    numbers = [t for t in tokens if t.isdigit() and len(t) >= 3 and not _YEAR.fullmatch(t)]
    if numbers:
        return max(numbers, key=len)
    words = [t for t in tokens if len(t) >= 3 and t not in _STOP]
    rare = [t for t in words if t not in FREQUENT and not _YEAR.fullmatch(t)]
    years = [t for t in words if _YEAR.fullmatch(t)]
    for choice in (rare, years, words):
        if choice:
            return max(choice, key=len)
    return None


def _alias_keyword(key: str) -> str | None:
    """The anchor as registered: a boundary only where the alias regex has one.

    Tokens may be glued to their neighbours ("RA9208" matches "r a 9208"), but
    the first token starts and the last token ends on a word boundary.
    """
    token = alias_anchor(key)
    if token is None:
        return None
    tokens = key.split()
    first = tokens[0] == token
    last = tokens[-1] == token
    return ("" if first else "*") + token + ("" if last else "*")


def weak_alias_anchors(key: str) -> tuple[str, ...]:
    """Spellings of the letters of an acronym alias (``"i p c"``: ipc, i.p.c, i. p. c, i p c)."""
    letters = "".join(t for t in key.split() if t.isalpha() and len(t) <= 2)
    if len(letters) < 2:
        return ()
    return tuple(sep.join(letters) for sep in ("", ".", ". ", " "))


FREQUENT = frozenset(
    {"trafficking", "corruption", "prevention", "penal", "criminal", "national", "passport"}
    | {"passports", "immigration", "revised", "persons", "human", "public", "crimes", "drugs"}
    | {"dangerous", "money", "laundering", "protection", "anti", "offences", "procedure"}
    | {"evidence", "children", "women", "person", "acts", "tax", "philippines", "commission"}
    | {"sexual", "exploitation", "drug", "activities", "victims", "united", "possession"}
    | {"practices", "officials", "treatment", "corrupt"}
)
"""Words too common in these judgments to anchor an alias on when the alias has another
(the most frequent alias tokens in the corpus texts); a year is preferred to them."""
_YEAR = re.compile(r"(?:18|19|20)\d\d")
_STOP = frozenset(
    {"act", "the", "and", "for", "code", "law", "against", "persons", "no", "from", "with"}
    | {"into", "under", "states", "cap", "other", "such"}
)
