"""The judgment lower-cased once, and when matching the lowered text decides as ``re.I``.

Several steps match lower-cased patterns (``_base.compile_lower``) against the lower-cased
text instead of ``re.I`` patterns against the text: Python's engine scans a plain literal
prefix at C speed but not a case-insensitive one.  That is only the same answer when
lower-casing keeps every offset (no character lowers to two) and ``str.lower`` agrees with
``re.I`` on the characters present; :func:`lowers_as_re` says so for a text or window.
"""

from __future__ import annotations

_LATIN1_LOWER = bytes(ord(chr(i).lower()) for i in range(256))
"""``str.lower`` of each Latin-1 character as a byte: every one lowers to one Latin-1
character, so a Latin-1 text is lowered by one ``bytes.translate`` (CPython's own
``str.lower`` takes a slow per-character path for any text that is not ASCII)."""

ODD_CASE = "\u0130\u0131\u017f"
"""The only characters ``re.I`` matches to an ASCII letter that ``str.lower`` does not lower
to it (dotted and dotless i, long s); a text holding one is read with ``re.I`` patterns."""


def lower(text: str) -> str:
    """``text.lower()``, faster for Latin-1 text (same result, character for character)."""
    if text.isascii():
        return text.lower()
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return text.lower()
    return raw.translate(_LATIN1_LOWER).decode("latin-1")


def lowers_as_re(text: str) -> bool:
    """Matching ``text.lower()`` (if of the same length) with a lower-cased pattern decides
    as the pattern with ``re.I`` on ``text``: it holds none of :data:`ODD_CASE`."""
    return text.isascii() or not any(c in text for c in ODD_CASE)
