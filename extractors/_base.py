"""The Extractor protocol and the per-judgment Context the extractors share.

An extractor is a small named step with a version, in the manner of a spaCy
component: it declares the Context fields it ``requires`` and the ones it
``assigns``, reads the judgment text (mostly only the paragraphs the prefilter
flags for its keyword groups, plus the caption and the dispositive part) and
writes its facts onto the Context.  :func:`caselaw.extractors.extract` runs the
steps in order and records a failing step as a ``StageError`` without losing the
others' facts.

Keyword groups: each module registers the trigger words it needs with
:func:`register_group`; ``Context.paragraphs(group)`` then returns the spans of
the paragraphs holding one of them.  When E1's Aho-Corasick prefilter
(``caselaw.extractors.prefilter``) is importable it does the scan; otherwise a
compiled regular expression does.

The regions of a judgment (body end, dispositive part) are found by ``regions``, the
fast regex helpers (``compile_lower``, ``AnyPattern`` ...) live in ``patterns``; both are
re-exported here, where the steps import them from.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Protocol

import yaml

from caselaw.extractors._lower import lower, lowers_as_re
from caselaw.extractors.patterns import (
    AnyPattern,
    LineStart,
    compile_any,
    compile_lower,
    required_literals,
)
from caselaw.extractors.regions import (
    DISSENT_WORDS,
    OPENER_GROUP,
    OPENER_WORDS,
    dispositive_span,
    find_body_end,
    find_dispositive,
    line_openers,
)
from caselaw.models import (
    CaseSummary,
    Charge,
    CorruptionSignal,
    Defendant,
    Evidence,
    Factor,
    Judgment,
    JudgmentInfo,
    Sentence,
    Verdict,
)

__all__ = [
    "HEAD_CHARS",
    "MAX_SENTENCE",
    "Context",
    "Extractor",
    "Finding",
    "Step",
    "group_words",
    "load_data",
    "register_group",
    "sentence_around",
    "split_paragraphs",
    # the fast regex helpers (patterns.py) and the regions (regions.py), re-exported: the
    # steps import them from here
    "AnyPattern",
    "LineStart",
    "compile_any",
    "compile_lower",
    "required_literals",
    "find_body_end",
    "find_dispositive",
    "line_openers",
]

HEAD_CHARS = 3000
"""Captions and headers are read directly from the first characters."""

_PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_GROUPS: dict[str, tuple[str, ...]] = {}


class Extractor(Protocol):
    # read-only members, so frozen dataclasses such as Step satisfy the protocol
    @property
    def name(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def requires(self) -> tuple[str, ...]: ...
    @property
    def assigns(self) -> tuple[str, ...]: ...

    def __call__(self, ctx: Context) -> None: ...


@dataclass(frozen=True, slots=True)
class Step:
    """A plain function wrapped as an :class:`Extractor`."""

    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    fn: Callable[[Context, Step], None] = field(repr=False)

    def __call__(self, ctx: Context) -> None:
        self.fn(ctx, self)

    def evidence(self, ctx: Context, start: int, end: int) -> Evidence:
        return ctx.evidence(start, end, self.name, self.version)


@dataclass(frozen=True, slots=True)
class Finding:
    """An outcome the verdicts step read for one defendant (index) or all (None)."""

    defendant: int | None
    outcome: str  # models.Outcome value
    standing: bool
    court_level: str | None
    start: int
    end: int
    category_hint: str | None = None
    counts: tuple[str, ...] = ()  # the counts it decides ("1", "3"); () = every charge

    @property
    def offence_specific(self) -> bool:
        """It decides one named offence or some counts only, not the defendant's case."""
        return bool(self.category_hint or self.counts)


