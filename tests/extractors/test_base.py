"""Shared helpers of the extractor steps: regions, sentences, keyword spans, lower-case regexes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors._base import (
    Context,
    compile_lower,
    find_body_end,
    required_literals,
    sentence_around,
)
from caselaw.models import Judgment


def test_compile_lower_matches_lower_cased_text_and_keeps_named_groups() -> None:
    rx = compile_lower([r"(?P<cur>PHP|Rs\.?)\s?(?P<amt>\d+)", r"\bPO[1-3]\b"])
    m = rx.search("a fine of PHP 500".lower())
    assert m is not None and (m.group("cur"), m.group("amt")) == ("php", "500")
    assert rx.search("po2 reci".lower())


def test_compile_lower_refuses_upper_case_escapes() -> None:
    with pytest.raises(ValueError, match="upper-case escape"):
        compile_lower(r"\S+ bribe")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("WHEREFORE, the appeal is DISMISSED.\n\nSO ORDERED.\n\nFootnotes", 48),
        ("No fallo here.", 14),
        ("ALSO ORDERED to pay costs.", 26),  # "ALSO ORDERED" is not "SO ORDERED"
    ],
)
def test_body_end(text: str, end: int) -> None:
    assert find_body_end(text) == end


def test_sentence_around() -> None:
    text = "First one. The accused paid a bribe; then left. Last"
    s, e = sentence_around(text, text.index("bribe"), text.index("bribe") + 5)
    assert text[s:e] == " The accused paid a bribe;"


def test_dispositive_is_the_last_opener_before_so_ordered() -> None:
    text = (
        "The RTC ruled:\n\nWHEREFORE, the accused is found GUILTY.\n\nSO ORDERED.\n\n"
        "We agree with the RTC.\n\nWHEREFORE, the appeal is DISMISSED.\n\nSO ORDERED.\n\n[1] Note"
    )
    ctx = Context(Judgment(id="t", portal="test", text=text))
    start, end = ctx.dispositive
    assert text[start:end].startswith("WHEREFORE, the appeal is DISMISSED.")
    assert text[start:end].rstrip().endswith("SO ORDERED.")


def test_keyword_spans_are_sorted_and_whole_words() -> None:
    text = "Bribery is not a bribe; the bribes were paid. Abribe is no word."
    ctx = Context(Judgment(id="t", portal="test", text=text))
    spans = ctx.keyword_spans("signals.cue")
    words = [text[s:e].lower() for s, e in spans]
    assert spans == sorted(spans)
    assert "bribe" in words and "bribes" in words and "abribe" not in words


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
    from caselaw.extractors._base import AnyPattern, compile_any

    text = "".join(pieces)
    assert AnyPattern(_VOCABULARY).found_in(text) == bool(compile_any(_VOCABULARY).search(text))


def _plain_sentence_around(text: str, start: int, end: int, ends: str) -> tuple[int, int]:
    lo = max(0, start - 1500)
    hi = min(len(text), end + 1500)
    s = max(text.rfind(c, lo, start) for c in ends) + 1 or lo
    e_candidates = [i for i in (text.find(c, end, hi) for c in ends) if i >= 0]
    e = min(e_candidates) + 1 if e_candidates else hi
    return max(s, lo), e


@settings(max_examples=400, deadline=None)
@given(
    st.text(st.sampled_from("ab .;!?\n,-]"), max_size=3200),
    st.integers(0, 3200),
    st.integers(0, 40),
    st.sampled_from([".;!?\n", ".;", ".;\n", ";", "\n.", "]-"]),
)
def test_sentence_around_as_first_written(text: str, start: int, width: int, ends: str) -> None:
    start = min(start, len(text))
    end = min(len(text), start + width)
    assert sentence_around(text, start, end, ends) == _plain_sentence_around(text, start, end, ends)
