"""Alias anchors: the token by which each statute alias of the lexicon is found.

An alias (``"R.A. No. 9208"``, key ``"r a no 9208"``) is anchored on its rarest
token (:func:`alias_anchor`: ``9208``); an acronym alias without such a token
(``"I.P.C."``) on the spellings of its letters (:func:`weak_alias_anchors`).
:func:`alias_groups` gives both as prefilter groups;
:mod:`caselaw.extractors.citation_aliases` tries the aliases at their hits.
"""

from __future__ import annotations

import re

from caselaw.extractors import lexicon

FREQUENT = frozenset(
    {"trafficking", "corruption", "prevention", "penal", "criminal", "national", "passport"}
    | {"passports", "immigration", "revised", "persons", "human", "public", "crimes", "drugs"}
    | {"dangerous", "money", "laundering", "protection", "anti", "offences", "procedure"}
    | {"evidence", "children", "women", "person", "acts", "tax", "philippines", "commission"}
    | {"sexual", "exploitation", "drug", "activities", "victims", "united", "possession"}
    | {"practices", "officials", "treatment", "corrupt"}
)
"""Words too common in these judgments to anchor an alias on when the alias has another
(the most frequent alias tokens in the corpus texts); a year is preferred to them."""
_YEAR = re.compile(r"(?:18|19|20)\d\d")
_STOP = frozenset(
    {"act", "the", "and", "for", "code", "law", "against", "persons", "no", "from", "with"}
    | {"into", "under", "states", "cap", "other", "such"}
)


def alias_anchor(key: str) -> str | None:
    """The token of an alias key (``"r a no 9208"``) its matches are found by (``9208``).

    None when every token is short or common (``"i p c"``, ``"pc act"``): such
    aliases are found by the spellings of their letters (:func:`weak_alias_anchors`).
    """
    tokens = key.split()
    numbers = [t for t in tokens if t.isdigit() and len(t) >= 3 and not _YEAR.fullmatch(t)]
    if numbers:
        return max(numbers, key=len)
    words = [t for t in tokens if len(t) >= 3 and t not in _STOP]
    rare = [t for t in words if t not in FREQUENT and not _YEAR.fullmatch(t)]
    years = [t for t in words if _YEAR.fullmatch(t)]
    for choice in (rare, years, words):
        if choice:
            return max(choice, key=len)
    return None


def alias_keyword(key: str) -> str | None:
    """The anchor as registered: a boundary only where the alias regex has one.

    Tokens may be glued to their neighbours ("RA9208" matches "r a 9208"), but
    the first token starts and the last token ends on a word boundary.
    """
    token = alias_anchor(key)
    if token is None:
        return None
    tokens = key.split()
    first = tokens[0] == token
    last = tokens[-1] == token
    return ("" if first else "*") + token + ("" if last else "*")


def weak_alias_anchors(key: str) -> tuple[str, ...]:
    """Spellings of the letters of an acronym alias (``"i p c"``: ipc, i.p.c, i. p. c, i p c)."""
    letters = "".join(t for t in key.split() if t.isalpha() and len(t) <= 2)
    if len(letters) < 2:
        return ()
    return tuple(sep.join(letters) for sep in ("", ".", ". ", " "))


def alias_keys() -> set[str]:
    """The alias keys of every statute of the lexicon (its aliases, short name and name)."""
    keys = (lexicon.alias_key(a) for s in lexicon.statutes() for a in (*s.aliases, s.short, s.name))
    return {k for k in keys if k}


def alias_groups() -> dict[str, tuple[str, ...]]:
    """The prefilter groups of the alias anchors: ``anchor.alias`` and ``anchor.alias_weak``."""
    return {
        "anchor.alias": tuple(sorted(filter(None, map(alias_keyword, alias_keys())))),
        "anchor.alias_weak": tuple(
            sorted(
                {
                    f"*{v}*"
                    for k in alias_keys()
                    if not alias_anchor(k)
                    for v in weak_alias_anchors(k)
                }
            )
        ),
    }