@dataclass(slots=True)
class Context:
    """Everything known about one judgment while the extractors run."""

    judgment: Judgment
    info: JudgmentInfo = field(default_factory=JudgmentInfo)
    defendants: list[Defendant] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)  # charge_mentions.ChargeMention (E1)
    charges: list[Charge] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    signals: list[CorruptionSignal] = field(default_factory=list)
    factors: list[Factor] = field(default_factory=list)
    case: CaseSummary = field(default_factory=CaseSummary)
    _paras: list[tuple[int, int]] | None = None
    _starts: list[int] | None = None
    _hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _scan: Any = None
    _dispositive: tuple[int, int] | None = None
    _body_end: int | None = None
    _lower: str | None = None
    _lowered: str | None = None
    _lowered_done: bool = False
    cache: dict[str, Any] = field(default_factory=dict)
    """Per-judgment memo for the steps (keyed by ``"<step>.<what>"``)."""

    @property
    def text(self) -> str:
        return self.judgment.text

    @property
    def head(self) -> str:
        return self.judgment.text[:HEAD_CHARS]

    @property
    def lower(self) -> str:
        """The text lower-cased, once per judgment for every step.  Its offsets are the
        text's unless a character lowered to two (callers that need offsets compare the
        lengths, or read :attr:`lowered`)."""
        if self._lower is None:
            self._lower = lower(self.judgment.text)
        return self._lower

    @property
    def lowered(self) -> str | None:
        """:attr:`lower` when matching it with ``compile_lower`` patterns decides as the
        ``re.I`` patterns on the text (same length, ``_lower.lowers_as_re``), else None."""
        if not self._lowered_done:
            text, low = self.judgment.text, self.lower
            self._lowered = low if len(low) == len(text) and lowers_as_re(text) else None
            self._lowered_done = True
        return self._lowered

    def evidence(self, start: int, end: int, extractor: str, version: str) -> Evidence:
        text = self.judgment.text
        if not 0 <= start <= end <= len(text):  # (the usual span needs no clamping)
            start = max(0, min(start, len(text)))
            end = max(start, min(end, len(text)))
        return Evidence(start, end, text[start:end], extractor, version)

    @property
    def hits(self) -> Any:
        """The prefilter's ``Hits`` of the text, scanned once per judgment for every step
        (None when the prefilter cannot be used: the regex fallback)."""
        if self._scan is None:
            prefilter = _prefilter()
            if prefilter is not None:
                self._scan = prefilter.scan(self.judgment.text)
        return self._scan

    # -- paragraphs -------------------------------------------------------------------

    def all_paragraphs(self) -> list[tuple[int, int]]:
        if self._paras is None:
            self._paras = list(split_paragraphs(self.judgment.text))
        return self._paras

    def paragraphs(self, group: str) -> list[tuple[int, int]]:
        """Spans of paragraphs holding a word of a registered keyword group."""
        if group not in self._hits:
            self._hits[group] = _scan_group(self, group)
        return self._hits[group]

    def keyword_spans(self, group: str) -> list[tuple[int, int]]:
        """Sorted ``(start, end)`` of every keyword of a registered group in the text.

        Extractors that only need a few characters around a keyword read these instead
        of whole paragraphs (the cost then follows the hits, not the text's length).
        """
        spans = self._spans.get(group)  # memoised: callers ask again per paragraph
        if spans is None:
            if group not in _GROUPS:
                raise KeyError(f"keyword group {group!r} was never registered")
            hits = self._scan if self._scan is not None else self.hits
            if hits is not None:
                spans = list(hits.sorted_spans(group))
            else:
                spans = [m.span() for m in _group_regex(group).finditer(self.judgment.text)]
            self._spans[group] = spans
        return spans

    def paragraph_at(self, offset: int) -> tuple[int, int]:
        paras = self.all_paragraphs()
        if self._starts is None:
            self._starts = [p[0] for p in paras]
        i = bisect.bisect_right(self._starts, offset) - 1
        return paras[max(i, 0)] if paras else (0, len(self.judgment.text))

    # -- regions ----------------------------------------------------------------------

    @property
    def body_end(self) -> int:
        """Where the judgment's body ends (footnotes and signature blocks follow)."""
        if self._body_end is None:
            dissent = [s for s, _ in self.keyword_spans(DISSENT_GROUP)]
            self._body_end = find_body_end(self.judgment.text, dissent)
        return self._body_end

    @property
    def dispositive(self) -> tuple[int, int]:
        """The final dispositive part (fallo, WHEREFORE ..., For these reasons ...)."""
        if self._dispositive is None:
            self._dispositive = dispositive_span(self, self.body_end)
        return self._dispositive


