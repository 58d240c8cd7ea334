"""The loop of one portal's scrape run (used by ``caselaw.scrapers.jobs``).

``run_portal`` takes the portal's lock, reads its listing page by page, and
for each judgment fetches, parses and stores it in one transaction, keeping
the tally that becomes a ``ScrapeReport``.  The guarantees are listed in
``jobs.py``'s docstring and docs/scheduling.md.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any
from urllib.parse import urlsplit

import httpx

from caselaw.errors import BlockedError, CaselawError
from caselaw.models import Document, JudgmentRef
from caselaw.scrapers._base import Parsed, Portal, Query
from caselaw.scrapers._http import Fetcher, Response
from caselaw.storage import ScrapeState, Store

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_PARTIAL = 3
EXIT_NOTHING_NEW = 4
BLOCKED_STREAK = 3  # this many BlockedErrors in a row on documents stop the portal's run

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class ScrapeReport:
    """What one portal's run did; ``exit_code`` is the process exit code for it alone."""

    portal: str
    query: str
    listed: int  # refs read from listings (deduplicated, within since/until)
    fetched: int  # judgments downloaded (200 responses)
    new: int  # judgments that were not in the DB
    updated: int  # judgments whose text or metadata changed
    unchanged: int  # 304 Not Modified, or the same bytes again
    skipped: int  # already stored; not requested
    failed: int  # errors recorded in the DB (``caselaw errors --stage scrape``)
    pages: int  # listing pages read
    requests: int  # HTTP requests sent (robots.txt and retries included)
    complete: bool  # the whole listing was read (no limit hit, no listing error)
    high_water: str | None  # newest decision date stored, after this run
    error: str | None  # why the run stopped early, if it did
    seconds: float
    exit_code: int

    def __str__(self) -> str:
        text = (
            f"{self.portal}: {self.listed} listed, {self.fetched} fetched, {self.new} new, "
            f"{self.updated} updated, {self.unchanged} unchanged, {self.skipped} skipped, "
            f"{self.failed} failed in {self.seconds:.1f} s (exit {self.exit_code})"
        )
        return f"{text}; stopped: {self.error}" if self.error else text


@dataclass(frozen=True, slots=True)
class ScrapeOptions:
    """How a scrape run behaves; the defaults are what ``caselaw scrape`` does without flags."""

    since_last: bool = False  # list only from the stored high-water mark on (``--since last``)
    revalidate: bool = False  # conditional GET for items already stored (``--revalidate``)
    log_json: bool = False  # one JSON line per judgment and a summary on stdout (``--log-json``)
    progress: Progress | None = None  # called with each judgment id when it is done
    # the Fetcher's (``scrape``, ``scrape_all`` and ``scrape_async`` without a fetcher)
    allow_private: bool = False  # trust every address, loopback included (tests, own servers)
    polite: bool = True  # robots.txt and per-host spacing; off only for benchmarks and tests
    transport: httpx.AsyncBaseTransport | None = None  # e.g. httpx.MockTransport, a proxy


async def run_portal(
    portal: Portal, query: Query, store: Store, fetcher: Fetcher, opts: ScrapeOptions
) -> ScrapeReport:
    """One portal's run under its lock, with a shared ``fetcher``."""
    run = _Run(portal, query, store, fetcher, opts)
    try:
        with store.lock(f"scrape:{portal.id}"):
            await run.go()
    except Exception as exc:  # locked, a portal that cannot list (config), or a portal bug
        if not isinstance(exc, CaselawError):
            log.warning("%s: run failed", portal.id, exc_info=True)
        run.error = str(exc) or type(exc).__name__
    report = run.report()
    if opts.log_json:
        _emit({"event": "summary", **asdict(report)})
    log.info("%s", report)
    return report


