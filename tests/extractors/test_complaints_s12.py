"""Administrative complaints (snippets and synthetic matters written for these tests; no
judgment text): a matter captioned "RE: VERIFIED COMPLAINT OF X AGAINST Y" names its
respondents after AGAINST and is administrative (as an "A.M. OCA IPI No." docket is); a
complaint "charging respondent Judge X of ..." or "dated ... for ..." names charges, also
across a name's initial."""

from __future__ import annotations

import pytest

from caselaw.extractors import charges, extract
from caselaw.models import Category, Judgment, Proceeding

_MATTER = (
    "E-Library - Information At Your Fingertips: Printer Friendly\n\nEN BANC\n\n"
    "[ A.M. OCA IPI No. 12-999-CA-J, January 15, 2013 ]\n\n"
    "RE: VERIFIED COMPLAINT OF ACME REALTY, INC. AGAINST HON. PEDRO Q. LIM, HON. JUANA E."
    " REYES and HON. CARLOS R. TAN, ASSOCIATE JUSTICES OF THE COURT OF APPEALS.D E C I S I O N"
    "\n\nREYES, J.:\n\nAcme Realty, Inc. filed an administrative complaint against the three"
    " Justices over a decision of their division.\n\nWHEREFORE, the Court DISMISSES the"
    " administrative complaint for utter lack of merit.\n\nSO ORDERED.\n"
)


def test_complaint_caption_names_the_respondents() -> None:
    x = extract(Judgment(id="t", portal="test", text=_MATTER))
    assert [d.name for d in x.defendants] == ["Pedro Q. Lim", "Juana E. Reyes", "Carlos R. Tan"]
    assert x.info.proceeding is Proceeding.ADMINISTRATIVE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The complaint was filed charging respondent Judge Mamerto M. Buban of gross ignorance"
            " of the law and violation of Section 3 (e) of Republic Act No. 3019.",
            {Category.CORRUPTION, Category.OTHER},
        ),
        (
            "He filed a letter-complaint dated December 5, 1997 for gross inefficiency and"
            " neglect of duty against them.",
            {Category.OTHER},
        ),
        # a sentence's end still stops the gap: the offence of the next sentence is no charge
        (
            "The complaint was filed charging respondent. Violation of R.A. No. 3019 was"
            " discussed as law.",
            set(),
        ),
    ],
)
def test_complaint_charges(sentence: str, expected: set[Category]) -> None:
    assert {m.category for m in charges.find_charges(sentence, "PH")} == expected
