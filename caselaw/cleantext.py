"""What every format reader builds: ``CleanText`` through a ``TextBuilder``, under a ``Budget``.

``TextBuilder`` accumulates clean text and the anchors of its offset map, so that
every clean character keeps a pointer into ``CleanText.source_text``; ``Budget``
holds one document's caps (text length, reading time) and raises
``DocumentTooLargeError`` naming the document when one is exceeded.  The readers
(``caselaw.text.read_plain``, ``caselaw.markup``, ``caselaw.pdf``, ``caselaw.docx``)
share these three and nothing else.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from caselaw.config import Settings
from caselaw.errors import DocumentTooLargeError
from caselaw.models import OffsetMap

__all__ = ["Budget", "CleanText", "TextBuilder"]


@dataclass(frozen=True, slots=True)
class CleanText:
    """A judgment file read as clean text.

    ``text`` has paragraphs separated by ``"\\n\\n"``; ``offsets`` maps an offset in
    ``text`` to an offset in ``source_text`` (the decoded file for text formats, see
    docs/ingestion.md for PDF and DOCX).
    """

    text: str
    offsets: OffsetMap
    media_type: str
    source_text: str = field(repr=False)
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source range ``[a, b)`` for the clean range ``[start, end)``."""
        return self.offsets.to_source(start), self.offsets.to_source(end)


@dataclass(slots=True)
class Budget:
    """The caps on one document, checked while it is read."""

    source: str
    settings: Settings
    started: float = field(default_factory=time.monotonic)

    def check_time(self, where: str) -> None:
        limit = self.settings.max_document_seconds
        if time.monotonic() - self.started > limit:
            raise DocumentTooLargeError(
                self.source, f"reading took longer than {limit:g} s (stopped at {where})"
            )


class TextBuilder:
    """Accumulates clean text and the anchors of its offset map.

    ``add`` appends characters that advance together with the source from ``at``;
    ``space``/``newline``/``paragraph`` ask for a separator before the next text
    (the strongest request wins, none is written at the start or the end), so
    whitespace collapses and paragraphs are separated by exactly one blank line.
    """

    __slots__ = ("_budget", "_parts", "_len", "_clean", "_src", "_delta", "_sep", "_sep_at")
    _RANK = {"": 0, " ": 1, "\n": 2, "\n\n": 3}

    def __init__(self, budget: Budget) -> None:
        self._budget = budget
        self._parts: list[str] = []
        self._len = 0
        self._clean: list[int] = []
        self._src: list[int] = []
        self._delta: int | None = None
        self._sep = ""
        self._sep_at = 0

    def __len__(self) -> int:
        return self._len

    def next_offset(self) -> int:
        """Where the next added character will land (after any pending separator)."""
        return self._len + len(self._sep) if self._len else 0

    def add(self, chunk: str, at: int, end: int | None = None) -> None:
        """Append ``chunk``, found at ``source[at:end]``; ``end`` defaults to
        ``at + len(chunk)`` and differs for a replaced reference (``&amp;``, CRLF),
        after which the next clean offset maps exactly to ``end``."""
        if not chunk:
            return
        if self._sep:
            sep, self._sep = self._sep, ""
            if self._len:
                self._append(sep, self._sep_at)
        self._append(chunk, at)
        if end is not None and end - at != len(chunk):
            self._anchor(end)

    def _anchor(self, at: int) -> None:
        self._delta = self._len - at
        if self._clean and self._clean[-1] == self._len:
            self._src[-1] = at
        else:
            self._clean.append(self._len)
            self._src.append(at)

    def _append(self, chunk: str, at: int) -> None:
        if self._len - at != self._delta:
            self._anchor(at)
        self._parts.append(chunk)
        self._len += len(chunk)
        if self._len > self._budget.settings.max_text_chars:
            raise DocumentTooLargeError(
                self._budget.source,
                f"text longer than {self._budget.settings.max_text_chars} characters",
            )

    def separate(self, sep: str, at: int) -> None:
        if self._RANK[sep] > self._RANK[self._sep]:
            if not self._sep:
                self._sep_at = at
            self._sep = sep

    def space(self, at: int) -> None:
        self.separate(" ", at)

    def newline(self, at: int) -> None:
        self.separate("\n", at)

    def paragraph(self, at: int) -> None:
        self.separate("\n\n", at)

    def add_collapsed(self, text: str, at: int) -> None:
        """Append ``text`` (found at ``at``) with each whitespace run made one space.

        Single spaces are copied with their words in one chunk (they keep the
        offsets in step); only other runs (``\n``, tabs, repeated spaces) break it."""
        body = text.strip()
        if not body:
            if text:
                self.space(at)
            return
        lead = text.index(body[0])
        if lead:
            self.space(at)
        end = lead + len(body)
        pos = lead
        for m in _ODD_SPACE.finditer(text, lead, end):
            self.add(text[pos : m.start()], at + pos)
            self.space(at + m.start())
            pos = m.end()
        self.add(text[pos:end], at + pos)
        if end < len(text):
            self.space(at + end)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(tuple(self._clean), tuple(self._src))


_ODD_SPACE = re.compile(r"\s{2,}|[^\S ]")
