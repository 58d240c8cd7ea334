"""Official status: is a defendant a public official, and which kind.

It is read only right next to a defendant's name: the caption descriptor (``X, CLERK
III, BRANCH 108, REGIONAL TRIAL COURT``), a title before the name (``PO2 Reci``,
``Mayor Pimentel``, ``Judge Juliano``) or a position linked after it (``Zausa, then
Barangay Chairman``, ``the Petitioner serves as Girdawar``); with one defendant, also a
party word with a position ("the accused, a police officer").  Officials acting lawfully
elsewhere in the text (entrapment teams, prosecutors) are not defendants and are never
looked at.  The roles step (:mod:`caselaw.extractors.roles`) calls :func:`official`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import repeat

from caselaw.extractors._base import (
    Context,
    compile_any,
    compile_lower,
    group_words,
    load_data,
    register_group,
)
from caselaw.extractors._lower import lowers_as_re
from caselaw.extractors.caption_list_position import CAPTION_REACH
from caselaw.extractors.caption_list_position import listed_designation as listed
from caselaw.extractors.found import Found
from caselaw.extractors.lazy_paragraphs import Paragraphs
from caselaw.extractors.office_acts import act_office
from caselaw.extractors.official_gate import TypeGate
from caselaw.extractors.official_kind import best_type, specific_type
from caselaw.extractors.official_mentions import mention_spans
from caselaw.extractors.party_office import then_office
from caselaw.extractors.plural_apposition import plural_apposition
from caselaw.models import OfficialType

_OFF = load_data("officials.yaml")
_TYPES = [(OfficialType(t), compile_any(rx)) for t, rx in _OFF["official_types"].items()]
# the same for a lower-cased window (matched several times faster than re.I)
_TYPES_LOW = [(typ, Found(rx.pattern)) for typ, rx in _TYPES]  # (\b-free twins: found.py)
_LINK = re.compile(_OFF["position_link"], re.I)
# (matched at a position: no "^", which matches only at the text's start)
_SERVES = re.compile(
    r"\W{0,3}(?:(?:who|he|she)\s+)?(?:serves?|served|was serving|is serving|working|worked|"
    r"employed|posted|assigned)\s+(?:as|at|in|with)\s+(?:an?\s+|the\s+)?",
    re.I,
)
# on the lower-cased text: starting with a literal word, it is scanned for at C speed
_PARTY_POSITION = compile_lower(_OFF["party_position"])
# the party words every match starts with (the pattern's first group)
_PARTY_WORDS = re.match(r"\(\?:([a-z|]+)\)", _OFF["party_position"])
# when lower-casing moves offsets
_PARTY_POSITION_I = re.compile(r"\b(?:the\s+)?" + _OFF["party_position"], re.I)
# "X 932/C (the Petitioner)": the words before the bracket (a literal "(": C-speed scan)
_PARTY_BRACKET = re.compile(_OFF["party_bracket"], re.I)
_BRACKET_CUT = re.compile(r".*(?:[,;]|\band\b)", re.S)

register_group("roles.official", _OFF["official_words"])


@lru_cache(maxsize=4096)
def _official_type(window: str, head: int | None = None) -> OfficialType | None:
    """The official type a cue in ``window`` names; with ``head``, only a cue that starts
    within the first ``head`` characters (the head noun of an appositive)."""
    low = window.lower()
    if len(low) == len(window) and lowers_as_re(window):
        before = len(low) if head is None else head + 1  # the cue must start by ``head``
        possible = _TYPE_GATE.possible(low)
        return next(
            (
                typ
                for typ, found in _TYPES_LOW
                if typ in possible and found.first(low, 0, len(low), before)
            ),
            None,
        )
    for typ, rx in _TYPES:
        m = rx.search(window)
        if m and (head is None or m.start() <= head):
            return typ
    return None


_POSITION_REACH = 45
_POSITION_HEAD = 20


def _position_after(text: str, end: int) -> str:
    """The position text linked right after a name, up to the sentence's next break."""
    m = _AFTER_LINK.match(text, end, end + 160)
    return _after_window(text, m) if m else ""


def _after_window(text: str, link: re.Match[str]) -> str:
    rest = text[link.end() : link.endpos]
    cut = _CUT.search(rest)
    # an appositive position starts right after the link ("X, then Barangay Chairman of
    # ..."); ", the commotion drew the attention of SPO1 Y" is no position of X
    return rest[: min(cut.start() if cut else 100, _POSITION_REACH)]


