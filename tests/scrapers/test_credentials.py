"""A portal's API token goes to the portal's own host only, never to a followed file host."""

from __future__ import annotations

import httpx

from caselaw.config import Settings
from caselaw.models import JudgmentRef
from caselaw.scrapers._base import Listing, Parsed, Portal, PortalInfo, Query
from caselaw.scrapers.jobs import EXIT_OK, ScrapeOptions, scrape
from caselaw.storage import Store

SETTINGS = Settings(contact="tests@example.org", min_delay=0.0, max_retries=0)


class TokenPortal(Portal):
    info = PortalInfo("tokenportal", "Token portal", "https://api.portal.test", "test", "test")

    def headers(self) -> dict[str, str]:
        return {"Authorization": "Token secret"}

    def listing_urls(self, query: Query) -> list[str]:
        return [f"{self.base_url}/list"]

    def parse_listing(self, content: bytes, url: str) -> Listing:
        ref = JudgmentRef("tokenportal", "1", f"{self.base_url}/opinions/1")
        return Listing((ref,), exhausted=True)

    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        return Parsed(follow_url="https://files.other.test/1.txt")


def test_token_is_not_sent_to_a_followed_host():
    seen: dict[str, str | None] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen[f"{request.url.host}{request.url.path}"] = request.headers.get("authorization")
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.url.path.endswith(".txt"):
            return httpx.Response(200, text="The accused was convicted.")
        return httpx.Response(200, json={})

    store = Store(":memory:")
    report = scrape(
        TokenPortal(),
        Query(),
        store=store,
        settings=SETTINGS,
        options=ScrapeOptions(transport=httpx.MockTransport(handler)),
    )
    assert report.exit_code == EXIT_OK
    assert seen["api.portal.test/list"] == "Token secret"
    assert seen["api.portal.test/opinions/1"] == "Token secret"
    assert seen["files.other.test/1.txt"] is None
    assert store.count("judgments") == 1
