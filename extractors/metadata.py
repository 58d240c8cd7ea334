"""Judgment metadata guessed from the text when the portal gave none.

Jurisdiction, court, court level, decision date, case name and kind of proceeding
are read from the caption and header (the first ``HEAD_CHARS`` characters).  Portal
metadata always wins: :func:`caselaw.extractors.extract` only fills the gaps.
"""

from __future__ import annotations

import datetime as dt
import re

from caselaw.extractors._base import Context, Step, compile_lower, load_data
from caselaw.models import CourtLevel, JudgmentInfo, Proceeding

NAME = "metadata"
VERSION = "1.0.0"

_COURTS = load_data("officials.yaml")["courts"]
# matched against the lower-cased header (compile_lower: several times faster than re.I)
_COURT_RES = [
    (compile_lower(c["pattern"]), c["court"], c["jurisdiction"], c["level"]) for c in _COURTS
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
_DATE_CUE = re.compile(
    r"Decided On|Decision Date|Date of (?:decision|judgment|order)|Promulgated|Date\s*:|"
    r"Announced|handed down|^\s*\[\s*G\.R\.",
    re.I | re.M,
)
_CRIMINAL = re.compile(
    r"\baccused\b|\bPEOPLE OF THE PHILIPPINES\b|\bconvict|\bFIR\b|\bCriminal Case\b|"
    r"\bCrl\.|\bR\s*E\s*G\s*I\s*N\s*A\b|\bR v\b|\bS v\b|\bTHE STATE\b|\bindict|\bbail\b",
)
_ADMIN = re.compile(
    r"\[\s*A\.M\. No\.|\bCOMPLAINANT,?\s+VS\.|\bRE\s*:\s*(?:ADMINISTRATIVE\s+)?COMPLAINT\b"
)
_PUBLIC = compile_lower(
    r"judicial review|Secretary of State|Article 199 of the Constitution|writ of|asylum|"
    r"Immigration and Asylum"
)


def _date(head: str) -> tuple[dt.date | None, int, int]:
    cue = _DATE_CUE.search(head)
    start = cue.start() if cue else 0
    for rx in (_DATE_WORDS, _DATE_NUM):
        m = rx.search(head, start) or rx.search(head)
        if not m:
            continue
        try:
            g = m.groupdict()
            if "d" in g and g.get("d"):
                return dt.date(int(g["y"]), int(g["m"]), int(g["d"])), m.start(), m.end()
            month = _MONTHS.get((g["m1"] or g["m2"] or "").lower())
            if month is None:
                continue
            day = int(g["d1"] or g["d2"])
            return dt.date(int(g["y1"] or g["y2"]), month, day), m.start(), m.end()
        except ValueError:
            continue
    return None, 0, 0


def guess(ctx: Context) -> JudgmentInfo:
    head = ctx.head
    low = head.lower()
    court = jurisdiction = None
    level = None
    for rx, name, jur, lvl in _COURT_RES:
        if rx.search(low):
            court, jurisdiction, level = name, jur, CourtLevel(lvl)
            break
    date, _, _ = _date(head)
    if _ADMIN.search(head):
        proceeding = Proceeding.ADMINISTRATIVE
    elif _CRIMINAL.search(head):
        proceeding = Proceeding.CRIMINAL
    elif _PUBLIC.search(low):
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
