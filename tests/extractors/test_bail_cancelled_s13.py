"""An appeal from a conviction whose trial judgment cancelled the bail bond is no pre-trial
bail matter: the affirmance keeps the conviction (synthetic judgments written for these
tests; no judgment text)."""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.models import Judgment, Outcome


def _outcomes(text: str) -> set[Outcome]:
    x = extract(Judgment(id="t", portal="test", text=text))
    return {v.outcome for v in x.verdicts if v.standing}


_APPEAL = (
    "View printer friendly version\n\nFIRST DIVISION\n\n[ G.R. No. 999002, May 5, 1999 ]\n\n"
    "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. MARCO DELA ROSA Y LUNA,"
    " ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nVITUG, J.:\n\nMarco dela Rosa seeks reversal of the"
    " Decision of the Regional Trial Court which found him guilty of violating Section 5(b) of"
    ' RA 7610. The decretal portion reads:\n"ACCORDINGLY, this Court finds accused Marco dela'
    " Rosa GUILTY beyond reasonable doubt and sentences him to reclusion perpetua.\n\n"
    '"Pursuant to Administrative Circular No. 2-92, the {bail} posted by the accused for his'
    " provisional liberty is hereby cancelled and accused is ordered confined at the National"
    ' Penitentiary pending resolution of his appeal."\n\nHence, this appeal.\n\n'
    "WHEREFORE, the appeal is hereby DENIED and the assailed Decision is AFFIRMED, but the award"
    " of moral damages is reduced to P50,000.\n\nSO ORDERED.\n"
)


@pytest.mark.parametrize("bail", ["bail bond", "bail"])
def test_a_bail_bond_cancelled_on_conviction_is_no_pretrial_matter(bail: str) -> None:
    assert _outcomes(_APPEAL.format(bail=bail)) == {Outcome.CONVICTED}


def test_a_bail_petition_affirmed_is_still_pending() -> None:
    text = (
        "IN THE LAHORE HIGH COURT\n\nCrl. Misc. No. 999-B of 2024\n\nAli Raza v. The State\n\n"
        "ORDER\n\nThrough this petition the petitioner seeks post-arrest bail in case FIR"
        " No. 12/2024 registered under section 9(c) of the CNSA.\n\nThe petition is dismissed.\n"
    )
    assert Outcome.CONVICTED not in _outcomes(text)
