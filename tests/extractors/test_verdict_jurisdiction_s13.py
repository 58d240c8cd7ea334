"""The verdict a judgment leaves when it voids a decision for lack of jurisdiction: no
acquittal, the charge may be filed before the proper court (synthetic judgments written for
these tests; no judgment text)."""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.models import Judgment, Outcome

_HEAD = (
    "G.R. No. 999001\n\nRepublic of the Philippines\nSUPREME COURT\n\nTHIRD DIVISION\n\n"
    "G.R. No. 999001. March 3, 2006\n\nPEDRO S. LIMCACO, Petitioner,\nvs.\n"
    "SANDIGANBAYAN and THE PEOPLE OF THE PHILIPPINES, Respondents.\n\nD E C I S I O N\n\n"
    "REYES, J.:\n\nThe Sandiganbayan found petitioner Pedro S. Limcaco guilty beyond reasonable"
    " doubt of Falsification of Public Document under Article 171 of the Revised Penal Code."
    " Petitioner asks the Court to set aside his conviction.\n\nThe information did not"
    " allege that the offense was committed in relation to his"
    " office.\n\n"
)


def _outcomes(text: str) -> set[Outcome]:
    x = extract(Judgment(id="t", portal="test", text=text))
    return {v.outcome for v in x.verdicts if v.standing}


@pytest.mark.parametrize(
    "fallo",
    [
        "WHEREFORE, the petition is GRANTED. The Decision of the Sandiganbayan is SET ASIDE and"
        " declared NULL and VOID for lack of jurisdiction.",
        "WHEREFORE, the assailed judgment is hereby declared void for want of jurisdiction,"
        " without prejudice to the filing of the appropriate charge before the proper court.",
    ],
)
def test_a_decision_void_for_lack_of_jurisdiction_is_no_acquittal(fallo: str) -> None:
    assert _outcomes(_HEAD + fallo + "\n\nSO ORDERED.\n") == {Outcome.OTHER}


def test_a_conviction_set_aside_on_the_merits_is_still_an_acquittal() -> None:
    fallo = (
        "WHEREFORE, the petition is GRANTED. The Decision of the Sandiganbayan convicting"
        " petitioner is REVERSED and SET ASIDE and petitioner is ACQUITTED."
    )
    assert _outcomes(_HEAD + fallo + "\n\nSO ORDERED.\n") == {Outcome.ACQUITTED}
