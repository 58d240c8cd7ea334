"""Defendants: the accused or respondents whose criminal or disciplinary liability is decided.

Read from the caption (``PEOPLE ..., PLAINTIFF-APPELLEE, VS. X, ACCUSED-APPELLANT``;
``X, PETITIONER, VS. PEOPLE ...``; ``COMPLAINANT, VS. X, CLERK III, ..., RESPONDENT``;
``Regina - and - X Appellant``; ``X Vs. The State``; ``RE: COMPLAINT ... AGAINST X``)
and from the verdict sentences of dispositive parts (``finding accused A, B and C
GUILTY``), which name co-accused tried in the same case.  Accused at large, discharged as
state witnesses or dead are left out (LABELLING-CONVENTIONS.md).
"""

from __future__ import annotations

import bisect
import re

from caselaw.extractors._base import (
    AnyPattern,
    Context,
    LineStart,
    Step,
    compile_any,
    load_data,
    register_group,
)
from caselaw.extractors.caption_layout import (
    COUNSEL_LINE,
    DIGIT,
    NUMBERED,
    layout_blanked,
    one_name_per_line,
)
from caselaw.extractors.names import (
    display,
    key_tokens,
    looks_like_name,
    same_tokens,
    split_alias,
)
from caselaw.extractors.names import strip_honorifics as _strip
from caselaw.models import Defendant, Evidence

NAME = "parties"
VERSION = "1.2.0"

