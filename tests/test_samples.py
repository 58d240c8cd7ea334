"""The embedded sample corpus (caselaw/samples): files, gold labels, coverage and hand count.

The samples are fictional judgments that ``caselaw demo`` serves and that statistics tests
count against.  Their labels follow shared/corpus/SCHEMA.md; HAND_COUNT below is the hand
count published in docs/samples.md, so a changed label or text must change both on purpose.
Everything is read through importlib.resources, so the test also works on an installed package.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import pytest

from caselaw.models import (
    CaseOutcome,
    Category,
    CourtLevel,
    OfficialType,
    Outcome,
    Proceeding,
    Role,
)

Label = dict[str, Any]

MANIFEST_KEYS = {
    "id",
    "file",
    "title",
    "jurisdiction",
    "court",
    "court_level",
    "decision_date",
    "docket",
    "portal_id",
    "fictional",
}
LABEL_KEYS = {
    "id",
    "source",
    "jurisdiction",
    "court",
    "court_level",
    "decision_date",
    "proceeding",
    "defendants",
    "case",
    "notes",
}
DEFENDANT_KEYS = {"name", "is_official", "official_type", "roles", "charges"}
CHARGE_KEYS = {"category", "label", "statute", "outcome"}
CASE_KEYS = {
    "trafficking_charged",
    "corruption_charged",
    "co_charged",
    "official_defendant",
    "corruption_signal",
    "trafficking_outcome",
    "corruption_outcome",
}

# The hand count (docs/samples.md).  Case-level figures count judgments; *_charges count charges.
HAND_COUNT = {
    "judgments": 16,
    "jurisdictions": 8,
    "trafficking_cases": 13,
    "corruption_cases": 5,
    "co_charged_cases": 4,
    "official_defendant_cases": 6,
    "official_defendant_trafficking_cases": 5,
    "corruption_signal_cases": 7,
    "signal_without_corruption_charge": 2,
    "trafficking_convicted_cases": 8,
    "trafficking_conviction_standing_cases": 9,
    "trafficking_and_corruption_convicted_cases": 3,
    "corruption_charges": 12,
    "corruption_charges_convicted": 10,
    "corruption_charges_in_co_charged_cases": 10,
    "corruption_charges_convicted_in_co_charged_cases": 8,
}


def _root() -> Traversable:
    return files("caselaw.samples")


@cache
def _manifest() -> tuple[dict[str, Any], ...]:
    rows = json.loads(_root().joinpath("manifest.json").read_text(encoding="utf-8"))
    assert isinstance(rows, list)
    return tuple(rows)


@cache
def _text(sample_id: str) -> str:
    return _root().joinpath("texts", f"{sample_id}.txt").read_text(encoding="utf-8")


@cache
def _label(sample_id: str) -> Label:
    raw = _root().joinpath("labels", f"{sample_id}.json").read_text(encoding="utf-8")
    label: Label = json.loads(raw)
    return label


def _labels() -> list[Label]:
    return [_label(row["id"]) for row in _manifest()]


def _ids() -> list[str]:
    return [row["id"] for row in _manifest()]


def _charges(label: Label, category: str | None = None) -> list[dict[str, Any]]:
    return [
        c
        for d in label["defendants"]
        for c in d["charges"]
        if category is None or c["category"] == category
    ]


def _aggregate(outcomes: list[str]) -> str:
    if not outcomes:
        return "none"
    distinct = set(outcomes)
    return distinct.pop() if len(distinct) == 1 else "mixed"


def _convicted(label: Label, category: str) -> bool:
    return any(c["outcome"] == "convicted" for c in _charges(label, category))


# ---------------------------------------------------------------- files and manifest


def test_manifest_entries_are_complete_and_unique() -> None:
    rows = _manifest()
    assert len(rows) >= 14
    for row in rows:
        assert set(row) == MANIFEST_KEYS, row.get("id")
        assert row["fictional"] is True
        assert row["file"] == f"texts/{row['id']}.txt"
        assert row["id"].endswith("-sample")
        assert re.fullmatch(r"[A-Z]{2}", row["jurisdiction"])
        assert row["court_level"] in set(CourtLevel)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["decision_date"])
        assert row["title"] and row["court"] and row["docket"] and row["portal_id"]
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["portal_id"] for r in rows}) == len(rows)


def test_no_orphan_texts_or_labels() -> None:
    ids = set(_ids())
    texts = {p.name.removesuffix(".txt") for p in _root().joinpath("texts").iterdir()}
    labels = {p.name.removesuffix(".json") for p in _root().joinpath("labels").iterdir()}
    assert texts == ids
    assert labels == ids


@pytest.mark.parametrize("sample_id", _ids())
def test_text_is_marked_fictional_and_sized(sample_id: str) -> None:
    text = _text(sample_id)
    assert "FICTIONAL" in text[:300]
    size = len(text.encode("utf-8"))
    assert 3_000 <= size <= 15_000, size
    year = _label(sample_id)["decision_date"][:4]
    assert year in text


# ---------------------------------------------------------------- labels against the schema


@pytest.mark.parametrize("sample_id", _ids())
def test_label_matches_schema_and_manifest(sample_id: str) -> None:
    label = _label(sample_id)
    row = next(r for r in _manifest() if r["id"] == sample_id)
    assert set(label) == LABEL_KEYS
    assert label["id"] == sample_id
    for key in ("jurisdiction", "court", "court_level", "decision_date"):
        assert label[key] == row[key], key
    assert label["proceeding"] in set(Proceeding)
    digest = hashlib.sha256(_text(sample_id).encode("utf-8")).hexdigest()
    assert label["source"]["sha256"] == digest, "text changed: relabel and update the hash"
    assert label["notes"].strip()
    for d in label["defendants"]:
        assert set(d) == DEFENDANT_KEYS
        assert d["is_official"] is (d["official_type"] is not None)
        if d["official_type"] is not None:
            assert d["official_type"] in set(OfficialType)
        assert all(r in set(Role) for r in d["roles"]), d["roles"]
        assert len(set(d["roles"])) == len(d["roles"])
        assert d["charges"], d["name"]
        for c in d["charges"]:
            assert set(c) == CHARGE_KEYS
            assert c["category"] in set(Category)
            assert c["outcome"] in set(Outcome)
            assert c["label"] and c["statute"]


@pytest.mark.parametrize("sample_id", _ids())
def test_case_summary_agrees_with_charges(sample_id: str) -> None:
    label = _label(sample_id)
    case = label["case"]
    assert set(case) == CASE_KEYS
    trafficking = [c["outcome"] for c in _charges(label, "trafficking")]
    corruption = [c["outcome"] for c in _charges(label, "corruption")]
    assert case["trafficking_charged"] is bool(trafficking)
    assert case["corruption_charged"] is bool(corruption)
    assert case["co_charged"] is (bool(trafficking) and bool(corruption))
    assert case["official_defendant"] is any(d["is_official"] for d in label["defendants"])
    assert case["trafficking_outcome"] in set(CaseOutcome)
    assert case["corruption_outcome"] in set(CaseOutcome)
    assert case["trafficking_outcome"] == _aggregate(trafficking)
    assert case["corruption_outcome"] == _aggregate(corruption)
    # Convention: an official charged with corruption whose conduct is narrated is a signal.
    if any(
        d["is_official"] and _charges({"defendants": [d]}, "corruption")
        for d in label["defendants"]
    ):
        assert case["corruption_signal"] is True


@pytest.mark.parametrize("sample_id", _ids())
def test_defendant_names_occur_in_the_text(sample_id: str) -> None:
    text = _text(sample_id).lower()
    for d in _label(sample_id)["defendants"]:
        core = d["name"].split(",")[0].lower()
        assert core in text, d["name"]


# ---------------------------------------------------------------- required coverage


def _trafficking_only_convicted(lab: Label) -> bool:
    case = lab["case"]
    return not case["corruption_charged"] and case["trafficking_outcome"] == "convicted"


def _corruption_only(lab: Label) -> bool:
    return (
        lab["case"]["corruption_charged"]
        and not lab["case"]["trafficking_charged"]
        and any(
            d["is_official"]
            and "bribe_taker" in d["roles"]
            and _convicted({"defendants": [d]}, "corruption")
            for d in lab["defendants"]
        )
    )


def _police_convicted_of_both(lab: Label) -> bool:
    return lab["case"]["co_charged"] and any(
        d["official_type"] == "police"
        and {"protector_official", "bribe_taker"} <= set(d["roles"])
        and _convicted({"defendants": [d]}, "trafficking")
        and _convicted({"defendants": [d]}, "corruption")
        for d in lab["defendants"]
    )


def _immigration_officer_and_recruiter(lab: Label) -> bool:
    taker = any(
        d["official_type"] == "immigration"
        and "bribe_taker" in d["roles"]
        and _charges({"defendants": [d]}, "corruption")
        for d in lab["defendants"]
    )
    giver = any(
        not d["is_official"]
        and {"recruiter", "bribe_giver"} <= set(d["roles"])
        and _charges({"defendants": [d]}, "corruption")
        for d in lab["defendants"]
    )
    return lab["case"]["co_charged"] and taker and giver


def _official_trafficker_without_corruption_charge(lab: Label) -> bool:
    return (
        not lab["case"]["corruption_charged"]
        and lab["case"]["corruption_signal"]
        and any(
            d["is_official"] and _convicted({"defendants": [d]}, "trafficking")
            for d in lab["defendants"]
        )
    )


def _acquitted_on_appeal(lab: Label) -> bool:
    return lab["case"]["trafficking_outcome"] == "acquitted" and lab["court_level"] in {
        "appellate",
        "supreme",
    }


def _mixed_verdict(lab: Label) -> bool:
    per_defendant = any(
        {"convicted", "acquitted"} <= {c["outcome"] for c in d["charges"]}
        for d in lab["defendants"]
    )
    return lab["case"]["trafficking_outcome"] == "mixed" or per_defendant


def _drug_trafficking_trap(lab: Label) -> bool:
    return (
        not lab["case"]["trafficking_charged"]
        and bool(_charges(lab, "drugs"))
        and "traffick" in _text(lab["id"]).lower()
    )


def _uncharged_corruption_signal(lab: Label) -> bool:
    case = lab["case"]
    return (
        case["trafficking_charged"] and case["corruption_signal"] and not case["corruption_charged"]
    )


def _dismissed(lab: Label) -> bool:
    return lab["case"]["trafficking_outcome"] == "dismissed"


def _corruption_attrition(lab: Label) -> bool:
    case = lab["case"]
    return case["corruption_outcome"] == "acquitted" and case["trafficking_outcome"] == "convicted"


def _statute_list_trap(lab: Label) -> bool:
    text = _text(lab["id"])
    return (
        not _charges(lab, "trafficking")
        and not _charges(lab, "corruption")
        and not lab["case"]["corruption_signal"]
        and "Trafficking in Persons" in text
        and re.search(r"Corrupt|Bribery", text) is not None
    )


def _remanded(lab: Label) -> bool:
    return lab["case"]["trafficking_outcome"] == "other"


COVERAGE: dict[str, Callable[[Label], bool]] = {
    "01 trafficking only, conviction affirmed": _trafficking_only_convicted,
    "02 corruption only (official bribed)": _corruption_only,
    "03 co-charged, police protection money, convicted of both": _police_convicted_of_both,
    "04 co-charged, immigration officer bribed by recruiter": _immigration_officer_and_recruiter,
    "05 official trafficker, no corruption charge": _official_trafficker_without_corruption_charge,
    "06 trafficking acquittal on appeal": _acquitted_on_appeal,
    "07 mixed verdict": _mixed_verdict,
    "08 drug trafficking keyword trap": _drug_trafficking_trap,
    "09 uncharged corruption signal": _uncharged_corruption_signal,
    "10 dismissed / quashed": _dismissed,
    "11 corruption acquitted, trafficking convicted": _corruption_attrition,
    "12 statute-list keyword trap": _statute_list_trap,
    "13 remanded": _remanded,
}


@pytest.mark.parametrize("name", sorted(COVERAGE))
def test_required_coverage(name: str) -> None:
    hits = [lab["id"] for lab in _labels() if COVERAGE[name](lab)]
    assert hits, f"no sample covers {name!r}"


def test_spread_over_jurisdictions_and_years() -> None:
    labels = _labels()
    assert len({lab["jurisdiction"] for lab in labels}) >= 6
    years = {int(lab["decision_date"][:4]) for lab in labels}
    assert min(years) >= 2016 and max(years) <= 2025
    assert len(years) >= 8


@pytest.mark.parametrize(
    "pattern",
    [
        r"wiretap|intercept",
        r"entrapment|trap was laid|marked (?:money|bills)|phenolphthalein",
        r"forfeit",
        r"non-govern?ment(?:al)? organi[sz]ation",
        r"INTERPOL|International Organization for Migration",
        r"5K1\.1|testified for the (?:government|prosecution)|grant of immunity",
        r"financial investigat|statements? of account|M-Pesa statements|bank records",
    ],
)
def test_success_factor_vocabulary_is_present_somewhere(pattern: str) -> None:
    assert any(re.search(pattern, _text(i), re.IGNORECASE) for i in _ids()), pattern


# ---------------------------------------------------------------- the hand count


def hand_count(labels: list[Label]) -> dict[str, int]:
    """The headline figures of the sample corpus, computed from its gold labels."""

    def cases(pred: Callable[[Label], bool]) -> int:
        return sum(1 for lab in labels if pred(lab))

    def corruption(pred: Callable[[Label], bool], outcome: str | None) -> int:
        return sum(
            1
            for lab in labels
            if pred(lab)
            for c in _charges(lab, "corruption")
            if outcome is None or c["outcome"] == outcome
        )

    def any_case(_: Label) -> bool:
        return True

    def co(lab: Label) -> bool:
        return bool(lab["case"]["co_charged"])

    return {
        "judgments": len(labels),
        "jurisdictions": len({lab["jurisdiction"] for lab in labels}),
        "trafficking_cases": cases(lambda lab: lab["case"]["trafficking_charged"]),
        "corruption_cases": cases(lambda lab: lab["case"]["corruption_charged"]),
        "co_charged_cases": cases(co),
        "official_defendant_cases": cases(lambda lab: lab["case"]["official_defendant"]),
        "official_defendant_trafficking_cases": cases(
            lambda lab: lab["case"]["official_defendant"] and lab["case"]["trafficking_charged"]
        ),
        "corruption_signal_cases": cases(lambda lab: lab["case"]["corruption_signal"]),
        "signal_without_corruption_charge": cases(
            lambda lab: lab["case"]["corruption_signal"] and not lab["case"]["corruption_charged"]
        ),
        "trafficking_convicted_cases": cases(
            lambda lab: lab["case"]["trafficking_outcome"] == "convicted"
        ),
        "trafficking_conviction_standing_cases": cases(lambda lab: _convicted(lab, "trafficking")),
        "trafficking_and_corruption_convicted_cases": cases(
            lambda lab: _convicted(lab, "trafficking") and _convicted(lab, "corruption")
        ),
        "corruption_charges": corruption(any_case, None),
        "corruption_charges_convicted": corruption(any_case, "convicted"),
        "corruption_charges_in_co_charged_cases": corruption(co, None),
        "corruption_charges_convicted_in_co_charged_cases": corruption(co, "convicted"),
    }


def test_hand_count() -> None:
    assert hand_count(_labels()) == HAND_COUNT


def test_outcome_distribution() -> None:
    labels = _labels()
    assert Counter(lab["case"]["trafficking_outcome"] for lab in labels) == {
        "convicted": 8,
        "acquitted": 2,
        "mixed": 1,
        "dismissed": 1,
        "other": 1,
        "none": 3,
    }
    assert Counter(lab["case"]["corruption_outcome"] for lab in labels) == {
        "convicted": 4,
        "acquitted": 1,
        "none": 11,
    }


def test_docs_publish_the_same_hand_count() -> None:
    docs = Path(__file__).resolve().parents[1] / "docs" / "samples.md"
    if not docs.is_file():
        pytest.skip("docs/samples.md not available (installed package)")
    text = docs.read_text(encoding="utf-8")
    for key, value in HAND_COUNT.items():
        match = re.search(rf"\|\s*`{key}`\s*\|\s*(\d+)\s*\|", text)
        assert match, f"docs/samples.md does not give {key}"
        assert int(match.group(1)) == value, key
    for sample_id in _ids():
        assert f"`{sample_id}`" in text, f"docs/samples.md does not describe {sample_id}"
