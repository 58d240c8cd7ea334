"""The outcome-cue vocabulary of the verdicts step and the sentences it reads.

:func:`classify` gives the first outcome cue (a label of ``outcome_cues`` in
``data/verdicts.yaml``) a sentence fires; :func:`cue_sentences` splits a part of the
judgment into sentences (``_SENTENCE``), only those holding a ``verdicts.cue`` keyword;
:func:`named_in` says which defendants a sentence names.  :mod:`caselaw.extractors.verdicts`
turns these into findings.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterator
from dataclasses import dataclass

from caselaw.extractors._base import Context, compile_lower, load_data, register_group
from caselaw.extractors._lower import lowers_as_re
from caselaw.extractors.found import Found
from caselaw.extractors.literal_gates import alternative_needs
from caselaw.extractors.names import fold, has_word
from caselaw.extractors.patterns import (
    gate_open,
    group_end,
    required_literals,
    top_level_branches,
)

_DATA = load_data("verdicts.yaml")


@dataclass(frozen=True, slots=True)
class _Cue:
    """One outcome cue: its regex (``re.I``), the same split for lower-cased sentences
    (``low``: one pattern per alternative, each with the literals its matches hold, so
    only the alternatives whose literal is in the sentence are tried; the case-sensitive
    ``(?-i:...)`` alternatives stay in ``cased``, matched on the sentence as written) and
    the words every match holds."""

    label: str
    rx: re.Pattern[str]
    low: tuple[tuple[tuple[str, ...], re.Pattern[str] | Found], ...]
    cased: re.Pattern[str] | None
    words: tuple[str, ...]
    cased_needs: tuple[str, ...] = ()  # literals (as written) one of which a cased match holds

    @classmethod
    def build(cls, label: str, rx: str, words: list[str]) -> _Cue:
        alts = top_level_branches(rx)
        cased = [a for a in alts if "(?-i:" in a]
        plain = [a for a in alts if "(?-i:" not in a]
        return cls(
            label,
            re.compile(rx, re.I),
            tuple((alternative_needs(a.lower()), _low_searcher(a)) for a in plain),
            re.compile("|".join(cased), re.I) if cased else None,
            tuple(words),
            _cased_literals(cased),
        )

    def fires(self, sentence: str, low: str | None) -> bool:
        """``low``: the sentence lower-cased (same length, ``lowers_as_re``), or None."""
        if low is None:
            return self.rx.search(sentence) is not None
        for w in self.words:  # (a loop: any() of a generator costs more than the tests)
            if w in low:
                break
        else:
            return False
        for needs, rx in self.low:
            if gate_open(needs, low) and rx.search(low):
                return True
        return (
            self.cased is not None
            and gate_open(self.cased_needs, sentence)
            and self.cased.search(sentence) is not None
        )


# an alternative that opens with \b or a look-behind ("(?<!should have been )...\bacquit"):
# re would try it at every position of the sentence
_UNANCHORED = re.compile(r"(?:\(\?:)*(?:\\b|\(\?<!)")


def _low_searcher(alt: str) -> re.Pattern[str] | Found:
    """``compile_lower(alt)``, or for an unanchored alternative a :class:`Found` (the same
    matches, found from where its first literal stands)."""
    return Found(alt) if _UNANCHORED.match(alt) else compile_lower(alt)


def _cased_literals(alternatives: list[str]) -> tuple[str, ...]:
    """One literal (as written) per case-sensitive ``(?-i:...)`` alternative that its
    matches hold, or ``()`` (no gate) when one has none."""
    needs: list[str] = []
    for alt in alternatives:
        whole = alt.startswith("(?-i:") and group_end(alt) == len(alt) - 1
        found = required_literals(alt[5:-1]) if whole else ()
        if len(found) != 1:
            return ()
        needs.append(found[0])
    return tuple(needs)


_CUES = [_Cue.build(label, rx, words) for label, rx, words in _DATA["outcome_cues"]]
_LOWER = {k: re.compile(v) for k, v in _DATA["lower_courts"].items()}
_LOWER_WORDS = {k: tuple(v) for k, v in _DATA["lower_court_words"].items()}


def names_lower_court(level: str, text: str) -> bool:
    """``_LOWER[level]`` matches in ``text`` (tried only when one of its words is there)."""
    return any(w in text for w in _LOWER_WORDS[level]) and bool(_LOWER[level].search(text))


_SENTENCE = re.compile(
    r"(?<=[.;:])(?<![\s(][A-Z]\.)(?<![A-Z]\.[A-Z]\.)(?<!No\.)(?<!Nos\.)(?<!Jr\.)(?<!Sec\.)(?<!Art\.)(?<!vs\.)"
    r"(?<!\bP\.)(?<!\bS\.)(?<!\b(?:Dr|Mr|Ms|Sr|Lt)\.)(?<!\b(?:Mrs|Hon|Gov|Gen|Col|Maj|Sgt|Rev)\.)"
    r"(?<!\b(?:Atty|Engr|Capt|Insp|Supt|Prof)\.)(?!(?<=\bno\.)\s+\d)\s+(?=[A-Z0-9(\"“])"
    # (a line that ends on "of", "the", "and" ... runs on over the blank line after it: "and
    # direct the Court of\n\nAppeal to hear the main appeal", a PDF line of a block layout)
    r"|(?<! of)(?<! the)(?<! and)(?<! to)(?<! for)(?<! by)"
    r"(?<! with)(?<! an)(?<! in)(?<! on)(?<! from)(?<! that)"
    r"\n\s*\n(?!\s*[a-z])|\n(?=\s*\(?\d+[.)](?!\d))"
    # a footnote number glued to the full stop ("for lack of probable cause.9 As such")
    r"|(?:(?<=[a-z][.;:]\d)|(?<=[a-z][.;:]\d\d)|(?<=[a-z][.;:]\d\d\d))(?<!No\.\d)(?<!No\.\d\d)"
    r"(?<!No\.\d\d\d)\s+(?=[A-Z(\"“])"
)
# _SENTENCE's twin for scanning (the same matches): every match starts at a blank, so the
# pattern opens with one (re scans for it at C speed) and each lookbehind, now read after
# that blank, spans it too.  Every branch needs a newline or a blank after a stop or a
# digit: one lookbehind says so first (most blanks follow a letter; four failed it before)
_SENTENCE_SCAN = re.compile(
    r"\s(?<![^.;:\d][^\n])(?:(?<=[.;:]\s)(?<![\s(][A-Z]\.\s)(?<![A-Z]\.[A-Z]\.\s)(?<!No\.\s)(?<!Nos\.\s)"
    r"(?<!Jr\.\s)(?<!Sec\.\s)(?<!Art\.\s)(?<!vs\.\s)(?<!\bP\.\s)(?<!\bS\.\s)"
    r"(?<!\b(?:Dr|Mr|Ms|Sr|Lt)\.\s)(?<!\b(?:Mrs|Hon|Gov|Gen|Col|Maj|Sgt|Rev)\.\s)"
    r"(?<!\b(?:Atty|Engr|Capt|Insp|Supt|Prof)\.\s)(?!(?<=\bno\.\s)\s*\d)\s*(?=[A-Z0-9(\"“])"
    r"|(?<=\n)(?<! of\n)(?<! the\n)(?<! and\n)(?<! to\n)(?<! for\n)(?<! by\n)"
    r"(?<! with\n)(?<! an\n)(?<! in\n)(?<! on\n)(?<! from\n)(?<! that\n)"
    r"\s*\n(?!\s*[a-z])|(?<=\n)(?=\s*\(?\d+[.)](?!\d))"
    r"|(?<=\d\s)(?:(?<=[a-z][.;:]\d\s)|(?<=[a-z][.;:]\d\d\s)|(?<=[a-z][.;:]\d\d\d\s))(?<!No\.\d\s)"
    r"(?<!No\.\d\d\s)(?<!No\.\d\d\d\s)\s*(?=[A-Z(\"“]))"
)
for _name, _words in _DATA["keyword_groups"].items():
    register_group(_name, _words)


# An appeal or order about the sentence only ("the appeal against sentence is allowed",
# "the sentences of a fine ... are set aside and substituted") or the prosecution's own
# appeal leaves the conviction standing: it is never the accused's acquittal.
# A term of imprisonment or a fine is a sentence too ("the imprisonment term be set aside,
# and substituted it with a fine", "I set aside the term of imprisonment", "I set aside the
# period of sentence", "that part of the sentence"): those words are
# read only right next to the order, so "the Decision ... sentencing him to imprisonment
# ... is SET ASIDE" (a whole judgment set aside) stays a reversal.
_SENTENCE_ONLY = re.compile(
    r"\b(?:appeals?\s+against\s+sentence|sentences?\b[^.;]{0,120}\b(?:set aside|substituted|"
    r"reduced|enhanced|increased|varied)|(?:DPP|prosecution|State|Republic|People|Crown)['’]s"
    r"\s+appeal|appeal\s+(?:of|by)\s+the\s+(?:DPP|prosecution|State|Republic|People|Crown)"
    r"|(?:term\s+of\s+imprisonment|imprisonment\s+term|custodial\s+term|fines?)\s+"
    r"(?:(?:is|are|was|were|be|been|hereby)\s+){0,2}(?:set aside|substituted|reduced|enhanced|"
    r"increased|varied)|(?:set(?:ting)?\s+aside|substitut\w*|reduc\w*|enhanc\w*|increas\w*|"
    r"var(?:ied|y|ying))\s+(?:(?:the|his|her|their|that|this)\s+)?(?:(?:period|part|portion)\s+"
    r"of\s+(?:the\s+)?)?(?:term\s+of\s+imprisonment|imprisonment\s+term|custodial\s+term|"
    r"fines?|sentences?)\b)",
    re.I,
)
_CONVICTION_WORD = re.compile(r"\bconvict", re.I)
_SENTENCE_ONLY_WORDS = ("sentence", "appeal", "imprisonment", "custodial", "fine")
"""Every match of ``_SENTENCE_ONLY`` holds one of these (lower-cased): a gate before it."""


# "I am not inclined to set aside a well considered judgment", "we see no reason to
# interfere with the conviction", "this Court declines to quash it": the court refuses to
# disturb the decision below, which then stands (an affirmance, as "the appeal is dismissed")
_REFUSES_TO_DISTURB = re.compile(
    r"\b(?:not|no|cannot|decline[sd]?|refuse[sd]?|unable)\s+(?:(?:be\s+)?(?:inclined|minded"
    r"|prepared|willing|able|persuaded|reason|reasons|ground|grounds|basis|justification"
    r"|need|occasion|cause)\s+)?(?:(?:for|to|in)\s+)?(?:(?:this|the)\s+court\s+to\s+)?"
    r"(?:set(?:ting)?\s+aside|revers\w*|quash\w*|interfer\w*|disturb\w*)\b",
    re.I,
)
_REFUSAL_WORDS = ("not", "no ", "cannot", "declin", "refus", "unable")


def classify(sentence: str) -> str | None:
    """The first outcome cue a sentence fires (a label of ``outcome_cues``), or None.

    A cue's regex is tried only when the sentence holds one of its words."""
    lowered = sentence.lower()
    low = lowered if len(lowered) == len(sentence) and lowers_as_re(sentence) else None
    for cue in _CUES:
        if cue.fires(sentence, low):
            label = cue.label
            if label not in {"reversed", "acquitted"}:
                return label
            if (
                (low is None or any(w in low for w in _SENTENCE_ONLY_WORDS))
                and _SENTENCE_ONLY.search(sentence)
                and not _CONVICTION_WORD.search(sentence)
            ) or (
                # (the refusal, not an acquittal the same sentence orders)
                any(w in lowered for w in _REFUSAL_WORDS)
                and "acquit" not in lowered
                and "not guilty" not in lowered
                and _REFUSES_TO_DISTURB.search(sentence)
            ):
                return "affirmed"
            return label
    return None


