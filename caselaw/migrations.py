"""Schema of the caselaw database, created and changed only through migrations.

Each migration is applied once, in order, inside a transaction together with
the record of it having been applied (``sqlite_utils.Migrations``).  Add a new
function at the end to change the schema; never edit one that has shipped.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("caselaw")

# Columns every fact table carries: the judgment, the primary evidence span in the
# judgment's clean text, the extractor that read it, and all spans as JSON.
_EVIDENCE = {
    "evidence_start": int,
    "evidence_end": int,
    "evidence_text": str,
    "extractor": str,
    "extractor_version": str,
    "evidence": str,  # JSON list of {start, end, text, extractor, version}
}

FACT_TABLES = ("defendants", "charges", "verdicts", "sentences", "signals", "factors")


@migrations()
def m001_initial(db: Database) -> None:
    db.table("documents").create(
        {
            "sha256": str,
            "media_type": str,
            "source_url": str,
            "size": int,
            "fetched_at": str,
            "content": bytes,
        },
        pk="sha256",
    )
    db.table("judgments").create(
        {
            "id": str,
            "portal": str,
            "portal_id": str,
            "url": str,
            "title": str,
            "jurisdiction": str,
            "court": str,
            "court_level": str,
            "case_name": str,
            "docket": str,
            "decision_date": str,
            "language": str,
            "document_sha256": str,
            "text_sha256": str,
            "text": str,
            "offsets": str,
            "metadata": str,
            "ingested_at": str,
        },
        pk="id",
        foreign_keys=[("document_sha256", "documents", "sha256")],
    )
    db.table("judgments").create_index(["portal", "portal_id"])
    db.table("extractions").create(
        {"judgment_id": str, "versions": str, "versions_key": str, "extracted_at": str},
        pk="judgment_id",
        foreign_keys=[("judgment_id", "judgments", "id")],
    )
    db.table("cases").create(
        {
            "judgment_id": str,
            "jurisdiction": str,
            "court": str,
            "court_level": str,
            "decision_date": str,
            "case_name": str,
            "proceeding": str,
            "trafficking_charged": int,
            "corruption_charged": int,
            "co_charged": int,
            "official_defendant": int,
            "corruption_signal": int,
            "trafficking_outcome": str,
            "corruption_outcome": str,
        },
        pk="judgment_id",
        foreign_keys=[("judgment_id", "judgments", "id")],
    )
    db.table("defendants").create(
        {
            "id": str,
            "judgment_id": str,
            "idx": int,
            "name": str,
            "is_official": int,
            "official_type": str,
            "roles": str,
            "aliases": str,
            **_EVIDENCE,
        },
        pk="id",
        foreign_keys=[("judgment_id", "judgments", "id")],
    )
    db.table("charges").create(
        {
            "id": str,
            "judgment_id": str,
            "defendant_id": str,
            "idx": int,
            "category": str,
            "label": str,
            "statute": str,
            "count": str,
            "alternative": int,
            "outcome": str,
            **_EVIDENCE,
        },
        pk="id",
        foreign_keys=[("judgment_id", "judgments", "id"), ("defendant_id", "defendants", "id")],
    )
    db.table("verdicts").create(
        {
            "id": str,
            "judgment_id": str,
            "defendant_id": str,
            "charge_id": str,
            "outcome": str,
            "court_level": str,
            "standing": int,
            **_EVIDENCE,
        },
        pk="id",
        foreign_keys=[("judgment_id", "judgments", "id"), ("charge_id", "charges", "id")],
    )
    db.table("sentences").create(
        {
            "id": str,
            "judgment_id": str,
            "defendant_id": str,
            "kind": str,
            "term_months": float,
            "term_max_months": float,
            "amount": float,
            "currency": str,
            "description": str,
            **_EVIDENCE,
        },
        pk="id",
        foreign_keys=[("judgment_id", "judgments", "id")],
    )
    db.table("signals").create(
        {"id": str, "judgment_id": str, "kind": str, **_EVIDENCE},
        pk="id",
        foreign_keys=[("judgment_id", "judgments", "id")],
    )
    db.table("factors").create(
        {"id": str, "judgment_id": str, "name": str, **_EVIDENCE},
        pk="id",
        foreign_keys=[("judgment_id", "judgments", "id")],
    )
    for table in FACT_TABLES:
        db.table(table).create_index(["judgment_id"])
    db.table("errors").create(
        {
            "id": str,
            "source": str,
            "stage": str,
            "kind": str,
            "message": str,
            "first_seen": str,
            "last_seen": str,
            "attempts": int,
        },
        pk="id",
    )
    db.table("scrape_state").create(
        {
            "portal": str,
            "query": str,
            "cursor": str,
            "high_water": str,
            "updated_at": str,
        },
        pk=("portal", "query"),
    )
    db.table("scrape_items").create(
        {
            "portal": str,
            "portal_id": str,
            "url": str,
            "status": str,
            "document_sha256": str,
            "judgment_id": str,
            "etag": str,
            "last_modified": str,
            "fetched_at": str,
        },
        pk=("portal", "portal_id"),
    )
    db.table("locks").create({"name": str, "pid": int, "host": str, "acquired_at": str}, pk="name")


@migrations()
def m002_index_fact_references(db: Database) -> None:
    # With foreign keys on, deleting a defendant or a charge makes SQLite look for the
    # charges or verdicts that point at it; without an index on the pointing column
    # that is a scan of the whole table per deleted row, so re-extracting a judgment
    # got slower as the store grew (quadratic over a re-extraction of everything).
    db.table("charges").create_index(["defendant_id"], if_not_exists=True)
    db.table("verdicts").create_index(["charge_id"], if_not_exists=True)
    db.table("judgments").create_index(["document_sha256"], if_not_exists=True)


def apply(db: Database) -> None:
    migrations.apply(db)
