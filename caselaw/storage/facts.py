"""A judgment's extracted facts: the rows of one Extraction, written and dropped together.

``versions_key`` names the extractor versions that produced a judgment's facts, so
the same versions are not run twice.  Every fact row carries its evidence columns.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

from caselaw.models import Evidence, Extraction
from caselaw.storage.connection import now, one

# Fact tables in delete order: rows that point at charges or defendants go first.
_FACT_TABLES = ("verdicts", "charges", "sentences", "signals", "factors", "defendants")


def versions_key(versions: Mapping[str, str]) -> str:
    return ",".join(f"{k}@{v}" for k, v in sorted(versions.items()))


def stored_versions_key(db: sqlite_utils.Database, judgment_id: str) -> str | None:
    """The ``versions_key`` of a judgment's stored facts, None if never extracted."""
    row = one(db, "select versions_key from extractions where judgment_id = ?", [judgment_id])
    return None if row is None else row["versions_key"]


def delete_facts(db: sqlite_utils.Database, judgment_id: str) -> None:
    """Drop a judgment's facts and its extraction record (children before parents)."""
    for table in _FACT_TABLES:
        db.execute(f"delete from [{table}] where judgment_id = ?", [judgment_id])
    db.execute("delete from cases where judgment_id = ?", [judgment_id])
    db.execute("delete from extractions where judgment_id = ?", [judgment_id])


def record_extraction(db: sqlite_utils.Database, extraction: Extraction, key: str) -> None:
    """Note which extractor versions produced the judgment's facts, and when."""
    db.table("extractions").insert(
        {
            "judgment_id": extraction.judgment_id,
            "versions": json.dumps(dict(extraction.versions), sort_keys=True),
            "versions_key": key,
            "extracted_at": now(),
        }
    )


def evidence_columns(evidence: Sequence[Evidence]) -> dict[str, Any]:
    """The primary span as columns, and every span as JSON."""
    first = evidence[0] if evidence else None
    return {
        "evidence_start": first.start if first else None,
        "evidence_end": first.end if first else None,
        "evidence_text": first.text if first else None,
        "extractor": first.extractor if first else None,
        "extractor_version": first.version if first else None,
        "evidence": json.dumps(
            [
                {
                    "start": e.start,
                    "end": e.end,
                    "text": e.text,
                    "extractor": e.extractor,
                    "version": e.version,
                }
                for e in evidence
            ]
        ),
    }


def insert_facts(db: sqlite_utils.Database, x: Extraction) -> None:
    """Insert every fact row of ``x``, parents first (the caller holds the transaction)."""
    jid = x.judgment_id
    _insert_case(db, x)
    _insert_defendants(db, x)
    _insert_charges(db, x)
    _insert_verdicts(db, x)
    _insert_sentences(db, x)
    db.table("signals").insert_all(
        {"id": f"{jid}#g{i}", "judgment_id": jid, "kind": s.kind, **evidence_columns(s.evidence)}
        for i, s in enumerate(x.signals)
    )
    db.table("factors").insert_all(
        {"id": f"{jid}#f{i}", "judgment_id": jid, "name": f.name, **evidence_columns(f.evidence)}
        for i, f in enumerate(x.factors)
    )


def _did(jid: str, index: int | None) -> str | None:
    """A defendant's row id from its index in the judgment (None: not tied to one)."""
    return None if index is None else f"{jid}#d{index}"


def _insert_case(db: sqlite_utils.Database, x: Extraction) -> None:
    case, info = x.case, x.info
    db.table("cases").insert(
        {
            "judgment_id": x.judgment_id,
            "jurisdiction": info.jurisdiction,
            "court": info.court,
            "court_level": str(info.court_level) if info.court_level else None,
            "decision_date": info.decision_date.isoformat() if info.decision_date else None,
            "case_name": info.case_name,
            "proceeding": str(info.proceeding) if info.proceeding else None,
            "trafficking_charged": int(case.trafficking_charged),
            "corruption_charged": int(case.corruption_charged),
            "co_charged": int(case.co_charged),
            "official_defendant": int(case.official_defendant),
            "corruption_signal": int(case.corruption_signal),
            "trafficking_outcome": str(case.trafficking_outcome),
            "corruption_outcome": str(case.corruption_outcome),
        }
    )


def _insert_defendants(db: sqlite_utils.Database, x: Extraction) -> None:
    db.table("defendants").insert_all(
        {
            "id": _did(x.judgment_id, d.index),
            "judgment_id": x.judgment_id,
            "idx": d.index,
            "name": d.name,
            "is_official": int(d.is_official),
            "official_type": str(d.official_type) if d.official_type else None,
            "roles": json.dumps([str(r) for r in d.roles]),
            "aliases": json.dumps(list(d.aliases)),
            **evidence_columns(d.evidence),
        }
        for d in x.defendants
    )


def _insert_charges(db: sqlite_utils.Database, x: Extraction) -> None:
    jid = x.judgment_id
    standing = {(v.charge): v.outcome for v in x.verdicts if v.standing}
    db.table("charges").insert_all(
        {
            "id": f"{jid}#c{c.index}",
            "judgment_id": jid,
            "defendant_id": _did(jid, c.defendant),
            "idx": c.index,
            "category": str(c.category),
            "label": c.label,
            "statute": c.statute,
            "count": c.count,
            "alternative": int(c.alternative),
            "outcome": str(standing.get(c.index, "unknown")),
            **evidence_columns(c.evidence),
        }
        for c in x.charges
    )


def _insert_verdicts(db: sqlite_utils.Database, x: Extraction) -> None:
    jid = x.judgment_id
    db.table("verdicts").insert_all(
        {
            "id": f"{jid}#v{i}",
            "judgment_id": jid,
            "defendant_id": _did(jid, v.defendant),
            "charge_id": f"{jid}#c{v.charge}",
            "outcome": str(v.outcome),
            "court_level": str(v.court_level) if v.court_level else None,
            "standing": int(v.standing),
            **evidence_columns(v.evidence),
        }
        for i, v in enumerate(x.verdicts)
    )


def _insert_sentences(db: sqlite_utils.Database, x: Extraction) -> None:
    jid = x.judgment_id
    db.table("sentences").insert_all(
        {
            "id": f"{jid}#s{i}",
            "judgment_id": jid,
            "defendant_id": _did(jid, s.defendant),
            "kind": s.kind,
            "term_months": s.term_months,
            "term_max_months": s.term_max_months,
            "amount": s.amount,
            "currency": s.currency,
            "description": s.description,
            **evidence_columns(s.evidence),
        }
        for i, s in enumerate(x.sentences)
    )
