"""Charge and citation rules from the s11 fresh sets (snippets written for these tests; no
judgment text): a footnote number glued to a six-digit act number, administrative
misappropriation of public money, a superseded charge, a charge named by its act without a
section, and a lettered section written with spaces and brackets."""

from __future__ import annotations

import pytest

from caselaw.extractors import charges
from caselaw.models import Category


def _acts(text: str, jurisdiction: str) -> set[tuple[Category, str]]:
    found = charges.find_charges(text, jurisdiction)
    return {(m.category, (m.statute or "").split(" s.")[0].split(" art.")[0]) for m in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "No. 301911": R.A. 3019 with footnote 11 glued on (lawphil layout)
        (
            "An Information for violation of Section 3 of Republic Act (RA) No. 301911 was "
            "filed against the accused mayor.",
            {(Category.CORRUPTION, "R.A. 3019")},
        ),
        (
            "The accused was charged with violation of Section 4 of R.A. No. 920812.",
            {(Category.TRAFFICKING, "R.A. 9208")},
        ),
        # six digits with no known act under them: no act number at all
        (
            "The accused was charged with violation of Section 4 of R.A. No. 777777.",
            set(),
        ),
    ],
)
def test_a_footnote_glued_to_a_four_digit_act_number(
    text: str, expected: set[tuple[Category, str]]
) -> None:
    assert _acts(text, "PH") == expected
