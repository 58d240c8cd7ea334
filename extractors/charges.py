"""Find the charges in a judgment: category, label, statute, count, evidence.

A statute citation or offence phrase is a *charge* only when the sentence puts
it in a charging context (the lexicon's ``charge_cues``: "charged with",
"convicted of", "for violation of", "contrary to", "FIR ... under", "Crim. Case
No." captions ...) and no discussion cue ("for instance", "see", "elements of"
...) stands between the cue and the mention; footnote lines are never charges.
Categories come from the lexicon: the offence-creating provision's category,
else the act's, else the phrase's.  Drug trafficking is ``drugs``, ticket
touting ``other``, migrant smuggling ``smuggling`` -- all by data, not code.

Administrative charges (grave misconduct, dishonesty) count as corruption only
when their paragraph narrates bribery, extortion or misappropriation
(``admin_corrupt_acts``), per the corpus category rules.

The cue vocabulary is :mod:`caselaw.extractors.charge_cues`; finding the cue and count
of a mention inside a flagged paragraph is :mod:`caselaw.extractors.charge_regions`.
This module decides which citations and offence phrases charge (what a citation's provisions
charge is :mod:`caselaw.extractors.charge_classes`); :mod:`caselaw.extractors.charge_mentions`
drops denied statutes and merges repeated mentions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from caselaw.extractors import lexicon, prefilter
from caselaw.extractors.admin_corrupt import narrates_corrupt_act, said_corrupt_elsewhere
from caselaw.extractors.admin_own_act import respondent_did_act
from caselaw.extractors.bare_act import bare_act_charges
from caselaw.extractors.charge_classes import classify
from caselaw.extractors.charge_cues import (
    on_caption_line,
)
from caselaw.extractors.charge_mentions import ChargeMention, dedupe, drop_denied
from caselaw.extractors.charge_regions import (
    DocStarts,
    Region,
    count_at,
    cue_before,
    discussed_at,
    line_start,
)
from caselaw.extractors.citation_tokens import ActRef
from caselaw.extractors.citations import Citation, parse_citations
from caselaw.extractors.defined_act import with_defined_act
from caselaw.extractors.lexicon import OffencePhrase
from caselaw.extractors.statute_history import in_history
from caselaw.extractors.superseded import superseded
from caselaw.models import Category, Evidence

NAME = "charges"
VERSION = "0.22.0"

PHRASE_GAP = 70  # at most this many characters between a cue and an offence phrase
ADMIN_LABELS = {"grave misconduct", "gross misconduct", "serious misconduct", "dishonesty"}


@cache
def _phrase_table() -> dict[str, list[OffencePhrase]]:
    """Offence phrases by their text; the prefilter automaton finds them in the text."""
    table: dict[str, list[OffencePhrase]] = {}
    for p in lexicon.phrases():
        table.setdefault(" ".join(p.phrase.split()), []).append(p)
    return table


_FOOTNOTE_LINE = re.compile(r"^\s*\[\d{1,3}\]")
# "Estafa through Falsification of Commercial Documents", "Malversation thru Falsification":
# a complex crime (RPC art. 48) is one offence, the graver; the crime it was committed
# through is its means, not a second charge
_MEANS = re.compile(r"(?<![\w])(?:through|thru)\s+$", re.I)
# "Sections 3 and 6 of RA 9231 amending Sections 12 and 16 of RA 7610": the provisions after
# "amending" are the ones the cited law changed, named to locate the change, not an offence
# charged besides it
_AMENDED_TARGET = re.compile(r"(?<![\w])(?:amending|which amended|that amended)\s+$", re.I)
# "section 54A (d) of the same Ordinance": the act named last before it; so is "section
# 9(a)(vi) of the Ordinance" after "section 18(g) of the National Accountability Ordinance"
# (the bare kind word only for an act of that kind: "the Act" is no Ordinance)
_SAME_ACT = re.compile(
    r"\s+of\s+the\s+(?P<same>(?:same|said)\s+)?(?P<kind>Act|Ordinance|Code|Law|Decree)\b", re.I
)


# "sufficient basis for the initiation of criminal cases against him, in particular for
# violation of Republic Act No. 3019", "DIRECTED to file appropriate criminal charges against
# her for malversation": a prosecution the decision orders or foresees is no charge of this
# case (an administrative matter refers the conduct to the prosecutor; Rule 140 s.1).  A
# filing narrated as done ("led to the filing of criminal charges against him for ...") is.
_FUTURE_CASE = re.compile(
    r"(?<![\w])(?:to\s+(?:initiate|file|institute)|(?:basis\s+for|without\s+prejudice\s+to"
    r"|recommend\w*)\s+(?:the\s+)?(?:initiat(?:e|ion\s+of)|fil(?:e|ing\s+of)|institut(?:e|ion\s+of)))\s+"
    r"(?:an?\s+|the\s+)?(?:appropriate\s+|proper\s+|necessary\s+)?criminal\s+"
    r"(?:cases?|charges?|complaints?|actions?)\s+against\s+[^.;]{0,80}?\bfor\s+[^.;]{0,24}$",
    re.I,
)
_FUTURE_REACH = 240
# the same said of the person: "she must be prosecuted for malversation ...", "should be
# criminally charged with ..." (a prosecution the Court orders or expects, not one brought)
_TO_BE_PROSECUTED = re.compile(
    r"\b(?:must|should|shall|will|ought\s+to|to)\s+(?:still\s+|also\s+|further\s+)?be\s+"
    r"(?:criminally\s+)?(?:prosecuted|charged|indicted)\s+(?:criminally\s+)?(?:for|with)\s+"
    r"[^.;]{0,80}$",
    re.I,
)


def _future_case(text: str, lo: int, at: int) -> bool:
    """Is the mention at ``at`` the subject of a prosecution still to be brought?"""
    a = max(lo, at - _FUTURE_REACH)
    if text.find("riminal", a, at) >= 0 and _FUTURE_CASE.search(text, a, at) is not None:
        return True
    b = max(lo, at - 150)
    return text.find(" be ", b, at) >= 0 and _TO_BE_PROSECUTED.search(text, b, at) is not None


def _evidence(text: str, start: int, end: int) -> Evidence:
    return Evidence(start, end, text[start:end], NAME, VERSION)


def find_charges(
    text: str,
    jurisdiction: str | None = None,
    *,
    paragraphs: Iterable[tuple[int, int]] | None = None,
    hits: prefilter.Hits | None = None,
) -> list[ChargeMention]:
    """Charges in ``text``, deduplicated, in order of first mention.

    ``hits`` is the prefilter scan of ``text`` when the caller already has one;
    ``paragraphs`` limits the search (default: the prefilter's charge paragraphs).
    """
    if hits is None:
        hits = prefilter.scan(text)
    if paragraphs is None:
        cues = hits.sorted_spans("charges.cue")  # one group: its spans are distinct
        regions = [
            (s, e)
            for s, e in hits.paragraphs("charges.statute", "charges.offence")
            if _has(cues, s, e)
        ]
    else:
        regions = list(paragraphs)
    phrases = _longest_first(hits.sorted_spans("charges.offence"))
    mentions: list[ChargeMention] = []
    doc = DocStarts.of(text, hits, cues=False) if regions else None  # cues per region
    for lo, hi in regions:
        i = bisect.bisect_left(phrases, (lo, -1))
        j = bisect.bisect_left(phrases, (hi, -1))
        reg = Region.of(text, lo, hi, hits, doc)
        mentions.extend(_in_region(reg, jurisdiction, phrases[i:j]))
    return dedupe(text, drop_denied(text, jurisdiction, mentions))


# "they were not charged with violation of Republic Act No. 9184": the judgment says in so
# many words that a statute is no charge of this case, so its other mentions ("in violation
# of R.A. 9184, they specified a brand") narrate a breach, not an offence charged.  Only a
# negated charging verb counts ("not convicted of X" still says X was charged).
def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Leftmost-longest, non-overlapping spans out of the automaton's overlapping hits."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _has(sorted_spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(sorted_spans, (lo, -1))
    return i < len(sorted_spans) and sorted_spans[i][0] < hi


def _in_region(
    reg: Region, jurisdiction: str | None, phrase_spans: list[tuple[int, int]]
) -> list[ChargeMention]:
    """The charges one flagged paragraph names: its charging citations, then the offence
    phrases that stand outside them."""
    if not reg.may_charge():
        return []
    out: list[ChargeMention] = []
    taken: list[tuple[int, int]] = []  # the spans of the charging citations (sorted, disjoint)
    for cit, cue in _charging_citations(reg, jurisdiction):
        start = cue.start() if cue is not None else cit.start
        out.extend(_cited_charges(reg, cit, start, jurisdiction, phrase_spans))
        taken.append((cit.start, cit.end))
    for p_start, p_end in phrase_spans:
        k = bisect.bisect_right(taken, (p_start, len(reg.text) + 1)) - 1
        if k >= 0 and p_start < taken[k][1]:
            continue  # inside a citation
        mention = _phrase_charge(reg, p_start, p_end, jurisdiction)
        if mention is not None:
            out.append(mention)
    out.extend(bare_act_charges(reg, jurisdiction, taken, _evidence))
    return out


def _charging_citations(
    reg: Region, jurisdiction: str | None
) -> Iterator[tuple[Citation, re.Match[str] | None]]:
    """The region's citations in a charging context, each with its cue (None: a caption
    line or a "contrary to" / "punishable" lead), "the same Act" resolved."""
    text, lo = reg.text, reg.lo
    last_act = None  # the act the previous citation of the region named
    for cit in _citations(reg, jurisdiction):
        if last_act is not None:  # "s 140 of the Act": the act defined so, not the last named
            cit = with_defined_act(text, cit, jurisdiction)
        if any(p.act is not None for p in cit.parts):
            last_act = next(p.act for p in reversed(cit.parts) if p.act is not None)
        elif last_act is not None and _same_act(text, cit.end, last_act):
            cit = replace(cit, parts=tuple(replace(p, act=last_act) for p in cit.parts))
        line = line_start(text, cit.start)
        if _FOOTNOTE_LINE.match(text, line):
            continue
        if _AMENDED_TARGET.search(text, max(lo, cit.start - 24), cit.start):
            continue  # "R.A. 9231 amending Sections 12 and 16 of R.A. 7610": what was amended
        cue = cue_before(reg, cit.start, None)
        if cue is None and not _led_or_captioned(reg, cit, line):
            continue
        if _future_case(text, lo, cit.start) or superseded(text, lo, cit.start):
            continue
        if in_history(text, cit.start, reg.hi):  # a provision's ancestor, not a charge
            continue
        yield cit, cue


def _led_or_captioned(reg: Region, cit: Citation, line: int) -> bool:
    """A citation with no cue is still charged after a "contrary to" / "punishable" lead
    not under discussion, or on a caption line."""
    led = cit.lead is not None and cit.lead.startswith(("contrary", "punishable"))
    if led and not discussed_at(reg, cit.start):
        return True  # (discussed: "The judgment is contrary to section 203 ...", a ground)
    return on_caption_line(reg.text, cit.start, line)


def _cited_charges(
    reg: Region,
    cit: Citation,
    start: int,
    jurisdiction: str | None,
    phrase_spans: list[tuple[int, int]],
) -> list[ChargeMention]:
    """One mention per category of the charging citation ``cit`` (its cue at ``start``)."""
    text = reg.text
    count, alt = count_at(reg, cit.start, cit.end)
    ev = (_evidence(text, start, cit.end),)
    statute = cit.normalised()
    classes = classify(cit)
    if classes and classes[0][0] is Category.OTHER and _unknown_act(cit):
        named = _named_offence(text, phrase_spans, start, cit.start, jurisdiction)
        classes = [named] if named is not None else classes
    return [
        ChargeMention(category, label, statute, count, alt, ev, verified)
        for category, label, verified in classes
    ]


def _phrase_charge(
    reg: Region, p_start: int, p_end: int, jurisdiction: str | None
) -> ChargeMention | None:
    """The charge the offence phrase at ``[p_start, p_end)`` names, if a cue or caption
    line puts it in a charging context; an administrative charge is corruption where the
    paragraph narrates a corrupt act."""
    text, lo = reg.text, reg.lo
    if not reg.is_live(p_start) and not _cut(text, p_start):
        return None  # no cue near enough before it, no caption line: cue_before says None
    line = line_start(text, p_start)
    if _FOOTNOTE_LINE.match(text, line):
        return None
    if _MEANS.search(text, max(lo, p_start - 12), p_start):
        return None  # "Malversation ... through Falsification ...": the means of one crime
    cue = cue_before(reg, p_start, PHRASE_GAP)
    if cue is None and not on_caption_line(text, p_start, line):
        return None
    if _future_case(text, lo, p_start) or superseded(text, lo, p_start):
        return None
    if in_history(text, p_start, reg.hi):  # a provision's ancestor, not a charge
        return None
    entry = _phrase_entry(text, p_start, p_end, jurisdiction)
    if entry is None:
        return None
    category = entry.category
    if (
        entry.phrase in ADMIN_LABELS
        and category is Category.OTHER
        and (
            narrates_corrupt_act(text, lo, reg.hi)
            or said_corrupt_elsewhere(text, reg.hits, entry.phrase)
            or respondent_did_act(text, reg.hits)
        )
    ):
        category = Category.CORRUPTION
    start = cue.start() if cue is not None else p_start
    count, alt = count_at(reg, p_start, p_end)
    ev = (_evidence(text, start, p_end),)
    return ChargeMention(category, entry.label, None, count, alt, ev, entry.verified)


def _cut(text: str, pos: int) -> bool:
    """Does ``pos`` cut a word?  (Then a cue may match only with the text ending at ``pos``,
    and :meth:`Region.is_live` does not decide.)"""
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_")


def _same_act(text: str, end: int, act: ActRef) -> bool:
    """The words after a provision ("of the same Ordinance", "of the Ordinance") refer to
    ``act``, the act the region's previous citation named."""
    m = _SAME_ACT.match(text, end)
    if m is None:
        return False
    if m.group("same") is not None:
        return True
    name = act.entry.name if act.entry is not None else text[act.start : act.end]
    return m.group("kind").lower() in name.lower()


