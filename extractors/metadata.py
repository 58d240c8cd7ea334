"""Judgment metadata guessed from the text when the portal gave none.

Jurisdiction, court, court level, decision date, case name and kind of proceeding
are read from the caption and header (the first ``HEAD_CHARS`` characters).  Portal
metadata always wins: :func:`caselaw.extractors.extract` only fills the gaps.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from caselaw.extractors._base import Context, Step, compile_lower, load_data, required_literals
from caselaw.extractors.found import Found
from caselaw.extractors.header_dates import DATE_NUM as _DATE_NUM
from caselaw.extractors.header_dates import DATE_NUM_NEEDS as _DATE_NUM_NEEDS
from caselaw.extractors.header_dates import DATE_WORDS as _DATE_WORDS
from caselaw.extractors.header_dates import num_date as _num_date
from caselaw.extractors.header_dates import words_date as _words_date
from caselaw.extractors.patterns import gate_open
from caselaw.models import CourtLevel, JudgmentInfo, Proceeding

NAME = "metadata"
VERSION = "1.4.0"

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
# (a complaint the OCA has not yet docketed as an A.M. keeps its "A.M. OCA IPI No."; its
# caption may be "RE: VERIFIED COMPLAINT OF X AGAINST Y": Rules of Court Rule 140 s.1)
_ADMIN = re.compile(
    r"\[\s*A\.M\. No\.|\bCOMPLAINANT,?\s+VS\."
    r"|\bRE\s*:\s*(?:ADMINISTRATIVE\s+|VERIFIED\s+)?COMPLAINT\b|\[\s*A\.M\.\s+OCA\s+IPI\s+No\."
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
# a court of first instance that also hears appeals (Singapore's, Kenya's, Malaysia's and
# South Africa's High Courts) sits as an appeal court when the case number is an appeal's:
# "MA 4/2003" (Singapore's Magistrate's Appeal), "Criminal Appeal No. 12 of 2019"
_APPEAL_NUMBER = re.compile(
    r"\b(?:MA|HCCRA|(?:Magistrate'?s|Criminal|Civil)\s+Appeal|Crim(?:inal)?\.?\s+App\.?)"
    r"\s*(?i:No\.?\s*)?\d{1,5}\s*(?:/|\s+(?i:of)\s+)\s*(?:19|20)?\d\d\b"
)
_APPEAL_WORDS = ("MA", "HCCRA", "Appeal", "App")


_DATE_RES = ((_words_date, _DATE_WORDS), (_num_date, _DATE_NUM))  # (finder, groups)
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


# The hearing dates a Sri Lankan, Indian, Pakistani or Kenyan header lists, label by label
# ("Argued on : ...", "Written Submissions : ...", "Decided on : ..."), often as two
# columns a PDF's text puts one after the other (the labels first, then the dates)
_HEARING_LABEL = re.compile(
    r"(?:\b(?:argued|heard|supported|inquired|reserved|decided|delivered|pronounced)\s+on\b"
    r"|\bjudge?ment\s+(?:delivered\s+)?on\b|\bwritten\s+submissions?\b"
    r"|\bdate\s+of\s+(?:hearing|argument|decision|judge?ment|order)\b|\bdecision\s+date\b)"
    # (a label ends its line or a colon follows it: "the order delivered on 21.02.2022"
    # narrates an event)
    r"(?=[ \t]*(?::|\n|$))"
)
_DECISION_LABEL = ("decided", "delivered", "pronounced", "judgment", "judgement", "decision")
# every decision label holds one of these (lower-cased, one space between its words)
_DECISION_WORDS = (
    "decided on",
    "delivered on",
    "pronounced on",
    "judgment on",
    "judgement on",
    "date of decision",
    "date of judg",
    "decision date",
)
_LABEL_CHAIN = 400  # the next label of the same block starts within this many characters
_LABEL_VALUES = 250  # the dates of the last label follow it within this many characters
# (the same labels through Found: a literal scan to where a label can start, not every
# position of the header)
_HEARING_LABELS = Found(_HEARING_LABEL.pattern)


def _labels(low: str) -> Iterator[re.Match[str]]:
    """``_HEARING_LABEL.finditer(low)`` (no match is empty)."""
    first, at, end = _HEARING_LABELS.first, 0, len(low)
    while (m := first(low, at, end)) is not None:
        yield m
        at = m.end()


# numeric dates with the same separator twice: 25-11-2022, 17.12.2021, 16/12/2024
_DATE_SEP = re.compile(r"\b(?P<d>\d{1,2})(?P<s>[./-])(?P<m>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d)\b")


def _hearing_block_date(head: str, low: str, text: str) -> tuple[dt.date | None, int, int]:
    """The decision date of a header block of hearing-date labels that holds a decision
    label ("Decided on", "Judgment on", "Date of decision"): the latest date of the block.
    A judgment is decided after it is argued and after written submissions are filed, and
    no date its header lists comes later, so the latest date is the decision's even where
    the PDF's layout puts every label before every date.  The labels are looked for in the
    header, their dates in ``text`` right after them (they may run past the header)."""
    if not any(w in low for w in _DECISION_WORDS):
        return None, 0, 0  # (no decision label: most headers, found at C speed)
    block: tuple[int, int] | None = None
    decided = False
    for m in _labels(low):
        if block is not None and m.start() - block[1] > _LABEL_CHAIN:
            if decided:
                break
            block, decided = None, False  # a label far from the block: a block of its own
        block = (m.start() if block is None else block[0], m.end())
        decided = decided or any(w in m.group() for w in _DECISION_LABEL)
    if block is None or not decided:
        return None, 0, 0
    best: tuple[dt.date, int, int] | None = None
    for rx in (_DATE_SEP, _DATE_WORDS):
        for m in rx.finditer(text, block[0], min(len(text), block[1] + _LABEL_VALUES)):
            date = date_of(m)
            if date is not None and (best is None or date > best[0]):
                best = (date, m.start(), m.end())
    return best if best is not None else (None, 0, 0)


# a date the header narrates as an event ("on or about 20/07/1994", "the judgment dated
# 26/03/2009"), never the decision's own
_EVENT_BEFORE = re.compile(r"(?:\bon\s+or\s+(?:about|around)|\bdated|\bbetween)\s*$", re.I)


def _date(
    head: str, low: str | None = None, text: str | None = None
) -> tuple[dt.date | None, int, int]:
    low = head.lower() if low is None else low
    block = _hearing_block_date(head, low, head if text is None else text)
    if block[0] is not None:
        return block
    start = _cue_start(head, low)
    for first, rx in _DATE_RES:
        if rx is _DATE_NUM and not any(s in head for s in _DATE_NUM_NEEDS):
            continue
        found = first(head, start) or (first(head, 0) if start else None)
        while found is not None and not start and _event(head, found.start()):
            found = first(head, found.end())  # (no cue: the first date not an event)
        if not found:
            continue
        m = rx.match(head, found.start())
        assert m is not None  # the scan pattern matches exactly where rx does
        date = date_of(m)
        if date is not None:
            return date, m.start(), m.end()
    return None, 0, 0


def _event(head: str, at: int) -> bool:
    return _EVENT_BEFORE.search(head, max(0, at - 20), at) is not None


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
    if (
        level is CourtLevel.TRIAL
        and any(w in head[:_CASE_LINE_REACH] for w in _APPEAL_WORDS)
        and _APPEAL_NUMBER.search(head, 0, _CASE_LINE_REACH)
    ):
        level = CourtLevel.APPELLATE
    date, _, _ = _date(head, low, ctx.text)
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
