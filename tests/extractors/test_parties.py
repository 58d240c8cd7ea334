"""Defendants read from captions and dispositive verdict sentences (test-written snippets)."""

from __future__ import annotations

import pytest

from caselaw.extractors._base import Context
from caselaw.extractors.parties import EXTRACTOR
from caselaw.models import Judgment

BODY = "\n\nD E C I S I O N\n\nCRUZ, J.:\n\nThis is an appeal from a conviction.\n"


def names(text: str) -> list[str]:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    EXTRACTOR(ctx)
    for d in ctx.defendants:
        for ev in d.evidence:
            assert text[ev.start : ev.end] == ev.text
    return [d.name for d in ctx.defendants]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN DELA CRUZ Y SANTOS,"
            " ACCUSED-APPELLANT.",
            ["Juan dela Cruz y Santos"],
        ),
        ("PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. XXX* ACCUSED-APPELLANT.", ["XXX"]),
        (
            "MARIA L. SANTOS, PETITIONER, VS. PEOPLE OF THE PHILIPPINES, RESPONDENT.",
            ["Maria L. Santos"],
        ),
        (
            "PEDRO REYES, COMPLAINANT, VS. ANA B. LIM, CLERK III, BRANCH 5, REGIONAL TRIAL COURT,"
            " RESPONDENT.",
            ["Ana B. Lim"],
        ),
        (
            "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ROSA TAN AND LITO GO,"
            " ACCUSED-APPELLANTS.",
            ["Rosa Tan", "Lito Go"],
        ),
        ("ACME PTE LTD, APPELLANT, VS. BETA LIMITED, RESPONDENT.", []),
    ],
)
def test_caption(caption: str, expected: list[str]) -> None:
    assert names("[ G.R. No. 1, May 1, 2020 ]\n\n" + caption + BODY) == expected


def test_unlabelled_caption_against_the_state() -> None:
    text = (
        "ORDER SHEET\nLAHORE HIGH COURT\nCrl. Misc. No.1/B/2023\nAli Raza\n \nVs\n \nThe State\n"
        " \nJ U D G M E N T\n\nAhmad, J.- Through this application, the petitioner seeks"
        " post-arrest bail in case FIR No.1/2023.\n"
    )
    assert names(text) == ["Ali Raza"]


def test_complainant_petitioner_is_not_accused() -> None:
    text = (
        "Criminal Revision No. 1 of 2022\n(Ali Khan Vs. The State)\n\nJ U D G M E N T\n\n"
        "Ahmad, J: The petitioner is the complainant of case FIR No.2 of 2003 and seeks"
        " quashing of an order.\n"
    )
    assert names(text) == []


def test_co_accused_from_lower_court_dispositive() -> None:
    text = (
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ROSA TAN, ACCUSED-APPELLANT."
        + BODY
        + "\nWHEREFORE, the Court finds accused ROSA TAN and LITO GO GUILTY beyond reasonable"
        " doubt.\n\nSO ORDERED.\n"
    )
    assert names(text) == ["Rosa Tan", "Lito Go"]