def _unknown_act(cit: Citation) -> bool:
    """The citation names an act, and none the lexicon knows ("R.A. No. 9206", a misprint)."""
    return any(p.act is not None for p in cit.parts) and all(
        p.act is None or p.act.entry is None for p in cit.parts
    )


def _named_offence(
    text: str, phrases: list[tuple[int, int]], lo: int, hi: int, jurisdiction: str | None
) -> tuple[Category, str, bool] | None:
    """The offence (not "other") an offence phrase between the cue and an unknown act's
    citation names: "accessory to the crime of qualified trafficking as defined ... under Section
    4-C(a) of R.A. No. 9206" is trafficking whatever the misprinted act number says (the
    description of the offence, not its designation, controls)."""
    i = bisect.bisect_left(phrases, (lo, -1))
    for p_start, p_end in phrases[i:]:
        if p_start >= hi:
            break
        entry = _phrase_entry(text, p_start, p_end, jurisdiction)
        if entry is not None and entry.category is not Category.OTHER:
            return entry.category, entry.label, entry.verified
    return None


def _citations(reg: Region, jurisdiction: str | None) -> list[Citation]:
    """The citations that may be charges in the region, in text order: those of its live
    parts (:meth:`Region.parts`), parsed exactly as a parse of the whole region gives them."""
    parts = reg.parts()
    if not parts:
        return []
    return parse_citations(
        reg.text, reg.lo, reg.hi, jurisdiction=jurisdiction, hits=reg.hits, parts=parts
    )


def _phrase_entry(
    text: str, start: int, end: int, jurisdiction: str | None
) -> OffencePhrase | None:
    """The lexicon's entry for the offence phrase at ``text[start:end]`` (whitespace and
    case folded), the jurisdiction's own first."""
    return _pick(_phrase_table().get(" ".join(text[start:end].lower().split()), []), jurisdiction)


def _pick(entries: list[OffencePhrase], jurisdiction: str | None) -> OffencePhrase | None:
    for e in entries:
        if jurisdiction and e.jurisdiction and e.jurisdiction.upper() == jurisdiction.upper():
            return e
    for e in entries:
        if e.jurisdiction is None:
            return e
    return entries[0] if entries else None
