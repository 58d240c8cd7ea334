"""Case-level aggregation (SCHEMA.md) and extract() error isolation."""

from __future__ import annotations

import pytest

from caselaw.extractors import PIPELINE, VERSIONS, extract
from caselaw.extractors.assemble import aggregate
from caselaw.models import CaseOutcome, Judgment


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [
        ([], CaseOutcome.NONE),
        (["convicted", "convicted"], CaseOutcome.CONVICTED),
        (["acquitted"], CaseOutcome.ACQUITTED),
        (["convicted", "acquitted"], CaseOutcome.MIXED),
        (["dismissed"], CaseOutcome.DISMISSED),
        (["other"], CaseOutcome.OTHER),
        (["unknown", "convicted"], CaseOutcome.CONVICTED),
    ],
)
def test_aggregate(outcomes: list[str], expected: CaseOutcome) -> None:
    assert aggregate(outcomes) == expected


def test_versions_cover_pipeline() -> None:
    assert set(VERSIONS) == {s.name for s in PIPELINE}


def test_failing_step_is_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    from caselaw.extractors import factors

    def boom(ctx, step):  # type: ignore[no-untyped-def]
        raise RuntimeError("broken")

    broken = type(factors.EXTRACTOR)(factors.NAME, factors.VERSION, (), ("factors",), boom)
    import caselaw.extractors as ex

    monkeypatch.setattr(
        ex, "PIPELINE", tuple(broken if s.name == "factors" else s for s in ex.PIPELINE)
    )
    x = extract(Judgment(id="doc-1", portal="test", text="The accused was convicted."))
    mine = [(e.stage, e.kind, e.source) for e in x.errors if e.stage == "extract:factors"]
    assert mine == [("extract:factors", "RuntimeError", "doc-1")]
    assert x.judgment_id == "doc-1"
