"""The scrape runner on an in-memory DB against httpx.MockTransport (no network)."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from caselaw.config import Settings
from caselaw.errors import ConfigError
from caselaw.models import JudgmentRef
from caselaw.replay_server import ReplayEntry, listing_page
from caselaw.scrapers._base import Parsed, Query
from caselaw.scrapers._http import Fetcher
from caselaw.scrapers.jobs import (
    EXIT_FAILURE,
    EXIT_NOTHING_NEW,
    EXIT_OK,
    EXIT_PARTIAL,
    ScrapeOptions,
    ScrapeReport,
    enabled_portals,
    exit_code,
    scrape,
    scrape_all,
    scrape_async,
)
from caselaw.scrapers.replay import ReplayPortal
from caselaw.storage import Store

BASE = "https://replay.test"
SETTINGS = Settings(contact="tests@example.org", min_delay=0.0, max_retries=0)


@dataclass
class FakeReplay:
    """Serves the replay listing format from memory; counts requests per path."""

    texts: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (date, text)
    page_size: int = 2
    broken: set[str] = field(default_factory=set)  # ids answering 404
    challenged: set[str] = field(default_factory=set)  # ids answering a challenge page
    listing_body: bytes | None = None
    robots: bytes = b"User-agent: *\nAllow: /\n"
    log: list[httpx.Request] = field(default_factory=list)

    def add(self, jid: str, date: str, text: str | None = None) -> None:
        self.texts[jid] = (date, text or f"Judgment {jid}. The accused was convicted.")

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.log.append(request)
        path = request.url.path
        if path == "/robots.txt":
            return httpx.Response(200, content=self.robots)
        if path == "/judgments":
            if self.listing_body is not None:
                return httpx.Response(200, content=self.listing_body)
            params = {k: v[-1] for k, v in parse_qs(request.url.query.decode()).items()}
            entries = [
                ReplayEntry(j, _path(j), f"People v. {j}", d, (("court_level", "trial"),))
                for j, (d, _) in sorted(self.texts.items(), key=lambda kv: kv[1][0], reverse=True)
            ]
            return httpx.Response(200, json=listing_page(entries, params, self.page_size))
        jid = path.rsplit("/", 1)[-1].removesuffix(".txt")
        if jid in self.broken or jid not in self.texts:
            return httpx.Response(404)
        if jid in self.challenged:
            return httpx.Response(403, text="<title>Just a moment...</title>")
        body = self.texts[jid][1].encode()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("if-none-match") == etag:
            return httpx.Response(304, headers={"ETag": etag})
        headers = {"Content-Type": "text/plain; charset=utf-8", "ETag": etag}
        return httpx.Response(200, content=body, headers=headers)

    def documents_requested(self) -> list[str]:
        return [p for r in self.log if (p := r.url.path).startswith("/judgments/")]


def _path(jid: str):  # type: ignore[no-untyped-def]
    from pathlib import Path

    return Path(f"{jid}.txt")


def run(
    site: FakeReplay,
    store: Store,
    query: Query | None = None,
    settings: Settings = SETTINGS,
    **options: Any,
) -> ScrapeReport:
    site.log.clear()
    return scrape(
        ReplayPortal(BASE),
        query or Query(),
        store=store,
        settings=settings,
        options=ScrapeOptions(transport=httpx.MockTransport(site), **options),
    )


@pytest.fixture
def store() -> Store:
    return Store(":memory:")


@pytest.fixture
def site() -> FakeReplay:
    s = FakeReplay()
    for i, date in enumerate(["2020-03-01", "2021-05-02", "2022-07-03"], start=1):
        s.add(f"j{i}", date)
    return s


def test_first_run_stores_every_judgment_with_state(site: FakeReplay, store: Store) -> None:
    report = run(site, store)
    assert (report.listed, report.fetched, report.new, report.failed) == (3, 3, 3, 0)
    assert report.exit_code == EXIT_OK and report.complete and report.pages == 2
    assert store.judgment_ids() == ["replay:j1", "replay:j2", "replay:j3"]
    j = store.get_judgment("replay:j2")
    assert (
        j is not None and j.decision_date == dt.date(2021, 5, 2) and j.case_name == "People v. j2"
    )
    assert str(j.court_level) == "trial"
    item = store.get_item("replay", "j2")
    assert item is not None and item["status"] == "stored" and item["etag"]
    assert item["judgment_id"] == "replay:j2" and item["document_sha256"] == j.document_sha256
    state = store.get_state("replay", Query().key)
    assert state is not None and state.high_water == "2022-07-03" and state.cursor is None


def test_second_run_requests_no_document_and_says_nothing_new(
    site: FakeReplay, store: Store
) -> None:
    run(site, store)
    again = run(site, store)
    assert (again.fetched, again.skipped, again.new, again.exit_code) == (0, 3, 0, EXIT_NOTHING_NEW)
    assert site.documents_requested() == []
    site.add("j4", "2023-01-01")
    third = run(site, store)
    assert site.documents_requested() == ["/judgments/j4.txt"]
    assert (third.new, third.exit_code) == (1, EXIT_OK)


def test_since_last_lists_only_from_the_high_water_mark(site: FakeReplay, store: Store) -> None:
    run(site, store)
    site.add("j4", "2023-01-01")
    report = run(site, store, since_last=True)
    listing = [r for r in site.log if r.url.path == "/judgments"][0]
    assert listing.url.params["since"] == "2022-07-03"
    assert (report.listed, report.new, report.skipped) == (2, 1, 1)
    assert store.get_state("replay", Query().key).high_water == "2023-01-01"  # type: ignore[union-attr]


def test_revalidate_uses_conditional_get(site: FakeReplay, store: Store) -> None:
    run(site, store)
    site.texts["j1"] = ("2020-03-01", "Judgment j1, corrected. The accused was acquitted.")
    report = run(site, store, revalidate=True)
    assert (report.unchanged, report.updated, report.fetched) == (2, 1, 1)
    documents = [r for r in site.log if r.url.path.startswith("/judgments/")]
    assert len(documents) == 3 and all("if-none-match" in r.headers for r in documents)
    assert "corrected" in store.get_judgment("replay:j1").text  # type: ignore[union-attr]
    assert report.exit_code == EXIT_OK


def test_a_failed_item_is_recorded_and_the_batch_goes_on(site: FakeReplay, store: Store) -> None:
    site.broken.add("j2")
    report = run(site, store)
    assert (report.new, report.failed, report.exit_code) == (2, 1, EXIT_PARTIAL)
    errors = store.errors(stage="scrape")
    assert [e.source for e in errors] == [f"{BASE}/judgments/j2.txt"]
    assert "HTTP 404" in errors[0].message
    assert store.get_item("replay", "j2")["status"] == "failed"  # type: ignore[index]
    # The high-water mark stops at the failed item so since_last lists it again.
    assert store.get_state("replay", Query().key).high_water == "2021-05-02"  # type: ignore[union-attr]
    site.broken.clear()
    retry = run(site, store, since_last=True)
    assert site.documents_requested() == ["/judgments/j2.txt"]
    assert (retry.new, retry.exit_code) == (1, EXIT_OK)
    assert store.errors(stage="scrape") == []


def test_all_items_failing_is_a_failure(site: FakeReplay, store: Store) -> None:
    site.broken.update(site.texts)
    assert run(site, store).exit_code == EXIT_FAILURE


def test_a_changed_listing_stops_the_run(site: FakeReplay, store: Store) -> None:
    site.listing_body = b"<html>we moved</html>"
    report = run(site, store)
    assert report.exit_code == EXIT_FAILURE and "not JSON" in (report.error or "")
    assert store.errors(stage="scrape")[0].kind == "PortalChangedError"


def test_a_listing_disallowed_by_robots_stops_the_run(site: FakeReplay, store: Store) -> None:
    site.robots = b"User-agent: *\nDisallow: /judgments\n"
    report = run(site, store)
    assert report.exit_code == EXIT_FAILURE and "robots.txt" in (report.error or "")
    assert [r.url.path for r in site.log] == ["/robots.txt"]


def test_challenge_pages_in_a_row_stop_the_portal(store: Store) -> None:
    site = FakeReplay(page_size=2)
    for i in range(8):
        site.add(f"c{i}", f"2020-01-{i + 1:02d}")
    site.challenged.update(site.texts)
    report = run(site, store)
    # page 1's two, then the third stops the run (its page-mate may be in flight)
    assert report.failed in (3, 4) and len(site.documents_requested()) == report.failed
    assert "blocked" in (report.error or "") and report.exit_code == EXIT_FAILURE


def test_limit_stops_early_and_leaves_the_mark_alone(site: FakeReplay, store: Store) -> None:
    first = run(site, store, Query(limit=2))
    assert (first.fetched, first.complete) == (2, False)
    assert store.get_state("replay", Query().key).high_water is None  # type: ignore[union-attr]
    second = run(site, store, Query(limit=2))
    assert (second.fetched, second.skipped, second.complete) == (1, 2, True)


def test_lock_held_by_another_run(site: FakeReplay, store: Store) -> None:
    with store.lock("scrape:replay"):
        report = run(site, store)
    assert report.exit_code == EXIT_FAILURE and "locked" in (report.error or "")
    assert site.log == []


def test_log_json_prints_one_line_per_judgment_and_a_summary(
    site: FakeReplay, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    site.broken.add("j1")
    run(site, store, log_json=True)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    judgments = [x for x in lines if x["event"] == "judgment"]
    assert sorted(x["status"] for x in judgments) == ["failed", "new", "new"]
    assert all({"ts", "portal", "portal_id", "url", "judgment_id"} <= x.keys() for x in judgments)
    assert lines[-1]["event"] == "summary" and lines[-1]["exit_code"] == EXIT_PARTIAL


def test_progress_is_called_per_judgment(site: FakeReplay, store: Store) -> None:
    seen: list[str] = []
    run(site, store, progress=seen.append)
    assert sorted(seen) == ["replay:j1", "replay:j2", "replay:j3"]


class FollowPortal(ReplayPortal):
    """A portal whose judgment pages only link to the file holding the text."""

    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        return Parsed(follow_url=ref.url.replace("/judgments/", "/files/"), media_type="text/plain")


def test_follow_url_stores_the_followed_document(store: Store) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/judgments":
            item = {"id": "f1", "url": "/judgments/f1.txt", "title": "F", "date": "2020-01-01"}
            return httpx.Response(200, json={"items": [item], "next": None})
        if request.url.path.startswith("/files/"):
            return httpx.Response(200, text="The real judgment text.")
        return httpx.Response(200, text="<html>a cover page</html>")

    report = scrape(
        FollowPortal(BASE),
        Query(),
        store=store,
        settings=SETTINGS,
        options=ScrapeOptions(transport=httpx.MockTransport(handler), polite=False),
    )
    assert report.new == 1
    judgment = store.get_judgment("replay:f1")
    assert judgment is not None and judgment.text.strip() == "The real judgment text."
    assert judgment.source_url == f"{BASE}/files/f1.txt"


def test_scrape_all_runs_enabled_portals_only(site: FakeReplay, store: Store) -> None:
    from caselaw.scrapers.registry import available

    off = {info.id: {"enabled": False} for info in available()}
    assert "replay" not in enabled_portals(Settings())
    settings = replace(SETTINGS, portals={**off, "replay": {"enabled": True, "base_url": BASE}})
    assert enabled_portals(settings) == ["replay"]
    options = ScrapeOptions(transport=httpx.MockTransport(site))
    reports = scrape_all(Query(), store=store, settings=settings, options=options)
    assert [(r.portal, r.new) for r in reports] == [("replay", 3)]


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        ([], EXIT_NOTHING_NEW),
        ([EXIT_NOTHING_NEW, EXIT_NOTHING_NEW], EXIT_NOTHING_NEW),
        ([EXIT_OK, EXIT_NOTHING_NEW], EXIT_OK),
        ([EXIT_OK, EXIT_FAILURE], EXIT_PARTIAL),
        ([EXIT_PARTIAL], EXIT_PARTIAL),
        ([EXIT_FAILURE, EXIT_FAILURE], EXIT_FAILURE),
    ],
)
def test_exit_code_of_several_portals(codes: list[int], expected: int) -> None:
    reports = [
        ScrapeReport("p", "q", 0, 0, 0, 0, 0, 0, 0, 0, 0, True, None, None, 0.0, c) for c in codes
    ]
    assert exit_code(reports) == expected


def test_scrape_inside_an_event_loop_points_to_scrape_async(store: Store) -> None:
    async def main() -> None:
        scrape(ReplayPortal(BASE), Query(), store=store, settings=SETTINGS)

    with pytest.raises(ConfigError, match="scrape_async"):
        asyncio.run(main())


def test_scrape_async_takes_the_same_options_in_a_running_loop(
    site: FakeReplay, store: Store
) -> None:
    """In a notebook's loop: ``options`` build the Fetcher, or a given ``fetcher`` is used."""
    options = ScrapeOptions(transport=httpx.MockTransport(site), since_last=True)

    async def main() -> tuple[ScrapeReport, ScrapeReport]:
        first = await scrape_async(
            ReplayPortal(BASE), Query(), store=store, settings=SETTINGS, options=options
        )
        site.add("j4", "2023-01-01")
        async with Fetcher(SETTINGS, transport=httpx.MockTransport(site)) as fetcher:
            second = await scrape_async(
                ReplayPortal(BASE),
                Query(),
                store=store,
                settings=SETTINGS,
                fetcher=fetcher,
                options=options,
            )
        return first, second

    first, second = asyncio.run(main())
    assert (first.new, first.exit_code) == (3, EXIT_OK)
    assert (second.listed, second.new, second.skipped) == (2, 1, 1)  # since_last was applied


