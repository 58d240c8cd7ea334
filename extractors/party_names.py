"""A party chunk of a caption (or a list of names in a sentence) split into names.

:func:`names_in` cuts the chunk at commas, ``and`` / ``&`` (or at line ends where the
layout puts one name per line), joins suffixes, nicknames and aliases to their names,
drops descriptors (``S/O ...``, ``AGED 41``), counsel lines, field labels and the state,
and keeps the pieces that look like a person's name, each with its span in the text.
"""

from __future__ import annotations

import re

from caselaw.extractors.caption_chunks import leader_block_start
from caselaw.extractors.caption_layout import DIGIT, NUMBERED, layout_blanked, one_name_per_line
from caselaw.extractors.names import looks_like_name
from caselaw.extractors.names import strip_honorifics as _strip
from caselaw.extractors.party_vocab import STATE

# ", and" (a serial comma) is one separator: the "and" is no part of the next name
_SPLIT = re.compile(r"\s*,\s*(?:(?:and|AND|&)\s+(?![^()]*\)))?|\s+(?:and|AND|&)\s+(?![^()]*\))")
_SPLIT_LINES = re.compile(r"\s*\n\s*|" + _SPLIT.pattern)
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s")
_BLANK_LINE = re.compile(r"\n\s*\n")
_SUFFIX_PIECE = re.compile(r"(?:jr|sr|ii|iii|iv)", re.I)
_NICKNAME = re.compile(r"[\"“”]?\w+[\"“”]?")
_AT_END = re.compile(r"@\s*$")
_SPACES = re.compile(r"\s+")
_FIELD_LABEL = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}\s*:\s*")
_ALIAS_START = re.compile(r"(?:a\.?\s?k\.?\s?a\.?|alias)\s|@", re.I)
# "SPOUSES PRIMO C. YBANEZ AND NILA S. YBANEZ", "Sps. A and B": a caption word that says the
# two names after it are a married couple; it is no part of the first name
_COUPLE = re.compile(r"(?:the\s+)?(?:spouses|sps\.)\s+", re.I)


def _ends_with_and(chunk: str, off: int) -> bool:
    """``re.search(r"\\s(?:and|AND|&)\\s+$", chunk[:off])``, read from the end."""
    head = chunk[:off]
    bare = head.rstrip()
    if len(bare) == len(head):
        return False
    word = 1 if bare.endswith("&") else 3 if bare.endswith(("and", "AND")) else 0
    return word > 0 and len(bare) > word and bare[-word - 1].isspace()


def names_in(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Split a party chunk into names with their spans; keep only name-like pieces."""
    numbered = DIGIT.search(text, start, end) is not None and (
        len(NUMBERED.findall(text, start, end)) >= 2
    )
    start = leader_block_start(text, start, end)
    chunk = layout_blanked(text[start:end])
    sentence_end = _SENTENCE_END.search(chunk)
    if sentence_end:
        chunk = chunk[: sentence_end.start()]
    piece_base = start
    if _BLANK_LINE.search(chunk.strip()):
        # block captions (Sri Lanka): name lines up to the first line ending in a comma,
        # then the address; header blocks before the name are blanked out
        cut = re.search(r",[ \t]*\n", chunk)
        if cut:
            chunk = chunk[: cut.start()]
        blocks = list(re.finditer(r"[^\n]+", chunk))
        for bm in blocks:
            if re.search(r"\d|\bIN THE\b|\bCOURT\b|\bOF\b|:", bm.group(0)):
                chunk = " " * bm.end() + chunk[bm.end() :]
    out: list[tuple[str, int, int]] = []
    pos = 0
    pieces: list[tuple[str, int]] = []
    splitter = _SPLIT_LINES if one_name_per_line(chunk, numbered) else _SPLIT
    for m in splitter.finditer(chunk):
        pieces.append((chunk[pos : m.start()], pos))
        pos = m.end()
    pieces.append((chunk[pos:], pos))
    merged: list[tuple[str, int]] = []
    for piece, off in pieces:
        bare = piece.strip(" .*\n")
        if (
            merged
            and _SUFFIX_PIECE.fullmatch(bare)
            or (merged and _NICKNAME.fullmatch(bare) and _AT_END.search(merged[-1][0]))
            # "X Y Z, A.K.A. "NICKNAME"": the alias belongs to the name before the comma
            or (merged and _ALIAS_START.match(bare))
        ):
            prev, poff = merged[-1]
            merged[-1] = (chunk[poff : off + len(piece)], poff)
        else:
            merged.append((piece, off))
    descriptor = False
    for piece, off in merged:
        after_and = off > 0 and _ends_with_and(chunk, off)
        if descriptor and not after_and:
            continue
        raw = _SPACES.sub(" ", piece).strip(' ,.*"“”')
        if raw.count('"') % 2:  # the alias's closing quote was stripped with the comma
            raw += '"'

        # a field label before the name ("Citation: X v Republic", "Case name: ..."): a name
        # never holds a colon, so what precedes one is the field's label
        field = _FIELD_LABEL.match(raw)
        raw = raw[field.end() :] if field else raw
        couple = _COUPLE.match(raw)
        if couple:
            raw = raw[couple.end() :]
        name = _strip(raw)
        if name.lower().endswith((" etc", " etc.")):
            name = name.rsplit(" ", 1)[0]
        if looks_like_name(name) and not STATE.found_in(name):
            body = piece.strip()
            if field:
                body = body[body.find(":") + 1 :].lstrip()
            lead = _COUPLE.match(body) if couple else None
            if lead:
                body = body[lead.end() :]
            s = piece_base + off + piece.find(body)
            out.append((name, s, s + len(body)))
            descriptor = False
        elif out:
            descriptor = True
    return out
