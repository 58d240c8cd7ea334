"""What a charging citation charges: the category, label and verification of each offence
provision it names (:func:`classify`), by the lexicon's provision roles and categories.

A provision the lexicon marks as a definition, procedure or defence is no offence; a
provision read "in relation to" another supplies an element or the means of the first's
offence; an act the lexicon does not know is an offence under it ("other"), unless it
is a set of rules.  :mod:`caselaw.extractors.charges` decides which citations charge.
"""

from __future__ import annotations

import re

from caselaw.extractors.citations import Citation
from caselaw.extractors.lexicon import ProvisionEntry, StatuteEntry
from caselaw.models import Category

_RELATED = re.compile(r"in\s+rel(?:ation)?\b", re.I)
_TARGETS = {Category.TRAFFICKING, Category.CORRUPTION}
# provisions that state no offence: never the category of a charge; a citation of only
# defences or sentencing orders ("a penalty under section 26 of the Bribery Act") is none
_NO_OFFENCE = ("definition", "procedure", "defence", "sentencing")
_NOT_CHARGED = ("defence", "sentencing")


# An act the lexicon does not know, named as rules ("the Police Rules", "the Investigation
# Rules", "the Rules of Business"): a procedure a court applies, no offence anyone faces
_RULES = re.compile(r"\bRules\b")


def classify(cit: Citation) -> list[tuple[Category, str, bool]]:
    """(category, label, verified) per distinct category among the offence provisions."""
    chosen: list[tuple[Category, str, bool]] = []
    for part in cit.parts:
        entry = part.act.entry if part.act else None
        if entry is None:
            continue
        if chosen and _RELATED.match(part.connective or "") and entry.category not in _TARGETS:
            # "Section 4(a) of R.A. 9208 in relation to Section 5(a) of R.A. 7610": one offence,
            # the first provision's; the one it is read with supplies an element (the child)
            # or the means ("Article 217 in relation to Article 171": malversation through
            # falsification, one complex crime, RPC art. 48).  (A trafficking or corruption law
            # named so still counts: it may be the offence.)
            continue
        for prov in part.provisions:
            if prov.unit == "para" and _of_article(cit):
                continue  # "paragraph 4 of Article 217": a sub-unit of the offence cited
            pe = _provision(entry, prov.number)
            if pe is not None and pe.role in _NO_OFFENCE:
                continue
            if pe is not None:
                item = (pe.category, pe.label, pe.verified and entry.verified)
            else:
                item = (entry.category, entry.label, entry.verified)
            if item[0] not in {c for c, _, _ in chosen}:
                chosen.append(item)
        # "sections 370 and 370A of the IPC and sections 3 and 4 of the ITPA": every Act's
        # offence provisions are charged, so the categories of later parts count as well
        if not part.provisions and not chosen:
            return [(entry.category, entry.label, entry.verified)]
    if chosen:
        return chosen
    if _only_defences(cit):
        return []  # "a defence under section 45 of the Modern Slavery Act": no offence at all
    for part in cit.parts:  # only definitions/procedure cited: the act's own category
        if part.act is not None and part.act.entry is not None:
            entry = part.act.entry
            return [(entry.category, entry.label, entry.verified)]
    if cit.parts and cit.parts[0].act:
        name = cit.parts[0].act.short
        if _RULES.search(name):
            return []  # "Rule 25.7 of the Police Rules": subordinate rules of procedure
        return [(Category.OTHER, f"Offence under {name}", True)]
    return chosen


def _of_article(cit: Citation) -> bool:
    """A paragraph cited with the article or section it belongs to ("paragraph 4 of
    Article 217 of the Revised Penal Code"): the paragraph states a penalty or a mode of
    the article's offence, never an offence of its own."""
    return any(p.unit in ("art", "s") for part in cit.parts for p in part.provisions)


def _only_defences(cit: Citation) -> bool:
    """Every provision the citation names is a defence (a victim's statutory defence) or a
    sentencing order made on a conviction (a penalty equal to the gratification)."""
    roles = [
        pe.role if pe is not None else "offence"
        for part in cit.parts
        if part.act is not None and part.act.entry is not None
        for pe in (_provision(part.act.entry, p.number) for p in part.provisions)
    ]
    return bool(roles) and all(role in _NOT_CHARGED for role in roles)


_PROVISIONS: dict[tuple[int, str], tuple[StatuteEntry, ProvisionEntry | None]] = {}


def _provision(entry: StatuteEntry, number: str) -> ProvisionEntry | None:
    """``entry.provision(number)``, remembered (lexicon entries live as long as the process)."""
    key = (id(entry), number)
    found = _PROVISIONS.get(key)
    if found is None or found[0] is not entry:
        if len(_PROVISIONS) > 20_000:
            _PROVISIONS.clear()
        found = _PROVISIONS[key] = (entry, entry.provision(number) or _glued(entry, number))
    return found[1]


def _glued(entry: StatuteEntry, number: str) -> ProvisionEntry | None:
    """A provision number past every listed one that is a listed provision with a footnote
    number glued to it ("Article 2106 of the Revised Penal Code" = art. 210 + footnote 6)."""
    if not number.isdigit() or len(number) < 4:  # a footnote on a 2-3 digit number
        return None
    listed = [int(p.section) for p in entry.provisions if p.section.isdigit()]
    if not listed or int(number) <= max(listed):
        return None
    for cut in (1, 2):
        if len(number) > cut + 1:
            pe = entry.provision(number[:-cut])
            if pe is not None:
                return pe
    return None
