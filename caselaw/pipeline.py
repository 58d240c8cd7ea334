"""The verbs of caselaw: ingest, extract, and the glue between stages.

Each function here is what a CLI command of the same name runs.  One bad
document never aborts a batch: its failure becomes an ``errors`` row naming
the document and the stage, and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
import mimetypes
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caselaw.config import Settings, load_settings
from caselaw.errors import CaselawError, DocumentTooLargeError, IngestError
from caselaw.models import CourtLevel, Document, Judgment, OffsetMap
from caselaw.storage import Store

log = logging.getLogger(__name__)

Progress = Callable[[str], None]

_SKIP_SUFFIXES = {".json", ".md", ".yaml", ".yml", ".db", ".py"}


@dataclass(frozen=True, slots=True)
class IngestReport:
    seen: int
    new: int
    unchanged: int
    failed: int


@dataclass(frozen=True, slots=True)
class ExtractReport:
    judgments: int
    extracted: int
    unchanged: int
    failed: int


def open_store(db: str | Store | None = None, settings: Settings | None = None) -> Store:
    if isinstance(db, Store):
        return db
    settings = settings or load_settings()
    return Store(db or settings.db)


def add_document(
    store: Store,
    document: Document,
    *,
    portal: str,
    portal_id: str,
    text: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    settings: Settings | None = None,
) -> Judgment:
    """Store raw bytes once, turn them into a Judgment and upsert it, in one transaction.

    ``text`` is given when the portal already served clean text (an API field);
    otherwise the document is read by ``caselaw.text.read_document``.  Portal
    ``metadata`` wins over what the document itself says.  Raises IngestError.
    """
    from caselaw.text import read_document

    source = document.source_url
    meta: dict[str, Any] = {}
    if text is None:
        clean = read_document(document.content, source, document.media_type, settings=settings)
        text, offsets = clean.text, clean.offsets
        meta.update(clean.metadata)
    else:
        offsets = OffsetMap()
    if not text.strip():
        raise IngestError(source, "no text in document")
    meta.update({k: v for k, v in (metadata or {}).items() if v not in (None, "")})
    meta["portal_id"] = portal_id
    judgment = _judgment(f"{portal}:{portal_id}", portal, text, offsets, document, meta)
    with store.transaction():
        store.put_document(document)
        store.put_judgment(judgment, url=document.source_url, title=str(meta.get("title", "")))
        store.clear_errors(source, "ingest")
    return judgment


def _judgment(
    jid: str,
    portal: str,
    text: str,
    offsets: OffsetMap,
    document: Document,
    meta: Mapping[str, Any],
) -> Judgment:
    level = meta.get("court_level")
    return Judgment(
        id=jid,
        portal=portal,
        text=text,
        jurisdiction=meta.get("jurisdiction"),
        court=meta.get("court"),
        court_level=CourtLevel(level) if level in set(CourtLevel) else None,
        case_name=meta.get("case_name") or meta.get("title"),
        docket=meta.get("docket"),
        decision_date=_date(meta.get("decision_date") or meta.get("date")),
        language=meta.get("language") or "en",
        offsets=offsets,
        document_sha256=document.sha256,
        source_url=document.source_url,
        metadata={k: v for k, v in meta.items() if _jsonable(v)},
    )


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _jsonable(value: Any) -> bool:
    return isinstance(value, str | int | float | bool | list | dict | type(None) | dt.date)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under ``paths`` (folders walked in sorted order; hidden files skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                parts = child.relative_to(path).parts
                hidden = any(p.startswith(".") for p in parts)
                if child.is_file() and not hidden and child.suffix.lower() not in _SKIP_SUFFIXES:
                    yield child
        else:
            yield path


def _read_capped(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing one larger than ``limit`` without reading it."""
    if path.stat().st_size > limit:
        raise DocumentTooLargeError(str(path), f"file larger than the {limit}-byte cap")
    return path.read_bytes()


def ingest(
    paths: Iterable[str | Path],
    *,
    db: str | Store | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read judgment files into the DB as portal ``local``, keyed by content hash."""
    settings = settings or load_settings()
    store = open_store(db, settings)
    seen = new = failed = 0
    for path in iter_files(paths):
        seen += 1
        source = str(path)
        try:
            content = _read_capped(path, settings.max_document_bytes)
        except (OSError, IngestError) as exc:
            if isinstance(exc, OSError):
                exc = IngestError(source, f"cannot read: {exc}")
            store.record_error(source, "ingest", exc)
            failed += 1
            continue
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        document = Document.from_bytes(content, media_type, source)
        known = store.has_judgment(f"local:{document.sha256[:16]}")
        try:
            add_document(
                store,
                document,
                portal="local",
                portal_id=document.sha256[:16],
                metadata={"title": path.stem, "filename": path.name},
                settings=settings,
            )
        except Exception as exc:  # noqa: BLE001 - one bad file must not abort the batch
            store.record_error(source, "ingest", exc)
            failed += 1
            log.info("ingest failed: %s: %s", source, exc)
        else:
            new += not known
        if progress:
            progress(source)
    return IngestReport(seen=seen, new=new, unchanged=seen - new - failed, failed=failed)


def extract(
    *,
    db: str | Store | None = None,
    settings: Settings | None = None,
    all: bool = False,
    progress: Progress | None = None,
) -> ExtractReport:
    """Run the extractors over stored judgments not yet read by the current versions.

    ``all=True`` re-reads every judgment.  Each judgment's facts are replaced in one
    transaction; a failure is recorded as an error and the batch goes on.
    """
    from caselaw.extractors import VERSIONS
    from caselaw.extractors import extract as run_extractors

    store = open_store(db, settings)
    ids = store.judgment_ids(pending_for=None if all else VERSIONS)
    extracted = failed = 0
    for jid in ids:
        judgment = store.get_judgment(jid)
        if judgment is None:  # deleted meanwhile
            continue
        try:
            extraction = run_extractors(judgment)
            if store.put_extraction(extraction, force=all):
                extracted += 1
        except Exception as exc:  # noqa: BLE001 - one judgment must not abort the batch
            store.record_error(jid, "extract", exc)
            failed += 1
            log.info("extract failed: %s: %s", jid, exc)
        if progress:
            progress(jid)
    return ExtractReport(
        judgments=len(ids),
        extracted=extracted,
        unchanged=len(ids) - extracted - failed,
        failed=failed,
    )


def extract_files(
    paths: Iterable[str | Path], *, settings: Settings | None = None
) -> Iterator[dict[str, Any]]:
    """Extract from files without a DB; yields one contract object per input file.

    A file that cannot be read yields ``{"source": path, "error": {"kind", "message"}}``.
    """
    from caselaw.contract import to_contract
    from caselaw.extractors import extract as run_extractors
    from caselaw.text import read_document

    settings = settings or load_settings()
    for path in iter_files(paths):
        source = str(path)
        try:
            content = _read_capped(path, settings.max_document_bytes)
            media_type = mimetypes.guess_type(path.name)[0]
            clean = read_document(content, source, media_type, settings=settings)
            document = Document.from_bytes(content, clean.media_type, source)
            judgment = _judgment(
                f"file:{path.name}", "file", clean.text, clean.offsets, document, clean.metadata
            )
            yield to_contract(run_extractors(judgment), judgment, source)
        except (OSError, CaselawError) as exc:
            yield {"source": source, "error": {"kind": type(exc).__name__, "message": str(exc)}}


def errors(*, db: str | Store | None = None, stage: str | None = None) -> list[Any]:
    """Recorded failures, one per document and stage."""
    return open_store(db).errors(stage=stage)
