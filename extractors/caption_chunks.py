"""The caption of a judgment: where it ends, and the party chunks it divides into.

The caption runs to the opinion's author line (``CRUZ, J.:``, ``PER CURIAM:``) or to the
first ``DECISION`` / ``JUDGMENT`` heading after the first party label.  It is cut at
``v.`` / ``VS.`` / ``- and -`` / an ``AND`` line, at breaks (brackets, ``RE:``, rules of
dashes, ``BETWEEN:``, ``G.R. No``) and at party labels (``ACCUSED-APPELLANT``);
:func:`party_chunks` gives each piece with its label and whether it follows a versus.
Deciding which chunk is the accused is ``parties``' job.

Several patterns have fast twins (``*_SCAN``) that find the same matches but open with a
character class, which ``re`` scans for at C speed; tests check that they agree.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import LineStart
from caselaw.extractors.party_vocab import LABELS

# the two words of a compound label: hyphenated ("ACCUSED-APPELLANT", "Accused - Appellant",
# a US Fifth Circuit caption's dash "Defendants—Appellants") or glued by PDF conversion,
# which drops the hyphen at a line or cell break ("AccusedAppellant",
# "ComplainantRespondent": a capital right after a small letter)
_JOIN = r"(?:\s?[-–—]\s?|(?-i:(?<=[a-z])(?=[A-Z])))"
_DASHES = str.maketrans("–—", "--")
_LABEL_RE = re.compile(
    # a label may follow a dash rule ("MUHAMMAD ASLAM---Appellant", Pakistani law reports)
    r"(?:(?<![\w-])|(?<=--))("
    + "|".join(re.escape(x).replace(r"\-", _JOIN) for x in LABELS)
    # a label followed by a capitalised word starts a sentence of prose ("Defendants-
    # Appellants Vivian and Gerald Mockton appeal ..."); caption labels end their line or
    # stand before the versus ("X Accused-Appellant Vs. Y"); a possessive ("the
    # respondent's antecedents") is prose too
    # (E-Library glues the first caption copy's label to the spaced-out heading that
    # follows: "BAIS CITY,RESPONDENTR E S O L U T I O N")
    + r")(?:(?![\w-])|(?=(?-i:[A-Z] [A-Z] [A-Z] )))(?!\s*(?:No\b|:|by\b|in person))"
    + r"(?![ \t]+(?!(?:vs?|versus)\b)[A-Z][a-z])(?!['’]s\b)"
    # (nor is a label the subject of a sentence, "Petitioner, a former officer of the
    # police, took part ...": a comma and a small word other than the versus)
    + r"(?!,[ \t]+(?!(?:vs?|versus)\b)(?-i:[a-z]))",
    re.I,
)
# a glued label's letters -> the label ("accusedappellant" -> "accused-appellant")
GLUED_LABELS = {x.replace("-", ""): x for x in LABELS if "-" in x}
_VERSUS = re.compile(
    r"(?<!\w)(?:(?i:vs)[.,]?|[Vv]\.(?:[Ss]\.)?|(?i:versus)|v)(?=\s)|(?<=\s)[-–]\s*(?:and|v\.?|(?i:vs)\.?|(?i:against))\s*[-–](?=\s)"
    # ("-against-": a New York federal caption, "UNITED STATES OF AMERICA, / -against- / X")
    # a capital V alone on its line ("REX / V / X": English transcripts)
    r"|(?<=\n)V(?=[ \t]*\n)"
    # "BETWEEN: X ... PETITIONER / AND: STATE ... RESPONDENT" (India, Kenya, Nigeria;
    # South Africa writes "and": "In the matter between: / X   Appellant / and / THE STATE")
    # (Malay: "ANTARA ... DAN ...")
    r"|(?<=\n)[ \t]*(?:AND|DAN|and)[ \t]*:?[ \t]*(?=\n)"
)
_BREAK = re.compile(  # one \b for the word alternatives: half the cost of one per branch
    r"\]|\[|\n\s*RE:|(?:[-_]\s*){6,}"
    r"|\b(?:G\.\s?R\.\s?No|AND NOW BETWEEN\b|Between\s*:?|BETWEEN\s*:"
    r"|In the matter between\b|Before\s*:)"
)
# Fast twins of _VERSUS and _BREAK for finditer over a caption: the same matches, but each
# pattern opens with one character class (the first characters of its branches), which
# re scans for at C speed; each branch then checks its first character, and its leading
# \b / lookbehind, by a lookbehind over the character just consumed.  (re's fast scan
# needs a class or literals at the very start; a \b or lookbehind first, or branches
# opening with classes, make it try the whole pattern at every position.)
_VERSUS_SCAN_V = re.compile(  # without the AND / DAN line (rare): no blank in the class
    r"[vV\-–](?:"
    r"(?<=[vV])(?<!\w[vV])(?:(?i:s)[.,]?|\.(?:[Ss]\.)?|(?i:ersus)|(?<=v))(?=\s)"
    r"|(?<=\nV)(?=[ \t]*\n)"
    r"|(?<=\s[-–])\s*(?:and|v\.?|(?i:vs)\.?|(?i:against))\s*[-–](?=\s)"
    r")"
)
_AND_LINE = re.compile(r"\n[ \t]*(?:AND|DAN|and)[ \t]*:?[ \t]*\n")
_VERSUS_SCAN = re.compile(
    r"[vV\-–\ \tADa](?:"
    r"(?<=[vV])(?<!\w[vV])(?:(?i:s)[.,]?|\.(?:[Ss]\.)?|(?i:ersus)|(?<=v))(?=\s)"
    r"|(?<=\nV)(?=[ \t]*\n)"
    r"|(?<=\s[-–])\s*(?:and|v\.?|(?i:vs)\.?|(?i:against))\s*[-–](?=\s)"
    r"|(?<=\n[ \t])[ \t]*(?:AND|DAN|and)[ \t]*:?[ \t]*(?=\n)"
    r"|(?<=\nA)ND[ \t]*:?[ \t]*(?=\n)"
    r"|(?<=\na)nd[ \t]*:?[ \t]*(?=\n)"
    r"|(?<=\nD)AN[ \t]*:?[ \t]*(?=\n)"
    r")"
)
_BREAK_WORDS = ("G.", "AND NOW BETWEEN", "Between", "BETWEEN", "In the matter between", "Before")
_BREAK_SCAN_MARKS = re.compile(  # _BREAK_SCAN without its words (when none occurs)
    r"[\]\[\n\-_](?:"
    r"(?<=[\]\[])"
    r"|(?<=\n)\s*RE:"
    r"|(?<=[-_])\s*(?:[-_]\s*){5,}"
    r")"
)
_BREAK_SCAN_BRACKETS = re.compile(  # ... nor "RE:" (the newline branch needs it)
    r"[\]\[\-_](?:"
    r"(?<=[\]\[])"
    r"|(?<=[-_])\s*(?:[-_]\s*){5,}"
    r")"
)
_BREAK_SCAN = re.compile(
    r"[\]\[\n\-_GABI](?:"
    r"(?<=[\]\[])"
    r"|(?<=\n)\s*RE:"
    r"|(?<=[-_])\s*(?:[-_]\s*){5,}"
    r"|(?<=[GABI])(?<!\w[GABI])(?:(?<=G)\.\s?R\.\s?No|(?<=A)ND NOW BETWEEN\b|(?<=B)etween\s*:?"
    r"|(?<=B)ETWEEN\s*:|(?<=I)n the matter between\b|(?<=B)efore\s*:)"
    r")"
)
# "Parties : Public Prosecutor — Lim Ah Kow" (the field of a Singaporean or Malaysian law
# report's header): the dash between the sides stands for the versus, and the field ends
# with its line
_PARTIES_FIELD = re.compile(
    r"^[ \t]*Parties[ \t]*:[ \t]*(?=\S)[^\n]*?\S([ \t]+[—–-][ \t]+)\S[^\n]*", re.M
)
_CAPTION_END = re.compile(
    r"D E C I S I O N|R E S O L U T I O N|J U D G M E N T|^[ \t]*(?:DECISION|RESOLUTION|JUDGMENT)"
    r"[ \t]*$",
    re.M,
)
_SPACED_HEADINGS = ("D E C I S I O N", "R E S O L U T I O N", "J U D G M E N T")
_HEADING_LINE = LineStart.compile(r"[ \t]*(?:DECISION|RESOLUTION|JUDGMENT)[ \t]*$")
# the opinion's author line ends the caption: "CRUZ, J.:", "DUBARRY, Circuit Judge:"
_JUDGE = (
    r"[ \t]*(?:[A-Z][A-Za-z.\- ]{2,40},\s*(?:(?:C\.\s?)?J\.?"
    r"|(?:Chief |Circuit |District |Senior )?(?:Judge|Justice))\s*[:.–-]|PER CURIAM\s*:"
    # Singapore and Malaysia: the judge's name, his title after it and a colon ("Andrew
    # Phang Boon Leong JA (delivering the judgment of the court):", "Woo Bih Li J:")
    r"|[A-Z][A-Za-z'-]+(?:[ \t][A-Z][A-Za-z'-]+){1,5}[ \t](?:CJ|JA|JCA|JC|J)"
    r"(?:[ \t]*\([^)\n]{0,80}\))?[ \t]*:)"
)
_JUDGE_LINE = LineStart.compile(_JUDGE)
# prose names a party by its label after an article or preposition, with or without its
# number ("for the 1st Accused-Appellant")
_PROSE_LABEL = re.compile(
    r"(?:\bthe|\bfor|\bby|\bof|\bsaid|\bas)\s*(?:\d{1,2}(?:st|nd|rd|th)\s*)?$", re.I
)
_SPACES = re.compile(r"\s+")
# an uppercase "V." between two words of a name, with no comma before it, is a middle
# initial when the caption spells its versus out ("vs.", "versus", "- and -")
_MIDDLE_INITIAL_V = re.compile(r"[A-Za-z] V\. [A-Z]")
# the rest of a case-number line: numbers, "and", "&", a date ("July 31, 2013"), no bracket
# (the Philippine Supreme Court's dockets before 1987 carry a letter series: "G.R. No.
# L-46638 July 9, 1986")
# "&nbsp" (an HTML no-break space left in the copy, with or without its ";") spaces the
# number from the date as a blank does ("G.R. No. 169251  &nbsp &nbsp December 20, 2006")
_SP = r"(?:&nbsp;?|&#160;)"
_CASE_NUMBER_REST = re.compile(
    rf"s?[ \t.:]*(?:L-)?\d(?:{_SP}|[\d \t.,&-])*(?:(?:and|&)(?:{_SP}|[\d \t.,&-])+)*"
    rf"(?:[A-Z][a-z]{{2,8}}\.?(?:{_SP}|[ \t])+\d{{1,2}},?[ \t]+\d{{4}})?[ \t.]*(?=\n)"
)


def caption_span(text: str, first_label: int | None = None) -> tuple[int, int]:
    """The caption: up to the opinion's author line ("CRUZ, J.:", "PER CURIAM:"), else the
    first DECISION / JUDGMENT heading after the first party label, else 3500 characters.
    Case names cited in the body ("entitled People v. X") are no caption."""
    head = text[:5000]
    judge = _JUDGE_LINE.search(head, 100)
    while (
        judge is not None and first_label is not None and _bench_listing(head, judge, first_label)
    ):
        judge = _JUDGE_LINE.search(head, judge[1])
    end = judge[0] if judge else min(len(head), 3500)
    if first_label is not None:
        heading = _caption_end(head, first_label)
        if heading is not None and heading[1] < end:
            end = heading[1]
    versus = _VERSUS_SCAN_V.search(head, 0, end)
    if versus is not None and (first_label is None or first_label > versus.end()):
        # no party label before it ("X / Vs. / Y / JUDGMENT", Pakistani judgment sheets; a
        # label word below, "For the Petitioner:", is the counsel block): the heading after
        # the versus ends the caption, and an epigraph quoted above the author line ("Brady
        # v. Maryland") is no party
        heading = _caption_end(head, versus.end())
        if heading is not None and heading[1] < end and heading[1] <= (first_label or end):
            end = heading[1]
    return 0, end


# "BEFORE", "Before :", "CORAM": the field that lists the bench
_BENCH_FIELD = re.compile(r"^[ \t]*(?:BEFORE|Before|CORAM|Coram|PRESENT|Present)\b", re.M)


def _bench_listing(head: str, judge: tuple[int, int], first_label: int) -> bool:
    """The judge's line lists the bench in a form's column, not the opinion's author: it
    follows a bench field ("BEFORE") and comes before the parties' labels (PDF conversion
    may print the column's values above the party block), and no colon ends it."""
    if first_label < judge[1]:
        return False
    line_end = head.find("\n", judge[0])
    line = head[judge[0] : line_end if line_end >= 0 else len(head)]
    if line.rstrip().endswith(":"):
        return False
    return _BENCH_FIELD.search(head, max(0, judge[0] - 400), judge[0]) is not None


