"""The official type gate: the literals it reads never skip a type whose cues match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import official_kind, officials
from caselaw.extractors.official_gate import TypeGate, literal_choices
from caselaw.extractors.patterns import top_level_branches


@pytest.mark.parametrize(
    ("branch", "expected"),
    [
        (r"\bp/?(?:cpl|ssg)\b", ["cpl", "ssg"]),
        (r"\b\d{2,5}/(?:c|hc)\b", ["/c", "/hc"]),
        (r"\b(?:dsp|asp)\b", ["dsp", "asp"]),
        (r"\b(?:city|barangay)\s+(?:[a-z]+\s+){0,5}?(?:office|head)\b", ["city", "barangay"]),
        (r"police officer", ["police officer"]),
        (r"[(?:]ab(?:c|d)", ["ab"]),  # (a class is no group)
        (r"(?:ab|c)?x", None),  # an optional group: nothing must be passed through
        (r"(?:a|b)\sx", None),  # one-letter literals are no gate
        (r"(?:a|b)x", ["ax", "bx"]),
    ],
)
def test_literal_choices(branch: str, expected: list[str] | None) -> None:
    assert literal_choices(branch) == expected


def test_every_type_has_a_gate() -> None:
    """No official type is searched in every window for want of a literal."""
    assert not official_kind._GATE._always
    assert not officials._TYPE_GATE._always


def _spread() -> list[str]:
    """The cue branches gated by one literal of several (a group spread out)."""
    out = []
    for _, cues in official_kind._CUES:
        for cue in cues:
            for branch in top_level_branches(cue.lower()):
                choices = literal_choices(branch)
                assert choices is not None
                if len(choices) > 1:
                    out.append(branch)
    return out


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_match_holds_one_of_its_literals(data: st.DataObject) -> None:
    """Whatever a cue spread out matches holds one of the literals the gate reads for it
    (the word boundaries and look-aheads dropped: they add no characters)."""
    branch = data.draw(st.sampled_from(_spread()))
    bare = re.sub(r"\\b|\(\?[!=][^()]*\)", "", branch)
    text = data.draw(st.from_regex(re.compile(bare), fullmatch=True))
    assert any(c in text for c in literal_choices(branch) or []), (branch, text)


_PIECES = st.sampled_from(
    [
        "p/cpl ",
        "pcpl ",
        "ssgt ",
        "12/hc ",
        "asi/45 ",
        "/si ",
        "dsp ",
        "rtc ",
        "mtcc ",
        "judge ",
        "city ",
        "municipal treasurer ",
        "barangay ",
        "health ",
        "officer ",
        "police ",
        "the ",
        ", ",
        "x",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
def test_gate_never_skips_a_type_that_matches(low: str) -> None:
    possible = official_kind._GATE.possible(low)
    for typ, found in official_kind._TYPED_LOW:
        if found(low):
            assert typ in possible
    possible = officials._TYPE_GATE.possible(low)
    for typ, found in officials._TYPES_LOW:
        if found(low):
            assert typ in possible


def test_gate_reads_alternatives() -> None:
    gate = TypeGate([("a", [r"\b(?:rtc|mtc)\b"]), ("b", ["clerk"])])
    assert gate.possible("the rtc of manila") == {"a"}
    assert gate.possible("the clerk") == {"b"}
    assert gate.possible("nothing") == set()
