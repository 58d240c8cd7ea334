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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Protocol

import ahocorasick
import yaml

from caselaw.extractors._lower import lower, lowers_as_re
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
    mentions: list[Any] = field(default_factory=list)  # charges.ChargeMention (E1)
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
            prefilter = _prefilter()
            if prefilter is not None:
                if self._scan is None:
                    self._scan = prefilter.scan(self.judgment.text)
                spans = list(self._scan.sorted_spans(group))
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
            self._body_end = find_body_end(self.judgment.text)
        return self._body_end

    @property
    def dispositive(self) -> tuple[int, int]:
        """The final dispositive part (fallo, WHEREFORE ..., For these reasons ...)."""
        if self._dispositive is None:
            end = self.body_end
            openers = line_openers(self, _DISPOSITIVE, max(0, end - _MAX_DISPOSITIVE), end)
            self._dispositive = find_dispositive(self.judgment.text, end, openers)
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
    prefilter = _prefilter()
    if prefilter is not None:
        if ctx._scan is None:
            ctx._scan = prefilter.scan(ctx.judgment.text)
        return list(ctx._scan.paragraphs(group))
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


def compile_any(patterns: Iterable[str], flags: int = re.I) -> re.Pattern[str]:
    """One alternation of regex hints, longest first."""
    parts = sorted(set(patterns), key=len, reverse=True)
    return re.compile("|".join(f"(?:{p})" for p in parts), flags)


def compile_lower(patterns: str | Iterable[str]) -> re.Pattern[str]:
    """A case-insensitive vocabulary compiled for text already lower-cased by the caller.

    ``re.I`` alternations get no fast literal scan in Python's engine; matching lower-cased
    text with a lower-cased pattern is several times faster.  Patterns with upper-case
    escapes (``\\D``, ``\\S``, ``\\W``, ``\\B``) would change meaning and are refused.
    """
    parts = [patterns] if isinstance(patterns, str) else sorted(set(patterns), key=len)[::-1]
    source = "|".join(f"(?:{p})" for p in parts)
    if re.search(r"\\[A-Z]", source):
        raise ValueError(f"pattern with an upper-case escape cannot be lower-cased: {source!r}")
    lowered = source.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    return re.compile(lowered)


def required_literals(pattern: str, shortest: int = 3) -> tuple[str, ...]:
    """One plain string per top-level branch of ``pattern`` that any match must contain
    (the branch's longest run of literal characters outside groups and classes), or ``()``
    when a branch has no such run of ``shortest`` or more characters.

    A cheap gate: ``not any(w in text for w in required_literals(p))`` proves that
    ``re.search(p, text)`` finds nothing (for a pattern compiled without ``re.I``).
    """
    out = []
    for branch in _top_level_branches(pattern):
        run = max(_literal_runs(branch), key=len, default="")
        if len(run) < max(shortest, 1):
            return ()
        out.append(run)
    return tuple(out)


def _top_level_branches(pattern: str) -> list[str]:
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3  # a "]" right after "[" is literal
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _literal_runs(branch: str) -> list[str]:
    """Runs of characters ``branch`` matches literally, in sequence, at its top level."""
    runs: list[str] = []
    cur: list[str] = []
    for atom in _atoms(branch):
        if atom in ("?", "*", "+", "{"):  # the quantifier makes the last atom optional
            if cur:
                cur.pop()
            runs.append("".join(cur))
            cur = []
        elif len(atom) == 1 and atom not in ".^$":
            cur.append(atom)
        elif len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum():
            cur.append(atom[1])
        else:  # a group, class, escape class (\s, \d), anchor or assertion
            runs.append("".join(cur))
            cur = []
    runs.append("".join(cur))
    return runs


def _atoms(branch: str) -> Iterator[str]:
    """Top-level atoms: one character, an escape, a group or class (whole), or a quantifier
    opener (``{m,n}`` is reduced to ``{``)."""
    i = 0
    while i < len(branch):
        c = branch[i]
        if c == "\\":
            yield branch[i : i + 2]
            i += 2
        elif c in "([":
            j = _closing(branch, i)
            yield branch[i : j + 1]
            i = j + 1
        elif c == "{":
            yield "{"
            i = branch.find("}", i) + 1 or len(branch)
        else:
            yield c
            i += 1


