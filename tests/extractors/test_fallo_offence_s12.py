"""A disciplinary fallo that penalises an offence by its bare name ("for ignorance of the
law, respondent Judge X is hereby FINED") does not sustain the R.A. 3019 charge of the
complaint it leaves unnamed (synthetic matter written for this test; no judgment text)."""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.extractors.fallo_named_offence import names_offence
from caselaw.models import Judgment


def test_unnamed_graft_charge_not_sustained() -> None:
    text = (
        "[ A.M. No. RTJ-99-9999, May 09, 2000 ]\n\nPEDRO B. SANTOS, COMPLAINANT, VS. JUDGE JUAN"
        " M. CRUZ, RESPONDENT.\n\nD E C I S I O N\n\nREYES, J.:\n\nThe complaint was filed"
        " charging respondent Judge Juan M. Cruz of gross ignorance of the law and violation of"
        " Section 3 (e) of Republic Act No. 3019 in acquitting an accused.\n\nThe error is an"
        " honest one.\n\nWHEREFORE, for ignorance of the law, respondent Judge Juan M. Cruz is"
        " hereby FINED in the amount of Five Thousand Pesos (P5,000.00).\n\nSO ORDERED.\n"
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    by_category = {}
    for v in x.verdicts:
        if v.standing:
            by_category.setdefault(x.charges[v.charge].category.value, set()).add(v.outcome.value)
    assert by_category == {"corruption": {"dismissed"}, "other": {"convicted"}}


@pytest.mark.parametrize(
    ("label", "fallo", "named"),
    [
        ("Gross ignorance of the law", "for ignorance of the law, respondent is fined", True),
        ("Grave misconduct", "is found guilty of simple misconduct", True),
        ("Gross ignorance of the law", "the respondent is fined", False),
        # too short a bare name to be read alone
        ("Theft", "theft", False),
    ],
)
def test_names_offence(label: str, fallo: str, named: bool) -> None:
    assert names_offence(label, fallo) is named
