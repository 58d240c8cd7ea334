"""Nexus figures with honest uncertainty: counts, shares, Wilson 95% intervals, sampling frame.

Population: *trafficking cases*, the extracted judgments in which some defendant
faced a trafficking charge (``cases.trafficking_charged``).  Every share is a
``Proportion`` (k of n, with a Wilson score interval) and every breakdown group
carries the sampling frame beside it: how many judgments were *scanned* (in the
DB), *extracted*, and *matched* (trafficking cases) in that group, so a coverage
gap is never read as a finding.

Definitions (the same words appear in the report):

* convicted: the standing outcome is ``convicted`` or ``mixed`` (at least one
  defendant convicted of that category of offence in this judgment);
* decided: ``convicted``, ``mixed``, ``acquitted`` or ``dismissed``; outcomes
  ``other`` (remand, bail, leave refused) are left out of conviction rates;
* nexus case: a trafficking case with an official defendant, a corruption signal
  or a corruption charge.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable

import pandas as pd

from caselaw.datasets.factors import factor_table
from caselaw.datasets.figures import (
    Breakdown,
    FrameRow,
    Group,
    Headline,
    Metric,
    NexusStats,
    PortalFrame,
    Stage,
)
from caselaw.datasets.load import Tables, load
from caselaw.datasets.proportion import Z95, Proportion, wilson
from caselaw.datasets.stats_text import format_stats, headline, stats_to_json
from caselaw.storage import Store

# The records, the interval and the renderings live in figures, proportion and
# stats_text; they are re-exported so ``caselaw.datasets.stats`` keeps offering them.
__all__ = [
    "CONVICTED",
    "DECIDED",
    "DIMENSIONS",
    "UNKNOWN",
    "Z95",
    "Breakdown",
    "FrameRow",
    "Group",
    "Headline",
    "Mask",
    "Metric",
    "NexusStats",
    "PortalFrame",
    "Proportion",
    "Stage",
    "compute",
    "format_stats",
    "headline",
    "nexus_mask",
    "stats",
    "stats_to_json",
    "wilson",
]

CONVICTED = ("convicted", "mixed")
DECIDED = ("convicted", "mixed", "acquitted", "dismissed")
DIMENSIONS = ("jurisdiction", "year", "court_level", "portal")
UNKNOWN = "unknown"


def stats(db: str | os.PathLike[str] | Store) -> NexusStats:
    """Compute every figure from a caselaw DB (path or Store)."""
    return compute(load(db))


Mask = Callable[[pd.DataFrame], "pd.Series[bool]"]

# key, label, numerator, denominator, population mask, success mask
_METRICS: tuple[tuple[str, str, str, str, Mask, Mask], ...] = (
    (
        "co_charged",
        "Corruption charged alongside trafficking",
        "trafficking cases in which someone also faced a corruption charge",
        "trafficking cases",
        lambda c: c.trafficking_charged,
        lambda c: c.corruption_charged,
    ),
    (
        "official_defendant",
        "A public official among the accused",
        "trafficking cases with a public official as defendant",
        "trafficking cases",
        lambda c: c.trafficking_charged,
        lambda c: c.official_defendant,
    ),
    (
        "uncharged_corruption",
        "Corruption described but not charged",
        "trafficking cases whose text narrates corruption while no corruption charge was brought",
        "trafficking cases",
        lambda c: c.trafficking_charged,
        lambda c: c.corruption_signal & ~c.corruption_charged,
    ),
    (
        "corruption_attrition",
        "Corruption charges that ended in conviction",
        "trafficking cases with a corruption conviction",
        "trafficking cases with a corruption charge decided on the merits",
        lambda c: c.trafficking_charged & c.corruption_outcome.isin(DECIDED),
        lambda c: c.corruption_outcome.isin(CONVICTED),
    ),
    (
        "conviction_official",
        "Trafficking conviction rate, official among the accused",
        "cases with a trafficking conviction",
        "trafficking cases decided on the merits with an official defendant",
        lambda c: c.trafficking_outcome.isin(DECIDED) & c.official_defendant,
        lambda c: c.trafficking_outcome.isin(CONVICTED),
    ),
    (
        "conviction_no_official",
        "Trafficking conviction rate, no official among the accused",
        "cases with a trafficking conviction",
        "trafficking cases decided on the merits without an official defendant",
        lambda c: c.trafficking_outcome.isin(DECIDED) & ~c.official_defendant,
        lambda c: c.trafficking_outcome.isin(CONVICTED),
    ),
    (
        "both_convictions",
        "Trafficking convictions that also convicted corruption",
        "cases with convictions for both trafficking and corruption",
        "cases with a trafficking conviction",
        lambda c: c.trafficking_charged & c.trafficking_outcome.isin(CONVICTED),
        lambda c: c.corruption_outcome.isin(CONVICTED),
    ),
)


def compute(t: Tables) -> NexusStats:
    """All figures from loaded tables (pure: no DB access)."""
    cases = _with_dims(t.cases)
    sources = _with_dims(t.sources)
    traff = cases[cases.trafficking_charged]
    metrics = tuple(_metric(spec, cases, sources) for spec in _METRICS)
    both = metrics[-1].overall
    return NexusStats(
        scanned=len(sources),
        extracted=int(sources.extracted.sum()),
        trafficking=len(traff),
        nexus=int(nexus_mask(traff).sum()),
        metrics=metrics,
        headline=Headline(both.n, both.k, both),
        attrition=_attrition(traff),
        frame=_frame(sources, cases),
        portals=_portals(sources, cases, t.scrape),
        versions=_versions(t.extractions),
        factors=factor_table(t),
    )


def nexus_mask(cases: pd.DataFrame) -> pd.Series[bool]:
    return cases.official_defendant | cases.corruption_signal | cases.corruption_charged


def _with_dims(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["year"] = [UNKNOWN if pd.isna(y) else str(int(y)) for y in out["year"]]
    for column in ("jurisdiction", "court_level", "portal", "court"):
        out[column] = out[column].fillna(UNKNOWN).replace("", UNKNOWN).astype(str)
    return out


def _metric(
    spec: tuple[str, str, str, str, Mask, Mask], cases: pd.DataFrame, sources: pd.DataFrame
) -> Metric:
    key, label, numerator, denominator, population, success = spec
    pop = cases[population(cases)]
    hits = success(pop)
    by = []
    for dim in DIMENSIONS:
        groups = []
        for value in sorted(set(sources[dim]) | set(cases[dim])):
            in_group = pop[dim] == value
            src = sources[sources[dim] == value]
            groups.append(
                Group(
                    value=value,
                    share=Proportion.of(int(hits[in_group].sum()), int(in_group.sum())),
                    scanned=len(src),
                    extracted=int(src.extracted.sum()),
                    matched=int((cases.trafficking_charged & (cases[dim] == value)).sum()),
                )
            )
        by.append(Breakdown(dim, tuple(groups)))
    overall = Proportion.of(int(hits.sum()), len(pop))
    return Metric(key, label, numerator, denominator, overall, tuple(by))


def _attrition(traff: pd.DataFrame) -> tuple[Stage, ...]:
    charged = traff[traff.corruption_charged]
    decided = charged[charged.corruption_outcome.isin(DECIDED)]
    return (
        Stage("Trafficking cases", len(traff)),
        Stage("Corruption evident (official accused, corruption described or charged)", _n(traff)),
        Stage("Corruption charged", len(charged)),
        Stage("Corruption charge decided on the merits", len(decided)),
        Stage("Corruption conviction", int(decided.corruption_outcome.isin(CONVICTED).sum())),
    )


def _n(traff: pd.DataFrame) -> int:
    return int(nexus_mask(traff).sum()) if len(traff) else 0


def _frame(sources: pd.DataFrame, cases: pd.DataFrame) -> tuple[FrameRow, ...]:
    flags = cases.set_index("judgment_id")
    rows = []
    for (portal, court, year), group in sources.groupby(["portal", "court", "year"], sort=True):
        ids = [i for i in group.judgment_id if i in flags.index]
        sub = flags.loc[ids]
        traff = sub[sub.trafficking_charged] if len(sub) else sub
        rows.append(
            FrameRow(
                portal=str(portal),
                court=str(court),
                year=str(year),
                scanned=len(group),
                extracted=int(group.extracted.sum()),
                matched=len(traff),
                nexus=_n(traff),
            )
        )
    return tuple(rows)


def _portals(
    sources: pd.DataFrame, cases: pd.DataFrame, scrape: pd.DataFrame
) -> tuple[PortalFrame, ...]:
    listed = scrape.groupby("portal")["n"].sum().to_dict() if len(scrape) else {}
    names = sorted(set(sources.portal) | set(listed))
    out = []
    for name in names:
        src = sources[sources.portal == name]
        matched = int((cases.trafficking_charged & (cases.portal == name)).sum())
        out.append(
            PortalFrame(name, int(listed.get(name, 0)), len(src), int(src.extracted.sum()), matched)
        )
    return tuple(out)


def _versions(extractions: pd.DataFrame) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for raw in extractions.versions:
        for name, version in sorted(json.loads(raw or "{}").items()):
            key = f"{name}@{version}"
            counts[key] = counts.get(key, 0) + 1
    return tuple(sorted(counts.items()))
