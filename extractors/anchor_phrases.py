"""Phrase anchors: where a phrase regex (charge cues, connectives) can start.

A phrase anchor such as ``"for the violation of"`` is registered by its first
uncommon word (``violation``) with the literal words before it (``for the``);
:meth:`PhraseAnchors.starts` steps back over those words (and the whitespace
between them) to the position where the regex has to be tried.  Anchors of
phrases that are checked rarely and whose words are common are not put in the
prefilter's automaton but found with ``str.find`` in the short window searched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from caselaw.extractors.anchor_search import AnchorHits

COMMON = frozenset(
    {"a", "an", "as", "by", "case", "for", "her", "him", "his", "in", "is", "of", "on", "the"}
    | {"them", "to", "with"}
)
"""Words too frequent to anchor on: a phrase is anchored on its first other word."""


@dataclass(frozen=True, slots=True)
class PhraseAnchors:
    """Anchor keywords of a list of phrases, with the literal words that precede each.

    Keywords that start a phrase are registered as ``group`` (their hits are the
    starts); keywords with words before them as ``group + ".back"`` (stepped back).
    """

    group: str
    back: dict[str, tuple[tuple[str, ...], ...]]  # keyword -> word tuples before it
    keywords: tuple[str, ...]  # registered as ``group`` (with ``*`` boundary marks)
    stepped: tuple[str, ...] = ()  # registered as ``group + ".back"``
    local: tuple[str, ...] = ()  # anchors found with str.find in the window, not the automaton

    def starts(
        self, hits: AnchorHits, text: str, lo: int, hi: int, local: tuple[str, ...] | None = None
    ) -> list[int]:
        """Sorted positions in ``[lo, hi)`` where one of the phrases may start (``local``:
        only those of these :attr:`local` anchors, the others being known absent)."""
        out: set[int] = set()
        if self.keywords:
            out.update(s for s, _ in hits.spans_in(self.group, lo, hi))
        spans = hits.spans_in(self.group + ".back", lo, hi + 80) if self.stepped else []
        local = self.local if local is None else local
        if local:
            spans += _find_local(local, text, lo, min(len(text), hi + 80))
        for s, e in spans:
            key = text[s:e].lower()
            prefixes = self.back.get(key)
            if prefixes is None:
                prefixes = self.back.get(" ".join(key.split()), ((),))
            stepable = s > lo and text[s - 1].isspace()  # words may stand before it
            for words in prefixes:
                if not words:  # the keyword starts the phrase
                    if lo <= s < hi:
                        out.add(s)
                    continue
                if not stepable:
                    continue
                pos = _step_back(text, s, words, lo)
                if pos is not None and lo <= pos < hi:
                    out.add(pos)
        return sorted(out)


def _find_local(words: tuple[str, ...], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of ``words`` (``*`` marks as in the prefilter) in ``text[lo:hi]``, any case."""
    rules = _local_rules(words)
    if all(word.lower() == word.upper() for word, _, _ in rules):
        window = text[lo:hi]  # no letters (":"): no need to lower the text
    else:
        window = text[lo:hi].lower()
        if len(window) != hi - lo:  # a character changed length when lowercased
            window = "".join(c.lower() if len(c.lower()) == 1 else c for c in text[lo:hi])
    out = []
    n = len(text)
    for word, check_start, check_end in rules:
        i = window.find(word)
        while i >= 0:
            s, e = lo + i, lo + i + len(word)
            if not (check_start and s > 0 and text[s - 1].isalnum()) and not (
                check_end and e < n and text[e].isalnum()
            ):
                out.append((s, e))
            i = window.find(word, i + 1)
    return out


@cache
def _local_rules(words: tuple[str, ...]) -> tuple[tuple[str, bool, bool], ...]:
    """Per word: the word without ``*`` marks, and whether its start/end need a boundary."""
    rules = []
    for raw in words:
        word = raw.strip("*")
        check_start = word[0].isalnum() and not raw.startswith("*")
        check_end = word[-1].isalnum() and not raw.endswith("*")
        rules.append((word, check_start, check_end))
    return tuple(rules)


def _step_back(text: str, pos: int, words: tuple[str, ...], lo: int) -> int | None:
    """Start of ``words`` + whitespace right before ``pos``, or None if they are not there."""
    for word in reversed(words):
        j = pos
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j == pos or j - len(word) < lo or text[j - len(word) : j].lower() != word:
            return None
        pos = j - len(word)
    return pos


def phrase_anchors(group: str, phrases: Iterable[str], *, local: bool = False) -> PhraseAnchors:
    """Anchor each phrase (``...`` = a gap) on its first word not in :data:`COMMON`.

    Punctuation anchors (``:``), and all anchors when ``local``, are not put in the
    automaton but found with ``str.find`` in the (short) window searched: worth it
    for phrases that are checked rarely and whose words are common ("such as").
    """
    back: dict[str, set[tuple[str, ...]]] = {}
    keywords: set[str] = set()
    for phrase in phrases:
        chunks = phrase.lower().split("...")
        words = chunks[0].split()
        if not words:
            raise ValueError(f"phrase {phrase!r} must start with a word")
        i = next((k for k, w in enumerate(words) if w not in COMMON), 0)
        loose_end = i == len(words) - 1 and len(chunks) > 1  # "found ... guilty"
        keywords.add(words[i] + ("*" if loose_end else ""))
        back.setdefault(words[i], set()).add(tuple(words[:i]))
    frozen = {k: tuple(sorted(v)) for k, v in back.items()}
    found_locally = tuple(sorted(k for k in keywords if local or not any(map(str.isalnum, k))))
    automaton = [k for k in keywords if k not in found_locally]
    first = tuple(sorted(k for k in automaton if () in frozen[k.strip("*")]))
    stepped = tuple(sorted(k for k in automaton if frozen[k.strip("*")] != ((),)))
    return PhraseAnchors(group, frozen, first, stepped, found_locally)
