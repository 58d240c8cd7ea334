"""Scrape bookkeeping: each job's cursor and high-water mark, each item's fate, run locks."""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from caselaw.errors import LockedError
from caselaw.storage.connection import now, one


@dataclass(frozen=True, slots=True)
class ScrapeState:
    portal: str
    query: str
    cursor: str | None
    high_water: str | None


def get_state(db: sqlite_utils.Database, portal: str, query: str) -> ScrapeState | None:
    row = one(db, "select * from scrape_state where portal = ? and query = ?", [portal, query])
    if row is None:
        return None
    return ScrapeState(row["portal"], row["query"], row["cursor"], row["high_water"])


def set_state(db: sqlite_utils.Database, state: ScrapeState) -> None:
    """Store a job's cursor and high-water mark.

    ``updated_at`` records when the high-water mark last moved, so a run that
    found nothing new leaves the row exactly as it was.
    """
    row = one(
        db,
        "select * from scrape_state where portal = ? and query = ?",
        [state.portal, state.query],
    )
    moved = row is None or row["high_water"] != state.high_water
    record = {
        "portal": state.portal,
        "query": state.query,
        "cursor": state.cursor,
        "high_water": state.high_water,
        "updated_at": now() if moved or row is None else row["updated_at"],
    }
    if record != row:
        db.table("scrape_state").upsert(record, pk=("portal", "query"))


def get_item(db: sqlite_utils.Database, portal: str, portal_id: str) -> dict[str, Any] | None:
    return one(
        db, "select * from scrape_items where portal = ? and portal_id = ?", [portal, portal_id]
    )


def put_item(
    db: sqlite_utils.Database, portal: str, portal_id: str, fields: Mapping[str, Any]
) -> None:
    """Record what happened to one portal item (status, document, validators)."""
    current = get_item(db, portal, portal_id) or {}
    merged = {**current, "portal": portal, "portal_id": portal_id, **fields}
    if merged == current:
        return
    db.table("scrape_items").upsert(merged, pk=("portal", "portal_id"))


@contextlib.contextmanager
def lock(db: sqlite_utils.Database, path: str, name: str) -> Iterator[None]:
    """Hold a named lock in the DB at ``path`` for the duration; a stale holder is replaced.

    Raises LockedError if a live process on this host holds it.
    """
    host, pid = socket.gethostname(), os.getpid()
    with db.atomic():
        row = one(db, "select pid, host from locks where name = ?", [name])
        if row is not None and not stale(row["host"], row["pid"], host):
            raise LockedError(f"{path}: {name} is locked by pid {row['pid']} on {row['host']}")
        db.table("locks").upsert(
            {"name": name, "pid": pid, "host": host, "acquired_at": now()}, pk="name"
        )
    try:
        yield
    finally:
        db.execute("delete from locks where name = ? and pid = ?", [name, pid])
        db.conn.commit()


def stale(holder_host: str, holder_pid: int, host: str) -> bool:
    """True only if the holder was on this host and its process is gone."""
    if holder_host != host:
        return False  # cannot tell; treat a lock from another host as live
    if holder_pid == os.getpid():
        return False
    try:
        os.kill(holder_pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
