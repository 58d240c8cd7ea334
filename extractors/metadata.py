"""Judgment metadata guessed from the text when the portal gave none.

Jurisdiction, court, court level, decision date, case name and kind of proceeding
are read from the caption and header (the first ``HEAD_CHARS`` characters).  Portal
metadata always wins: :func:`caselaw.extractors.extract` only fills the gaps.
"""

from __future__ import annotations

import datetime as dt
import re

from caselaw.extractors._base import Context, Step, compile_lower, load_data, required_literals
from caselaw.extractors.patterns import gate_open
from caselaw.models import CourtLevel, JudgmentInfo, Proceeding

NAME = "metadata"
VERSION = "1.2.0"

_COURTS = load_data("officials.yaml")["courts"]
# matched against the lower-cased header (compile_lower: several times faster than re.I)
# Each pattern is tried only when the head holds a literal one of its branches needs
# (``str`` containment is C speed; most courts' words are absent from a given head).
_COURT_RES = [
    (
        required_literals(c["pattern"].lower()),
        compile_lower(c["pattern"]),
        c["court"],
        c["jurisdiction"],
        c["level"],
    )
    for c in _COURTS
]
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_DATE_WORDS = re.compile(
    r"\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Z][a-z]+),?\s+(?P<y1>(?:19|20)\d\d)\b"
    r"|\b(?P<m2>[A-Z][a-z]+)\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d\d)\b",
)
_DATE_NUM = re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)\b")
_CUE_WORDS = (
    r"Decided On|Decision Date|Date of (?:decision|judgment|order)|Promulgated|Date\s*:|"
    r"Announced|handed down"
)
_DATE_CUE = re.compile(_CUE_WORDS + r"|^\s*\[\s*G\.R\.", re.I | re.M)
# the same cue on the lower-cased head: without the line-start branch the alternation
# gets the engine's fast first-character scan (the full pattern is used when "g.r." occurs)
_DATE_CUE_LOW = compile_lower(_CUE_WORDS)
_CUE_PLAIN = ("decided on", "decision date", "promulgated", "announced", "handed down")
_DATE_OF = compile_lower(r"Date of (?:decision|judgment|order)|Date\s*:")  # at a "date"
# characters re.I matches to an ASCII letter that str.lower() does not map to one
_FOLD_ODD = ("\u0131", "\u017f")
_CRIMINAL = re.compile(
    r"\baccused\b|\bPEOPLE OF THE PHILIPPINES\b|\bconvict|\bFIR\b|\bCriminal Case\b|"
    r"\bCrl\.|\bR\s*E\s*G\s*I\s*N\s*A\b|\bR v\b|\bS v\b|\bTHE STATE\b|\bindict|\bbail\b",
)
_ADMIN = re.compile(
    r"\[\s*A\.M\. No\.|\bCOMPLAINANT,?\s+VS\.|\bRE\s*:\s*(?:ADMINISTRATIVE\s+)?COMPLAINT\b"
)
_ADMIN_NEEDS = ("A.M. No.", "COMPLAIN")  # every branch of _ADMIN holds one of these
# a proceeding in public law names one of these (lower-cased; found with str containment)
_PUBLIC_WORDS = (
    "judicial review",
    "secretary of state",
    "article 199 of the constitution",
    "writ of",
    "asylum",
    "immigration and asylum",
)
# an election appeal or petition is public law whatever crime it narrates ("Election Appeal
# No.24144/2023 ... FIR No.8 ... was convicted"): looked for in the case title lines only
_ELECTION = re.compile(r"\bElection\s+(?:Appeal|Petition|Tribunal\s+Appeal)\s+No", re.I)
_CASE_LINE_REACH = 600
_DATE_NUM_NEEDS = ("/19", "/20", ".19", ".20")  # _DATE_NUM's separator before the year


# Fast twins of the date patterns: the leading ``\b`` moved behind the first character (a
# lookbehind), so the engine scans for that character class at C speed instead of trying
# the whole pattern at every position.  They find the same leftmost match start; the groups
# are then read by matching the original pattern there.
_DATE_WORDS_SCAN = re.compile(
    r"[\dA-Z](?<!\w[\dA-Z])(?:(?<=\d)\d?(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+(?:19|20)\d\d\b"
    r"|(?<=[A-Z])[a-z]+\s+\d{1,2},?\s+(?:19|20)\d\d\b)"
)
_DATE_NUM_SCAN = re.compile(r"\d(?<!\w\d)\d?[./]\d{1,2}[./](?:19|20)\d\d\b")
_DATE_RES = ((_DATE_WORDS_SCAN, _DATE_WORDS), (_DATE_NUM_SCAN, _DATE_NUM))
# every _CRIMINAL branch but the spaced-out REGINA one starts with one of these words (as
# written): _CRIMINAL is tried only where one occurs (str.find), REGINA by its own scan
_CRIMINAL_WORDS = (
    "accused",
    "convict",
    "bail",
    "indict",
    "FIR",
    "Criminal Case",
    "Crl.",
    "PEOPLE OF THE PHILIPPINES",
    "THE STATE",
    "R v",
    "S v",
)
_REGINA_SCAN = re.compile(r"R(?<!\wR)\s*E\s*G\s*I\s*N\s*A\b")


