"""Per-document failures: one row per (source, stage), counted, cleared by success."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from caselaw.models import StageError
from caselaw.storage.connection import now, one


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    source: str
    stage: str
    kind: str
    message: str
    first_seen: str
    last_seen: str
    attempts: int


def stage_error(source: str, stage: str, exc: BaseException | StageError) -> StageError:
    """A StageError as given, or one describing a raised exception."""
    if isinstance(exc, StageError):
        return exc
    return StageError(source, stage, type(exc).__name__, str(exc) or repr(exc))


def record_error(db: sqlite_utils.Database, err: StageError) -> None:
    """Upsert the error's row: keep when it was first seen, count the attempt."""
    eid = f"{err.source}|{err.stage}"
    seen = now()
    old = one(db, "select first_seen, attempts from errors where id = ?", [eid])
    db.table("errors").upsert(
        {
            "id": eid,
            "source": err.source,
            "stage": err.stage,
            "kind": err.kind,
            "message": err.message,
            "first_seen": old["first_seen"] if old else seen,
            "last_seen": seen,
            "attempts": (old["attempts"] if old else 0) + 1,
        },
        pk="id",
    )


def clear_errors(
    db: sqlite_utils.Database, source: str, stage: str, keep: Set[str] = frozenset()
) -> None:
    """Forget errors of ``source`` at ``stage`` or its sub-stages, except those in ``keep``."""
    rows = db.execute(
        "select id, stage from errors where source = ? and (stage = ? or stage like ?)",
        [source, stage, stage + ":%"],
    ).fetchall()
    for eid, st in rows:
        if st not in keep:
            db.execute("delete from errors where id = ?", [eid])


def list_errors(db: sqlite_utils.Database, *, stage: str | None = None) -> list[ErrorRecord]:
    """Every recorded error, or those at ``stage`` and its sub-stages, by source and stage."""
    sql = "select * from errors"
    params: list[Any] = []
    if stage:
        sql += " where stage = ? or stage like ?"
        params = [stage, stage + ":%"]
    rows = db.query(sql + " order by source, stage", params)
    return [
        ErrorRecord(
            r["source"],
            r["stage"],
            r["kind"],
            r["message"],
            r["first_seen"],
            r["last_seen"],
            r["attempts"],
        )
        for r in rows
    ]
