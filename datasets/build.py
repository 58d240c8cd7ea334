"""``build(db, out, format)``: export the nexus dataset, pseudonymised, with its dataset card.

Formats: ``csv``, ``jsonl``, ``parquet`` (one file per table) or ``sqlite`` (one
``caselaw-dataset.db`` plus a Datasette ``metadata.json`` with table and column
descriptions; ``datasette caselaw-dataset.db -m metadata.json``).  Every format
gets ``README.md``, the dataset card: schema, provenance per portal, extractor
versions, sampling frame, known biases and how victims were pseudonymised.

Victims' names and initials never leave the DB: every exported text field
(evidence quotes, evidence JSON, case names, charge labels, sentence
descriptions) goes through ``Pseudonymiser.redact``; judgment texts and raw files
are not exported at all.

Writes: the caselaw DB is only read (through ``tables``); the SQLite export is a
new file written with ``sqlite_utils`` here, the one place outside
``caselaw/storage/`` that writes SQLite, and only to the export file.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import pandas as pd
import sqlite_utils

from caselaw.datasets.load import Tables, load, open_db
from caselaw.datasets.pseudonym import Pseudonymiser
from caselaw.datasets.stats import NexusStats, compute
from caselaw.errors import ConfigError
from caselaw.storage import Store

log = logging.getLogger(__name__)

FORMATS = ("csv", "jsonl", "parquet", "sqlite")
SQLITE_NAME = "caselaw-dataset.db"
EXPORTED = (
    "cases",
    "defendants",
    "charges",
    "verdicts",
    "sentences",
    "signals",
    "factors",
    "sources",
    "extractions",
    "frame",
)
_REDACTED = ("case_name", "evidence_text", "label", "description")
_PKS = {"cases": "judgment_id", "sources": "judgment_id", "extractions": "judgment_id"}


@dataclass(frozen=True, slots=True)
class BuildReport:
    out: Path
    format: str
    files: tuple[Path, ...]
    rows: tuple[tuple[str, int], ...]  # (table, rows exported)
    pseudonyms: int  # distinct victims' names replaced


def build(
    db: str | os.PathLike[str] | Store, out: Path, format: str = "csv", *, key: bytes | None = None
) -> BuildReport:
    """Export every table to ``out`` in ``format``, with README.md (and metadata.json)."""
    if format not in FORMATS:
        raise ConfigError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    store = open_db(db)
    tables = load(store)
    pseudonymiser = Pseudonymiser.from_store(store, key)
    figures = compute(tables)
    frames = export_frames(tables, figures, pseudonymiser)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files = _WRITERS[format](frames, out)
    descriptions = column_descriptions()
    if format == "sqlite":
        meta = out / "metadata.json"
        meta.write_text(json.dumps(datasette_metadata(descriptions), indent=2), encoding="utf-8")
        files.append(meta)
    card = out / "README.md"
    card.write_text(dataset_card(frames, figures, descriptions, format), encoding="utf-8")
    files.append(card)
    rows = tuple((name, len(frame)) for name, frame in frames.items())
    log.info("built %s dataset in %s: %s", format, out, dict(rows))
    return BuildReport(out, format, tuple(files), rows, pseudonymiser.count)


def export_frames(t: Tables, figures: NexusStats, p: Pseudonymiser) -> dict[str, pd.DataFrame]:
    """Pseudonymised copies of the tables to export, in ``EXPORTED`` order."""
    frames = {name: frame.copy() for name, frame in t.items() if name in EXPORTED}
    frames["frame"] = pd.DataFrame([asdict(r) for r in figures.frame], columns=_FRAME_COLUMNS)
    for frame in frames.values():
        if "judgment_id" not in frame.columns:
            continue
        for column in _REDACTED:
            if column in frame.columns:
                frame[column] = [
                    None if v is None or v != v else p.redact(jid, str(v))
                    for jid, v in zip(frame.judgment_id, frame[column], strict=True)
                ]
        if "evidence" in frame.columns:
            frame["evidence"] = [
                p.redact_evidence(jid, v)
                for jid, v in zip(frame.judgment_id, frame["evidence"], strict=True)
            ]
    return {name: frames[name] for name in EXPORTED}


_FRAME_COLUMNS = ["portal", "court", "year", "scanned", "extracted", "matched", "nexus"]


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists as JSON text and missing values as None, for CSV and SQLite."""
    out = frame.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, list)).any():
            out[column] = out[column].map(json.dumps)
    return out.astype(object).where(pd.notna(out), None)


