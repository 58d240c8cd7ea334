"""Rules from the error analysis on a third set of unseen Philippine Supreme Court
decisions (snippets written for these tests; no judgment text)."""

from __future__ import annotations

import pytest

from caselaw.extractors import metadata, roles
from caselaw.extractors._base import Context
from caselaw.models import Defendant, Judgment, OfficialType

_HEAD = "SECOND DIVISION\n\n[ A.C. No. 10001, March 1, 2023 ]\n\n"


def _official_of(text: str, name: str) -> OfficialType | None:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    metadata.EXTRACTOR(ctx)
    ctx.defendants = [Defendant(index=0, name=name)]
    ctx.mentions = []
    roles.EXTRACTOR(ctx)
    return ctx.defendants[0].official_type


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
    assert _official_of(text, "Pedro Santos") == official