_DATA = load_data("roles.yaml")
_LABELS = sorted(_DATA["accused_labels"] + _DATA["other_labels"], key=len, reverse=True)
_ACCUSED_LABELS = set(_DATA["accused_labels"])
_LABEL_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(x).replace(r"\-", r"\s?-\s?") for x in _LABELS)
    # a label followed by a capitalised word starts a sentence of prose ("Defendants-
    # Appellants Vivian and Gerald Mockton appeal ..."); caption labels end their line
    + r")(?![\w-])(?!\s*(?:No\b|:|by\b|in person))(?![ \t]+[A-Z][a-z])",
    re.I,
)
_VERSUS = re.compile(
    r"(?<!\w)(?:(?i:vs)\.?|[Vv]\.|(?i:versus)|v)(?=\s)|(?<=\s)[-–]\s*(?:and|v\.?)\s*[-–](?=\s)"
    # "BETWEEN: X ... PETITIONER / AND: STATE ... RESPONDENT" (India, Kenya, Nigeria)
    # (Malay: "ANTARA ... DAN ...")
    r"|(?<=\n)[ \t]*(?:AND|DAN)[ \t]*:?[ \t]*(?=\n)"
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
    r"(?<=[vV])(?<!\w[vV])(?:(?i:s)\.?|\.|(?i:ersus)|(?<=v))(?=\s)"
    r"|(?<=\s[-–])\s*(?:and|v\.?)\s*[-–](?=\s)"
    r")"
)
_AND_LINE = re.compile(r"\n[ \t]*(?:AND|DAN)[ \t]*:?[ \t]*\n")
_VERSUS_SCAN = re.compile(
    r"[vV\-–\ \tAD](?:"
    r"(?<=[vV])(?<!\w[vV])(?:(?i:s)\.?|\.|(?i:ersus)|(?<=v))(?=\s)"
    r"|(?<=\s[-–])\s*(?:and|v\.?)\s*[-–](?=\s)"
    r"|(?<=\n[ \t])[ \t]*(?:AND|DAN)[ \t]*:?[ \t]*(?=\n)"
    r"|(?<=\nA)ND[ \t]*:?[ \t]*(?=\n)"
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
    r"|(?:Chief |Circuit |District |Senior )?(?:Judge|Justice))\s*[:.–-]|PER CURIAM\s*:)"
)
_JUDGE_LINE = LineStart.compile(_JUDGE)
_PROSE_LABEL = re.compile(r"(?:\bthe|\bfor|\bby|\bof|\bsaid|\bas)\s*$", re.I)
_STATE = AnyPattern(_DATA["state_parties"])  # yes/no tests: found_in
_CIVIL = AnyPattern(_DATA["civil_parties"])
_EXCLUDED = compile_any(_DATA["excluded_context"])
_RE_AGAINST = re.compile(
    r"\bRE\s*:\s*(?:ADMINISTRATIVE\s+)?COMPLAINT\b.{0,200}?\bAGAINST\b(.{3,300}?)(?:\bRELATIVE\b|\bFOR\b|\n|$)",
    re.I | re.S,
)
_STATE_AND = re.compile(
    r"\bbetween\s+(?:THE\s+STATE|S)\s+and\s+([A-Z][A-Z .'\-]{3,60}?)"
    r"(?=\s+[A-Z]\s?[A-Z]\s|\s*\n|\s+J\s?U)",
    re.I,
)
# Twins of the two patterns above for scanning (same matches): the first letter, in both
# cases, opens the pattern so re scans for it; the rest is case-insensitive as before.
_RE_AGAINST_SCAN = re.compile(
    r"[rR](?<!\w[rR])(?is:E\s*:\s*(?:ADMINISTRATIVE\s+)?COMPLAINT\b.{0,200}?\bAGAINST\b(.{3,300}?)"
    r"(?:\bRELATIVE\b|\bFOR\b|\n|$))"
)
_STATE_AND_SCAN = re.compile(
    r"[bB](?<!\w[bB])(?i:etween\s+(?:THE\s+STATE|S)\s+and\s+([A-Z][A-Z .'\-]{3,60}?)"
    r"(?=\s+[A-Z]\s?[A-Z]\s|\s*\n|\s+J\s?U))"
)
_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|AND|&)\s+(?![^()]*\))")
_SPLIT_LINES = re.compile(r"\s*\n\s*|" + _SPLIT.pattern)
_PETITIONER_ACCUSED = re.compile(
    r"\b(?:convict|conviction|acquit|guilty|quash|bail|accused of|being accused"
    r"|accused[- ]petitioner|transfer of (?:the )?trial|FIR\b[^.]{0,120}against the petitioner)",
    re.I,
)
_PROSECUTOR = re.compile(r"people of the philippines|sandiganbayan|\bregina\b|r e g i n a", re.I)
_PETITIONER_ACCUSED_SCAN = re.compile(  # the same test, first letters scanned for
    r"[abcfgqtABCFGQT](?<!\w[abcfgqtABCFGQT])(?i:(?<=c)onvict|(?<=a)cquit|(?<=g)uilty|(?<=q)uash"
    r"|(?<=b)ail|(?<=a)ccused of|(?<=b)eing accused|(?<=a)ccused[- ]petitioner"
    r"|(?<=t)ransfer of (?:the )?trial|(?<=f)ir\b[^.]{0,120}against the petitioner)"
)
_PETITIONER_COMPLAINANT = re.compile(r"petitioners? (?:is|was|are) the complainant", re.I)
_PETITIONER_COMPLAINANT_SCAN = re.compile(r"[pP](?i:etitioners? (?:is|was|are) the complainant)")
_VERDICT_NAMES = re.compile(
    r"\baccused(?:-appellants?|-petitioners?)?\b,?\s+(?P<names>[A-Z\[][^\n;:()]{2,250}?)\s*,?\s*"
    r"(?:(?:is|are|was|were)\s+(?:hereby\s+)?(?:found\s+)?(?:GUILTY|NOT GUILTY|ACQUITTED|CONVICTED)"
    r"|GUILTY|guilty|ACQUITTED|in Criminal Case)",
)
_CONVICTING = re.compile(
    r"\b(?:CONVICTING|ACQUITTING|finding|(?i:the motion for reconsideration of))\s+(?i:accused)\b"
    r"(?P<names>.{5,500}?)(?:;|\n|GUILTY|\bdue to\b|$)"
)
_CAPS_RUN = re.compile(
    r"\b[A-Z][A-Z'\-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Z'\-\u00ad]+|y|Y|DE|DELA))*\s+[A-Z][A-Z'\-\u00ad\x80-\xff]+(?:,?\s+JR\.?)?"
)
# a dot inside a name list is an initial or an honorific ("Dr. Iqrar Khan and Ch. Muhammad
# Hussain"), not a sentence end
_NAME_CHAR = r"(?:[^.;:]|\.(?<=\b[A-Z]\.)|\.(?<=\b[A-Z][a-z]\.)|\.(?<=\bMrs\.))"
_PETITIONER_LIST = re.compile(
    r"\bthe (?:petitioners|accused-appellants|appellants|accused persons)\s+"
    rf"(?P<names>[A-Z]{_NAME_CHAR}{{3,160}}?)\s+(?:have|had|were|are|filed|seek|sought|prayed)\b"
)

