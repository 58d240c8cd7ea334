"""Settings: defaults, environment and an optional TOML file, in that order of weakness.

The config file is TOML (``tomllib``: data only, nothing is executed).  It is read
from ``$CASELAW_CONFIG`` or ``./caselaw.toml`` when present::

    db = "caselaw.db"
    contact = "research-team@example.org"
    [portals.courtlistener]
    token = "..."          # or CASELAW_COURTLISTENER_TOKEN
    [portals.findcaselaw]
    licence_confirmed = true
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from caselaw.errors import ConfigError

DEFAULT_DB = "caselaw.db"
DEFAULT_CONTACT = "caselaw-maintainers@users.noreply.github.com"
DEFAULT_USER_AGENT = "caselaw/{version} (+https://github.com/caselaw-project/caselaw; {contact})"
DEFAULT_TIMEOUT = 30.0  # seconds, per request
DEFAULT_MAX_RESPONSE_BYTES = 50 * 1024 * 1024
DEFAULT_MIN_DELAY = 1.0  # seconds between requests to one host
DEFAULT_MAX_RETRIES = 4
DEFAULT_MAX_RETRY_AFTER = 300.0  # never sleep longer than this for one Retry-After
DEFAULT_CONCURRENCY = 8  # httpx slows down past ~8 requests in flight
DEFAULT_PROXY = "env"  # HTTPS_PROXY & co. as curl reads them; "none": always direct

# Caps on one document (hostile input): bytes read, PDF pages, markup depth, seconds.
DEFAULT_MAX_DOCUMENT_BYTES = 100 * 1024 * 1024
DEFAULT_MAX_PDF_PAGES = 2000
DEFAULT_MAX_PAGE_CHARS = 100_000  # a dense real judgment page holds about 5,000
DEFAULT_MAX_TEXT_CHARS = 20 * 1024 * 1024
DEFAULT_MAX_DOCUMENT_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = DEFAULT_DB
    contact: str = DEFAULT_CONTACT
    timeout: float = DEFAULT_TIMEOUT
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    min_delay: float = DEFAULT_MIN_DELAY
    max_retries: int = DEFAULT_MAX_RETRIES
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    concurrency: int = DEFAULT_CONCURRENCY
    proxy: str = DEFAULT_PROXY  # "env" or "none" (caselaw.scrapers._proxy)
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    max_pdf_pages: int = DEFAULT_MAX_PDF_PAGES
    max_page_chars: int = DEFAULT_MAX_PAGE_CHARS
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS
    max_document_seconds: float = DEFAULT_MAX_DOCUMENT_SECONDS
    portals: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def portal(self, portal_id: str) -> Mapping[str, Any]:
        """Settings for one portal, with ``CASELAW_<PORTAL>_<KEY>`` overrides from the env."""
        merged = dict(self.portals.get(portal_id, {}))
        prefix = f"CASELAW_{portal_id.upper()}_"
        for key, value in os.environ.items():
            if key.startswith(prefix):
                merged[key[len(prefix) :].lower()] = value
        return merged

    def user_agent(self) -> str:
        from caselaw import __version__

        return DEFAULT_USER_AGENT.format(version=__version__, contact=self.contact)


_TYPES: dict[str, type] = {"str": str, "int": int, "float": float}
# Every scalar setting can come from the config file or a CASELAW_<NAME> variable.
_SCALARS = {f.name: _TYPES[str(f.type)] for f in fields(Settings) if str(f.type) in _TYPES}


def load_settings(path: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    """Defaults < config file < ``CASELAW_*`` environment < explicit overrides."""
    values: dict[str, Any] = {}
    file = Path(path or os.environ.get("CASELAW_CONFIG") or "caselaw.toml")
    if file.is_file():
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: not valid TOML: {exc}") from exc
        values.update(_typed(data, str(file)))
        if isinstance(data.get("portals"), dict):
            values["portals"] = MappingProxyType(data["portals"])
    elif path is not None:
        raise ConfigError(f"{file}: config file not found")
    env = {k: os.environ[name] for k in _SCALARS if (name := f"CASELAW_{k.upper()}") in os.environ}
    values.update(_typed(env, "environment"))
    values.update({k: v for k, v in overrides.items() if v is not None})
    return replace(Settings(), **values)


def _typed(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, kind in _SCALARS.items():
        if key in data:
            try:
                out[key] = kind(data[key])
            except (TypeError, ValueError) as exc:
                raise ConfigError(f"{where}: {key} must be {kind.__name__}") from exc
    return out
