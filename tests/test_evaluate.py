"""evaluate() on the shared gold corpus: the accuracy figures must not regress."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caselaw.errors import ConfigError
from caselaw.evaluate import evaluate, format_report

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    if not (CORPUS / "labels").is_dir():
        pytest.skip("shared corpus not available")
    return evaluate(CORPUS)


def test_targets(report) -> None:  # type: ignore[no-untyped-def]
    """Slightly below the figures of docs/accuracy.md, so a regression fails."""
    assert report.documents >= 40
    assert report.boolean("trafficking_charged").f1 >= 0.97
    assert report.boolean("corruption_charged").f1 >= 0.97
    assert report.boolean("co_charged").fp == 0
    assert report.boolean("official_defendant").f1 >= 0.95
    assert report.outcome("trafficking_outcome").accuracy >= 0.97
    assert report.outcome("corruption_outcome").accuracy >= 0.97
    assert report.triples.f1 >= 0.96
    assert report.officials.f1 >= 0.95
    assert report.boolean("corruption_signal").f1 >= 0.88
    assert report.roles.f1 >= 0.80
    assert report.official_types.accuracy >= 0.95


def test_samples() -> None:
    """The fictional sample corpus (caselaw/samples, same gold format) is a second check."""
    from importlib.resources import files

    samples = Path(str(files("caselaw.samples")))
    rep = evaluate(samples)
    assert rep.documents == 16
    assert rep.boolean("trafficking_charged").f1 >= 0.95
    assert rep.boolean("corruption_charged").f1 >= 0.95
    assert rep.boolean("co_charged").f1 >= 0.95
    assert rep.boolean("official_defendant").f1 >= 0.95
    assert rep.outcome("trafficking_outcome").accuracy >= 0.95
    assert rep.outcome("corruption_outcome").accuracy >= 0.95
    assert rep.triples.f1 >= 0.97
    assert rep.officials.f1 >= 0.95
    assert rep.boolean("corruption_signal").f1 >= 0.95
    assert rep.roles.f1 >= 0.70
    assert rep.official_types.accuracy >= 0.95


def test_format_lists_disagreements(report) -> None:  # type: ignore[no-untyped-def]
    text = format_report(report)
    assert "trafficking_charged" in text
    assert f"disagreements ({len(report.disagreements)})" in text


def test_small_gold_dir(tmp_path: Path) -> None:
    (tmp_path / "labels").mkdir()
    (tmp_path / "texts").mkdir()
    text = (
        "[ G.R. No. 1, May 1, 2020 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
        " ROSA TAN, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nCRUZ, J.:\n\nRosa Tan was charged"
        " with violation of Section 4(a) of Republic Act No. 9208 and convicted.\n\nWHEREFORE,"
        " the appeal is DISMISSED. The Decision is AFFIRMED.\n\nSO ORDERED.\n"
    )
    (tmp_path / "texts" / "d1.txt").write_text(text, encoding="utf-8")
    case = {
        "trafficking_charged": True,
        "corruption_charged": False,
        "co_charged": False,
        "official_defendant": False,
        "corruption_signal": False,
        "trafficking_outcome": "convicted",
        "corruption_outcome": "none",
    }
    label = {
        "id": "d1",
        "defendants": [
            {
                "name": "Rosa Tan",
                "is_official": False,
                "official_type": None,
                "roles": [],
                "charges": [
                    {
                        "category": "trafficking",
                        "label": "x",
                        "statute": None,
                        "outcome": "convicted",
                    }
                ],
            }
        ],
        "case": case,
    }
    (tmp_path / "labels" / "d1.json").write_text(json.dumps(label), encoding="utf-8")
    rep = evaluate(tmp_path)
    assert rep.documents == 1
    assert rep.outcome("trafficking_outcome").accuracy == 1.0
    assert rep.triples.tp == 1


def test_missing_labels(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        evaluate(tmp_path)


_POLICE_BRIBE = (
    "[ G.R. No. 2, May 1, 2020 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
    " PO1 JUAN REYES, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nCRUZ, J.:\n\nAccused-appellant"
    " PO1 Juan Reyes, a police officer of the Makati Police Station, was charged with violation"
    " of Section 3(b) of Republic Act No. 3019. He received a bribe of P5,000.00 from the"
    " complainant in exchange for his release.\n\nWHEREFORE, the appeal is DISMISSED. The"
    " Decision is AFFIRMED.\n\nSO ORDERED.\n"
)


def _official_label(official_type: str, roles: list[str]) -> dict[str, object]:
    case = {
        "trafficking_charged": False,
        "corruption_charged": True,
        "co_charged": False,
        "official_defendant": True,
        "corruption_signal": True,
        "trafficking_outcome": "none",
        "corruption_outcome": "convicted",
    }
    charge = {"category": "corruption", "label": "x", "statute": None, "outcome": "convicted"}
    defendant = {
        "name": "Juan Reyes",
        "is_official": True,
        "official_type": official_type,
        "roles": roles,
        "charges": [charge],
    }
    return {"id": "d2", "defendants": [defendant], "case": case}


@pytest.mark.parametrize(
    ("official_type", "roles", "type_correct", "roles_tp", "roles_fn"),
    [
        ("police", ["bribe_taker"], 1, 1, 0),
        ("immigration", ["bribe_taker", "protector_official"], 0, 1, 1),
    ],
)
def test_official_type_and_roles(
    tmp_path: Path,
    official_type: str,
    roles: list[str],
    type_correct: int,
    roles_tp: int,
    roles_fn: int,
) -> None:
    """A matched official's type is scored by accuracy, its roles as (defendant, role) pairs;
    each miss is listed as a disagreement."""
    (tmp_path / "labels").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "d2.txt").write_text(_POLICE_BRIBE, encoding="utf-8")
    label = _official_label(official_type, roles)
    (tmp_path / "labels" / "d2.json").write_text(json.dumps(label), encoding="utf-8")
    rep = evaluate(tmp_path)
    assert (rep.official_types.correct, rep.official_types.total) == (type_correct, 1)
    assert (rep.roles.tp, rep.roles.fp, rep.roles.fn) == (roles_tp, 0, roles_fn)
    fields = {d.field for d in rep.disagreements}
    assert ("official_type" in fields) is (type_correct == 0)
    assert ("roles" in fields) is (roles_fn > 0)
    assert "official_type" in format_report(rep)
