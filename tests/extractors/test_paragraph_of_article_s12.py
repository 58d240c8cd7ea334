"""'paragraph 4 of Article 217 of the Revised Penal Code' cites one offence, the article's:
the paragraph states a penalty or mode of it (snippets written for this test; no judgment
text)."""

from __future__ import annotations

import pytest

from caselaw.extractors import charges
from caselaw.models import Category


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The RTC found him guilty of Malversation of Public Funds under paragraph 4 of"
            " Article 217 of the Revised Penal Code.",
            {Category.CORRUPTION},
        ),
        # a paragraph cited alone stays what the act makes it
        (
            "He was charged under paragraph 2 of the Revised Penal Code.",
            {Category.OTHER},
        ),
    ],
)
def test_paragraph_of_an_article(sentence: str, expected: set[Category]) -> None:
    assert {m.category for m in charges.find_charges(sentence, "PH")} == expected
