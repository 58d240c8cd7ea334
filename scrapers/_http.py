"""The only code in caselaw that talks to the network; polite by default.

``Fetcher.get(url)`` sends one GET the way a well-behaved crawler should:

* a User-Agent naming caselaw and a contact address (``Settings.user_agent()``);
* robots.txt fetched once per host and obeyed (a disallowed URL raises
  ``BlockedError`` before any request is sent; see ``robots.py`` for the RFC 9309
  handling of missing and unreachable files);
* one request at a time per host, started at least ``max(min_delay, Crawl-delay)``
  seconds after the previous one; hosts are independent; at most
  ``Settings.concurrency`` requests in flight overall (``_pace.py``);
* bounded retries with exponential backoff and jitter on 429, 5xx, timeouts and
  connection errors; ``Retry-After`` (seconds or an HTTP date) is honoured for
  the whole host, and one longer than ``max_retry_after`` gives up with
  ``FetchError`` saying so (``_exchange.py``);
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

Private addresses are refused by the address guard (``_guard.py``: what is
checked, ``allow_private`` and trusted origins).  Host names are resolved with
the event loop's ``getaddrinfo`` only when the Fetcher owns the real network
transport (``transport=None``); with an injected transport (``httpx.MockTransport``
in tests) DNS says nothing about where the bytes go, so names are not resolved
and tests never touch the network; pass ``resolve=`` to check (and pin) names
anyway.  A checked request is *pinned* to the checked addresses
(``_pinning.py``): it never connects through a second lookup that a hostile DNS
server could answer with ``127.0.0.1`` (DNS rebinding), while Host, TLS server
name and certificate check stay the host name's.  A name that does not resolve
fails as a connection error (retried), never handed to httpx to look up again.
With ``allow_private=True`` or a trusted origin nothing is checked and httpx
resolves as usual.

Proxies (``_proxy.py``): with ``Settings.proxy = "env"`` (the default) and no
injected transport, ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY``
are honoured as curl and httpx do; ``"none"`` always connects directly.  Through
a proxy the proxy resolves the name, so the request cannot be pinned; the guard
still refuses literal non-public addresses and names that resolve (here) to one,
but a name that does not resolve here is left to the proxy (docs/reliability.md).

Politeness (robots.txt, per-host spacing) is switched off only explicitly with
``polite=False`` (benchmarks, tests); retries and all safety caps stay on.
Time and chance come from ``Clock`` so tests inject a fake one and never wait.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping
from urllib.parse import urldefrag, urljoin

import httpx

from caselaw.config import Settings
from caselaw.errors import BlockedError, DisallowedURLError, FetchError
from caselaw.scrapers._exchange import (
    BODY_DEADLINE_FACTOR,
    REDIRECT_STATUSES,
    RETRY_STATUSES,
    Exchange,
    Response,
    final,
)
from caselaw.scrapers._guard import AddressGuard
from caselaw.scrapers._http_rules import origin_of
from caselaw.scrapers._pace import BACKOFF_SECONDS, Clock, Pacer
from caselaw.scrapers._pinning import PinnedTransport, Resolver, connector, getaddrinfo
from caselaw.scrapers._proxy import ProxyRoutes, routed
from caselaw.scrapers.robots import RobotsRules

__all__ = [
    "BACKOFF_SECONDS",
    "BODY_DEADLINE_FACTOR",
    "MAX_REDIRECTS",
    "REDIRECT_STATUSES",
    "RETRY_STATUSES",
    "Clock",
    "Fetcher",
    "Response",
]

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
_CREDENTIAL_HEADERS = ("authorization", "cookie", "proxy-authorization")


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
        self.polite = polite
        self.clock = clock or Clock()
        self.guard = AddressGuard(allow_private, resolve if resolve or transport else getaddrinfo)
        self.allow_private = self.guard.allow_all
        # what the environment's proxy variables say, unless a transport was injected
        self.proxies = ProxyRoutes.from_settings(settings.proxy, read_env=transport is None)
        concurrency = max(1, settings.concurrency)
        pinned = PinnedTransport(self.guard.pin, connector(transport, concurrency))
        self._client = httpx.AsyncClient(
            transport=routed(self.proxies, pinned, concurrency),
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=False,
            headers={"User-Agent": settings.user_agent()},
        )
        self._pacer = Pacer(settings, self.clock, polite=polite)
        self._exchange = Exchange(self._client, settings, self._pacer)

    @property
    def requests(self) -> int:
        """Requests sent so far, retries and robots.txt included."""
        return self._exchange.requests

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
        return final(url, response)

    async def robots(self, url: str) -> RobotsRules:
        """The robots.txt rules of ``url``'s host, fetched once per Fetcher."""
        host = self._pacer.host(url)
        async with host.robots_lock:
            if host.robots is None:
                host.robots = await self._fetch_robots(origin_of(url) + "/robots.txt")
            return host.robots

    # -- redirects and robots.txt, checked at every hop ---------------------------------

    async def _follow(
        self, url: str, headers: dict[str, str], *, check_robots: bool, truncate: bool
    ) -> Response:
        current = urldefrag(url).url
        seen: set[str] = set()
        for _ in range(MAX_REDIRECTS + 1):
            current = await self.guard.check(current)  # the host as it is sent
            if current in seen:
                raise FetchError(url, f"redirect loop at {current}")
            if check_robots:
                rules = await self.robots(current)
                if not rules.allows(current):
                    why = rules.reason or "robots.txt disallows it"
                    raise BlockedError(current, f"{why}; not fetched")
            seen.add(current)
            response = await self._exchange.request(current, headers, truncate=truncate)
            if response.status not in REDIRECT_STATUSES:
                return response
            location = response.headers.get("location")
            if not location:
                raise FetchError(current, f"HTTP {response.status} redirect without Location")
            target = urldefrag(urljoin(current, location)).url
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
