"""When a passive corruption charge does not make its defendant a public official.

:func:`caselaw.extractors.charged_officials.passive_corruption` takes a charge of taking a
bribe as proof of public office: the bribery statutes of public servants reach only them.
Two charges of that kind are open to anyone:

* an agent offence (Singapore PCA ss.5-6, Malaysia MACC Act s.17, Kenya ACECA s.39, UK
  Prevention of Corruption Act 1906, South Africa PRECCA s.6) reaches any agent of any
  principal, a company's employee as much as a public servant's: the charge's own words
  "being an agent, to wit, a Senior Director in the employ of X Pte Ltd" say which; an
  employer that is a company (and no public body) makes the agent a private person;
* abetting a public servant's acceptance of a gratification (LK Bribery Act s.25, IPC /
  Penal Code abetment, PH RPC art. 210's giver as accomplice) can be committed by anyone:
  "The 3rd Respondent was indicted for abetting the 1st Respondent ..." gives the abettor
  no office (the official is the principal offender).

Both read only text the step has: the charge's evidence (the clause before it) and the
defendant's caption number and surname, with a literal gate before each pattern.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context
from caselaw.extractors.agent_employer import party_employer, private_employer
from caselaw.extractors.official_mentions import MENTIONS, mention_spans
from caselaw.models import Category, Charge

__all__ = ["abettor", "not_by_office", "private_agent", "private_bribery"]

_AGENT_LABEL = re.compile(r"\bagents?\b", re.I)
_CLAUSE_REACH = 1500
# "being an agent, to wit, a Senior Director of Logistics in the employ of X," / "employed by"
_EMPLOYER = re.compile(
    r"\b(?:in\s+the\s+employ(?:ment)?\s+of|employed\s+by|an?\s+employee\s+of|working\s+for)"
    r"\s+(?:the\s+)?([^,;:\n]{2,80})",
    re.I,
)
_PUBLIC_BODY = re.compile(
    r"\b(?:Government|Ministry|Police|Force|Authority|Board|Council|Department|Customs"
    r"|Immigration|Public|Republic|State|Municipal|Service|Prisons?|Court|Commission|Agency"
    r"|Bureau|Army|Navy|Armed|Statutory|Town|City|Province|County)\b"
)
_COMPANY = re.compile(
    r"\b(?:Pte|Ltd|Limited|Inc|Incorporated|Bhd|Berhad|Sdn|LLP|LLC|plc|PLC|GmbH|Technology"
    r"|Technologies|International|Holdings)\b"
)


def not_by_office(ctx: Context, index: int, charge: Charge) -> bool:
    """Defendant ``index``'s passive corruption ``charge`` does not imply public office: an
    agent offence of a company's employee, or the defendant is charged as an abettor
    (cached per judgment: the roles read it again)."""
    cache = ctx.cache.setdefault("charge_capacity", {})
    key = (index, charge.label, charge.evidence[0].start if charge.evidence else -1)
    found = cache.get(key)
    if found is None:
        found = cache[key] = (
            _AGENT_LABEL.search(charge.label) is not None
            and private_agent(ctx, [ev.start for ev in charge.evidence])
        ) or abettor(ctx, index)
    return found


def private_agent(ctx: Context, starts: list[int]) -> bool:
    """The agent charge whose evidence starts at ``starts`` names a company, and no public
    body, as the agent's employer ("being an agent ... in the employ of X Pte Ltd")."""
    text = ctx.text
    for start in starts:
        at = text.rfind("being an agent", max(0, start - _CLAUSE_REACH), start)
        if at < 0:
            continue
        m = _EMPLOYER.search(text, at, min(start, at + 300))
        if m is None:
            continue
        return private_employer(m.group(1), _PUBLIC_BODY, _COMPANY)
    return bool(starts) and party_employer(text, _PUBLIC_BODY, _COMPANY)  # the facts' employer


# "The 3rd Respondent was indicted ... for abetting", "X was charged with abetment of"
_ABETTED = re.compile(
    r"\s+(?:was|were|is|has\s+been|had\s+been|stands?|stood)\s+(?:indicted|charged|accused"
    r"|tried)\b[^.;]{0,80}?\b(?:for|with|of)\s+(?:the\s+offen[cs]es?\s+of\s+)?abet",
    re.I,
)
_ABET_REACH = 160
_CAPTION_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})\s*[.)]\s*$")
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_LABEL_WORDS = frozenset(["respondent", "accused", "appellant", "petitioner", "defendant"])


def abettor(ctx: Context, index: int) -> bool:
    """The text says defendant ``index`` was charged with abetting (by surname or by the
    caption number printed before their name: "3. X" -> "the 3rd Respondent").  Once per
    judgment and defendant (each of their charges asks)."""
    d = ctx.defendants[index]
    key = (index, d.name, d.evidence[0].start if d.evidence else -1)
    cache = ctx.cache.setdefault("charge_capacity.abettor", {})
    found = cache.get(key)
    if found is None:
        found = cache[key] = _abettor(ctx, index)
    return found


def _abettor(ctx: Context, index: int) -> bool:
    text = ctx.text
    for _, e in _mentions(ctx, index):
        if text.find("abet", e, e + _ABET_REACH) >= 0 and _ABETTED.match(text, e, e + _ABET_REACH):
            return True
    return False


def _mentions(ctx: Context, index: int) -> list[tuple[int, int]]:
    spans = mention_spans(ctx, index)[:MENTIONS]
    n = _caption_number(ctx, index)
    if n is None:
        return spans
    forms = {f"{n}{_SUFFIX.get(n, 'th')}", f"{n} {_SUFFIX.get(n, 'th')}"}
    if n <= len(_ORDINALS):
        forms.add(_ORDINALS[n - 1])
    low = ctx.lower
    out = list(spans)
    for s, e in ctx.keyword_spans("parties.label"):
        if low[s:e] not in _LABEL_WORDS or low[e : e + 1].isalpha():
            continue
        before = low[max(0, s - 12) : s].rstrip(" -")
        if any(before.endswith(f) and not before[-len(f) - 1 : -len(f)].isdigit() for f in forms):
            out.append((s, e))
    return out


def _caption_number(ctx: Context, index: int) -> int | None:
    """The number printed before the defendant's name in the caption ("3. X, Kandy.")."""
    d = ctx.defendants[index]
    if not d.evidence:
        return None
    s = d.evidence[0].start
    m = _CAPTION_NUMBER.search(ctx.text, max(0, s - 8), s)
    return int(m.group(1)) if m else None


def private_bribery(ctx: Context, charges: list[Charge]) -> bool:
    """The judgment's corruption is private-sector bribery: no defendant is an official and
    every corruption charge is an agent offence of a company's employee."""
    if any(d.is_official for d in ctx.defendants):
        return False
    graft = [c for c in charges if c.category == Category.CORRUPTION]
    return bool(graft) and all(
        _AGENT_LABEL.search(c.label) is not None
        and private_agent(ctx, [ev.start for ev in c.evidence])
        for c in graft
    )
