"""Anchored regex search gives what a full left-to-right scan gives.

caselaw.extractors.anchors tries each citation/charge regex only where the
prefilter found one of its literal anchors.  These tests compare that with
``pattern.finditer`` over the whole range, on the real corpus (when present),
on hand-made traps and on random text built from legal fragments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import (
    anchors,
    charge_cues,
    charge_regions,
    charges,
    citation_tokens,
    citations,
    prefilter,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
TEXTS = sorted((SHARED / "corpus" / "texts").glob("*.txt"))

FRAGMENTS = [
    "Section 4(a)",
    "Sec. 5",
    "sec.6",
    "s. 302",
    "s 7",
    "ss. 13(1)(d)",
    "u/s 409",
    "u/s302",
    "§ 1591(a)",
    "§§1591",
    "Art. 217",
    "article 5",
    "Rule 3",
    "para. 4",
    "par. (b)",
    "sub-section (2)",
    "18 U.S.C. §",
    "18U.S.C.A. 1594",
    "8 USC 1324",
    "Title 18, United States Code, section 2",
    "R.A. No. 9208",
    "RA 9208",
    "R. A. 3019",
    "RA9165",
    "r.a.no.10364",
    "Republic Act No. 3019",
    "P.D. 1612",
    "PD1612",
    "B.P. Blg. 22",
    "BP22",
    "Presidential Decree No. 1866",
    "Batas Pambansa",
    "the Prevention of Corruption Act, 1947",
    "Modern Slavery Act 2015",
    "Penal Code",
    "PPC",
    "I.P.C.",
    "IPC",
    "P.C. Act",
    "NDPS Act",
    "the Anti-Graft and Corrupt Practices Act",
    "in relation to",
    "as read with",
    "read together with",
    "r/w",
    "punishable under",
    "punishable u/s",
    "contrary to",
    "in violation of",
    "for the violations of",
    "qualified by",
    "as amended by",
    "in conjunction with",
    "together with",
    "in rel.",
    "charged with",
    "was charged under",
    "convicted of",
    "convicted the accused of",
    "found him guilty of",
    "found ... guilty",
    "guilty beyond reasonable doubt of",
    "pleaded guilty to",
    "acquitted of",
    "accused of",
    "for violation of",
    "for :",
    "for:",
    "FIR No. 12 under",
    "F.I.R. under",
    "the crime of",
    "offence under",
    "case registered under",
    "his conviction for",
    "Crim. Case No. 123",
    "criminal cases nos. 4-5",
    "SB-12-CRM-0045",
    "Count 3",
    "count two",
    "ALTERNATIVE COUNT 2",
    "account 12",
    "counts of",
    "for instance",
    "e.g.",
    "such as",
    "see",
    "cf.",
    "is defined",
    "provides that",
    "elements of",
    "for the investigation of",
    "trafficking in persons",
    "qualified trafficking",
    "bribery",
    "the accused",
    "(",
    ")",
    ",",
    ".",
    ";",
    ":",
    "—",
    "’s",
    "Act",
    "Code",
    "Law",
    "The",
    "Mr.",
    "and",
    "of",
    "1947",
    "5(2)",
]
SEPARATORS = [" ", "  ", "\n", "\n\n", "", ", ", ". ", "\u2009", "\xa0", " (", ") "]


def _anchored(text: str) -> dict[str, list[tuple[int, int]]]:
    hits = prefilter.scan(text)
    n = len(text)
    cue = anchors.cue_anchors().starts(hits, text, 0, n)
    cue = sorted({*cue, *anchors.simple_starts(hits, "anchor.cue_extra", 0, n)})
    found = citation_tokens._scan_at(text, 0, n, hits)
    out = {k: _spans(v) for k, v in found.items() if k != "alias"}
    out["cue"] = _spans(anchors.finditer(charge_cues.cue_regex(True), text, cue, 0, n))
    out["strong_cue"] = _spans(anchors.finditer(charge_cues.cue_regex(False), text, cue, 0, n))
    disc = anchors.discussion_anchors().starts(hits, text, 0, n)
    out["discussion"] = _spans(anchors.finditer(charge_cues.discussion_regex(), text, disc, 0, n))
    count = anchors.simple_starts(hits, "anchor.count", 0, n)
    out["count"] = _spans(anchors.finditer(charge_regions.COUNT, text, count, 0, n))
    return out


def _full(text: str) -> dict[str, list[tuple[int, int]]]:
    found = citation_tokens._scan_all(text, 0, len(text), None)
    out = {k: _spans(v) for k, v in found.items() if k != "alias"}
    out["cue"] = _spans(charge_cues.cue_regex(True).finditer(text))
    out["strong_cue"] = _spans(charge_cues.cue_regex(False).finditer(text))
    out["discussion"] = _spans(charge_cues.discussion_regex().finditer(text))
    out["count"] = _spans(charge_regions.COUNT.finditer(text))
    return out


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


def _aliases(text: str) -> tuple[list[str], list[str]]:
    hits = prefilter.scan(text)
    anchored = [m.group(0) for m in citation_tokens._alias_matches(text, 0, len(text), hits)]
    regex, _ = citation_tokens._alias_regex()
    return anchored, [m.group(0) for m in regex.finditer(text)]


TRAPS = [
    "He was charged  with   violation of Section\u20094(a) of R.A.\nNo. 9208.",
    "FOR :  Violation of Sec. 3 (e) of RA3019",
    "the accused’s s 302 PPC r/w s.34; Mr. Reyes’s account 12 was frozen",
    "convicted, after trial, of\nqualified trafficking; see e.g. People v. Casio",
    "In Crim. Case No. SB-12-CRM-0045 and Criminal Cases Nos. 1-2, COUNT III",
    "under 18U.S.C.A.§1591(a), Title 18, United States Code, sections 2 and 3",
    "The Prevention of Corruption Act, 1947, the Code of Criminal Procedure and the Act",
    # a window cut right after an act word must not pass for a word boundary, nor drop a
    # year that lies further than the window's tail
    "Penal Code  Section 4(a)  Section 4(a)  Penal CodeSection 4(a) ",
    "the Penal Code" + " " * 45 + "of 1957, and the Anti-Fencing Law" + "\n" * 40 + "of 1979",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps(text: str) -> None:
    assert _anchored(text) == _full(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), min_size=1, max_size=40
    )
)
def test_random_legal_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(f + s for f, s in parts)
    assert _anchored(text) == _full(text)
    anchored, full = _aliases(text)
    assert anchored == full


@pytest.mark.skipif(not TEXTS, reason="shared corpus not available")
def test_corpus_texts() -> None:
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert _anchored(text) == _full(text), path.name


def test_phrase_anchor_steps_back_over_common_words() -> None:
    pa = anchors.phrase_anchors(
        "test.phrases", ["for the violation of", "found ... guilty", "for :"]
    )
    assert pa.back["violation"] == (("for", "the"),)
    assert "found*" in pa.keywords  # anything may follow "found" before "guilty"
    assert pa.local == (":",)  # punctuation is found with str.find, not the automaton


def test_parse_citations_same_with_and_without_hits() -> None:
    text = " ".join(TRAPS) + " Section 4(a) in relation to Section 6(a) of R.A. No. 9208."
    hits = prefilter.scan(text)
    fast = citations.parse_citations(text, hits=hits)
    slow = citations.parse_citations(text)
    assert [c.normalised() for c in fast] == [c.normalised() for c in slow]


# --- barriers, live parts (charges._citations) and the cue dispatch ---

BARRIER_TRAPS = [
    "party",
    "arts 5",
    "par. The",
    "paragraph abc",
    "Act. 1988",
    "Act. (1988)",
    "Act.\n\nThe",
    "whereas",
    "us c",
    "18 usc",
    "(abcd)",
    "( abcd )",
    "in rel. Section 5",
    "No. 9208. There",
    "e.g. Section 4",
    "Rs. 50",
    "muscle",
    "zouma",
    "xiv",
    "chapter xiv",
    "art. IV",
    "Sec. 4. The",
    "1947. Next",
    "antitrafficking",
    "sentenced",
    "for:",
    "charged",
    "who was",
    "RA. 9208",
    "PD. 1612",
    "18 USC. 1591",
    "Art. 5",
    "Par. (a)",
    "Secs. 4 and 5",
    "No. 3019",
    "B.P. Blg. 22",
    "in rel. Sec. 5",
    "r.a. 9208",
    "Section. 5",
    "Article. 5",
]
LEGAL = FRAGMENTS + BARRIER_TRAPS


def _cits(cits: list[citations.Citation]) -> list[tuple[object, ...]]:
    return [(c.start, c.end, c.lead, c.normalised(), c.parts, c.amendments) for c in cits]


def _parts_parse_like_the_whole(text: str, step: int = 1) -> None:
    """A range widened to barriers parses like the whole text does there."""
    hits = prefilter.scan(text)
    n = len(text)
    whole = _cits(citations.parse_citations(text, 0, n, hits=hits))
    for x in range(0, n, step):
        for width in (1, 40, 260):
            a = citations.barrier_before(text, x, 0)
            b = citations.barrier_after(text, min(n, x + width), n)
            assert a <= x <= b
            part = _cits(citations.parse_citations(text, 0, n, hits=hits, parts=[(a, b)]))
            assert part == [c for c in whole if a <= c[0] < b], (a, b)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(LEGAL), st.sampled_from(SEPARATORS)), min_size=1, max_size=30
    )
)
def test_parts_parse_like_the_whole_range(parts: list[tuple[str, str]]) -> None:
    _parts_parse_like_the_whole("".join(f + s for f, s in parts), step=3)


def test_hyphenated_unit_is_no_barrier() -> None:
    # found by the property test above: "sub" of "sub-section" was taken for a barrier,
    # so a part ending before it parsed a shorter chain than the whole text
    _parts_parse_like_the_whole("Sec. 5, sub-section (2) Section 4(a) ", step=1)


@pytest.mark.parametrize("trap", BARRIER_TRAPS)
def test_no_barrier_inside_a_citation(trap: str) -> None:
    for text in (f"Section 4 {trap} of R.A. No. 9208", f"u/s 302 PPC r/w {trap} s.34 IPC"):
        _parts_parse_like_the_whole(text)


@pytest.mark.skipif(not TEXTS, reason="shared corpus not available")
def test_parts_on_the_corpus() -> None:
    for path in TEXTS[:12]:
        _parts_parse_like_the_whole(path.read_text(encoding="utf-8")[:20_000], step=211)


CUE_TEXT = ["foundry workers guilty", "ſentenced for", "FIR no. 5 under", "F.I.R. under"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(LEGAL + CUE_TEXT), st.sampled_from(SEPARATORS)),
        min_size=1,
        max_size=20,
    ),
    st.integers(0, 40),
)
def test_cue_match_by_first_word_is_the_alternation(parts: list[tuple[str, str]], cut: int) -> None:
    text = "".join(f + s for f, s in parts)
    for weak in (True, False):
        regex = charge_cues.cue_regex(weak)
        for pos in range(len(text)):
            for end in (len(text), max(pos, len(text) - cut)):
                want = regex.match(text, pos, end)
                got = charge_cues.cue_match(weak, text, pos, end)
                assert (got and got.span()) == (want and want.span()), (pos, end)


def _parse_whole_region(reg: charge_regions.Region, jurisdiction: str | None) -> list[object]:
    """The reference: every citation of the region, parsed in one go."""
    return citations.parse_citations(
        reg.text, reg.lo, reg.hi, jurisdiction=jurisdiction, hits=reg.hits
    )


def _charges_like_the_reference(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    got = [charges.find_charges(t, j) for t in texts for j in (None, "PH", "IN")]
    with monkeypatch.context() as m:
        m.setattr(charges, "_citations", _parse_whole_region)
        want = [charges.find_charges(t, j) for t in texts for j in (None, "PH", "IN")]
    assert got == want


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(LEGAL), st.sampled_from(SEPARATORS)), min_size=1, max_size=40
    )
)
def test_find_charges_like_parsing_every_region_whole(parts: list[tuple[str, str]]) -> None:
    with pytest.MonkeyPatch.context() as mp:
        _charges_like_the_reference(["".join(f + s for f, s in parts)], mp)


@pytest.mark.skipif(not TEXTS, reason="shared corpus not available")
def test_find_charges_on_the_corpus_like_parsing_every_region_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _charges_like_the_reference([p.read_text(encoding="utf-8") for p in TEXTS], monkeypatch)


# --- per-judgment starts and shortcuts: the same answers as the per-range searches ---

_SHORTCUT_TEXT = st.lists(
    st.tuples(
        st.sampled_from(
            LEGAL + CUE_TEXT + ["charged with", "for instance", "see", "uncharged offence of"]
        ),
        st.sampled_from(SEPARATORS),
    ),
    min_size=1,
    max_size=30,
)


@settings(max_examples=100, deadline=None)
@given(_SHORTCUT_TEXT, st.integers(0, 40))
def test_cue_matches_is_cue_match(parts: list[tuple[str, str]], cut: int) -> None:
    text = "".join(f + s for f, s in parts)
    end = max(0, len(text) - cut)
    for weak in (True, False):
        got = charge_cues.cue_matches(weak, text, list(range(end)), end)
        for pos in range(end):
            want = charge_cues.cue_match(weak, text, pos, end)
            assert (got[pos] and got[pos].span()) == (want and want.span()), pos


def _region_starts(text: str, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """The reference: cue and count starts searched in the region alone."""
    hits = prefilter.scan(text)
    cues = anchors.cue_anchors().starts(hits, text, lo, hi)
    cues = sorted({*cues, *anchors.simple_starts(hits, "anchor.cue_extra", lo, hi)})
    counts = anchors.simple_starts(hits, "anchor.count", lo, min(hi + 40, len(text)))
    return cues, counts


def _range_starts(text: str, lo: int, hi: int) -> dict[str, list[int]]:
    """The reference: the citation regexes' starts searched in ``[lo, hi)`` alone."""
    hits = prefilter.scan(text)
    us = anchors.simple_starts(hits, "anchor.usc", lo, hi, shift=3)
    return {
        "us": sorted({*us, *anchors.simple_starts(hits, "anchor.title", lo, hi)}),
        "numbered": anchors.simple_starts(hits, "anchor.numbered", lo, hi),
        "units": anchors.simple_starts(hits, "anchor.unit", lo, hi),
        "conns": anchors.connective_anchors().starts(hits, text, lo, hi),
    }


