"""Exports in every format: tables complete, victims never leave the DB, card and metadata."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from caselaw.datasets.build import EXPORTED, FORMATS, SQLITE_NAME, build
from caselaw.errors import ConfigError, StorageError
from caselaw.storage import Store

VICTIM_WORDS = ("Maria Santos", "Santos", "SANTOS", "Ana Reyes", "Reyes", "Maria")


def _all_bytes(out: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(out.iterdir()) if p.is_file())


@pytest.mark.parametrize("fmt", FORMATS)
def test_build_every_format(nexus_store: Store, tmp_path: Path, fmt: str) -> None:
    report = build(nexus_store, tmp_path / fmt, fmt, key=b"test-key")
    rows = dict(report.rows)
    assert rows["cases"] == 11 and rows["sources"] == 12 and rows["frame"] > 0
    assert set(rows) == set(EXPORTED)
    assert report.pseudonyms == 2  # Maria Santos (ph:1), Ana Reyes (ph:2)
    blob = _all_bytes(report.out)
    for word in VICTIM_WORDS:
        assert word.encode() not in blob, word
    assert b"Victim-" in blob and b"Juan Cruz" in blob and b"AAA" in blob
    assert (report.out / "README.md").is_file()


def test_same_victim_same_pseudonym_across_tables(nexus_store: Store, tmp_path: Path) -> None:
    out = build(nexus_store, tmp_path, "csv", key=b"test-key").out
    signals = pd.read_csv(out / "signals.csv")
    factors = pd.read_csv(out / "factors.csv")
    defendants = pd.read_csv(out / "defendants.csv")
    assert list(defendants.roles[defendants.judgment_id == "ph:1"]) == [
        '["protector_official", "bribe_taker"]'
    ]
    quote = signals.evidence_text[signals.judgment_id == "ph:1"].iloc[0]
    alias = quote.split()[0]
    assert alias.startswith("Victim-")
    assert quote == f"{alias} testified that she paid the police"
    # "MARIA SANTOS" in another table's quote and in the evidence JSON: the same alias
    ph1 = factors[factors.judgment_id == "ph:1"]
    assert ph1.evidence_text.iloc[0] == f"{alias} was rescued in an entrapment operation"
    spans = json.loads(ph1.evidence.iloc[0])
    assert spans[0]["text"] == f"{alias} was rescued in an entrapment operation"
    # a different victim in another judgment gets another alias, in the case name
    cases = pd.read_csv(out / "cases.csv")
    name = cases.case_name[cases.judgment_id == "ph:2"].iloc[0]
    other = name.split("for ")[1].rstrip(")")
    assert other.startswith("Victim-") and other != alias


def test_sqlite_export_and_datasette_metadata(nexus_store: Store, tmp_path: Path) -> None:
    report = build(nexus_store, tmp_path, "sqlite", key=b"k")
    meta = json.loads((tmp_path / "metadata.json").read_text())
    db_meta = meta["databases"][SQLITE_NAME.removesuffix(".db")]["tables"]
    conn = sqlite3.connect(tmp_path / SQLITE_NAME)
    names = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    assert names == set(EXPORTED)
    for table in EXPORTED:
        columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])")]
        described = db_meta[table]["columns"]
        assert db_meta[table]["description"]
        assert set(columns) == set(described), table  # every column described, none extra
    assert conn.execute("select count(*) from cases where trafficking_charged = 1").fetchone() == (
        9,
    )
    conn.close()
    assert report.files[0].name == SQLITE_NAME


def test_build_again_replaces_the_export(nexus_store: Store, tmp_path: Path) -> None:
    build(nexus_store, tmp_path, "sqlite", key=b"k")
    build(nexus_store, tmp_path, "sqlite", key=b"k")
    conn = sqlite3.connect(tmp_path / SQLITE_NAME)
    assert conn.execute("select count(*) from cases").fetchone() == (11,)
    conn.close()


def test_card_lists_provenance_versions_frame_and_biases(
    nexus_store: Store, tmp_path: Path
) -> None:
    build(nexus_store, tmp_path, "csv", key=b"k")
    card = (tmp_path / "README.md").read_text()
    for needle in (
        "## Provenance per portal",
        "| phsc | 0 | 6 | 5 | 5 |",
        "`charges@1.0`: 11 judgments",
        "## Sampling frame",
        "## Known biases",
        "### cases (11 rows)",
        "`corruption_signal`",
    ):
        assert needle in card, needle


def test_bad_arguments(nexus_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown format"):
        build(nexus_store, tmp_path, "xlsx")
    with pytest.raises(StorageError, match="no caselaw database"):
        build(tmp_path / "missing.db", tmp_path, "csv")
