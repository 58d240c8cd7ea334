"""The HTTP layer against httpx.MockTransport with a fake clock: no network, no waiting."""

from __future__ import annotations

import asyncio
import email.utils
import gzip
from collections.abc import Callable
from dataclasses import replace

import httpx
import pytest

from caselaw.config import Settings
from caselaw.errors import (
    BlockedError,
    DisallowedURLError,
    FetchError,
    ResponseTooLargeError,
)
from caselaw.scrapers._http import Clock, Fetcher, Response
from caselaw.scrapers._pinning import PinnedTransport

SETTINGS = Settings(contact="tests@example.org", min_delay=1.0, max_retries=3)
ALLOW_ALL = b"User-agent: *\nAllow: /\n"


class FakeClock(Clock):
    """Time moves only when someone sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.now = 1_000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return 1_700_000_000.0 + self.now

    def random(self) -> float:
        return 0.5

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


Handler = Callable[[httpx.Request], httpx.Response]


class Site:
    """Routes path -> response (or a list consumed in order); logs every request."""

    def __init__(self, routes: dict[str, object], robots: bytes | int = ALLOW_ALL) -> None:
        self.routes = dict(routes)
        self.robots = robots
        self.log: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.log.append(request)
        path = request.url.raw_path.decode()
        if request.url.path == "/robots.txt" and "/robots.txt" not in self.routes:
            if isinstance(self.robots, int):
                return httpx.Response(self.robots)
            return httpx.Response(200, content=self.robots)
        answer = self.routes.get(path, httpx.Response(404))
        if isinstance(answer, list):
            answer = answer.pop(0) if len(answer) > 1 else answer[0]
        if isinstance(answer, Exception):
            raise answer
        assert isinstance(answer, httpx.Response)
        return answer

    def paths(self) -> list[str]:
        return [f"{r.url.host}{r.url.raw_path.decode()}" for r in self.log]


def fetch(
    site: Handler,
    *urls: str,
    settings: Settings = SETTINGS,
    clock: FakeClock | None = None,
    **kwargs: object,
) -> list[Response]:
    async def main() -> list[Response]:
        transport = httpx.MockTransport(site)
        async with Fetcher(
            settings, transport=transport, clock=clock or FakeClock(), **kwargs
        ) as f:  # type: ignore[arg-type]
            return [await f.get(u) for u in urls]

    return asyncio.run(main())


def test_user_agent_has_contact_and_robots_is_fetched_once_per_host() -> None:
    site = Site({"/a": httpx.Response(200, text="a"), "/b": httpx.Response(200, text="b")})
    fetch(site, "https://portal.test/a", "https://portal.test/b", "https://other.test/a")
    assert site.paths() == [
        "portal.test/robots.txt",
        "portal.test/a",
        "portal.test/b",
        "other.test/robots.txt",
        "other.test/a",
    ]
    agent = site.log[1].headers["user-agent"]
    assert "caselaw/" in agent and "tests@example.org" in agent


def test_robots_disallow_blocks_without_sending_the_request() -> None:
    site = Site({"/search/x": httpx.Response(200)}, robots=b"User-agent: *\nDisallow: /search/\n")
    with pytest.raises(BlockedError, match="robots.txt"):
        fetch(site, "https://portal.test/search/x")
    assert site.paths() == ["portal.test/robots.txt"]


def test_robots_group_for_caselaw_wins_over_star() -> None:
    robots = b"User-agent: *\nDisallow: /\n\nUser-agent: caselaw\nAllow: /\n"
    site = Site({"/a": httpx.Response(200, text="ok")}, robots=robots)
    assert fetch(site, "https://portal.test/a")[0].content == b"ok"


def test_missing_robots_allows_and_unreachable_robots_blocks() -> None:
    site = Site({"/a": httpx.Response(200, text="ok")}, robots=404)
    assert fetch(site, "https://portal.test/a")[0].status == 200
    down = Site({"/a": httpx.Response(200, text="ok")}, robots=503)
    with pytest.raises(BlockedError, match="unreachable"):
        fetch(down, "https://portal.test/a")
    assert "portal.test/a" not in down.paths()


def test_crawl_delay_and_min_delay_space_requests_to_one_host() -> None:
    robots = b"User-agent: *\nCrawl-delay: 2.5\n"
    routes = {p: httpx.Response(200) for p in ("/1", "/2", "/3")}
    clock = FakeClock()
    fetch(
        Site(routes, robots=robots), *(f"https://portal.test/{i}" for i in (1, 2, 3)), clock=clock
    )
    # robots.txt is read first, so even /1 waits the crawl delay after it.
    assert clock.sleeps == [2.5, 2.5, 2.5]
    clock = FakeClock()
    slow = replace(SETTINGS, min_delay=4.0)
    fetch(
        Site(routes, robots=robots),
        "https://portal.test/1",
        "https://portal.test/2",
        clock=clock,
        settings=slow,
    )
    assert clock.sleeps == [4.0, 4.0]  # min_delay wins over a shorter Crawl-delay


def test_hosts_are_rate_limited_independently() -> None:
    routes = {"/1": httpx.Response(200), "/2": httpx.Response(200)}
    clock = FakeClock()
    fetch(Site(routes), "https://a.test/1", "https://b.test/1", clock=clock, polite=True)
    # each host: robots.txt, then one wait of min_delay before its first page; none across hosts
    assert clock.sleeps == [1.0, 1.0]


def test_polite_off_sends_no_robots_and_never_waits() -> None:
    site = Site({"/1": httpx.Response(200), "/2": httpx.Response(200)})
    clock = FakeClock()
    fetch(site, "https://portal.test/1", "https://portal.test/2", clock=clock, polite=False)
    assert site.paths() == ["portal.test/1", "portal.test/2"]
    assert clock.sleeps == []


def test_429_retry_after_seconds_is_honoured() -> None:
    site = Site(
        {"/a": [httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, text="ok")]}
    )
    clock = FakeClock()
    assert fetch(site, "https://portal.test/a", clock=clock)[0].content == b"ok"
    assert site.paths().count("portal.test/a") == 2
    assert 7.0 in clock.sleeps


def test_retry_after_http_date_is_honoured() -> None:
    clock = FakeClock()
    when = email.utils.formatdate(clock.time() + 30, usegmt=True)
    site = Site({"/a": [httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200)]})
    fetch(site, "https://portal.test/a", clock=clock)
    assert any(29 <= s <= 31 for s in clock.sleeps)


def test_retry_after_beyond_the_cap_gives_up_saying_so() -> None:
    site = Site({"/a": [httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200)]})
    with pytest.raises(FetchError, match="max_retry_after") as info:
        fetch(site, "https://portal.test/a", settings=replace(SETTINGS, max_retry_after=60))
    assert not isinstance(info.value, BlockedError)
    assert site.paths().count("portal.test/a") == 1


def test_5xx_is_retried_with_growing_backoff_then_gives_up() -> None:
    site = Site({"/a": httpx.Response(502)})
    clock = FakeClock()
    with pytest.raises(FetchError, match="HTTP 502; gave up after 4 attempts"):
        fetch(site, "https://portal.test/a", clock=clock, polite=False)
    assert site.paths().count("portal.test/a") == 4
    assert clock.sleeps == [1.0, 2.0, 4.0]  # backoff 1 s doubling, jitter fixed at 1.0x


def test_timeouts_and_connection_errors_are_retried() -> None:
    request = httpx.Request("GET", "https://portal.test/a")
    site = Site(
        {
            "/a": [
                httpx.ReadTimeout("slow", request=request),
                httpx.ConnectError("refused", request=request),
                httpx.Response(200, text="ok"),
            ]
        }
    )
    assert fetch(site, "https://portal.test/a", polite=False)[0].content == b"ok"
    assert len(site.log) == 3


def test_404_is_not_retried() -> None:
    site = Site({})
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(site, "https://portal.test/missing", polite=False)
    assert len(site.log) == 1


def test_conditional_get_sends_validators_and_reports_304() -> None:
    site = Site({"/a": httpx.Response(304)})

    async def main() -> Response:
        async with Fetcher(SETTINGS, transport=httpx.MockTransport(site), clock=FakeClock()) as f:
            return await f.get(
                "https://portal.test/a", etag='"v1"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT"
            )

    response = asyncio.run(main())
    assert response.not_modified
    sent = site.log[-1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_response_metadata() -> None:
    headers = {"Content-Type": "text/HTML; charset=ISO-8859-1", "ETag": '"e"', "Last-Modified": "x"}
    site = Site({"/a": httpx.Response(200, headers=headers, content=b"<p>hi</p>")})
    r = fetch(site, "https://portal.test/a")[0]
    assert (r.media_type, r.charset, r.etag, r.last_modified) == (
        "text/html",
        "iso-8859-1",
        '"e"',
        "x",
    )


class Chunks(httpx.AsyncByteStream):
    def __init__(self, size: int) -> None:
        self.size = size

    async def __aiter__(self):  # type: ignore[override]
        for _ in range(self.size // 1000):
            yield b"x" * 1000


def test_body_over_the_cap_is_cut_whatever_content_length_claims() -> None:
    small = replace(SETTINGS, max_response_bytes=10_000)
    lying = httpx.Response(200, headers={"Content-Length": "100"}, stream=Chunks(50_000))
    with pytest.raises(ResponseTooLargeError, match="exceeds 10000 bytes"):
        fetch(Site({"/a": lying}), "https://portal.test/a", settings=small, polite=False)
    honest = httpx.Response(200, headers={"Content-Length": "999999999"}, stream=Chunks(1000))
    with pytest.raises(ResponseTooLargeError, match="Content-Length"):
        fetch(Site({"/a": honest}), "https://portal.test/a", settings=small, polite=False)
    fine = httpx.Response(200, stream=Chunks(9_000))
    assert (
        len(fetch(Site({"/a": fine}), "https://portal.test/a", settings=small)[0].content) == 9000
    )


def test_the_cap_counts_decompressed_bytes() -> None:
    bomb = gzip.compress(b"\0" * 1_000_000)
    headers = {"Content-Encoding": "gzip", "Content-Length": str(len(bomb))}
    site = Site({"/a": httpx.Response(200, content=bomb, headers=headers)})
    small = replace(SETTINGS, max_response_bytes=100_000)
    with pytest.raises(ResponseTooLargeError):
        fetch(site, "https://portal.test/a", settings=small, polite=False)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://portal.test/a",
        "http://127.0.0.1/a",
        "http://localhost:8080/a",
        "http://[::1]/a",
        "http://10.1.2.3/a",
        "http://192.168.0.1/a",
        "http://169.254.169.254/latest/meta-data",
        "http://[::ffff:127.0.0.1]/a",
        "http://0.0.0.0/a",
    ],
)
def test_non_http_and_non_public_urls_are_refused(url: str) -> None:
    site = Site({"/a": httpx.Response(200)})
    with pytest.raises(DisallowedURLError):
        fetch(site, url)
    assert site.log == []


def test_allow_private_lets_loopback_through_but_never_other_schemes() -> None:
    site = Site({"/a": httpx.Response(200, text="ok")})
    assert fetch(site, "http://127.0.0.1:9/a", allow_private=True)[0].content == b"ok"
    with pytest.raises(DisallowedURLError):
        fetch(site, "file:///etc/passwd", allow_private=True)


def test_trusted_origins_are_the_only_private_ones_allowed() -> None:
    site = Site(
        {
            "/a": httpx.Response(200, text="ok"),
            "/hop": httpx.Response(302, headers={"Location": "http://127.0.0.1:9001/a"}),
        }
    )
    trusted = ["http://127.0.0.1:9000"]
    assert fetch(site, "http://127.0.0.1:9000/a", allow_private=trusted)[0].content == b"ok"
    with pytest.raises(DisallowedURLError):
        fetch(site, "http://127.0.0.1:9001/a", allow_private=trusted)
    with pytest.raises(DisallowedURLError):
        fetch(site, "http://127.0.0.1:9000/hop", allow_private=trusted)


def test_redirect_is_followed_and_rechecked_at_every_hop() -> None:
    site = Site(
        {
            "/old": httpx.Response(301, headers={"Location": "/new"}),
            "/new": httpx.Response(200, text="here"),
            "/evil": httpx.Response(302, headers={"Location": "http://169.254.169.254/x"}),
            "/file": httpx.Response(302, headers={"Location": "file:///etc/passwd"}),
        }
    )
    r = fetch(site, "https://portal.test/old")[0]
    assert (r.url, r.content) == ("https://portal.test/new", b"here")
    with pytest.raises(DisallowedURLError, match="link-local"):
        fetch(site, "https://portal.test/evil")
    with pytest.raises(DisallowedURLError, match="scheme"):
        fetch(site, "https://portal.test/file")


def test_redirect_loops_and_chains_are_bounded() -> None:
    loop = Site(
        {
            "/a": httpx.Response(302, headers={"Location": "/b"}),
            "/b": httpx.Response(302, headers={"Location": "/a"}),
        }
    )
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(loop, "https://portal.test/a", polite=False)
    chain = Site(
        {f"/{i}": httpx.Response(302, headers={"Location": f"/{i + 1}"}) for i in range(10)}
    )
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(chain, "https://portal.test/0", polite=False)


def test_cross_host_redirect_drops_credentials_and_obeys_that_hosts_robots() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            body = (
                b"User-agent: *\nDisallow: /private\n"
                if request.url.host == "cdn.test"
                else ALLOW_ALL
            )
            return httpx.Response(200, content=body)
        if request.url.host == "portal.test":
            return httpx.Response(302, headers={"Location": f"https://cdn.test{request.url.path}"})
        seen.append(request)
        return httpx.Response(200, text="file")

    seen: list[httpx.Request] = []

    async def main(path: str) -> Response:
        async with Fetcher(
            SETTINGS, transport=httpx.MockTransport(handler), clock=FakeClock()
        ) as f:
            return await f.get(
                f"https://portal.test{path}", headers={"Authorization": "Token s3cret"}
            )

    assert asyncio.run(main("/doc.pdf")).url == "https://cdn.test/doc.pdf"
    assert "authorization" not in seen[0].headers
    with pytest.raises(BlockedError):
        asyncio.run(main("/private/doc.pdf"))


@pytest.mark.parametrize(
    ("status", "body", "headers"),
    [
        (
            403,
            b"<html><title>Just a moment...</title><script src='/cdn-cgi/challenge-platform/x'>",
            {},
        ),
        (503, b"<html><title>Just a moment...</title></html>", {}),
        (403, b"<form><div class='g-recaptcha'></div></form>", {}),
        (200, b"<html>...</html>", {"cf-mitigated": "challenge"}),
    ],
)
def test_challenge_pages_raise_blocked_without_retrying(
    status: int, body: bytes, headers: dict[str, str]
) -> None:
    site = Site({"/a": httpx.Response(status, content=body, headers=headers)})
    with pytest.raises(BlockedError, match="challenge"):
        fetch(site, "https://portal.test/a", polite=False)
    assert len(site.log) == 1


def test_plain_403_is_a_fetch_error_not_blocked() -> None:
    site = Site({"/a": httpx.Response(403, text="Forbidden")})
    with pytest.raises(FetchError) as info:
        fetch(site, "https://portal.test/a", polite=False)
    assert type(info.value) is FetchError


def test_names_are_resolved_only_through_the_resolver() -> None:
    site = Site({"/a": httpx.Response(200, text="ok")})

    async def internal(host: str, port: int) -> list[str]:
        return ["10.0.0.7"] if host == "intranet.test" else ["93.184.216.34"]

    async def broken(host: str, port: int) -> list[str]:
        raise OSError("no such name")

    with pytest.raises(DisallowedURLError, match="private"):
        fetch(site, "https://intranet.test/a", resolve=internal)
    assert fetch(site, "https://portal.test/a", resolve=internal)[0].status == 200
    # A name that does not resolve is not handed on for a second (unchecked) lookup.
    site.log.clear()
    with pytest.raises(FetchError, match="unknown.test did not resolve"):
        fetch(site, "https://unknown.test/a", resolve=broken, polite=False)
    assert site.log == []
    # With an injected transport and no resolver, names are not looked up at all.
    assert fetch(site, "https://intranet.test/a")[0].status == 200
    assert site.log[-1].url.host == "intranet.test"


def test_resolved_names_are_pinned_to_the_checked_address() -> None:
    """The request goes to the address that was checked; Host and SNI stay the name's."""
    site = Site({"/a": httpx.Response(200, text="ok"), "/b": httpx.Response(200)})
    lookups: list[str] = []

    async def resolve(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["93.184.216.34", "2606:2800:220:1::1"]

    fetch(site, "https://portal.test:8443/a", "https://portal.test:8443/b", resolve=resolve)
    assert lookups == ["portal.test"]  # once per origin; robots.txt and /b reuse the check
    assert [str(r.url) for r in site.log] == [
        "https://93.184.216.34:8443/robots.txt",
        "https://93.184.216.34:8443/a",
        "https://93.184.216.34:8443/b",
    ]
    for request in site.log:
        assert request.headers["host"] == "portal.test:8443"
        assert request.extensions["sni_hostname"] == "portal.test"


def test_pinned_connection_falls_back_to_the_next_checked_address() -> None:
    def site(request: httpx.Request) -> httpx.Response:
        if request.url.host == "93.184.216.34":
            raise httpx.ConnectError("no route", request=request)
        return httpx.Response(200, text=request.url.host)

    async def resolve(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "2606:2800:220:1::1"]

    response = fetch(site, "https://portal.test/a", resolve=resolve, polite=False)[0]
    assert response.content == b"2606:2800:220:1::1"


def test_pinned_transport_keeps_one_pool_per_host_name() -> None:
    """Two names on one address never share a connection (TLS was verified for one name)."""
    made: list[httpx.AsyncBaseTransport] = []

    def connect() -> httpx.AsyncBaseTransport:
        made.append(httpx.MockTransport(lambda r: httpx.Response(200)))
        return made[-1]

    async def pin(url: httpx.URL) -> list[str] | None:
        return ["93.184.216.34"]

    async def main() -> None:
        transport = PinnedTransport(pin, connect)
        async with httpx.AsyncClient(transport=transport) as client:
            for url in ["https://a.test/1", "https://b.test/1", "https://a.test/2"]:
                await client.get(url)
            await client.get("http://a.test/3")

    asyncio.run(main())
    assert len(made) == 3  # https://a.test, https://b.test, http://a.test


def test_concurrency_is_capped_overall() -> None:
    in_flight = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001)
        in_flight -= 1
        return httpx.Response(200)

    async def main() -> None:
        settings = replace(SETTINGS, concurrency=3)
        async with Fetcher(settings, transport=httpx.MockTransport(handler), polite=False) as f:
            await asyncio.gather(*(f.get(f"https://h{i % 5}.test/{i}") for i in range(30)))

    asyncio.run(main())
    assert peak == 3


def test_polite_mode_sends_one_request_at_a_time_per_host() -> None:
    in_flight: dict[str, int] = {}
    peak: dict[str, int] = {}

    async def handler(request: httpx.Request) -> httpx.Response:
        host = request.url.host
        in_flight[host] = in_flight.get(host, 0) + 1
        peak[host] = max(peak.get(host, 0), in_flight[host])
        await asyncio.sleep(0.001)
        in_flight[host] -= 1
        return httpx.Response(200, content=ALLOW_ALL)

    async def main() -> None:
        fast = replace(SETTINGS, min_delay=0.0)
        async with Fetcher(fast, transport=httpx.MockTransport(handler), clock=FakeClock()) as f:
            await asyncio.gather(*(f.get(f"https://h{i % 2}.test/{i}") for i in range(12)))

    asyncio.run(main())
    assert peak == {"h0.test": 1, "h1.test": 1}
