"""Rules from the error analysis on a third set of unseen Philippine Supreme Court
decisions (snippets written for these tests; no judgment text)."""

from __future__ import annotations

import pytest
from party_helpers import names, official_of

from caselaw.models import OfficialType

_HEAD = "SECOND DIVISION\n\n[ A.C. No. 10001, March 1, 2023 ]\n\n"


@pytest.mark.parametrize(
    ("sentence", "official"),
    [
        # an appointment to a public office states the office as plainly as "served as"
        (
            "Complainant claimed that respondent was appointed as Director III of the "
            "Bureau of Printing only on August 18, 2016.",
            OfficialType.OTHER_PUBLIC,
        ),
        (
            "The records show that the respondent had been appointed as Clerk of Court of "
            "the Municipal Trial Court in 2010.",
            OfficialType.JUDICIARY,
        ),
        # an appointment to no public office is no official status
        (
            "Complainant claimed that respondent was appointed as attorney-in-fact of the "
            "heirs in 2016.",
            None,
        ),
    ],
)
def test_an_appointment_to_an_office_is_a_position(
    sentence: str, official: OfficialType | None
) -> None:
    text = (
        _HEAD + "JUAN CRUZ, COMPLAINANT, VS. ATTY. PEDRO SANTOS, RESPONDENT.\n\n"
        "D E C I S I O N\n\n" + sentence + " The complaint is DISMISSED."
    )
    assert official_of(text, "Pedro Santos") == official


_AM_HEAD = "EN BANC\n\n[ A.M. No. RTJ-16-2000, August 30, 2022 ]\n\n"
_AM_BODY = "\n\nR E S O L U T I O N\n\nPER CURIAM:\n\nRespondent is meted out a fine."


@pytest.mark.parametrize("versus", ["VS.", "V.S.", "vs."])
def test_v_s_with_full_stops_is_the_versus(versus: str) -> None:
    caption = (
        f"OFFICE OF THE COURT ADMINISTRATOR, COMPLAINANT, {versus} JUDGE PEDRO V. SANTOS, "
        "REGIONAL TRIAL COURT, BRANCH 45, RESPONDENT."
    )
    assert names(_AM_HEAD + caption + _AM_BODY) == ["Pedro V. Santos"]


def test_a_label_glued_to_the_spaced_heading_is_a_label() -> None:
    # the E-Library doubles the caption; its first copy runs into the spaced-out heading
    caption = (
        "OFFICE OF THE COURT ADMINISTRATOR, COMPLAINANT, VS. JUDGE PEDRO V. SANTOS,* "
        "REGIONAL TRIAL COURT, BRANCH 45, BAIS CITY,RESPONDENTR E S O L U T I O N\n"
        "OFFICE OF THE COURT ADMINISTRATOR, COMPLAINANT, VS. JUDGE PEDRO V. SANTOS,* "
        "REGIONAL TRIAL COURT, BRANCH 45, BAIS CITY, RESPONDENT"
    )
    assert names(_AM_HEAD + caption + _AM_BODY) == ["Pedro V. Santos"]


def test_a_name_before_a_spaced_heading_is_no_label() -> None:
    caption = "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN CRUZ, ACCUSED-APPELLANT."
    text = "SECOND DIVISION\n\n[ G.R. No. 200001, May 5, 2020 ]\n\n" + caption
    assert names(text + "\n\nD E C I S I O N\n\nCRUZ, J.:\n\nThe appeal is DENIED.") == [
        "Juan Cruz"
    ]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a penalty imposed on the respondent is a finding of liability
        (
            "Respondent Judge Pedro V. Santos is meted out the penalty of Fine in the amount "
            "of P400,000.00.",
            "convicted",
        ),
        ("Respondent Juan Cruz is hereby FINED in the amount of P20,000.00.", "convicted"),
        # a penalty of an earlier decision, told in the past, is no order of this one
        ("In that Decision, he was meted out the penalty of dismissal.", None),
    ],
)
def test_a_penalty_meted_out_is_a_finding_of_liability(sentence: str, label: str | None) -> None:
    from caselaw.extractors.verdict_cues import classify

    assert classify(sentence) == label
