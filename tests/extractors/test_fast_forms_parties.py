"""The fast forms of the parties step's tests decide as the plain patterns they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import party_exclusions as px
from caselaw.extractors import party_names as pn
from caselaw.extractors import party_sides as ps
from caselaw.extractors._lower import lower, lowers_as_re

_PIECES = [
    "Petitioner",
    "petitioners",
    "/",
    " / ",
    "Complainant",
    "complainants",
    "xpetitioner",
    "Crl. Misc. No. 123",
    "Criminal Miscellaneous No.",
    "/B/2023",
    "-CB-",
    " of 2019",
    "Bail Application No",
    "bail petition No. 4",
    "abail",
    "the death of X",
    "dismissed",
    "DISMISSED by reason of his death",
    "extinguished",
    "Extinguish",
    "dropped",
    "Article 89",
    "art. 89",
    "closed and terminated",
    "Mst. ",
    "Mrs. ",
    "Hon. ",
    "Dr. ",
    "Rev. ",
    "Ahmad. ",
    "Ab.",
    "ab.\n",
    ".",
    " ",
    "\n",
    "ſ",
    "ı",
    "K",
    "İ",
    ", ",
    "a",
    "No",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)

_OLD_SENTENCE_END = re.compile(
    r"(?<=[a-z]{2})(?<!\bMst)(?<!\bMrs)(?<!\bHon)(?<!\bAtty)(?<!\bEngr)(?<!\bProf)(?<!\bRev)\.\s"
)


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def _start(m: re.Match[str] | None) -> int | None:
    return None if m is None else m.start()


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 6), st.integers(0, 400))
def test_fast_party_tests_agree_with_the_plain_patterns(text: str, lo: int, hi: int) -> None:
    lo, hi = min(lo, len(text)), max(min(hi, len(text)), min(lo, len(text)))
    assert bool(ps._SLASH_COMPLAINANT_SCAN.search(text, lo, hi)) == bool(
        ps._SLASH_COMPLAINANT.search(text, lo, hi)
    )
    found = ps._BAIL_CASE_SCAN.search(text, lo, hi)
    fast = None if found is None else ps._BAIL_CASE.match(text, found.start(), hi)
    plain = ps._BAIL_CASE.search(text, lo, hi)
    assert _span(fast) == _span(plain)
    assert (fast and fast.group("kind")) == (plain and plain.group("kind"))
    assert _start(pn._SENTENCE_END.search(text)) == _start(_OLD_SENTENCE_END.search(text))
    low = lower(text)
    lowered = low if len(low) == len(text) and lowers_as_re(text) else None
    assert px._liability_ended(text, lowered, lo, hi) == bool(
        px._LIABILITY_ENDED.search(text, lo, hi)
    )


_WORDS = [
    "convicted",
    "Acquittal",
    "éguilty",
    "quash",
    "BAIL",
    "accused of",
    "being accused",
    "Accused-Petitioner",
    "transfer of the trial",
    "FIR no. 5 against the petitioner",
    "FIRST",
    "petitioner is the complainant",
    "Petitioners are the complainant",
    "é",
    "Ä",
    "K",
    "ſ",
    "ı",
    " ",
    ".",
    "x",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=15).map("".join))
def test_word_places_decide_as_the_search_on_non_ascii_text(text: str) -> None:
    low = text.lower()
    if len(low) != len(text) or not lowers_as_re(text):
        return
    for rx, starts, word_start in (
        (ps._PETITIONER_ACCUSED, ps._PETITIONER_ACCUSED_WORDS, True),
        (ps._PETITIONER_COMPLAINANT, ("petitioner",), False),
    ):
        assert ps.matches_at(rx, text, low, starts, word_start) == bool(rx.search(text))


_VERDICT_PIECES = [
    "accused ",
    "Accused ",
    "accused-appellants, ",
    "namely ",
    "JUAN CRUZ",
    "Ali Khan",
    " and ",
    ", ",
    " is ",
    " were ",
    "hereby ",
    "found ",
    "GUILTY",
    "guilty",
    "Guilty",
    "ACQUITTED",
    "acquitted",
    "CONVICTED",
    "in Criminal Case",
    "has been ",
    "\n",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VERDICT_PIECES), max_size=15).map("".join))
def test_verdict_name_matches_hold_the_words_they_are_gated_on(text: str) -> None:
    from caselaw.extractors import verdict_parties as vp

    for m in vp._VERDICT_NAMES.finditer(text):
        assert any(w in m.group() for w in vp._VERDICT_ENDS)
    for m in vp.NAMELY_ACQUITTED.finditer(text):
        assert "acquitted" in m.group()


_SIDE_PIECES = [
    "PEOPLE OF THE PHILIPPINES",
    "People of the Philippines",
    "HON. SANDIGANBAYAN",
    "Regina",
    "R E G I N A",
    "public  prosecutor",
    "Public Prosecutor",
    "Pendakwa Raya",
    "COURT OF APPEALS",
    "Regional Trial Court",
    "court of tax appeals",
    "OFFICE OF THE OMBUDSMAN",
    "Civil Service Commission",
    "N.A.B",
    "National Accountability Bureau",
    "ſ",
    "ı",
    "İ",
    "K",
    "é",
    ", ",
    " ",
    "\n",
    "JUAN",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SIDE_PIECES), max_size=8).map("".join))
def test_side_tests_decide_as_the_patterns(side: str) -> None:
    from caselaw.extractors._base import Context
    from caselaw.models import Judgment

    ctx = Context(Judgment(id="t", portal="test", text=side))
    for rx in (ps.PROSECUTOR, ps.PUBLIC_RESPONDENT, ps.DISCIPLINING, ps.ACCUSING_AGENCY):
        for _ in range(2):  # the second answer is the memo's
            assert ps.side_has(ctx, rx, side) == (rx.search(side) is not None)
