"""An official tried only for misappropriating funds in his custody took no bribe.

Malversation (PH RPC art. 217; criminal breach of trust by a public servant, PPC s.409)
punishes the accountable officer who takes the public funds he holds: the information says
he "received" them "by reason of his office" and the judgment that the shortage was
"received" on demand, but nobody paid him for an official act.  When every corruption
charge of the case is of that kind, the receiving verbs of the bribe-taker's cues read the
custody of the funds, not a bribe: the official's role is ``other`` (an official in a graft
case without a bribe element, LABELLING-CONVENTIONS.md), unless the text names a bribe,
gratification or extortion itself.

Read once per judgment from the charge mentions' labels and statutes and the hits of the
keyword group ``roles.bribe_taker``.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.models import Category

_FUNDS = re.compile(r"malversation|misappropriat|art\.?\s?217\b|\bs\.?\s?409\b", re.I)
_BRIBE_WORDS = ("bribe", "gratification", "extort")


def funds_only(ctx: Context) -> bool:
    """Every corruption charge mentioned is misappropriation of funds held in office, and the
    text names no bribe, gratification or extortion."""
    cached = ctx.cache.get("funds_roles.only")
    if cached is None:
        corrupt = [m for m in ctx.mentions if m.category is Category.CORRUPTION]
        cached = bool(corrupt) and all(
            _FUNDS.search(f"{getattr(m, 'label', '')} {getattr(m, 'statute', None) or ''}")
            for m in corrupt
        )
        if cached:  # (the prefilter's hits of the bribe-taker's words, not a new pass)
            text = ctx.text
            cached = not any(
                text[s:e].lower().startswith(_BRIBE_WORDS)
                for s, e in ctx.keyword_spans("roles.bribe_taker")
            )
        ctx.cache["funds_roles.only"] = cached
    return cached
