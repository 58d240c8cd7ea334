"""The one defendant a caption calls the (accused-)appellant, when the others are only accused.

"NURFRASIR HASHIM ..., Accused, BERNADETTE PANSACALA, Accused-Appellant": only Pansacala
appealed, and the judgment's "accused-appellant" / "the appellant" always means her ("when
accused-appellant paid her a visit and invited her to work in Brunei").  With one defendant
the roles step reads any party word as that defendant; with several, these words still name
the sole appellant.  Her caption label is read right after her caption name (an alias may
stand between); a judgment with two appellants, or none labelled, has no sole appellant.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import HEAD_CHARS, Context
from caselaw.extractors.names import name_keys

__all__ = ["names_appellant", "sole_appellant"]

# a caption line ending with the singular label: "BERNADETTE CRUZ a.k.a. ..., Accused-Appellant."
_LABEL_LINE = re.compile(
    r"^([^\n]{3,300}?),?\s*(?:accused-appellant|appellant-accused|appellant)\s*\.?[ \t]*$",
    re.I | re.M,
)
# the party word standing for the sole appellant in the body
_APPELLANT_WORD = re.compile(r"\b(?:the\s+)?(?:accused-appellant|appellant)(?![s\w-])", re.I)


def sole_appellant(ctx: Context) -> int | None:
    """The index of the only defendant labelled appellant in the caption, or None."""
    cached = ctx.cache.get("sole_appellant")
    if cached is None:
        cached = ctx.cache["sole_appellant"] = (_find(ctx),)
    return cached[0]


def _find(ctx: Context) -> int | None:
    if len(ctx.defendants) < 2:
        return None
    head = ctx.text[:HEAD_CHARS]
    if "ppellant" not in head and "PPELLANT" not in head:
        return None
    keys = [name_keys(ctx, d.name) for d in ctx.defendants]
    found: set[int] = set()
    for m in _LABEL_LINE.finditer(head):
        line = m.group(1).lower()
        found |= {i for i, k in enumerate(keys) if k and k[-1].lower() in line}
    return next(iter(found)) if len(found) == 1 else None


def names_appellant(text: str, lo: int, hi: int, at: int) -> bool:
    """The sentence ``text[lo:hi]`` holds the party word of the sole appellant and the act
    at ``at`` is not in the passive voice ("that the latter would be escorted to Malaysia by
    the two men": another's act, which the sentence names after "by")."""
    if text.find("ppellant", lo, hi) < 0 and text.find("PPELLANT", lo, hi) < 0:
        return False  # (the literal gate)
    if _PASSIVE.search(text, max(lo, at - 30), at):
        return False
    return _APPELLANT_WORD.search(text, lo, hi) is not None


_PASSIVE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+(?:\w+ly\s+)?$", re.I)
