"""``others_charges._named_other``'s literal gate decides as the pattern alone."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import others_charges as oc

_PIECES = [
    "Thomas ",
    "N. ",
    "Tan ",
    "Cruz",
    " was ",
    " were",
    " had been ",
    " has  been\n",
    " is ",
    " stands\t",
    " stood ",
    "is",
    "was",
    " ",
    "\n",
    "\n\n",
    "the ",
    "accused ",
    "O'Neil ",
    "x",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=20).map("".join)


def _plain(text: str, start: int) -> bool:
    """Whether the pattern alone finds a subject before ``start`` (the gate's question)."""
    return oc._NAMED_SUBJECT.search(text, max(0, start - 80), start) is not None


@settings(max_examples=800, deadline=None)
@given(_TEXT)
def test_gate_passes_every_text_the_pattern_matches(before: str) -> None:
    text = before + "accused of estafa"
    ev = SimpleNamespace(start=len(before), end=len(text), text="accused of estafa")
    found = oc._named_other(text, ev, [["nobody"]])
    if found:
        assert _plain(text, ev.start)
    if _plain(text, ev.start):
        m = oc._NAMED_SUBJECT.search(text, max(0, ev.start - 80), ev.start)
        assert m is not None
        first = m.group("name").split()[0].rstrip(".").lower()
        assert found == (first not in oc._NOT_NAMES)


def test_named_subject_read() -> None:
    text = "Thomas N. Tan was accused of qualified theft"
    ev = SimpleNamespace(start=18, end=len(text), text=text[18:])
    assert oc._named_other(text, ev, [["cruz"]])
    assert not oc._named_other(text, ev, [["tan"]])
    glued = SimpleNamespace(start=17, end=27, text="accused of")
    assert not oc._named_other("Thomas N. Tan wasaccused of", glued, [["cruz"]])
