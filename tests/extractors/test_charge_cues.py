"""charge_cues: the cue, discussion and uncharged vocabularies and the caption-line test.

(The property test that :func:`cue_match` equals the whole alternation on generated text
lives with the other anchor properties in test_anchors.py.)
"""

from __future__ import annotations

import re

import pytest

from caselaw.extractors.charge_cues import (
    cue_match,
    cue_regex,
    denied,
    discussion_regex,
    flex,
    on_caption_line,
)


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        ("charged with", "charged \n  with", True),
        ("found ... guilty", "found the accused guilty", True),
        ("found ... guilty", "found the accused. Guilty", False),  # the gap stops at a period
        ("e.g.", "e.g.", True),
        ("e.g.", "eXg.", False),  # literal, not a regex
    ],
)
def test_flex(phrase: str, text: str, matches: bool) -> None:
    assert (re.fullmatch(flex(phrase), text) is not None) is matches


@pytest.mark.parametrize(
    ("text", "strong", "weak"),
    [
        ("charged with murder", "charged with", "charged with"),
        ("was found the accused guilty", None, None),  # not at the start
        ("found the accused guilty", "found the accused guilty", "found the accused guilty"),
        ("offence of bribery", None, "offence of"),  # a weak cue
        ("Crim. Case No. 123", "Crim. Case No.", "Crim. Case No."),
        ("Criminal Cases Nos. 1-2", "Criminal Cases Nos.", "Criminal Cases Nos."),
        ("discharged with costs", None, None),
        ("surcharged with interest", None, None),
    ],
)
def test_cue_regex_strong_and_weak(text: str, strong: str | None, weak: str | None) -> None:
    for is_weak, want in ((False, strong), (True, weak)):
        m = cue_regex(is_weak).match(text)
        assert (m and m.group(0)) == want


CUE_TEXTS = [
    "foundry workers guilty",
    "found the accused guilty of",
    "ſentenced for",
    "FIR no. 5 under",
    "F.I.R. under",
    "Charged With",
    "criminal case no. 7",
    "crim. case nos. 7",
    "convicting",
    "x" * 30 + " charged with",
]


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_cue_match_is_the_alternation_at_every_position_and_end(text: str) -> None:
    for weak in (False, True):
        regex = cue_regex(weak)
        for pos in range(len(text)):
            for end in range(pos, len(text) + 1):
                want = regex.match(text, pos, end)
                got = cue_match(weak, text, pos, end)
                assert (got and got.span()) == (want and want.span()), (weak, pos, end)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("For instance, R.A. 9208", True),
        ("See Section 4", True),
        ("the elements of trafficking", True),
        ("seen by the court", False),
        ("for instances", False),
    ],
)
def test_discussion_regex(text: str, found: bool) -> None:
    assert (discussion_regex().search(text) is not None) is found


@pytest.mark.parametrize(
    ("before", "cue", "is_denied"),
    [
        ("he had committed an uncharged offence of ", "offence of", True),
        ("an uncharged criminal offence of ", "offence of", True),
        ("The Crown never ", "charged anyone with", True),
        ("no one had been ", "charged with", True),
        ("He was not ", "indicted for", True),
        ("He was not ", "convicted of", False),  # not a charging verb: still charged
        ("The appellant was ", "charged with", False),
    ],
)
def test_denied(before: str, cue: str, is_denied: bool) -> None:
    text = before + cue + " bribery"
    m = re.compile(re.escape(cue)).search(text)
    assert m is not None
    assert denied(text, m, 0) is is_denied


def test_denied_looks_back_no_further_than_lo() -> None:
    text = "He was never charged with bribery"
    m = re.search("charged with", text)
    assert m is not None
    assert denied(text, m, 0)
    assert not denied(text, m, text.index("charged"))


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("For: Violation of Section 3(e) of R.A. 3019", True),
        ("  FOR : Qualified trafficking", True),
        ("Re: Administrative complaint", True),
        ("Crim. Case No. 1234 for estafa", True),
        ("Criminal Case No. 17006", True),
        ("Formerly charged with estafa", False),
        ("The information for estafa", False),
    ],
)
def test_on_caption_line(line: str, caption: bool) -> None:
    text = "Heading\n" + line
    pos = len(text) - 5
    assert on_caption_line(text, pos, text.index("\n") + 1) is caption


_GAP_TEXTS = [
    "The first accused was booked under section 302; the FIR for murder followed.",
    "FIR No. 98/2024 dated 04.11.2022 at Police Station Saddar under sections 302/34 PPC",
    "F.I.R. lodged late. Under section 9 it was",
    "count one in contravention of section 5 and count two contravening section 6",
    "charged the accused, a clerk of the court, with bribery; charged him with",
    "He was found, after a long trial lasting many months in the court of first instance, guilty",
    "found guilty" + " x" * 60 + " guilty",
    "convicted by the Sessions Court Nos. 3 and 4 under section 7",
    "ınstead; FIR ſtill under, fir under",
]


@pytest.mark.parametrize("text", _GAP_TEXTS)
def test_gap_look_ahead_matches_as_the_plain_gap(text: str) -> None:
    """:func:`_cue_body`'s look-ahead only rejects places the plain gap cannot match."""
    from caselaw.extractors import lexicon
    from caselaw.extractors.charge_cues import _cue_body, _edge

    cues = lexicon.word_list("charge_cues") + lexicon.word_list("weak_charge_cues")
    for cue in (c for c in cues if "..." in c):
        plain = re.compile(_edge(cue, flex(cue)), re.I)
        ahead = re.compile(_cue_body(cue), re.I)
        for pos in range(len(text)):
            for end in (len(text), min(len(text), pos + 30)):
                a, b = plain.match(text, pos, end), ahead.match(text, pos, end)
                assert (a and a.span()) == (b and b.span()), (cue, pos, end)


@pytest.mark.parametrize(
    "window",
    [
        "the ‘uncharged’ offence of ",
        "an uncharged criminal offence of ",
        "goods SEIZED by “them” ",
        "he was not charged with ",
        "the İmam was Unındicted for ",  # odd case: read by the regex itself
        "nothing of the kind “here” ",
    ],
)
def test_uncharged_gate_decides_as_the_regex(window: str) -> None:
    from caselaw.extractors.charge_cues import _uncharged, _uncharged_regex

    text = "x " + window
    for lo in range(len(text)):
        expected = _uncharged_regex().search(text, lo, len(text)) is not None
        assert _uncharged(text, lo, len(text)) is expected
