"""Which offences are a defendant's: the rules that drop mentions that are not charges of
this judgment's defendants, and those that join or share charges once owned (who owns a
mention is :mod:`caselaw.extractors.charge_owners`).  Each rule below is a rule of legal
language, with its reason next to it; none names a file, court case or party.
"""

from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter
from typing import Any

from caselaw.extractors._base import HEAD_CHARS, Context
from caselaw.extractors.charge_mentions import names_kind, same_offence
from caselaw.extractors.charge_owners import named_in, sentence_bounds
from caselaw.extractors.criminal_aspect import criminal_aspect_dismissed, only_before
from caselaw.extractors.fallo_offences import unnamed_in_fallo
from caselaw.models import Category, Charge

# A civil code defines obligations and damages, never offences: an article of it cited in
# a criminal judgment is the basis of an award, not a charge.
_CIVIL_CODE = re.compile(r"civil code", re.I)
# "charged under R.A. 9208, instead of violation of R.A. 7610": the offence after
# "instead of" / "rather than" is the one NOT charged.
_NEGATED = re.compile(r"(?:instead of|rather than|and not|but not|not for)\b[^,;()]{0,40}$", re.I)
# one of these is in every _NEGATED match, lower-cased (letters without odd case folds)
_NEGATING = ("tead of", "rather than", "not")
_NUMBER = re.compile(r"\d+")
# Administrative offences (misconduct, dishonesty) of a respondent who also faces a
# bribery / graft charge are the administrative form of that corruption (SCHEMA.md:
# administrative charges count as corruption when for bribery or extortion).
_ADMIN_OFFENCE = re.compile(r"misconduct|dishonest", re.I)
# A statute citation with a section / article; without one it names only an Act.
_SECTION = re.compile(r"\b(?:ss?|arts?|sec|r)\.\s*\d|\bsection", re.I)
# The Act a citation starts with: "R.A. 3019", "P.D. 1866", or an abbreviation ("NIRC").
_ACT = re.compile(r"^(?:(?:R\.A\.|P\.D\.|B\.P\.|E\.O\.|C\.A\.|Act)\s*(?:No\.\s*)?\d+|[^\s,]+)")


_CHARGE_FIELDS = tuple(f.name for f in fields(Charge) if f.init)
_CHARGE_VALUES = attrgetter(*_CHARGE_FIELDS)  # (every field in one C call, in order)
_CHARGE_AT = {name: i for i, name in enumerate(_CHARGE_FIELDS)}


def charge_with(charge: Charge, **changes: Any) -> Charge:
    """``dataclasses.replace`` for a Charge, without its per-call field inspection."""
    values = list(_CHARGE_VALUES(charge))
    for name, value in changes.items():
        values[_CHARGE_AT[name]] = value
    return Charge(*values)


@lru_cache(maxsize=4096)  # a judgment's charges repeat their statutes and labels
def group_key(category: str, statute: str | None, label: str) -> tuple[str, str]:
    if statute:
        base = _NOT_AZ09.sub("", statute.lower())
        return category, base[:24]
    return category, _NOT_AZ.sub("", label.lower())[:40]


_NOT_AZ09 = re.compile(r"[^a-z0-9]")
_NOT_AZ = re.compile(r"[^a-z]")


Grouped = dict[tuple[int, str, str], Charge]


def _corroborated(ctx: Context, charge: Charge, keys: list[list[str]]) -> bool:
    """Is the offence tied to its defendant where a judgment states charges and verdicts?

    A judgment discusses many offences (doctrine, other designations, related cases);
    the ones a defendant answers for are stated in the caption and opening (the
    Information), in the dispositive part, or in a sentence that names the defendant
    """
    d_start, d_end = ctx.dispositive
    text = ctx.text
    for ev in charge.evidence:
        if ev.start < HEAD_CHARS or d_start <= ev.start < d_end:
            return True
        s, e = sentence_bounds(text, ev.start, ev.end)
        sentence = text[s:e]
        if charge.defendant in named_in(sentence, keys):
            return True
    return False


def _negated(ctx: Context, charge: Charge) -> bool:
    """Every mention is the offence after "instead of" / "rather than" (not charged)."""
    text = ctx.text
    number = _NUMBER.search(charge.statute or "")
    for ev in charge.evidence:
        at = ev.start
        if number:
            found = text.find(number.group(0), ev.start, ev.end)
            at = found if found >= 0 else ev.start
        before = text[max(0, at - 60) : at]
        low = before.lower()
        # (one of _NEGATING is in every match: without one, no search)
        if "not" not in low and "rather than" not in low and "tead of" not in low:
            return False
        if not _NEGATED.search(before):
            return False
    return True


def _act(statute: str | None) -> str:
    m = _ACT.match((statute or "").strip())
    return re.sub(r"\W", "", m.group(0).lower()) if m else ""


# "guilty of the crimes of illegal recruitment and estafa": an evidence span starts at its cue,
# so it may hold an offence coordinated before the mention's own; only the last conjunct is
# the mention's wording (the kind of another offence named before "and" is that offence).
# Provisions joined by "and" ("Article 38(a) and (b)", "... thereof and Sections 3 and 6 of
# RA 9231") are one mention: the conjunct after "and" must be an offence's name.
_LAST_AND = re.compile(
    r"^.*\sand(?:\s+(?=[^\W\d_])(?!(?:sec(?:tion)?s?|arts?|articles?|par(?:agraph)?s?|rules?"
    r"|r\.?\s?a|republic|p\.?\s?d|presidential|b\.?\s?p)\b)|\s*$)",
    re.I | re.S,
)


def _own_conjunct(text: str) -> str:
    """``text`` from its last coordinating "and" on (all of it when it has none)."""
    return _LAST_AND.sub("", text, count=1) if " and" in text.lower() else text


