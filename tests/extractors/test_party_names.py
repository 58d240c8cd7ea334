"""A party chunk split into names: the fast helpers agree with the regexes they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import caption_layout as cl
from caselaw.extractors import party_names as pn


def _reference_layout_blanked(chunk: str) -> str:
    chunk = cl.LEADER.sub(lambda m: " " * len(m.group(0)), chunk)
    chunk = cl.NUMBERED.sub(lambda m: " " * len(m.group(0)), chunk)
    chunk = cl.COUNSEL_LINE.sub(lambda m: " " * len(m.group(0)), chunk)
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", chunk))
    if len(lines) > 1 and any(cl.DESCRIPTOR_LINE.match(m.group(0)) for m in lines[1:]):
        first_end = lines[0].end()
        chunk = chunk[:first_end] + re.sub(r"[^\n]", " ", chunk[first_end:])
    return chunk


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                " ",
                "\n",
                "\t",
                "and",
                "AND",
                "&",
                "x",
                "JOHN DOE",
                "S/O",
                "AGED 41",
                "(BY X)",
                "....",
                "1ST",
                "(1) ",
                "2. ",
                ",",
                "\u00a0",
                "@",
            ]
        ),
        max_size=16,
    ),
    st.integers(0, 60),
)
def test_name_splitting_helpers_agree_with_their_regexes(pieces: list[str], off: int) -> None:
    chunk = "".join(pieces)
    off = min(off, len(chunk))
    plain = re.search(r"\s(?:and|AND|&)\s+$", chunk[:off]) is not None
    assert pn._ends_with_and(chunk, off) == plain
    assert cl.layout_blanked(chunk) == _reference_layout_blanked(chunk)


def test_names_in_a_chunk_with_their_spans() -> None:
    text = "VS. ROSA TAN AND LITO GO, ACCUSED-APPELLANTS."
    start = text.index("ROSA")
    found = pn.names_in(text, start, text.index(", ACCUSED"))
    assert [(name, text[s:e]) for name, s, e in found] == [
        ("ROSA TAN", "ROSA TAN"),
        ("LITO GO", "LITO GO"),
    ]
