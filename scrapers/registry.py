"""The one table of portals: id -> class, imported on first use.

A new portal is a module named by its id (start from ``_template.py``) plus one
line here; ``tests/scrapers/test_registry.py`` checks that every portal module is
registered and that every id matches its class's ``info.id``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from caselaw.errors import ConfigError
from caselaw.scrapers._base import Portal, PortalInfo

# id -> "module:Class" (lazy, so a portal's imports cost nothing until it is used).
PORTALS: dict[str, str] = {
    "courtlistener": "caselaw.scrapers.courtlistener:CourtListener",
    "findcaselaw": "caselaw.scrapers.findcaselaw:FindCaseLaw",
    "hudoc": "caselaw.scrapers.hudoc:Hudoc",
    "kenyalaw": "caselaw.scrapers.kenyalaw:KenyaLaw",
    "ph_elibrary": "caselaw.scrapers.ph_elibrary:PhElibrary",
    "replay": "caselaw.scrapers.replay:ReplayPortal",
    "sherloc": "caselaw.scrapers.sherloc:Sherloc",
}


def portal_class(portal_id: str) -> type[Portal]:
    """The class registered under ``portal_id``; ConfigError lists the valid ids."""
    target = PORTALS.get(portal_id)
    if target is None:
        valid = ", ".join(sorted(PORTALS))
        raise ConfigError(f"unknown portal {portal_id!r}; available portals: {valid}")
    module_name, _, class_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ConfigError(f"portal {portal_id!r} cannot be loaded: {exc}") from exc
    cls: type[Portal] = getattr(module, class_name)
    return cls


def get_portal(
    portal_id: str, base_url: str | None = None, options: Mapping[str, Any] | None = None
) -> Portal:
    """An instance of the portal ``portal_id`` (optionally at another ``base_url``)."""
    return portal_class(portal_id)(base_url=base_url, options=options)


def available() -> list[PortalInfo]:
    """Info of every registered portal that can be loaded, sorted by id."""
    infos = []
    for portal_id in sorted(PORTALS):
        try:
            infos.append(portal_class(portal_id).info)
        except ConfigError:
            continue  # e.g. a module still being written; get_portal reports it
    return infos
