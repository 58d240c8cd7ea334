"""The hyperscan backend of :func:`caselaw.extractors.prefilter.scan`.

It gives exactly the spans of the pyahocorasick backend at about half the cost (the rest
is Python's: one callback per hit, and the span tuples).  The word-boundary rule is
moved out of Python and into the bytes that hyperscan scans:

1. Every character becomes one byte, a *code*, so byte offsets are ``str`` offsets:
   ``bytes.translate`` of the Latin-1 encoding, or for a text beyond Latin-1 one
   ``np.take`` of its UTF-16 units in a table of the whole BMP (built once per
   process; astral characters go through a codec error handler).  The code says how
   the reference backend sees the character after ``str.lower`` and whitespace
   folding: every whitespace is the space code, each character used in a keyword has
   its own code, any other letter or digit is one "other word character" code and
   anything else one "other" code.  Word characters (``str.isalnum``) have codes
   ``>= 0x40``, multiples of 4.
2. numpy adds two bits to each word character: bit 0 if the character before it is not
   a word character (a word starts here), bit 1 if the character after it is not (a
   word ends here).
3. Each keyword becomes one to four *literal* byte strings (its codes with the bits its
   own neighbours fix, and at a checked edge the boundary bit set; an unchecked edge
   allows both), so a match is already a word-boundary match: no rejected hit reaches
   Python, and literals compile in milliseconds (``\\b`` patterns take seconds).

A literal that several groups accept has one id standing for all of them, so each span
is reported once.  :class:`Unsupported` is raised for keyword sets this encoding cannot
express (a keyword character outside Latin-1, more than 47 distinct word characters);
the caller then keeps the pyahocorasick backend.
"""

from __future__ import annotations

import codecs
import itertools
import operator
import re
import threading
from collections import defaultdict
from collections.abc import Mapping
from typing import cast

import hyperscan
import numpy as np

Span = tuple[int, int]
Rule = tuple[str, bool, bool]
"""A keyword with its boundary checks: ``(word, check_start, check_end)``."""

_OTHER = 0x00  # a non-word character used by no keyword
_SPACE = 0x01  # every whitespace character
_WORD = 0x40  # first word code: "a letter or digit used by no keyword"
_STARTS, _ENDS = 1, 2  # the boundary bits of a word code
_ID_BITS = 16  # a pattern id in the low bits of a sort key, the match end above it
_ID_MASK = (1 << _ID_BITS) - 1


class Unsupported(ValueError):
    """The keywords use characters this backend cannot encode."""