def test_scrape_options_are_frozen_with_the_cli_defaults() -> None:
    options = ScrapeOptions()
    assert (options.since_last, options.revalidate, options.log_json) == (False, False, False)
    assert (options.allow_private, options.polite, options.transport) == (False, True, None)
    with pytest.raises(AttributeError):
        options.polite = False  # type: ignore[misc]


class BuggyPortal(ReplayPortal):
    """A parser with a bug that only one judgment triggers."""

    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        if ref.portal_id == "j2":
            raise KeyError("judges")
        return super().parse_document(content, media_type, ref)


def test_a_parser_bug_on_one_judgment_is_recorded_and_the_batch_goes_on(
    site: FakeReplay, store: Store
) -> None:
    report = scrape(
        BuggyPortal(BASE),
        Query(),
        store=store,
        settings=SETTINGS,
        options=ScrapeOptions(transport=httpx.MockTransport(site)),
    )
    assert (report.new, report.failed, report.exit_code) == (2, 1, EXIT_PARTIAL)
    [error] = store.errors(stage="scrape")
    assert error.kind == "KeyError" and error.source.endswith("/j2.txt")


class UnconfiguredPortal(ReplayPortal):
    def listing_urls(self, query: Query) -> list[str]:
        raise ConfigError("replay: set [portals.replay] token")


def test_a_portal_that_cannot_list_reports_instead_of_raising(store: Store) -> None:
    report = scrape(UnconfiguredPortal(BASE), Query(), store=store, settings=SETTINGS)
    assert report.exit_code == EXIT_FAILURE and "token" in (report.error or "")
