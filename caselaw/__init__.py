"""caselaw: mine court judgments for the trafficking-corruption nexus.

The verbs (each also a ``caselaw`` command of the same name)::

    import caselaw
    caselaw.ingest(["judgments/"], db="caselaw.db")
    caselaw.extract(db="caselaw.db")
    tables = caselaw.load("caselaw.db")        # pandas DataFrames
    figures = caselaw.stats("caselaw.db")

Heavy dependencies (spaCy, pandas, matplotlib) load on first use, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "CaselawError",
    "Extraction",
    "Judgment",
    "Store",
    "build",
    "demo",
    "errors",
    "evaluate",
    "extract",
    "extract_files",
    "ingest",
    "load",
    "portals",
    "report",
    "scrape",
    "stats",
]

_LAZY = {
    "CaselawError": ("caselaw.errors", "CaselawError"),
    "Extraction": ("caselaw.models", "Extraction"),
    "Judgment": ("caselaw.models", "Judgment"),
    "Store": ("caselaw.storage", "Store"),
    "build": ("caselaw.datasets", "build"),
    "demo": ("caselaw.demo", "demo"),
    "errors": ("caselaw.pipeline", "errors"),
    "evaluate": ("caselaw.evaluate", "evaluate"),
    "extract": ("caselaw.pipeline", "extract"),
    "extract_files": ("caselaw.pipeline", "extract_files"),
    "ingest": ("caselaw.pipeline", "ingest"),
    "load": ("caselaw.datasets", "load"),
    "portals": ("caselaw.scrapers.registry", "available"),
    "report": ("caselaw.datasets", "report"),
    "scrape": ("caselaw.scrapers.jobs", "scrape"),
    "stats": ("caselaw.datasets", "stats"),
}

if TYPE_CHECKING:
    from caselaw.errors import CaselawError
    from caselaw.models import Extraction, Judgment
    from caselaw.storage import Store


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'caselaw' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
