"""The one SQLite file that holds everything; the only module that writes SQL.

Writes are idempotent and transactional per unit of work:

* a raw document is stored once, keyed by its sha256;
* a judgment is upserted by id; re-ingesting the same text changes nothing;
* a judgment's facts are replaced in one transaction when a new extractor
  version runs, and left alone when the same versions run again;
* an error is one row per (source, stage); success at that stage clears it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import socket
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from caselaw import migrations
from caselaw.errors import LockedError, StorageError
from caselaw.models import (
    CourtLevel,
    Document,
    Evidence,
    Extraction,
    Judgment,
    OffsetMap,
    StageError,
)

MEMORY = ":memory:"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def versions_key(versions: Mapping[str, str]) -> str:
    return ",".join(f"{k}@{v}" for k, v in sorted(versions.items()))


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    source: str
    stage: str
    kind: str
    message: str
    first_seen: str
    last_seen: str
    attempts: int


@dataclass(frozen=True, slots=True)
class ScrapeState:
    portal: str
    query: str
    cursor: str | None
    high_water: str | None


class Store:
    """A caselaw database.  ``Store(":memory:")`` for tests."""

    def __init__(self, path: str | os.PathLike[str] = "caselaw.db") -> None:
        self.path = str(path)
        try:
            if self.path == MEMORY:
                self.db = sqlite_utils.Database(memory=True)
            else:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite_utils.Database(self.path)
                self.db.enable_wal()
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 10000")
            migrations.apply(self.db)
        except Exception as exc:  # sqlite3.DatabaseError and friends
            raise StorageError(f"{self.path}: cannot open database: {exc}") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db.atomic():
            yield

    # -- documents and judgments -------------------------------------------------

    def put_document(self, doc: Document) -> bool:
        """Store raw bytes once; return True if they were new."""
        if self.has_document(doc.sha256):
            return False
        self.db.table("documents").insert(
            {
                "sha256": doc.sha256,
                "media_type": doc.media_type,
                "source_url": doc.source_url,
                "size": len(doc.content),
                "fetched_at": doc.fetched_at.isoformat(timespec="seconds"),
                "content": doc.content,
            },
            ignore=True,
        )
        return True

    def has_document(self, sha256: str) -> bool:
        rows = self.db.execute("select 1 from documents where sha256 = ?", [sha256]).fetchall()
        return bool(rows)

    def get_document(self, sha256: str) -> Document | None:
        row = self._one("select * from documents where sha256 = ?", [sha256])
        if row is None:
            return None
        return Document(
            sha256=row["sha256"],
            content=row["content"],
            media_type=row["media_type"],
            source_url=row["source_url"],
            fetched_at=dt.datetime.fromisoformat(row["fetched_at"]),
        )

    def put_judgment(self, judgment: Judgment, *, url: str = "", title: str = "") -> bool:
        """Upsert a judgment; return True if it was new or its text or metadata changed.

        A changed text drops the judgment's facts so the next extract reads it again.
        """
        record = _judgment_record(judgment, url=url, title=title)
        existing = self._one("select * from judgments where id = ?", [judgment.id])
        if existing is not None:
            record["ingested_at"] = existing["ingested_at"]
            if existing == record:
                return False
            if existing["text_sha256"] != record["text_sha256"]:
                self._delete_facts(judgment.id)
        self.db.table("judgments").upsert(record, pk="id")
        return True

    def has_judgment(self, judgment_id: str) -> bool:
        return self._one("select 1 from judgments where id = ?", [judgment_id]) is not None

    def judgment_fingerprint(self, judgment_id: str) -> tuple[str, str] | None:
        """(text sha256, metadata JSON) of a stored judgment: tells new, updated, unchanged."""
        row = self._one("select text_sha256, metadata from judgments where id = ?", [judgment_id])
        return None if row is None else (row["text_sha256"], row["metadata"])

    def get_judgment(self, judgment_id: str) -> Judgment | None:
        row = self._one("select * from judgments where id = ?", [judgment_id])
        return None if row is None else _judgment_from_row(row)

    def judgment_ids(self, *, pending_for: Mapping[str, str] | None = None) -> list[str]:
        """All judgment ids, or only those not yet extracted with ``pending_for`` versions."""
        if pending_for is None:
            sql, params = "select id from judgments order by id", []
        else:
            sql = (
                "select j.id from judgments j left join extractions e on e.judgment_id = j.id "
                "where e.versions_key is null or e.versions_key != ? order by j.id"
            )
            params = [versions_key(pending_for)]
        return [row[0] for row in self.db.execute(sql, params).fetchall()]

    def count(self, table: str) -> int:
        if table not in self.db.table_names():
            raise StorageError(f"no table {table!r}")
        return self.db[table].count

    # -- facts ---------------------------------------------------------------------

    def put_extraction(self, extraction: Extraction, *, force: bool = False) -> bool:
        """Replace a judgment's facts in one transaction; no-op if these versions ran."""
        jid = extraction.judgment_id
        key = versions_key(extraction.versions)
        row = self._one("select versions_key from extractions where judgment_id = ?", [jid])
        if row is not None and row["versions_key"] == key and not force:
            return False
        with self.db.atomic():
            self._delete_facts(jid)
            _insert_facts(self.db, extraction)
            self.db.table("extractions").insert(
                {
                    "judgment_id": jid,
                    "versions": json.dumps(dict(extraction.versions), sort_keys=True),
                    "versions_key": key,
                    "extracted_at": _now(),
                }
            )
            for err in extraction.errors:
                self._record_error(err)
            self._clear_errors(jid, "extract", keep={e.stage for e in extraction.errors})
        return True

    def _delete_facts(self, judgment_id: str) -> None:
        for table in ("verdicts", "charges", "sentences", "signals", "factors", "defendants"):
            self.db.execute(f"delete from [{table}] where judgment_id = ?", [judgment_id])
        self.db.execute("delete from cases where judgment_id = ?", [judgment_id])
        self.db.execute("delete from extractions where judgment_id = ?", [judgment_id])

    def rows(self, table: str, **where: Any) -> list[dict[str, Any]]:
        """Rows of one table, filtered by equality on columns (parameterised)."""
        if table not in self.db.table_names():
            raise StorageError(f"no table {table!r}")
        columns = {c.name for c in self.db[table].columns}
        for column in where:
            if column not in columns:
                raise StorageError(f"table {table!r} has no column {column!r}")
        clause = " and ".join(f"[{c}] = ?" for c in where) or "1"
        sql = f"select * from [{table}] where {clause}"
        return [dict(r) for r in self.db.query(sql, list(where.values()))]

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Read-only SQL for the dataset layer (datasets/ builds tables on this)."""
        return list(self.db.query(sql, list(params)))

    # -- errors --------------------------------------------------------------------

    def record_error(self, source: str, stage: str, exc: BaseException | StageError) -> None:
        if isinstance(exc, StageError):
            err = exc
        else:
            err = StageError(source, stage, type(exc).__name__, str(exc) or repr(exc))
        with self.db.atomic():
            self._record_error(err)

    def _record_error(self, err: StageError) -> None:
        eid = f"{err.source}|{err.stage}"
        now = _now()
        old = self._one("select first_seen, attempts from errors where id = ?", [eid])
        self.db.table("errors").upsert(
            {
                "id": eid,
                "source": err.source,
                "stage": err.stage,
                "kind": err.kind,
                "message": err.message,
                "first_seen": old["first_seen"] if old else now,
                "last_seen": now,
                "attempts": (old["attempts"] if old else 0) + 1,
            },
            pk="id",
        )

    def clear_errors(self, source: str, stage: str) -> None:
        """Forget errors of ``source`` at ``stage`` (or any stage that starts with it)."""
        self._clear_errors(source, stage)

    def _clear_errors(self, source: str, stage: str, keep: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        rows = self.db.execute(
            "select id, stage from errors where source = ? and (stage = ? or stage like ?)",
            [source, stage, stage + ":%"],
        ).fetchall()
        for eid, st in rows:
            if st not in keep:
                self.db.execute("delete from errors where id = ?", [eid])

    def errors(self, *, stage: str | None = None) -> list[ErrorRecord]:
        sql = "select * from errors"
        params: list[Any] = []
        if stage:
            sql += " where stage = ? or stage like ?"
            params = [stage, stage + ":%"]
        rows = self.db.query(sql + " order by source, stage", params)
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

    # -- scrape state ---------------------------------------------------------------

    def get_state(self, portal: str, query: str) -> ScrapeState | None:
        row = self._one(
            "select * from scrape_state where portal = ? and query = ?", [portal, query]
        )
        if row is None:
            return None
        return ScrapeState(row["portal"], row["query"], row["cursor"], row["high_water"])

    def set_state(self, state: ScrapeState) -> None:
        """Store a job's cursor and high-water mark.

        ``updated_at`` records when the high-water mark last moved, so a run that
        found nothing new leaves the row exactly as it was.
        """
        row = self._one(
            "select * from scrape_state where portal = ? and query = ?",
            [state.portal, state.query],
        )
        moved = row is None or row["high_water"] != state.high_water
        record = {
            "portal": state.portal,
            "query": state.query,
            "cursor": state.cursor,
            "high_water": state.high_water,
            "updated_at": _now() if moved or row is None else row["updated_at"],
        }
        if record != row:
            self.db.table("scrape_state").upsert(record, pk=("portal", "query"))

    def get_item(self, portal: str, portal_id: str) -> dict[str, Any] | None:
        return self._one(
            "select * from scrape_items where portal = ? and portal_id = ?", [portal, portal_id]
        )

    def put_item(self, portal: str, portal_id: str, **fields: Any) -> None:
        """Record what happened to one portal item (status, document, validators)."""
        current = self.get_item(portal, portal_id) or {}
        merged = {**current, "portal": portal, "portal_id": portal_id, **fields}
        if merged == current:
            return
        self.db.table("scrape_items").upsert(merged, pk=("portal", "portal_id"))

    @contextlib.contextmanager
    def lock(self, name: str) -> Iterator[None]:
        """Hold a named lock in the DB for the duration; a stale holder is replaced.

        Raises LockedError if a live process on this host holds it.
        """
        host, pid = socket.gethostname(), os.getpid()
        with self.db.atomic():
            row = self._one("select pid, host from locks where name = ?", [name])
            if row is not None and not _stale(row["host"], row["pid"], host):
                raise LockedError(
                    f"{self.path}: {name} is locked by pid {row['pid']} on {row['host']}"
                )
            self.db.table("locks").upsert(
                {"name": name, "pid": pid, "host": host, "acquired_at": _now()}, pk="name"
            )
        try:
            yield
        finally:
            self.db.execute("delete from locks where name = ? and pid = ?", [name, pid])
            self.db.conn.commit()

    # -- helpers -----------------------------------------------------------------------

    def _one(self, sql: str, params: Sequence[Any]) -> dict[str, Any] | None:
        for row in self.db.query(sql, list(params)):
            return row
        return None


def _stale(holder_host: str, holder_pid: int, host: str) -> bool:
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


def _judgment_record(j: Judgment, *, url: str, title: str) -> dict[str, Any]:
    return {
        "id": j.id,
        "portal": j.portal,
        "portal_id": j.metadata.get("portal_id", j.id.split(":", 1)[-1]),
        "url": url or j.source_url or "",
        "title": title or j.case_name or "",
        "jurisdiction": j.jurisdiction,
        "court": j.court,
        "court_level": str(j.court_level) if j.court_level else None,
        "case_name": j.case_name,
        "docket": j.docket,
        "decision_date": j.decision_date.isoformat() if j.decision_date else None,
        "language": j.language,
        "document_sha256": j.document_sha256,
        "text_sha256": hashlib.sha256(j.text.encode("utf-8")).hexdigest(),
        "text": j.text,
        "offsets": json.dumps(j.offsets.to_json()),
        "metadata": json.dumps(dict(j.metadata), sort_keys=True, default=str),
        "ingested_at": _now(),
    }


def _judgment_from_row(row: Mapping[str, Any]) -> Judgment:
    return Judgment(
        id=row["id"],
        portal=row["portal"],
        text=row["text"],
        jurisdiction=row["jurisdiction"],
        court=row["court"],
        court_level=CourtLevel(row["court_level"]) if row["court_level"] else None,
        case_name=row["case_name"],
        docket=row["docket"],
        decision_date=dt.date.fromisoformat(row["decision_date"]) if row["decision_date"] else None,
        language=row["language"] or "en",
        offsets=OffsetMap.from_json(json.loads(row["offsets"] or "null")),
        document_sha256=row["document_sha256"],
        source_url=row["url"],
        metadata=json.loads(row["metadata"] or "{}"),
    )


def _evidence_columns(evidence: Sequence[Evidence]) -> dict[str, Any]:
    first = evidence[0] if evidence else None
    return {
        "evidence_start": first.start if first else None,
        "evidence_end": first.end if first else None,
        "evidence_text": first.text if first else None,
        "extractor": first.extractor if first else None,
        "extractor_version": first.version if first else None,
        "evidence": json.dumps(
            [
                {
                    "start": e.start,
                    "end": e.end,
                    "text": e.text,
                    "extractor": e.extractor,
                    "version": e.version,
                }
                for e in evidence
            ]
        ),
    }


def _insert_facts(db: sqlite_utils.Database, x: Extraction) -> None:
    jid = x.judgment_id
    case, info = x.case, x.info

    def did(index: int | None) -> str | None:
        return None if index is None else f"{jid}#d{index}"

    db.table("cases").insert(
        {
            "judgment_id": jid,
            "jurisdiction": info.jurisdiction,
            "court": info.court,
            "court_level": str(info.court_level) if info.court_level else None,
            "decision_date": info.decision_date.isoformat() if info.decision_date else None,
            "case_name": info.case_name,
            "proceeding": str(info.proceeding) if info.proceeding else None,
            "trafficking_charged": int(case.trafficking_charged),
            "corruption_charged": int(case.corruption_charged),
            "co_charged": int(case.co_charged),
            "official_defendant": int(case.official_defendant),
            "corruption_signal": int(case.corruption_signal),
            "trafficking_outcome": str(case.trafficking_outcome),
            "corruption_outcome": str(case.corruption_outcome),
        }
    )
    db.table("defendants").insert_all(
        {
            "id": did(d.index),
            "judgment_id": jid,
            "idx": d.index,
            "name": d.name,
            "is_official": int(d.is_official),
            "official_type": str(d.official_type) if d.official_type else None,
            "roles": json.dumps([str(r) for r in d.roles]),
            "aliases": json.dumps(list(d.aliases)),
            **_evidence_columns(d.evidence),
        }
        for d in x.defendants
    )
    standing = {(v.charge): v.outcome for v in x.verdicts if v.standing}
    db.table("charges").insert_all(
        {
            "id": f"{jid}#c{c.index}",
            "judgment_id": jid,
            "defendant_id": did(c.defendant),
            "idx": c.index,
            "category": str(c.category),
            "label": c.label,
            "statute": c.statute,
            "count": c.count,
            "alternative": int(c.alternative),
            "outcome": str(standing.get(c.index, "unknown")),
            **_evidence_columns(c.evidence),
        }
        for c in x.charges
    )
    db.table("verdicts").insert_all(
        {
            "id": f"{jid}#v{i}",
            "judgment_id": jid,
            "defendant_id": did(v.defendant),
            "charge_id": f"{jid}#c{v.charge}",
            "outcome": str(v.outcome),
            "court_level": str(v.court_level) if v.court_level else None,
            "standing": int(v.standing),
            **_evidence_columns(v.evidence),
        }
        for i, v in enumerate(x.verdicts)
    )
    db.table("sentences").insert_all(
        {
            "id": f"{jid}#s{i}",
            "judgment_id": jid,
            "defendant_id": did(s.defendant),
            "kind": s.kind,
            "term_months": s.term_months,
            "term_max_months": s.term_max_months,
            "amount": s.amount,
            "currency": s.currency,
            "description": s.description,
            **_evidence_columns(s.evidence),
        }
        for i, s in enumerate(x.sentences)
    )
    db.table("signals").insert_all(
        {"id": f"{jid}#g{i}", "judgment_id": jid, "kind": s.kind, **_evidence_columns(s.evidence)}
        for i, s in enumerate(x.signals)
    )
    db.table("factors").insert_all(
        {"id": f"{jid}#f{i}", "judgment_id": jid, "name": f.name, **_evidence_columns(f.evidence)}
        for i, f in enumerate(x.factors)
    )
