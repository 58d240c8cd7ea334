"""What every portal module provides, and the records it hands back.

A portal module is pure: it builds URLs and parses bytes.  Only ``_http.py``
touches the network, and the job runner (``caselaw.scrapers.jobs``) drives the
loop: listing URL -> ``parse_listing`` -> refs -> ``document_url`` -> fetch ->
``parse_document`` -> ``Parsed`` (text, metadata, or a link to follow, e.g. the
source PDF when a page has no text).
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from caselaw.models import JudgmentRef


@dataclass(frozen=True, slots=True)
class Query:
    """What a scheduled job asks a portal for."""

    text: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    court: str | None = None
    limit: int | None = None

    @property
    def key(self) -> str:
        """Identifies the query in the stored scrape state (dates excluded)."""
        return f"q={self.text or ''}|court={self.court or ''}"


@dataclass(frozen=True, slots=True)
class Listing:
    """One page of a listing or feed."""

    refs: tuple[JudgmentRef, ...]
    next_url: str | None = None
    # True for an honest empty result (the portal's own count is 0, an empty feed,
    # "No documents found"); a page that should hold results but parsed none raises
    # PortalChangedError instead: never a silent zero.
    exhausted: bool = False


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a judgment page gave: clean text with metadata, or a URL to fetch instead."""

    text: str | None = None
    follow_url: str | None = None
    media_type: str | None = None
    jurisdiction: str | None = None
    court: str | None = None
    court_level: str | None = None
    case_name: str | None = None
    docket: str | None = None
    decision_date: dt.date | None = None
    language: str = "en"
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PortalInfo:
    id: str
    name: str
    base_url: str
    coverage: str
    terms: str
    requires_licence: bool = False
    requires_token: bool = False


class Portal(ABC):
    """Base class of a portal; subclasses live in a module named by the portal id."""

    info: ClassVar[PortalInfo]

    def __init__(self, base_url: str | None = None, options: Mapping[str, Any] | None = None):
        self.base_url = (base_url or self.info.base_url).rstrip("/")
        self.options: Mapping[str, Any] = options or {}

    @property
    def id(self) -> str:
        return self.info.id

    def headers(self) -> dict[str, str]:
        """Extra request headers (an API token, an Accept header)."""
        return {}

    @abstractmethod
    def listing_urls(self, query: Query) -> list[str]:
        """First page URL(s) of the listings or feeds that answer ``query``."""

    @abstractmethod
    def parse_listing(self, content: bytes, url: str) -> Listing:
        """Refs on one listing page and the next page's URL; pure."""

    def document_url(self, ref: JudgmentRef) -> str:
        """The URL that holds the judgment itself (defaults to the ref's URL)."""
        return ref.url

    @abstractmethod
    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        """Text and metadata from a judgment page, or a link to follow; pure."""
