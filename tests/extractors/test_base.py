"""The Context and the shared helpers of the extractor steps: sentences, keyword spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import _base, patterns, regions
from caselaw.extractors._base import Context, sentence_around
from caselaw.models import Judgment


def test_moved_helpers_are_still_importable_from_base() -> None:
    # the steps import the fast regex helpers and the regions from _base
    for module in (patterns, regions):
        for name in set(_base.__all__) & set(dir(module)):
            assert getattr(_base, name) is getattr(module, name), name
    for name in _base.__all__:
        assert hasattr(_base, name), name
    assert {"AnyPattern", "compile_lower", "line_openers", "find_body_end"} <= set(_base.__all__)


def test_sentence_around() -> None:
    text = "First one. The accused paid a bribe; then left. Last"
    s, e = sentence_around(text, text.index("bribe"), text.index("bribe") + 5)
    assert text[s:e] == " The accused paid a bribe;"


def test_keyword_spans_are_sorted_and_whole_words() -> None:
    text = "Bribery is not a bribe; the bribes were paid. Abribe is no word."
    ctx = Context(Judgment(id="t", portal="test", text=text))
    spans = ctx.keyword_spans("signals.cue")
    words = [text[s:e].lower() for s, e in spans]
    assert spans == sorted(spans)
    assert "bribe" in words and "bribes" in words and "abribe" not in words


def _plain_sentence_around(text: str, start: int, end: int, ends: str) -> tuple[int, int]:
    lo = max(0, start - 1500)
    hi = min(len(text), end + 1500)
    s = max(text.rfind(c, lo, start) for c in ends) + 1 or lo
    e_candidates = [i for i in (text.find(c, end, hi) for c in ends) if i >= 0]
    e = min(e_candidates) + 1 if e_candidates else hi
    return max(s, lo), e


@settings(max_examples=400, deadline=None)
@given(
    st.text(st.sampled_from("ab .;!?\n,-]"), max_size=3200),
    st.integers(0, 3200),
    st.integers(0, 40),
    st.sampled_from([".;!?\n", ".;", ".;\n", ";", "\n.", "]-"]),
)
def test_sentence_around_as_first_written(text: str, start: int, width: int, ends: str) -> None:
    start = min(start, len(text))
    end = min(len(text), start + width)
    assert sentence_around(text, start, end, ends) == _plain_sentence_around(text, start, end, ends)


def test_context_scans_once_for_every_step() -> None:
    ctx = Context(Judgment(id="t", portal="test", text="The accused was convicted.\n\n"))
    hits = ctx.hits
    assert hits is not None and ctx.hits is hits
    assert ctx.keyword_spans("verdicts.cue") == hits.sorted_spans("verdicts.cue")
    assert ctx.paragraphs("verdicts.cue") == hits.paragraphs("verdicts.cue")
