"""The hyperscan backend of :func:`caselaw.extractors.prefilter.scan`.

It gives exactly the spans of the pyahocorasick backend, at about a quarter of the cost.
The word-boundary rule is moved out of Python and into the bytes that hyperscan scans:

1. The text is encoded one byte per character (Latin-1; the rare other characters go
   through an error handler), so byte offsets are ``str`` offsets.
2. One ``bytes.translate`` maps every character to a *code*, the way the reference
   backend sees it after ``str.lower`` and whitespace folding: every whitespace is the
   space code, each character used in a keyword has its own code, any other letter or
   digit is one "other word character" code and anything else one "other" code.  Codes
   of word characters (``str.isalnum``) are ``>= 0x40`` and multiples of 4.
3. numpy adds two bits to each word character: bit 0 if the character before it is not
   a word character (a word starts here), bit 1 if the character after it is not (a
   word ends here).
4. Each keyword becomes one to four *literal* byte strings (its codes with the bits its
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
from collections import defaultdict
from collections.abc import Mapping

import hyperscan
import numpy as np

Span = tuple[int, int]
Rule = tuple[str, bool, bool]
"""A keyword with its boundary checks: ``(word, check_start, check_end)``."""

_OTHER = 0x00  # a non-word character used by no keyword
_SPACE = 0x01  # every whitespace character
_WORD = 0x40  # first word code: "a letter or digit used by no keyword"
_STARTS, _ENDS = 1, 2  # the boundary bits of a word code


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
        self._id_bits = max(1, len(keys).bit_length())
        self._n_groups_of = np.array([len(gids) for _, gids in keys], dtype=np.int64)
        self._first_group_of = np.cumsum(self._n_groups_of) - self._n_groups_of
        self._group_list = np.array([g for _, gids in keys for g in gids], dtype=np.int64)
        self._db: hyperscan.Database | None = None
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

    def scan(self, text: str) -> dict[int, list[Span]]:
        """The spans of every group found in ``text`` (by group id), in Aho-Corasick order."""
        if self._db is None or not text:
            return {}
        found: list[int] = []  # pattern id, end, pattern id, end, ...
        add = found.append

        def on_match(pid: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            add(pid)
            add(to)

        self._db.scan(self.encode(text), match_event_handler=on_match)
        if not found:
            return {}
        return self._spans(np.array(found, dtype=np.int64), len(text))

    def _spans(self, found: np.ndarray, n: int) -> dict[int, list[Span]]:
        """Spread ``(pattern id, end)`` pairs over their groups, sorted as Aho-Corasick."""
        pids, ends = found[0::2], found[1::2]
        counts = self._n_groups_of[pids]
        if len(counts) != int(counts.sum()):  # some literal stands for several groups
            first = np.cumsum(counts) - counts
            pos = np.repeat(self._first_group_of[pids] - first, counts)
            gids = self._group_list[pos + np.arange(len(pos))]
            pids, ends = np.repeat(pids, counts), np.repeat(ends, counts)
        else:
            gids = self._group_list[self._first_group_of[pids]]
        # one sort on (group, end, id): ids run by decreasing length, so at one end the
        # longer (earlier-starting) span comes first, as Aho-Corasick reports them
        end_bits = n.bit_length() + 1
        key = (gids << (end_bits + self._id_bits)) | (ends << self._id_bits) | pids
        key.sort()
        gids = key >> (end_bits + self._id_bits)
        ends = (key >> self._id_bits) & ((1 << end_bits) - 1)
        starts = ends - self._lengths[key & ((1 << self._id_bits) - 1)]
        pairs = list(zip(starts.tolist(), ends.tolist(), strict=True))
        cuts = (np.flatnonzero(gids[1:] != gids[:-1]) + 1).tolist()
        bounds = [0, *cuts, len(pairs)]
        firsts = gids[bounds[:-1]].tolist()
        return {gid: pairs[lo:hi] for gid, lo, hi in zip(firsts, bounds, bounds[1:], strict=False)}

    def encode(self, text: str) -> bytes:
        """The boundary-marked codes of ``text`` (not empty), one byte per character."""
        try:
            raw = text.encode("latin-1")
        except UnicodeEncodeError:
            raw = text.encode("latin-1", _ERRORS)
        codes = np.frombuffer(raw.translate(self._table), dtype=np.uint8)
        word = (codes >= _WORD).view(np.uint8)
        marked = codes.copy()
        marked[0] |= word[0]
        marked[1:] |= (word[1:] > word[:-1]).view(np.uint8)
        marked[:-1] |= (word[:-1] > word[1:]).view(np.uint8) << 1
        marked[-1] |= word[-1] << 1
        return marked.tobytes()

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
_stand_ins: dict[str, bytes] = {}


def _stand_in(exc: UnicodeError) -> tuple[bytes, int]:
    """Encode error handler: a Latin-1 character of the same class for each other one."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for char in exc.object[exc.start : exc.end]:
        rep = _stand_ins.get(char)
        if rep is None:
            low = _lower(char)
            if low.isspace():
                rep = b" "
            elif ord(low) < 256:  # KELVIN SIGN -> "k", ANGSTROM SIGN -> "\xe5"
                rep = low.encode("latin-1")
            else:
                rep = (_STAND_IN_WORD if low.isalnum() else _STAND_IN_OTHER).encode("latin-1")
            _stand_ins[char] = rep
        out.append(rep)
    return b"".join(out), exc.end


codecs.register_error(_ERRORS, _stand_in)


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
