"""Which investigation and evidence factors go with corruption being charged (and convicted)?

Population: nexus cases, i.e. trafficking cases with an official defendant, a
corruption signal or a corruption charge.  For each success factor
(``factors.name``) we compare its prevalence between two groups of those cases
with a 2x2 table::

                  factor present   factor absent
    group A             a                b
    group B             c                d

and report the odds ratio ``(a*d)/(b*c)`` with a Woolf (log) 95% interval, using
the Haldane-Anscombe correction (0.5 added to every cell) when a cell is 0, and
a two-sided Fisher exact p-value (probabilities of all tables with the same
margins that are no more likely than the one observed).  When either group has
fewer than ``MIN_GROUP`` cases, no number is printed: the row says so instead.

These are associations in the judgments we hold, not causes: courts write about
what was contested, and extraction has errors (docs/accuracy.md).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from caselaw.datasets.load import Tables

MIN_GROUP = 5
Z95 = 1.959963984540054
_CONVICTED = ("convicted", "mixed")
TOO_FEW = f"too few cases to compare (a group has fewer than {MIN_GROUP})"


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """Two-sided Fisher exact p-value of the 2x2 table [[a, b], [c, d]]."""
    if min(a, b, c, d) < 0:
        raise ValueError("cell counts must be >= 0")
    row1, col1, total = a + b, a + c, a + b + c + d
    if total == 0:
        return 1.0
    denom = math.comb(total, row1)

    def prob(x: int) -> float:
        return math.comb(col1, x) * math.comb(total - col1, row1 - x) / denom

    observed = prob(a)
    lo, hi = max(0, row1 + col1 - total), min(row1, col1)
    p = sum(q for x in range(lo, hi + 1) if (q := prob(x)) <= observed * (1 + 1e-7))
    return min(1.0, p)


@dataclass(frozen=True, slots=True)
class OddsRatio:
    value: float
    low: float
    high: float
    corrected: bool  # Haldane-Anscombe: 0.5 added to each cell because one was 0


def odds_ratio(a: int, b: int, c: int, d: int, z: float = Z95) -> OddsRatio:
    """Odds ratio of [[a, b], [c, d]] with a Woolf 95% interval (Haldane-Anscombe if a 0)."""
    corrected = min(a, b, c, d) == 0
    cells = [x + 0.5 if corrected else float(x) for x in (a, b, c, d)]
    fa, fb, fc, fd = cells
    value = (fa * fd) / (fb * fc)
    se = math.sqrt(sum(1 / x for x in cells))
    log_or = math.log(value)
    return OddsRatio(value, math.exp(log_or - z * se), math.exp(log_or + z * se), corrected)


@dataclass(frozen=True, slots=True)
class FactorRow:
    """One factor: present in k_a of n_a cases of group A and k_b of n_b of group B."""

    factor: str
    k_a: int
    n_a: int
    k_b: int
    n_b: int
    odds_ratio: OddsRatio | None  # None when a group is too small
    p_value: float | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class FactorComparison:
    label: str
    group_a: str
    group_b: str
    n_a: int
    n_b: int
    rows: tuple[FactorRow, ...]


@dataclass(frozen=True, slots=True)
class FactorTable:
    population: int  # nexus cases
    min_group: int
    comparisons: tuple[FactorComparison, ...]


def _nexus(cases: pd.DataFrame) -> pd.DataFrame:
    t = cases[cases.trafficking_charged]
    return t[t.official_defendant | t.corruption_signal | t.corruption_charged]


def factor_table(t: Tables) -> FactorTable:
    """Both comparisons: corruption charged vs not, and corruption convicted vs not."""
    nexus = _nexus(t.cases)
    present: dict[str, set[str]] = {}
    for jid, name in zip(t.factors.judgment_id, t.factors.name, strict=True):
        present.setdefault(str(name), set()).add(str(jid))
    charged = nexus.corruption_charged
    convicted = nexus.corruption_outcome.isin(_CONVICTED)
    comparisons = (
        _compare("Corruption charged or not", "charged", "not charged", nexus, charged, present),
        _compare(
            "Corruption convicted or not", "convicted", "not convicted", nexus, convicted, present
        ),
    )
    return FactorTable(len(nexus), MIN_GROUP, comparisons)


def _compare(
    label: str,
    name_a: str,
    name_b: str,
    nexus: pd.DataFrame,
    in_a: pd.Series[bool],
    present: dict[str, set[str]],
) -> FactorComparison:
    ids_a = set(nexus.judgment_id[in_a])
    ids_b = set(nexus.judgment_id[~in_a])
    rows = []
    for factor in sorted(present):
        k_a, k_b = len(ids_a & present[factor]), len(ids_b & present[factor])
        n_a, n_b = len(ids_a), len(ids_b)
        if min(n_a, n_b) < MIN_GROUP:
            rows.append(FactorRow(factor, k_a, n_a, k_b, n_b, None, None, TOO_FEW))
            continue
        cells = (k_a, n_a - k_a, k_b, n_b - k_b)
        ratio = odds_ratio(*cells)
        note = "0.5 added to each cell (a count was 0)" if ratio.corrected else ""
        rows.append(FactorRow(factor, k_a, n_a, k_b, n_b, ratio, fisher_exact(*cells), note))
    return FactorComparison(label, name_a, name_b, len(ids_a), len(ids_b), tuple(rows))


# -- vignettes ---------------------------------------------------------------------

Redact = Callable[[str, str], str]  # (judgment id, text) -> text safe to publish


@dataclass(frozen=True, slots=True)
class Quote:
    kind: str  # e.g. "signal: bribe", "charge: corruption", "factor: wiretap_interception"
    text: str


@dataclass(frozen=True, slots=True)
class Vignette:
    judgment_id: str
    case_name: str
    source_url: str
    jurisdiction: str
    year: str
    court: str
    outcome: str  # plain words
    roles: tuple[str, ...]  # "name (police official): protector_official, bribe_taker"
    quotes: tuple[Quote, ...]


def vignettes(t: Tables, redact: Redact, limit: int = 6, quotes: int = 4) -> tuple[Vignette, ...]:
    """Short case stories: co-charged cases first, then official defendants, then signals."""
    nexus = _nexus(t.cases)
    order = nexus.assign(
        _rank=[
            0 if cc else (1 if od else 2)
            for cc, od in zip(nexus.corruption_charged, nexus.official_defendant, strict=True)
        ]
    ).sort_values(["_rank", "judgment_id"])
    return tuple(_vignette(t, row, redact, quotes) for row in order.head(limit).itertuples())


def _vignette(t: Tables, row: object, redact: Redact, max_quotes: int) -> Vignette:
    jid = str(row.judgment_id)  # type: ignore[attr-defined]

    def text(value: object) -> str:
        return (
            "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
        )

    roles = []
    for d in t.defendants[t.defendants.judgment_id == jid].itertuples():
        who = "public official" if d.is_official else "private person"
        if d.is_official and text(d.official_type):
            who = f"{d.official_type} official"
        named = ", ".join(str(r) for r in d.roles) or "role not stated"
        roles.append(redact(jid, f"{d.name} ({who}): {named}"))
    found: list[Quote] = []
    for table, column, prefix in (
        (t.signals, "kind", "corruption described"),
        (t.charges[t.charges.category == "corruption"], "label", "corruption charge"),
        (t.factors, "name", "success factor"),
    ):
        for f in table[table.judgment_id == jid].itertuples():
            quote = text(f.evidence_text) or _first_quote(text(f.evidence))
            if quote:
                found.append(Quote(f"{prefix}: {getattr(f, column)}", redact(jid, _trim(quote))))
    outcome = (
        f"trafficking: {row.trafficking_outcome}; "  # type: ignore[attr-defined]
        f"corruption: {row.corruption_outcome}"  # type: ignore[attr-defined]
    )
    return Vignette(
        judgment_id=jid,
        case_name=redact(jid, text(row.case_name) or jid),  # type: ignore[attr-defined]
        source_url=text(row.source_url),  # type: ignore[attr-defined]
        jurisdiction=text(row.jurisdiction) or "unknown",  # type: ignore[attr-defined]
        year=text(row.year) if not pd.isna(row.year) else "unknown",  # type: ignore[attr-defined]
        court=text(row.court) or "unknown",  # type: ignore[attr-defined]
        outcome=outcome,
        roles=tuple(roles),
        quotes=tuple(found[:max_quotes]),
    )


def _first_quote(evidence_json: str) -> str:
    try:
        spans = json.loads(evidence_json or "[]")
    except ValueError:
        return ""
    return str(spans[0].get("text", "")) if spans else ""


def _trim(quote: str, limit: int = 320) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1].rstrip() + "…"