def _caption_end(head: str, pos: int) -> tuple[int, int] | None:
    """Span of ``_CAPTION_END.search(head, pos)``: its spaced-out headings are plain
    strings (str.find), its heading lines a :class:`LineStart` pattern."""
    found = [(at, at + len(w)) for w in _SPACED_HEADINGS if (at := head.find(w, pos)) >= 0]
    line = _HEADING_LINE.search(head, pos)
    if line is not None:
        found.append(line)
    return min(found) if found else None


def _labels(text: str, lo: int, hi: int, starts: list[int] | None) -> list[re.Match[str]]:
    """Caption labels in ``[lo, hi)``; with ``starts`` (label keyword hits) only tried there."""
    if starts is None:
        return list(_LABEL_RE.finditer(text, lo, hi))
    out: list[re.Match[str]] = []
    for at in starts:
        if lo <= at < hi and (not out or at >= out[-1].end()):
            m = _LABEL_RE.match(text, at, hi)
            if m is not None:
                out.append(m)
    return out


def party_chunks(
    text: str, lo: int, hi: int, label_starts: list[int] | None = None
) -> list[tuple[int, int, str | None, bool]]:
    """(start, end, label, after_versus) for each party chunk of the caption."""
    out: list[tuple[int, int, str | None, bool]] = []
    pos, after_versus = lo, False
    for start, end, kind in _cuts(text, lo, hi, label_starts):
        if start < pos:
            continue
        label = _label_of(kind)
        s, e = (
            _trim_unlabelled(text, pos, start, after_versus, kind)
            if label is None
            else (leader_block_start(text, pos, start), _before_rule(text, pos, start))
        )
        if text[s:e].strip(" ,.\n*") or label:
            out.append((s, e, label, after_versus))
        after_versus = kind == "versus"
        pos = end
        if kind == "break" and text.startswith("G", start):
            # the rest of an unbracketed case-number line ("G.R. No. 191219   July 31,
            # 2013") is its number and date, no party
            rest = _CASE_NUMBER_REST.match(text, end, hi)
            pos = rest.end() if rest is not None else pos
    return out


