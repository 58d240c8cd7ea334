"""The Code of Conduct and Ethical Standards (R.A. 6713), a court utility worker's office
and the administrative fallo (snippets written for these tests; no judgment text):

* R.A. 6713 s.4 norms of conduct are misconduct (`other`); s.7 prohibited acts, s.7(d)
  soliciting or accepting gifts, are corruption (conventions: s.7(d) -> corruption);
* "Utility Worker I" is a plantilla position of a court (judiciary);
* "finds Ramil L. Abon, Utility Worker I ..., guilty" (an initial's dot in the name) and
  "SUSPENDED from office" decide administrative liability.
"""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.extractors.verdict_cues import classify
from caselaw.models import Extraction, Judgment, OfficialType


def _run(text: str) -> Extraction:
    return extract(Judgment(id="t", portal="test", text=text))


_MATTER = (
    "[ A.M. No. P-10-9999, December 15, 2010 ]\n\nMARIA D. SANTOS, COMPLAINANT, VS. JOSE L. RAMOS,"
    " UTILITY WORKER I, RESPONDENT.\n\nD E C I S I O N\n\nCARPIO, J.:\n\n"
)


def test_norms_of_conduct_are_no_corruption() -> None:
    text = (
        _MATTER + "Complainant charged respondent Jose L. Ramos, Utility Worker I of the Office"
        " of the Clerk of Court, Regional Trial Court, with conduct unbecoming a court employee"
        " for shouting at her. Public employees must respect the rights of others [citing"
        " Republic Act No. 6713, Sec. 4 (c)].\n\nWHEREFORE, this Court finds Jose L. Ramos,"
        " Utility Worker I of the Office of the Clerk of Court, guilty of violation of the Code"
        " of Conduct and Ethical Standards for Public Officials and Employees and is SUSPENDED"
        " from office for one (1) month without pay.\n\nSO ORDERED.\n"
    )
    x = _run(text)
    assert x.case.corruption_charged is False
    [d] = x.defendants
    assert d.name == "Jose L. Ramos"
    assert d.official_type == OfficialType.JUDICIARY
    assert {v.outcome.value for v in x.verdicts if v.standing} == {"convicted"}


def test_soliciting_gifts_is_corruption() -> None:
    text = (
        _MATTER + "Respondent Jose L. Ramos, Utility Worker I, was charged with violation of"
        " Section 7(d) of Republic Act No. 6713 for soliciting P2,000.00 from a litigant to"
        " speed up the release of an order.\n\nWHEREFORE, respondent Jose L. Ramos is found"
        " GUILTY and is DISMISSED from the service.\n\nSO ORDERED.\n"
    )
    assert _run(text).case.corruption_charged is True


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "This Court finds Ramil L. Abon, Utility Worker I of the Office, guilty of misconduct.",
            "convicted",
        ),
        (
            "Respondent Juan D. Cruz is SUSPENDED from office for three months without pay.",
            "convicted",
        ),
        ("The accused mayor was preventively suspended from office pendente lite.", None),
    ],
)
def test_administrative_fallo(sentence: str, label: str | None) -> None:
    assert classify(sentence) == label
