"""The office an information gives a lone accused by the party word: "the above-named accused
then Municipal Mayor of San Isidro, and as such accountable public officer, ...".

A Philippine information names the accused once and then calls them "the accused"; the
office held at the time of the acts follows "then" with or without a comma, capitalised as a
title.  Read only for a judgment with one defendant (the party word then stands for them)
and only at the first party words (``official_mentions.party_spans``); the window returned
is typed by :mod:`caselaw.extractors.officials` like any position after a name.

Lawphil copies glue a footnote marker or the next word to an office ("Mayorof Alfonso
Lista"): a capitalised word glued to "of" before a capitalised name is split back.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.official_mentions import party_spans

__all__ = ["then_office"]

# ", then Municipal Mayor", " being then the City Treasurer": a capitalised title after it
# ("the accused then went to ..." is an adverb of sequence: a lower-case verb follows)
_THEN = re.compile(r",?\s+(?:being\s+)?then\s+(?:the\s+|an?\s+)?(?=[A-Z])")
_GLUED_OF = re.compile(r"\b([A-Z][a-z]{3,})of\b(?=\s+[A-Z])")
_WINDOW = 60
_CUT = re.compile(r"[,;(]|\n\s*\n")


def then_office(ctx: Context) -> str:
    """The title after "the accused then" for a lone defendant, glued "of" split; "" if none."""
    if len(ctx.defendants) != 1:
        return ""
    text = ctx.text
    for _, e in party_spans(ctx):
        if text.find("then", e, e + 16) < 0:
            continue  # (the literal gate: most party words go on otherwise)
        m = _THEN.match(text, e, e + 30)
        if m is None:
            continue
        window = text[m.end() : m.end() + _WINDOW]
        cut = _CUT.search(window)
        window = window[: cut.start()] if cut else window
        return _GLUED_OF.sub(r"\1 of", window)
    return ""