def _subsumed(charge: Charge, kept: list[Charge]) -> bool:
    """An ``other`` mention that restates a categorised charge of the same defendant."""
    cats = {c.category for c in kept}
    spans = {(e.start, e.end) for c in kept for e in c.evidence}
    words = charge.label
    if not any((e.start, e.end) in spans for e in charge.evidence):
        # the same words as a listed separate offence ("ss.409, 420, 468 PPC read with
        # s.5(2) PCA") are an enumeration of offences, not a restatement
        words += " " + " ".join(_own_conjunct(ev.text) for ev in charge.evidence)
    if any(names_kind(c, words) for c in cats):
        return True
    if charge.statute and not _SECTION.search(charge.statute):
        # a bare Act ("violations of the NIRC") beside a sectioned charge under that Act
        act = _act(charge.statute)
        return bool(act) and any(_act(c.statute) == act for c in kept)
    return False


_CONTRARY = re.compile(r"contrary\s+to\b", re.I)


def _statement_of(ctx: Context, charge: Charge, kept: list[Charge]) -> bool:
    """An Act the lexicon does not list, cited only as "contrary to section N of the X Act"
    in a sentence that describes a categorised offence, is that offence's statement of
    statute (English-style counts: "conspiring to arrange the travel of others with a view
    to exploitation, contrary to section 1(1) of the Criminal Law Act 1977"), not another
    offence.  A separate offence has its own cue ("and of an offence under ...")."""
    if not charge.label.startswith("Offence under") or not charge.evidence:
        return False
    text = ctx.text
    others = [e.start for c in kept for e in c.evidence]
    for ev in charge.evidence:
        if not _CONTRARY.match(ev.text):
            return False
        s, _ = sentence_bounds(text, ev.start, ev.end)
        if not any(s <= o < ev.start for o in others):
            return False
    return True


def prune(ctx: Context, grouped: Grouped, keys: list[list[str]]) -> Grouped:
    """Drop offences that are not this defendant's charges (see each rule's comment)."""
    admin = ctx.info.proceeding == "administrative"
    at = criminal_aspect_dismissed(ctx)  # (a complaint's dropped criminal aspect)
    grouped = {k: c for k, c in grouped.items() if not only_before(c, at)} if at >= 0 else grouped
    by_def: dict[int | None, list[Charge]] = {}
    for c in grouped.values():
        by_def.setdefault(c.defendant, []).append(c)
    # per defendant, once: the charges not "other", and whether one is corruption
    specific_of: dict[int | None, tuple[list[Charge], bool]] = {}
    out: Grouped = {}
    for key, c in grouped.items():
        mine = by_def[c.defendant]
        if _negated(ctx, c) or (c.statute and _CIVIL_CODE.search(c.statute)):
            continue
        if c.category == Category.OTHER:
            if c.defendant not in specific_of:
                specific_of[c.defendant] = _specific(mine)
            specific, corrupt = specific_of[c.defendant]
            if specific and (
                _subsumed(c, specific)
                or _statement_of(ctx, c, specific)
                or not _corroborated(ctx, c, keys)
            ):
                continue
            if admin and corrupt and _ADMIN_OFFENCE.search(c.label):
                continue
        elif len(mine) > 1 and unnamed_in_fallo(ctx, c, mine):
            continue  # a kind the restated convictions leave out (fallo_offences)
        out[key] = c
    return out


def _specific(mine: list[Charge]) -> tuple[list[Charge], bool]:
    """A defendant's charges that are not "other", and whether one is corruption."""
    specific = [x for x in mine if x.category != Category.OTHER]
    return specific, any(x.category == Category.CORRUPTION for x in specific)


def share_joint_charges(ctx: Context, grouped: Grouped) -> None:
    """A defendant no offence was tied to faces the co-accused's charges.

    A person is an accused in the judgment because charged; when the text never names
    them next to an offence, the joint Information (or joint complaint) is the charge.
    """
    charged = {k[0] for k in grouped}
    if not charged:
        return
    joint = {(k[1], k[2]): c for k, c in grouped.items()}
    for d in range(len(ctx.defendants)):
        if d in charged:
            continue
        for (cat, sub), c in joint.items():
            grouped[(d, cat, sub)] = charge_with(c, defendant=d)


def fold_named_offences(grouped: Grouped) -> Grouped:
    """A defendant's charge named only by its offence ("convicted them of Qualified
    Trafficking in Persons") joins the same defendant's cited charge of that category
    ("... under Section 4(a) of R.A. 9208"): one charge, the evidence of both.  Not for
    "other" offences (murder and a procedure Act are two things), across counts, nor for
    another offence of the category ("misconduct in a public office" beside "being bribed",
    :func:`~caselaw.extractors.charge_mentions.same_offence`)."""
    cited: dict[tuple[int, str], list[tuple[int, str, str]]] = {}
    for key, c in grouped.items():
        if c.statute and c.category != Category.OTHER:
            cited.setdefault((key[0], key[1]), []).append(key)
    if not cited:
        return grouped
    out: Grouped = {}
    for key, c in grouped.items():
        if c.statute is None and c.category != Category.OTHER:
            target = next(
                (
                    k
                    for k in cited.get((key[0], key[1]), ())
                    if (grouped[k].count is None or c.count is None or grouped[k].count == c.count)
                    and same_offence(c.label, grouped[k].label)
                ),
                None,
            )
            if target is not None:
                into = out.get(target, grouped[target])
                spans = into.evidence + tuple(e for e in c.evidence if e not in into.evidence)
                out[target] = charge_with(into, evidence=spans[:6])
                continue
        if key not in out:
            out[key] = c
    return out
