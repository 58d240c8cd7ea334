"""The fast regex helpers answer as the plain patterns they stand for."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors.patterns import (
    AnyPattern,
    LineStart,
    compile_any,
    compile_lower,
    group_end,
    required_literals,
    top_level_branches,
)


@pytest.mark.parametrize(
    ("pattern", "end"),
    [
        ("(?:a|b)c", 6),
        ("(a(b)c)d", 6),
        (r"(\)|x)y", 5),  # an escaped parenthesis does not close the group
        ("([)|(])x", 6),  # nor one inside a class
        ("([]|)])x", 6),  # a ']' right after '[' is literal, the class goes on
        ("(a", -1),
    ],
)
def test_group_end(pattern: str, end: int) -> None:
    assert group_end(pattern) == end


def test_top_level_branches_skip_groups_classes_and_escapes() -> None:
    assert top_level_branches(r"a|(b|c)|[|]|\||d") == ["a", "(b|c)", "[|]", r"\|", "d"]


def test_compile_lower_matches_lower_cased_text_and_keeps_named_groups() -> None:
    rx = compile_lower([r"(?P<cur>PHP|Rs\.?)\s?(?P<amt>\d+)", r"\bPO[1-3]\b"])
    m = rx.search("a fine of PHP 500".lower())
    assert m is not None and (m.group("cur"), m.group("amt")) == ("php", "500")
    assert rx.search("po2 reci".lower())


def test_compile_lower_refuses_upper_case_escapes() -> None:
    with pytest.raises(ValueError, match="upper-case escape"):
        compile_lower(r"\S+ bribe")


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"Lahore High Court", ("Lahore High Court",)),
        (r"\bSGCA\b|Court of Appeal at", ("SGCA", "Court of Appeal at")),
        (r"EWCA Crim|COURT OF APPEAL\s+CRIMINAL DIVISION", ("EWCA Crim", "CRIMINAL DIVISION")),
        (r"\bPhil\. \d", ("Phil. ",)),
        (r"abc\.def\s+ghi{2}jk", ("abc.def",)),  # a quantified character is optional
        (r"ab(?:cdef)?gh|xyz", ()),  # no plain run of three characters in the first branch
        (r"[]ab|]cde|fgh", ("cde", "fgh")),  # "]" first in a class is literal, "|" too
    ],
)
def test_required_literals(pattern: str, needs: tuple[str, ...]) -> None:
    assert required_literals(pattern) == needs


_RX_PIECES = ["a", "b", "c", "abc", ".", "\\.", "\\b", "\\s", "?", "*", "+", "{1,2}", "(?:", ")"]
_RX_PIECES += ["(", "|", "[ab]", "[]a]"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RX_PIECES), max_size=12), st.text("abc. ", max_size=30))
def test_required_literals_never_reject_a_match(pieces: list[str], text: str) -> None:
    pattern = "".join(pieces)
    try:
        rx = re.compile(pattern)
    except re.error:
        return
    needs = required_literals(pattern)
    if rx.search(text):
        assert not needs or any(w in text for w in needs)


_VOCABULARY = [
    r"people of the philippines",
    r"\bthe state\b",
    r"^\s*state\b",
    r"r\s*e\s*g\s*i\s*n\s*a",
    r"^\s*r\s*$",
    r"\bD\.?P\.?P\b",
    r"anti[- ]?corruption",
    r"^\s*state of [a-z]+",
    r"\boffen[cs]es?\b",
    r"\bltd\b|\blimited\b",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "The ",
                "STATE",
                " of ",
                "Regina",
                "r e g",
                "ina",
                "D.P.P",
                "dpp",
                "x",
                " ",
                "\n",
                "anti-",
                "Corruption",
                "Offences",
                "LTD",
                "limited",
                "Kelvin \u212a",
                "ſ",
                "ı",
                "İ",
                "people of the PHILIPPINES",
                "peoplex",
            ]
        ),
        max_size=12,
    )
)
def test_any_pattern_answers_as_the_plain_alternation(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert AnyPattern(_VOCABULARY).found_in(text) == bool(compile_any(_VOCABULARY).search(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["\n", " ", "\t", "CRUZ, J.:", "x", "J.", "PER CURIAM:", "\n\n"]),
        max_size=12,
    ),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_line_start_searches_as_the_multiline_pattern(
    pieces: list[str], pos: int, end: int
) -> None:
    pattern = r"[ \t]*(?:[A-Z][A-Za-z.\- ]{2,40},\s*J\.?\s*[:.]|PER CURIAM\s*:)"
    text = "".join(pieces)
    pos, end = min(pos, len(text)), min(end, len(text))
    plain = re.compile("^(?:" + pattern + ")", re.M).search(text, pos, end)
    assert LineStart.compile(pattern).search(text, pos, end) == (plain and plain.span())
