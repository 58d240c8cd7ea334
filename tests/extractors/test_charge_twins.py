"""Twins of the charges step's searches: the same answers as the patterns they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import admin_corrupt, charge_cues, charge_regions, prefilter

_ADMIN_BITS = st.sampled_from(
    [
        "bribe",
        "Bribery",
        "EXTORT",
        "fixer",
        "demanded",
        "money",
        "received",
        "the amount",
        "for a",
        "fee",
        "misappropriat",
        "x",
        "_",
        "1",
        " ",
        "\n",
        "  ",
        ".",
        "ſ",
        "İ",
        "é",
        "“",
        "asked for",
        "in exchange for a favorable",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ADMIN_BITS, max_size=12), st.integers(0, 40), st.integers(0, 40))
def test_narrates_corrupt_act_is_the_admin_search(bits: list[str], a: int, b: int) -> None:
    text = "".join(bits)
    lo, hi = min(a, len(text)), min(max(a, b), len(text))
    want = admin_corrupt._admin_regex().search(text, lo, hi) is not None
    assert admin_corrupt.narrates_corrupt_act(text, lo, hi) is want


def test_narrates_corrupt_act_sees_the_character_before_the_range() -> None:
    text = "xbribe and a fixer"
    assert not admin_corrupt.narrates_corrupt_act(text, 1, 6)  # "bribe" glued to "x"
    assert admin_corrupt.narrates_corrupt_act(text, 0, len(text))  # "fixer"
    assert admin_corrupt.narrates_corrupt_act("He DEMANDED\nmoney.", 0, 18)


_DISCUSSION_BITS = st.sampled_from(
    [
        "for",
        "instance",
        "e.g.",
        "such as",
        "see",
        "cf.",
        "in that case",
        "a case where",
        "judgment is contrary to",
        "Order was",
        "contrary to",
        "defined",
        "is",
        "x",
        " ",
        "\n",
        "  ",
        ".",
        ",",
        "see,",
        "guidelines",
        "é",
        "“",
        "Section 4",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_DISCUSSION_BITS, max_size=14), st.integers(0, 60), st.integers(0, 60))
def test_discussed_is_the_discussion_search(bits: list[str], a: int, b: int) -> None:
    text = " ".join(bits)
    s, pos = min(a, len(text)), min(max(a, b), len(text))
    while s < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum():
        pos -= 1  # a window ends where a mention starts: never inside a word
    reg = charge_regions.Region.of(text, 0, len(text), prefilter.scan(text))
    want = charge_cues.discussion_regex().search(text, s, pos) is not None
    assert charge_regions._discussed(reg, s, pos) is want


def _sentence_start_forward(text: str, lo: int, pos: int) -> int:
    """The reference: every sentence end of ``[lo, pos)`` found left to right."""
    for m in reversed(list(charge_regions._SENT_END.finditer(text, lo, pos))):
        at = m.start()
        if text[at] == "." and charge_regions._ABBREV_END.search(text, max(lo, at - 6), at + 1):
            continue
        if text[at] == "\n" and charge_regions._LOWER_NEXT.match(text, m.end()):
            continue
        return m.end()
    return lo


_SENTENCE_BITS = st.sampled_from(
    [
        "Word",
        "word",
        "No.",
        "s.",
        "A.",
        "class A.",
        ". ",
        ".  ",
        ".\n",
        "\n\n",
        "\n \n",
        "; ",
        "?",
        "!",
        "”",
        '"',
        ")",
        " ",
        "  ",
        "(",
        "[",
        "4",
        "Sec. 3",
        "“The",
        "x" * 40,
        "Y" * 70,
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_SENTENCE_BITS, max_size=30), st.integers(0, 400), st.integers(0, 400))
def test_sentence_start_read_backwards_is_the_forward_scan(bits: list[str], a: int, b: int) -> None:
    text = "".join(bits)
    lo, pos = min(a, len(text)), min(max(a, b), len(text))
    want = _sentence_start_forward(text, lo, pos)
    assert charge_regions._sentence_start(text, lo, pos) == want
