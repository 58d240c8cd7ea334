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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from caselaw.extractors import anchors, lexicon, prefilter
from caselaw.extractors.charge_cues import (
    cue_match,
    cue_regex,
    denied,
    discussion_regex,
    flex,
    on_caption_line,
)
from caselaw.extractors.citations import (
    MAX_GAP,
    Citation,
    barrier_after,
    barrier_before,
    parse_citations,
)
from caselaw.extractors.lexicon import OffencePhrase
from caselaw.models import Category, Evidence

NAME = "charges"
VERSION = "0.2.0"

CUE_WINDOW = 260  # characters before a mention searched for a charge cue
PHRASE_GAP = 70  # at most this many characters between a cue and an offence phrase
ADMIN_LABELS = {"grave misconduct", "gross misconduct", "serious misconduct", "dishonesty"}

# tests/extractors/test_anchors.py reads the cue regexes here (now in charge_cues)
_cue_regex = cue_regex
_cue_match = cue_match
_discussion_regex = discussion_regex


@dataclass(frozen=True, slots=True)
class ChargeMention:
    category: Category
    label: str
    statute: str | None
    count: str | None
    alternative: bool
    evidence: tuple[Evidence, ...]
    verified: bool = field(default=True)  # False when the lexicon entry is an unverified lead

    @property
    def start(self) -> int:
        return self.evidence[0].start

    @property
    def end(self) -> int:
        return self.evidence[0].end


@cache
def _admin_regex() -> re.Pattern[str]:
    words = sorted(lexicon.word_list("admin_corrupt_acts"), key=len, reverse=True)
    return re.compile("|".join(r"(?<![\w])" + flex(w) for w in words), re.IGNORECASE)


@cache
def _phrase_table() -> dict[str, list[OffencePhrase]]:
    """Offence phrases by their text; the prefilter automaton finds them in the text."""
    table: dict[str, list[OffencePhrase]] = {}
    for p in lexicon.phrases():
        table.setdefault(" ".join(p.phrase.split()), []).append(p)
    return table


_COUNT = re.compile(
    r"(?P<alt>alternative\s+)?count\s*(?:no\.?\s*)?(?P<n>\d{1,3}|[IVX]{1,6}\b|one|two|three|"
    r"four|five|six|seven|eight|nine|ten)\b"
    r"|(?P<case>(?:crim(?:inal)?\.?\s+case|SB-\d\d-CRM)\s*(?:nos?\.?)?\s*[\w-]*\d[\w-]*)",
    re.IGNORECASE,
)
_SENT_END = re.compile(r"(?:[.!?][\"”’)]?\s+(?=[A-Z\"“(\[])|\n\s*\n|;\s)")
_ABBREV_END = re.compile(
    r"(?:\b(?:No|Nos|Sec|Secs|Art|Arts|vs|v|Inc|Co|Jr|Sr|St|Crim|Par|Rep|Blg|Atty|Hon|Mr|Mrs|"
    r"Ms|Dr|Gen|Col|Lt|Insp|Supt|Cap|Ch|para|s|ss|[A-Z])\.$)"
)
_CAPTION = r"\s*(?:for\s?:|re:|crim\. case|criminal case)"  # superset of on_caption_line's test
_CAPTION_AT = re.compile(_CAPTION, re.I)
_CAPTION_LINE = re.compile(r"\n" + _CAPTION, re.I)
_FOOTNOTE_LINE = re.compile(r"^\s*\[\d{1,3}\]")


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """The end of the last sentence end in ``[lo, pos)`` that is no abbreviation, else ``lo``."""
    for m in reversed(list(_SENT_END.finditer(text, lo, pos))):
        at = m.start()
        if text[at] == "." and _ABBREV_END.search(text, max(lo, at - 6), at + 1):
            continue
        return m.end()
    return lo


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


