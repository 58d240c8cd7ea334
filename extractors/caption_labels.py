"""The role a caption gives one defendant ("MARAJAS, PETITIONER, VS. PEOPLE"), as a short
form of that defendant: a sentence that says "petitioner" or "accused-appellant" without
a name speaks of the one defendant the caption calls so.  Computed once per judgment.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.numbered_accused import caption_ends

# the label right after a caption name: ", PETITIONER", ", accused-appellant", "(appellant)"
_LABEL = re.compile(
    r"[\s,(]{0,4}(?:the\s+)?(?P<label>accused-appellant|appellant|petitioner)\b(?![-\w])",
    re.I,
)


def caption_labels(ctx: Context) -> dict[str, int]:
    """Singular role label -> the one defendant whose caption entry carries it."""
    found = ctx.cache.get("caption_labels")
    if found is None:
        found = ctx.cache["caption_labels"] = _labels(ctx)
    return found


def _labels(ctx: Context) -> dict[str, int]:
    holders: dict[str, set[int]] = {}
    text = ctx.text
    for i, end in caption_ends(ctx):
        m = _LABEL.match(text, end, min(len(text), end + 40))
        if m is not None:
            holders.setdefault(m.group("label").lower(), set()).add(i)
    return {label: next(iter(ds)) for label, ds in holders.items() if len(ds) == 1}
