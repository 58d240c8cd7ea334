"""One fast pass over a judgment that says which paragraphs are worth reading.

Every extractor registers the keywords that must be present before its regexes
or spaCy matchers can fire, as a named *group*.  :func:`scan` runs one
multi-keyword matcher (built once from all groups) over the text and records
where each group hit.  Extractors then read only
``hits.paragraphs("charges.cue", ...)`` instead of the whole judgment::

    from caselaw.extractors import prefilter
    prefilter.register_group("verdicts", ["acquitted", "found guilty", "affirmed"])
    hits = prefilter.scan(text)
    for start, end in hits.paragraphs("verdicts"):
        ...

Keywords are matched case-insensitively on word boundaries (a keyword that
starts or ends with a letter or digit must not touch another letter or digit).
A ``*`` at either end of a keyword drops the boundary on that side: ``"u/s*"``
also hits ``u/s302``, ``"*u.s.c*"`` hits inside ``18U.S.C.A.``.  Whitespace in
the text (newline, tab, no-break space ...) counts as a space, so
``"trafficking in persons"`` also hits across a line break; a run of several
spaces does not.  Groups declared in the lexicon data files (``keyword_groups``
in ``extractors/data/*.yaml``) and the regex anchors of
:mod:`caselaw.extractors.anchors` are registered on first use.

Two backends give the same :class:`Hits` (``scan(text, backend=...)`` picks one;
:func:`backend` says which one ``scan`` uses):

* ``"hyperscan"`` (:mod:`caselaw.extractors._scan_hyperscan`, used wherever the
  ``hyperscan`` wheel imports, i.e. Linux x86-64): the text becomes one byte per
  character with the word boundaries marked in the bytes, so hyperscan reports only
  real hits (~13,000-15,000 per MB of judgment), each once however many groups hold
  the keyword.  What is left is Python's share: one callback per hit.  numpy sorts the
  spans by group into flat lists, and a group's tuples are built when a step first asks
  for it (``_span_table``).
* ``"ahocorasick"`` (pyahocorasick), everywhere else and for keyword sets the
  hyperscan encoding cannot express (a keyword character outside Latin-1): one
  ``str.lower`` copy, one ``str.replace`` per kind of whitespace and a Python step
  per raw hit (~17,600 per MB), about twice the cost (see docs/performance.md).

``tests/extractors/test_prefilter_backends.py`` holds the two to the same spans.

A *paragraph* is the block between blank lines around a hit.  Judgments
converted from PDF sometimes put every line in its own block, so a block is
widened by neighbouring blocks until the hit has at least ``MIN_CONTEXT``
characters of context either side, and it never exceeds ``MAX_CONTEXT`` either
side (long unbroken text is cut at a line break or sentence end).
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Protocol

import ahocorasick

from caselaw.extractors._span_table import Flat, SpanTable, flat_of

MIN_CONTEXT = 300
MAX_CONTEXT = 3000
BACKENDS = ("hyperscan", "ahocorasick")
"""Scanner backends, best first; :func:`scan` uses the first one available."""

_SPACES = tuple(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
) + tuple(chr(c) for c in range(0x2000, 0x200B))
"""Every whitespace character but the space (``str.isspace``, ``re``'s ``\\s``); each becomes
a space, one ``str.replace`` per kind present (fast)."""
_lock = threading.Lock()
_groups: dict[str, frozenset[str]] = {}
_scanners: dict[str, tuple[_Scanner, dict[str, int]] | str] = {}
"""Per backend name, built on demand (or why it cannot be), emptied when a group changes."""
_defaults_loaded = False

Span = tuple[int, int]
Rule = tuple[str, bool, bool]
"""A keyword with its boundary checks: ``(word, check_start, check_end)``."""
Gids = tuple[int, ...]
"""Indexes into the sorted group names."""


class _Scanner(Protocol):
    def scan(self, text: str) -> Flat:
        """The spans of each group id found in ``text``, sorted by group, start and end."""
        ...


def register_group(name: str, words: Iterable[str]) -> None:
    """Add (or extend) keyword group ``name``; the scanner is rebuilt on next scan."""
    cleaned = _clean(words)
    if not name or not cleaned:
        raise ValueError(f"keyword group {name!r} needs a name and at least one word")
    with _lock:
        _groups[name] = _groups.get(name, frozenset()) | frozenset(cleaned)
        _scanners.clear()


def _clean(words: Iterable[str]) -> set[str]:
    return {w.strip().lower() for w in words if w and w.strip().strip("*")}


def groups() -> dict[str, frozenset[str]]:
    """A copy of the registered groups (defaults from the lexicon included)."""
    _load_defaults()
    with _lock:
        return dict(_groups)


def _load_defaults() -> None:
    global _defaults_loaded
    if _defaults_loaded:
        return
    from caselaw.extractors.anchors import anchor_groups
    from caselaw.extractors.lexicon import keyword_groups

    for name, words in {**keyword_groups(), **anchor_groups()}.items():
        register_group(name, words)
    _defaults_loaded = True


def backend() -> str:
    """The backend :func:`scan` uses: ``"hyperscan"`` where it can, else ``"ahocorasick"``."""
    return _scanner(None)[0]


def _scanner(name: str | None) -> tuple[str, _Scanner, dict[str, int]]:
    """The scanner of backend ``name`` (None: the best available), built once."""
    _load_defaults()
    with _lock:
        for candidate in BACKENDS if name is None else (name,):
            built = _scanners.get(candidate)
            if built is None:
                try:
                    built = _compile(candidate)
                except _Unavailable as exc:
                    built = str(exc)  # remembered: not tried again until a group changes
                _scanners[candidate] = built
            if isinstance(built, tuple):
                return candidate, built[0], built[1]
            if name is not None:
                raise ValueError(f"prefilter backend {name!r} is not available here: {built}")
    raise AssertionError("the ahocorasick backend is always available")


class _Unavailable(Exception):
    """The backend cannot be imported here or cannot express the registered keywords."""


def _compile(name: str) -> tuple[_Scanner, dict[str, int]]:
    names, frozen = _rules(_groups)
    gids = {group: gid for gid, group in enumerate(names)}
    if name == "ahocorasick":
        return _AhoCorasick(frozen, len(names)), gids
    if name != "hyperscan":
        raise ValueError(f"unknown prefilter backend {name!r}; valid: {', '.join(BACKENDS)}")
    try:
        from caselaw.extractors._scan_hyperscan import HyperscanScanner, Unsupported
    except ImportError as exc:  # not installed on this platform
        raise _Unavailable(str(exc)) from exc
    try:
        return HyperscanScanner(frozen, len(names)), gids
    except Unsupported as exc:
        raise _Unavailable(str(exc)) from exc


def _rules(groups: Mapping[str, Iterable[str]]) -> tuple[tuple[str, ...], dict[Rule, Gids]]:
    """Group names (sorted) and each keyword rule with the ids of the groups that hold it."""
    names = tuple(sorted(groups))
    rules: dict[tuple[str, int], tuple[bool, bool]] = {}  # (word, group) -> boundary checks
    for gi, group in enumerate(names):
        for raw in groups[group]:
            word, edge_start, edge_end = _parse_word(raw)
            old = rules.get((word, gi), (True, True))  # "act" + "act*": the looser wins
            rules[(word, gi)] = (edge_start and old[0], edge_end and old[1])
    by_rule: dict[Rule, list[int]] = {}
    for (word, gi), (edge_start, edge_end) in sorted(rules.items()):
        by_rule.setdefault((word, edge_start, edge_end), []).append(gi)
    return names, {rule: tuple(gids) for rule, gids in by_rule.items()}


class _AhoCorasick:
    """The reference backend: one pyahocorasick automaton, word boundaries checked in Python."""

    def __init__(self, rules: dict[Rule, Gids], n_groups: int) -> None:
        self.n_groups = n_groups
        variants: dict[str, list[tuple[bool, bool, Gids]]] = {}
        for (word, edge_start, edge_end), gids in rules.items():
            variants.setdefault(word, []).append((edge_start, edge_end, gids))
        self._auto = ahocorasick.Automaton()
        for word, vs in variants.items():  # "act" and "act*" are one word, two boundary rules
            self._auto.add_word(word, (len(word), tuple(vs)))
        if variants:
            self._auto.make_automaton()

    def scan(self, text: str) -> Flat:
        return flat_of(self.spans(text), self.n_groups)

    def spans(self, text: str) -> dict[int, list[Span]]:
        """The spans of each group id found in ``text``: by end, then by start."""
        found: list[list[Span]] = [[] for _ in range(self.n_groups)]
        if self._auto.kind != ahocorasick.AHOCORASICK:
            return {}
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lowercased
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        for space in _SPACES:  # "trafficking\nin persons" is one phrase
            if space in low:
                low = low.replace(space, " ")
        n = len(low)
        for last, (length, variants) in self._auto.iter(low):
            start = last - length + 1
            end = last + 1
            for edge_start, edge_end, gids in variants:
                if edge_start and start > 0 and low[start - 1].isalnum():
                    continue
                if edge_end and end < n and low[end].isalnum():
                    continue
                span = (start, end)
                for gi in gids:
                    found[gi].append(span)
        return {gi: spans for gi, spans in enumerate(found) if spans}


def _parse_word(word: str) -> tuple[str, bool, bool]:
    """``"*u.s.c*"`` -> ``("u.s.c", False, False)``: the word and its boundary checks."""
    loose_start, loose_end = word.startswith("*"), word.endswith("*")
    core = word.strip("*")
    return core, core[0].isalnum() and not loose_start, core[-1].isalnum() and not loose_end


@dataclass(frozen=True, slots=True)
class Hits:
    """Where each keyword group matched in one text.

    ``spans`` maps each group that hit to its spans in the order Aho-Corasick reports them
    (by end, the longer first).  :func:`scan` gives a ``SpanTable`` there, which holds
    the spans as flat lists: the methods build a group's sorted tuples on first use.
    """

    text: str = field(repr=False)
    spans: Mapping[str, tuple[tuple[int, int], ...]]
    _sorted: dict[str, list[tuple[int, int]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _starts: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """Per-text memo for the readers of these hits (keyed ``"<module>.<what>"``)."""

    def __contains__(self, group: object) -> bool:
        if isinstance(self.spans, SpanTable):
            return self.spans.count(str(group)) > 0
        return bool(self.spans.get(str(group)))

    def count(self, group: str) -> int:
        if isinstance(self.spans, SpanTable):
            return self.spans.count(group)
        return len(self.spans.get(group, ()))

    def sorted_spans(self, group: str) -> list[tuple[int, int]]:
        """The group's keyword spans sorted by start (computed once per group)."""
        out = self._sorted.get(group)
        if out is None:
            out = self._sort(group)
        return out

    def _sort(self, group: str) -> list[tuple[int, int]]:
        if isinstance(self.spans, SpanTable):
            starts, out = self.spans.sorted(group)
        else:
            out = sorted(self.spans.get(group, ()))
            starts = [start for start, _ in out]  # bisecting ints beats bisecting tuples
        self._sorted[group], self._starts[group] = out, starts
        return out

    def spans_in(self, group: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Sorted spans of ``group`` that start in ``[lo, hi)``."""
        spans = self._sorted.get(group)
        if spans is None:
            spans = self._sort(group)
        starts = self._starts[group]
        first = bisect.bisect_left(starts, lo)
        return spans[first : bisect.bisect_left(starts, hi, first)]

    def _starts_of(self, group: str) -> list[int]:
        if group not in self._starts:
            self._sort(group)
        return self._starts[group]

    def matches(self, *groups: str) -> list[tuple[int, int]]:
        """Sorted keyword spans ``(start, end)`` of the given groups (all groups if none)."""
        names = groups or tuple(self.spans)
        if len(names) == 1:
            return list(self.sorted_spans(names[0]))
        return sorted(set().union(*map(self.sorted_spans, names)))

    def paragraphs(self, *groups: str) -> list[tuple[int, int]]:
        """Merged, sorted ``(start, end)`` paragraphs holding a hit of any given group."""
        if len(groups) == 1:
            spans, starts = self.sorted_spans(groups[0]), self._starts_of(groups[0])
        else:  # (a hit in two groups twice: the loop steps over the second)
            spans = sorted(chain.from_iterable(map(self.sorted_spans, groups or self.spans)))
            starts = [start for start, _ in spans]  # (sorted runs: the sort merges them)
        out: list[tuple[int, int]] = []
        i, n = 0, len(spans)
        while i < n:
            start, end = spans[i]
            p_start, p_end = paragraph_bounds(self.text, start, end)
            if out and p_start <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], p_end))
            else:
                out.append((p_start, p_end))
            # the next hit not inside the paragraphs found (one bisect, not a step per hit)
            i = bisect.bisect_left(starts, out[-1][1], i + 1)
        return out


def scan(text: str, backend: str | None = None) -> Hits:
    """Find every registered keyword in ``text`` (one pass of the ``backend`` scanner)."""
    _, scanner, gids = _scanner(backend)
    return Hits(text, SpanTable(gids, scanner.scan(text)))


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph around ``[start, end)``, widened/cut as described in the module doc."""
    lo = max(0, start - MAX_CONTEXT)
    hi = min(len(text), end + MAX_CONTEXT)
    p_start = start
    while True:
        brk = text.rfind("\n\n", lo, p_start)
        if brk < 0:
            p_start = _soft_start(text, lo, start) if start - lo >= MAX_CONTEXT else lo
            break
        p_start = brk + 2
        if start - p_start >= MIN_CONTEXT:
            break
        p_start = brk
    p_end = end
    while True:
        brk = text.find("\n\n", p_end, hi)
        if brk < 0:
            p_end = _soft_end(text, end, hi) if hi - end >= MAX_CONTEXT else hi
            break
        p_end = brk
        if p_end - end >= MIN_CONTEXT:
            break
        p_end = brk + 2
    return p_start, p_end


def _soft_start(text: str, lo: int, start: int) -> int:
    for sep in ("\n", ". "):
        i = text.find(sep, lo, start)
        if i >= 0:
            return i + len(sep)
    return lo


def _soft_end(text: str, end: int, hi: int) -> int:
    for sep in ("\n", ". "):
        i = text.rfind(sep, end, hi)
        if i >= 0:
            return i + 1
    return hi
