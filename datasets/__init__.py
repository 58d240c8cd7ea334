"""Dataset tables, statistics and reports, installed as caselaw.datasets."""

from caselaw.datasets.load import Tables, load
from caselaw.datasets.stats import NexusStats, format_stats, headline, stats, stats_to_json

__all__ = [
    "NexusStats",
    "Tables",
    "format_stats",
    "headline",
    "load",
    "stats",
    "stats_to_json",
]
