"""Test helpers: the defendants' names the parties step finds (each evidence span
checked), and the official type the roles step gives a defendant."""

from __future__ import annotations

from caselaw.extractors import metadata, roles
from caselaw.extractors._base import Context
from caselaw.extractors.parties import EXTRACTOR
from caselaw.models import Defendant, Judgment, OfficialType


def names(text: str) -> list[str]:
    """The names of the defendants ``parties`` finds in ``text``; every evidence span must
    quote the text it points at."""
    ctx = Context(Judgment(id="t", portal="test", text=text))
    EXTRACTOR(ctx)
    for d in ctx.defendants:
        for ev in d.evidence:
            assert text[ev.start : ev.end] == ev.text
    return [d.name for d in ctx.defendants]


def official_of(text: str, name: str) -> OfficialType | None:
    """The official type the roles step gives one defendant ``name`` in ``text`` (metadata
    read first, no charge mentions)."""
    ctx = Context(Judgment(id="t", portal="test", text=text))
    metadata.EXTRACTOR(ctx)
    ctx.defendants = [Defendant(index=0, name=name)]
    ctx.mentions = []
    roles.EXTRACTOR(ctx)
    return ctx.defendants[0].official_type
