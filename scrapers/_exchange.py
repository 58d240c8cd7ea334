"""One GET on the wire, with bounded retries: the HTTP layer's request/response step.

``Exchange.request`` sends a URL (no redirect following: ``Fetcher`` does that)
through the per-host gate and the global concurrency cap, and retries 429, 5xx,
timeouts and connection errors with exponential backoff and jitter, honouring
``Retry-After`` for the whole host.  A bot challenge is never retried.  The body
is streamed and cut at a cap counted in decoded bytes; ``final`` turns what came
back into a ``Response`` or the ``FetchError`` subclass that says why not.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from caselaw.config import Settings
from caselaw.errors import BlockedError, DisallowedURLError, FetchError, ResponseTooLargeError
from caselaw.scrapers._http_rules import charset_param, is_challenge, retry_after_seconds
from caselaw.scrapers._pace import HostState, Pacer
from caselaw.scrapers.robots import MAX_ROBOTS_BYTES

log = logging.getLogger(__name__)

BODY_DEADLINE_FACTOR = 4  # a whole response may take this many times Settings.timeout
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


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


class _Retry(Exception):
    """One attempt failed in a way worth retrying (timeout, connection, 429, 5xx)."""

    def __init__(self, problem: str, retry_after: float | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.retry_after = retry_after


class Exchange:
    """Sends GETs through ``client`` under ``pacer``'s gates, at most ``concurrency`` at once."""

    def __init__(self, client: httpx.AsyncClient, settings: Settings, pacer: Pacer) -> None:
        self.client = client
        self.settings = settings
        self.pacer = pacer
        self._slots = asyncio.Semaphore(max(1, settings.concurrency))
        self.requests = 0  # sent, retries and robots.txt included

    async def request(self, url: str, headers: dict[str, str], *, truncate: bool) -> Response:
        """One URL, retried as the module docstring says; any status comes back."""
        host = self.pacer.host(url)
        attempts = self.settings.max_retries + 1
        problem = ""
        for attempt in range(attempts):
            try:
                return await self._attempt(url, headers, host, truncate=truncate)
            except _Retry as retry:
                problem = retry.problem
                wait = self.pacer.backoff(attempt)
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
                await self.pacer.pause(host, wait)
        raise FetchError(url, f"{problem}; gave up after {attempts} attempts")

    async def _attempt(
        self, url: str, headers: dict[str, str], host: HostState, *, truncate: bool
    ) -> Response:
        async with self.pacer.gate(host), self._slots:
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
            clock = self.pacer.clock
            retry_after = retry_after_seconds(response.headers.get("retry-after"), clock.time())
            raise _Retry(f"HTTP {response.status}", retry_after)
        return response

    async def _send(self, url: str, headers: dict[str, str], *, truncate: bool) -> Response:
        cap = MAX_ROBOTS_BYTES if truncate else self.settings.max_response_bytes
        async with self.client.stream("GET", url, headers=headers) as r:
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


def final(url: str, response: Response) -> Response:
    """``response`` if it is a 2xx or 304 that is not a challenge, else the error it means."""
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
