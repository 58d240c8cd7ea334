"""The caption's fast scans and line helpers give the answers of the plain patterns."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from regex_spans import match_spans as _spans

from caselaw.extractors import caption_chunks as c

_PIECES = [
    " ",
    "\n",
    "\t",
    "\n\n",
    "\n \n",
    "...",
    "…",
    "..",
    "v",
    "VS.",
    "v.",
    "versus",
    "-",
    "–",
    "and",
    "AND",
    "DAN",
    ":",
    "x",
    "Xv",
    "]",
    "[",
    "RE:",
    "_",
    "G.R. No",
    "Between",
    "Before:",
    "ſ",
    "ı",
    "D E C I S I O N",
    "DECISION",
    "JUDGMENT",
    "RE : COMPLAINT",
    "AGAINST",
    "JOHN DOE",
    "FOR",
    "between",
    "THE STATE",
    "S",
    "JU",
    "convict",
    "bail",
    "FIR",
    "the petitioner",
    "iaccused",
    "\u00a0",
    "CRUZ, J.:",
    "Cruz",
    ", ",
    "J.",
    "Chief Judge",
    "Justice",
    " PER CURIAM:",
    "PETITIONER IS THE COMPLAINANT",
    "was",
]


def _reference_leader_start(text: str, start: int, end: int) -> int:
    m = re.search(r"[^\n]*(?:\.{3,}|…)[^\n]*\s*$", text[:end][start:])
    if m is None:
        return start
    at = start + m.start()
    gap = max(text.rfind("\n\n", start, at), text.rfind("\n \n", start, at))
    return start if gap < 0 else gap + 1


def _reference_trim(text: str, s: int, e: int, after_versus: bool, kind: str) -> tuple[int, int]:
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[s:e])]
    if not lines:
        return s, s
    if after_versus:
        a, b = lines[0]
    elif kind == "versus":
        a, b = lines[-1]
    else:
        return s, e
    return s + a, s + b


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(0, 5), st.integers(0, 400))
def test_fast_caption_scans_agree_with_the_plain_patterns(
    pieces: list[str], lo: int, hi: int
) -> None:
    text = "".join(pieces)
    lo, hi = min(lo, len(text)), max(min(hi, len(text)), min(lo, len(text)))
    assert _spans(c._VERSUS_SCAN, text, lo, hi) == _spans(c._VERSUS, text, lo, hi)
    if not c._AND_LINE.search(text, max(lo - 1, 0), hi):
        assert _spans(c._VERSUS_SCAN_V, text, lo, hi) == _spans(c._VERSUS, text, lo, hi)
    assert _spans(c._BREAK_SCAN, text, lo, hi) == _spans(c._BREAK, text, lo, hi)
    if not any(text.find(w, lo, hi) >= 0 for w in c._BREAK_WORDS):
        assert _spans(c._BREAK_SCAN_MARKS, text, lo, hi) == _spans(c._BREAK, text, lo, hi)
        if text.find("RE:", lo, hi) < 0:
            plain = _spans(c._BREAK, text, lo, hi)
            assert _spans(c._BREAK_SCAN_BRACKETS, text, lo, hi) == plain
    found = c._CAPTION_END.search(text, lo)
    assert (found and found.span()) == c._caption_end(text, lo)
    found = re.compile("^" + c._JUDGE, re.M).search(text, lo, hi)
    assert (found and found.span()) == c._JUDGE_LINE.search(text, lo, hi)
    for kind in ("versus", "break", "label:x"):
        for after in (True, False):
            assert c._trim_unlabelled(text, lo, hi, after, kind) == _reference_trim(
                text, lo, hi, after, kind
            )
    assert c.leader_block_start(text, lo, hi) == _reference_leader_start(text, lo, hi)


def test_party_chunks_of_a_caption() -> None:
    text = "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN CRUZ, ACCUSED-APPELLANT."
    lo, hi = c.caption_span(text, 0)
    assert (lo, hi) == (0, len(text))
    chunks = [(text[s:e], label, after) for s, e, label, after in c.party_chunks(text, lo, hi)]
    assert chunks == [
        ("PEOPLE OF THE PHILIPPINES, ", "plaintiff-appellee", False),
        (" JUAN CRUZ, ", "accused-appellant", True),
    ]
