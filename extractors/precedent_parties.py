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

# "People v. Lalli", "State vs Mwangi", "R v Brown": the party after "v." of a cited title
_TITLE = re.compile(
    r"\b(?:People|State|Republic|Regina|R|Rex|United States|Queen|Crown)"
    r"\s+vs?\.?\s+(?P<party>[A-Z][\w'’-]+)"
)
# the same, searched from its literal "v" (``_TITLE`` tries its alternatives at every
# position: a third of the step): the title is then read backwards from the "v"
_AFTER_V = re.compile(r"vs?\.?\s+(?P<party>[A-Z][\w'’-]+)")
_TITLE_WORD = re.compile(r"\b(?:People|State|Republic|Regina|R|Rex|United States|Queen|Crown)\Z")
_TITLE_LONGEST = len("United States")
# a quotation introduced: "We held thus:", "this Court ruled:", "explained thus:"
_QUOTE_INTRO = re.compile(r"\b(?:held|ruled|explained|said|stated|declared)(?:\s+thus)?\s*:")
_QUOTE_REACH = 4000  # how far back a quotation's introduction may stand


def precedent_names(ctx: Context, found: list[tuple[str, int, int]]) -> set[int]:
    """Indices into ``found`` (body names of verdict sentences) that a quoted
    precedent's verdict gives (module docstring)."""
    text = ctx.text
    if all(s < HEAD_CHARS for _n, s, _e in found) or " v" not in text[HEAD_CHARS:]:
        return set()
    titled = cited_parties(text, HEAD_CHARS)
    if not titled:
        return set()
    cited_at: set[int] = set()  # start of the paragraph of each precedent's verdict
    for name, s, _e in found:
        if s < HEAD_CHARS or not titled & {fold(w) for w in name.split()}:
            continue
        if _QUOTE_INTRO.search(text, max(HEAD_CHARS, s - _QUOTE_REACH), s):
            cited_at.add(_paragraph_start(text, s))
    return {i for i, (_n, s, _e) in enumerate(found) if _paragraph_start(text, s) in cited_at}


def cited_parties(text: str, pos: int) -> set[str]:
    """The folded parties of ``_TITLE.finditer(text, pos)``, found from each "v"."""
    out: set[str] = set()
    done = pos  # where the last title found ends: finditer's matches do not overlap
    for m in _AFTER_V.finditer(text, pos):
        at = ws = m.start()
        while ws > 0 and text[ws - 1].isspace():
            ws -= 1
        if ws == at:
            continue
        title = _TITLE_WORD.search(text, max(done, ws - _TITLE_LONGEST), ws)
        if title is not None:
            out.add(fold(m.group("party")))
            done = m.end()
    return out


def _paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n\n", 0, at) + 1
