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

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass

import pandas as pd

from caselaw.datasets.factors import FactorTable, factor_table
from caselaw.datasets.load import Tables, load
from caselaw.storage import Store

Z95 = 1.959963984540054  # two-sided 95% normal quantile
CONVICTED = ("convicted", "mixed")
DECIDED = ("convicted", "mixed", "acquitted", "dismissed")
DIMENSIONS = ("jurisdiction", "year", "court_level", "portal")
UNKNOWN = "unknown"


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials (no continuity correction)."""
    if n <= 0:
        raise ValueError("Wilson interval needs n > 0")
    if not 0 <= k <= n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    p = k / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    low = 0.0 if k == 0 else max(0.0, centre - half)
    high = 1.0 if k == n else min(1.0, centre + half)
    return low, high


@dataclass(frozen=True, slots=True)
class Proportion:
    """k of n with a Wilson 95% interval; ``p``, ``low``, ``high`` are None when n == 0."""

    k: int
    n: int
    p: float | None
    low: float | None
    high: float | None

    @classmethod
    def of(cls, k: int, n: int) -> Proportion:
        if n == 0:
            return cls(k, n, None, None, None)
        low, high = wilson(k, n)
        return cls(k, n, k / n, low, high)

    def describe(self) -> str:
        """'3 of 40 (7.5%; 95% CI 2.6% to 19.9%)' in plain words."""
        if self.p is None:
            return "no cases"
        return (
            f"{self.k} of {self.n} ({_pct(self.p)}; 95% CI {_pct(self.low)} to {_pct(self.high)})"
        )


@dataclass(frozen=True, slots=True)
class Group:
    """One value of a breakdown, with its sampling frame."""

    value: str
    share: Proportion
    scanned: int  # judgments in the DB in this group
    extracted: int  # of which extracted
    matched: int  # of which trafficking cases


@dataclass(frozen=True, slots=True)
class Breakdown:
    dimension: str  # jurisdiction | year | court_level | portal
    groups: tuple[Group, ...]


@dataclass(frozen=True, slots=True)
class Metric:
    """One figure: what is counted (numerator) among whom (denominator)."""

    key: str
    label: str
    numerator: str
    denominator: str
    overall: Proportion
    by: tuple[Breakdown, ...]


@dataclass(frozen=True, slots=True)
class Headline:
    """Liberty Global | Asia's question: trafficking convictions vs convictions for both."""

    trafficking_convictions: int
    both_convictions: int
    share: Proportion  # both / trafficking convictions


@dataclass(frozen=True, slots=True)
class Stage:
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class FrameRow:
    """Sampling frame: judgments scanned vs matched, per portal, court and year."""

    portal: str
    court: str
    year: str
    scanned: int
    extracted: int
    matched: int  # trafficking cases
    nexus: int  # of which nexus cases


@dataclass(frozen=True, slots=True)
class PortalFrame:
    portal: str
    listed: int  # items the scrapers listed (scrape_items); 0 for local files
    scanned: int
    extracted: int
    matched: int


@dataclass(frozen=True, slots=True)
class NexusStats:
    """All figures of the nexus study, ready for ``format_stats``, JSON and the report."""

    scanned: int
    extracted: int
    trafficking: int
    nexus: int
    metrics: tuple[Metric, ...]
    headline: Headline
    attrition: tuple[Stage, ...]
    frame: tuple[FrameRow, ...]
    portals: tuple[PortalFrame, ...]
    versions: tuple[tuple[str, int], ...]  # (extractor@version, judgments)
    factors: FactorTable

    def metric(self, key: str) -> Metric:
        for m in self.metrics:
            if m.key == key:
                return m
        raise KeyError(f"no metric {key!r}; have {[m.key for m in self.metrics]}")


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
    import json

    counts: dict[str, int] = {}
    for raw in extractions.versions:
        for name, version in sorted(json.loads(raw or "{}").items()):
            key = f"{name}@{version}"
            counts[key] = counts.get(key, 0) + 1
    return tuple(sorted(counts.items()))


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def stats_to_json(s: NexusStats) -> dict[str, object]:
    """A JSON-ready dict of every figure (no NaN; None where n == 0)."""
    cleaned = _clean(asdict(s))
    assert isinstance(cleaned, dict)
    return cleaned


def _clean(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def headline(s: NexusStats) -> list[str]:
    """The few lines a prosecutor reads first (the demo prints these)."""
    h = s.headline
    lines = [
        f"Judgments scanned: {s.scanned}; extracted: {s.extracted}; "
        f"trafficking cases: {s.trafficking}.",
        f"Trafficking convictions: {h.trafficking_convictions}; convictions for both "
        f"trafficking and corruption: {h.both_convictions} ({_share(h.share)}).",
    ]
    for key in ("co_charged", "official_defendant", "uncharged_corruption"):
        m = s.metric(key)
        share = m.overall
        where = f" {m.denominator}" if share.n else f" (no {m.denominator})"
        lines.append(f"{m.label}: {share.describe()}{where}.")
    for key in ("corruption_attrition", "conviction_official", "conviction_no_official"):
        m = s.metric(key)
        lines.append(f"{m.label}: {m.overall.describe()}.")
    return lines


def _share(p: Proportion) -> str:
    if p.p is None:
        return "no trafficking convictions to compare"
    return f"{_pct(p.p)}; 95% CI {_pct(p.low)} to {_pct(p.high)}"


def format_stats(s: NexusStats) -> str:
    """A plain-text rendering: headline, each metric by dimension, sampling frame."""
    out = [*headline(s), ""]
    for m in s.metrics:
        out.append(f"== {m.label}: {m.overall.describe()}")
        out.append(f"   counts {m.numerator} among {m.denominator}")
        for b in m.by:
            out.append(f"   by {b.dimension}:")
            for g in b.groups:
                out.append(
                    f"     {g.value:<22} {g.share.describe():<48} "
                    f"[frame: scanned {g.scanned}, extracted {g.extracted}, matched {g.matched}]"
                )
    out.append("")
    out.append("== Sampling frame (portal / court / year: scanned, extracted, matched, nexus)")
    for r in s.frame:
        out.append(
            f"   {r.portal} / {r.court} / {r.year}: {r.scanned}, {r.extracted}, "
            f"{r.matched}, {r.nexus}"
        )
    return "\n".join(out)
