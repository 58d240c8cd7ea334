"""The stable JSON contract: one object per judgment (documented in docs/contract.md).

Field names and enum values are those of the gold-label schema
(shared/corpus/SCHEMA.md), so an extraction can be compared with a label directly.
Judgment metadata: portal metadata wins, else the text's guesses (``Extraction.info``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from caselaw.models import Evidence, Extraction, Judgment

CONTRACT_VERSION = "1"


def _defendants(extraction: Extraction) -> list[dict[str, Any]]:
    """Each defendant with the charges they faced and the outcome left standing on each."""
    outcome = {(v.defendant, v.charge): v.outcome for v in extraction.verdicts if v.standing}
    return [
        {
            "name": d.name,
            "is_official": d.is_official,
            "official_type": _enum(d.official_type),
            "roles": [_enum(r) for r in d.roles],
            "charges": [
                {
                    "category": _enum(c.category),
                    "label": c.label,
                    "statute": c.statute,
                    "outcome": _enum(outcome.get((d.index, c.index), "unknown")),
                    "evidence": _evidence(c.evidence),
                }
                for c in extraction.charges
                if c.defendant == d.index
            ],
        }
        for d in extraction.defendants
    ]


def _case(extraction: Extraction) -> dict[str, Any]:
    case = extraction.case
    return {
        "trafficking_charged": case.trafficking_charged,
        "corruption_charged": case.corruption_charged,
        "co_charged": case.co_charged,
        "official_defendant": case.official_defendant,
        "corruption_signal": case.corruption_signal,
        "trafficking_outcome": _enum(case.trafficking_outcome),
        "corruption_outcome": _enum(case.corruption_outcome),
    }


def _evidence(evs: Iterable[Evidence]) -> list[dict[str, Any]]:
    return [{"start": e.start, "end": e.end, "text": e.text} for e in evs]


def _enum(value: Any) -> Any:
    return None if value is None else getattr(value, "value", value)


def to_contract(extraction: Extraction, judgment: Judgment, source: str) -> dict[str, Any]:
    """The contract object for one extraction of ``judgment`` read from ``source``."""
    info = extraction.info
    date = judgment.decision_date or info.decision_date
    return {
        "source": source,
        "judgment": {
            "jurisdiction": judgment.jurisdiction or info.jurisdiction,
            "court": judgment.court or info.court,
            "court_level": _enum(judgment.court_level or info.court_level),
            "decision_date": date.isoformat() if date else None,
            "case_name": judgment.case_name or info.case_name,
        },
        "defendants": _defendants(extraction),
        "case": _case(extraction),
        "corruption_signals": [
            {"kind": s.kind, "evidence": _evidence(s.evidence)} for s in extraction.signals
        ],
        "sentences": [
            {
                "defendant": s.defendant,
                "kind": s.kind,
                "term_months": s.term_months,
                "term_max_months": s.term_max_months,
                "amount": s.amount,
                "currency": s.currency,
                "evidence": _evidence(s.evidence),
            }
            for s in extraction.sentences
        ],
        "factors": [
            {"name": f.name, "evidence": _evidence(f.evidence)} for f in extraction.factors
        ],
        "extractor_versions": dict(extraction.versions),
    }