@dataclass(slots=True)
class _Region:
    """One flagged paragraph with the candidate starts of the cue/count regexes in it."""

    text: str
    lo: int
    hi: int
    hits: prefilter.Hits
    cues: list[int]
    counts: list[int]
    sentence: dict[int, int] = field(default_factory=dict)
    matches: tuple[dict[int, re.Match[str] | None], ...] = field(default_factory=lambda: ({}, {}))

    @classmethod
    def of(cls, text: str, lo: int, hi: int, hits: prefilter.Hits) -> _Region:
        cues = anchors.cue_anchors().starts(hits, text, lo, hi)
        extra = anchors.simple_starts(hits, "anchor.cue_extra", lo, hi)
        counts = anchors.simple_starts(hits, "anchor.count", lo, min(hi + 40, len(text)))
        return cls(text, lo, hi, hits, _union(cues, extra), counts)

    def cue_at(self, pos: int, weak: bool) -> re.Match[str] | None:
        """The cue regex's match at ``pos`` with the region's end as the text's end."""
        found = self.matches[weak]  # [False]: strong cues, [True]: with the weak ones
        if pos in found:
            return found[pos]
        m = found[pos] = cue_match(weak, self.text, pos, self.hi)
        return m

    def may_charge(self) -> bool:
        """False when no mention here can be a charge: no cue, no caption line, no lead.

        (Citations need a cue, a ``contrary to``/``punishable`` lead -- both cues --
        or a caption line; offence phrases need a cue or a caption line.)
        """
        for c in self.cues:
            if self.cue_at(c, True) is not None:
                return True
        return bool(self.captions())

    def captions(self) -> list[tuple[int, int]]:
        """Lines that may be caption lines ("For: ...", "Crim. Case No. ..."), a superset."""
        text, out = self.text, []
        first = _CAPTION_AT.match(text, _line_start(text, self.lo))
        if first is not None:
            out.append((self.lo, _line_end(text, first.end(), self.hi)))
        for m in _CAPTION_LINE.finditer(text, self.lo, self.hi):
            out.append((m.start(), _line_end(text, m.end(), self.hi)))
        return out

    def live(self) -> list[tuple[int, int]]:
        """Sorted, merged ranges holding every place where a citation may be a charge.

        A citation is one only with a cue starting at most ``CUE_WINDOW`` characters
        before it (a ``contrary to`` lead is such a cue; the chain follows it within
        ``MAX_GAP``) or on a caption line.  A cue that matches when the text ends at
        the citation also matches when it ends later (the citation starts a word),
        so the cues that do not match at all are left out.
        """
        spans = []
        for c in self.cues:
            m = self.cue_at(c, True)
            if m is not None:
                spans.append((c + 1, max(c + CUE_WINDOW + 1, m.end() + MAX_GAP + 2)))
        spans.extend(self.captions())
        spans.sort()
        out: list[tuple[int, int]] = []
        for s, e in spans:
            s, e = max(s, self.lo), min(e, self.hi)
            if out and s <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], e))
            elif s < e:
                out.append((s, e))
        return out

    def parts(self) -> list[tuple[int, int]]:
        """The live ranges widened to citation barriers (chains never cross one)."""
        out: list[tuple[int, int]] = []
        for s, e in self.live():
            a = barrier_before(self.text, s, self.lo)
            b = barrier_after(self.text, e, self.hi)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], b))
            else:
                out.append((a, b))
        return out

    def sentence_start(self, pos: int) -> int:
        s = self.sentence.get(pos)
        if s is None:
            s = self.sentence[pos] = _sentence_start(self.text, max(self.lo, pos - CUE_WINDOW), pos)
        return s


def _line_end(text: str, pos: int, hi: int) -> int:
    end = text.find("\n", pos, hi)
    return hi if end < 0 else end + 1


def _between(starts: list[int], lo: int, hi: int) -> list[int]:
    return starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


