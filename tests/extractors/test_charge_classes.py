"""charge_classes.classify: what a charging citation's provisions charge."""

from __future__ import annotations

import pytest

from caselaw.extractors.charge_classes import classify
from caselaw.extractors.citations import parse_citations
from caselaw.models import Category


def _classes(text: str, jurisdiction: str | None = None) -> list[Category]:
    (cit,) = parse_citations(text, jurisdiction=jurisdiction)
    return [category for category, _, _ in classify(cit)]


@pytest.mark.parametrize(
    ("text", "jurisdiction", "expected"),
    [
        ("Section 4(a) of R.A. No. 9208", "PH", [Category.TRAFFICKING]),
        # read "in relation to" a law that is no target: one offence, the first provision's
        (
            "Section 4(a) of R.A. 9208 in relation to Section 5(a) of R.A. 7610",
            "PH",
            [Category.TRAFFICKING],
        ),
        ("section 3(e) of Republic Act No. 3019", "PH", [Category.CORRUPTION]),
    ],
)
def test_classify(text: str, jurisdiction: str | None, expected: list[Category]) -> None:
    assert _classes(text, jurisdiction) == expected


def test_rules_are_no_offence() -> None:
    cits = parse_citations("Rule 25.7 of the Police Rules, 1934")
    assert all(classify(c) == [] for c in cits)
