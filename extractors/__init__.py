"""Extractors, installed as caselaw.extractors.

``extract(judgment)`` runs the named, versioned steps below in order over one
judgment and returns an :class:`~caselaw.models.Extraction`.  A step that raises is
recorded as a ``StageError`` (stage ``extract:<name>``) and the others' facts are
kept.  ``VERSIONS`` maps each step name to its version (stored with every fact).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import cast

from caselaw.extractors import (
    assemble,
    factors,
    metadata,
    parties,
    roles,
    sentences,
    signals,
    text_repair,
    verdicts,
)
from caselaw.extractors._base import Context, Extractor, Step
from caselaw.models import Extraction, Judgment, JudgmentInfo, StageError

__all__ = ["extract", "VERSIONS", "PIPELINE"]

log = logging.getLogger(__name__)


def _charges(ctx: Context, step: Step) -> None:
    from caselaw.extractors import charges

    jurisdiction = ctx.judgment.jurisdiction or ctx.info.jurisdiction
    ctx.mentions = list(charges.find_charges(ctx.text, jurisdiction, hits=ctx.hits))


def _charges_version() -> str:
    try:
        from caselaw.extractors import charges
    except ImportError:
        return "0"
    return str(charges.VERSION)


CHARGES = Step(
    "charges", _charges_version(), requires=("info",), assigns=("mentions",), fn=_charges
)

PIPELINE: tuple[Extractor, ...] = (
    metadata.EXTRACTOR,
    parties.EXTRACTOR,
    CHARGES,
    roles.EXTRACTOR,
    verdicts.EXTRACTOR,
    sentences.EXTRACTOR,
    signals.EXTRACTOR,
    factors.EXTRACTOR,
    assemble.EXTRACTOR,
)

VERSIONS: dict[str, str] = {step.name: step.version for step in PIPELINE}
VERSIONS[text_repair.NAME] = text_repair.VERSION  # the text every step reads


def _merged_info(judgment: Judgment, guessed: JudgmentInfo) -> JudgmentInfo:
    """Portal metadata wins; the text's guesses fill the gaps."""
    return replace(
        guessed,
        jurisdiction=judgment.jurisdiction or guessed.jurisdiction,
        court=judgment.court or guessed.court,
        court_level=judgment.court_level or guessed.court_level,
        decision_date=judgment.decision_date or guessed.decision_date,
        case_name=judgment.case_name or guessed.case_name,
    )


def extract(judgment: Judgment) -> Extraction:
    """Run every extractor over one judgment; never raises for one failing step.

    A text layer that splits words after "c" is read repaired, and every span is mapped
    back to ``judgment.text`` (:mod:`caselaw.extractors.text_repair`)."""
    fix = text_repair.repair(judgment.text)
    if fix is None:
        return _extract(judgment)
    found = _extract(replace(judgment, text=fix.text))
    return cast(Extraction, text_repair.remap(found, judgment.text, fix))


def _extract(judgment: Judgment) -> Extraction:
    ctx = Context(judgment)
    errors: list[StageError] = []
    for step in PIPELINE:
        try:
            step(ctx)
        except Exception as exc:  # noqa: BLE001 - recorded, the batch goes on
            log.debug("extractor %s failed on %s", step.name, judgment.id, exc_info=True)
            errors.append(
                StageError(
                    source=judgment.id,
                    stage=f"extract:{step.name}",
                    kind=type(exc).__name__,
                    message=str(exc) or repr(exc),
                )
            )
    return Extraction(
        judgment_id=judgment.id,
        defendants=tuple(ctx.defendants),
        charges=tuple(ctx.charges),
        verdicts=tuple(ctx.verdicts),
        sentences=tuple(ctx.sentences),
        signals=tuple(ctx.signals),
        factors=tuple(ctx.factors),
        case=ctx.case,
        info=_merged_info(judgment, ctx.info),
        versions=dict(VERSIONS),
        errors=tuple(errors),
    )
