"""Charges named by their act alone: "punishable in terms of the Ordinance".

An indictment may state the offence in words and its act without a section: "thereby
committed the offences of possession and trafficking of Heroin, punishable in terms of the
Ordinance", the Ordinance being the act the same paragraph named a little before ("a
prohibited drug in terms of the Poisons Opium and Dangerous Drugs Ordinance").  The charging
formula ("punishable under / in terms of") makes it a charge (lexicon.md s.0), and the act
gives its category (drugs, corruption, ...) as a section of it would.  A "the Act" with no
act of that kind named before it in the paragraph is left alone: nothing says which act.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from caselaw.extractors.charge_mentions import ChargeMention
from caselaw.extractors.charge_regions import Region, count_at, discussed_at
from caselaw.extractors.citation_acts import resolve_act
from caselaw.extractors.citation_aliases import _alias_regex
from caselaw.extractors.lexicon import StatuteEntry
from caselaw.models import Evidence

ACT_REACH = 700  # characters before the formula searched for the act it refers to

_BARE = re.compile(
    r"\b[Pp]unishable\s+(?:in\s+terms\s+of|under)\s+the\s+(?:said\s+|same\s+)?"
    r"(?P<kind>Act|Ordinance|Code|Law|Decree)\b(?!\s*(?:\(|No\b|\d|[A-Z]|of\s+\d))"
)


def bare_act_charges(
    reg: Region,
    jurisdiction: str | None,
    taken: list[tuple[int, int]],
    evidence: Callable[[str, int, int], Evidence],
) -> list[ChargeMention]:
    """The charges of the region stated as "punishable under the <kind>" with no section,
    outside the citations ``taken`` (sorted spans), each of the act named before it."""
    text = reg.text
    out: list[ChargeMention] = []
    for m in _formulas(text, reg.lo, reg.hi):
        k = bisect.bisect_right(taken, (m.start(), len(text) + 1)) - 1
        if k >= 0 and m.start() < taken[k][1]:
            continue  # inside a citation
        if discussed_at(reg, m.start()):
            continue
        entry = _act_before(text, max(reg.lo, m.start() - ACT_REACH), m.start(), m, jurisdiction)
        if entry is None:
            continue
        count, alt = count_at(reg, m.start(), m.end())
        ev = (evidence(text, m.start(), m.end()),)
        out.append(
            ChargeMention(entry.category, entry.label, entry.short, count, alt, ev, entry.verified)
        )
    return out


def _formulas(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The formula's matches in ``text[lo:hi]``, tried only where "unishable" stands."""
    at = text.find("unishable", lo + 1, hi)
    while at >= 0:
        m = _BARE.match(text, at - 1, hi)
        if m is not None:
            yield m
        at = text.find("unishable", at + 9, hi)


def _act_before(
    text: str, lo: int, hi: int, m: re.Match[str], jurisdiction: str | None
) -> StatuteEntry | None:
    """The last lexicon act named in ``text[lo:hi]`` whose name has the formula's kind word."""
    kind = m.group("kind").lower()
    regex, _ = _alias_regex()
    found = None
    for a in regex.finditer(text, lo, hi):
        entry = resolve_act(a.group(0), jurisdiction)
        if entry is not None and kind in entry.name.lower():
            found = entry
    return found
