"""Whom a penalty is for: the defendants the sentence that imposes it names.

Used by :mod:`caselaw.extractors.sentences`.  A penalty belongs to the defendants named
before it in its own sentence ("Accused A and B are each sentenced to ...").  Where the
sentence names nobody:

* a penalty listed after another one in the same sentence, nobody named in between, is
  for the same defendants ("sentenced A to life imprisonment, a fine of P2,000,000 and
  P500,000 as moral damages");
* a sentence opening with a pronoun ("He is sentenced ...", "They are each ordered to
  pay ...") speaks of those the sentence before it names (or of the penalty read there);
* "the accused-appellants ... each of them" is every defendant not acquitted;
* with a single defendant (or a single one the judgment does not leave acquitted), a
  penalty in the dispositive part or next to "the accused", "appellant", "he", "him",
  "her" ... is theirs.

A defendant the judgment leaves acquitted of everything keeps no penalty
(:func:`acquitted_now`): what a court below imposed on them does not stand.

Sentences end at a stop before a capital or a line break, but not at the stop of an
initial or a title ("Frankie H. Locsin", "Carlos C. Moreno, Jr.", "Ch. Parvez Elahi"),
nor at a line break inside a sentence (the next line going on in lower case: a text
wrapped at a fixed width).
"""

from __future__ import annotations

import bisect
import re

from caselaw.extractors._base import Context
from caselaw.extractors.found import Found
from caselaw.models import Outcome

WINDOW = 300
"""How far back from a penalty the defendant's name is looked for."""

_PARTY = re.compile(
    r"\b(?:accused|appellants?|petitioners?|respondents?|convicts?|he|she|him|her|his|they|them)\b",
    re.I,
)
# "the accused-appellants were each sentenced", "imposing upon each of them": every
# defendant the judgment does not acquit.
_PLURAL = re.compile(
    r"\b(?:accused-appellants|appellants|petitioners|accused persons|all (?:the )?accused"
    r"|each of (?:them|the accused|the defendants)|both (?:of )?(?:them|accused)"
    r"|each defendant|both defendants"
    r"|(?:sentenc|order|direct|requir)\w* them|(?:impos|meted)\w* (?:up)?on them)\b",
    re.I,
)
# the same on the lower-cased text, through Found: a literal scan to where a word can start,
# not every position (the same answer)
_PARTY_LOW = Found(_PARTY.pattern)
_PLURAL_LOW = Found(_PLURAL.pattern)
# A sentence that opens with a pronoun subject (after a list number "2)" or "(b)").
_PRONOUN_OPEN = re.compile(r"\s*(?:\(?\w\)\s*|\d+[.)]\s*)?(?:he|she|they)\b", re.I)
# Words whose stop is no sentence end: initials ("H."), titles and suffixes of names,
# company forms.  Each a fixed-width look-behind (Python's re needs that).
_ABBREVIATIONS = (
    "jr sr mr mrs ms dr st no nos vs atty hon gen col lt capt sgt insp supt ch mst engr sps"
    " fr rev prof co corp inc ltd bros messrs"
)

_BY_WIDTH: dict[int, list[str]] = {}
for _a in _ABBREVIATIONS.split(" "):
    _BY_WIDTH.setdefault(len(_a), []).append(_a)
# A stop, then (tried only there) one look-behind per word length: not after an initial
# or one of the words.
_STOP = r"\.(?<!\b[A-Za-z]\.)" + "".join(
    rf"(?<!\b(?i:{'|'.join(words)})\.)" for words in _BY_WIDTH.values()
)
_LAST_STOP = re.compile(r"(?s:.*)" + _STOP + r"\s+(?=[A-Z(])")  # (.* backs off)


# A line break that ends a sentence: after a stop, colon or semicolon, or before anything
# but a word going on in lower case (a text wrapped at a fixed width).
_HARD_NL = r"(?:(?<=[.:;!?])\n|(?<=[.:;!?][ \t\r])\n|\n(?![ \t]?[a-z]))"
_HARD_NL_RX = re.compile(_HARD_NL)
BREAK = re.compile(_STOP + r"\s+(?=[A-Z(])|" + _HARD_NL)
"""Every sentence break (the reference :func:`after_last_break` answers for)."""


