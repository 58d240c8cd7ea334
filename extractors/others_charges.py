"""Charge mentions that are someone else's: not charges of this judgment's defendants.

A judgment tells of offences other people faced as often as of its own accused's:

* the person a sentence says was accused, by name, when no defendant bears that name
  ("Thomas N. Tan was accused of qualified theft in a complaint lodged with the Fiscal":
  the complaint the accused fiscal was paid to dismiss);
* the accused of a cited case, which legal English calls "the accused therein"
  ("Lalli convicted the accused therein of the crime of trafficking in persons");
* in an administrative matter about a court, the cases on the court's docket
  ("Criminal Case No. 78-94 for Homicide ... was provisionally dismissed"): a case
  number with its offence names a case the respondent handled, unless its sentence
  names a defendant;
* and no one's charge at all: the offence the sentence says the accused was NOT tried
  for ("accused-appellant was not tried and convicted of the crime of trafficking");
  the offence an award of damages is for, in a passage
  about damages ("exemplary damages for the crime of Trafficking in Persons finds
  basis in Article 2219 of the Civil Code").

A mention is another's only when each of its spans is.  Each test starts from the
mention's own evidence span and reads at most the 80 characters before it or its
sentence, gated by a literal.
"""

from __future__ import annotations

import re
from typing import Any

from caselaw.extractors._base import Context
from caselaw.extractors.charge_owners import named_in, sentence_bounds
from caselaw.extractors.cited_sentence import in_cited_case
from caselaw.extractors.names import fold

# "Thomas N. Tan was accused of": a person's name (two to five capitalised words or
# initials) right before the verb that makes the cue a statement about that person
_NAMED_SUBJECT = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\.?\s+){1,4}[A-Z][\w'’-]+)\s+"
    r"(?:was|were|had\s+been|has\s+been|is|stands|stood)\s+$"
)
_SUBJECT_VERBS = ("was", "were", "been", "is", "stands", "stood")  # _NAMED_SUBJECT's last words
_CUE_OPENINGS = ("accused of", "charged with", "charged for", "indicted for", "indicted with")
# words that open a noun phrase naming a party by its role, not by name
_NOT_NAMES = frozenset(
    (
        "the", "a", "an", "he", "she", "they", "it", "his", "her", "accused", "petitioner",
        "petitioners", "appellant", "appellants", "respondent", "respondents", "defendant",
        "defendants", "complainant", "judge", "justice", "court", "this", "that", "said",
        "each", "both", "all", "none",
    )
)  # fmt: skip
# "the accused therein", "petitioners therein": the parties of a case just cited
_THEREIN = re.compile(
    r"\b(?:accused|appellants?|petitioners?|respondents?|defendants?)\s+therein\b", re.I
)
# "... damages for the crime of": the offence an award is for
_AWARD = re.compile(r"\bdamages\s+$", re.I)
_FOR_OFFENCE = ("for the crime", "for the offense", "for the offence")
# "was not tried and convicted of": the offence denied
_NOT_TRIED = re.compile(
    r"\b(?:was|were|is|are|been)\s+not\s+"
    r"(?:(?:tried|charged|indicted|prosecuted)\s+(?:(?:and|or)\s+)?){0,2}$",
    re.I,
)
_CHARGE_VERBS = ("tried", "charged", "indicted", "prosecuted")
# "Criminal Case No. 78-94 for Homicide": a docket entry and its offence
_DOCKET = re.compile(r"\bcase\s+nos?\.?\s*[\w./-]+\s+(?:for|of)\s", re.I)


def others_charge(ctx: Context, evidence: tuple[Any, ...], keys: list[list[str]]) -> bool:
    """Is every span of a charge mention another person's offence (module docstring)?"""
    if not evidence:
        return False
    return all(_others_span(ctx, ev, keys) for ev in evidence)


def _others_span(ctx: Context, ev: Any, keys: list[list[str]]) -> bool:
    return (
        _named_other(ctx.text, ev, keys)
        or _cited_case(ctx.text, ev)
        or _docket_entry(ctx, ev, keys)
        or _award_basis(ctx.text, ev)
        or _not_tried(ctx.text, ev)
        or in_cited_case(ctx.text, ev)  # "In PP v AOM [2011] ..., each charge of rape"
    )


def _named_other(text: str, ev: Any, keys: list[list[str]]) -> bool:
    """The span opens with "accused of" / "charged with" said of a named non-defendant."""
    if not ev.text.lower().startswith(_CUE_OPENINGS):
        return False
    # what the pattern ends with: a verb, then blanks (its search tries every position)
    lo = max(0, ev.start - 80)
    before = text[lo : ev.start]
    if not before[-1:].isspace() or not before.rstrip().endswith(_SUBJECT_VERBS):
        return False
    m = _NAMED_SUBJECT.search(text, lo, ev.start)
    if m is None:
        return False
    name = m.group("name")
    first = name.split()[0].rstrip(".").lower()
    if first in _NOT_NAMES:
        return False
    # any defendant's surname, short ones too ("Sy", "Go"): the window is the subject alone
    words = {fold(w) for w in name.replace(".", " ").split()}
    return not any(k and k[-1] in words for k in keys)


def _cited_case(text: str, ev: Any) -> bool:
    """The span (or the words just before it) speaks of "the accused therein"."""
    window = text[max(0, ev.start - 40) : ev.end]
    return "therein" in window.lower() and _THEREIN.search(window) is not None


def _docket_entry(ctx: Context, ev: Any, keys: list[list[str]]) -> bool:
    """In an administrative matter, "Case No. N for <offence>" whose sentence names no
    defendant (nor "respondent")."""
    if ctx.info.proceeding != "administrative" or "no" not in ev.text.lower():
        return False
    if _DOCKET.search(ev.text) is None:
        return False
    s, e = sentence_bounds(ctx.text, ev.start, ev.end)
    sentence = ctx.text[s:e]
    return "respondent" not in sentence.lower() and not named_in(sentence, keys)


def _award_basis(text: str, ev: Any) -> bool:
    """The span is "for the crime of X" right after "damages"."""
    if not ev.text.lower().startswith(_FOR_OFFENCE):
        return False
    return _AWARD.search(text, max(0, ev.start - 12), ev.start) is not None


def _not_tried(text: str, ev: Any) -> bool:
    """The span is what someone "was not (tried and) convicted of" / "was not charged
    with": a charge verb must follow "not" (before the span or opening it), so "is not
    liable for" (a finding on a charge faced) is no denial."""
    before = text[max(0, ev.start - 40) : ev.start]
    if " not " not in before.lower():
        return False
    m = _NOT_TRIED.search(before)
    if m is None:
        return False
    return m.group(0).lower().rstrip().endswith(_CHARGE_VERBS + ("and", "or")) or (
        ev.text.lower().startswith(_CHARGE_VERBS)
    )
