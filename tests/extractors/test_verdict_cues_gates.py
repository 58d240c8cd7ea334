"""The cheap gates before verdict_cues' regexes decide as the regexes alone (speed round 4)."""

from __future__ import annotations

import re

from caselaw.extractors.verdict_cues import (
    _SENTENCE,
    _SENTENCE_ONLY,
    _SENTENCE_ONLY_WORDS,
    _SENTENCE_SCAN,
    classify,
)

_TEXTS = [
    "The appeal is DISMISSED. The conviction is affirmed; costs to follow: none.",
    "Accused No. 1 and Nos. 2 and 3 are acquitted.\n\n(2) The State shall pay.",
    "for lack of probable cause.9 As such the case is dismissed.\nNo.12 Then",
    "direct the Court of\n\nAppeal to hear it.\n\nthe line goes on\n\n1. Next",
    "\n\nAt the start.  Two blanks.\tA tab. Mr. Smith and Dr. Jones met. A.B. Cruz left.",
    "Digits 12 34 and a.9\u0663 \u0663 B end here: 5 B. S. Ruiz; P. Santos",
]


def _spans(rx: re.Pattern[str], text: str, pos: int = 0, end: int | None = None) -> list:
    return [m.span() for m in rx.finditer(text, pos, len(text) if end is None else end)]


def test_sentence_scan_finds_where_sentence_breaks() -> None:
    # the scanning twin (its lookbehind gate first) starts each match where _SENTENCE does
    for text in _TEXTS:
        assert [s for s, _ in _spans(_SENTENCE, text)] == [
            s for s, _ in _spans(_SENTENCE_SCAN, text)
        ]


def test_sentence_scan_gate_changes_no_match() -> None:
    # the same pattern without the gate (every branch checks what the gate checks)
    ungated = re.compile(_SENTENCE_SCAN.pattern.replace(r"(?<![^.;:\d][^\n])", "", 1))
    assert ungated.pattern != _SENTENCE_SCAN.pattern
    for text in _TEXTS:
        for pos in range(len(text)):
            assert _spans(ungated, text, pos) == _spans(_SENTENCE_SCAN, text, pos)
            assert _spans(ungated, text, 0, pos) == _spans(_SENTENCE_SCAN, text, 0, pos)


def test_sentence_only_matches_hold_a_gate_word() -> None:
    samples = [
        "The appeal against sentence is allowed",
        "the sentences of a fine are set aside",
        "the State's appeal is allowed",
        "the appeal by the Crown is dismissed",
        "the term of imprisonment is hereby reduced",
        "I set aside the period of the term of imprisonment",
        "the custodial term is varied",
        "the FINE is increased",
    ]
    for s in samples:
        m = _SENTENCE_ONLY.search(s)
        assert m is not None, s
        assert any(w in m.group().lower() for w in _SENTENCE_ONLY_WORDS), s
    # a reversal without any of them stays one; with one, a sentence order is affirmed
    assert classify("The Decision is REVERSED and SET ASIDE.") == "reversed"
    assert classify("The appeal is allowed.") == "reversed"
    assert classify("The appeal against sentence is allowed.") == "affirmed"


def test_cased_cue_gate_holds_its_literals() -> None:
    from caselaw.extractors.verdict_cues import _CUES, _cased_literals

    assert _cased_literals([r"(?-i:\bGUILTY\b)", r"(?-i:\bCONVICT(?:ED|ING)\b)"]) == (
        "GUILTY",
        "CONVICT",
    )
    assert _cased_literals([r"(?-i:\bA\b|\bB\b)"]) == ()  # no literal for each: no gate
    assert _cased_literals([r"(?-i:GUILTY)x"]) == ()  # not one whole group
    cased = [c for c in _CUES if c.cased is not None]
    assert cased and all(c.cased_needs for c in cased)
    # the capitalised fallo verdict is still read, whatever the lower-case cues say
    assert classify("Accused X is hereby found GUILTY.") == "convicted"
