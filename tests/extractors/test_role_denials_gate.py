"""``role_denials._ends_with_separator`` passes every window ``_PREV_ACT`` matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import role_denials as rd

_PIECES = ["recruited", "transport", "HARBOR", "received", ",", " ", "\n", "\xa0", "and",
           "AND", "or", "Or", "and/or", "x", "sand", "door", "to", "."]  # fmt: skip
_WINDOW = st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_WINDOW)
def test_gate_passes_every_match(window: str) -> None:
    if rd._PREV_ACT.search(window, 0, len(window)):
        assert rd._ends_with_separator(window, 0, len(window))


def test_statutory_list_still_read() -> None:
    text = "did then and there recruit, transport, harbor and receive the victims"
    at = text.index("receive")
    assert rd._listed(text, 0, at, len(text))
    assert not rd._listed(text, 0, text.index("harbor"), text.index(" and"))
    assert not rd._ends_with_separator("he recruited them ", 0, 18)
