"""The literal gates (``literal_gates``) of the verdict outcome cues and the factors: a
pattern gated on literals must hold one of them wherever it matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import factors
from caselaw.extractors._base import load_data
from caselaw.extractors.literal_gates import WordHints, alternative_needs, literal_sets, quiet_gate
from caselaw.extractors.patterns import compile_lower, gate_open
from caselaw.extractors.verdict_cues import _CUES

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.mark.parametrize(
    ("alt", "needs"),
    [
        ("(?:acquit(?:ted)?)", ("acquit",)),  # a literal run of the group itself
        (
            r"\b(?:is|are)\s+(?:hereby\s+)?(?:meted(?:\s+out)?\s+the\s+penalty|fined)\b",
            ("penalty", "fined"),
        ),
        (r"(?:mm|nn)\s+(?:abcd|efgh)?\s+(?:xy|z)", ()),  # optional, or a branch too short
        (
            r"(?<!(?:xyzw|wxyz) )(?:quashed|set aside)",
            ("quashed", "set aside"),
        ),  # (not a look-behind)
        (r"[(\]]+(?:ab|cd)(?:long1|long2)[^)]{0,3}", ("long1", "long2")),  # the longer shortest
        (r"(?:one|two)*(?:three|four)", ("three", "four")),  # (not a repeated group)
    ],
)
def test_alternative_needs(alt: str, needs: tuple[str, ...]) -> None:
    assert alternative_needs(alt) == needs


def test_literal_sets_and_quiet_gate() -> None:
    alt = r"(?:victims?|(?:aaa|bbb)\d*) (?:had )?(?:testified|narrated)"
    assert literal_sets(alt) == [("victim", "aaa", "bbb"), ("testified", "narrated")]
    # "testified" and "narrated" are keywords themselves: their hits would open that gate
    assert quiet_gate(alt, ["testified", "narrated", "victim testified"]) == (
        "victim",
        "aaa",
        "bbb",
    )
    assert literal_sets(r"victims? testified") == [("victim",), (" testified",)]
    assert quiet_gate(r"confiscated (?:to|unto) the (?:state|crown)", ["confiscated"]) == (
        "state",
        "crown",
    )
    assert quiet_gate(r"\bx\b|(?:ab|cd)", []) is None  # (no gate of 3 or more letters)


def _source(rx: object) -> str:
    """The source of a cue alternative's matcher (a compiled pattern or a ``Found``)."""
    pattern = rx.pattern  # type: ignore[attr-defined]
    return pattern if isinstance(pattern, str) else pattern.pattern


_WORDS = sorted(
    {w for cue in _CUES for _, rx in cue.low for w in re.findall(r"[a-z]{2,}", _source(rx))}
    | {"the", "appeal", "accused", "is", "are", "hereby", "out", "a"}
)


_FACTOR_WORDS = sorted(
    {
        w
        for _n, _g, _rx, found in factors._FACTORS
        for w in re.findall(r"[a-z]{2,}", found.pattern.pattern)
    }
)


def _gates_hold(text: str) -> None:
    for cue in _CUES:
        for needs, rx in cue.low:
            if rx.search(text) is not None:
                assert gate_open(needs, text), (rx.pattern, text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.sampled_from([" ", ".", ",", "-", "\n"]), max_size=30))
def test_gates_hold_on_cue_words(parts: list[str]) -> None:
    _gates_hold(" ".join(parts))


def _factor_gates_hold(text: str) -> None:
    for name, _group, _rx, found in factors._FACTORS:
        gate = factors._GATES[name]
        if gate is not None and found.pattern.search(text) is not None:
            assert gate[0].search(text) is not None, (name, text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_FACTOR_WORDS) | st.sampled_from([" ", ".", "(", "-", "2"]), max_size=20
    )
)
def test_factor_gates_hold_on_pattern_words(parts: list[str]) -> None:
    _factor_gates_hold(" ".join(parts))


def test_factor_gates_close_for_broad_keywords() -> None:
    gate, closed = factors._GATES["victim_testimony"]
    assert "testified" in closed and "victim testified" not in closed
    assert gate.search("the witness testified that he saw") is None
    assert gate.search("the private complainant testified that") is not None


def test_gates_hold_on_corpus() -> None:
    texts = sorted((SHARED / "corpus").glob("**/*.txt"))
    if not texts:
        pytest.skip("shared corpus not available")
    for path in texts:
        low = path.read_text(encoding="utf-8").lower()
        for i in range(0, len(low), 400):
            _gates_hold(low[i : i + 600])
            _factor_gates_hold(low[i : i + 140])


_SIGNALS = load_data("signals.yaml")
_VOCABULARIES = [_SIGNALS[k] for k in ("narrative", "doctrine", "official", "public_office")]
_LISTS = [rx if isinstance(rx, list) else [rx] for rx in _SIGNALS["kinds"].values()]
_LISTS.append([_SIGNALS["private"]])
_HINTS = [(WordHints.vocabulary(v), compile_lower(v)) for v in _VOCABULARIES]
_HINTS += [(WordHints(patterns), compile_lower(patterns)) for patterns in _LISTS]
_HINT_WORDS = sorted(
    {w for _, rx in _HINTS for w in re.findall(r"[a-z]{2,}", rx.pattern)} | {"rs", "p"}
)


def _hints_agree(low: str) -> None:
    for hints, rx in _HINTS:
        assert hints(low) == (rx.search(low) is not None), (rx.pattern[:60], low)


def test_word_hints_examples() -> None:
    hints = WordHints.vocabulary(r"\b(?:paid|gave|(?<!the )said|charged with|alleged(?:ly)?)\b")
    assert hints("he paid the officer") and hints("it was allegedly done")
    assert not hints("unpaid bills, the said officer") and not hints("charged withheld")
    assert hints("she said so") and not hints("")
    with pytest.raises(ValueError, match="vocabulary"):
        WordHints.vocabulary(r"\b(?:a|b)\b|c")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HINT_WORDS) | st.sampled_from([" ", ".", "-", "'", "5", "\n"])))
def test_word_hints_agree_with_the_alternations(parts: list[str]) -> None:
    _hints_agree(" ".join(parts))
    _hints_agree("".join(parts))


def test_word_hints_agree_on_corpus() -> None:
    texts = sorted((SHARED / "corpus").glob("**/*.txt"))
    if not texts:
        pytest.skip("shared corpus not available")
    for path in texts[::3]:
        low = path.read_text(encoding="utf-8").lower()
        for i in range(0, len(low), 150):
            _hints_agree(low[i : i + 200])
