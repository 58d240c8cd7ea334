"""Twins of the charges step's searches: the same answers as the patterns they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import charges

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
    want = charges._admin_regex().search(text, lo, hi) is not None
    assert charges._narrates_corrupt_act(text, lo, hi) is want


def test_narrates_corrupt_act_sees_the_character_before_the_range() -> None:
    text = "xbribe and a fixer"
    assert not charges._narrates_corrupt_act(text, 1, 6)  # "bribe" glued to "x"
    assert charges._narrates_corrupt_act(text, 0, len(text))  # "fixer"
    assert charges._narrates_corrupt_act("He DEMANDED\nmoney.", 0, 18)
