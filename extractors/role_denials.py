"""Is an act a role cue found not narrated as done?  One question, asked by the roles step
only where a cue matched (a few hundred places per MB), of the sentence around it:

* the act is denied or unproven right before its verb: "it was not established that he
  recruited AAA", "denies having received any bribe", "the failure of the prosecution to
  present any evidence that would establish that he recruited, transported ...";
* the act sits in the statute's list of acts copied into a charge ("did then and there
  recruit, transport, harbor, provide or receive"): four acts or more in a row say what the
  law forbids, not which of them this defendant did (R.A. 9208 s.4(a), IPC s.370(1),
  18 U.S.C. 1591(a) list them so);
* for a taking, the money is the State's own: "received money belonging to the government
  for which he is accountable" is malversation, not a bribe.

The text is the lower-cased judgment where its offsets are the text's (``Context.lowered``),
else the text itself; the vocabularies are matched so (:class:`Found` on lower-cased text).
"""

from __future__ import annotations

import re

from caselaw.extractors.found import Found

__all__ = ["not_done"]

# how far before an act's verb a negation still governs it (a clause: "there is no evidence
# on record that would show that he ...")
NEGATION_REACH = 80
_NEGATED_RX = r"\b(?:not(?! only)|never|neither|nor|without|den(?:y|ies|ied|ying)|no(?!\.))\b|n't\b"
_UNPROVEN_RX = r"\bfail(?:ed|ure|s)?\b[^.;]{0,80}?\b(?:prove|establish|show|present)"
_ACT = (
    r"(?:recruit|transport|transfer|harbou?r|provid|receiv|obtain|hir|maintain|offer|deliver"
    r"|introduc|match|sell|sold|buy|bought|lend|lent|leas|confin|detain|procur|adopt|conceal"
    r"|hold|held|isolat|entic|lur|induc|engag|keep|kept|hid|accept|deceiv|coerc|threat)\w*"
)
_ACT_SEP = r"(?:\s*,\s*(?:and/or\s+|and\s+|or\s+)?|\s+(?:and/or|and|or)\s+)"
_PUBLIC_MONEY_RX = (
    r"belonging to the government|(?:public|government|trust) funds?|\bfund\b|accountab"
    r"|cash advance|honorari|salar(?:y|ies)|allowance|reimburse|liquidat|disburse"
)
# on the lowered text (Found: the leading \b would make a plain search try every position)
_NEGATED_LOW = Found(_NEGATED_RX)
_UNPROVEN_LOW = Found(_UNPROVEN_RX)
_PUBLIC_MONEY_LOW = Found(_PUBLIC_MONEY_RX)
# on the text as written (a judgment whose lower-casing moves offsets)
_NEGATED = re.compile(_NEGATED_RX, re.I)
_UNPROVEN = re.compile(_UNPROVEN_RX, re.I)
_PUBLIC_MONEY = re.compile(_PUBLIC_MONEY_RX, re.I)


def not_done(text: str, lowered: bool, lo: int, at: int, hi: int, taking: bool) -> bool:
    """The act whose cue starts at ``at`` in the sentence ``[lo, hi)`` is denied,
    unproven, only listed, or (``taking``) the money taken is public."""
    start = max(lo, at - NEGATION_REACH)
    if lowered:
        if _NEGATED_LOW.first(text, start, at) or _UNPROVEN_LOW.first(text, lo, at):
            return True
    elif _NEGATED.search(text, start, at) or _UNPROVEN.search(text, lo, at):
        return True
    if _listed(text, lo, at, hi):
        return True
    if not taking:
        return False
    if lowered:
        return _PUBLIC_MONEY_LOW.first(text, lo, hi) is not None
    return _PUBLIC_MONEY.search(text, lo, hi) is not None


# a list is walked from the verb: one act item after another, anchored (no scan of the text)
_ACT_AT = re.compile(_ACT, re.I)
_NEXT_ACT = re.compile(_ACT_SEP + _ACT, re.I)
_PREV_ACT = re.compile(rf"{_ACT}{_ACT_SEP}\Z", re.I)
_LIST_LEN = 4


def _listed(text: str, lo: int, at: int, hi: int) -> bool:
    m = _ACT_AT.match(text, at)
    if m is None:
        return False
    n, end, start = 1, m.end(), at
    while n < _LIST_LEN and (m := _NEXT_ACT.match(text, end, hi)) is not None:
        n, end = n + 1, m.end()
    while n < _LIST_LEN and _ends_with_separator(text, max(lo, start - 40), start):
        m = _PREV_ACT.search(text, max(lo, start - 40), start)
        if m is None:
            break
        if m.start() > 0 and text[m.start() - 1].isalnum():
            break  # (inside a longer word)
        n, start = n + 1, m.start()
    return n >= _LIST_LEN


def _ends_with_separator(text: str, lo: int, hi: int) -> bool:
    """Can ``text[lo:hi]`` end with an ``_ACT_SEP`` (a comma, "and" or "or", then blanks):
    a literal test before ``_PREV_ACT``, whose search tries every alternative at every
    position."""
    tail = text[lo:hi].rstrip()
    return tail.endswith(",") or tail[-3:].lower() == "and" or tail[-2:].lower() == "or"
