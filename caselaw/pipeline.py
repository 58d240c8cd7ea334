"""The verbs of caselaw: ingest, extract, and the glue between stages.

Each function here is what a CLI command of the same name runs.  One bad
document never aborts a batch: its failure becomes an ``errors`` row naming
the document and the stage, and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import mimetypes
import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caselaw.config import Settings, load_settings
from caselaw.errors import CaselawError, DocumentTooLargeError, IngestError
from caselaw.models import CourtLevel, Document, Judgment, OffsetMap
from caselaw.storage import MEMORY, Store

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
    jobs: int = 1,
) -> ExtractReport:
    """Run the extractors over stored judgments not yet read by the current versions.

    ``all=True`` re-reads every judgment.  Each judgment's facts are replaced in one
    transaction; a failure is recorded as an error and the batch goes on.

    ``jobs > 1`` reads judgments in that many worker processes (extraction is CPU-bound
    and pure).  Each worker reads its judgment from the database file and writes the
    facts back in its own transaction, so only judgment ids cross between processes and
    a crash loses at most the judgments in flight.  Scripts that call this with
    ``jobs > 1`` need the ``if __name__ == "__main__":`` guard that Python's
    ``spawn`` start method asks for (notebooks and the CLI need nothing).
    """
    from caselaw.extractors import VERSIONS

    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    store = open_store(db, settings)
    if jobs > 1 and store.path == MEMORY:
        raise ValueError("jobs > 1 needs a database file; an in-memory store is one process's")
    ids = store.judgment_ids(pending_for=None if all else VERSIONS)
    outcomes = _in_workers(store, ids, jobs, all) if jobs > 1 else _here(store, ids, all)
    counts: Counter[str] = Counter()
    for jid, outcome in outcomes:
        counts[outcome] += 1
        if progress:
            progress(jid)
    return ExtractReport(
        judgments=len(ids),
        extracted=counts[EXTRACTED],
        unchanged=len(ids) - counts[EXTRACTED] - counts[FAILED],
        failed=counts[FAILED],
    )


EXTRACTED, UNCHANGED, FAILED, GONE = "extracted", "unchanged", "failed", "gone"


def extract_and_store(store: Store, jid: str, force: bool) -> str:
    """Extract one stored judgment and store its facts (or its error); says which happened."""
    from caselaw.extractors import extract as run_extractors

    judgment = store.get_judgment(jid)
    if judgment is None:  # deleted meanwhile
        return GONE
    try:
        extraction = run_extractors(judgment)
    except Exception as exc:  # noqa: BLE001 - one judgment must not abort the batch
        store.record_error(jid, "extract", exc)
        log.info("extract failed: %s: %s", jid, exc)
        return FAILED
    return EXTRACTED if store.put_extraction(extraction, force=force) else UNCHANGED


def _here(store: Store, ids: list[str], force: bool) -> Iterator[tuple[str, str]]:
    for jid in ids:
        yield jid, extract_and_store(store, jid, force)


_worker_store: Store | None = None
"""The database a worker process of :func:`_in_workers` opened (one per process)."""


def _open_worker_store(path: str) -> None:
    global _worker_store
    _worker_store = Store(path)


def _work(jid: str, force: bool) -> str:
    assert _worker_store is not None, "a worker runs _open_worker_store first"
    return extract_and_store(_worker_store, jid, force)


def _in_workers(
    store: Store, ids: list[str], jobs: int, force: bool, work: Callable[[str, bool], str] = _work
) -> Iterator[tuple[str, str]]:
    """``work`` (module-level, picklable) for each id in ``jobs`` processes, as they finish.

    At most ``2 * jobs`` ids are in flight.  A worker that dies (killed, out of memory)
    fails the judgments it held: this process records their errors and starts a new pool
    for the rest, so the batch goes on.
    """
    spawn = multiprocessing.get_context("spawn")  # no fork of a process that may run threads
    pending = iter(ids)
    carry: list[str] = []  # the id a broken pool refused
    while True:
        broken = False
        with ProcessPoolExecutor(
            jobs, mp_context=spawn, initializer=_open_worker_store, initargs=(store.path,)
        ) as pool:
            running: dict[Future[str], str] = {}
            for jid in itertools.chain(carry, pending):
                carry = []
                try:
                    running[pool.submit(work, jid, force)] = jid
                except BrokenProcessPool:
                    carry, broken = [jid], True
                    break
                if len(running) >= 2 * jobs:
                    yield from _finished(store, running, FIRST_COMPLETED)
            while running:
                yield from _finished(store, running, ALL_COMPLETED)
        if not broken:
            return


def _finished(
    store: Store, running: dict[Future[str], str], until: str
) -> Iterator[tuple[str, str]]:
    done, _ = wait(running, return_when=until)
    for future in done:
        jid = running.pop(future)
        try:
            yield jid, future.result()
        except Exception as exc:  # noqa: BLE001 - the worker died or could not store
            store.record_error(jid, "extract", exc)
            log.info("extract failed: %s: %s", jid, exc)
            yield jid, FAILED


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
