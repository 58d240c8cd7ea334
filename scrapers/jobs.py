"""Scheduled scrape jobs: listing -> judgments -> DB, resumable and incremental.

``scrape(portal_id, query, store=..., settings=..., options=ScrapeOptions(...))``
runs one portal; ``scrape_all(query, store=..., settings=..., options=...)`` runs
every enabled portal at once (one shared ``Fetcher``, so hosts proceed in
parallel while each host stays polite).  ``ScrapeOptions`` (frozen, every field
defaulted) holds how a run behaves: ``since_last``, ``revalidate``, ``log_json``,
``progress``, and the Fetcher's ``allow_private``, ``polite``, ``transport``.

Guarantees (see docs/scheduling.md):

* **commit per judgment**: the raw document, the judgment and the item record
  (``scrape_items``: status, document hash, ETag/Last-Modified) are written in one
  transaction, so a run killed at any point loses at most the judgment in flight
  and never stores half of one;
* **resume / incremental**: items already stored are not requested again (or,
  with ``revalidate=True``, only with a conditional GET); the high-water mark
  (newest decision date stored) is advanced only when a run has gone through
  the whole listing, and never past the date of an item that failed, so
  ``since_last`` never skips anything;
* **one run per DB and portal**: ``Store.lock("scrape:<portal>")``;
* **one bad judgment never stops the batch**: its error is recorded
  (``errors`` table, stage ``scrape``) and the run goes on; a listing that is
  blocked or no longer parses stops that portal's run.

Exit codes: ``EXIT_OK`` 0 new judgments stored; ``EXIT_FAILURE`` 1 nothing
worked (listing blocked/changed with no success, DB locked, every item failed);
2 is argparse's usage error; ``EXIT_PARTIAL`` 3 some items (or the listing)
failed while others were stored; ``EXIT_NOTHING_NEW`` 4 the run worked and
found nothing new.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from caselaw.config import Settings
from caselaw.errors import ConfigError
from caselaw.scrapers._base import Portal, Query
from caselaw.scrapers._http import Fetcher
from caselaw.scrapers._run import (
    BLOCKED_STREAK,
    EXIT_FAILURE,
    EXIT_NOTHING_NEW,
    EXIT_OK,
    EXIT_PARTIAL,
    Progress,
    ScrapeOptions,
    ScrapeReport,
    run_portal,
)
from caselaw.storage import Store


def exit_code(reports: Sequence[ScrapeReport]) -> int:
    """One exit code for several portals' runs (``scrape --all``)."""
    codes = {r.exit_code for r in reports}
    if not codes or codes == {EXIT_NOTHING_NEW}:
        return EXIT_NOTHING_NEW
    if codes <= {EXIT_OK, EXIT_NOTHING_NEW}:
        return EXIT_OK
    return EXIT_FAILURE if codes == {EXIT_FAILURE} else EXIT_PARTIAL


def scrape(
    portal_id: str | Portal,
    query: Query,
    *,
    store: Store,
    settings: Settings,
    base_url: str | None = None,
    options: ScrapeOptions | None = None,
) -> ScrapeReport:
    """Fetch what ``query`` lists on one portal into ``store``; see the module docstring.

    ``portal_id`` may also be a ``Portal`` instance.  A base URL given explicitly
    (``base_url``, ``[portals.<id>] base_url``, or a ``Portal`` built with one) is
    trusted even on a private address; ``ScrapeOptions(allow_private=True)`` trusts
    every address.  In a running event loop (Jupyter) use ``await scrape_async(...)``.
    """
    _no_running_loop("scrape")
    opts = options or ScrapeOptions()
    portal = _portal(portal_id, base_url, settings)
    explicit = [portal] if _explicit(portal_id, base_url, settings) else []

    async def main() -> ScrapeReport:
        async with _fetcher(settings, opts, explicit) as fetcher:
            return await run_portal(portal, query, store, fetcher, opts)

    return asyncio.run(main())


