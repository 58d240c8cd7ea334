"""The name of a numbered caption entry with one word in lower case.

"2. Wijesinghe Mudiyanselage udaya Sri Rohana Parakrama, No. 241, ...": a typist's or a
text layer's slip leaves one word of a long name in lower case.  A numbered entry of a
party list is a party's name up to its first comma whatever its case; the lower-case word
inside it (not the first nor the last, a word of letters, no particle such as "de") must
not drop the party.  Used by :mod:`caselaw.extractors.party_names` for the entries of a
numbered list when the ordinary test finds no name.
"""

from __future__ import annotations

import re

from caselaw.extractors.names import looks_like_name
from caselaw.extractors.party_vocab import STATE

_SPACES = re.compile(r"\s+")


def lowercase_word_entry(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """[(name, start, end)] of the entry ``text[start:end]`` when it is a name of four to
    seven words of which one inner word alone is in lower case; else []."""
    raw = text[start:end]
    bare = raw.strip(" \t\n,.")
    words = bare.split()
    if not 4 <= len(words) <= 7:
        return []
    low = [k for k, w in enumerate(words) if w.islower()]
    if len(low) != 1 or low[0] in (0, len(words) - 1):
        return []
    word = words[low[0]]
    if not word.isalpha() or len(word) < 3:
        return []
    words[low[0]] = word.capitalize()
    shaped = " ".join(words)
    if not looks_like_name(shaped) or STATE.found_in(shaped):
        return []
    s = start + raw.find(bare)
    return [(_SPACES.sub(" ", bare), s, s + len(bare))]
