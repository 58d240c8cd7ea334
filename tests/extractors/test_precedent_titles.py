"""``precedent_parties.cited_parties`` finds the parties ``_TITLE.finditer`` finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import precedent_parties as pp
from caselaw.extractors.names import fold

_PIECES = [
    "People",
    "State",
    "States",
    "United States",
    "United  States",
    "Republic",
    "Regina",
    "R",
    "Rex",
    "Queen",
    "Crown",
    "XState",
    "v",
    "v.",
    "vs",
    "vs.",
    "Rev.",
    " ",
    "  ",
    "\n",
    "\u2003",
    "Lalli",
    "Brown",
    "O'Neil",
    "State",
    "Ávila",
    "a",
    "_",
    "-",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _plain(text: str, pos: int) -> set[str]:
    return {fold(m.group("party")) for m in pp._TITLE.finditer(text, pos)}


@settings(max_examples=600, deadline=None)
@given(_TEXT, st.integers(0, 12))
def test_cited_parties_as_the_plain_pattern(text: str, pos: int) -> None:
    assert pp.cited_parties(text, pos) == _plain(text, pos)


def test_overlapping_titles_are_read_as_finditer_reads_them() -> None:
    text = "see People v. State v. Lalli and R v Brown"
    assert pp.cited_parties(text, 0) == {"state", "brown"}
    assert pp.cited_parties(text, 1) == {"state", "brown"}  # "eople" is no title
    assert pp.cited_parties("XState v. Lalli", 0) == set()


def test_cited_parties_on_the_corpus() -> None:
    if not _CORPUS.is_dir():
        pytest.skip("shared corpus absent")
    texts = [p.read_text(encoding="utf-8") for p in sorted(_CORPUS.rglob("*.txt"))]
    assert texts
    for text in texts:
        assert pp.cited_parties(text, 3000) == _plain(text, 3000)
