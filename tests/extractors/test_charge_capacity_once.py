"""``charge_capacity.abettor`` reads a defendant's mentions once per judgment."""

from __future__ import annotations

import pytest

from caselaw.extractors import charge_capacity as cc
from caselaw.extractors._base import Context
from caselaw.models import Defendant, Evidence, Judgment

_TEXT = (
    "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN CRUZ AND PEDRO REYES, "
    "ACCUSED-APPELLANTS.\n\nThe accused Reyes was charged with abetting the offence of "
    "Cruz, a public officer who received the money.  Cruz was charged with bribery.\n"
)


def _ctx() -> Context:
    ctx = Context(Judgment(id="abet", portal="test", text=_TEXT))
    for i, name in enumerate(("Juan Cruz", "Pedro Reyes")):
        at = _TEXT.upper().index(name.upper())
        ev = Evidence(at, at + len(name), _TEXT[at : at + len(name)], "parties", "1")
        ctx.defendants.append(Defendant(index=i, name=name, evidence=(ev,)))
    return ctx


def test_abettor_read_once_per_defendant(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = _ctx()
    plain = [cc._abettor(ctx, i) for i in range(2)]
    assert plain == [False, True]
    calls: list[int] = []

    def counted(c: Context, index: int) -> bool:
        calls.append(index)
        return plain[index]

    monkeypatch.setattr(cc, "_abettor", counted)
    assert [cc.abettor(ctx, i) for i in (0, 1, 0, 1, 1)] == [False, True, False, True, True]
    assert calls == [0, 1]
