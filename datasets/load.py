"""``load(db) -> Tables``: the nexus dataset as pandas DataFrames, for notebooks and stats.

    >>> from caselaw.datasets import load
    >>> t = load("caselaw.db")
    >>> t.cases[t.cases.trafficking_charged].groupby("jurisdiction").co_charged.mean()

Flags are ``bool``, ``year`` is a nullable integer taken from the decision date,
``roles`` and ``aliases`` are lists, and ``evidence`` stays JSON text.  Nothing
here is pseudonymised: these frames are for use beside the DB; ``build`` makes
the shareable export.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from caselaw.datasets import tables
from caselaw.errors import StorageError
from caselaw.storage import MEMORY, Store

_BOOLS = {
    "cases": (
        "trafficking_charged",
        "corruption_charged",
        "co_charged",
        "official_defendant",
        "corruption_signal",
    ),
    "defendants": ("is_official",),
    "charges": ("alternative",),
    "verdicts": ("standing",),
    "sources": ("extracted",),
}
_LISTS = {"defendants": ("roles", "aliases")}


@dataclass(frozen=True, slots=True)
class Tables:
    """The dataset: one DataFrame per table.

    cases        one row per extracted judgment (flags, outcomes, portal, year)
    defendants   accused/respondents; ``is_official``, ``official_type``, ``roles``
    charges      one offence of one defendant; ``category`` and standing ``outcome``
    verdicts     outcomes per charge and court level; ``standing`` marks the one left
    sentences    imprisonment/fine/... per defendant
    signals      corruption the text narrates (``kind``), charged or not
    factors      investigation/evidence success factors (``name``)
    sources      one row per judgment scanned (portal, url, sha256, media type, court, year)
    extractions  extractor versions per judgment (JSON)
    scrape       portal items listed by the scrapers, per portal and status (``n``)
    """

    cases: pd.DataFrame
    defendants: pd.DataFrame
    charges: pd.DataFrame
    verdicts: pd.DataFrame
    sentences: pd.DataFrame
    signals: pd.DataFrame
    factors: pd.DataFrame
    sources: pd.DataFrame
    extractions: pd.DataFrame
    scrape: pd.DataFrame

    def items(self) -> Iterator[tuple[str, pd.DataFrame]]:
        for f in fields(self):
            yield f.name, getattr(self, f.name)


def open_db(db: str | os.PathLike[str] | Store) -> Store:
    """A Store for ``db``; a path that does not exist is an error, never a new empty DB."""
    if isinstance(db, Store):
        return db
    path = str(db)
    if path != MEMORY and not Path(path).is_file():
        raise StorageError(f"{path}: no caselaw database there")
    return Store(path)


def load(db: str | os.PathLike[str] | Store) -> Tables:
    """Read the whole dataset from a caselaw DB (path or open Store)."""
    store = open_db(db)
    frames = {name: tables.facts(store, name) for name in tables.FACT_TABLES}
    frames["cases"] = tables.cases(store)
    frames["sources"] = tables.sources(store)
    frames["extractions"] = tables.extractions(store)
    frames["scrape"] = tables.scrape_items(store)
    for name, frame in frames.items():
        _tidy(name, frame)
    return Tables(**frames)


def _tidy(name: str, frame: pd.DataFrame) -> None:
    for column in _BOOLS.get(name, ()):
        frame[column] = frame[column].fillna(0).astype(int).astype(bool)
    for column in _LISTS.get(name, ()):
        frame[column] = [json.loads(v) if v else [] for v in frame[column]]
    if "decision_date" in frame.columns:
        years = pd.to_numeric(frame["decision_date"].astype("string").str[:4], errors="coerce")
        frame["year"] = years.astype("Int64")
