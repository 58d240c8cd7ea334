"""Fast regex helpers: vocabularies of regex hints compiled so that they cost little.

Python's ``re`` scans fast only for a literal or a character class at the start of a
pattern; ``re.I`` alternations and ``^``-led multi-line patterns are tried at every
position.  The helpers here keep the answers of the plain patterns while doing less:

- :func:`compile_any` joins regex hints into one (case-insensitive) alternation;
- :func:`compile_lower` compiles a vocabulary for text the caller has lower-cased;
- :func:`required_literals` names a plain string each match must hold (a cheap gate);
- :class:`AnyPattern` answers "does any hint match?" via an Aho-Corasick pass over
  those literals;
- :class:`LineStart` searches a line-start pattern only at line starts.

Pure functions of their arguments: nothing here knows about judgments or the Context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick


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
    for branch in top_level_branches(pattern):
        run = max(_literal_runs(branch), key=len, default="")
        if len(run) < max(shortest, 1):
            return ()
        out.append(run)
    return tuple(out)


def top_level_branches(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a regular expression."""
    out, start = [], 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def group_end(pattern: str) -> int:
    """Index of the ``)`` closing the group opened at ``pattern[0]``, or -1."""
    for i, c, depth in _structure(pattern):
        if c == ")" and depth == 0:
            return i
    return -1


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth after it)`` of each ``(``, ``)`` and ``|`` that is neither
    escaped nor inside a character class (a ``]`` right after ``[`` or ``[^`` is literal)."""
    depth, i, in_class = 0, 0, False
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
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif c in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[c]
            yield i, c, depth
        i += 1


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


def gate_open(needs: tuple[str, ...], low: str) -> bool:
    """Whether a pattern gated on ``needs`` (see :func:`required_literals`) can match ``low``:
    no literal is required, or one of them occurs."""
    for w in needs:  # (a loop: any() of a generator costs more than the tests)
        if w in low:
            return True
    return not needs


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
            if gate_open(needs, low) and rx.search(low):
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