# _LINK or else _SERVES: one anchored match
# (a Philippine maternal surname may stand between the surname and the link: "Antonio
# Reyes y Dizon, a Barangay Chairman")
_AFTER_LINK = re.compile(
    rf"(?:\s+y\s+(?:de\s+la\s+|dela\s+|de\s+|del\s+)?[a-z][\w'-]+(?=,|\s+(?:who|was|is)\b))?"
    f"(?:(?:{_LINK.pattern})|(?:{_SERVES.pattern}))",
    re.I,
)
# the same for the lowered text (``Context.lowered``), where it matches without re.I's
# case folding of every literal (\W spelled [^\w], which lower-casing keeps)
_AFTER_LINK_LOW = compile_lower(_AFTER_LINK.pattern.replace("\\W", "[^\\w]"))
_CUT = re.compile(r"[.;:(]\s|\n\s*\n|\band\b|\bwho\b|\bwhile\b")


# r"(?:^|[\s,(])((?:[A-Z][A-Za-z0-9./\-]*\s+){1,3})(?:[A-Z]\.\s+|[A-Z][a-z]+\s+)*$", with
# the leading boundary checked by a lookbehind after the first capital: the pattern then
# starts with a character class, which the engine skips to at C speed
_TITLE_BEFORE = re.compile(
    r"((?:[A-Z](?<![^\s,(][A-Z])[A-Za-z0-9./\-]*\s+)(?:(?:of\s+)?[A-Z][A-Za-z0-9./\-]*\s+){0,2})"
    r"(?:[A-Z]\.\s+|[A-Z][a-z]+\s+)*$"
)
_PARA_BREAK = re.compile(r"\n[ \t]*\n")


def _position_before(text: str, start: int) -> str:
    """A title right before a name: "PO2 Reci", "Mayor Pimentel", "Judge Juliano"."""
    m = _TITLE_BEFORE.search(text[max(0, start - 45) : start])
    return _title_words(m) if m else ""


def _title_words(m: re.Match[str]) -> str:
    """The title words of a ``_TITLE_BEFORE`` match, from its last paragraph break on: a
    title never reaches over one ("SMITH, Circuit Judge.\n\nDefendant Marcus Holt was")."""
    if "\n" in m.group(0):
        breaks = list(_PARA_BREAK.finditer(m.string, m.start(), m.end()))
        if breaks:
            cut = breaks[-1].end()
            if cut >= m.end(1):
                return ""
            return _title_like(m.string[max(cut, m.start(1)) : m.end(1)])
    return _title_like(m.group(1))


@lru_cache(maxsize=4096)
def _title_like(words: str) -> str:
    """The title-like words of ``words`` (once per spelling: a name's own capitalised first
    names come with each mention of it)."""
    return " ".join(
        w for w in words.split() if w.isupper() or w.rstrip(".") in _TITLES or w == "of"
    )


def _positions(
    text: str, spans: list[tuple[int, int]], low: str | None = None
) -> Iterator[tuple[int, str, str]]:
    """``(start, position after, title before)`` of the mentions ``spans`` that have one.
    The two regexes run over all mentions in C (``map``); Python reads what they found.
    ``low``: the text lowered as ``Context.lowered`` (the link is then matched there)."""
    ends = [e for _, e in spans]
    link, on = (_AFTER_LINK, text) if low is None else (_AFTER_LINK_LOW, low)
    afters = map(link.match, repeat(on), ends, [e + 160 for e in ends])
    befores = map(_TITLE_BEFORE.search, [text[s - 45 if s > 45 else 0 : s] for s, _ in spans])
    for (s, _), after, before in zip(spans, afters, befores, strict=True):
        if after is not None or before is not None:
            after_window = _after_window(text, after) if after else ""
            yield s, after_window, _title_words(before) if before else ""


_TITLES = frozenset(_OFF["title_words"])
_TYPE_GATE = TypeGate([(typ, _OFF["official_types"][typ.value]) for typ, _ in _TYPES])


# (a caption may wrap the position over a line, "X, Clerk of\nCourt IV, ..., Respondent")
_CAPTION_POSITION = re.compile(
    r"\s*,\s*((?:[^\n]|\n(?![ \t]*\n)){3,160}?)"
    r"(?:,?\s*(?:RESPONDENTS?|ACCUSED|PETITIONERS?|Respondents?|Petitioners?)\b|$)"
)


