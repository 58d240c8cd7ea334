"""Dataset tables, statistics and reports, installed as caselaw.datasets."""

from caselaw.datasets.build import BuildReport, build
from caselaw.datasets.load import Tables, load
from caselaw.datasets.report import ReportPaths, report
from caselaw.datasets.stats import NexusStats, format_stats, headline, stats, stats_to_json

__all__ = [
    "BuildReport",
    "NexusStats",
    "ReportPaths",
    "Tables",
    "build",
    "format_stats",
    "headline",
    "load",
    "report",
    "stats",
    "stats_to_json",
]
