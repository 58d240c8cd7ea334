"""Figures on the hand-counted DB of conftest.py, and the Wilson interval on published values."""

from __future__ import annotations

import json

import pytest

from caselaw.datasets import format_stats, headline, stats, stats_to_json
from caselaw.datasets.stats import Proportion, wilson
from caselaw.storage import Store


# Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score).
@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0000, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_matches_newcombe(k: int, n: int, low: float, high: float) -> None:
    got = wilson(k, n)
    assert got == pytest.approx((low, high), abs=5e-5)


def test_wilson_edges() -> None:
    assert wilson(10, 10)[1] == 1.0
    assert wilson(0, 10)[0] == 0.0
    low, high = wilson(5, 10)
    assert low == pytest.approx(1 - high)  # symmetric at p = 0.5
    with pytest.raises(ValueError):
        wilson(0, 0)
    with pytest.raises(ValueError):
        wilson(3, 2)
    assert Proportion.of(0, 0).p is None
    assert Proportion.of(0, 0).describe() == "no cases"


def test_counts_match_hand_count(nexus_store: Store) -> None:
    s = stats(nexus_store)
    assert (s.scanned, s.extracted, s.trafficking, s.nexus) == (12, 11, 9, 6)
    expected = {
        "co_charged": (3, 9),
        "official_defendant": (5, 9),
        "uncharged_corruption": (2, 9),
        "corruption_attrition": (1, 3),
        "conviction_official": (3, 4),
        "conviction_no_official": (3, 4),
        "both_convictions": (1, 6),
    }
    got = {m.key: (m.overall.k, m.overall.n) for m in s.metrics}
    assert got == expected
    co = s.metric("co_charged").overall
    assert (co.low, co.high) == pytest.approx(wilson(3, 9))
    assert (s.headline.trafficking_convictions, s.headline.both_convictions) == (6, 1)


def test_breakdowns_carry_the_sampling_frame(nexus_store: Store) -> None:
    s = stats(nexus_store)
    by = {b.dimension: b for b in s.metric("co_charged").by}
    juris = {
        g.value: (g.share.k, g.share.n, g.scanned, g.extracted, g.matched)
        for g in by["jurisdiction"].groups
    }
    assert juris == {"PH": (2, 5, 6, 5, 5), "KE": (1, 3, 5, 5, 3), "GB": (0, 1, 1, 1, 1)}
    years = {g.value: (g.share.k, g.share.n) for g in by["year"].groups}
    assert years == {"2019": (1, 3), "2020": (1, 3), "2021": (1, 2), "unknown": (0, 1)}
    portals = {g.value: g.scanned for g in by["portal"].groups}
    assert portals == {"phsc": 6, "kenya": 5, "local": 1}
    levels = {g.value: (g.share.k, g.share.n) for g in by["court_level"].groups}
    assert levels == {"supreme": (1, 4), "trial": (2, 3), "appellate": (0, 2)}


def test_attrition_and_frame(nexus_store: Store) -> None:
    s = stats(nexus_store)
    assert [st.count for st in s.attrition] == [9, 6, 3, 3, 1]
    frame = {(r.portal, r.year): (r.scanned, r.extracted, r.matched, r.nexus) for r in s.frame}
    # ph:1 ph:2 ph:6 are PH supreme 2019; ph:6 was never extracted
    assert frame[("phsc", "2019")] == (3, 2, 2, 2)
    assert frame[("local", "unknown")] == (1, 1, 1, 0)
    assert sum(r.scanned for r in s.frame) == 12
    assert {p.portal: (p.scanned, p.matched) for p in s.portals} == {
        "kenya": (5, 3),
        "local": (1, 1),
        "phsc": (6, 5),
    }
    assert s.versions == (("charges@1.0", 11), ("signals@0.3", 11))


def test_renderings(nexus_store: Store) -> None:
    s = stats(nexus_store)
    lines = headline(s)
    assert "convictions for both trafficking and corruption: 1" in lines[1]
    assert "3 of 9 (33.3%; 95% CI 12.1% to 64.6%)" in lines[2]
    text = format_stats(s)
    assert "[frame: scanned 6, extracted 5, matched 5]" in text
    data = stats_to_json(s)
    json.dumps(data, allow_nan=False)
    assert data["headline"]["share"]["k"] == 1


def test_empty_db_gives_no_numbers() -> None:
    s = stats(Store(":memory:"))
    assert s.trafficking == 0
    assert all(m.overall.p is None for m in s.metrics)
    assert "no cases" in "\n".join(headline(s))
    json.dumps(stats_to_json(s), allow_nan=False)
