"""The one SQLite file that holds everything; the only package that writes SQL.

Writes are idempotent and transactional per unit of work:

* a raw document is stored once, keyed by its sha256;
* a judgment is upserted by id; re-ingesting the same text changes nothing;
* a judgment's facts are replaced in one transaction when a new extractor
  version runs, and left alone when the same versions run again;
* an error is one row per (source, stage); success at that stage clears it.

``Store`` is the one entry point; its SQL lives in one module per concern:

* ``connection``: opening and migrating the file, generic row reads;
* ``judgments``: raw documents and judgments;
* ``facts``: the rows of one extraction;
* ``errorlog``: per-document failures;
* ``scrape``: scrape state, item status and run locks.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from caselaw.models import Document, Extraction, Judgment, StageError
from caselaw.storage import connection, errorlog, facts, judgments, scrape
from caselaw.storage.connection import MEMORY
from caselaw.storage.errorlog import ErrorRecord
from caselaw.storage.facts import insert_facts as _insert_facts
from caselaw.storage.facts import versions_key
from caselaw.storage.scrape import ScrapeState

__all__ = ["MEMORY", "ErrorRecord", "ScrapeState", "Store", "versions_key"]

# Store calls insert_facts by this module's name for it, so a test can make a write fail
# half-way (tests/test_storage.py patches caselaw.storage._insert_facts).


class Store:
    """A caselaw database.  ``Store(":memory:")`` for tests."""

    def __init__(self, path: str | os.PathLike[str] = "caselaw.db") -> None:
        self.path = str(path)
        self.db = connection.open_database(self.path)

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
        return judgments.put_document(self.db, doc)

    def has_document(self, sha256: str) -> bool:
        return judgments.has_document(self.db, sha256)

    def get_document(self, sha256: str) -> Document | None:
        return judgments.get_document(self.db, sha256)

    def put_judgment(self, judgment: Judgment, *, url: str = "", title: str = "") -> bool:
        """Upsert a judgment; return True if it was new or its text or metadata changed.

        A changed text drops the judgment's facts so the next extract reads it again.
        """
        return judgments.put_judgment(self.db, judgment, url=url, title=title)

    def has_judgment(self, judgment_id: str) -> bool:
        return judgments.has_judgment(self.db, judgment_id)

    def judgment_fingerprint(self, judgment_id: str) -> tuple[str, str] | None:
        """(text sha256, metadata JSON) of a stored judgment: tells new, updated, unchanged."""
        return judgments.judgment_fingerprint(self.db, judgment_id)

    def get_judgment(self, judgment_id: str) -> Judgment | None:
        return judgments.get_judgment(self.db, judgment_id)

    def judgment_ids(self, *, pending_for: Mapping[str, str] | None = None) -> list[str]:
        """All judgment ids, or only those not yet extracted with ``pending_for`` versions."""
        return judgments.judgment_ids(self.db, pending_for=pending_for)

    def count(self, table: str) -> int:
        return connection.count(self.db, table)

    # -- facts ---------------------------------------------------------------------

    def put_extraction(self, extraction: Extraction, *, force: bool = False) -> bool:
        """Replace a judgment's facts in one transaction; no-op if these versions ran."""
        jid = extraction.judgment_id
        key = versions_key(extraction.versions)
        if facts.stored_versions_key(self.db, jid) == key and not force:
            return False
        with self.db.atomic():
            facts.delete_facts(self.db, jid)
            _insert_facts(self.db, extraction)
            facts.record_extraction(self.db, extraction, key)
            for err in extraction.errors:
                errorlog.record_error(self.db, err)
            failed = {e.stage for e in extraction.errors}
            errorlog.clear_errors(self.db, jid, "extract", keep=failed)
        return True

    def rows(self, table: str, **where: Any) -> list[dict[str, Any]]:
        """Rows of one table, filtered by equality on columns (parameterised)."""
        return connection.rows(self.db, table, where)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Read-only SQL for the dataset layer (datasets/ builds tables on this)."""
        return list(self.db.query(sql, list(params)))

    # -- errors --------------------------------------------------------------------

    def record_error(self, source: str, stage: str, exc: BaseException | StageError) -> None:
        with self.db.atomic():
            errorlog.record_error(self.db, errorlog.stage_error(source, stage, exc))

    def clear_errors(self, source: str, stage: str) -> None:
        """Forget errors of ``source`` at ``stage`` (or any stage that starts with it)."""
        errorlog.clear_errors(self.db, source, stage)

    def errors(self, *, stage: str | None = None) -> list[ErrorRecord]:
        return errorlog.list_errors(self.db, stage=stage)

    # -- scrape state ---------------------------------------------------------------

    def get_state(self, portal: str, query: str) -> ScrapeState | None:
        return scrape.get_state(self.db, portal, query)

    def set_state(self, state: ScrapeState) -> None:
        """Store a job's cursor and high-water mark.

        ``updated_at`` records when the high-water mark last moved, so a run that
        found nothing new leaves the row exactly as it was.
        """
        scrape.set_state(self.db, state)

    def get_item(self, portal: str, portal_id: str) -> dict[str, Any] | None:
        return scrape.get_item(self.db, portal, portal_id)

    def put_item(self, portal: str, portal_id: str, **fields: Any) -> None:
        """Record what happened to one portal item (status, document, validators)."""
        scrape.put_item(self.db, portal, portal_id, fields)

    @contextlib.contextmanager
    def lock(self, name: str) -> Iterator[None]:
        """Hold a named lock in the DB for the duration; a stale holder is replaced.

        Raises LockedError if a live process on this host holds it.
        """
        with scrape.lock(self.db, self.path, name):
            yield
