"""Caption layout: what in a party block of a caption is layout, not a name.

Dot leaders and the ordinal after them ("HALIMA BAKARI ........ 1ST RESPONDENT"), list
numbers ("(1) DORIAN EXEMPLA", "2. MUSA"), counsel lines ("(BY SRI X, ADVOCATE)") and
the descriptor lines after an Indian or Kenyan party name (S/O ..., AGED ..., address) are
blanked out with spaces, so offsets into the text still hold; :func:`numbered_entries`
finds the names of a numbered party list whose entries carry addresses.  Pure functions
of strings.
"""

from __future__ import annotations

import re

from caselaw.extractors.case_column import after_column
from caselaw.extractors.names import looks_like_name

# Caption layout that is not part of a name: dot leaders with what follows them on the line
# ("HALIMA BAKARI ........ 1ST RESPONDENT") and list numbers ("(1) DORIAN EXEMPLA", "2. MUSA")
LEADER = re.compile(r"\.{3,}[^\n]*|[ \t]+(?:\d+(?:ST|ND|RD|TH)|\d+)[ \t]*$", re.I | re.M)
NUMBERED = re.compile(r"^[ \t]*\(?\d{1,2}[.)][ \t]+", re.M)
COUNSEL_LINE = re.compile(r"^\s*\(\s*BY\b[^\n]*", re.I | re.M)  # "(BY SRI X, ADVOCATE)"
# Lines describing a party after the name line (Indian and Kenyan captions).
DESCRIPTOR_LINE = re.compile(
    r"^\s*(?:[SDW]/O\b|AGED\b|R/O\b|RESIDING|RESIDENT|OCCUPATION|PROPRIETOR|BY\b|REP\b|AT\b|\d)",
    re.I,
)


_NOT_NEWLINE = re.compile(r"[^\n]")
_BLANK_LINE = re.compile(r"\n\s*\n")
DIGIT = re.compile(r"\d")


def _blanked(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def layout_blanked(chunk: str) -> str:
    """Blank out caption layout (same length, so offsets hold) and party descriptors.

    A multi-line party block whose later lines describe the party (father's name, age,
    occupation, address: "SRI X / S/O SRI Y / AGED ABOUT 41 YEARS / ...") keeps only
    its first line, the name.
    """
    # LEADER needs "..." or a digit, NUMBERED a digit, COUNSEL_LINE a "(": most name blocks
    # have none, and the patterns cannot skip ahead to a first character
    digit = DIGIT.search(chunk) is not None
    if digit or "..." in chunk:
        chunk = LEADER.sub(_blanked, chunk)
    if digit:
        chunk = NUMBERED.sub(_blanked, chunk)
    if "(" in chunk:
        chunk = COUNSEL_LINE.sub(_blanked, chunk)
    lines = [line for line in chunk.split("\n") if line and not line.isspace()]
    if len(lines) > 1 and any(DESCRIPTOR_LINE.match(line) for line in lines[1:]):
        first_end = chunk.find(lines[0]) + len(lines[0])
        chunk = chunk[:first_end] + _NOT_NEWLINE.sub(" ", chunk[first_end:])
    return chunk


def one_name_per_line(chunk: str, numbered: bool) -> bool:
    """Each line is a whole name: a numbered caption list, or stacked full names
    ("LEONARD PLACEHOLDER / GRAHAM FICTOR / Appellants") with no blank line between."""
    if _BLANK_LINE.search(chunk.strip()):
        return False
    lines = [ln.strip(" ,") for ln in chunk.split("\n") if ln.strip(" ,")]
    if len(lines) < 2 or not all(looks_like_name(ln) for ln in lines):
        return False
    return numbered or all(len(ln.split()) >= 2 for ln in lines)


# the number of a caption list's entry: at a line's start, or after the full stop or comma
# that ends the previous entry's address ("... Muthur 06. 2. Mohomed ..."), or a number
# right after the previous line's words where a PDF merged two entries into one line ("1.
# Lalith Kumara Weerasekara 2. Ajith Indralal") or the list's column into the column of
# case numbers beside it ("High Court of Colombo 1. S. A. Silva" / "Case No: HC/1889/2011
# 2. Nimal Perera"); such a mid-line number is an entry's only when :func:`_merged_ok`
# says so
_ENTRY = re.compile(
    r"(?:(?:^|(?<=[.,]))[ \t]*\(?(\d{1,2})|(?<=[\w/])[ \t]+(\d{1,2}))[.)][ \t]+(?=[A-Z])",
    re.M,
)


def _number(m: re.Match[str]) -> int:
    return int(m.group(1) or m.group(2))


def _line_start(chunk: str, at: int) -> int:
    return chunk.rfind("\n", 0, at) + 1


def _merged_ok(chunk: str, kept: list[re.Match[str]], i: int) -> bool:
    """A mid-line entry number ``kept[i]`` starts an entry when its line itself opens with
    an entry number (two entries merged into one line), or when the entry before or after
    it is mid-line too, on another line (a column of entries merged, line by line, with the
    column beside it: one such number alone may be a postal district, "Colombo 01."), or
    when two entries before it began the list ("..., Gampaha 3. Name": the address of the
    entry before it ran into its line)."""
    m = kept[i]
    if m.group(2) is None or i >= 2 or NUMBERED.match(chunk, _line_start(chunk, m.start())):
        return True
    line = _line_start(chunk, m.start())
    return any(
        0 <= j < len(kept)
        and (kept[j].group(2) is not None or _after_column(chunk, kept[j]))
        and _line_start(chunk, kept[j].start()) != line
        for j in (i - 1, i + 1)
    )


def _after_column(chunk: str, m: re.Match[str]) -> bool:
    """An entry number after the case-number column's text on its line (:mod:`case_column`)."""
    return after_column(chunk, _line_start(chunk, m.start()), m.start())


def _counting_up(marks: list[re.Match[str]]) -> list[re.Match[str]]:
    """The entry numbers 1, 2, 3 ... in order among ``marks`` ("No. 36" or a year is none)."""
    kept: list[re.Match[str]] = []
    for m in marks:
        if _number(m) == len(kept) + 1:
            kept.append(m)
    return kept


def numbered_entries(chunk: str) -> list[tuple[int, int]]:
    """Spans of the names of a numbered party list (1., 2., ... in order, two or more),
    each entry's name running to its first comma (then comes the address: "01. Nimal
    Perera,\n\nIkbal Road, Muthur 06."); [] when the chunk is no such list."""
    if DIGIT.search(chunk) is None:
        return []
    marks = list(_ENTRY.finditer(chunk))
    kept = _counting_up(marks)
    bad = {id(m) for i, m in enumerate(kept) if not _merged_ok(chunk, kept, i)}
    if bad:
        kept = _counting_up([m for m in marks if id(m) not in bad])
    if len(kept) < 2:
        return []
    out = []
    for i, m in enumerate(kept):
        end = kept[i + 1].start() if i + 1 < len(kept) else len(chunk)
        comma = chunk.find(",", m.end(), end)
        out.append((m.end(), comma if comma >= 0 else end))
    return out
