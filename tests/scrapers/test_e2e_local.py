"""End to end over real HTTP on 127.0.0.1: incremental runs, SIGKILL resume, politeness.

Time is measured at the server (arrival of each request).  Only lower bounds
are asserted (a sleep can be longer, never shorter), so a slow machine cannot
make these tests fail.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from localserver import LocalServer

from caselaw.config import Settings
from caselaw.scrapers._base import Query
from caselaw.scrapers._http import Fetcher
from caselaw.scrapers.jobs import EXIT_NOTHING_NEW, EXIT_OK, ScrapeOptions, ScrapeReport, scrape
from caselaw.scrapers.replay import ReplayPortal
from caselaw.storage import Store

SETTINGS = Settings(contact="tests@example.org", min_delay=0.0, timeout=10.0)
SLACK = 0.05  # the client stamps a request before the server sees it


def run(server: LocalServer, store: Store, settings: Settings = SETTINGS) -> ScrapeReport:
    return scrape(
        ReplayPortal(server.url),
        Query(),
        store=store,
        settings=settings,
        options=ScrapeOptions(allow_private=True),
    )


def documents(server: LocalServer) -> list[str]:
    return [h.path for h in server.hits("/judgments/")]


def test_incremental_rerun_fetches_only_what_is_new() -> None:
    store = Store(":memory:")
    with LocalServer(items=12, page_size=5) as server:
        first = run(server, store)
        assert (first.new, first.pages, first.exit_code) == (12, 3, EXIT_OK)
        before = len(documents(server))
        second = run(server, store)
        assert (second.new, second.exit_code) == (0, EXIT_NOTHING_NEW)
        assert len(documents(server)) == before  # not one judgment requested again
        server.add("late1")
        third = run(server, store)
        assert documents(server)[before:] == ["/judgments/late1.txt"]
        assert (third.new, third.exit_code) == (1, EXIT_OK)


def _snapshot(db: Path) -> tuple[object, ...]:
    store = Store(db)
    try:
        judgments = store.query(
            "select id, text_sha256, document_sha256, decision_date from judgments order by id"
        )
        docs = store.query("select sha256, size from documents order by sha256")
        items = store.query(
            "select portal_id, status, document_sha256 from scrape_items order by portal_id"
        )
        state = store.query("select portal, query, cursor, high_water from scrape_state")
        return judgments, docs, items, state, store.errors(), store.query("select * from locks")
    finally:
        store.close()


def _runner(tmp_path: Path, url: str, db: Path) -> subprocess.Popen[bytes]:
    """``caselaw scrape replay --base-url URL`` in a fresh process (the cron path)."""
    env = {
        **os.environ,
        "CASELAW_MIN_DELAY": "0",
        "CASELAW_CONCURRENCY": "2",
        "CASELAW_CONTACT": "tests@example.org",
    }
    argv = ["-m", "caselaw", "--db", str(db), "-q", "scrape", "replay", "--base-url", url]
    return subprocess.Popen(
        [sys.executable, *argv],
        cwd=tmp_path,  # no stray ./caselaw.toml
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _scrape_file(url: str, db: Path) -> int:
    """The runner's scrape, in this process (same code path, no interpreter start-up)."""
    store = Store(db)
    try:
        settings = replace(SETTINGS, concurrency=2)
        portal = ReplayPortal(url)
        options = ScrapeOptions(allow_private=True)
        return scrape(portal, Query(), store=store, settings=settings, options=options).exit_code
    finally:
        store.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, ...]:
    """The DB an uninterrupted run leaves (the server's content is deterministic)."""
    db = tmp_path_factory.mktemp("reference") / "reference.db"
    with LocalServer(items=24, page_size=7) as server:
        assert _scrape_file(server.url, db) == EXIT_OK
    return _snapshot(db)


@pytest.mark.parametrize("kill_after", [4, 17])
def test_resume_after_sigkill_equals_an_uninterrupted_run(
    tmp_path: Path, kill_after: int, reference: tuple[object, ...]
) -> None:
    killed = tmp_path / "killed.db"
    with LocalServer(items=24, page_size=7, latency=0.01) as server:
        proc = _runner(tmp_path, server.url, killed)
        deadline = time.monotonic() + 30
        while len(documents(server)) < kill_after and proc.poll() is None:
            assert time.monotonic() < deadline, "the runner made no progress"
            time.sleep(0.002)
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL  # reaped: its lock is now stale
        stored = _snapshot(killed)[0]
        assert 0 < len(stored) < 24  # type: ignore[arg-type]
        assert _scrape_file(server.url, killed) == EXIT_OK
    assert _snapshot(killed) == reference


def test_robots_disallow_is_obeyed_end_to_end() -> None:
    store = Store(":memory:")
    robots = "User-agent: *\nDisallow: /judgments/\n"
    with LocalServer(items=5, robots=robots) as server:
        report = run(server, store)
        assert documents(server) == []  # listing allowed, judgments never requested
    assert report.new == 0 and report.failed >= 3 and "blocked" in (report.error or "")
    assert all(e.kind == "BlockedError" for e in store.errors(stage="scrape"))


def test_429_retry_after_is_honoured_for_the_whole_host() -> None:
    store = Store(":memory:")
    with LocalServer(items=4, page_size=10) as server:
        server.fail("/judgments/d0003.txt", 429, Retry_After="1")
        report = run(server, store)
        hits = server.hits()
    assert report.new == 4 and report.failed == 0
    throttled = next(i for i, h in enumerate(hits) if h.path == "/judgments/d0003.txt")
    after = hits[throttled + 1 :]
    assert [h.path for h in after].count("/judgments/d0003.txt") == 1  # retried once
    assert all(h.at - hits[throttled].at >= 1.0 - SLACK for h in after)


def test_crawl_delay_spaces_requests_and_hosts_run_in_parallel() -> None:
    robots = "User-agent: *\nCrawl-delay: 0.3\n"
    settings = replace(SETTINGS, min_delay=0.1)
    paths = [f"/judgments/d{i:04d}.txt" for i in range(1, 5)]

    async def crawl(urls: list[str]) -> None:
        async with Fetcher(settings, allow_private=True) as fetcher:
            await asyncio.gather(*(fetcher.get(u) for u in urls))

    with (
        LocalServer(items=4, robots=robots, host="127.0.0.1") as a,
        LocalServer(items=4, robots=robots, host="127.0.0.2") as b,
    ):
        asyncio.run(crawl([s.url + p for p in paths for s in (a, b)]))
        hits_a, hits_b = a.hits(), b.hits()
    for hits in (hits_a, hits_b):
        assert [h.path for h in hits][0] == "/robots.txt" and len(hits) == 5
        gaps = [later.at - earlier.at for earlier, later in zip(hits, hits[1:], strict=False)]
        assert all(gap >= 0.3 - SLACK for gap in gaps), gaps
    # The hosts did not wait for each other: b started long before a finished.
    assert hits_b[1].at < hits_a[-1].at and hits_a[1].at < hits_b[-1].at
