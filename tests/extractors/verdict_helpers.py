"""Test helper: the outcomes a judgment leaves standing, per defendant."""

from __future__ import annotations

from caselaw.models import Extraction


def standing_by_defendant(x: Extraction) -> dict[str, set[str]]:
    """Defendant name -> the outcomes the judgment leaves standing on their charges."""
    out: dict[str, set[str]] = {}
    for v in x.verdicts:
        if v.standing and v.defendant is not None:
            out.setdefault(x.defendants[v.defendant].name, set()).add(v.outcome.value)
    return out
