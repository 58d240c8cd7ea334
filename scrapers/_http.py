"""The only code in caselaw that talks to the network; polite by default.

``Fetcher.get(url)`` sends one GET the way a well-behaved crawler should:

* a User-Agent naming caselaw and a contact address (``Settings.user_agent()``);
* robots.txt fetched once per host and obeyed (a disallowed URL raises
  ``BlockedError`` before any request is sent; see ``robots.py`` for the RFC 9309
  handling of missing and unreachable files);
* one request at a time per host, started at least ``max(min_delay, Crawl-delay)``
  seconds after the previous one; hosts are independent; at most
  ``Settings.concurrency`` requests in flight overall;
* bounded retries with exponential backoff and jitter on 429, 5xx, timeouts and
  connection errors; ``Retry-After`` (seconds or an HTTP date) is honoured for
  the whole host, and one longer than ``max_retry_after`` gives up with
  ``FetchError`` saying so;
* conditional GET (``etag`` / ``last_modified`` -> If-None-Match /
  If-Modified-Since); a 304 comes back as ``Response.not_modified``;
* explicit timeouts (``Settings.timeout`` per connect/read/write, and
  ``BODY_DEADLINE_FACTOR`` times that for a whole response);
* the body is streamed and cut at ``max_response_bytes`` (decoded bytes,
  whatever Content-Length claims) -> ``ResponseTooLargeError``;
* http(s) only; redirects followed here, at most ``MAX_REDIRECTS``, with loop
  detection, re-checking scheme, address and robots.txt at every hop, and
  dropping credentials when the host changes;
* a bot challenge (Cloudflare "Just a moment", captcha, ``cf-mitigated``)
  raises ``BlockedError`` and is not retried.

Private addresses.  Unless ``allow_private=True``, URLs that point at loopback,
private, link-local, multicast, reserved or unspecified addresses are refused
with ``DisallowedURLError``, at the first request and at every redirect hop.
``allow_private`` may instead be a collection of origins (``http://127.0.0.1:8765``)
that are trusted although private: the job runner trusts the origin of a base
URL the operator gave explicitly (``--base-url``, ``[portals.x] base_url``),
never one that a listing or a redirect points to.
Literal IPs (including IPv4-mapped IPv6) and ``localhost`` / ``*.localhost`` are
checked without any lookup (forms such as ``127.1`` only through one). Other
host names are resolved with the event loop's ``getaddrinfo`` only when the
Fetcher owns the real network transport (``transport=None``); with an injected
transport (``httpx.MockTransport`` in tests, a proxy) DNS says nothing about
where the bytes go, so names are not resolved and tests never touch the network;
pass ``resolve=`` to check (and pin) names anyway. Every address a name resolves
to must be public; the checked list is kept per origin for the Fetcher's life,
and the request is *pinned* to it (``_pinning.py``): it connects to a checked
address, never through a second lookup that a hostile DNS server could answer
with ``127.0.0.1`` (DNS rebinding), while Host, TLS server name and certificate
check stay the host name's. A name that does not resolve fails as a connection
error (retried), never handed to httpx to look up again. With
``allow_private=True`` or a trusted origin nothing is checked and httpx resolves
as usual. The Fetcher builds its own connections, so proxy variables
(``HTTPS_PROXY``) are not used; pass
``transport=httpx.AsyncHTTPTransport(proxy=...)`` for a proxy (which then
resolves names itself: the address check cannot apply).

Politeness (robots.txt, per-host spacing) is switched off only explicitly with
``polite=False`` (benchmarks, tests); retries and all safety caps stay on.
Time and chance come from ``Clock`` so tests inject a fake one and never wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import AsyncIterator, Collection, Mapping
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx

from caselaw.config import Settings
from caselaw.errors import (
    BlockedError,
    DisallowedURLError,
    FetchError,
    ResponseTooLargeError,
)
from caselaw.scrapers._http_rules import (
    charset_param,
    is_challenge,
    literal_ip,
    non_public,
    origin_of,
    retry_after_seconds,
)
from caselaw.scrapers._pinning import PinnedTransport, Resolver, connector, getaddrinfo
from caselaw.scrapers.robots import MAX_ROBOTS_BYTES, RobotsRules

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
BACKOFF_SECONDS = 1.0  # first retry waits about this long, doubling each time
BODY_DEADLINE_FACTOR = 4  # a whole response may take this many times Settings.timeout
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CREDENTIAL_HEADERS = ("authorization", "cookie", "proxy-authorization")


@dataclass(frozen=True, slots=True)
class Response:
    """A final (non-redirect) answer: 2xx, or 304 when the validators still match."""

    url: str  # after redirects
    status: int
    content: bytes = field(repr=False)
    media_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Clock:
    """Real time and randomness; tests pass a fake whose ``sleep`` only advances time."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def random(self) -> float:
        return random.random()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