def _cuts(
    text: str, lo: int, hi: int, label_starts: list[int] | None
) -> list[tuple[int, int, str]]:
    """Where the caption is cut, sorted: (start, end, "versus" / "break" / "label:<label>"),
    closed by (hi, hi, "end")."""
    cuts = _versus_cuts(text, lo, hi)
    if any(text.find(w, lo, hi) >= 0 for w in _BREAK_WORDS):
        breaks = _BREAK_SCAN
    else:
        breaks = _BREAK_SCAN_MARKS if text.find("RE:", lo, hi) >= 0 else _BREAK_SCAN_BRACKETS
    cuts += [(m.start(), m.end(), "break") for m in breaks.finditer(text, lo, hi)]
    if text.find("Parties", lo, hi) >= 0:
        for m in _PARTIES_FIELD.finditer(text, lo, hi):
            cuts.append((m.start(), text.index(":", m.start()) + 1, "break"))
            cuts.append((m.start(1), m.end(1), "versus"))
            cuts.append((m.end(), m.end(), "break"))
    for m in _labels(text, lo, hi, label_starts):
        if not _PROSE_LABEL.search(text[max(lo, m.start() - 20) : m.start()]):
            cuts.append((m.start(), m.end(), "label:" + m.group(1)))
    cuts.sort()
    cuts.append((hi, hi, "end"))
    return cuts


