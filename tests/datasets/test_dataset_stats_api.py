"""caselaw.datasets.stats still offers the records, the interval and the renderings it moved."""

from __future__ import annotations

import importlib

from caselaw.datasets import figures, proportion, stats_text

stats_module = importlib.import_module("caselaw.datasets.stats")  # the name is also a function


def test_every_name_in_all_resolves() -> None:
    for name in stats_module.__all__:
        assert getattr(stats_module, name) is not None, name


def test_moved_names_are_the_same_objects() -> None:
    for home, names in (
        (proportion, ("Z95", "Proportion", "wilson")),
        (stats_text, ("format_stats", "headline", "stats_to_json")),
        (
            figures,
            (
                "Breakdown",
                "FrameRow",
                "Group",
                "Headline",
                "Metric",
                "NexusStats",
                "PortalFrame",
                "Stage",
            ),
        ),
    ):
        for name in names:
            assert name in stats_module.__all__, name
            assert getattr(stats_module, name) is getattr(home, name), name