def _cue_before(reg: _Region, pos: int, max_gap: int | None) -> re.Match[str] | None:
    """The last charge cue between the sentence start and ``pos`` with no discussion after it.

    ``max_gap`` (for offence phrases) also limits the distance from the cue and
    leaves out the weak cues; citations (``max_gap=None``) accept them.  The cue
    and discussion regexes are tried only where the prefilter found one of their
    anchor words (:mod:`caselaw.extractors.anchors`).
    """
    text = reg.text
    weak = max_gap is None
    window = _between(reg.cues, max(reg.lo, pos - CUE_WINDOW), pos)
    # A mention starts a word: a cue that matches with the text cut at ``pos`` also
    # matches at the region's end, and is the same match when that ends by ``pos``.
    cut = pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_")
    if not cut:
        for c in window:
            if reg.cue_at(c, weak) is not None:
                break
        else:
            return None  # no cue can match in the window: skip finding the sentence start
    s = reg.sentence_start(pos)
    last = None
    after = s
    for c in window:
        if c < after:
            continue
        m = reg.cue_at(c, weak) if not cut else cue_match(weak, text, c, pos)
        if m is not None and m.end() > pos:
            m = cue_match(weak, text, c, pos)
        if m is not None:
            last = m
            after = max(m.end(), c + 1)
    if last is None:
        return None
    if denied(text, last, s):
        return None  # narrated, uncharged conduct or a negated charging verb
    if max_gap is not None and pos - last.end() > max_gap:
        return None
    disc = anchors.discussion_anchors().starts(reg.hits, text, s, pos)
    found = anchors.finditer(discussion_regex(), text, disc, s, pos)
    if disc and next(found, None) is not None:
        return None
    return last


def _union(a: list[int], b: list[int]) -> list[int]:
    return sorted({*a, *b}) if b else a


def _count(reg: _Region, pos: int, end: int) -> tuple[str | None, bool]:
    s = reg.sentence_start(pos)
    stop = min(end + 40, len(reg.text))
    found = None
    for m in anchors.finditer(_COUNT, reg.text, _between(reg.counts, s, stop), s, stop):
        if m.start() > end and found is not None:
            break
        found = m
        if m.start() > end:
            break
    if found is None:
        return None, False
    if found.group("case"):
        return " ".join(found.group("case").split()), False
    count = f"Count {found.group('n')}"
    alt = bool(found.group("alt"))
    return ("ALTERNATIVE " + count if alt else count), alt


