"""Every SQL read of the dataset layer, and nothing else: rows in, DataFrames out.

This is the only module under ``datasets/`` that writes SQL; it reads through
``Store.query`` (read-only).  Judgment metadata is taken from the portal first
(``judgments``) and from what the extractors read in the text (``cases``)
where the portal gave none, as ``caselaw.models.JudgmentInfo`` prescribes.
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from caselaw.storage import Store

FACT_TABLES = ("defendants", "charges", "verdicts", "sentences", "signals", "factors")

_FACT_ORDER = {
    "defendants": "judgment_id, idx",
    "charges": "judgment_id, idx",
    "verdicts": "judgment_id, id",
    "sentences": "judgment_id, id",
    "signals": "judgment_id, id",
    "factors": "judgment_id, id",
}

_CASES = """
select c.judgment_id, j.portal,
       coalesce(j.jurisdiction, c.jurisdiction) as jurisdiction,
       coalesce(j.court, c.court) as court,
       coalesce(j.court_level, c.court_level) as court_level,
       coalesce(j.decision_date, c.decision_date) as decision_date,
       coalesce(nullif(j.case_name, ''), nullif(c.case_name, ''), j.title) as case_name,
       j.url as source_url, c.proceeding,
       c.trafficking_charged, c.corruption_charged, c.co_charged, c.official_defendant,
       c.corruption_signal, c.trafficking_outcome, c.corruption_outcome
from cases c join judgments j on j.id = c.judgment_id
order by c.judgment_id
"""

_SOURCES = """
select j.id as judgment_id, j.portal, j.portal_id, j.url, j.document_sha256 as sha256,
       d.media_type, d.fetched_at,
       coalesce(j.jurisdiction, c.jurisdiction) as jurisdiction,
       coalesce(j.court, c.court) as court,
       coalesce(j.court_level, c.court_level) as court_level,
       coalesce(j.decision_date, c.decision_date) as decision_date,
       case when c.judgment_id is null then 0 else 1 end as extracted
from judgments j
left join documents d on d.sha256 = j.document_sha256
left join cases c on c.judgment_id = j.id
order by j.id
"""


def cases(store: Store) -> pd.DataFrame:
    """One row per extracted judgment, with the portal and source URL joined in."""
    return _frame(store.query(_CASES), _CASE_COLUMNS)


def facts(store: Store, table: str) -> pd.DataFrame:
    """All rows of one fact table (``FACT_TABLES``), in a stable order."""
    if table not in _FACT_ORDER:
        raise ValueError(f"not a fact table: {table!r}")
    rows = store.query(f"select * from [{table}] order by {_FACT_ORDER[table]}")
    columns = [r["name"] for r in store.query(f"pragma table_info([{table}])")]
    return _frame(rows, tuple(columns))


def sources(store: Store) -> pd.DataFrame:
    """One row per judgment in the DB (scanned), extracted or not."""
    return _frame(store.query(_SOURCES), _SOURCE_COLUMNS)


def extractions(store: Store) -> pd.DataFrame:
    """Extractor versions per judgment (``versions`` is a JSON object)."""
    rows = store.query(
        "select judgment_id, versions, extracted_at from extractions order by judgment_id"
    )
    return _frame(rows, ("judgment_id", "versions", "extracted_at"))


def scrape_items(store: Store) -> pd.DataFrame:
    """How many portal items each scrape listed, per portal and status."""
    rows = store.query(
        "select portal, status, count(*) as n from scrape_items "
        "group by portal, status order by portal, status"
    )
    return _frame(rows, ("portal", "status", "n"))


def judgment_ids(store: Store) -> list[str]:
    return [r["id"] for r in store.query("select id from judgments order by id")]


def iter_texts(store: Store) -> Iterator[tuple[str, str]]:
    """(judgment id, clean text), one judgment in memory at a time."""
    for jid in judgment_ids(store):
        for row in store.query("select text from judgments where id = ?", [jid]):
            yield jid, row["text"] or ""


def _frame(rows: list[dict[str, object]], columns: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame.from_records(rows, columns=list(columns))


_CASE_COLUMNS = (
    "judgment_id",
    "portal",
    "jurisdiction",
    "court",
    "court_level",
    "decision_date",
    "case_name",
    "source_url",
    "proceeding",
    "trafficking_charged",
    "corruption_charged",
    "co_charged",
    "official_defendant",
    "corruption_signal",
    "trafficking_outcome",
    "corruption_outcome",
)

_SOURCE_COLUMNS = (
    "judgment_id",
    "portal",
    "portal_id",
    "url",
    "sha256",
    "media_type",
    "fetched_at",
    "jurisdiction",
    "court",
    "court_level",
    "decision_date",
    "extracted",
)