class _Run:
    """The mutable tally of one portal's run; ``report()`` freezes it."""

    def __init__(
        self, portal: Portal, query: Query, store: Store, fetcher: Fetcher, opts: ScrapeOptions
    ) -> None:
        self.portal, self.query, self.store, self.fetcher = portal, query, store, fetcher
        self.opts = opts
        self.settings = fetcher.settings
        self.started = time.monotonic()
        self.requests_before = fetcher.requests
        self.counts = dict.fromkeys(
            ("listed", "fetched", "new", "updated", "unchanged", "skipped", "failed", "pages"), 0
        )
        self.claimed = 0
        self.limit_hit = False
        self.complete = False
        self.error: str | None = None
        self.blocked_streak = 0
        self.seen: set[str] = set()
        self.ok_dates: list[str] = []
        self.failed_dates: list[str] = []
        state = store.get_state(portal.id, query.key)
        self.high_water = state.high_water if state else None

    # -- listing ----------------------------------------------------------------------

    async def go(self) -> None:
        query = self.query
        if self.opts.since_last and query.since is None and self.high_water:
            query = replace(query, since=dt.date.fromisoformat(self.high_water[:10]))
        for first in self.portal.listing_urls(query):
            if not await self._listing(first, query):
                return
            if self.limit_hit:
                break
        self.complete = not self.limit_hit
        self._save_state(cursor=None)

    async def _listing(self, url: str | None, query: Query) -> bool:
        """Read one listing and its next pages; False if the run must stop."""
        visited: set[str] = set()
        while url and url not in visited and not self.limit_hit:
            visited.add(url)
            self._save_state(cursor=url)
            try:
                response = await self.fetcher.get(url, headers=_credentials(self.portal, url))
                listing = self.portal.parse_listing(response.content, response.url)
            except Exception as exc:  # a parser bug is recorded like any listing failure
                self.store.record_error(url, "scrape", exc)
                self.error = f"listing failed: {exc}"
                unexpected = not isinstance(exc, CaselawError)
                log.warning(
                    "%s: listing failed, run stopped: %s", self.portal.id, exc, exc_info=unexpected
                )
                return False
            self.store.clear_errors(url, "scrape")
            self.counts["pages"] += 1
            refs = [r for r in listing.refs if self._wanted(r, query)]
            self.counts["listed"] += len(refs)
            await asyncio.gather(*(self._item(ref) for ref in refs))
            if self.error:
                return False
            url = listing.next_url
        return True

    def _wanted(self, ref: JudgmentRef, query: Query) -> bool:
        if ref.portal_id in self.seen:
            return False
        if ref.date is not None:
            if query.since and ref.date < query.since:
                return False
            if query.until and ref.date > query.until:
                return False
        self.seen.add(ref.portal_id)
        return True

    # -- one judgment -----------------------------------------------------------------

    async def _item(self, ref: JudgmentRef) -> None:
        if self.error:
            return
        item = self.store.get_item(self.portal.id, ref.portal_id)
        stored = item if item is not None and item.get("status") == "stored" else None
        if stored and not self.opts.revalidate:
            self.counts["skipped"] += 1
            self._dated(ref, ok=True)
            return
        if self.query.limit is not None and self.claimed >= self.query.limit:
            self.limit_hit = True
            return
        self.claimed += 1
        url = ref.url
        try:
            url = self.portal.document_url(ref)
            status, document = await self._fetch_and_store(ref, url, stored)
        except Exception as exc:  # one bad judgment (or a parser bug on it) never stops the batch
            if not isinstance(exc, CaselawError):
                log.warning("%s: unexpected error on %s", self.portal.id, url, exc_info=True)
            self._failed(ref, url, exc)
            return
        self.blocked_streak = 0
        self.counts[status] += 1
        self._dated(ref, ok=True)
        self._judgment_done(ref, url, status, document=document)

    async def _fetch_and_store(
        self, ref: JudgmentRef, url: str, stored: Mapping[str, Any] | None
    ) -> tuple[str, Document | None]:
        portal, store = self.portal, self.store
        response = await self.fetcher.get(
            url,
            headers=_credentials(portal, url),
            etag=stored.get("etag") if stored else None,
            last_modified=stored.get("last_modified") if stored else None,
        )
        now = _now()
        if response.not_modified:
            store.put_item(portal.id, ref.portal_id, fetched_at=now)
            return "unchanged", None
        self.counts["fetched"] += 1
        parsed = portal.parse_document(response.content, response.media_type, ref)
        body, text = response, parsed.text
        if parsed.follow_url:
            body = await self.fetcher.get(
                parsed.follow_url, headers=_credentials(portal, parsed.follow_url)
            )
            text = None
        media_type = (parsed.media_type if body is not response else None) or body.media_type
        document = Document.from_bytes(body.content, media_type or "", body.url)
        jid = f"{portal.id}:{ref.portal_id}"
        before = self.store.judgment_fingerprint(jid)
        self._store(ref, url, response, document, text, _metadata(ref, parsed), now)
        after = self.store.judgment_fingerprint(jid)
        if before is None:
            return "new", document
        return ("unchanged" if before == after else "updated"), document

    def _store(
        self,
        ref: JudgmentRef,
        url: str,
        response: Response,
        document: Document,
        text: str | None,
        metadata: dict[str, Any],
        now: str,
    ) -> None:
        """The judgment, its scrape item and the cleared errors, in one transaction."""
        from caselaw.pipeline import add_document

        store = self.store
        with store.transaction():
            judgment = add_document(
                store,
                document,
                portal=self.portal.id,
                portal_id=ref.portal_id,
                text=text,
                metadata=metadata,
                settings=self.settings,
            )
            store.put_item(
                self.portal.id,
                ref.portal_id,
                url=url,
                status="stored",
                document_sha256=document.sha256,
                judgment_id=judgment.id,
                etag=response.etag,
                last_modified=response.last_modified,
                fetched_at=now,
            )
            store.clear_errors(url, "scrape")

    def _failed(self, ref: JudgmentRef, url: str, exc: Exception) -> None:
        self.counts["failed"] += 1
        self._dated(ref, ok=False)
        with self.store.transaction():
            self.store.record_error(url, "scrape", exc)
            self.store.put_item(
                self.portal.id, ref.portal_id, url=url, status="failed", fetched_at=_now()
            )
        self._judgment_done(ref, url, "failed", error=str(exc))
        if isinstance(exc, BlockedError):
            self.blocked_streak += 1
            if self.blocked_streak >= BLOCKED_STREAK and not self.error:
                self.error = f"{BLOCKED_STREAK} judgments in a row blocked; last: {exc}"

    def _judgment_done(
        self,
        ref: JudgmentRef,
        url: str,
        status: str,
        *,
        document: Document | None = None,
        error: str | None = None,
    ) -> None:
        jid = f"{self.portal.id}:{ref.portal_id}"
        if error:
            log.info("%s %s: %s", status, jid, error)
        else:
            log.info("%s %s <%s>", status, jid, url)
        if self.opts.log_json:
            line: dict[str, Any] = {
                "ts": _now(),
                "event": "judgment",
                "portal": self.portal.id,
                "portal_id": ref.portal_id,
                "judgment_id": jid,
                "status": status,
                "url": url,
                "date": ref.date.isoformat() if ref.date else None,
            }
            if document is not None:
                line.update(sha256=document.sha256, bytes=len(document.content))
            if error:
                line["error"] = error
            _emit(line)
        if self.opts.progress:
            self.opts.progress(jid)

    # -- state and report -------------------------------------------------------------

    def _dated(self, ref: JudgmentRef, *, ok: bool) -> None:
        if ref.date is not None:
            (self.ok_dates if ok else self.failed_dates).append(ref.date.isoformat())

    def _save_state(self, *, cursor: str | None) -> None:
        high_water = self.high_water
        if cursor is None and self.complete and self.ok_dates:
            newest = max(self.ok_dates)
            if self.failed_dates:  # never past a failed item: since_last must list it again
                newest = min(newest, min(self.failed_dates))
            high_water = max(filter(None, (high_water, newest)))
            self.high_water = high_water
        self.store.set_state(ScrapeState(self.portal.id, self.query.key, cursor, high_water))

    def report(self) -> ScrapeReport:
        c = self.counts
        return ScrapeReport(
            portal=self.portal.id,
            query=self.query.key,
            listed=c["listed"],
            fetched=c["fetched"],
            new=c["new"],
            updated=c["updated"],
            unchanged=c["unchanged"],
            skipped=c["skipped"],
            failed=c["failed"],
            pages=c["pages"],
            requests=self.fetcher.requests - self.requests_before,
            complete=self.complete,
            high_water=self.high_water,
            error=self.error,
            seconds=round(time.monotonic() - self.started, 3),
            exit_code=_exit_code(c, self.error),
        )