def _closing(s: str, i: int) -> int:
    """Index of the bracket closing the group or class opened at ``s[i]``."""
    depth, in_class = 0, False
    j = i
    while j < len(s):
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if in_class:
            if c == "]" and not (j == i + 1 or s[j - 1] == "^" and j == i + 2):
                in_class = False
                if depth == 0:
                    return j
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return len(s) - 1


class AnyPattern:
    """A case-insensitive vocabulary of regex hints used as a yes/no test, made cheap.

    ``AnyPattern(patterns).found_in(s)`` == ``bool(compile_any(patterns).search(s))``.  An
    alternation tried with ``re.I`` at every position of ``s`` costs about a microsecond per
    character; here an ASCII ``s`` is lower-cased once, one Aho-Corasick pass finds the plain
    literals the hints need (:func:`required_literals`), only the hints whose literal occurs
    are tried, and the few hints without such a literal are tried one by one (gated by a
    shorter literal when they have one).  Other text takes the plain alternation.
    """

    __slots__ = ("plain", "literals", "rest")

    def __init__(self, patterns: Iterable[str]) -> None:
        patterns = list(patterns)
        self.plain = compile_any(patterns)
        by_literal: dict[str, list[re.Pattern[str]]] = {}
        rest: list[tuple[tuple[str, ...], re.Pattern[str]]] = []
        for pattern in dict.fromkeys(patterns):
            needs = required_literals(pattern.lower())
            if needs:
                lowered = compile_lower(pattern)
                for w in dict.fromkeys(needs):
                    by_literal.setdefault(w, []).append(lowered)
            else:
                # tried alone: re's own fast paths (a first character, a leading ^) stay
                rest.append((required_literals(pattern.lower(), 1), compile_lower(pattern)))
        self.literals: Any = None  # an ahocorasick.Automaton of the literals, if any
        if by_literal:
            self.literals = ahocorasick.Automaton()
            for w, hints in by_literal.items():
                self.literals.add_word(w, tuple(hints))
            self.literals.make_automaton()
        self.rest = rest

    def found_in(self, s: str) -> bool:
        if not s.isascii():
            return self.plain.search(s) is not None
        low = s.lower()
        for needs, rx in self.rest:
            for w in needs:  # (a loop: any() of a generator costs more than the test)
                if w in low:
                    break
            else:
                if needs:
                    continue
            if rx.search(low):
                return True
        if self.literals is None:
            return False
        for _end, hints in self.literals.iter(low):
            for rx in hints:
                if rx.search(low):
                    return True
        return False


@dataclass(frozen=True, slots=True)
class LineStart:
    """A pattern that must start a line (``^`` + pattern, multi-line), searched fast.

    re tries a ``^``-led pattern at every position; here only line starts are tried: the
    pattern itself where the search starts at one, else ``\\n`` + pattern, whose literal
    first character re scans for at C speed.  :meth:`search` finds what
    ``re.compile("^(?:" + pattern + ")", re.M | flags).search`` finds (the match span).
    """

    at: re.Pattern[str]
    after_newline: re.Pattern[str]

    @classmethod
    def compile(cls, pattern: str, flags: int = 0) -> LineStart:
        return cls(re.compile(pattern, flags | re.M), re.compile(f"\\n(?:{pattern})", flags | re.M))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
        end = len(text) if endpos is None else endpos
        if pos == 0 or 0 < pos <= len(text) and text[pos - 1] == "\n":
            m = self.at.match(text, pos, end)
            if m is not None:
                return m.span()
        m = self.after_newline.search(text, pos, end)
        return (m.start() + 1, m.end()) if m is not None else None


# -- regions of a judgment ----------------------------------------------------------------

