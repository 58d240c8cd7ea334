"""An affirmance modified by acquitting of one named charge keeps the other convictions
(synthetic judgments and sentences written for these tests; no judgment text)."""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.extractors.partial_acquittal import affirms_the_rest
from caselaw.models import Judgment, Outcome

_APPEAL = (
    "G.R. No. 999006\n\nFIRST DIVISION\n\n[ G.R. No. 999006. June 1, 2018 ]\n\n"
    "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. RAMON DIAZ Y SORIANO,"
    " ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nCRUZ, J.:\n\nThe RTC convicted accused-appellant"
    " of illegal sale of shabu under Section 5 and of illegal possession of drug paraphernalia"
    " under Section 12, Article II of RA 9165, and the CA affirmed.\n\nWHEREFORE, the appeal is"
    " PARTLY GRANTED. {fallo}\n\nSO ORDERED.\n"
)


def _standing(fallo: str) -> set[Outcome]:
    x = extract(Judgment(id="t", portal="test", text=_APPEAL.format(fallo=fallo)))
    return {v.outcome for v in x.verdicts if v.standing}


def test_acquitted_of_one_charge_in_an_affirmance_keeps_the_rest_convicted() -> None:
    fallo = (
        "The Decision of the Court of Appeals is AFFIRMED with MODIFICATION in that"
        " accused-appellant Ramon Diaz y Soriano is ACQUITTED of the charge of illegal"
        " possession of drug paraphernalia."
    )
    assert _standing(fallo) == {Outcome.CONVICTED, Outcome.ACQUITTED}


def test_a_plain_acquittal_stays_an_acquittal() -> None:
    fallo = (
        "The Decision of the Court of Appeals is REVERSED and SET ASIDE. Accused-appellant Ramon"
        " Diaz y Soriano is ACQUITTED."
    )
    assert _standing(fallo) == {Outcome.ACQUITTED}


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        (
            "The Decision is AFFIRMED with MODIFICATION in that X is ACQUITTED of the charge of"
            " estafa.",
            True,
        ),
        (
            "The Decision is AFFIRMED with MODIFICATIONS in that accused is acquitted of the crime"
            " of illegal recruitment.",
            True,
        ),
        ("The Decision is REVERSED. X is ACQUITTED of the charge of estafa.", False),
        ("The Decision is AFFIRMED with MODIFICATION as to the penalty.", False),
    ],
)
def test_affirms_the_rest(sentence: str, rest: bool) -> None:
    assert affirms_the_rest(sentence) is rest
