"""A lone petitioner's bare party word as the subject of a recruiting act ("that petitioner
was the one who offered the private complainants ... employment") gives her the recruiter
role; "counsel for petitioner" is someone else (synthetic judgments written for these tests;
no judgment text)."""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.models import Judgment, Role

_CASE = (
    "G.R. No. 999007\n\nRepublic of the Philippines\nSUPREME COURT\nManila\n\nTHIRD DIVISION\n\n"
    "G.R. No. 999007               November 3, 2014\n\nLIZA M. BAUTISTA, Petitioner,\n\nvs.\n\n"
    "PEOPLE OF THE PHILIPPINES, Respondent.\n\nD E C I S I O N\n\nPERALTA, J.:\n\nThe RTC found"
    " petitioner guilty beyond reasonable doubt of illegal recruitment under Section 6 of"
    " Republic Act No. 8042 and of estafa, and the CA affirmed her conviction.\n\n{fact}\n\n"
    "WHEREFORE, the petition is DENIED. The Resolutions of the Court of Appeals are AFFIRMED."
    "\n\nSO ORDERED.\n"
)


@pytest.mark.parametrize(
    ("fact", "recruiter"),
    [
        (
            "The prosecution established that petitioner was the one who offered the private"
            " complainants an alternative employment in Ireland.",
            True,
        ),
        (
            "The complainants met counsel for petitioner was the one who offered the private"
            " complainants an alternative employment in Ireland.",
            False,
        ),
    ],
)
def test_bare_petitioner_as_the_subject_of_the_offer(fact: str, recruiter: bool) -> None:
    x = extract(Judgment(id="t", portal="test", text=_CASE.format(fact=fact)))
    [d] = x.defendants
    assert (Role.RECRUITER in d.roles) is recruiter