register_group("parties.verdict", ["guilty", "acquitted", "acquitting", "convicting"])
register_group("parties.excluded", _DATA["excluded_words"])
register_group("parties.accused", ["accused"])
# every caption label starts with one of these words (accused-appellant, plaintiff-appellee ...)
register_group("parties.label", {re.split(r"[\s-]", label)[0] for label in _LABELS})


def _caption(text: str, first_label: int | None = None) -> tuple[int, int]:
    """The caption: up to the opinion's author line ("CRUZ, J.:", "PER CURIAM:"), else the
    first DECISION / JUDGMENT heading after the first party label, else 3500 characters.
    Case names cited in the body ("entitled People v. X") are no caption."""
    head = text[:5000]
    judge = _JUDGE_LINE.search(head, 100)
    end = judge[0] if judge else min(len(head), 3500)
    if first_label is not None:
        heading = _caption_end(head, first_label)
        if heading is not None and heading[1] < end:
            end = heading[1]
    return 0, end


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


def _chunks(
    text: str, lo: int, hi: int, label_starts: list[int] | None = None
) -> list[tuple[int, int, str | None, bool]]:
    """(start, end, label, after_versus) for each party chunk of the caption."""
    cuts: list[tuple[int, int, str]] = []
    versus = _VERSUS_SCAN if _AND_LINE.search(text, max(lo - 1, 0), hi) else _VERSUS_SCAN_V
    for m in versus.finditer(text, lo, hi):
        cuts.append((m.start(), m.end(), "versus"))
    if any(text.find(w, lo, hi) >= 0 for w in _BREAK_WORDS):
        breaks = _BREAK_SCAN
    else:
        breaks = _BREAK_SCAN_MARKS if text.find("RE:", lo, hi) >= 0 else _BREAK_SCAN_BRACKETS
    for m in breaks.finditer(text, lo, hi):
        cuts.append((m.start(), m.end(), "break"))
    for m in _labels(text, lo, hi, label_starts):
        if not _PROSE_LABEL.search(text[max(lo, m.start() - 12) : m.start()]):
            cuts.append((m.start(), m.end(), "label:" + m.group(1)))
    cuts.sort()
    cuts.append((hi, hi, "end"))
    out: list[tuple[int, int, str | None, bool]] = []
    pos, after_versus = lo, False
    for start, end, kind in cuts:
        if start < pos:
            continue
        label = _SPACES.sub("", kind[6:]).lower() if kind.startswith("label:") else None
        s, e = (
            _trim_unlabelled(text, pos, start, after_versus, kind)
            if label is None
            else (_leader_block_start(text, pos, start), start)
        )
        if text[s:e].strip(" ,.\n*") or label:
            out.append((s, e, label, after_versus))
        after_versus = kind == "versus"
        pos = end
    return out


def _trim_unlabelled(text: str, s: int, e: int, after_versus: bool, kind: str) -> tuple[int, int]:
    """An unlabelled party is one line: the first after 'v', or the last before it."""
    if not after_versus and kind != "versus":
        return (s, e) if text[s:e].strip() else (s, s)
    line = _first_line(text, s, e) if after_versus else _last_line(text, s, e)
    return line if line is not None else (s, s)


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


_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s")
_BLANK_LINE = re.compile(r"\n\s*\n")
_SUFFIX_PIECE = re.compile(r"(?:jr|sr|ii|iii|iv)", re.I)
_NICKNAME = re.compile(r"[\"“”]?\w+[\"“”]?")
_AT_END = re.compile(r"@\s*$")
_SPACES = re.compile(r"\s+")


def _ends_with_and(chunk: str, off: int) -> bool:
    """``re.search(r"\\s(?:and|AND|&)\\s+$", chunk[:off])``, read from the end."""
    head = chunk[:off]
    bare = head.rstrip()
    if len(bare) == len(head):
        return False
    word = 1 if bare.endswith("&") else 3 if bare.endswith(("and", "AND")) else 0
    return word > 0 and len(bare) > word and bare[-word - 1].isspace()


