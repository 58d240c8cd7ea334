"""Repair a PDF text layer that splits words after the letter "c" ("c harged", "offenc e",
"Ac t"), and map what is found in the repaired text back to the judgment's own text.

Some converted PDFs (Singapore law reports among them) put a space after nearly every
"c" inside a word: no cue, statute or verdict word then matches.  :func:`repair` finds
such a text (many lone "c" fragments: a clean judgment has none, an affected one dozens)
and deletes each stray space: after a lone "c" ("c harged"), and after a word ending in
"c" when what follows is a fragment the text never uses as a word of its own ("offenc e",
"princ iples", "fac t"; not "public interest", whose "interest" stands alone elsewhere, nor
"traffic in").
:meth:`Repair.evidence` maps spans back, so every fact still points into the stored text
and quotes it as written.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from caselaw.models import Evidence

NAME = "text_repair"
VERSION = "1.0.0"

MIN_SPLITS = 5
"""Lone "c" fragments a text needs before it is treated as split (clean texts have 0-3)."""

_LONE_C = re.compile(r"(?<![\w(.'’/-])c (?=[a-z]{2})")
_SPLIT = re.compile(r"(?<=c) (?=[a-z])")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Repair:
    """The repaired text and, for each space it deleted, the repaired offset of the
    character that followed it (sorted)."""

    text: str
    shifted: tuple[int, ...]

    def to_source(self, pos: int) -> int:
        """The offset in the original text of repaired offset ``pos``."""
        return pos + bisect.bisect_right(self.shifted, pos)

    def evidence(self, source: str, ev: Evidence) -> Evidence:
        """``ev`` (a span of the repaired text) as a span of ``source``, quoted from it."""
        start = self.to_source(ev.start)
        end = self.to_source(ev.end - 1) + 1 if ev.end > ev.start else start
        return dataclasses.replace(ev, start=start, end=end, text=source[start:end])


def repair(text: str) -> Repair | None:
    """The repaired text of a judgment whose words are split after "c", else None."""
    if text.count(" c ") < MIN_SPLITS or len(_LONE_C.findall(text)) < MIN_SPLITS:
        return None
    words = _standalone_words(text)
    deleted: list[int] = []
    for m in _SPLIT.finditer(text):
        at = m.start()  # the space; text[at - 1] is the "c"
        before = text[at - 2] if at >= 2 else " "
        lone = not before.isalpha() and before not in "(.'’/-"
        fragment = _WORD.match(text, at + 1)
        if lone or (fragment is not None and not _is_word(fragment.group(), words)):
            deleted.append(at)
    if not deleted:
        return None
    parts, prev = [], 0
    for at in deleted:
        parts.append(text[prev:at])
        prev = at + 1
    parts.append(text[prev:])
    return Repair("".join(parts), tuple(at - i for i, at in enumerate(deleted)))


# one- and two-letter words: a shorter fragment is a word only if it is one of these
# ("traffic in persons"); "sentenc e", "fac t", "offic er" are split words
_SHORT_WORDS = frozenset(
    [
        "a",
        "i",
        "an",
        "as",
        "at",
        "be",
        "by",
        "do",
        "go",
        "he",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "on",
        "or",
        "so",
        "to",
        "up",
        "us",
        "we",
    ]
)


def _is_word(fragment: str, words: set[str]) -> bool:
    if len(fragment) <= 2:
        return fragment in _SHORT_WORDS
    return fragment in words


def _standalone_words(text: str) -> set[str]:
    """The lower-case words the text uses where no "c " stands right before them."""
    out: set[str] = set()
    for m in _WORD.finditer(text):
        at = m.start()
        if at >= 2 and text[at - 1] == " " and text[at - 2] == "c":
            continue
        out.add(m.group())
    return out


def remap(obj: Any, source: str, fix: Repair) -> Any:
    """``obj`` (an extracted fact, or a tuple / list of them) with every Evidence span in
    it mapped back to ``source``; what holds no evidence is returned as it is."""
    if isinstance(obj, Evidence):
        return fix.evidence(source, obj)
    if isinstance(obj, tuple | list):
        items = [remap(x, source, fix) for x in obj]
        if all(new is old for new, old in zip(items, obj, strict=True)):
            return obj
        return type(obj)(items)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {}
        for f in dataclasses.fields(obj):
            if f.init:
                old = getattr(obj, f.name)
                new = remap(old, source, fix)
                if new is not old:
                    changes[f.name] = new
        return dataclasses.replace(obj, **changes) if changes else obj
    return obj