@settings(max_examples=100, deadline=None)
@given(_SHORTCUT_TEXT, st.integers(0, 200), st.integers(0, 200))
def test_judgment_starts_like_the_range_alone(parts: list[tuple[str, str]], a: int, b: int) -> None:
    text = "".join(f + s for f, s in parts)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    hits = prefilter.scan(text)
    reg = charge_regions.Region.of(text, lo, hi, hits, charge_regions.DocStarts.of(text, hits))
    assert (reg.cues, reg.counts) == _region_starts(text, lo, hi)
    doc = citation_tokens._doc_starts(text, hits)
    between = citation_tokens._between
    got = {k: between(getattr(doc, k), lo, hi) for k in ("us", "numbered", "units", "conns")}
    assert got == _range_starts(text, lo, hi)


def _cue_before_reference(
    reg: charge_regions.Region, pos: int, max_gap: int | None
) -> re.Match[str] | None:
    """cue_before without its shortcuts: every cue of the sentence, then every check."""
    text, weak = reg.text, max_gap is None
    cut = pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_")
    s = charge_regions._sentence_start(text, max(reg.lo, pos - charge_regions.CUE_WINDOW), pos)
    last, after = None, s
    for c in reg.cues:
        if not max(reg.lo, pos - charge_regions.CUE_WINDOW) <= c < pos or c < after:
            continue
        m = charge_cues.cue_match(weak, text, c, pos if cut else reg.hi)
        if m is not None and m.end() > pos:
            m = charge_cues.cue_match(weak, text, c, pos)
        if m is not None:
            last, after = m, max(m.end(), c + 1)
    if last is None or charge_cues.denied(text, last, s):
        return None
    if max_gap is not None and pos - last.end() > max_gap:
        return None
    disc = anchors.discussion_anchors().starts(reg.hits, text, s, pos)
    if next(anchors.finditer(charge_cues.discussion_regex(), text, disc, s, pos), None):
        return None
    return last


@settings(max_examples=100, deadline=None)
@given(_SHORTCUT_TEXT)
def test_cue_before_like_reading_every_cue(parts: list[tuple[str, str]]) -> None:
    text = "".join(f + s for f, s in parts)
    reg = charge_regions.Region.of(text, 0, len(text), prefilter.scan(text))
    reg.may_charge()
    for pos in range(len(text)):  # word starts and, rarely, mentions glued to a word
        for gap in (None, charges.PHRASE_GAP):
            got = charge_regions.cue_before(reg, pos, gap)
            want = _cue_before_reference(reg, pos, gap)
            assert (got and got.span()) == (want and want.span()), (pos, gap)