class HyperscanScanner:
    """Every registered keyword group, compiled into one hyperscan literal database."""

    def __init__(self, rules: Mapping[Rule, tuple[int, ...]], n_groups: int) -> None:
        self.n_groups = n_groups
        self._codes = _codes({c for word, _, _ in rules for c in word})
        self._table = bytes(self._code(chr(b)) for b in range(256))
        if self._table[ord(_STAND_IN_WORD)] != _WORD or self._table[ord(_STAND_IN_OTHER)]:
            raise Unsupported("a keyword uses a stand-in character")
        literals: dict[bytes, set[int]] = defaultdict(set)
        for (word, check_start, check_end), gids in rules.items():
            for literal in self._literals(word, check_start, check_end):
                literals[literal].update(gids)
        # one id per (length, groups); ids by decreasing length, so that sorting a group's
        # spans by end keeps the longer (earlier-starting) span first, as Aho-Corasick does
        keys = sorted({(len(lit), tuple(sorted(g))) for lit, g in literals.items()})
        keys.sort(key=lambda k: -k[0])
        ids = {key: i for i, key in enumerate(keys)}
        self._lengths = np.array([length for length, _ in keys], dtype=np.int64)
        if len(keys) > _ID_MASK:
            raise Unsupported(f"more than {_ID_MASK} distinct keyword lengths and groups")
        self._group_keys = np.arange(n_groups + 1, dtype=np.int64) << 32
        self._n_groups_of = np.array([len(gids) for _, gids in keys], dtype=np.int64)
        self._first_group_of = np.cumsum(self._n_groups_of) - self._n_groups_of
        self._group_list = np.array([g for _, gids in keys for g in gids], dtype=np.int64)
        self._group_of = self._group_list[self._first_group_of]  # the first group of each id
        self._db: hyperscan.Database | None = None
        # the code of every BMP character, for texts beyond Latin-1 (one lookup each)
        self._wide_table = np.frombuffer(self._table, dtype=np.uint8)[_bmp_stand_ins()]
        self._lock = threading.Lock()
        if literals:
            exprs = list(literals)
            self._db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            self._db.compile(
                expressions=exprs,
                ids=[ids[(len(lit), tuple(sorted(literals[lit])))] for lit in exprs],
                elements=len(exprs),
                flags=0,
                literal=True,
            )

    def scan(self, text: str) -> dict[int, tuple[Span, ...]]:
        """The spans of every group found in ``text`` (by group id), in Aho-Corasick order."""
        if self._db is None or not text:
            return {}
        found: list[int] = []  # pattern id, end, pattern id, end, ...
        add = found.append

        def on_match(pid: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            add(pid)
            add(to)

        data = cast(bytes, self.encode(text))  # hyperscan reads the numpy buffer in place
        with self._lock:  # one scratch space per database: scans must take turns
            self._db.scan(data, match_event_handler=on_match)
        if not found:
            return {}
        return self._spans(np.fromiter(found, dtype=np.int64, count=len(found)))

    def _spans(self, found: np.ndarray) -> dict[int, tuple[Span, ...]]:
        """Spread ``(pattern id, end)`` pairs over their groups, sorted as Aho-Corasick."""
        # by end, then by id: ids run by decreasing length, so at one end the longer
        # (earlier-starting) span comes first, as Aho-Corasick reports them
        key = (found[1::2] << _ID_BITS) | found[0::2]
        key.sort()
        pids = key & _ID_MASK
        ends = key >> _ID_BITS
        spans = list(zip((ends - self._lengths[pids]).tolist(), ends.tolist(), strict=True))
        # then by group, keeping that order: sort (group, index of the match) keys
        counts = self._n_groups_of[pids]
        if len(counts) == int(counts.sum()):  # one group per literal: a span per match
            key = (self._group_of[pids] << 32) | np.arange(len(pids))
        else:  # a literal standing for several groups: its span goes to each of them
            first = np.cumsum(counts) - counts
            pos = np.repeat(self._first_group_of[pids] - first, counts)
            key = self._group_list[pos + np.arange(len(pos))] << 32
            key |= np.repeat(np.arange(len(pids)), counts)
        key.sort()
        bounds = np.searchsorted(key, self._group_keys).tolist()
        indices = (key & 0xFFFFFFFF).tolist()
        out: dict[int, tuple[Span, ...]] = {}
        for gid, (lo, hi) in enumerate(itertools.pairwise(bounds)):
            if hi - lo > 1:
                out[gid] = operator.itemgetter(*indices[lo:hi])(spans)
            elif hi > lo:
                out[gid] = (spans[indices[lo]],)
        return out

    def encode(self, text: str) -> np.ndarray:
        """The boundary-marked codes of ``text`` (not empty), one byte per character."""
        try:
            codes = np.frombuffer(text.encode("latin-1").translate(self._table), dtype=np.uint8)
        except UnicodeEncodeError:
            codes = self._wide_codes(text)
        word = (codes >= _WORD).view(np.uint8)
        marked = codes.copy()
        marked[0] |= word[0]
        marked[1:] |= (word[1:] > word[:-1]).view(np.uint8)
        marked[:-1] |= (word[:-1] > word[1:]).view(np.uint8) << 1
        marked[-1] |= word[-1] << 1
        return marked

    def _wide_codes(self, text: str) -> np.ndarray:
        """The codes of a text with characters beyond Latin-1: one table lookup each."""
        try:
            wide = text.encode("utf-16-le")
        except UnicodeEncodeError:  # a lone surrogate
            wide = b""
        if len(wide) != 2 * len(text):  # or beyond the BMP: let the codec's handler work
            raw = text.encode("latin-1", _ERRORS)
            return np.frombuffer(raw.translate(self._table), dtype=np.uint8)
        return np.take(self._wide_table, np.frombuffer(wide, dtype=np.uint16))

    def _code(self, char: str) -> int:
        low = _lower(char)
        if low.isspace():
            return _SPACE
        code = self._codes.get(low)
        if code is not None:
            return code
        return _WORD if low.isalnum() else _OTHER

    def _literals(self, word: str, check_start: bool, check_end: bool) -> list[bytes]:
        if any(c.isspace() and c != " " for c in word):
            return []  # the text's whitespace is folded to spaces: this can never match
        codes = [self._codes[c] for c in word]
        is_word = [c >= _WORD for c in codes]
        base = bytearray(codes)
        for i, w in enumerate(is_word):
            if w and i > 0 and not is_word[i - 1]:
                base[i] |= _STARTS
            if w and i < len(codes) - 1 and not is_word[i + 1]:
                base[i] |= _ENDS
        starts = [_STARTS] if check_start else [0, _STARTS] if is_word[0] else [0]
        ends = [_ENDS] if check_end else [0, _ENDS] if is_word[-1] else [0]
        out = []
        for s, e in itertools.product(starts, ends):
            lit = bytearray(base)
            lit[0] |= s
            lit[-1] |= e
            out.append(bytes(lit))
        return out


_STAND_IN_WORD, _STAND_IN_OTHER = "\xaa", "\x00"  # for characters outside Latin-1
_ERRORS = "caselaw-prefilter"


def _stand_in(exc: UnicodeError) -> tuple[bytes, int]:
    """Encode error handler: a Latin-1 character of the same class for each other one."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return b"".join(_stand_in_of(c) for c in exc.object[exc.start : exc.end]), exc.end


codecs.register_error(_ERRORS, _stand_in)


_bmp: np.ndarray | None = None


def _bmp_stand_ins() -> np.ndarray:
    """The Latin-1 stand-in byte of every character of the Basic Multilingual Plane."""
    global _bmp
    if _bmp is None:  # once per process (~10 ms)
        wide = "".join(map(chr, range(256, 0x10000)))
        # letters and digits (re's \w is str.isalnum() or "_") -> the word stand-in, the rest
        # -> the other one; then the few that are whitespace or lowercase into Latin-1
        words = _ALNUM.sub(_STAND_IN_WORD, wide)
        fixed = bytearray(range(256))
        fixed += _NOT_WORD_STAND_IN.sub(_STAND_IN_OTHER, words).encode("latin-1")
        for char in _SPECIAL_BMP:
            fixed[ord(char)] = _stand_in_of(char)[0]
        _bmp = np.frombuffer(bytes(fixed), dtype=np.uint8)
    return _bmp


_ALNUM = re.compile(r"[^\W_]")
_NOT_WORD_STAND_IN = re.compile(f"[^{_STAND_IN_WORD}]")
_SPECIAL_BMP = "\u1680\u2028\u2029\u202f\u205f\u3000\u0178\u1e9e\u212a\u212b" + "".join(
    map(chr, range(0x2000, 0x200B))
)
"""Whitespace beyond Latin-1, and the characters whose lower case is in Latin-1."""


def _stand_in_of(char: str) -> bytes:
    """A Latin-1 character that the reference backend would treat like ``char``."""
    low = _lower(char)
    if low.isspace():
        return b" "
    if ord(low) < 256:  # KELVIN SIGN -> "k", ANGSTROM SIGN -> "\xe5"
        return low.encode("latin-1")
    return (_STAND_IN_WORD if low.isalnum() else _STAND_IN_OTHER).encode("latin-1")


def _lower(char: str) -> str:
    """``char`` as the reference backend sees it after ``str.lower``."""
    low = char.lower()
    return low if len(low) == 1 else char


def _codes(chars: set[str]) -> dict[str, int]:
    """A code for every character used in a keyword (whitespace other than space aside)."""
    codes: dict[str, int] = {}
    other, word = _SPACE + 1, _WORD + 4
    for char in sorted(chars):
        if char.isspace():
            if char == " ":
                codes[char] = _SPACE
            continue
        if ord(char) > 255:
            raise Unsupported(f"keyword character {char!r} is outside Latin-1")
        if char.isalnum():
            if word > 0xFC:
                raise Unsupported("more than 47 distinct letters and digits in keywords")
            codes[char], word = word, word + 4
        else:
            if other >= _WORD:
                raise Unsupported("more than 62 distinct punctuation marks in keywords")
            codes[char], other = other, other + 1
    return codes