def cue_sentences(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` (split by ``_SENTENCE``) holding a
    ``verdicts.cue`` keyword (only they can fire a cue): each found around its keyword.

    ``_SENTENCE`` matches whitespace only, so no match spans a position that follows a
    non-space character: scanning from there finds the matches a scan from ``start``
    finds after it.
    """
    text = ctx.text
    hits = ctx.keyword_spans("verdicts.cue")
    out: list[tuple[int, int]] = []
    for i in range(bisect.bisect_left(hits, (start, -1)), len(hits)):
        at = hits[i][0]
        if at >= end:
            break
        if out and at < out[-1][1]:
            continue  # in the sentence just found
        out.append(sentence_of(text, at, start, end))
    return out


def cues_before(ctx: Context, before: int, words: Container[str]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each ``verdicts.cue`` keyword before ``before`` whose text,
    lower-cased, is one of ``words``, in order."""
    text = ctx.text
    for ks, ke in ctx.keyword_spans("verdicts.cue"):
        if ks >= before:
            return
        if text[ks:ke].lower() in words:
            yield ks, ke


_LOOK_BACK = 100


def sentence_of(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    """The sentence holding the word at ``at`` within ``[start, end)``, split as the
    dispositive parts are (initials, honorifics and "No." end no sentence)."""
    back = _LOOK_BACK
    while True:
        x = max(start, at - back)
        while x > start and text[x - 1].isspace():
            x -= 1
        s, e = (start if x == start else -1), end
        for m in _SENTENCE_SCAN.finditer(text, x, end):
            if m.start() > at:
                e = m.start()
                break
            s = m.end()
        if s >= 0:
            return s, e
        back *= 4  # no break between ``x`` and the word: look further back


def named_in(sentence: str, keys: list[list[str]]) -> list[int]:
    """The defendants ``sentence`` names: indexes into ``keys`` (their ``name_keys``).

    A token names when it is a word of the sentence (a run of letters, apostrophes
    dropped): in ASCII found with ``str.find`` (:func:`has_word`), else among the folded
    words."""
    if not keys:
        return []
    if sentence.isascii():
        low = sentence.lower()
        if "'" in low:
            low = low.replace("'", "")
        words = None
    else:
        low = ""
        words = set(re.findall(r"[a-z]+", fold_words(sentence)))
    hit = []
    for i, toks in enumerate(keys):
        if not toks:
            continue
        sur = toks[-1]
        if words is None:
            if has_word(low, sur) and (len(toks) == 1 or len(sur) > 3 or has_word(low, toks[0])):
                hit.append(i)
        elif sur in words and (len(toks) == 1 or len(sur) > 3 or toks[0] in words):
            hit.append(i)
    return hit


def fold_words(s: str) -> str:
    return " ".join(fold(w) for w in s.split())
