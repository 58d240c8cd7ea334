"""load(): typed DataFrames from the DB; portal metadata first, extracted metadata as fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

import caselaw.datasets as ds
from caselaw.datasets import load
from caselaw.errors import StorageError
from caselaw.storage import Store


def test_public_api_is_small() -> None:
    assert sorted(ds.__all__) == [
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


def test_load_types_and_fallbacks(nexus_store: Store) -> None:
    t = load(nexus_store)
    assert len(t.cases) == 11 and len(t.sources) == 12
    assert t.cases.trafficking_charged.dtype == bool
    local = t.cases.set_index("judgment_id").loc["local:a"]
    assert local.jurisdiction == "GB"  # from the extractors: the portal gave none
    assert local.portal == "local" and local.source_url == "https://example.org/local:a"
    assert t.cases.set_index("judgment_id").loc["ph:1"].year == 2019
    ph1 = t.defendants[t.defendants.judgment_id == "ph:1"].iloc[0]
    assert ph1.roles == ["protector_official", "bribe_taker"] and bool(ph1.is_official)
    charges = t.charges[t.charges.judgment_id == "ph:4"]
    assert dict(zip(charges.category, charges.outcome, strict=True)) == {
        "trafficking": "convicted",
        "corruption": "acquitted",
    }
    assert set(t.sources.extracted) == {True, False}
    assert [name for name, _ in t.items()][:2] == ["cases", "defendants"]


def test_load_from_a_path_and_a_missing_path(tmp_path: Path) -> None:
    Store(tmp_path / "c.db").close()
    assert len(load(tmp_path / "c.db").cases) == 0
    with pytest.raises(StorageError, match="no caselaw database"):
        load(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()