def _versus_cuts(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The versus cuts of the caption, less a middle initial "V." read as one."""
    versus = _VERSUS_SCAN if _AND_LINE.search(text, max(lo - 1, 0), hi) else _VERSUS_SCAN_V
    found = list(versus.finditer(text, lo, hi))
    spelt = any(m.group().strip(" \t.").lower() != "v" for m in found)
    return [
        (m.start(), m.end(), "versus")
        for m in found
        # "VIRGILIO V. VINLUAN, Petitioners, vs. ...": an initial, not a versus
        if not (spelt and _MIDDLE_INITIAL_V.match(text, max(lo, m.start() - 2), m.end() + 2))
    ]


def _label_of(kind: str) -> str | None:
    """The label a cut's kind names ("label:Accused - Appellant" -> "accused-appellant"; a
    glued one spelt with its hyphen), None for a versus, break or end."""
    if not kind.startswith("label:"):
        return None
    label = _SPACES.sub("", kind[6:]).lower().translate(_DASHES)
    return label if "-" in label else GLUED_LABELS.get(label, label)


def _before_rule(text: str, s: int, e: int) -> int:
    """End of a labelled party before the dash rule that joins it to its label
    ("MUHAMMAD ASLAM---Appellant")."""
    while e > s and text[e - 1] == "-":
        e -= 1
    return e


def _trim_unlabelled(text: str, s: int, e: int, after_versus: bool, kind: str) -> tuple[int, int]:
    """An unlabelled party is one line: the first after 'v', or the last before it."""
    if not after_versus and kind != "versus":
        return (s, e) if text[s:e].strip() else (s, s)
    line = _first_line(text, s, e) if after_versus else _last_line(text, s, e)
    if line is not None and after_versus and _NUMBERED_LINE.match(text, line[0], line[1]):
        return line[0], _numbered_lines_end(text, line[1], e)
    return line if line is not None else (s, s)


# "REX / - v - / (1) ARBEN X / (2) JOHN Y": a numbered list after the versus names one
# party a line (English transcripts of joined appeals); the list runs while the next line
# holds the next entry
_NUMBERED_LINE = re.compile(r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)])[ \t]+\S")


def _numbered_lines_end(text: str, b: int, e: int) -> int:
    """End of the run of numbered lines whose first line ends at ``b`` (within ``e``)."""
    while b < e:
        nxt = text.find("\n", b + 1, e)
        nxt = e if nxt < 0 else nxt
        if not _NUMBERED_LINE.match(text, b + 1, nxt):
            break
        b = nxt
    return b


def _first_line(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The first line of ``text[s:e]`` holding a non-blank character (cut at ``s``, ``e``)."""
    a = s
    while a < e:
        b = text.find("\n", a, e)
        b = e if b < 0 else b
        if not text[a:b].isspace() and a < b:
            return a, b
        a = b + 1
    return None


