"""A lettered section written apart from its number: "section 360 (B) (1) (b)" is s.360B(1)(b).

Sections inserted between two others take a capital letter ("360A", "360B" of the Sri Lankan
Penal Code, "376D" of the IPC, "4-A" of R.A. 9208).  Judgments often write the letter in its
own brackets, and in lower case too: "section 360 (B) (1) (b)", "section 360 (b) (1) (b)".
Read as written that is subsection (b) of section 360, which drafting never puts before a
numbered subsection: a letter right after the section number followed by a numbered
subsection "(1)" is the section's own letter.  :func:`relettered` rewrites such provisions
when the act's provision table lists the lettered section (and does not list the bare number
with that subsection), so the charge gets the lettered section's offence and category.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from caselaw.extractors.citation_tokens import Provision
from caselaw.extractors.lexicon import StatuteEntry

if TYPE_CHECKING:
    from caselaw.extractors.citations import Part

# "360(b)(1)(b)": the number, a single letter, then a numbered subsection
_SPLIT = re.compile(r"(?P<n>\d{1,4})\((?P<letter>[a-z])\)(?P<rest>\(\d{1,3}\).*)")


def relettered(parts: list[Part]) -> list[Part]:
    """``parts`` with every provision "N(l)(digit)..." read as "NL(digit)..." where the
    part's act lists section NL."""
    out = parts
    for i, part in enumerate(parts):
        entry = part.act.entry if part.act is not None else None
        if entry is None or not any("(" in p.number for p in part.provisions):
            continue
        provs = tuple(_lettered(entry, p) for p in part.provisions)
        if provs != part.provisions:
            if out is parts:
                out = list(parts)
            out[i] = replace(part, provisions=provs)
    return out


def _lettered(entry: StatuteEntry, prov: Provision) -> Provision:
    m = _SPLIT.fullmatch(prov.number)
    if m is None:
        return prov
    written = entry.provision(prov.number)
    if written is not None and "(" in written.section:
        return prov  # the act lists the subsection as written
    section = m.group("n") + m.group("letter").upper()
    found = entry.provision(section)
    if found is None or found.section != section:
        return prov
    return Provision(prov.unit, section + m.group("rest"), prov.start, prov.end)
