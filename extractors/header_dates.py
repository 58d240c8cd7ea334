"""Where the header's first date of a kind stands: "12th March, 2020", "March 12, 2020"
(:data:`DATE_WORDS`) and "25/11/2022", "17.12.2021" (:data:`DATE_NUM`), searched from the
years they end on (``str.find``), not tried at every capital and digit of the header.
Used by :mod:`caselaw.extractors.metadata`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

DATE_WORDS = re.compile(
    r"\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Z][a-z]+),?\s+(?P<y1>(?:19|20)\d\d)\b"
    r"|\b(?P<m2>[A-Z][a-z]+)\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d\d)\b",
)
DATE_NUM = re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)\b")
# DATE_NUM's separator and century before the year
DATE_NUM_NEEDS = ("/19", "/20", ".19", ".20")


# DATE_WORDS with its leading ``\b`` moved behind the first character (a look-behind): the
# same matches at the same starts; DATE_WORDS is matched where it matches, for the groups.
DATE_WORDS_SCAN = re.compile(
    r"[\dA-Z](?<!\w[\dA-Z])(?:(?<=\d)\d?(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+(?:19|20)\d\d\b"
    r"|(?<=[A-Z])[a-z]+\s+\d{1,2},?\s+(?:19|20)\d\d\b)"
)


def num_date(head: str, pos: int) -> re.Match[str] | None:
    """``DATE_NUM.search(head, pos)``: a match's year separator and century (one of
    ``DATE_NUM_NEEDS``) sit 3 to 5 characters after its start ("1.2.", "12.12."), so the
    pattern is tried only there (the separators are found by ``str.find``), not at every
    digit of the header."""
    for at in _ascending(head, DATE_NUM_NEEDS, pos + 3):
        for site in range(max(pos, at - 5), at - 2):
            if (m := DATE_NUM.match(head, site)) is not None:
                return m
    return None


def words_date(head: str, pos: int) -> re.Match[str] | None:
    """``DATE_WORDS_SCAN.search(head, pos)``: a match ends on a year after white space,
    and its start is the one its year's date words can have (:func:`_words_start`), so the
    scan is tried only there, year by year (a match's start follows its year's order)."""
    for year in _ascending(head, ("19", "20"), pos + 1):
        if not head[year - 1].isspace():
            continue
        start = _words_start(head, year)
        if start >= pos and (m := DATE_WORDS_SCAN.match(head, start)) is not None:
            return m
    return None


def _ascending(head: str, needles: tuple[str, ...], pos: int) -> Iterator[int]:
    """Where one of ``needles`` occurs in ``head`` from ``pos``, in ascending order, each
    found by ``str.find`` only when asked for (a header's first date is found early)."""
    at = [head.find(n, pos) for n in needles]
    while (best := min((a for a in at if a >= 0), default=-1)) >= 0:
        yield best
        for i, n in enumerate(needles):
            if at[i] == best:
                at[i] = head.find(n, best + 1)


def _words_start(head: str, year: int) -> int:
    """Where a "12th March, 2020" or "March 12, 2020" ending on ``year`` would start, read
    backwards (white space, an optional comma, a month or a day, white space, a day or a
    month), or -1."""
    i = year - 1
    while i >= 0 and head[i].isspace():
        i -= 1
    if i >= 0 and head[i] == ",":
        i -= 1
    if i < 0 or not (head[i].isdecimal() or "a" <= head[i] <= "z"):
        return -1
    day_last = head[i].isdecimal()
    i = _run_start(head, i, day_last) - 1  # (the token before the year)
    if not day_last and i >= 0 and "A" <= head[i] <= "Z":
        i -= 1  # (the month's capital)
    elif not day_last:
        return -1
    if i < 0 or not head[i].isspace():
        return -1
    while i >= 0 and head[i].isspace():
        i -= 1
    if day_last:  # "March 12": the month's lower-case letters, its capital before them
        return _run_start(head, i, False) - 1 if i >= 0 and "a" <= head[i] <= "z" else -1
    if i >= 2 and head[i - 1 : i + 1] in ("st", "nd", "rd", "th") and head[i - 2].isdecimal():
        i -= 2  # "12th March"
    return _run_start(head, i, True) if i >= 0 and head[i].isdecimal() else -1


def _run_start(head: str, i: int, digits: bool) -> int:
    """Start of the run of digits (at most two) or of ASCII lower-case letters that ends at
    ``i`` (inclusive)."""
    if digits:
        return i - 1 if i > 0 and head[i - 1].isdecimal() else i
    while i > 0 and "a" <= head[i - 1] <= "z":
        i -= 1
    return i
