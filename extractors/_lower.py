"""The judgment lower-cased once, and when matching the lowered text decides as ``re.I``.

Several steps match lower-cased patterns (``_base.compile_lower``) against the lower-cased
text instead of ``re.I`` patterns against the text: Python's engine scans a plain literal
prefix at C speed but not a case-insensitive one.  That is only the same answer when
lower-casing keeps every offset (no character lowers to two) and ``str.lower`` agrees with
``re.I`` on the characters present; :func:`lowers_as_re` says so for a text or window.
"""

from __future__ import annotations

from functools import cache
from typing import Any

_LATIN1_LOWER = bytes(ord(chr(i).lower()) for i in range(256))
"""``str.lower`` of each Latin-1 character as a byte: every one lowers to one Latin-1
character, so a Latin-1 text is lowered by one ``bytes.translate`` (CPython's own
``str.lower`` takes a slow per-character path for any text that is not ASCII)."""

ODD_CASE = "\u0130\u0131\u017f"
"""The only characters ``re.I`` matches to an ASCII letter that ``str.lower`` does not lower
to it (dotted and dotless i, long s); a text holding one is read with ``re.I`` patterns."""


_CONTEXT_CASE = "\u0130\u03a3"
"""The BMP characters ``str.lower`` does not lower one to one: dotted capital I (to two
characters) and capital sigma (to a final or a medial sigma, by its neighbours)."""


def lower(text: str) -> str:
    """``text.lower()``, faster for text that is not ASCII (the same string): a Latin-1
    text by one ``bytes.translate``, a text within the Basic Multilingual Plane by one
    table lookup per UTF-16 unit; others (and the few characters in ``_CONTEXT_CASE``)
    by ``str.lower``."""
    if text.isascii():
        return text.lower()
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    else:
        return raw.translate(_LATIN1_LOWER).decode("latin-1")
    if any(c in text for c in _CONTEXT_CASE):
        return text.lower()
    try:
        wide = text.encode("utf-16-le")
    except UnicodeEncodeError:  # a lone surrogate
        return text.lower()
    if len(wide) != 2 * len(text):  # beyond the BMP (a surrogate pair)
        return text.lower()
    import numpy as np

    units = np.frombuffer(wide, dtype="<u2")  # little-endian, as encoded
    return str(_bmp_lower()[units].tobytes().decode("utf-16-le"))


@cache
def _bmp_lower() -> Any:
    """``str.lower`` of each BMP character alone as a UTF-16 unit (itself where that is not
    one unit: only dotted capital I; surrogates stay), built once by lowering all of them
    as one string (a call per character took ~100 ms; ``"".join(map(chr, ...))`` ~20 ms,
    decoding the units themselves well under 1 ms)."""
    import numpy as np

    table = np.arange(0x10000, dtype="<u2")
    for lo, hi in _NOT_SURROGATES:
        every = table[lo:hi].tobytes().decode("utf-16-le")
        for char in _CONTEXT_CASE:  # neither lowers alone: a stand-in that stays itself
            every = every.replace(char, "\x00")
        table[lo:hi] = np.frombuffer(every.lower().encode("utf-16-le"), dtype="<u2")
    for char in _CONTEXT_CASE:  # as alone: capital sigma to the medial one, İ stays
        low = char.lower()
        table[ord(char)] = ord(low) if len(low) == 1 else ord(char)
    return table


_NOT_SURROGATES = ((0, 0xD800), (0xE000, 0x10000))
"""The BMP less the surrogates (UTF-16 would decode a high one and a low one as a pair);
each of those lowers to itself."""


def lowers_as_re(text: str) -> bool:
    """Matching ``text.lower()`` (if of the same length) with a lower-cased pattern decides
    as the pattern with ``re.I`` on ``text``: it holds none of :data:`ODD_CASE`."""
    return text.isascii() or not any(c in text for c in ODD_CASE)
