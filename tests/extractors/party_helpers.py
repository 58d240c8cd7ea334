"""Test helper: the defendants' names the parties step finds, each evidence span checked."""

from __future__ import annotations

from caselaw.extractors._base import Context
from caselaw.extractors.parties import EXTRACTOR
from caselaw.models import Judgment


def names(text: str) -> list[str]:
    """The names of the defendants ``parties`` finds in ``text``; every evidence span must
    quote the text it points at."""
    ctx = Context(Judgment(id="t", portal="test", text=text))
    EXTRACTOR(ctx)
    for d in ctx.defendants:
        for ev in d.evidence:
            assert text[ev.start : ev.end] == ev.text
    return [d.name for d in ctx.defendants]
