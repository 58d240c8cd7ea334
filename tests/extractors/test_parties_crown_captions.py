"""Crown captions with anonymised defendants: "R v AB", "REGINA v AAD (Appellant)"."""

from __future__ import annotations

import pytest
from party_helpers import names

_BODY = (
    "\nJUDGMENT\n1. The appellant was convicted of conspiracy to arrange or facilitate the"
    " travel of another person with a view to exploitation, contrary to section 2 of the"
    " Modern Slavery Act 2015.\n2. The appeal against conviction is dismissed.\n"
)
_HEAD = (
    "Neutral Citation Number: [2021] EWCA Crim 100\nIN THE COURT OF APPEAL (CRIMINAL DIVISION)\n"
)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("R v AB", ["Ab"]),  # two initials: the anonymisation of a defendant
        ("Regina v AB and CD", ["Ab", "Cd"]),
        ("R v AAD (Appellant)", ["Aad"]),  # the label's bracket is no part of the name
        ("REGINA\nv\nAAD\n(Appellant)", ["Aad"]),
        ("R v John SMITH (Appellant)", ["John SMITH"]),
    ],
)
def test_anonymised_and_labelled_crown_captions(caption: str, expected: list[str]) -> None:
    assert names(_HEAD + caption + _BODY) == expected