def _last_line(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The last line of ``text[s:e]`` holding a non-blank character (cut at ``s``, ``e``)."""
    b = e
    while b >= s:
        a = text.rfind("\n", s, b) + 1 or s
        if not text[a:b].isspace() and a < b:
            return a, b
        b = a - 1
    return None


# "NAME ........ APPELLANT" (or "NAME, son of ..., resident of ... ... Appellant"): a leader
# on the line ending at the label ties the name right above it to its label, so the
# party block is the paragraph holding the leader; court, division and case-number headings
# above it (a blank line between) are no party (Kenyan, Indian, Nigerian captions)
_LEADER_LINE = re.compile(r"[^\n]*(?:\.{3,}|…)[^\n]*\s*$")


def leader_block_start(text: str, start: int, end: int) -> int:
    """Start of the party block ending at ``end``: the paragraph holding a leader line
    (``NAME ...... APPELLANT``) when the block's last line has one, else ``start``."""
    line = _leader_line(text, start, end)
    if line is None:
        return start
    gap = max(text.rfind("\n\n", start, line), text.rfind("\n \n", start, line))
    return start if gap < 0 else gap + 1


def _leader_line(text: str, start: int, end: int) -> int | None:
    """Where ``_LEADER_LINE`` matches in ``text[start:end]`` (str operations, same answer):
    the start of the last line with a non-blank character, if that line holds a leader."""
    last = len(text[start:end].rstrip()) + start  # just after the last non-blank character
    if last == start:
        return None
    line = text.rfind("\n", start, last) + 1 or start
    if text.find("...", line, last) < 0 and text.find("…", line, last) < 0:
        return None
    return line
