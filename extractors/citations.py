"""Parse chained statute citations into provisions, acts and amendments.

Judgments rarely cite a charge as one token (lexicon.md s.0)::

    Section 4(a) in relation to Section 6(a) and (c) of R.A. No. 9208,
        as amended by R.A. No. 10364
    section 3(1)(d) as read with section 3(5) of the Counter-Trafficking in Persons Act
    18 U.S.C. §§ 1591(a) and (b)(2)
    s.7 and s.13(2) read with s.13(1)(d) PCA 1988

:func:`parse_citations` tokenises a text into provision lists, act names (from
the lexicon's aliases, numbered acts such as ``R.A. No. 9208`` and capitalised
"... Act 1957" names) and connectives, joins tokens separated only by filler
("of the", commas, footnote markers) into chains, and splits each chain into
:class:`Part` s at its connectives.  The first part holds the offence-creating
provision; later parts ("in relation to", "read with", "punishable under")
hold penalty or qualifying provisions.  The parser is pure and never raises on
odd input; spans always index into the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from caselaw.extractors.anchors import AnchorHits
from caselaw.extractors.citation_barriers import barrier_after, barrier_before
from caselaw.extractors.citation_tokens import ActRef, Provision, Tok, resolve_act, tokens
from caselaw.extractors.lettered_sections import relettered

__all__ = [
    "ActRef",
    "Citation",
    "Part",
    "Provision",
    "barrier_after",
    "barrier_before",
    "parse_citations",
    "resolve_act",
]

_FILLER = re.compile(
    r"(?:[\s,;:]|\[\d{1,3}\]|\bof\b|\bthe\b|\band\b|&|\bor\b|\bunder\b|\bu/s\b|"
    r"\bwith\b|\bto\b|\b(?:art(?:icle)?\.?|chapter|title|part)\s+[IVXL]{1,5}\b|\(\s?[A-Z][A-Za-z.]{0,7}\s?\)|\bsaid\b|\bsame\b|\b(?:19|20)\d\d\b|"
    r"\bof\s+\d{4}\b|\bNo\.|"
    # "of the Penal Code (Amendment) Act No. 22 of 1995": the amending act that inserted the
    # section cited, named after the act it amends; the section is the amended act's
    r"\(?\bAmendment\)?\s+Act\b(?:\s?No\.?\s?\d{1,4}\b)?)*",
    re.IGNORECASE,
)
MAX_GAP = 60

_ABBREV = {
    "in relation to": "in rel.",
    "in rel.": "in rel.",
    "read with": "r/w",
    "as read with": "r/w",
    "read together with": "r/w",
    "as read together with": "r/w",
    "r/w": "r/w",
    "punishable under": "punishable under",
    "punishable u/s": "punishable under",
    "qualified by": "qualified by",
    "in conjunction with": "with",
    "together with": "with",
}
LEADS = ("contrary to", "in violation of", "violation of", "violations of", "for violation of")


@dataclass(frozen=True, slots=True)
class Part:
    """Provisions of one act joined by ``connective`` to the part before it."""

    connective: str | None
    provisions: tuple[Provision, ...]
    act: ActRef | None


@dataclass(frozen=True, slots=True)
class Citation:
    start: int
    end: int
    text: str
    lead: str | None  # "contrary to", "in violation of", ... right before the chain
    parts: tuple[Part, ...]
    amendments: tuple[ActRef, ...]

    @property
    def offence(self) -> tuple[Provision, ...]:
        """The offence-creating provisions: those of the first part that has any."""
        for part in self.parts:
            if part.provisions:
                return part.provisions
        return ()

    @property
    def acts(self) -> tuple[ActRef, ...]:
        return tuple(p.act for p in self.parts if p.act is not None)

    def normalised(self) -> str:
        """E.g. ``"R.A. 9208 s.4(a) in rel. s.6(a),(c), as amended by R.A. 10364"``."""
        out: list[str] = []
        last_act: str | None = None
        for i, part in enumerate(self.parts):
            bits = []
            if i and part.connective:
                bits.append(_ABBREV.get(part.connective, part.connective))
            act = part.act.short if part.act else None
            if act and act != last_act:
                bits.append(act)
                last_act = act
            if part.provisions:
                bits.append(_join_provisions(part.provisions))
            out.append(" ".join(bits))
        text = " ".join(b for b in out if b)
        if self.amendments:
            text += ", as amended by " + ", ".join(a.short for a in self.amendments)
        return text


def _join_provisions(provs: tuple[Provision, ...]) -> str:
    unit = provs[0].unit
    prefix = {"s": "s.", "art": "art.", "rule": "rule ", "para": "para."}.get(unit, unit)
    numbers: list[str] = []
    base = None
    for p in provs:
        head = p.number.split("(", 1)[0]
        if base == head and "(" in p.number:
            numbers.append(p.number[len(head) :])
        else:
            numbers.append(p.number)
        base = head
    return prefix + ",".join(numbers)


def parse_citations(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    jurisdiction: str | None = None,
    anchors: list[tuple[int, int]] | None = None,
    hits: AnchorHits | None = None,
    parts: list[tuple[int, int]] | None = None,
) -> list[Citation]:
    """Every citation chain in ``text[start:end]``, in text order.

    ``anchors`` (the prefilter's ``charges.statute`` keyword spans, sorted) let
    the big alias alternation run only near a keyword instead of everywhere.
    ``hits`` (``prefilter.scan(text)``) is faster still: every regex is tried
    only where the scan found one of its literal anchors (same results; see
    :mod:`caselaw.extractors.anchors`).  ``parts`` (with ``hits``): sorted,
    disjoint sub-ranges, each starting and ending at a :func:`barrier_before` /
    :func:`barrier_after` (or at ``start``/``end``); only the chains in them are
    parsed, exactly as a parse of the whole range gives them.
    """
    hi = len(text) if end is None else min(end, len(text))
    toks = tokens(text, max(0, start), hi, jurisdiction, anchors, hits, parts)
    chains: list[list[Tok]] = []
    for tok in toks:
        if chains and _joined(text, chains[-1][-1], tok):
            chains[-1].append(tok)
        else:
            chains.append([tok])
    out = []
    for chain in chains:
        cit = _build(text, chain, jurisdiction)
        if cit is not None:
            out.append(cit)
    return out


def _joined(text: str, prev: Tok, tok: Tok) -> bool:
    if tok.start - prev.end > MAX_GAP:
        return False
    return _is_filler(text[prev.end : tok.start])


@lru_cache(maxsize=4096)
def _is_filler(gap: str) -> bool:
    """Only filler between two tokens (judgments repeat the same few gaps: " of ", ", ")."""
    return _FILLER.fullmatch(gap) is not None


def _build(text: str, chain: list[Tok], jurisdiction: str | None) -> Citation | None:
    lead = None
    while chain and chain[0].kind == "conn":
        lead = str(chain[0].value)
        chain = chain[1:]
    while chain and chain[-1].kind == "conn":
        chain = chain[:-1]
    if not chain or not any(t.kind == "prov" for t in chain) and not _act_with_lead(chain, lead):
        return None
    parts, amendments = _split(chain)
    if not parts:
        return None
    parts = relettered(_inherit_acts(parts))
    start, end = chain[0].start, chain[-1].end
    return Citation(start, end, text[start:end], lead, tuple(parts), tuple(amendments))


def _split(chain: list[Tok]) -> tuple[list[Part], list[ActRef]]:
    """A chain's parts (split at connectives, act changes and unit changes) and the acts
    named after "as amended by"."""
    parts: list[Part] = []
    amendments: list[ActRef] = []
    conn: str | None = None
    provs: tuple[Provision, ...] = ()
    act: ActRef | None = None
    act_first = False
    amend_next = False

    def close() -> None:
        nonlocal provs, act, conn, act_first
        if provs or act:
            parts.append(Part(conn, provs, act))
        provs, act, conn, act_first = (), None, None, False

    for tok in chain:
        if tok.kind == "conn":
            if str(tok.value).startswith("as amended"):
                amend_next = True
                continue
            close()
            conn = str(tok.value)
        elif tok.kind == "act":
            assert isinstance(tok.value, ActRef)
            if amend_next:
                amendments.append(tok.value)
                continue
            if act is None:
                act = tok.value
                act_first = not provs
            else:
                close()
                act, act_first = tok.value, True
        else:
            assert isinstance(tok.value, tuple)
            amend_next = False
            if provs and (act is not None or not act_first):
                if act is not None or _unit_changes(provs, tok.value):
                    close()
            elif act is not None and not act_first:
                close()
            provs = provs + tok.value
    close()
    return parts, amendments


def _act_with_lead(chain: list[Tok], lead: str | None) -> bool:
    return lead is not None and any(t.kind == "act" for t in chain)


def _unit_changes(provs: tuple[Provision, ...], new: object) -> bool:
    return isinstance(new, tuple) and bool(new) and new[0].unit != provs[-1].unit


def _inherit_acts(parts: list[Part]) -> list[Part]:
    """A part without an act takes the next part's act, else the previous one's."""
    out = list(parts)
    following: ActRef | None = None
    for i in range(len(out) - 1, -1, -1):
        if out[i].act is None and following is not None:
            out[i] = Part(out[i].connective, out[i].provisions, following)
        following = out[i].act or following
    previous: ActRef | None = None
    for i, part in enumerate(out):
        if part.act is None and previous is not None:
            out[i] = Part(part.connective, part.provisions, previous)
        previous = out[i].act or previous
    # drop act-only parts that merely repeat the act of their neighbour
    merged: list[Part] = []
    for part in out:
        prev = merged[-1] if merged else None
        same = prev is not None and _same_act(prev.act, part.act)
        if prev is not None and same and not part.provisions:
            continue
        if prev is not None and same and not prev.provisions:
            merged[-1] = Part(prev.connective, part.provisions, part.act)
            continue
        merged.append(part)
    return merged


def _same_act(a: ActRef | None, b: ActRef | None) -> bool:
    return a is not None and b is not None and a.short == b.short