def criminal_cue(head: str) -> bool:
    """``bool(_CRIMINAL.search(head))``: a criminal proceeding's word in the header."""
    for w in _CRIMINAL_WORDS:
        at = head.find(w)
        while at >= 0:
            if _CRIMINAL.match(head, at):
                return True
            at = head.find(w, at + 1)
    return _REGINA_SCAN.search(head) is not None


def _cue_start(head: str, low: str) -> int:
    """Where ``_DATE_CUE`` first matches in ``head`` (0 without a match)."""
    if len(low) != len(head) or not head.isascii() and any(c in head for c in _FOLD_ODD):
        cue = _DATE_CUE.search(head)
        return cue.start() if cue else 0
    start = _cue_words_start(low)
    gr = _gr_line_start(low, start)
    if gr is not None:
        start = gr
    return max(start, 0)


def _cue_words_start(low: str) -> int:
    """``_DATE_CUE_LOW.search(low).start()`` (-1 without a match) by ``str.find``: its
    plain words, then the places of "date" for its two "date ..." branches."""
    best = -1
    for w in _CUE_PLAIN:  # each later find looks only before the best start so far
        at = low.find(w, 0, len(low) if best < 0 else best + len(w) - 1)
        if at >= 0:
            best = at
    at = low.find("date", 0, len(low) if best < 0 else best + 3)
    while at >= 0:
        if _DATE_OF.match(low, at):
            return at
        at = low.find("date", at + 1, len(low) if best < 0 else best + 3)
    return best


def _gr_line_start(low: str, before: int) -> int | None:
    """Start of the leftmost match of ``^\\s*\\[\\s*g\\.r\\.`` (multi-line) in ``low``
    that starts before ``before`` (anywhere when ``before`` < 0): the first line start in
    the blank run before a ``[`` that a ``g.r.`` follows."""
    at = low.find("g.r.")
    while at >= 0:
        b = at - 1
        while b >= 0 and low[b].isspace():
            b -= 1
        if b >= 0 and low[b] == "[":
            w = b
            while w > 0 and low[w - 1].isspace():
                w -= 1
            start = 0 if w == 0 else low.find("\n", w, b) + 1
            if start > 0 or w == 0:
                return start if before < 0 or start < before else None
        if 0 <= before < at:
            return None
        at = low.find("g.r.", at + 4)
    return None


def _date(head: str, low: str | None = None) -> tuple[dt.date | None, int, int]:
    start = _cue_start(head, head.lower() if low is None else low)
    for scan, rx in _DATE_RES:
        if rx is _DATE_NUM and not any(s in head for s in _DATE_NUM_NEEDS):
            continue
        found = scan.search(head, start) or (scan.search(head) if start else None)
        if not found:
            continue
        m = rx.match(head, found.start())
        assert m is not None  # the scan pattern matches exactly where rx does
        date = date_of(m)
        if date is not None:
            return date, m.start(), m.end()
    return None, 0, 0


def date_of(m: re.Match[str]) -> dt.date | None:
    """The date a match of one of the date patterns spells, or None (no such month or day)."""
    g = m.groupdict()
    try:
        if g.get("d"):
            return dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        month = _MONTHS.get((g["m1"] or g["m2"] or "").lower())
        if month is None:
            return None
        return dt.date(int(g["y1"] or g["y2"]), month, int(g["d1"] or g["d2"]))
    except ValueError:
        return None


def guess(ctx: Context) -> JudgmentInfo:
    head = ctx.head
    low = head.lower()
    court = jurisdiction = None
    level = None
    for needs, rx, name, jur, lvl in _COURT_RES:
        if gate_open(needs, low) and rx.search(low):
            court, jurisdiction, level = name, jur, CourtLevel(lvl)
            break
    date, _, _ = _date(head, low)
    if any(w in head for w in _ADMIN_NEEDS) and _ADMIN.search(head):
        proceeding = Proceeding.ADMINISTRATIVE
    elif "election" in low[:_CASE_LINE_REACH] and _ELECTION.search(head, 0, _CASE_LINE_REACH):
        proceeding = Proceeding.PUBLIC_LAW  # even when it narrates an FIR or a conviction
    elif criminal_cue(head):
        proceeding = Proceeding.CRIMINAL
    elif any(w in low for w in _PUBLIC_WORDS):
        proceeding = Proceeding.PUBLIC_LAW
    else:
        proceeding = Proceeding.CIVIL
    return JudgmentInfo(
        jurisdiction=jurisdiction,
        court=court,
        court_level=level,
        decision_date=date,
        case_name=ctx.judgment.case_name,
        proceeding=proceeding,
    )


def run(ctx: Context, step: Step) -> None:
    ctx.info = guess(ctx)


EXTRACTOR = Step(NAME, VERSION, requires=(), assigns=("info",), fn=run)
