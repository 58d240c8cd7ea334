"""Imprisonment terms, life, fines and damages from dispositive snippets."""

from __future__ import annotations

import pytest

from caselaw.extractors._base import Context
from caselaw.extractors.sentences import EXTRACTOR
from caselaw.models import Judgment


def sentences(text: str) -> list[tuple]:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    EXTRACTOR(ctx)
    return [(s.kind, s.term_months, s.term_max_months, s.amount, s.currency) for s in ctx.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WHEREFORE, he is sentenced to suffer the penalty of life imprisonment and to pay a"
            " fine of PHP 2,000,000.00.",
            [("life", None, None, None, None), ("fine", None, None, 2000000.0, "PHP")],
        ),
        (
            "WHEREFORE, accused is sentenced to an indeterminate penalty of imprisonment of six (6)"
            " years and one (1) month as minimum to ten (10) years as maximum.",
            [("imprisonment", 73.0, 120.0, None, None)],
        ),
        (
            "He was sentenced to 10 months rigorous imprisonment with a fine of Rs.20,000/-.",
            [("imprisonment", 10.0, None, None, None), ("fine", None, None, 20000.0, "PKR")],
        ),
    ],
)
def test_sentences(text: str, expected: list[tuple]) -> None:
    assert sentences(text) == expected
