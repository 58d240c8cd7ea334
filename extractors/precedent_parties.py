"""Names read from a cited case's verdict are not this judgment's defendants.

A judgment quotes a precedent at length ("In People v. Lalli ... We held thus: ... this
Court affirms the CA Decision declaring accused Ronnie Aringoy and Hadja Lalli guilty").
A verdict sentence found in the body is the precedent's when one of the names it gives
is the party a cited title names ("v. Lalli", outside the judgment's own caption) and a
quotation is introduced shortly before it ("held thus:", "ruled:", "explained thus:").
"""

from __future__ import annotations

import re

from caselaw.extractors._base import HEAD_CHARS, Context
from caselaw.extractors.names import fold

# "People v. Lalli", "State vs Mwangi", "R v Brown": the party after "v." of a cited title,
# found from its "v" (a literal ``re`` jumps to; a leading \b would be tried at every
# position of the judgment), then the title word checked just before it
_VERSUS = re.compile(r"vs?\.?\s+(?P<party>[A-Z][\w'’-]+)")
_TITLE_BEFORE = re.compile(
    r"\b(?:People|State|Republic|Regina|R|Rex|United States|Queen|Crown)\s+\Z"
)
_TITLE_REACH = 40  # characters before the "v" searched for the title word
# a quotation introduced: "We held thus:", "this Court ruled:", "explained thus:"
_QUOTE_INTRO = re.compile(r"\b(?:held|ruled|explained|said|stated|declared)(?:\s+thus)?\s*:")
_QUOTE_REACH = 4000  # how far back a quotation's introduction may stand


def precedent_names(ctx: Context, found: list[tuple[str, int, int]]) -> set[int]:
    """Indices into ``found`` (body names of verdict sentences) that a quoted
    precedent's verdict gives (module docstring)."""
    text = ctx.text
    if not any(s >= HEAD_CHARS for _n, s, _e in found) or " v" not in text[HEAD_CHARS:]:
        return set()
    titled = _titled(text)
    if not titled:
        return set()
    cited_at: set[int] = set()  # start of the paragraph of each precedent's verdict
    for name, s, _e in found:
        if s < HEAD_CHARS or not titled & {fold(w) for w in name.split()}:
            continue
        if _QUOTE_INTRO.search(text, max(HEAD_CHARS, s - _QUOTE_REACH), s):
            cited_at.add(_paragraph_start(text, s))
    return {i for i, (_n, s, _e) in enumerate(found) if _paragraph_start(text, s) in cited_at}


def _titled(text: str) -> set[str]:
    """The folded parties of the cited titles after the head."""
    out: set[str] = set()
    pos = HEAD_CHARS
    while (m := _VERSUS.search(text, pos)) is not None:
        v = m.start()
        pos = v + 1
        if _TITLE_BEFORE.search(text, max(HEAD_CHARS, v - _TITLE_REACH), v):
            out.add(fold(m.group("party")))
    return out


def _paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n\n", 0, at) + 1