def split_paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _PARA_BREAK.finditer(text):
        if m.start() > start:
            yield (start, m.start())
        start = m.end()
    if start < len(text):
        yield (start, len(text))


_SENTENCE_ENDS = ".;!?\n"
MAX_SENTENCE = 1500


def sentence_around(text: str, start: int, end: int, ends: str = _SENTENCE_ENDS) -> tuple[int, int]:
    """The sentence holding ``[start, end)``: between the nearest ``. ; ! ?`` or newline."""
    lo = max(0, start - MAX_SENTENCE)
    hi = min(len(text), end + MAX_SENTENCE)
    common, rare, forward = _enders(ends)
    last = -1  # the nearest end before start: rfind the common ends (the second one only
    for c in common:  # after the first's), then look for a rare one after them
        i = text.rfind(c, lo if last < 0 else last + 1, start)
        if i > last:
            last = i
    if rare is not None:
        m = rare.search(text, lo if last < 0 else last + 1, start)
        while m is not None:
            last = m.start()
            m = rare.search(text, last + 1, start)
    s = last + 1 or lo
    m = forward.search(text, end, hi)  # the nearest end at or after end: one class scan
    e = m.start() + 1 if m is not None else hi
    return max(s, lo), e


@cache
def _enders(ends: str) -> tuple[tuple[str, ...], re.Pattern[str] | None, re.Pattern[str]]:
    """The common sentence ends (newline, full stop) among ``ends``, a class pattern of
    the others, and a class pattern of all of them."""
    common = tuple(c for c in "\n." if c in ends)
    rare = "".join(sorted(set(ends) - set(common)))
    rare_rx = re.compile("[" + re.escape(rare) + "]") if rare else None
    return common, rare_rx, re.compile("[" + re.escape(ends) + "]")


def register_group(name: str, words: Iterable[str]) -> None:
    """Declare a keyword group (plain words or phrases, matched case-insensitively)."""
    words = tuple(sorted({w.lower() for w in words if w}))
    _GROUPS[name] = words
    _group_regex.cache_clear()
    prefilter = _prefilter()
    if prefilter is not None:
        prefilter.register_group(name, words)


def group_words(name: str) -> tuple[str, ...]:
    """The (lower-cased) words of keyword group ``name``; () if it was never registered."""
    return _GROUPS.get(name, ())


@cache
def _prefilter() -> Any:
    """E1's Aho-Corasick prefilter, or None when it cannot be used (regex fallback)."""
    try:
        from caselaw.extractors import prefilter

        prefilter.groups()  # loads the lexicon's default groups; fails if absent
    except Exception:  # noqa: BLE001 - any failure means: use the fallback
        return None
    return prefilter


@cache
def _group_regex(name: str) -> re.Pattern[str]:
    words = _GROUPS[name]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z0-9])", re.I)


def _scan_group(ctx: Context, group: str) -> list[tuple[int, int]]:
    if group not in _GROUPS:
        raise KeyError(f"keyword group {group!r} was never registered")
    hits = ctx.hits
    if hits is not None:
        return list(hits.paragraphs(group))
    text = ctx.judgment.text
    pattern = _group_regex(group)
    out: list[tuple[int, int]] = []
    last_end = -1
    for m in pattern.finditer(text):
        if m.start() < last_end:
            continue
        span = ctx.paragraph_at(m.start())
        out.append(span)
        last_end = span[1]
    return out


@cache
def load_data(filename: str) -> Any:
    """Load one of this package's YAML vocabularies (caselaw.extractors.data)."""
    source = resources.files("caselaw.extractors.data").joinpath(filename)
    return yaml.safe_load(source.read_text(encoding="utf-8"))


register_group(OPENER_GROUP, OPENER_WORDS)
DISSENT_GROUP = "regions.dissent"
register_group(DISSENT_GROUP, DISSENT_WORDS)
