"""Judgment metadata guessed from captions and headers (snippets written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors._base import Context
from caselaw.extractors.metadata import EXTRACTOR, guess
from caselaw.models import CourtLevel, Judgment, Proceeding


def info(text: str):
    return guess(Context(Judgment(id="t", portal="test", text=text)))


@pytest.mark.parametrize(
    ("head", "court", "jurisdiction", "level"),
    [
        (
            "THIRD DIVISION\n[ G.R. No. 123456, March 4, 2019 ]\nPEOPLE OF THE PHILIPPINES,"
            " PLAINTIFF-APPELLEE, VS. JUAN REYES Y SANTOS, ACCUSED-APPELLANT.",
            "Supreme Court of the Philippines",
            "PH",
            CourtLevel.SUPREME,
        ),
        (
            "JUDGMENT SHEET\nIN THE LAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
            "Crl. Appeal No. 100 of 2021",
            "Lahore High Court",
            "PK",
            CourtLevel.APPELLATE,
        ),
        (
            "Neutral Citation Number: [2021] EWCA Crim 9999\nIN THE COURT OF APPEAL "
            "(CRIMINAL DIVISION)\nR v A B",
            "Court of Appeal (Criminal Division)",
            "GB",
            CourtLevel.APPELLATE,
        ),
        (
            "IN THE SUPREME COURT OF APPEAL OF SOUTH AFRICA\nJUDGMENT\nCase no: 1/2020",
            "Supreme Court of Appeal of South Africa",
            "ZA",
            CourtLevel.APPELLATE,
        ),
        (
            "UNITED STATES COURT OF APPEALS FOR THE FIFTH CIRCUIT\nUNITED STATES OF AMERICA,"
            " Plaintiff-Appellee, v. JOHN DOE, Defendant-Appellant.",
            "United States Court of Appeals",
            "US",
            CourtLevel.APPELLATE,
        ),
        ("Minutes of a village meeting about a new well.", None, None, None),
    ],
)
def test_court(head: str, court: str | None, jurisdiction: str | None, level) -> None:
    got = info(head)
    assert (got.court, got.jurisdiction, got.court_level) == (court, jurisdiction, level)


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("[ G.R. No. 123456, March 4, 2019 ]\nDECISION", dt.date(2019, 3, 4)),
        ("Date of hearing: 16.01.2023.\nJUDGMENT", dt.date(2023, 1, 16)),
        ("Judgment handed down on 21st November 2017 by the court.", dt.date(2017, 11, 21)),
        ("Date: 18/10/2019\nBefore: LORD JUSTICE X", dt.date(2019, 10, 18)),
        # a cue points at the decision date even when an older date comes first
        (
            "Information filed on 5 May 2010.\nPromulgated: June 7, 2015\nDECISION",
            dt.date(2015, 6, 7),
        ),
        # impossible dates are skipped, not raised
        ("Date: 31/02/2019 and nothing else", None),
        ("No date at all in this header.", None),
    ],
)
def test_decision_date(head: str, date: dt.date | None) -> None:
    assert info(head).decision_date == date


@pytest.mark.parametrize(
    ("head", "proceeding"),
    [
        (
            "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN REYES, ACCUSED-APPELLANT.",
            Proceeding.CRIMINAL,
        ),
        ("FIR No. 41/2020 registered at P.S. City under section 420 PPC.", Proceeding.CRIMINAL),
        (
            "[ A.M. No. P-21-001 ]\nMARIA CRUZ, COMPLAINANT, VS. PEDRO SANTOS, CLERK III,"
            " RESPONDENT.",
            Proceeding.ADMINISTRATIVE,
        ),
        (
            "RE: ADMINISTRATIVE COMPLAINT OF X AGAINST JUDGE Y RELATIVE TO CIVIL CASE NO. 1",
            Proceeding.ADMINISTRATIVE,
        ),
        (
            "R (on the application of AB) v Secretary of State for the Home Department\n"
            "This is a claim for judicial review.",
            Proceeding.PUBLIC_LAW,
        ),
        ("ACME LTD v BETA LTD\nA claim for the price of goods sold.", Proceeding.CIVIL),
    ],
)
def test_proceeding(head: str, proceeding: Proceeding) -> None:
    assert info(head).proceeding == proceeding


def test_only_the_head_is_read() -> None:
    """A court named deep in the body (a cited case) does not make the judgment's court."""
    text = "A claim for unpaid rent.\n" + "x " * 5000 + "\nSee People v. Cruz, G.R. No. 1."
    assert info(text).jurisdiction is None


def test_step_sets_info_and_keeps_portal_case_name() -> None:
    judgment = Judgment(
        id="t", portal="test", text="IN THE LAHORE HIGH COURT\nFIR No. 1/2020", case_name="X v Y"
    )
    ctx = Context(judgment)
    EXTRACTOR(ctx)
    assert ctx.info.jurisdiction == "PK"
    assert ctx.info.case_name == "X v Y"


# -- the fast paths give the answers of the plain patterns -------------------------------

_PIECES = [
    " ",
    "\n",
    "\t",
    "[",
    "]",
    ":",
    ",",
    ".",
    "/",
    "G.R.",
    "g.r. ",
    "Date: ",
    "date of order",
    "Promulgated",
    "DECIDED ON",
    "ANNOUNCED",
    "March",
    "june",
    "Foo",
    "4",
    "17",
    "2019",
    "1999",
    "st",
    "12/03/2020",
    "1.2.2021",
    "3",
    "x",
    "accused",
    "Xaccused",
    "FIR",
    "R v",
    "S v",
    "R E G I N A",
    "REGINA",
    "R",
    "EGINA",
    "_",
    "PEOPLE OF THE PHILIPPINES",
    "THE STATE",
    "bail",
    "indict",
    "Criminal Case",
    "Crl.",
    "convict",
    "٣",
    "\u0131",
    "\u0130",
    "ſ",
    "COMPLAINANT, VS.",
    "RE: COMPLAINT",
    "A.M. No.",
]


def _reference_date(head: str) -> tuple[dt.date | None, int, int]:
    """``metadata._date`` as first written: every pattern searched in full."""
    from caselaw.extractors import metadata as md

    cue = md._DATE_CUE.search(head)
    start = cue.start() if cue else 0
    for rx in (md._DATE_WORDS, md._DATE_NUM):
        m = rx.search(head, start) or rx.search(head)
        if not m:
            continue
        date = md.date_of(m)  # the conversion is shared; the search is what is compared
        if date is not None:
            return date, m.start(), m.end()
    return None, 0, 0


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_fast_paths_agree_with_the_plain_patterns(pieces: list[str]) -> None:
    from caselaw.extractors import metadata as md

    head = "".join(pieces)
    cue = md._DATE_CUE.search(head)
    assert md._cue_start(head, head.lower()) == (cue.start() if cue else 0)
    assert md._date(head) == _reference_date(head)
    assert md.criminal_cue(head) == bool(md._CRIMINAL.search(head))
    low = head.lower()
    for needs, rx, *_ in md._COURT_RES:
        if rx.search(low):
            assert not needs or any(w in low for w in needs)
