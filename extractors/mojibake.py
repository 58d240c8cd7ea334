"""Undo the mojibake of a no-break space in names.

A UTF-8 no-break space (bytes C2 A0) read as Latin-1 shows as "Â" followed by U+00A0, so a
caption typed with no-break spaces reads "FLORÂ N.Â LAUREL" while the body writes "Flor N.
Laurel".  An "Â" right before a (no-break) space is that byte, never a letter of the name: it
is dropped when names are compared (otherwise "FlorÂ" folds to "flora", a second person).
"""

from __future__ import annotations

import re

__all__ = ["nbsp_fixed"]

_NBSP = re.compile("\u00c2(?=[\\s\u00a0]|$)")  # (or ending the name: "CHANCOÂ")


def nbsp_fixed(name: str) -> str:
    """``name`` without the "Â" of a misread no-break space."""
    return _NBSP.sub("", name) if "\u00c2" in name else name
