"""The Aho-Corasick prefilter: word-boundary hits, groups, paragraph bounds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import prefilter

TEXT = (
    "The weather was fine.\n\n"
    "The accused was charged with violation of R.A. No. 9208 in an Information.\n\n"
    "Nothing here mentions anything of interest to anybody.\n\n"
    "The trafficker was ACQUITTED.\n"
)


def test_register_group_and_scan() -> None:
    prefilter.register_group("test.verdict", ["acquitted", "convicted"])
    hits = prefilter.scan(TEXT)
    assert "test.verdict" in hits
    assert hits.count("test.verdict") == 1
    (start, end) = hits.matches("test.verdict")[0]
    assert TEXT[start:end].lower() == "acquitted"


def test_word_boundaries() -> None:
    prefilter.register_group("test.words", ["count"])
    assert "test.words" not in prefilter.scan("the accounts were countless")
    assert "test.words" in prefilter.scan("on Count 1 of the indictment")


def test_paragraphs_cover_hits_and_merge() -> None:
    hits = prefilter.scan(TEXT)
    paras = hits.paragraphs("charges.statute", "charges.cue")
    assert paras == sorted(paras)
    for s, e in hits.matches("charges.statute"):
        assert any(ps <= s and e <= pe for ps, pe in paras)
    for (_, e1), (s2, _) in zip(paras, paras[1:], strict=False):
        assert e1 < s2


def test_short_blocks_are_widened() -> None:
    lines = "\n\n".join(f"line {i} of a pdf page" for i in range(60))
    text = lines + "\n\ncharged with bribery\n\n" + lines
    hits = prefilter.scan(text)
    (s, e) = hits.paragraphs("charges.cue")[0]
    pos = text.index("charged")
    assert pos - s >= prefilter.MIN_CONTEXT
    assert e - pos >= prefilter.MIN_CONTEXT


def test_empty_group_is_an_error() -> None:
    with pytest.raises(ValueError):
        prefilter.register_group("test.empty", [" "])


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_scan_never_crashes_and_spans_fit(text: str) -> None:
    hits = prefilter.scan(text)
    for s, e in hits.matches():
        assert 0 <= s < e <= len(text)
    for s, e in hits.paragraphs(*hits.spans):
        assert 0 <= s <= e <= len(text)


def test_star_drops_the_boundary_on_its_side() -> None:
    prefilter.register_group("test.loose", ["u/s*", "*usc*"])
    prefilter.register_group("test.strict", ["u/s"])
    hits = prefilter.scan("u/s302 and 18USCA 1591, u/s 5")
    found = [hits.text[s:e] for s, e in hits.matches("test.loose")]
    assert found == ["u/s", "USC", "u/s"]
    assert [hits.text[s:e] for s, e in hits.matches("test.strict")] == ["u/s"]  # not u/s302


def test_any_whitespace_joins_a_phrase() -> None:
    prefilter.register_group("test.phrase", ["trafficking in persons"])
    for space in ("\n", "\t", "\xa0", "\u2009", "\u3000"):
        assert "test.phrase" in prefilter.scan(f"trafficking{space}in persons")
    assert "test.phrase" not in prefilter.scan("trafficking  in persons")


def test_spans_in_is_sorted_and_bounded() -> None:
    prefilter.register_group("test.many", ["alpha", "beta"])
    hits = prefilter.scan("beta alpha beta alpha")
    assert hits.spans_in("test.many", 1, 16) == [(5, 10), (11, 15)]
