"""The hyperscan backend of :func:`caselaw.extractors.prefilter.scan`.

It gives exactly the spans of the pyahocorasick backend at about half the cost (the rest
is Python's: one callback per hit).  The spans go back as flat lists sorted by numpy
(``_span_table.Flat``); ``Hits`` builds a group's tuples when a step asks for it.  The
word-boundary rule is moved out of Python and into the bytes that hyperscan scans:

1. Every character becomes one byte, a *code*, so byte offsets are ``str`` offsets:
   ``bytes.translate`` of the Latin-1 encoding; a text beyond Latin-1 is first made
   Latin-1 by replacing each other character with a stand-in of its class (its UTF-16
   units cut to bytes, the few beyond Latin-1 looked up in a table of the whole BMP
   built once per process; astral characters go through a codec error handler).  The code says how
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

A literal that several groups accept has one id standing for all of them (one id per
length and set of groups), so each span is reported once.  :class:`Unsupported` is
raised for keyword sets this encoding cannot express (a keyword character outside
Latin-1, more than 47 distinct word characters, a keyword longer than 255); the caller
then keeps the pyahocorasick backend.
"""

from __future__ import annotations

import codecs
import itertools
import re
import threading
from collections import defaultdict
from collections.abc import Mapping
from typing import cast

import hyperscan
import numpy as np

from caselaw.extractors._span_table import Flat

Rule = tuple[str, bool, bool]
"""A keyword with its boundary checks: ``(word, check_start, check_end)``."""

_OTHER = 0x00  # a non-word character used by no keyword
_SPACE = 0x01  # every whitespace character
_WORD = 0x40  # first word code: "a letter or digit used by no keyword"
_STARTS, _ENDS = 1, 2  # the boundary bits of a word code
_LENGTH_BITS = 8  # a span's sort key: group, start (32 bits: hyperscan's limit), length
_LENGTH_MASK = (1 << _LENGTH_BITS) - 1
_START_MASK = (1 << 32) - 1
_GROUP_SHIFT = 32 + _LENGTH_BITS


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
        # one id per (length, groups)
        keys = sorted({(len(lit), tuple(sorted(g))) for lit, g in literals.items()})
        ids = {key: i for i, key in enumerate(keys)}
        self._lengths = np.array([length for length, _ in keys], dtype=np.int64)
        if keys and keys[-1][0] > _LENGTH_MASK:
            raise Unsupported(f"a keyword longer than {_LENGTH_MASK} characters")
        self._group_keys = np.arange(n_groups + 1, dtype=np.int64) << _GROUP_SHIFT
        self._n_groups_of = np.array([len(gids) for _, gids in keys], dtype=np.int64)
        self._first_group_of = np.cumsum(self._n_groups_of) - self._n_groups_of
        self._group_list = np.array([g for _, gids in keys for g in gids], dtype=np.int64)
        # the sort key of a span, (group << _GROUP_SHIFT) | (start << _LENGTH_BITS) | length,
        # less its end's share (end << _LENGTH_BITS), for each (id, group) slot
        slot_lengths = np.repeat(self._lengths, self._n_groups_of)
        self._slot_keys = (self._group_list << _GROUP_SHIFT) - (slot_lengths << _LENGTH_BITS)
        self._slot_keys += slot_lengths
        self._db: hyperscan.Database | None = None
        _bmp_stand_ins()  # built now (~10 ms), not in the first scan of a text beyond Latin-1
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

    def scan(self, text: str) -> Flat:
        """The spans of every group found in ``text``, sorted by group, start and end."""
        if self._db is None or not text:
            return [0] * (self.n_groups + 1), [], []
        found: list[int] = []  # pattern id, end, pattern id, end, ...
        add = found.append

        def on_match(pid: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            add(pid)
            add(to)

        data = cast(bytes, self.encode(text))  # hyperscan reads the numpy buffer in place
        with self._lock:  # one scratch space per database: scans must take turns
            self._db.scan(data, match_event_handler=on_match)
        if not found:
            return [0] * (self.n_groups + 1), [], []
        return self._flat(np.fromiter(found, dtype=np.int64, count=len(found)))

    def _flat(self, found: np.ndarray) -> Flat:
        """Spread ``(pattern id, end)`` pairs over their groups: one sort of the keys
        ``group, start, length`` (no tuples: ``Hits`` zips a group's lists on first use)."""
        pids = found[0::2]
        ends = found[1::2] << _LENGTH_BITS  # key = end's share + its (id, group)'s share
        counts = self._n_groups_of[pids]
        total = int(counts.sum())
        if total == len(pids):  # one group per literal: a span per match
            key = ends + self._slot_keys[self._first_group_of[pids]]
        else:  # a literal standing for several groups: its span goes to each of them
            first = np.cumsum(counts) - counts
            slots = np.repeat(self._first_group_of[pids] - first, counts) + np.arange(total)
            key = np.repeat(ends, counts) + self._slot_keys[slots]
        key.sort()
        span_starts = key >> _LENGTH_BITS
        span_starts &= _START_MASK
        span_ends = span_starts + (key & _LENGTH_MASK)
        bounds = np.searchsorted(key, self._group_keys).tolist()
        return bounds, span_starts.tolist(), span_ends.tolist()

    def encode(self, text: str) -> np.ndarray:
        """The boundary-marked codes of ``text`` (not empty), one byte per character."""
        codes = np.frombuffer(_latin1(text).translate(self._table), dtype=np.uint8)
        word = (codes >= _WORD).view(np.uint8)
        starts = np.empty_like(word)  # 1 where a word starts
        starts[0] = word[0]
        np.greater(word[1:], word[:-1], out=starts[1:].view(np.bool_))
        ends = np.empty_like(word)  # 1 where a word ends, then 2 (numpy's byte shift is slow)
        ends[-1] = word[-1]
        np.greater(word[:-1], word[1:], out=ends[:-1].view(np.bool_))
        ends += ends
        marked = codes | starts
        marked |= ends
        return marked

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


def _latin1(text: str) -> bytes:
    """``text`` in Latin-1, each other character replaced by its stand-in (the codec's
    error handler for astral characters and lone surrogates, which are rare; else the
    UTF-16 units cut to a byte and the few beyond Latin-1 looked up)."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    try:
        wide = text.encode("utf-16-le")
    except UnicodeEncodeError:  # a lone surrogate
        wide = b""
    if len(wide) != 2 * len(text):  # or beyond the BMP
        return text.encode("latin-1", _ERRORS)
    units = np.frombuffer(wide, dtype=np.uint16)
    low = units.astype(np.uint8)
    beyond = np.flatnonzero(units > 0xFF)
    low[beyond] = _bmp_stand_ins()[units[beyond]]
    return low.tobytes()


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