def _names_in(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Split a party chunk into names with their spans; keep only name-like pieces."""
    numbered = DIGIT.search(text, start, end) is not None and (
        len(NUMBERED.findall(text, start, end)) >= 2
    )
    start = _leader_block_start(text, start, end)
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
        name = _strip(raw)
        if name.lower().endswith((" etc", " etc.")):
            name = name.rsplit(" ", 1)[0]
        if looks_like_name(name) and not _STATE.found_in(name):
            body = piece.strip()
            if field:
                body = body[body.find(":") + 1 :].lstrip()
            s = piece_base + off + piece.find(body)
            out.append((name, s, s + len(body)))
            descriptor = False
        elif out:
            descriptor = True
    return out


_FIELD_LABEL = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}\s*:\s*")
# "NAME ........ APPELLANT" (or "NAME, son of ..., resident of ... ... Appellant"): a leader
# on the line ending at the label ties the name right above it to its label, so the
# party block is the paragraph holding the leader; court, division and case-number headings
# above it (a blank line between) are no party (Kenyan, Indian, Nigerian captions)
_LEADER_LINE = re.compile(r"[^\n]*(?:\.{3,}|…)[^\n]*\s*$")


def _leader_block_start(text: str, start: int, end: int) -> int:
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


_ALIAS_START = re.compile(r"(?:a\.?\s?k\.?\s?a\.?|alias)\s|@", re.I)


def _caption_defendants(ctx: Context) -> list[tuple[str, int, int]]:
    text = ctx.text
    spans = ctx.keyword_spans("parties.label")  # sorted by start
    hits = [ks for ks, _ in spans[: bisect.bisect_left(spans, (5000, -1))]]
    lo, hi = _caption(text, hits[0] if hits else None)
    # a counsel line between a party and its label's counterpart is not a party
    starts = [ks for ks in hits if ks < hi]
    chunks = [c for c in _chunks(text, lo, hi, starts) if not COUNSEL_LINE.match(text, c[0], c[1])]
    found: list[tuple[str, int, int]] = []
    accepted: str | None = None  # label of the side just found to be the accused
    for i, (s, e, label, after) in enumerate(chunks):
        chunk = text[s:e]
        if label in _ACCUSED_LABELS or (label is not None and label == accepted and not after):
            # "X ... 1ST RESPONDENT / Y ... 2ND RESPONDENT": one side, several parties
            found += _names_in(text, s, e)
            continue
        accepted = None
        nxt = chunks[i + 1] if i + 1 < len(chunks) else None
        prv = chunks[i - 1] if i > 0 else None
        if nxt is not None and nxt[3]:
            other = nxt
        elif prv is not None and after:
            other = prv
        else:
            continue
        other_text = text[other[0] : other[1]]
        olabel = other[2]
        if olabel in _ACCUSED_LABELS or _CIVIL.found_in(chunk) or _CIVIL.found_in(other_text):
            continue
        if _STATE.found_in(other_text) and not _STATE.found_in(chunk):
            challenger = label in {"petitioner", "petitioners", "appellant", "appellants", None}
            if challenger and not _PROSECUTOR.search(other_text) and not _petitioner_accused(ctx):
                continue
            found += _names_in(text, s, e)
            accepted = label
        elif label in {"respondent", "respondents"} and olabel in {"complainant", "complainants"}:
            found += _names_in(text, s, e)
    if found:
        for m in _petitioner_lists(text, lo, min(len(text), hi + 6000)):
            found += _names_in(text, m.start("names"), m.end("names"))
    # both patterns need a word (no letter of it has another case-insensitive form than
    # its capital: str.lower finds it as re.I does); most captions have neither
    far = min(hi + 2000, len(text))
    window = text[lo:far].lower()
    if "compla" in window:
        for m in _RE_AGAINST_SCAN.finditer(text, lo, hi):
            found += _names_in(text, m.start(1), m.end(1))
    if "between" in window:
        if len(window) == far - lo:  # same offsets: match where "between" is
            matches = _finditer_at(_STATE_AND, text, window, lo, "between", far)
        else:
            matches = list(_STATE_AND_SCAN.finditer(text, lo, far))
        for m in matches:
            found += _names_in(text, m.start(1), m.end(1))
    return found


def _finditer_at(
    rx: re.Pattern[str], text: str, low: str, offset: int, word: str, endpos: int
) -> list[re.Match[str]]:
    """``rx.finditer(text, offset, endpos)`` for a pattern whose matches start with
    ``word`` (case-insensitively): ``low`` is ``text[offset:endpos]`` lower-cased with
    the same offsets, and ``rx`` is matched only where ``word`` occurs in it."""
    out: list[re.Match[str]] = []
    at = low.find(word)
    while at >= 0:
        m = rx.match(text, offset + at, endpos)
        if m is not None:
            out.append(m)
            at = low.find(word, max(m.end() - offset, at + 1))
        else:
            at = low.find(word, at + 1)
    return out


_LIST_HEADS = ("the petitioners", "the accused-appellants", "the appellants", "the accused persons")


def _petitioner_lists(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """``_PETITIONER_LIST`` matches, tried only where one of its heads occurs (str.find)."""
    out = []
    for head in _LIST_HEADS:
        at = text.find(head, lo, hi)
        while at >= 0:
            m = _PETITIONER_LIST.match(text, at, hi)
            if m is not None:
                out.append(m)
            at = text.find(head, at + len(head), hi)
    return sorted(out, key=lambda m: m.start())


def _petitioner_accused(ctx: Context) -> bool:
    """The opening pages treat the petitioner as an accused (once per judgment)."""
    known = ctx.cache.get("parties.petitioner_accused")
    if known is None:
        window = ctx.text[:10000]
        if window.isascii():  # lower-cased offsets are the text's: try the words' places
            low = window.lower()
            known = _matches_at(_PETITIONER_ACCUSED, window, low, _PETITIONER_ACCUSED_WORDS)
            known = known and not _matches_at(_PETITIONER_COMPLAINANT, window, low, ("petitioner",))
        else:
            known = bool(_PETITIONER_ACCUSED_SCAN.search(window)) and not (
                _PETITIONER_COMPLAINANT_SCAN.search(window)
            )
        ctx.cache["parties.petitioner_accused"] = known
    return bool(known)


# every _PETITIONER_ACCUSED match starts with one of these (lower-cased)
_PETITIONER_ACCUSED_WORDS = (
    "convict",
    "acquit",
    "guilty",
    "quash",
    "bail",
    "accused",
    "being",
    "transfer",
    "fir",
)


def _matches_at(rx: re.Pattern[str], text: str, low: str, starts: tuple[str, ...]) -> bool:
    """``bool(rx.search(text))`` for a pattern whose matches start with one of ``starts``
    (``low``: ``text`` lower-cased, same offsets): tried only where those words occur."""
    for w in starts:
        at = low.find(w)
        while at >= 0:
            if rx.match(text, at):
                return True
            at = low.find(w, at + 1)
    return False


def _verdict_defendants(ctx: Context) -> list[tuple[str, int, int]]:
    text = ctx.text
    found: list[tuple[str, int, int]] = []
    for ps, pe in ctx.paragraphs("parties.verdict"):
        if pe - ps > 6000:
            continue
        for m in _at_accused(ctx, _VERDICT_NAMES, ps, pe, 0):
            found += _names_in(text, m.start("names"), m.end("names"))
        for m in _at_accused(ctx, _CONVICTING, ps, pe, 45):
            runs = list(_CAPS_RUN.finditer(text, m.start("names"), m.end("names")))
            if runs:
                for r in runs:
                    found += _names_in(text, r.start(), r.end())
            else:
                cut = re.search(r"\s(?:of|in|for)\s", text[m.start("names") : m.end("names")])
                end = m.start("names") + cut.start() if cut else m.end("names")
                found += _names_in(text, m.start("names"), end)
    return found


_VERB_BEFORE = re.compile(
    r"\b(?:CONVICTING|ACQUITTING|finding|(?i:the motion for reconsideration of))\s+$"
)


_VERBS = ("CONVICTING", "ACQUITTING", "finding")  # _VERB_BEFORE's last words (and "of")


def _verb_before(text: str, lo: int, hi: int) -> int | None:
    """Start of ``_VERB_BEFORE.search(text, lo, hi)``: the verb must end the window but for
    blanks, so only the word before them is tried (its start is the match's)."""
    window = text[lo:hi]
    bare = window.rstrip()
    if len(bare) == len(window) or not (bare.endswith(_VERBS) or bare[-2:].lower() == "of"):
        return None
    # the verb is at most len("the motion for reconsideration of") back: match there
    for back in (10, 7, 33):  # CONVICTING / ACQUITTING, finding, the motion ... of
        start = lo + len(bare) - back
        if start >= lo:
            m = _VERB_BEFORE.match(text, start, hi)
            if m is not None:
                return m.start()
    return None


def _at_accused(
    ctx: Context, pattern: re.Pattern[str], ps: int, pe: int, back: int
) -> list[re.Match[str]]:
    """Non-overlapping matches of a verdict-names pattern whose names follow the word
    "accused" (both patterns need it): tried only at that word's hits, up to ``back``
    characters before it for the verb ("CONVICTING accused ...")."""
    text = ctx.text
    out: list[re.Match[str]] = []
    last = ps
    spans = ctx.keyword_spans("parties.accused")  # sorted by start
    first = bisect.bisect_left(spans, (ps, -1))  # the paragraph's hits (not all the rest)
    for ks, ke in spans[first : bisect.bisect_left(spans, (pe, -1), first)]:
        if ks < last:
            continue
        if ks >= pe:
            break
        at = ks
        if back:  # the verb right before "accused" ("CONVICTING accused ...")
            verb = _verb_before(text, max(last, ks - back), ks)
            if verb is None:
                continue
            at = verb
        m = pattern.match(text, at, pe)
        if m is not None and m.start("names") >= ke:
            out.append(m)
            last = m.end()
    return out


def _excluded(ctx: Context, name: str) -> bool:
    """Named near 'at large', 'state witness', 'died' ... in the same sentence."""
    from caselaw.extractors.names import surname

    sur = surname(name)
    return len(sur) >= 3 and sur in _excluded_words(ctx)


def _excluded_words(ctx: Context) -> set[str]:
    """Lower-case words of the sentences around exclusion cues (once per judgment)."""
    words = ctx.cache.get("parties.excluded")
    if words is None:
        words = set()
        text = ctx.text
        for ks, ke in ctx.keyword_spans("parties.excluded"):
            m = _EXCLUDED.search(text, max(0, ks - 10), min(len(text), ke + 40))
            if m is None:
                continue
            window = text[max(0, m.start() - 160) : m.end() + 60]
            sentence = window[window.rfind(".", 0, 160) + 1 :]
            words.update(re.sub(r"[^a-z ]", "", sentence.lower()).split())
        ctx.cache["parties.excluded"] = words
    return words


def run(ctx: Context, step: Step) -> None:
    candidates = _caption_defendants(ctx)
    from_caption = len(candidates)
    candidates += _verdict_defendants(ctx)
    people: list[tuple[str, list[Evidence], bool]] = []
    tokens: dict[str, list[str]] = {}  # key_tokens of each name (names repeat)
    for i, (name, s, e) in enumerate(candidates):
        ev = step.evidence(ctx, s, e)
        mine = tokens.get(name)
        if mine is None:
            mine = tokens[name] = key_tokens(name)
        for j, (known, evs, cap) in enumerate(people):
            if same_tokens(tokens[known], mine):
                evs.append(ev)
                # a caption name wins; a longer name of the same person fills in
                if (not cap and i < from_caption) or (
                    (cap or i >= from_caption) and len(name) > len(known) and i < from_caption
                ):
                    people[j] = (name, evs, True)
                break
        else:
            people.append((name, [ev], i < from_caption))
    defendants: list[Defendant] = []
    for name, evs, cap in people:
        if not cap and _excluded(ctx, name):
            continue
        primary, aliases = split_alias(name)
        shown = display(name)
        defendants.append(
            Defendant(
                index=len(defendants),
                name=shown,
                aliases=tuple(display(a) for a in aliases),
                evidence=tuple(evs[:4]),
            )
        )
    ctx.defendants = defendants  # each made with index=len(defendants): its position


EXTRACTOR = Step(NAME, VERSION, requires=("info",), assigns=("defendants",), fn=run)