@dataclass(slots=True)
class _Host:
    gate: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots: RobotsRules | None = None
    last_start: float = float("-inf")
    not_before: float = float("-inf")
    addresses: list[str] | None = None  # resolved and checked: all public


class _Retry(Exception):
    """One attempt failed in a way worth retrying (timeout, connection, 429, 5xx)."""

    def __init__(self, problem: str, retry_after: float | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.retry_after = retry_after


class Fetcher:
    """Polite async GETs with the caps above; use as ``async with Fetcher(settings) as f``."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        allow_private: bool | Collection[str] = False,
        polite: bool = True,
        clock: Clock | None = None,
        resolve: Resolver | None = None,
    ) -> None:
        self.settings = settings
        self.allow_private = allow_private is True
        origins = () if isinstance(allow_private, bool) else allow_private
        # as given and as httpx spells it (the pinning transport sees httpx's form)
        self._trusted = {origin_of(o) for o in origins} | {
            origin_of(str(httpx.URL(o))) for o in origins
        }
        self.polite = polite
        self.clock = clock or Clock()
        self._resolve = resolve if resolve or transport else getaddrinfo
        concurrency = max(1, settings.concurrency)
        self._client = httpx.AsyncClient(
            transport=PinnedTransport(self._pin, connector(transport, concurrency)),
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=False,
            headers={"User-Agent": settings.user_agent()},
        )
        self._slots = asyncio.Semaphore(concurrency)
        self._hosts: dict[str, _Host] = {}
        self.requests = 0  # sent, retries and robots.txt included

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    # -- public ---------------------------------------------------------------------

    async def get(
        self,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Response:
        """GET ``url``; a 2xx or 304 ``Response``, else a ``FetchError`` subclass."""
        extra = dict(headers or {})
        if etag:
            extra["If-None-Match"] = etag
        if last_modified:
            extra["If-Modified-Since"] = last_modified
        response = await self._follow(url, extra, check_robots=self.polite, truncate=False)
        return _final(url, response)

    async def robots(self, url: str) -> RobotsRules:
        """The robots.txt rules of ``url``'s host, fetched once per Fetcher."""
        host = self._host(url)
        async with host.robots_lock:
            if host.robots is None:
                host.robots = await self._fetch_robots(origin_of(url) + "/robots.txt")
            return host.robots

    # -- redirects, robots, address checks -------------------------------------------

    async def _follow(
        self, url: str, headers: dict[str, str], *, check_robots: bool, truncate: bool
    ) -> Response:
        current = urldefrag(url).url
        seen: set[str] = set()
        for _ in range(MAX_REDIRECTS + 1):
            await self._check_address(current)
            if check_robots:
                rules = await self.robots(current)
                if not rules.allows(current):
                    why = rules.reason or "robots.txt disallows it"
                    raise BlockedError(current, f"{why}; not fetched")
            seen.add(current)
            response = await self._request(current, headers, truncate=truncate)
            if response.status not in REDIRECT_STATUSES:
                return response
            location = response.headers.get("location")
            if not location:
                raise FetchError(current, f"HTTP {response.status} redirect without Location")
            target = urldefrag(urljoin(current, location)).url
            if target in seen:
                raise FetchError(url, f"redirect loop at {target}")
            if origin_of(target) != origin_of(current):
                headers = {k: v for k, v in headers.items() if k.lower() not in _CREDENTIAL_HEADERS}
            current = target
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    async def _fetch_robots(self, robots_url: str) -> RobotsRules:
        try:
            response = await self._follow(robots_url, {}, check_robots=False, truncate=True)
        except DisallowedURLError as exc:
            return RobotsRules.unreachable(f"robots.txt redirected elsewhere: {exc.problem}")
        except FetchError as exc:
            return RobotsRules.unreachable(f"robots.txt unreachable: {exc.problem}")
        rules = RobotsRules.from_response(response.status, response.content)
        log.debug("robots.txt %s: HTTP %s", robots_url, response.status)
        return rules

    async def _check_address(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise DisallowedURLError(url, f"scheme {parts.scheme!r} not allowed (http/https only)")
        hostname = parts.hostname
        if not hostname:
            raise DisallowedURLError(url, "no host name")
        if not self._allowed(url):
            await self._public_addresses(url, hostname)

    def _allowed(self, url: str) -> bool:
        return self.allow_private or origin_of(url) in self._trusted

    async def _pin(self, url: httpx.URL) -> list[str] | None:
        """The checked addresses the transport must connect to; None: send ``url`` as is."""
        text, name = str(url), url.raw_host.decode("ascii")
        if self._resolve is None or literal_ip(name) is not None or self._allowed(text):
            return None
        addresses = await self._public_addresses(text, name)
        if not addresses:  # never let httpx look the name up again: that answer is unchecked
            raise httpx.ConnectError(f"{name} did not resolve")
        return addresses

    async def _public_addresses(self, url: str, hostname: str) -> list[str]:
        """``hostname``'s addresses, all public (else ``DisallowedURLError``); [] if unknown."""
        host = self._host(url)
        if host.addresses is not None:
            return host.addresses
        addresses = await self._lookup(url, hostname)
        for address in addresses:
            kind = non_public(address)
            if kind:
                raise DisallowedURLError(
                    url, f"{hostname} is a {kind} address ({address}); allow_private is off"
                )
        if addresses:  # a failed lookup is tried again at the next attempt
            host.addresses = addresses
        return addresses

    async def _lookup(self, url: str, hostname: str) -> list[str]:
        literal = literal_ip(hostname)
        if literal is not None:
            return [literal]
        name = hostname.rstrip(".").lower()
        if name == "localhost" or name.endswith(".localhost"):
            return ["127.0.0.1"]
        if self._resolve is None:
            return []
        port = urlsplit(url).port or (443 if url.startswith("https") else 80)
        try:
            return await self._resolve(name, port)
        except OSError:
            return []  # unresolvable: the attempt fails as a connection error

    # -- one request, with retries and politeness ----------------------------------

    async def _request(self, url: str, headers: dict[str, str], *, truncate: bool) -> Response:
        host = self._host(url)
        attempts = self.settings.max_retries + 1
        problem = ""
        for attempt in range(attempts):
            try:
                return await self._attempt(url, headers, host, truncate=truncate)
            except _Retry as retry:
                problem = retry.problem
                wait = self._backoff(attempt)
                if retry.retry_after is not None:
                    if retry.retry_after > self.settings.max_retry_after:
                        raise FetchError(
                            url,
                            f"{problem} with Retry-After {retry.retry_after:.0f} s, more than "
                            f"max_retry_after {self.settings.max_retry_after:.0f} s; giving up",
                        ) from None
                    wait = retry.retry_after
            if attempt + 1 < attempts:
                log.debug("retrying %s in %.1f s: %s", url, wait, problem)
                await self._pause(host, wait)
        raise FetchError(url, f"{problem}; gave up after {attempts} attempts")

    async def _attempt(
        self, url: str, headers: dict[str, str], host: _Host, *, truncate: bool
    ) -> Response:
        async with self._gate(host), self._slots:
            self.requests += 1
            try:
                async with asyncio.timeout(self.settings.timeout * BODY_DEADLINE_FACTOR):
                    response = await self._send(url, headers, truncate=truncate)
            except (httpx.TimeoutException, TimeoutError) as exc:
                raise _Retry(f"timed out ({type(exc).__name__})") from exc
            except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                raise _Retry(f"connection failed ({type(exc).__name__}: {exc})") from exc
            except httpx.InvalidURL as exc:
                # The request URL was checked before sending, so this is httpx parsing a
                # redirect's Location (data:, javascript:, malformed): never followed.
                problem = f"redirect to a URL that is not allowed: {exc}"
                raise DisallowedURLError(url, problem) from exc
            except httpx.HTTPError as exc:
                raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc
        log.debug("GET %s -> %s (%d bytes)", url, response.status, len(response.content))
        if response.status in RETRY_STATUSES:
            if is_challenge(response.status, response.headers, response.content):
                raise BlockedError(url, f"HTTP {response.status} bot challenge page")
            retry_after = retry_after_seconds(
                response.headers.get("retry-after"), self.clock.time()
            )
            raise _Retry(f"HTTP {response.status}", retry_after)
        return response

    async def _send(self, url: str, headers: dict[str, str], *, truncate: bool) -> Response:
        cap = MAX_ROBOTS_BYTES if truncate else self.settings.max_response_bytes
        async with self._client.stream("GET", url, headers=headers) as r:
            body = b""
            if r.status_code not in REDIRECT_STATUSES and r.status_code != 304:
                body = await _read_capped(r, url, cap, truncate=truncate)
            content_type = r.headers.get("content-type", "")
            media_type, _, params = content_type.partition(";")
            return Response(
                url=url,
                status=r.status_code,
                content=body,
                media_type=media_type.strip().lower(),
                charset=charset_param(params),
                etag=r.headers.get("etag"),
                last_modified=r.headers.get("last-modified"),
                headers={k.lower(): v for k, v in r.headers.items()},
            )

    @contextlib.asynccontextmanager
    async def _gate(self, host: _Host) -> AsyncIterator[None]:
        """Polite: one request per host at a time, spaced by the host's delay."""
        if not self.polite:
            yield
            return
        async with host.gate:
            delay = max(self.settings.min_delay, (host.robots and host.robots.crawl_delay()) or 0)
            start = max(host.last_start + delay, host.not_before)
            now = self.clock.monotonic()
            if start > now:
                await self.clock.sleep(start - now)
            host.last_start = self.clock.monotonic()
            yield

    async def _pause(self, host: _Host, wait: float) -> None:
        if self.polite:  # the whole host backs off, not just this request
            host.not_before = max(host.not_before, self.clock.monotonic() + wait)
        else:
            await self.clock.sleep(wait)

    def _backoff(self, attempt: int) -> float:
        wait = BACKOFF_SECONDS * 2**attempt * (0.5 + self.clock.random())
        return min(wait, self.settings.max_retry_after)

    def _host(self, url: str) -> _Host:
        key = origin_of(url)
        host = self._hosts.get(key)
        if host is None:
            host = self._hosts[key] = _Host()
        return host


# -- pure helpers -------------------------------------------------------------------


async def _read_capped(r: httpx.Response, url: str, cap: int, *, truncate: bool) -> bytes:
    declared = r.headers.get("content-length", "")
    if not truncate and declared.isdigit() and int(declared) > cap:
        raise ResponseTooLargeError(url, f"Content-Length {declared} exceeds {cap} bytes")
    chunks: list[bytes] = []
    total = 0
    async for chunk in r.aiter_bytes():
        total += len(chunk)
        if total > cap:
            if truncate:
                chunks.append(chunk[: cap - (total - len(chunk))])
                break
            raise ResponseTooLargeError(url, f"response body exceeds {cap} bytes; stopped")
        chunks.append(chunk)
    return b"".join(chunks)


def _final(url: str, response: Response) -> Response:
    status = response.status
    if 200 <= status < 300:
        if response.headers.get("cf-mitigated", "").lower() == "challenge":
            raise BlockedError(response.url, "bot challenge (cf-mitigated: challenge)")
        return response
    if status == 304:
        return response
    if is_challenge(response.status, response.headers, response.content):
        raise BlockedError(response.url, f"HTTP {status} bot challenge page")
    where = response.url if response.url == url else f"{response.url} (from {url})"
    raise FetchError(where, f"HTTP {status}")
