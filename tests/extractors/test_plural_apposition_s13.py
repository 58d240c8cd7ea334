"""Official status of a party word followed by a comma (synthetic sentences written for these
tests; no judgment text): a plural office after one appellant is the next member of a list
("accused-appellant, the police officers, and Barangay Captain X"), not the appellant's
position; a singular apposition still is."""

from __future__ import annotations

import re

import pytest

from caselaw.extractors import extract
from caselaw.extractors.plural_apposition import plural_apposition
from caselaw.models import Judgment, OfficialType

_PARTY = re.compile(
    r"(?:petitioner|accused|appellant|respondent|applicant),\s+the\s+([^.;,]{3,80})", re.I
)


@pytest.mark.parametrize(
    ("sentence", "plural"),
    [
        (
            "in the presence of accused-appellant, the police officers, and the barangay captain",
            True,
        ),
        ("signed by the petitioner, the arresting NBI agents and two witnesses", True),
        ("the appellant, the then municipal treasurer of Alaminos", False),
        ("the accused, the police officers of the station", False),  # ("accused": either number)
        ("the respondent, the head of the agents", False),
    ],
)
def test_plural_apposition(sentence: str, plural: bool) -> None:
    m = _PARTY.search(sentence)
    assert m is not None
    assert plural_apposition(m) is plural


_DRUGS = (
    "G.R. No. 999003\n\nFIRST DIVISION\n\n[ G.R. No. 999003. June 1, 2018 ]\n\n"
    "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ROMEO BAUTISTA Y CRUZ,"
    " ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nCRUZ, J.:\n\nOn appeal is the Decision of the Court"
    " of Appeals which affirmed the conviction of accused-appellant for illegal sale of shabu"
    " under Section 5, Article II of RA 9165.\n\nThe police then brought accused-appellant to"
    " the Barangay Hall, where PO2 Santos marked the sachet in the presence of {who}, and"
    " Barangay Captain Reyes.\n\nWHEREFORE, the appeal is DISMISSED. The Decision of the Court of"
    " Appeals is AFFIRMED.\n\nSO ORDERED.\n"
)


def test_police_officers_listed_after_the_appellant_are_not_his_office() -> None:
    x = extract(
        Judgment(
            id="t", portal="test", text=_DRUGS.format(who="accused-appellant, the police officers")
        )
    )
    assert [d.is_official for d in x.defendants] == [False]


def test_a_singular_apposition_still_names_the_appellants_office() -> None:
    x = extract(
        Judgment(
            id="t",
            portal="test",
            text=_DRUGS.format(who="the appellant, a police officer assigned at the airport,"),
        )
    )
    assert [d.official_type for d in x.defendants] == [OfficialType.POLICE]
