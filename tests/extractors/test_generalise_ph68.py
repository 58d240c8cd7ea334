"""Rules from the error analysis on a sixth set of unseen Philippine Supreme Court
decisions, trafficking side (gen8 set ``ph6``; snippets written for these tests, no
judgment text)."""

from __future__ import annotations

import pytest
from party_helpers import names

_PETITION = (
    "THIRD DIVISION\n\nJuly 1, 2019\n\nG.R. No. 200003\n\n"
    "JUAN DELA PAZ, JR. y SANTOS, Petitioner\n\nvs.\n\nPEOPLE OF THE PHILIPPINES, "
    "Respondent\n\nD E C I S I O N\n\nREYES, J.:\n\n"
)


@pytest.mark.parametrize(
    "fallo",
    [
        # the quoted trial-court fallo: the suffix after the comma, then the maternal
        # surname and an alias
        'WHEREFORE, this Court finds the accused JUAN DELA PAZ, JR. y SANTOS @ "JUN" guilty '
        "beyond reasonable doubt of violating Section 4(a) of Republic Act 9208.",
        "WHEREFORE, the Petition is DENIED. Petitioner Juan Dela Paz, Jr. y Santos is found "
        "GUILTY beyond reasonable doubt of violating Section 4(a) of Republic Act No. 9208.",
    ],
)
def test_a_suffix_before_the_maternal_surname_stays_with_the_name(fallo: str) -> None:
    text = _PETITION + "He was convicted of trafficking.\n\n" + fallo + "\n\nSO ORDERED."
    found = names(text)
    assert not any(n.lower().startswith("jr") for n in found), found
    assert any(n.lower().startswith("juan dela paz, jr. y santos") for n in found), found


def test_a_name_after_a_bare_suffix_is_still_a_name() -> None:
    # "X, Jr., and Y": the suffix piece joins X, the next name stays a name of its own
    text = (
        "FIRST DIVISION\n\n[ G.R. No. 200004, May 5, 2020 ]\n\nPEOPLE OF THE PHILIPPINES, "
        "PLAINTIFF-APPELLEE, VS. PEDRO REYES, JR., AND LINA SY, ACCUSED-APPELLANTS.\n\n"
        "D E C I S I O N\n\nCRUZ, J.:\n\nThe appeal is DISMISSED.\n\nSO ORDERED."
    )
    found = names(text)
    assert len(found) == 2, found
    assert any(n.startswith("Lina Sy") for n in found), found
