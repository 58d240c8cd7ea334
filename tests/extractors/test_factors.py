"""Success factors (UNODC digest categories) from short snippets."""

from __future__ import annotations

import pytest

from caselaw.extractors._base import Context
from caselaw.extractors.factors import EXTRACTOR
from caselaw.models import Judgment


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        (
            "The police conducted an entrapment operation using a poseur-customer.",
            "special_investigative_techniques",
        ),
        (
            "The testimony of the private complainants was corroborated by the officer.",
            "corroboration",
        ),
        ("The NBI Anti-Human Trafficking Division received a report.", "specialised_unit"),
        ("International Justice Mission coordinated with the police.", "ngo_involvement"),
        ("The bank records showed transfers to the accused.", "financial_investigation"),
    ],
)
def test_factor(text: str, factor: str) -> None:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    EXTRACTOR(ctx)
    found = {f.name: f for f in ctx.factors}
    assert factor in found
    ev = found[factor].evidence[0]
    assert text[ev.start : ev.end] == ev.text
