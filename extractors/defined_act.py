""" "Section 140 of the Act": the act the judgment defined as "the Act".

A judgment names the statute under which the accused is charged once, with its chapter,
and defines a short form for it: "eight charges under Part XI of the Women's Charter (Cap
353, 2009 Rev Ed) ("the Act")" (Singapore, Malaysia, Hong Kong, India, the UK alike).  A
later "s 140(1)(b) of the Act" refers to that act, not to the act some other citation named
last ("s 5(a) of the Common Gaming Houses Act", a precedent's statute).  Read only where the
words after a provision with no act of its own are "of the Act", and only when the text
defines "the Act" before it (literal gates before any regex).
"""

from __future__ import annotations

import re
from dataclasses import replace

from caselaw.extractors.citation_tokens import ActRef, tokens
from caselaw.extractors.citations import Citation

_OF_THE_ACT = re.compile(r"\s+of\s+the\s+Act\b(?![ \t]+\d)")
# the definition: the short form in quotes and brackets right after the act's name
_DEFINITIONS = ("(\u201cthe Act\u201d)", '("the Act")', "(the \u201cAct\u201d)", '(the "Act")')
_NAME_REACH = 160
"""How far before its definition the act's name may begin (its chapter between)."""


def with_defined_act(text: str, cit: Citation, jurisdiction: str | None) -> Citation:
    """``cit`` with the act the text defined as "the Act" when ``cit`` names no act and is
    followed by "of the Act"; else ``cit`` unchanged."""
    if text.find("the Act", cit.end, cit.end + 12) < 0:
        return cit
    if any(p.act is not None for p in cit.parts) or _OF_THE_ACT.match(text, cit.end) is None:
        return cit
    act = _defined(text, cit.start, jurisdiction)
    if act is None:
        return cit
    return replace(cit, parts=tuple(replace(p, act=act) for p in cit.parts))


def _defined(text: str, before: int, jurisdiction: str | None) -> ActRef | None:
    """The act named right before the last definition of "the Act" ahead of ``before``."""
    at = max(text.rfind(d, 0, before) for d in _DEFINITIONS)
    if at < 0:
        return None
    acts = [
        t.value
        for t in tokens(text, max(0, at - _NAME_REACH), at, jurisdiction, None)
        if t.kind == "act" and isinstance(t.value, ActRef)
    ]
    return acts[-1] if acts and acts[-1].entry is not None else None
