"""The records the nexus statistics are returned in: metrics, breakdowns, sampling frame.

``caselaw.datasets.stats`` computes them; ``stats_text`` and the report render them.
"""

from __future__ import annotations

from dataclasses import dataclass

from caselaw.datasets.factors import FactorTable
from caselaw.datasets.proportion import Proportion


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
