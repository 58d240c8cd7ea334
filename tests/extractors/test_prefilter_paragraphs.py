"""``Hits.paragraphs`` jumps over the hits inside a paragraph: the same paragraphs as a
step per hit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caselaw.extractors._span_table import SpanTable, flat_of
from caselaw.extractors.prefilter import Hits, paragraph_bounds


def _by_step(hits: Hits, *groups: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in hits.matches(*groups):
        if out and start < out[-1][1]:
            continue
        p_start, p_end = paragraph_bounds(hits.text, start, end)
        if out and p_start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], p_end))
        else:
            out.append((p_start, p_end))
    return out


_PIECES = st.sampled_from(["word ", "\n\n", "\n", ". ", "x" * 290, "y" * 1200])


@st.composite
def _hits(draw: st.DrawFn) -> Hits:
    text = "".join(draw(st.lists(_PIECES, max_size=40)))
    n = len(text)
    spans: dict[str, tuple[tuple[int, int], ...]] = {}
    for group in ("a", "b"):
        starts = draw(st.lists(st.integers(0, max(n - 1, 0)), max_size=30)) if n else []
        spans[group] = tuple((s, min(n, s + draw(st.integers(1, 8)))) for s in starts)
    return Hits(text, spans)


@given(_hits())
def test_paragraphs_as_a_step_per_hit(hits: Hits) -> None:
    for groups in (("a",), ("b",), ("a", "b"), ("c",)):
        assert hits.paragraphs(*groups) == _by_step(hits, *groups)


@given(_hits())
def test_paragraphs_over_a_scans_span_table(hits: Hits) -> None:
    """The same paragraphs when the spans are a scan's ``SpanTable`` (a hit in two groups
    counted once, groups in either order or none given)."""
    gids = {"a": 0, "b": 1, "c": 2}
    flat = flat_of({gids[g]: spans for g, spans in hits.spans.items()}, len(gids))
    table = Hits(hits.text, SpanTable(gids, flat))
    for groups in (("a",), ("b",), ("a", "b"), ("b", "a"), ("c",), ()):
        assert table.paragraphs(*groups) == _by_step(hits, *(groups or ("a", "b")))
