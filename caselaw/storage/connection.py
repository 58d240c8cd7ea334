"""Opening the SQLite file, and the table-agnostic reads every part of storage uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from caselaw import migrations
from caselaw.errors import StorageError

MEMORY = ":memory:"


def now() -> str:
    """The current UTC time as stored in every ``*_at`` / ``*_seen`` column."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def open_database(path: str) -> sqlite_utils.Database:
    """Open (or create) a caselaw DB at ``path``, or in memory for ``MEMORY``, migrated."""
    try:
        if path == MEMORY:
            db = sqlite_utils.Database(memory=True)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            db = sqlite_utils.Database(path)
            db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 10000")
        migrations.apply(db)
    except Exception as exc:  # sqlite3.DatabaseError and friends
        raise StorageError(f"{path}: cannot open database: {exc}") from exc
    return db


def one(db: sqlite_utils.Database, sql: str, params: Sequence[Any]) -> dict[str, Any] | None:
    """The first row of a query, or None."""
    for row in db.query(sql, list(params)):
        return row
    return None


def count(db: sqlite_utils.Database, table: str) -> int:
    if table not in db.table_names():
        raise StorageError(f"no table {table!r}")
    return db[table].count


def rows(db: sqlite_utils.Database, table: str, where: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Rows of one table, filtered by equality on columns (parameterised)."""
    if table not in db.table_names():
        raise StorageError(f"no table {table!r}")
    columns = {c.name for c in db[table].columns}
    for column in where:
        if column not in columns:
            raise StorageError(f"table {table!r} has no column {column!r}")
    clause = " and ".join(f"[{c}] = ?" for c in where) or "1"
    sql = f"select * from [{table}] where {clause}"
    return [dict(r) for r in db.query(sql, list(where.values()))]