def _write_csv(frames: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    paths = []
    for name, frame in frames.items():
        path = out / f"{name}.csv"
        _flat(frame).to_csv(path, index=False)
        paths.append(path)
    return paths


def _write_jsonl(frames: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    paths = []
    for name, frame in frames.items():
        path = out / f"{name}.jsonl"
        records = _flat(frame).to_dict(orient="records")
        with path.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        paths.append(path)
    return paths


def _write_parquet(frames: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    paths = []
    for name, frame in frames.items():
        path = out / f"{name}.parquet"
        frame.to_parquet(path, index=False)
        paths.append(path)
    return paths


def _write_sqlite(frames: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    path = out / SQLITE_NAME
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    for name, frame in frames.items():
        records: list[dict[str, Any]] = _flat(frame).to_dict(orient="records")
        columns = {c: _sql_type(frame[c]) for c in frame.columns}
        table = db.table(name)
        table.create(columns, pk=_PKS.get(name, "id" if "id" in frame.columns else None))
        table.insert_all(records)
    for name in EXPORTED:
        if name not in ("cases", "sources", "frame") and "judgment_id" in frames[name].columns:
            db.table(name).add_foreign_key("judgment_id", "sources", "judgment_id")
    db.table("cases").add_foreign_key("judgment_id", "sources", "judgment_id")
    db.close()
    return [path]


def _sql_type(series: pd.Series[Any]) -> type:
    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_integer_dtype(series):
        return int
    if pd.api.types.is_float_dtype(series):
        return float
    return str


_WRITERS = {
    "csv": _write_csv,
    "jsonl": _write_jsonl,
    "parquet": _write_parquet,
    "sqlite": _write_sqlite,
}


def column_descriptions() -> dict[str, Any]:
    text = resources.files("caselaw.datasets").joinpath("columns.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _columns_of(name: str, descriptions: dict[str, Any]) -> dict[str, str]:
    table = descriptions["tables"][name]
    columns = dict(table["columns"])
    if name not in ("cases", "sources", "extractions", "frame"):
        columns.update(descriptions["evidence_columns"])
    return columns


def datasette_metadata(descriptions: dict[str, Any]) -> dict[str, Any]:
    """Datasette metadata: title, licence note, and a description for every table and column."""
    tables = {
        name: {
            "description": descriptions["tables"][name]["description"],
            "columns": _columns_of(name, descriptions),
        }
        for name in EXPORTED
    }
    return {
        "title": "caselaw: trafficking and corruption in court judgments",
        "description": (
            "Facts extracted from public court judgments, with evidence quotes. Victims' names "
            "are pseudonymised. Read figures beside the sampling frame (table 'frame')."
        ),
        "databases": {SQLITE_NAME.removesuffix(".db"): {"tables": tables}},
    }


def dataset_card(
    frames: dict[str, pd.DataFrame],
    figures: NexusStats,
    descriptions: dict[str, Any],
    format: str,
) -> str:
    """README.md for the export, from ``card.md`` (package data)."""
    template = resources.files("caselaw.datasets").joinpath("card.md").read_text("utf-8")
    schema = []
    for name in EXPORTED:
        schema.append(f"### {name} ({len(frames[name])} rows)\n")
        schema.append(descriptions["tables"][name]["description"] + "\n")
        schema.append("| column | meaning |\n|---|---|")
        for column, meaning in _columns_of(name, descriptions).items():
            schema.append(f"| `{column}` | {meaning} |")
        schema.append("")
    return Template(template).substitute(
        format=format,
        scanned=figures.scanned,
        extracted=figures.extracted,
        trafficking=figures.trafficking,
        nexus=figures.nexus,
        provenance=_provenance(frames["sources"], figures),
        versions="\n".join(f"- `{v}`: {n} judgments" for v, n in figures.versions) or "- none",
        frame=_frame_table(figures),
        schema="\n".join(schema),
    )


def _provenance(sources: pd.DataFrame, figures: NexusStats) -> str:
    rows = ["| portal | listed | scanned | extracted | trafficking | media types | fetched |"]
    rows.append("|---|---|---|---|---|---|---|")
    for p in figures.portals:
        src = sources[sources.portal == p.portal]
        media = ", ".join(sorted({str(m) for m in src.media_type.dropna()})) or "-"
        fetched = src.fetched_at.dropna().astype(str)
        span = f"{fetched.min()[:10]} to {fetched.max()[:10]}" if len(fetched) else "-"
        rows.append(
            f"| {p.portal} | {p.listed} | {p.scanned} | {p.extracted} | {p.matched} "
            f"| {media} | {span} |"
        )
    return "\n".join(rows)


def _frame_table(figures: NexusStats) -> str:
    rows = ["| portal | court | year | scanned | extracted | matched | nexus |"]
    rows.append("|---|---|---|---|---|---|---|")
    for r in figures.frame:
        rows.append(
            f"| {r.portal} | {r.court} | {r.year} | {r.scanned} | {r.extracted} "
            f"| {r.matched} | {r.nexus} |"
        )
    return "\n".join(rows)
