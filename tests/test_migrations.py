import sqlite_utils

from caselaw import migrations
from caselaw.storage import Store


def test_fresh_db_gets_every_table_and_records_the_migrations(tmp_path):
    path = tmp_path / "c.db"
    Store(str(path)).close()
    db = sqlite_utils.Database(path)
    for table in (
        "documents",
        "judgments",
        "extractions",
        "cases",
        *migrations.FACT_TABLES,
        "errors",
        "scrape_state",
        "scrape_items",
        "locks",
    ):
        assert db[table].exists(), table
    applied = [m.name for m in migrations.migrations.applied(db)]
    assert applied == [m.name for m in migrations.migrations._migrations]
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_reopening_applies_nothing_and_keeps_data(tmp_path):
    path = str(tmp_path / "c.db")
    with Store(path) as s:
        s.record_error("a.pdf", "ingest", ValueError("x"))
    with Store(path) as s:
        assert migrations.migrations.pending(s.db) == []
        assert len(s.errors()) == 1


def test_every_fact_table_carries_evidence_columns(tmp_path):
    with Store(str(tmp_path / "c.db")) as s:
        for table in migrations.FACT_TABLES:
            cols = {c.name for c in s.db[table].columns}
            assert {
                "judgment_id",
                "evidence_start",
                "evidence_end",
                "evidence_text",
                "extractor",
                "extractor_version",
                "evidence",
            } <= cols, table


def test_every_foreign_key_column_is_indexed(tmp_path):
    # deleting a parent row (re-extraction) must not scan the child table
    with Store(str(tmp_path / "c.db")) as s:
        for table in s.db.table_names():
            indexed = {tuple(i.columns)[0] for i in s.db[table].indexes}
            indexed |= {s.db[table].pks[0]}
            for fk in s.db[table].foreign_keys:
                assert fk.column in indexed, (table, fk.column)
