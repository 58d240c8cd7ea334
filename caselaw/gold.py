"""Gold labels (the format of shared/corpus/SCHEMA.md) as stored facts.

Loading hand labels into a database lets the dataset layer be checked against a
hand count, and lets a researcher compare extracted figures with labelled ones
using the same tables and statistics.  Gold facts carry no text spans: their
provenance is the label file, recorded as the extractor ``gold`` at the label's
sha256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from caselaw.errors import ConfigError
from caselaw.models import (
    CaseOutcome,
    CaseSummary,
    Category,
    Charge,
    CourtLevel,
    Defendant,
    Extraction,
    Judgment,
    JudgmentInfo,
    OfficialType,
    Outcome,
    Proceeding,
    Role,
    Verdict,
)
from caselaw.storage import Store

GOLD = "gold"


def gold_extraction(label: Mapping[str, Any], judgment_id: str) -> Extraction:
    """The facts of one gold label, as an Extraction of the extractor ``gold``."""
    version = hashlib.sha256(json.dumps(label, sort_keys=True).encode()).hexdigest()[:12]
    defendants: list[Defendant] = []
    charges: list[Charge] = []
    verdicts: list[Verdict] = []
    for d_index, d in enumerate(label.get("defendants", [])):
        official = d.get("official_type")
        defendants.append(
            Defendant(
                index=d_index,
                name=d["name"],
                is_official=bool(d.get("is_official")),
                official_type=OfficialType(official) if official else None,
                roles=tuple(Role(r) for r in d.get("roles", [])),
            )
        )
        for c in d.get("charges", []):
            index = len(charges)
            charges.append(
                Charge(index, d_index, Category(c["category"]), c["label"], c.get("statute"))
            )
            verdicts.append(Verdict(d_index, index, Outcome(c["outcome"])))
    case = label["case"]
    level, proceeding = label.get("court_level"), label.get("proceeding")
    date = label.get("decision_date")
    return Extraction(
        judgment_id=judgment_id,
        defendants=tuple(defendants),
        charges=tuple(charges),
        verdicts=tuple(verdicts),
        case=CaseSummary(
            trafficking_charged=case["trafficking_charged"],
            corruption_charged=case["corruption_charged"],
            co_charged=case["co_charged"],
            official_defendant=case["official_defendant"],
            corruption_signal=case["corruption_signal"],
            trafficking_outcome=CaseOutcome(case["trafficking_outcome"]),
            corruption_outcome=CaseOutcome(case["corruption_outcome"]),
        ),
        info=JudgmentInfo(
            jurisdiction=label.get("jurisdiction"),
            court=label.get("court"),
            court_level=CourtLevel(level) if level else None,
            decision_date=dt.date.fromisoformat(date) if date else None,
            proceeding=Proceeding(proceeding) if proceeding else None,
        ),
        versions={GOLD: version},
    )


def load_gold(store: Store, gold_dir: str | Path, *, portal: str = GOLD) -> int:
    """Store every ``labels/<id>.json`` with its ``texts/<id>.txt``; return how many."""
    root = Path(gold_dir)
    labels = root / "labels" if (root / "labels").is_dir() else root
    texts = labels.parent / "texts"
    files = sorted(labels.glob("*.json"))
    if not files:
        raise ConfigError(f"{labels}: no gold labels (*.json)")
    for path in files:
        try:
            label = json.loads(path.read_text(encoding="utf-8"))
            text = (texts / f"{path.stem}.txt").read_text(encoding="utf-8")
            extraction = gold_extraction(label, f"{portal}:{path.stem}")
        except (OSError, ValueError, KeyError) as exc:
            raise ConfigError(f"{path}: not a usable gold label: {exc}") from exc
        info = extraction.info
        judgment = Judgment(
            id=extraction.judgment_id,
            portal=portal,
            text=text,
            jurisdiction=info.jurisdiction,
            court=info.court,
            court_level=info.court_level,
            decision_date=info.decision_date,
            metadata={"portal_id": path.stem},
        )
        with store.transaction():
            store.put_judgment(judgment)
            store.put_extraction(extraction)
    return len(files)
