"""Raw documents (stored once by sha256) and judgments (upserted by id), and their rows."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

import sqlite_utils

from caselaw.models import CourtLevel, Document, Judgment, OffsetMap
from caselaw.storage.connection import now, one
from caselaw.storage.facts import delete_facts, versions_key


def put_document(db: sqlite_utils.Database, doc: Document) -> bool:
    """Store raw bytes once; return True if they were new."""
    if has_document(db, doc.sha256):
        return False
    db.table("documents").insert(
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


def has_document(db: sqlite_utils.Database, sha256: str) -> bool:
    rows = db.execute("select 1 from documents where sha256 = ?", [sha256]).fetchall()
    return bool(rows)


def get_document(db: sqlite_utils.Database, sha256: str) -> Document | None:
    row = one(db, "select * from documents where sha256 = ?", [sha256])
    if row is None:
        return None
    return Document(
        sha256=row["sha256"],
        content=row["content"],
        media_type=row["media_type"],
        source_url=row["source_url"],
        fetched_at=dt.datetime.fromisoformat(row["fetched_at"]),
    )


def put_judgment(db: sqlite_utils.Database, judgment: Judgment, *, url: str, title: str) -> bool:
    """Upsert a judgment; return True if it was new or its text or metadata changed.

    A changed text drops the judgment's facts so the next extract reads it again.
    """
    record = judgment_record(judgment, url=url, title=title)
    existing = one(db, "select * from judgments where id = ?", [judgment.id])
    if existing is not None:
        record["ingested_at"] = existing["ingested_at"]
        if existing == record:
            return False
        if existing["text_sha256"] != record["text_sha256"]:
            delete_facts(db, judgment.id)
    db.table("judgments").upsert(record, pk="id")
    return True


def has_judgment(db: sqlite_utils.Database, judgment_id: str) -> bool:
    return one(db, "select 1 from judgments where id = ?", [judgment_id]) is not None


def judgment_fingerprint(db: sqlite_utils.Database, judgment_id: str) -> tuple[str, str] | None:
    """(text sha256, metadata JSON) of a stored judgment: tells new, updated, unchanged."""
    row = one(db, "select text_sha256, metadata from judgments where id = ?", [judgment_id])
    return None if row is None else (row["text_sha256"], row["metadata"])


def get_judgment(db: sqlite_utils.Database, judgment_id: str) -> Judgment | None:
    row = one(db, "select * from judgments where id = ?", [judgment_id])
    return None if row is None else judgment_from_row(row)


def judgment_ids(
    db: sqlite_utils.Database, *, pending_for: Mapping[str, str] | None = None
) -> list[str]:
    """All judgment ids, or only those not yet extracted with ``pending_for`` versions."""
    if pending_for is None:
        sql, params = "select id from judgments order by id", []
    else:
        sql = (
            "select j.id from judgments j left join extractions e on e.judgment_id = j.id "
            "where e.versions_key is null or e.versions_key != ? order by j.id"
        )
        params = [versions_key(pending_for)]
    return [row[0] for row in db.execute(sql, params).fetchall()]


def judgment_record(j: Judgment, *, url: str, title: str) -> dict[str, Any]:
    """The ``judgments`` row of a judgment (``ingested_at`` is now)."""
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
        "ingested_at": now(),
    }


def judgment_from_row(row: Mapping[str, Any]) -> Judgment:
    """A Judgment back from its ``judgments`` row."""
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