def after_last_break(text: str, lo: int, hi: int) -> int:
    """Where the last :data:`BREAK` match in ``text[lo:hi]`` ends, else ``lo``: the later
    of the last hard line break and the last stop before a capital (a stop's blanks hold
    any newline they take, and a later stop ends later), without a match per break."""
    nl = text.rfind("\n", lo, hi)
    while nl >= 0 and not _HARD_NL_RX.match(text, nl, hi):
        nl = text.rfind("\n", lo, nl)
    stop = _LAST_STOP.match(text, lo, hi)
    return max(lo, nl + 1, stop.end() if stop is not None else lo)


def _any_in(starts: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _named(names: list[list[int]], lo: int, hi: int) -> list[int]:
    return [i for i, starts in enumerate(names) if _any_in(starts, lo, hi)]


def _previous_sentence(text: str, s0: int) -> int:
    """Where the sentence before the one starting at ``s0`` starts."""
    hi = s0
    while hi > 0 and text[hi - 1].isspace():
        hi -= 1
    hi = max(0, hi - 1)  # the stop itself
    return after_last_break(text, max(0, hi - WINDOW), hi)


def whom(
    ctx: Context,
    start: int,
    floor: int,
    names: list[list[int]],
    prev: tuple[int, list[int]],
) -> list[int]:
    """Defendants a penalty at ``start`` is for (see the module's doc); [] if unknown.

    ``floor`` is where the previous penalty ended (names before it are that penalty's),
    ``prev`` that penalty's (end, defendants)."""
    text = ctx.text
    # (one character more: a line break before the penalty sees whether its first word goes
    # on in lower case; no break can end past ``start``)
    s0 = min(start, after_last_break(text, max(0, start - WINDOW), start + 1))
    lo = max(s0, floor)
    who = _named(names, lo, start)
    if who:
        return who
    low = ctx.lowered  # (the lower-cased patterns on it decide as the re.I ones on text)
    party, plural = (
        (_PARTY.search, _PLURAL.search) if low is None else (_PARTY_LOW.first, _PLURAL_LOW.first)
    )
    scan = text if low is None else low
    several = len(ctx.defendants) > 1
    if several and plural(scan, lo, start):
        acquitted = {f.defendant for f in ctx.findings if f.outcome == Outcome.ACQUITTED.value}
        return [i for i in range(len(ctx.defendants)) if i not in acquitted]
    prev_end, prev_who = prev
    if prev_who and prev_end > s0:  # listed after another penalty of this sentence
        return prev_who
    if several and _PRONOUN_OPEN.match(text, s0, start):
        p0 = _previous_sentence(text, s0)
        who = _named(names, max(p0, floor), s0)
        if who:
            return who
        if prev_who and prev_end > p0:
            return prev_who
    gone = acquitted_now(ctx)
    standing = [i for i in range(len(ctx.defendants)) if i not in gone]
    if len(standing) != 1:
        return []
    d_start, d_end = ctx.dispositive
    if d_start <= start < d_end or party(scan, lo, start):
        return standing
    return []


def acquitted_now(ctx: Context) -> frozenset[int]:
    """Defendants the judgment leaves acquitted of everything: the findings naming them
    (the standing ones where there are any) are all acquittals.  No penalty of theirs
    stands, nor does a co-accused acquitted below take part in "the appellant"."""
    cache = ctx.cache
    if "sentences.acquitted" not in cache:
        own: dict[int, list[tuple[bool, str]]] = {}
        for f in ctx.findings:
            if f.defendant is not None:
                own.setdefault(f.defendant, []).append((f.standing, f.outcome))
        acquitted = set()
        for i, found in own.items():
            standing = [o for st, o in found if st]
            if set(standing or [o for _, o in found]) == {Outcome.ACQUITTED.value}:
                acquitted.add(i)
        cache["sentences.acquitted"] = frozenset(acquitted)
    return cache["sentences.acquitted"]