_SO_ORDERED = re.compile(r"\bSO\s+ORDERED\b")
_DISPOSITIVE = re.compile(
    # a numbered paragraph may open it: "12.", "(12)", "[12]" (neutral-citation paragraphs)
    r"(?:^|\n)[ \t\"'\[\]()0-9.]*(?:"
    r"WHEREFORE|ACCORDINGLY|IN VIEW WHEREOF|FOR THESE REASONS|PREMISES CONSIDERED"
    r"|IN VIEW OF (?:ALL )?THE FOREGOING|IN LIGHT OF THE FOREGOING"
    r"|For (?:all )?(?:these|the (?:foregoing|above|above-stated|said)) reasons"
    r"|For what has been discussed above|In view of (?:the )?above(?: discussion)?"
    r"|In the light of (?:the )?above discussion|In the result|Resultantly"
    r"|Accordingly|Wherefore|Therefore, for the foregoing reasons|In conclusion"
    r"|For the reasons (?:given|set out|stated)"
    r")\b"
)
_FINAL_WINDOW = 2500


def find_body_end(text: str) -> int:
    """End of the main opinion: after the last ``SO ORDERED`` if there is one."""
    at = len(text)
    while True:  # rfind is C speed; the regex only confirms each candidate
        at = text.rfind("ORDERED", 0, at)
        if at < 0:
            return len(text)
        m = _SO_ORDERED.match(text, max(0, text.rfind("SO", max(0, at - 12), at)), at + 7)
        if m is not None and m.end() == at + 7:
            nl = text.find("\n", m.end())
            return len(text) if nl < 0 else nl


_MAX_DISPOSITIVE = 12_000
# Every opener of _DISPOSITIVE (and of the verdicts step's restated dispositive parts)
# holds one of these words: openers are looked for only at their keyword hits.
OPENER_GROUP = "base.opener"
_OPENER_WORDS = (
    "wherefore",
    "accordingly",
    "whereof",
    "reasons",
    "premises",
    "foregoing",
    "discussed",
    "above",
    "result",
    "resultantly",
    "conclusion",
)


def line_openers(ctx: Context, pattern: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
    """Matches of a line-start ``pattern`` (``(?:^|\n)...``) in ``[lo, hi)``.

    Tried only at the lines holding a ``base.opener`` keyword, so the cost follows the
    hits rather than the text's length.
    """
    text = ctx.text
    out: list[re.Match[str]] = []
    tried: set[int] = set()
    spans = ctx.keyword_spans(OPENER_GROUP)  # sorted: jump to lo, stop at hi
    first = bisect.bisect_left(spans, (lo, -1))
    for ks, _ke in spans[first : bisect.bisect_left(spans, (hi, -1), first)]:
        nl = text.rfind("\n", max(0, ks - 80), ks)
        if nl < 0 and ks > 80:
            continue  # the keyword is not near the start of a line
        pos = max(nl, 0)
        if pos in tried or pos < lo and nl >= 0:
            continue
        tried.add(pos)
        m = pattern.match(text, pos, hi)
        if m is not None and m.end() > ks:
            out.append(m)
    return out


def find_dispositive(
    text: str, body_end: int, openers: list[re.Match[str]] | None = None
) -> tuple[int, int]:
    """Span of the final dispositive part: the last opener in the body, to the body's end.

    Without an opener, the body's last ``_FINAL_WINDOW`` characters.  ``openers``: the
    ``_DISPOSITIVE`` matches already found (``line_openers``); else the text is searched.
    """
    lo = max(0, body_end - _MAX_DISPOSITIVE)
    if openers is None:
        openers = list(_DISPOSITIVE.finditer(text, lo, body_end))
    last = openers[-1] if openers else None
    if last is not None and body_end - last.start() < _MAX_DISPOSITIVE:
        start = last.start() + (1 if text[last.start()] == "\n" else 0)
        return (start, body_end)
    return (max(0, body_end - _FINAL_WINDOW), body_end)


register_group(OPENER_GROUP, _OPENER_WORDS)