def _caption_position(ctx: Context, ev_start: int, ev_end: int) -> str:
    tail = ctx.text[ev_end : ev_end + 200]
    if tail.lstrip()[:1] != ",":
        return ""  # (what the pattern's "\s*," needs)
    m = _CAPTION_POSITION.match(tail)
    return m.group(1) if m else ""


# A caption names the other side before the party separator: in "Public Prosecutor v
# Charan Singh" / "Parties : Public Prosecutor \u2014 Charan Singh" the prosecutor is the
# opposing party, not the accused's title.
# A label's colon ("Parties : X — Public Prosecutor") ends the field before it too: the
# counsel line above ("... (Deputy Public Prosecutor) for respondent") is not X's title;
# and a co-accused's name ("VS. PSSG. ROMEO CRUZ AND ANA REYES", "..., PO2 X, Y"): the rank
# is Cruz's, not Reyes's.
_SIDE_BREAK = re.compile(r"\b(?:v|vs|versus|and)\b\.?|[\u2013\u2014]|\s-\s|:|,", re.I)


def _own_side(before: str) -> str:
    """The part of a caption window after its last party separator (``v``, ``vs``,
    ``versus``, a dash) or label colon: the words of the other side or of another field
    never describe this party."""
    last = None
    for last in _SIDE_BREAK.finditer(before):  # noqa: B007 (the last one is wanted)
        pass
    return before[last.end() :] if last else before


def official(ctx: Context, index: int, paras: Paragraphs | None = None) -> OfficialType | None:
    """Defendant ``index``'s official type, the most voted among the caption descriptor
    (two votes), titles before and positions after their surname, or None.

    A surname counts only inside a ``roles.official`` paragraph; that is checked only
    where a position names an official type (``paras``: the paragraphs, shared by the
    defendants of one judgment)."""
    d = ctx.defendants[index]
    text = ctx.text
    votes: dict[OfficialType, int] = {}
    for ev in d.evidence:
        if ev.start < CAPTION_REACH:
            before = _own_side(text[max(0, ev.start - 40) : ev.start])
            pos = _caption_position(ctx, ev.start, ev.end) or listed(ctx, index, ev.start, ev.end)
            typ = _official_type(pos + " " + before)
            if typ:
                votes[typ] = votes.get(typ, 0) + 2
    if paras is None:
        paras = Paragraphs(ctx, "roles.official")
    spans = mention_spans(ctx, index)
    _count_mentions(votes, _mention_votes(text, ctx, spans), paras)
    if not votes and len(ctx.defendants) == 1:
        for ps, pe in paras.first(6):
            low = ctx.lower
            if len(low) == len(text):
                m = _party_position(ctx, low, ps, pe)
            else:
                m = _PARTY_POSITION_I.search(text, ps, pe)
            typ = _position_type(m) if m else _bracket_position(text, ps, pe)
            if typ:
                votes[typ] = votes.get(typ, 0) + 1
                break
    if not votes:  # ("the accused then Municipal Mayor of X"; a clearance at the exit)
        typ = _official_type(then_office(ctx), _POSITION_HEAD) or act_office(ctx, spans)
        if typ is None:
            return None
        votes[typ] = 1
    typ = best_type(votes)
    if typ is OfficialType.OTHER_PUBLIC:  # (a generic office: does the text name the kind?)
        return specific_type(ctx, index, spans) or typ
    return typ


def _bracket_position(text: str, start: int, end: int) -> OfficialType | None:
    """The official type the words right before a bracketed party word name ("Muhammad
    Aftab 932/C (the Petitioner)"), from the last comma or "and" before it on."""
    m = _PARTY_BRACKET.search(text, start, end)
    if m is None:
        return None
    window = text[max(start, m.start() - 45) : m.start()]
    cut = _BRACKET_CUT.match(window)
    return _official_type(window[cut.end() :] if cut else window)


def _mention_votes(
    text: str, ctx: Context, spans: list[tuple[int, int]]
) -> list[tuple[int, OfficialType]]:
    """``(start, type)`` of each surname mention whose position after it (first) or title
    before it names an official type, in text order."""
    out = []
    for s, after, before in _positions(text, spans, ctx.lowered):
        for window, head in ((after, _POSITION_HEAD), (before, None)):
            typ = _official_type(window, head) if window else None
            if typ:
                out.append((s, typ))
    return out


