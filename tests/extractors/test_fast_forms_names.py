"""Cheaper forms of two whole-text searches find what the patterns they replaced found."""

import re

from hypothesis import given
from hypothesis import strategies as st

from caselaw.extractors.names import letter_runs
from caselaw.extractors.numbered_accused import short_form_re

_CLASS = re.compile(r"[^\x00-\xbf\u2000-\u2bff\u3000-\u303f]+")
_EDGES = (
    "aZ \n.\x7f\x80\xbf\xc0\xe9\xff\u0100\u1fff\u2000\u2019"
    "\u2bff\u2c00\u2fff\u3000\u303f\u3040\U0001f600"
)


def _by_regex(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CLASS.finditer(text)]


def test_letter_runs_in_a_name_line() -> None:
    text = "Accused Peña “alias Nuñez” and Łukasz Müller"
    assert [text[s:e] for s, e in letter_runs(text)] == ["ñ", "ñ", "Ł", "ü"]


def test_a_lone_surrogate_is_a_code_unit_not_an_error() -> None:
    text = "Pe\udcf1a and M\u00fcller"  # a byte that did not decode, kept by surrogateescape
    assert letter_runs(text) == _by_regex(text) == [(2, 3), (10, 11)]


def test_plain_ascii_has_no_runs() -> None:
    assert letter_runs("JUAN DELA CRUZ, accused-appellant") == []


@given(st.text(alphabet=st.sampled_from(_EDGES) | st.characters(), max_size=60))
def test_letter_runs_equal_the_character_class(text: str) -> None:
    assert letter_runs(text) == _by_regex(text)


_PIECES = ["accused 1", "accused no. 2", "a-1", "2", "-", "_", "x", " ", "\n"]
_PHRASE_TEXT = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@given(_PHRASE_TEXT, st.sampled_from(["accused 1", "accused no. 2", "a-1"]))
def test_short_form_matches_as_a_leading_look_behind_did(text: str, short: str) -> None:
    lead = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
    spans = [m.span() for m in short_form_re(short).finditer(text)]
    assert spans == [m.span() for m in lead.finditer(text)]


def test_a_judgment_with_a_lone_surrogate_extracts_without_error() -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    text = (
        "PEOPLE OF THE PHILIPPINES v. JUAN PE\udcf1A y CRUZ, accused-appellant.\n\n"
        "The accused Pe\u00f1a was charged with violation of R.A. 9208."
    )
    assert extract(Judgment(id="s", portal="t", text=text)).errors == ()