def _exit_code(c: Mapping[str, int], error: str | None) -> int:
    worked = c["new"] + c["updated"] + c["unchanged"]
    if error or c["failed"]:
        return EXIT_PARTIAL if worked else EXIT_FAILURE
    return EXIT_OK if c["new"] + c["updated"] else EXIT_NOTHING_NEW


def _metadata(ref: JudgmentRef, parsed: Parsed) -> dict[str, Any]:
    meta: dict[str, Any] = {**ref.metadata, **parsed.metadata}
    date = parsed.decision_date or ref.date
    fields = {
        "title": ref.title or parsed.case_name,
        "case_name": parsed.case_name or ref.title,
        "jurisdiction": parsed.jurisdiction,
        "court": parsed.court,
        "court_level": parsed.court_level,
        "docket": parsed.docket,
        "decision_date": date.isoformat() if date else None,
        "language": parsed.language,
    }
    meta.update({k: v for k, v in fields.items() if v not in (None, "")})
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in meta.items()}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _emit(line: Mapping[str, Any]) -> None:
    sys.stdout.write(json.dumps(line, default=str, sort_keys=True) + "\n")
    sys.stdout.flush()


def _credentials(portal: Portal, url: str) -> dict[str, str]:
    """The portal's headers (an API token) go only to the portal's own host."""
    same = urlsplit(url).netloc.lower() == urlsplit(portal.base_url).netloc.lower()
    return portal.headers() if same else {}
