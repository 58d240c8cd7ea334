"""A plural designation after a caption's list of parties describes every name in it.

In "AGAINST HON. A, HON. B and HON. C, ASSOCIATE JUSTICES OF THE COURT OF APPEALS" or
"X and Y, SHERIFFS OF THE RTC" the designation follows the last name only, but its plural
head noun ("JUSTICES", "SHERIFFS") or a collective word ("BOTH OF", "ALL OF") says it is
each listed person's: English grammar, in every jurisdiction.  A singular designation
("A and B, Sheriff") stays with the last name only (it may be B's alone); a designation a
semicolon closes before the next party ("X, CLERK OF COURT I; Y, CASHIER I; ...") is X's own.
:func:`list_position` walks from one name over the other parties' names to that
designation; :mod:`caselaw.extractors.officials` reads its official type.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context

# a list separator: ", ", ", and ", " and ", " & "
_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&)[ \t]+)", re.I)
# the designation: up to the next full stop, comma, semicolon or line end
_DESIGNATION = re.compile(r"[A-Za-z][^\n.,;:]{2,100}")
_SEMI = re.compile(r"[ \t]*;[ \t]*(?:and[ \t]+)?", re.I)
_PARTY_LABEL = re.compile(
    r"(?:respondents?|petitioners?|complainants?|appellants?|appellees?|accused)\b", re.I
)
_COLLECTIVE = re.compile(r"(?:both|all)\s+(?:of\s+)?", re.I)
_HEAD_END = re.compile(r"\s+(?:of|at|in|for)\s", re.I)
_MAX_NAMES = 12
CAPTION_REACH = 5000
"""A defendant's evidence starting before this offset is a caption name (officials.py too)."""


def list_position(text: str, start: int, end: int, others: list[tuple[int, int]]) -> str:
    """The plural designation after the list of names ``text[start:end]`` is in, or "".

    ``others``: the other parties' caption name spans; a name must follow every
    separator, so the walk stops at the first word that is no party."""
    starts = dict(others)
    listed = any(e <= start and _SEP.fullmatch(text, e, start) for _, e in others)
    pos = end
    for _ in range(_MAX_NAMES):
        if text[pos : pos + 1] not in (",", " ", "\t", "&"):
            return ""
        m = _SEP.match(text, pos, pos + 12)
        if m is None:
            return ""
        nxt = m.end()
        if nxt in starts:
            pos = starts[nxt]
            continue
        d = _DESIGNATION.match(text, nxt)
        if pos == end and d and _own(text, d.end(), starts):
            return d.group(0)  # "X, CLERK OF COURT I; Y, ...": a party's own designation
        if pos == end and not listed:
            return ""  # (no list: the single-name reading is the caption's own)
        if d is None or _PARTY_LABEL.match(d.group(0)):
            return ""  # ("A, B, RESPONDENTS": the parties' label, no designation)
        return d.group(0) if _plural(d.group(0)) else ""
    return ""


def _own(text: str, end: int, starts: dict[int, int]) -> bool:
    """Does a semicolon close the designation ending at ``end``, another party's name
    following it ("X, CLERK OF COURT I; Y, STENOGRAPHER; ...")?"""
    m = _SEMI.match(text, end, end + 12)
    return m is not None and m.end() in starts


def _plural(designation: str) -> bool:
    """A collective word first, or a plural head noun ("ASSOCIATE JUSTICES OF ...")."""
    if _COLLECTIVE.match(designation):
        return True
    cut = _HEAD_END.search(designation)
    head = (designation[: cut.start()] if cut else designation).rstrip().lower()
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def listed_designation(ctx: Context, index: int, start: int, end: int) -> str:
    """:func:`list_position` for defendant ``index``'s caption name ``text[start:end]``,
    the other defendants' caption names (before ``CAPTION_REACH``) as the list."""
    if len(ctx.defendants) < 2:
        return ""
    others = [
        (ev.start, ev.end)
        for i, d in enumerate(ctx.defendants)
        if i != index
        for ev in d.evidence
        if ev.start < CAPTION_REACH
    ]
    return list_position(ctx.text, start, end, others)