def _count_mentions(
    votes: dict[OfficialType, int], mentions: list[tuple[int, OfficialType]], paras: Paragraphs
) -> None:
    """Add a vote for each mention inside a paragraph.  When every vote names one type,
    only whether one counts matters, and the first mention inside a paragraph settles it
    (the paragraphs are then built only that far)."""
    if not mentions:
        return
    kinds = set(votes) | {typ for _, typ in mentions}
    if len(kinds) == 1:
        if votes or any(paras.covers(s) for s, _ in mentions):
            typ = mentions[0][1]
            votes[typ] = votes.get(typ, 0) + 1  # (the count no longer matters)
        return
    for s, typ in mentions:
        if paras.covers(s):
            votes[typ] = votes.get(typ, 0) + 1


def _party_position(ctx: Context, low: str, start: int, end: int) -> re.Match[str] | None:
    """The first ``party_position`` in ``low[start:end]`` whose party word starts a word.

    Tried only at the ``parties.label`` keywords (a match starts with a party word, after
    a word boundary) when that group holds every party word: a ``search`` steps through
    every position of the paragraph."""
    if _at_labels():
        spans = ctx.keyword_spans("parties.label")
        for s, _ in spans[bisect.bisect_left(spans, (start, -1)) :]:
            if s >= end:
                break
            if s == 0 or not (low[s - 1].isalnum() or low[s - 1] == "_"):  # \b before it
                m = _PARTY_POSITION.match(low, s, end)
                if m is not None and _decides(m):
                    return m
        return None
    while True:
        m = _PARTY_POSITION.search(low, start, end)
        if m is None:
            return None
        at = m.start()
        if (at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_")) and _decides(m):
            return m  # (\b before it)
        start = at + 1


PREDICATE_HEAD = 8
"""A predicate position ("the appellant was a senior police officer") names an office only
when the office word starts within this many characters ("a victim of police brutality"
names none)."""


def _position_type(m: re.Match[str]) -> OfficialType | None:
    """The official type a ``party_position`` match names (group 1 an apposition or a
    position held, group 2 a predicate "was a ...")."""
    if m.group(1) is not None:
        if _ends_intro_clause(m) or plural_apposition(m):
            return None
        return _official_type(m.group(1))
    typ = _official_type(m.group(2), PREDICATE_HEAD)
    if typ is OfficialType.OTHER_PUBLIC and not _PUBLIC_SERVANT.match(m.group(2)):
        return None  # "was a director of ANM Services": a title a company has as well
    return typ


# "In preferring Mr Leong's version over that of the appellant, the district judge relied
# on ...": the party word ends an introductory clause and the words after its comma are the
# main clause's subject, no apposition (an apposition closes with its own comma: "When the
# accused, a police officer, arrived ..."); matched at the sentence start (no "^": re's
# "^" does not match at a match position)
_INTRO = re.compile(
    r"\W*(?:\d+\s+)?(?:in|on|upon|by|after|before|while|whilst|when|although|though|if|since"
    r"|as|because|having|given|despite|notwithstanding)\b[^,]*$",
    re.I,
)


def _ends_intro_clause(m: re.Match[str]) -> bool:
    """The party word of an apposition match closes an introductory clause (``_INTRO``)."""
    text = m.string
    if text[m.end(1) : m.end(1) + 1] == ",":
        return False  # a closed apposition
    lo = max(0, m.start() - 300)
    stop = text.rfind(". ", lo, m.start())
    start = max(stop + 2 if stop >= 0 else lo, text.rfind("\n", lo, m.start()) + 1)
    return _INTRO.match(text, start, m.start()) is not None


_PUBLIC_SERVANT = re.compile(
    r"(?:\w+\s+)?(?:public|government|state)\s+(?:servant|officer|official|employee)", re.I
)


def _decides(m: re.Match[str]) -> bool:
    """A position stated as the predicate counts only when it names an office, and an
    apposition only when it is one (not the subject after an introductory clause); the
    paragraph's other positions are read on."""
    if m.group(1) is not None:
        return not _ends_intro_clause(m) and not plural_apposition(m)
    return _position_type(m) is not None


@lru_cache(maxsize=1)
def _at_labels() -> bool:
    """Every party word of ``party_position`` is a ``parties.label`` keyword."""
    words = _PARTY_WORDS.group(1).split("|") if _PARTY_WORDS else []
    return bool(words) and set(words) <= set(group_words("parties.label"))
