"""Politeness of the HTTP layer: per-host spacing, whole-host back-off, retry waits.

``Pacer`` keeps one ``HostState`` per origin (scheme, host, port) for a Fetcher's
life.  In polite mode each host gets one request at a time, started at least
``max(min_delay, Crawl-delay)`` seconds after the previous one and never before a
``Retry-After`` the host asked for; hosts are independent.  Time and chance come
from ``Clock``, so tests inject a fake one and never wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from caselaw.config import Settings
from caselaw.scrapers._http_rules import origin_of
from caselaw.scrapers.robots import RobotsRules

BACKOFF_SECONDS = 1.0  # first retry waits about this long, doubling each time


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
class HostState:
    """What the Fetcher remembers about one origin: its gate, robots.txt, back-off."""

    gate: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots: RobotsRules | None = None
    last_start: float = float("-inf")
    not_before: float = float("-inf")


class Pacer:
    """Spacing and back-off per host; with ``polite=False`` only retry waits remain."""

    def __init__(self, settings: Settings, clock: Clock, *, polite: bool) -> None:
        self.settings = settings
        self.clock = clock
        self.polite = polite
        self._hosts: dict[str, HostState] = {}

    def host(self, url: str) -> HostState:
        key = origin_of(url)
        host = self._hosts.get(key)
        if host is None:
            host = self._hosts[key] = HostState()
        return host

    @contextlib.asynccontextmanager
    async def gate(self, host: HostState) -> AsyncIterator[None]:
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

    async def pause(self, host: HostState, wait: float) -> None:
        if self.polite:  # the whole host backs off, not just this request
            host.not_before = max(host.not_before, self.clock.monotonic() + wait)
        else:
            await self.clock.sleep(wait)

    def backoff(self, attempt: int) -> float:
        wait = BACKOFF_SECONDS * 2**attempt * (0.5 + self.clock.random())
        return min(wait, self.settings.max_retry_after)
