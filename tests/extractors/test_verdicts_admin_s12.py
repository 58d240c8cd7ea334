"""Administrative liability found below by a disciplining body (R.A. 6770 ss.15, 21): the
official's petition granted and that decision set aside exonerates him; the disciplining
body's petition granted and its decision reinstated leaves him liable (synthetic judgments
written for these tests; no judgment text)."""

from __future__ import annotations

import pytest
from verdict_helpers import standing_by_defendant

from caselaw.extractors import extract
from caselaw.extractors.verdict_admin import reinstated_label
from caselaw.models import Extraction, Judgment


def _run(text: str) -> Extraction:
    return extract(Judgment(id="t", portal="test", text=text))


def test_official_petition_granted_sets_liability_aside() -> None:
    text = (
        "[ G.R. No. 90002, June 1, 2004 ]\n\nMARIO T. LOPEZ, PETITIONER, VS. OFFICE OF THE"
        " OMBUDSMAN, RESPONDENT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\n"
        "A complaint alleged that petitioner Mario T. Lopez, an examiner of the land registry,"
        " demanded and received P5,000.00 for the release of a title. The Ombudsman found the"
        " petitioner liable for grave misconduct and dismissed him from the government"
        " service.\n\nThe affidavits are hearsay; there is no substantial evidence.\n\n"
        "WHEREFORE, the petition is GRANTED. The assailed Resolution of the Ombudsman is"
        " REVERSED and SET ASIDE. The petitioner is ordered REINSTATED to his position.\n\n"
        "SO ORDERED.\n"
    )
    assert standing_by_defendant(_run(text)).get("Mario T. Lopez") == {"acquitted"}


def test_ombudsman_decision_reinstated_keeps_liability() -> None:
    text = (
        "[ G.R. No. 90003, June 2, 2014 ]\n\nOFFICE OF THE OMBUDSMAN, PETITIONER, VS. ANA B."
        " CRUZ, RESPONDENT.\n\nD E C I S I O N\n\nREYES, J.:\n\n"
        "The Ombudsman dismissed respondent Ana B. Cruz, a records officer, from the service"
        " after finding her guilty of dishonesty for a false statement in her leave"
        " application. The Court of Appeals reversed.\n\nThe petition is meritorious.\n\n"
        "WHEREFORE, the petition is GRANTED. We REVERSE AND SET ASIDE the decision of the"
        " Court of Appeals in CA-G.R. SP No. 1234 and REINSTATE the decision of the Office of"
        " the Ombudsman.\n\nSO ORDERED.\n"
    )
    assert standing_by_defendant(_run(text)).get("Ana B. Cruz") == {"convicted"}


@pytest.mark.parametrize(
    ("sentence", "liable", "expected"),
    [
        ("We REVERSE the decision and REINSTATE the decision of the Ombudsman.", True, "affirmed"),
        # the person reinstated to his post, not the decision: the reversal exonerates
        ("The decision is REVERSED. He is REINSTATED to his position.", True, "reversed"),
        # no liability found below: nothing to reinstate
        ("We REVERSE the decision and REINSTATE the decision of the Ombudsman.", False, "reversed"),
    ],
)
def test_reinstated_label(sentence: str, liable: bool, expected: str) -> None:
    assert reinstated_label(sentence, "reversed", liable) == expected
