"""``Found``: the same answer as searching the vocabulary, on the signals' vocabularies."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors._base import compile_any, compile_lower, load_data
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
        ([r"\b(?:paid|gave)\b x"], r"paid\b x|gave\b x"),
        ([r"(?:(?:a|b) c)|(?:d )?e"], "a c|b c|d e|e"),
        ([r"(?:a)*b|(?:c)??d"], "(?:a)*b|(?:c)??d"),
        ([r"a|\bb"], "a|b"),
    ],
)
def test_twin_source(parts: list[str], twin: str) -> None:
    assert twin_source(parts) == twin


_FACTOR_SOURCES = {
    n: compile_any(spec["patterns"]).pattern
    for n, spec in load_data("factors.yaml")["factors"].items()
}
_FACTOR_PIECES = st.sampled_from(
    [
        " ",
        "x",
        "-",
        ".",
        "eacc",
        "nbi",
        "ngos",
        "ngo",
        "cctv",
        "mla",
        "mlat",
        "decoys",
        "decoy",
        "bank records",
        "aaa testified",
        "private complainant",
        "s testified",
        "corroborated",
        "e-mail",
        "emails",
        "cheque",
        "5k1.1",
        "forfeited",
        "anti-corruption court",
        "ijm",
        "video link",
        "hawks",
        "co-plaintiffs",
        "surveillance",
        "state's evidence",
        "turned ",
    ]
)


@pytest.mark.parametrize("name", sorted(_FACTOR_SOURCES))
@settings(max_examples=150, deadline=None)
@given(text=st.lists(_FACTOR_PIECES, max_size=16).map("".join), data=st.data())
def test_first_as_the_search(name: str, text: str, data: st.DataObject) -> None:
    """``Found.first`` gives ``search``'s match (None if it starts at ``before`` or later)."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    before = data.draw(st.integers(start, end))
    found = Found(_FACTOR_SOURCES[name])
    m = compile_lower(_FACTOR_SOURCES[name]).search(text, start, end)
    expected = m.span() if m is not None and m.start() < before else None
    got = found.first(text, start, end, before)
    assert (got.span() if got else None) == expected


_TYPE_SOURCES = {
    t: compile_any(rx).pattern for t, rx in load_data("officials.yaml")["official_types"].items()
}
_TYPE_PIECES = st.sampled_from(
    [
        " ",
        "x",
        ".",
        "-",
        "spo1",
        "po2",
        "xpo3",
        "psi",
        "p/insp",
        "police officer",
        "judge",
        "clerk iii",
        "clerk of court",
        "mayor",
        "vice-mayor",
        "councilor",
        "barangay captain",
        "administrator",
        "administers",
        "minister",
        "director",
        "sho",
        "asi",
        "army officer",
        "immigration officer",
        "customs examiner",
        "employed as a",
        "treasurer",
        "the ",
    ]
)


@pytest.mark.parametrize("name", sorted(_TYPE_SOURCES))
@settings(max_examples=100, deadline=None)
@given(text=st.lists(_TYPE_PIECES, max_size=12).map("".join), head=st.integers(0, 40))
def test_first_on_official_types(name: str, text: str, head: int) -> None:
    """As officials._official_type reads a type: the first cue, if it starts by ``head``."""
    m = compile_lower(_TYPE_SOURCES[name]).search(text)
    expected = m is not None and m.start() <= head
    assert (Found(_TYPE_SOURCES[name]).first(text, 0, len(text), head + 1) is not None) is expected
