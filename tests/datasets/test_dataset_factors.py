"""Fisher's exact test and odds ratios on known values; the factor table on known facts."""

from __future__ import annotations

import math

import pytest

from caselaw.datasets import load
from caselaw.datasets.factors import TOO_FEW, factor_table, fisher_exact, odds_ratio, vignettes
from caselaw.storage import Store


@pytest.mark.parametrize(
    ("table", "p"),
    [
        ((3, 1, 1, 3), 0.4857143),  # Fisher's lady tasting tea: 34/70
        ((1, 9, 11, 3), 0.00275946),  # Wikipedia's worked example (two-sided)
        ((8, 2, 1, 5), 0.0349650),  # scipy.stats.fisher_exact docs example
        ((4, 1, 1, 6), 57 / 792),  # hand count in conftest.factor_specs
        ((0, 0, 0, 0), 1.0),
        ((5, 0, 0, 5), 2 / 252),
    ],
)
def test_fisher_exact_known_values(table: tuple[int, int, int, int], p: float) -> None:
    assert fisher_exact(*table) == pytest.approx(p, rel=1e-5)


def test_fisher_exact_agrees_with_scipy_when_present() -> None:
    scipy_stats = pytest.importorskip("scipy.stats")
    for table in [(2, 7, 8, 2), (0, 5, 3, 4), (10, 3, 2, 15), (1, 1, 1, 1), (0, 12, 0, 3)]:
        a, b, c, d = table
        expected = scipy_stats.fisher_exact([[a, b], [c, d]]).pvalue
        assert fisher_exact(*table) == pytest.approx(expected, rel=1e-9)


def test_odds_ratio_woolf_interval() -> None:
    r = odds_ratio(8, 2, 1, 5)
    assert r.value == pytest.approx(20.0)
    se = math.sqrt(1 / 8 + 1 / 2 + 1 + 1 / 5)
    assert (r.low, r.high) == pytest.approx(
        (20 * math.exp(-1.959964 * se), 20 * math.exp(1.959964 * se))
    )
    assert not r.corrected


def test_odds_ratio_haldane_anscombe_when_a_cell_is_zero() -> None:
    r = odds_ratio(0, 5, 3, 4)
    assert r.corrected
    assert r.value == pytest.approx((0.5 * 4.5) / (5.5 * 3.5))
    assert 0 < r.low < r.value < r.high


def test_factor_table_on_known_facts(factor_store: Store) -> None:
    table = factor_table(load(factor_store))
    assert table.population == 12
    charged = table.comparisons[0]
    assert (charged.n_a, charged.n_b) == (5, 7)
    rows = {r.factor: r for r in charged.rows}
    under = rows["undercover_entrapment"]
    assert (under.k_a, under.n_a, under.k_b, under.n_b) == (4, 5, 1, 7)
    assert under.odds_ratio is not None and under.odds_ratio.value == pytest.approx(24.0)
    assert under.p_value == pytest.approx(57 / 792)
    wire = rows["wiretap_interception"]
    assert wire.odds_ratio is not None and wire.odds_ratio.corrected
    assert "0.5 added" in wire.note
    # every charged case here was convicted, so the second comparison has the same groups
    assert table.comparisons[1].n_a == 5


def test_small_groups_print_no_number(nexus_store: Store) -> None:
    table = factor_table(load(nexus_store))
    assert table.population == 6  # ph:1 ph:2 ph:4 ph:5 ke:2 ke:3
    charged = table.comparisons[0]
    assert (charged.n_a, charged.n_b) == (3, 3)
    assert charged.rows and all(r.odds_ratio is None and r.note == TOO_FEW for r in charged.rows)


def test_vignettes_put_co_charged_cases_first(nexus_store: Store) -> None:
    v = vignettes(load(nexus_store), lambda jid, text: text.replace("Maria Santos", "Victim-X"))
    assert [x.judgment_id for x in v][:3] == ["ke:3", "ph:1", "ph:4"]
    ph1 = v[1]
    assert ph1.source_url == "https://example.org/ph:1"
    assert any("protector_official" in r and "police official" in r for r in ph1.roles)
    kinds = [q.kind for q in ph1.quotes]
    assert kinds[0] == "corruption described: bribe"
    assert all("Maria Santos" not in q.text for q in ph1.quotes)
