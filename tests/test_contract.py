"""The JSON contract: field names and enum values as in SCHEMA.md, JSON-serialisable."""

from __future__ import annotations

import json

from caselaw.contract import to_contract
from caselaw.extractors import VERSIONS, extract
from caselaw.models import Judgment

TEXT = (
    "[ G.R. No. 1, May 1, 2020 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
    " ROSA TAN, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nCRUZ, J.:\n\nRosa Tan was charged with"
    " violation of Section 4(a) of Republic Act No. 9208 and convicted by the trial court.\n\n"
    "WHEREFORE, the appeal is DISMISSED. The Decision is AFFIRMED. She is sentenced to life"
    " imprisonment.\n\nSO ORDERED.\n"
)


def test_contract_shape() -> None:
    judgment = Judgment(id="d1", portal="file", text=TEXT, court="Portal Court")
    out = to_contract(extract(judgment), judgment, "d1.txt")
    json.dumps(out)
    assert set(out) == {
        "source",
        "judgment",
        "defendants",
        "case",
        "corruption_signals",
        "sentences",
        "factors",
        "extractor_versions",
    }
    assert set(out["judgment"]) == {
        "jurisdiction",
        "court",
        "court_level",
        "decision_date",
        "case_name",
    }
    assert out["judgment"]["court"] == "Portal Court"  # portal metadata wins
    assert out["judgment"]["jurisdiction"] == "PH"  # guessed from the text
    assert set(out["case"]) == {
        "trafficking_charged",
        "corruption_charged",
        "co_charged",
        "official_defendant",
        "corruption_signal",
        "trafficking_outcome",
        "corruption_outcome",
    }
    [d] = out["defendants"]
    assert set(d) == {"name", "is_official", "official_type", "roles", "charges"}
    assert d["name"] == "Rosa Tan"
    charge = d["charges"][0]
    assert charge["category"] == "trafficking" and charge["outcome"] == "convicted"
    ev = charge["evidence"][0]
    assert TEXT[ev["start"] : ev["end"]] == ev["text"]
    assert out["case"]["trafficking_outcome"] == "convicted"
    assert out["extractor_versions"] == VERSIONS
