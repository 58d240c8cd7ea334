"""``Found``: the same answer as searching the vocabulary, on the signals' vocabularies."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors._base import compile_lower, load_data
from caselaw.extractors.found import Found, twin_source

_DATA = load_data("signals.yaml")
_VOCABULARIES = {
    **{f"kind {k}": rx for k, rx in _DATA["kinds"].items()},
    **{k: _DATA[k] for k in ("official", "narrative", "doctrine", "private")},
}

_PIECES = st.sampled_from(
    [
        " ",
        "x",
        "_",
        "2",
        ".",
        "-",
        "the ",
        "a ",
        "his ",
        "bribe",
        "bribes",
        "s",
        "ed ",
        "extort",
        "ion",
        "fix",
        "fixer",
        "the case",
        "pay-off",
        "payoff",
        "kickback",
        "court",
        "police",
        "paid",
        "r.a.",
        "act, 1960",
        "public funds were used",
        "in connivance with",
        "tip-off",
        "tipped off",
        "used his office",
        "irregularly issued",
        "protector",
        "ticket",
        "issued a fake passport",
        "falsified public documents",
        "demanded p5",
        "asked for rs.",
        "under section",
        "council men",
        "tehsildars",
        "po2",
        "é",
        "ſ",
    ]
)


@pytest.mark.parametrize("name", sorted(_VOCABULARIES))
@settings(max_examples=150, deadline=None)
@given(text=st.lists(_PIECES, max_size=20).map("".join))
def test_found_as_the_search(name: str, text: str) -> None:
    vocabulary = _VOCABULARIES[name]
    expected = compile_lower(vocabulary).search(text) is not None
    assert Found(vocabulary)(text) is expected


@pytest.mark.parametrize(
    ("parts", "twin"),
    [
        ([r"\bbribe[sd]?\b", "brown envelope"], r"bribe[sd]?\b|brown envelope"),
        ([r"\b(?:paid|gave)\b"], r"paid\b|gave\b"),
        ([r"\b(?:paid|gave)\b x"], r"(?:paid|gave)\b x"),
        ([r"a|\bb"], "a|b"),
    ],
)
def test_twin_source(parts: list[str], twin: str) -> None:
    assert twin_source(parts) == twin