def _classify(cit: Citation) -> list[tuple[Category, str, bool]]:
    """(category, label, verified) per distinct category among the offence provisions."""
    chosen: list[tuple[Category, str, bool]] = []
    for part in cit.parts:
        entry = part.act.entry if part.act else None
        if entry is None:
            continue
        for prov in part.provisions:
            pe = entry.provision(prov.number)
            if pe is not None and pe.role in ("definition", "procedure"):
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
    for part in cit.parts:  # only definitions/procedure cited: the act's own category
        if part.act is not None and part.act.entry is not None:
            entry = part.act.entry
            return [(entry.category, entry.label, entry.verified)]
    if cit.parts and cit.parts[0].act:
        name = cit.parts[0].act.short
        return [(Category.OTHER, f"Offence under {name}", True)]
    return chosen


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
    for lo, hi in regions:
        i = bisect.bisect_left(phrases, (lo, -1))
        j = bisect.bisect_left(phrases, (hi, -1))
        mentions.extend(_in_region(text, (lo, hi), jurisdiction, phrases[i:j], hits))
    return _dedupe(mentions)


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
    text: str,
    region: tuple[int, int],
    jurisdiction: str | None,
    phrase_spans: list[tuple[int, int]],
    hits: prefilter.Hits,
) -> list[ChargeMention]:
    lo, hi = region
    reg = _Region.of(text, lo, hi, hits)
    out: list[ChargeMention] = []
    if not reg.may_charge():
        return out
    taken: list[tuple[int, int]] = []
    for cit in _citations(reg, jurisdiction):
        line = _line_start(text, cit.start)
        if _FOOTNOTE_LINE.match(text, line):
            continue
        cue = _cue_before(reg, cit.start, None)
        lead_ok = cit.lead is not None and cit.lead.startswith(("contrary", "punishable"))
        if cue is None and not lead_ok and not on_caption_line(text, cit.start, line):
            continue
        start = cue.start() if cue is not None else cit.start
        count, alt = _count(reg, cit.start, cit.end)
        ev = (_evidence(text, start, cit.end),)
        statute = cit.normalised()
        for category, label, verified in _classify(cit):
            out.append(ChargeMention(category, label, statute, count, alt, ev, verified))
        taken.append((cit.start, cit.end))
    table = _phrase_table()
    admin = None
    for p_start, p_end in phrase_spans:
        k = bisect.bisect_right(taken, (p_start, len(text) + 1)) - 1
        if k >= 0 and p_start < taken[k][1]:  # inside a citation (sorted, disjoint)
            continue
        line = _line_start(text, p_start)
        if _FOOTNOTE_LINE.match(text, line):
            continue
        cue = _cue_before(reg, p_start, PHRASE_GAP)
        if cue is None and not on_caption_line(text, p_start, line):
            continue
        entry = _pick(table.get(" ".join(text[p_start:p_end].lower().split()), []), jurisdiction)
        if entry is None:
            continue
        category, label = entry.category, entry.label
        if entry.phrase in ADMIN_LABELS and category is Category.OTHER:
            admin = admin if admin is not None else bool(_admin_regex().search(text, lo, hi))
            if admin:
                category = Category.CORRUPTION
        start = cue.start() if cue is not None else p_start
        count, alt = _count(reg, p_start, p_end)
        ev = (_evidence(text, start, p_end),)
        out.append(ChargeMention(category, label, None, count, alt, ev, entry.verified))
    return out


def _citations(reg: _Region, jurisdiction: str | None) -> list[Citation]:
    """The citations that may be charges in the region, in text order: those of its live
    parts (:meth:`_Region.parts`), parsed exactly as a parse of the whole region gives them."""
    parts = reg.parts()
    if not parts:
        return []
    return parse_citations(
        reg.text, reg.lo, reg.hi, jurisdiction=jurisdiction, hits=reg.hits, parts=parts
    )


def _pick(entries: list[OffencePhrase], jurisdiction: str | None) -> OffencePhrase | None:
    for e in entries:
        if jurisdiction and e.jurisdiction and e.jurisdiction.upper() == jurisdiction.upper():
            return e
    for e in entries:
        if e.jurisdiction is None:
            return e
    return entries[0] if entries else None


def _dedupe(mentions: list[ChargeMention]) -> list[ChargeMention]:
    """Merge repeated mentions of one charge, keeping the first's fields and all evidence."""
    mentions = sorted(mentions, key=lambda m: m.start)
    out: list[ChargeMention] = []
    index: dict[tuple[object, ...], int] = {}
    evidence: dict[int, tuple[list[Evidence], set[Evidence]]] = {}
    for m in mentions:
        key = (m.category, m.statute if m.statute else m.label.lower(), m.count)
        loose = (m.category, m.statute if m.statute else m.label.lower(), None)
        i = index.get(key)
        if i is None and m.count is None:
            i = index.get(loose)
        if i is None and m.statute is None:
            i = next((j for j, o in enumerate(out) if o.category == m.category and o.statute), None)
        if i is None:
            index[key] = len(out)
            index.setdefault(loose, len(out))
            out.append(m)
            continue
        old = out[i]
        found = evidence.setdefault(i, (list(old.evidence), set(old.evidence)))
        found[0].extend(e for e in m.evidence if e not in found[1])
        found[1].update(m.evidence)
        if old.statute and not m.statute and len(m.label) > 3:
            label = m.label if old.label.startswith("Offence under") else old.label
            out[i] = replace(old, label=label)
    for i, (spans, _) in evidence.items():  # one tuple per charge: no quadratic copying
        out[i] = replace(out[i], evidence=tuple(spans))
    return out
