"""The shared lower-casing: the same text as ``str.lower``, and when it decides as ``re.I``."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caselaw.extractors import _lower
from caselaw.extractors._base import Context
from caselaw.models import Judgment


@given(st.text())
def test_lower_is_str_lower(text: str) -> None:
    assert _lower.lower(text) == text.lower()


@given(st.text(st.characters(max_codepoint=255)))
def test_lower_of_latin1_is_str_lower(text: str) -> None:
    assert _lower.lower(text) == text.lower()


def test_lowers_as_re_knows_every_re_i_exception() -> None:
    """The characters re.I matches to an ASCII letter, but str.lower() does not lower to it
    (in the Basic Multilingual Plane): texts with one are read with the re.I patterns."""
    letter = re.compile("[a-z]", re.I)
    odd = {
        c
        for c in map(chr, range(128, 0x10000))
        if letter.fullmatch(c) and not (len(c.lower()) == 1 and "a" <= c.lower() <= "z")
    }
    assert odd == set(_lower.ODD_CASE)
    assert not _lower.lowers_as_re("ACQUİTTED") and _lower.lowers_as_re("Reyes’ case")


def _ctx(text: str) -> Context:
    return Context(Judgment(id="t", portal="test", text=text))


def test_context_lowers_once() -> None:
    ctx = _ctx("The ACCUSED Ñoño § 302")
    assert ctx.lower == "the accused ñoño § 302" and ctx.lower is ctx.lower
    assert ctx.lowered is ctx.lower


def test_context_lowered_is_none_when_offsets_or_re_i_differ() -> None:
    assert _ctx("İstanbul").lowered is None  # lowers to two characters
    assert _ctx("ACQUıTTED").lowered is None  # re.I reads the dotless i as an i


@pytest.mark.parametrize(
    "text",
    [
        "ΟΔΟΣ Σ ΑΣ",  # capital sigma lowers by its neighbours
        "İSTANBUL ’x’",  # dotted capital I lowers to two characters
        "CASE 𐐀 ’",  # beyond the BMP
        "A’B\udc80",  # a lone surrogate
        "SECTION § 5 – THE ‘ACCUSED’ Ǆ ǅ Ω K",
        "ÀÉÎ Ǆ",
    ],
)
def test_lower_of_odd_texts_is_str_lower(text: str) -> None:
    assert _lower.lower(text) == text.lower()


@given(st.text(st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",))))
def test_lower_of_bmp_is_str_lower(text: str) -> None:
    assert _lower.lower(text) == text.lower()


def test_bmp_table_lowers_each_character_alone() -> None:
    """The table built from one lowered string is ``str.lower`` of each character alone
    (itself where that is not one BMP unit, and for surrogates)."""
    want = []
    for code in range(0x10000):
        low = chr(code).lower()
        one = len(low) == 1 and ord(low) < 0x10000 and not 0xD800 <= code < 0xE000
        want.append(ord(low) if one else code)
    assert _lower._bmp_lower().tolist() == want