async def scrape_async(
    portal_id: str | Portal,
    query: Query,
    *,
    store: Store,
    settings: Settings,
    fetcher: Fetcher | None = None,
    base_url: str | None = None,
    options: ScrapeOptions | None = None,
) -> ScrapeReport:
    """``scrape`` for code that already runs an event loop (notebooks).

    With ``fetcher`` given, its own settings decide how it fetches and the
    Fetcher fields of ``options`` (``allow_private``, ``polite``, ``transport``)
    are not used.
    """
    opts = options or ScrapeOptions()
    portal = _portal(portal_id, base_url, settings)
    if fetcher is not None:
        return await run_portal(portal, query, store, fetcher, opts)
    explicit = [portal] if _explicit(portal_id, base_url, settings) else []
    async with _fetcher(settings, opts, explicit) as own:
        return await run_portal(portal, query, store, own, opts)


def scrape_all(
    query: Query,
    *,
    store: Store,
    settings: Settings,
    options: ScrapeOptions | None = None,
) -> list[ScrapeReport]:
    """Run every enabled portal (``enabled_portals``) concurrently; one report each."""
    _no_running_loop("scrape_all")
    opts = options or ScrapeOptions()
    portals = [_portal(pid, None, settings) for pid in enabled_portals(settings)]
    configured = [p for p in portals if _explicit(p.id, None, settings)]

    async def main() -> list[ScrapeReport]:
        async with _fetcher(settings, opts, configured) as fetcher:
            runs = [run_portal(p, query, store, fetcher, opts) for p in portals]
            return list(await asyncio.gather(*runs))

    return asyncio.run(main())


def enabled_portals(settings: Settings) -> list[str]:
    """Portal ids that ``scrape --all`` runs.

    A portal is skipped when its config says ``enabled = false``, when it needs a
    token and none is configured, when it needs a licence and
    ``licence_confirmed`` is not true, and when its default base URL is on
    loopback (the replay portal) unless ``enabled = true``.
    """
    from caselaw.scrapers.registry import available

    ids = []
    for info in available():
        conf = settings.portal(info.id)
        enabled = conf.get("enabled")
        if enabled is not None and not _truthy(enabled):
            continue
        if info.requires_token and not conf.get("token"):
            continue
        if info.requires_licence and not _truthy(conf.get("licence_confirmed")):
            continue
        host = (urlsplit(info.base_url).hostname or "").lower()
        if host in ("localhost", "127.0.0.1", "::1") and not _truthy(enabled):
            continue
        ids.append(info.id)
    return ids


def _portal(portal_id: str | Portal, base_url: str | None, settings: Settings) -> Portal:
    if isinstance(portal_id, Portal):
        return portal_id
    from caselaw.scrapers.registry import get_portal

    options = settings.portal(portal_id)
    return get_portal(portal_id, base_url or options.get("base_url"), options=options)


def _explicit(portal_id: str | Portal, base_url: str | None, settings: Settings) -> bool:
    """Whether the operator named the portal's base URL (so its origin is trusted)."""
    if isinstance(portal_id, Portal) or base_url:
        return True
    return bool(settings.portal(portal_id).get("base_url"))


def _fetcher(settings: Settings, opts: ScrapeOptions, explicit: Sequence[Portal]) -> Fetcher:
    """The run's Fetcher; the base URLs the operator named are trusted even if private."""
    trusted = True if opts.allow_private else [p.base_url for p in explicit]
    return Fetcher(settings, transport=opts.transport, allow_private=trusted, polite=opts.polite)


def _no_running_loop(name: str) -> None:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise ConfigError(f"{name}() cannot run inside a running event loop; await scrape_async()")


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


__all__ = [
    "BLOCKED_STREAK",
    "Progress",
    "EXIT_FAILURE",
    "EXIT_NOTHING_NEW",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "ScrapeOptions",
    "ScrapeReport",
    "enabled_portals",
    "exit_code",
    "run_portal",
    "scrape",
    "scrape_all",
    "scrape_async",
]
