"""Where in a flagged paragraph a charge can be, and the cue and count that go with it.

:class:`Region` holds one paragraph the prefilter flagged for the charges step, with the
candidate starts of the cue and count regexes the anchors found in it; it answers
whether anything there may be a charge at all (:meth:`Region.may_charge`), which
ranges a charging citation can live in (:meth:`Region.live`, :meth:`Region.parts`) and
where a mention's sentence starts.  :func:`cue_before` finds the charge cue governing a
mention (the last one in its sentence, with no discussion cue after it, not denied);
:func:`count_at` the count ("ALTERNATIVE COUNT 1", "Criminal Case No. 17006") next to
it.  The cue vocabulary is :mod:`caselaw.extractors.charge_cues`; turning mentions into
charges is :mod:`caselaw.extractors.charges`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from caselaw.extractors import anchors, prefilter
from caselaw.extractors.charge_cues import cue_match, cue_matches, denied, discussion_regex
from caselaw.extractors.citation_barriers import barrier_after, barrier_before
from caselaw.extractors.citations import MAX_GAP
from caselaw.extractors.count_lists import listed_item

CUE_WINDOW = 260  # characters before a mention searched for a charge cue
WHOLE = 0.3  # live ranges covering this share of a region: the region is read whole

# "Count 1", "ALTERNATIVE COUNT II", "Criminal Case No. 17006", "SB-16-CRM-0123"
COUNT = re.compile(
    r"(?P<alt>alternative\s+)?count\s*(?:no\.?\s*)?(?P<n>\d{1,3}|[IVX]{1,6}\b|one|two|three|"
    r"four|five|six|seven|eight|nine|ten)\b"
    r"|(?P<case>(?:crim(?:inal)?\.?\s+case|SB-\d\d-CRM)\s*(?:nos?\.?)?\s*[\w-]*\d[\w-]*)",
    re.IGNORECASE,
)
_SENT_END = re.compile(r"(?:[.!?][\"”’)]?\s+(?=[A-Z\"“(\[])|\n\s*\n|;\s)")
# A blank line before a lower-case word ends no sentence: PDF text converted with a blank
# line after every printed line ("an offence punishable in terms of\n\nsection 19(b)").
_LOWER_NEXT = re.compile(r"\s*[a-z]")
# (an initial ends no sentence, but "a controlled drug of class A." does)
_ABBREV_END = re.compile(
    r"(?:\b(?:No|Nos|Sec|Secs|Art|Arts|vs|v|Inc|Co|Jr|Sr|St|Crim|Par|Rep|Blg|Atty|Hon|Mr|Mrs|"
    r"Ms|Dr|Gen|Col|Lt|Insp|Supt|Cap|Ch|para|s|ss|(?<!\bclass )(?<!\bClass )[A-Z])\.$)"
)
_CAPTION = r"\s*(?:for\s?:|re:|crim\. case|criminal case)"  # superset of on_caption_line's test
_CAPTION_AT = re.compile(_CAPTION, re.I)
_CAPTION_LINE = re.compile(r"\n" + _CAPTION, re.I)


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """The end of the last sentence end in ``[lo, pos)`` that is no abbreviation, else ``lo``.

    Read backwards in chunks of about ``SENTENCE_CHUNK`` characters, each starting after a
    letter or digit: no sentence end holds one, so none runs across a chunk's start, and a
    chunk holds the very matches a scan from ``lo`` finds there (most sentences start in
    the last chunk)."""
    hi = pos
    while hi > lo:
        c = max(lo, hi - SENTENCE_CHUNK)
        while c > lo and not text[c - 1].isalnum():
            c -= 1
        for m in reversed(list(_SENT_END.finditer(text, c, hi))):
            at = m.start()
            if text[at] == "." and _ABBREV_END.search(text, max(lo, at - 6), at + 1):
                continue
            if text[at] == "\n" and _LOWER_NEXT.match(text, m.end()):
                continue  # a text whose every line is a paragraph: the sentence goes on
            return m.end()
        hi = c
    return lo


SENTENCE_CHUNK = 96


_FULL_STOP = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z])")


def _full_stop_between(text: str, lo: int, hi: int) -> bool:
    """A full stop (or ? !) before a capital in ``[lo, hi)`` that ends no abbreviation.
    (Blank lines do not count: PDF text puts one after every printed line of a count.)"""
    for m in _FULL_STOP.finditer(text, lo, hi):
        at = m.start()
        if text[at] != "." or not _ABBREV_END.search(text, max(lo, at - 6), at + 1):
            return True
    return False


def line_start(text: str, pos: int) -> int:
    """The start of the line holding ``pos``."""
    return text.rfind("\n", 0, pos) + 1


@dataclass(frozen=True, slots=True)
class DocStarts:
    """The candidate starts of the cue and count regexes in a judgment, found once.

    The cue starts in a region are those of the whole text that lie in it (a cue's
    words are all stepped over inside the region or it starts before it), so they may
    as well be found per region (``cues`` None: only the regions' text is read).
    """

    cues: list[int] | None
    counts: list[int]

    @classmethod
    def of(
        cls,
        text: str,
        hits: prefilter.Hits,
        lo: int = 0,
        hi: int | None = None,
        *,
        cues: bool = True,
    ) -> DocStarts:
        hi = len(text) if hi is None else min(hi, len(text))
        counts = anchors.simple_starts(hits, "anchor.count", lo, hi)
        return cls(_cue_starts(text, hits, lo, hi) if cues else None, counts)


def _cue_starts(text: str, hits: prefilter.Hits, lo: int, hi: int) -> list[int]:
    cues = anchors.cue_anchors().starts(hits, text, lo, hi)
    return _union(cues, anchors.simple_starts(hits, "anchor.cue_extra", lo, hi))


@dataclass(slots=True)
class Region:
    """One flagged paragraph with the candidate starts of the cue/count regexes in it."""

    text: str
    lo: int
    hi: int
    hits: prefilter.Hits
    cues: list[int]
    counts: list[int]
    doc_counts: list[int] = field(default_factory=list)  # the judgment's count starts
    sentence: dict[int, int] = field(default_factory=dict)
    matches: tuple[dict[int, re.Match[str] | None], ...] = field(default_factory=lambda: ({}, {}))
    _live: list[tuple[int, int]] | None = None

    @classmethod
    def of(
        cls, text: str, lo: int, hi: int, hits: prefilter.Hits, doc: DocStarts | None = None
    ) -> Region:
        """The region ``[lo, hi)``; ``doc``: the judgment's :class:`DocStarts` (else found)."""
        if doc is None:
            doc = DocStarts.of(text, hits, lo, hi + 40)
        cues = _cue_starts(text, hits, lo, hi) if doc.cues is None else _between(doc.cues, lo, hi)
        counts = _between(doc.counts, lo, min(hi + 40, len(text)))
        return cls(text, lo, hi, hits, cues, counts, doc.counts)

    def cue_at(self, pos: int, weak: bool) -> re.Match[str] | None:
        """The cue regex's match at ``pos`` with the region's end as the text's end."""
        found = self.matches[weak]  # [False]: strong cues, [True]: with the weak ones
        if pos in found:
            return found[pos]
        if not weak and self.matches[True].get(pos, 0) is None:
            found[pos] = None  # no cue at all here, so no strong one
            return None
        m = found[pos] = cue_match(weak, self.text, pos, self.hi)
        return m

    def weak_cues(self) -> dict[int, re.Match[str] | None]:
        """``cue_at(c, True)`` for every candidate start ``c``, found in one go."""
        found = self.matches[True]
        if len(found) < len(self.cues):
            found.update(cue_matches(True, self.text, self.cues, self.hi))
        return found

    def may_charge(self) -> bool:
        """False when no mention here can be a charge: no cue, no caption line, no lead.

        (Citations need a cue, a ``contrary to``/``punishable`` lead -- both cues --
        or a caption line; offence phrases need a cue or a caption line.)
        """
        if any(m is not None for m in self.weak_cues().values()):
            return True
        return bool(self.captions())

    def captions(self) -> list[tuple[int, int]]:
        """Lines that may be caption lines ("For: ...", "Crim. Case No. ..."), a superset."""
        text, out = self.text, []
        first = _CAPTION_AT.match(text, line_start(text, self.lo))
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
        so the cues that do not match at all are left out.  (Found once per region.)
        """
        if self._live is not None:
            return self._live
        spans = [
            (c + 1, max(c + CUE_WINDOW + 1, m.end() + MAX_GAP + 2))
            for c, m in self.weak_cues().items()
            if m is not None
        ]
        spans.extend(self.captions())
        spans.sort()
        out: list[tuple[int, int]] = []
        for s, e in spans:
            s, e = max(s, self.lo), min(e, self.hi)
            if out and s <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], e))
            elif s < e:
                out.append((s, e))
        self._live = out
        return out

    def is_live(self, pos: int) -> bool:
        """Does ``pos`` lie in one of the :meth:`live` ranges?  A mention starting a word
        anywhere else has no cue within ``CUE_WINDOW`` before it and is on no caption line."""
        live = self.live()
        k = bisect.bisect_right(live, (pos, len(self.text) + 1)) - 1
        return k >= 0 and pos < live[k][1]

    def parts(self) -> list[tuple[int, int]]:
        """The live ranges widened to citation barriers (chains never cross one).

        When they cover most of the region, the whole region (cheaper than finding
        the barriers and scanning each part on its own; the same citations in them).
        """
        live = self.live()
        if sum(e - s for s, e in live) >= WHOLE * (self.hi - self.lo):
            return [(self.lo, self.hi)]
        out: list[tuple[int, int]] = []
        for s, e in live:
            a = barrier_before(self.text, s, self.lo)
            b = barrier_after(self.text, e, self.hi)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], b))
            else:
                out.append((a, b))
        return out

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts (at most ``CUE_WINDOW`` back), cached."""
        s = self.sentence.get(pos)
        if s is None:
            s = self.sentence[pos] = _sentence_start(self.text, max(self.lo, pos - CUE_WINDOW), pos)
        return s


def _line_end(text: str, pos: int, hi: int) -> int:
    end = text.find("\n", pos, hi)
    return hi if end < 0 else end + 1


def _between(starts: list[int], lo: int, hi: int) -> list[int]:
    return starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


def cue_before(reg: Region, pos: int, max_gap: int | None) -> re.Match[str] | None:
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
    if not cut:  # the cue found below ends by where a match here does (or by pos)
        gap = len(text) if max_gap is None else max_gap
        for c in reversed(window):
            m = reg.cue_at(c, weak)
            if m is not None and pos - min(m.end(), pos) <= gap:
                break
        else:
            return None  # no cue can match near enough: skip finding the sentence start
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
    if max_gap is not None and pos - last.end() > max_gap:
        return None
    if denied(text, last, s):
        return None  # narrated, uncharged conduct or a negated charging verb
    if _discussed(reg, s, pos):
        return None
    return last


def _discussed(reg: Region, s: int, pos: int) -> bool:
    """A discussion cue in ``[s, pos)``, tried only at the anchor words the window holds
    (a cue ending by ``pos`` holds its anchor word there; most windows hold none)."""
    low = reg.text[s:pos].lower()
    words = tuple(raw for raw, word in _discussion_words() if word in low)
    if not words:
        return False
    disc = anchors.discussion_anchors().starts(reg.hits, reg.text, s, pos, local=words)
    return next(anchors.finditer(discussion_regex(), reg.text, disc, s, pos), None) is not None


def discussed_at(reg: Region, pos: int) -> bool:
    """A discussion cue between the start of the sentence holding ``pos`` and ``pos``."""
    return _discussed(reg, reg.sentence_start(pos), pos)


@cache
def _discussion_words() -> tuple[tuple[str, str], ...]:
    """The words the discussion anchors are found by (``anchors._find_local``'s rules):
    each as registered, and bare for a test on the lower-cased window (``in``, one C scan
    per word, is cheaper than one alternation of them all)."""
    return tuple((raw, raw.strip("*")) for raw in anchors.discussion_anchors().local)


def _union(a: list[int], b: list[int]) -> list[int]:
    return sorted({*a, *b}) if b else a


def count_at(reg: Region, pos: int, end: int) -> tuple[str | None, bool]:
    """The count of the mention at ``[pos, end)`` and whether it is an alternative one.

    The last count or case number from the sentence start to the mention's end, else
    the first within 40 characters after it ("COUNT 1: ...", "Criminal Case No. 5"),
    else the number of the counts-list item it stands in (:mod:`.count_lists`).
    """
    s = reg.sentence_start(pos)
    stop = min(end + 40, len(reg.text))
    found = None
    for m in anchors.finditer(COUNT, reg.text, _between(reg.counts, s, stop), s, stop):
        if m.start() > end and found is not None:
            break
        found = m
        if m.start() > end:
            break
    if found is None:
        item = listed_item(reg.text, pos, reg.doc_counts)  # an item of a list of counts
        if item is None or _full_stop_between(reg.text, item[1], pos):
            return None, False  # (a sentence after the item's own may be narrative again)
        return f"Count {item[0]}", False
    if found.group("case"):
        return " ".join(found.group("case").split()), False
    count = f"Count {found.group('n')}"
    alt = bool(found.group("alt"))
    return ("ALTERNATIVE " + count if alt else count), alt
