"""Victims are found by rule and replaced consistently; placeholders and defendants stay."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from caselaw.datasets.pseudonym import (
    KEY_SUFFIX,
    PREFIX,
    Pseudonymiser,
    find_victims,
    normalise,
    resolve_key,
)
from caselaw.storage import Store


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The victim, Maria Santos, was recruited.", ["Maria Santos"]),
        ("private complainant Ana Cruz testified", ["Ana Cruz"]),
        (
            "the victims Ana Cruz, Bea Reyes and Carla Diaz left",
            ["Ana Cruz", "Bea Reyes", "Carla Diaz"],
        ),
        ("Ana Lopez (a minor) was sold.", ["Ana Lopez"]),
        ("MARIA SANTOS, the private complainant, stated", ["MARIA SANTOS"]),
        ("the offended party Rosa de la Cruz went", ["Rosa de la Cruz"]),
        ("the child J.D. was found", ["J.D."]),
        ("complainant Mercedes D. Felongco avowed", ["Mercedes D. Felongco"]),
        ("Appellant Jose Rizal, the victim, said", ["Jose Rizal"]),
        ("the survivor Lin Wei spoke", ["Lin Wei"]),
        # placeholders are already pseudonyms
        ("private complainant AAA testified; the minor BBB and victim AAA258133", []),
        ("Child A and the victim XXX", []),
        # no name after the cue
        ("the victim was credible. The complainant testified that the Court erred", []),
        ("An Act for the Protection of Victims, Providing Penalties", []),
        # defendants are not victims
        ("the complainant, PO2 Juan Cruz, denied", []),
    ],
)
def test_find_victims(text: str, names: list[str]) -> None:
    assert find_victims(text, exclude=["Juan Cruz"]) == names


def test_normalise() -> None:
    assert normalise("  MARIA   Santos ") == normalise("maria santos")
    assert normalise("J. D.") == normalise("J.D.") == "jd"


TEXT = (
    "The victim, Maria Santos, was recruited by PO2 Juan Cruz. Santos said Cruz took her. "
    "MARIA SANTOS cried. AAA agreed."
)


def test_redact_is_consistent_and_keeps_defendants() -> None:
    p = Pseudonymiser.build(
        b"k", [("j1", TEXT), ("j2", "the minor Maria Santos")], {"j1": ["Juan Cruz"]}
    )
    alias = p.pseudonym("Maria Santos")
    assert alias.startswith(PREFIX) and len(alias) == len(PREFIX) + 8
    out = p.redact("j1", TEXT)
    assert "Santos" not in out and "SANTOS" not in out and "Maria" not in out
    assert out.count(alias) == 3
    assert "PO2 Juan Cruz" in out and "AAA agreed" in out
    # same victim, other judgment, same pseudonym; other key, other pseudonym
    assert p.redact("j2", "Maria Santos") == alias
    assert Pseudonymiser.build(b"other", [], {}).pseudonym("Maria Santos") != alias
    # evidence JSON spans are redacted too
    assert "Santos" not in p.redact_evidence("j1", '[{"start": 0, "end": 5, "text": "Santos"}]')
    assert p.redact("j-unknown", "Maria Santos") == "Maria Santos"
    assert p.count == 1


def test_key_file_beside_the_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASELAW_PSEUDONYM_KEY", raising=False)
    store = Store(tmp_path / "c.db")
    key = resolve_key(store)
    path = Path(str(tmp_path / "c.db") + KEY_SUFFIX)
    assert path.is_file() and oct(os.stat(path).st_mode & 0o777) == "0o600"
    assert resolve_key(store) == key  # stable
    monkeypatch.setenv("CASELAW_PSEUDONYM_KEY", "from-env")
    assert resolve_key(store) == b"from-env"
    assert resolve_key(store, b"explicit") == b"explicit"
    store.close()


def test_from_store_reads_texts_and_defendants(nexus_store: Store) -> None:
    p = Pseudonymiser.from_store(nexus_store, key=b"k")
    assert set(p.victims) == {"ph:1", "ph:2"}
    assert "Juan Cruz" in p.redact("ph:1", "Juan Cruz paid Maria Santos")
    assert "Ana Reyes" not in p.redact("ph:2", "People v. Cruz (for Ana Reyes)")
