"""The cue vocabulary of the charges step: is this a charging context?

The lexicon's word lists become regexes here: ``charge_cues`` (+ ``weak_charge_cues``)
in :func:`cue_regex` ("charged with", "convicted of", "contrary to", "FIR ... under",
"Crim. Case No." ...), ``discussion_cues`` in :func:`discussion_regex` ("for
instance", "see", "elements of" ...), and ``uncharged_markers`` behind :func:`denied`,
which also rejects a negated charging verb ("never charged anyone with").
:func:`cue_match` is ``cue_regex(weak).match`` trying only the alternatives that start
with the text's word there; :func:`on_caption_line` tests for a caption line ("For:
Violation of ...").  :mod:`caselaw.extractors.charge_regions` decides where to look,
:mod:`caselaw.extractors.charges` what a cue makes of a mention.
"""

from __future__ import annotations

import re
from functools import cache

from caselaw.extractors import lexicon
from caselaw.extractors._lower import lowers_as_re

UNCHARGED_WINDOW = 60  # characters before a cue searched for an uncharged marker


def flex(phrase: str) -> str:
    """A literal phrase as a regex: whitespace-flexible, ``...`` = up to 80 characters."""
    parts = [r"\s+".join(re.escape(w) for w in chunk.split()) for chunk in phrase.split("...")]
    return _GAP.join(parts)


# A "..." gap stays in its sentence: no full stop or semicolon, but the dot of an
# abbreviation or date ("No.435/2022", "04.11.2022") and that of "No." / "Nos." before its
# number ("FIR No. 98/2024 dated ... under", "Reference No. 06/2023 ... under"), and that of
# a name's initial ("charging respondent Judge Mamerto M. Buban of ...")
_GAP = (
    r"(?:[^.;]|\.(?!\s)|(?<=\b[Nn][Oo])\.|(?<=\b[Nn][Oo][Ss])\.|(?<=\b[A-Z])\.(?=\s[A-Z])){0,80}?"
)


def _edge(phrase: str, body: str) -> str:
    head = r"(?<![\w])" if phrase[:1].isalnum() else ""
    tail = r"(?![\w])" if phrase[-1:].isalnum() else ""
    return head + body + tail


def _cue_body(phrase: str) -> str:
    """``_edge(phrase, flex(phrase))``, each ``...`` gap first looking ahead for what must
    follow it: the next words within 80 characters with no semicolon between (as any match
    has them).  The gap itself tries each length with four alternatives per character;
    the look-ahead rejects most places ("first" for "FIR ... under") five times faster."""
    if "..." not in phrase:
        return _edge(phrase, flex(phrase))
    chunks = [r"\s+".join(re.escape(w) for w in chunk.split()) for chunk in phrase.split("...")]
    tail = r"(?![\w])" if phrase[-1:].isalnum() else ""
    body = chunks[0]
    for i, chunk in enumerate(chunks[1:], 1):
        after = chunk + (tail if i == len(chunks) - 1 else "")
        body += (rf"(?=[^;]{{0,80}}?{after})" if after else "") + _GAP + chunk
    return _edge(phrase, body)


@cache
def cue_regex(weak: bool = False) -> re.Pattern[str]:
    """Every charge cue, longest first (``weak``: with the weak cues), as one alternation."""
    cues = list(lexicon.word_list("charge_cues"))
    if weak:
        cues += lexicon.word_list("weak_charge_cues")
    cues.sort(key=len, reverse=True)
    cues += _CRIM_CUES
    body = "|".join(_cue_body(c) if "\\" not in c else c for c in cues)
    return re.compile(f"(?:{body})", re.IGNORECASE)


_CRIM_CUES = (r"crim(?:inal)?\.?\s+case\s+nos?\.?", r"criminal\s+cases?\s+nos?\.?")


@cache
def _cue_alternatives(weak: bool) -> tuple[tuple[str, bool, str], ...]:
    """:func:`cue_regex`'s alternatives in order: (leading letters, loose, regex).

    ``loose``: the first word is followed by a ``...`` gap, so the text's word may
    go on ("found ... guilty" also matches at "foundry workers guilty").
    """
    cues = list(lexicon.word_list("charge_cues"))
    if weak:
        cues += lexicon.word_list("weak_charge_cues")
    cues.sort(key=len, reverse=True)
    out = []
    for cue in cues:
        lead = _lead_letters(cue)
        loose = cue[len(lead) :].lstrip(" ").startswith("...")
        out.append((lead, loose, _cue_body(cue)))
    out += [("crim", False, _CRIM_CUES[0]), ("criminal", False, _CRIM_CUES[0])]
    out += [("criminal", False, _CRIM_CUES[1])]
    return tuple(out)


@cache
def _cue_groups(weak: bool) -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """Per leading word of an alternative, the alternation of those that can match at a
    word starting so; and per loose leading word, that of a longer word starting with it
    ("foundry": "found ... guilty").  Compiled together, once."""
    alternatives = _cue_alternatives(weak)
    loose = {lead for lead, is_loose, _ in alternatives if is_loose}
    words = {lead for lead, _, _ in alternatives}
    exact = {w: _cue_alternation(alternatives, w) for w in words}
    longer = {w: _cue_alternation(alternatives, w + "\x00") for w in loose}
    cue_regex(weak)  # the whole alternation, for odd text
    return exact, longer


def _cue_alternation(alternatives: tuple[tuple[str, bool, str], ...], word: str) -> re.Pattern[str]:
    """The alternatives that can match where the text's word is ``word``, in order."""
    bodies: list[str] = []
    for lead, loose, body in alternatives:
        if (lead == word or loose and word.startswith(lead)) and body not in bodies:
            bodies.append(body)
    return re.compile("(?:" + "|".join(bodies) + ")", re.I)


def _cue_group(weak: bool, word: str) -> re.Pattern[str] | None:
    """The alternatives that can match where the text's word is ``word`` (None: none)."""
    exact, longer = _cue_groups(weak)
    regex = exact.get(word)
    if regex is None:  # the longest loose word it starts with (the others start that one)
        lead = max((w for w in longer if word.startswith(w)), key=len, default=None)
        regex = None if lead is None else longer[lead]
    return regex


_LEAD = re.compile(r"[A-Za-z]*")
_LEAD24 = re.compile(r"[A-Za-z]{0,24}")  # always matches, as _LEAD cut 24 letters on


def _lead_letters(word: str, pos: int = 0, endpos: int | None = None) -> str:
    """The ASCII letters a cue or a text starts with, lower-cased ("F.I.R." -> "f")."""
    m = _LEAD.match(word, pos, len(word) if endpos is None else endpos)
    return m.group(0).lower() if m else ""


_BY_WORD: tuple[dict[str, re.Pattern[str] | None], dict[str, re.Pattern[str] | None]] = ({}, {})
"""Per strength (weak=1), :func:`_cue_group` by the word as written (filled as met)."""


def cue_match(weak: bool, text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``cue_regex(weak).match(text, pos, endpos)``, trying only the alternatives
    that start with the word at ``pos`` (every alternative starts with a literal word)."""
    lead = _LEAD.match(text, pos, min(pos + 24, endpos))
    stop = lead.end() if lead else pos
    if stop == pos or stop - pos >= 24 or (stop < endpos and not text[stop].isascii()):
        return cue_regex(weak).match(text, pos, endpos)  # odd text: the whole alternation
    word = text[pos:stop]
    table = _BY_WORD[weak]
    if word in table:
        regex = table[word]
    else:
        if len(table) > 20_000:
            table.clear()
        regex = table[word] = _cue_group(weak, word.lower())
    return None if regex is None else regex.match(text, pos, endpos)


def cue_matches(
    weak: bool, text: str, starts: list[int], endpos: int
) -> dict[int, re.Match[str] | None]:
    """:func:`cue_match` at each of ``starts`` (one loop: the regions try thousands per MB)."""
    table = _BY_WORD[weak]
    lead_match = _LEAD24.match  # (bounded in the pattern, not by a min() per start)
    out: dict[int, re.Match[str] | None] = {}
    for pos in starts:
        stop = lead_match(text, pos, endpos).end()  # type: ignore[union-attr]
        if stop == pos or stop - pos >= 24 or (stop < endpos and not text[stop].isascii()):
            out[pos] = cue_regex(weak).match(text, pos, endpos)
            continue
        word = text[pos:stop]
        regex = table.get(word, _UNSEEN)
        if regex is _UNSEEN:
            if len(table) > 20_000:
                table.clear()
            regex = table[word] = _cue_group(weak, word.lower())
        out[pos] = None if regex is None else regex.match(text, pos, endpos)
    return out


_UNSEEN = re.compile("")  # no regex of a table: "not looked up yet"


@cache
def discussion_regex() -> re.Pattern[str]:
    """The lexicon's ``discussion_cues``: a mention after one is discussed, not charged."""
    words = sorted(lexicon.word_list("discussion_cues"), key=len, reverse=True)
    body = "|".join(_edge(w.strip(), flex(w.strip())) for w in words)
    return re.compile(f"(?:{body})", re.IGNORECASE)


@cache
def _uncharged_regex() -> re.Pattern[str]:
    """The lexicon's ``uncharged_markers`` ending just before a cue (a few words may sit
    between: "an uncharged criminal offence of")."""
    words = sorted(lexicon.word_list("uncharged_markers"), key=len, reverse=True)
    body = "|".join(flex(w) for w in words)
    return re.compile(rf"(?<![\w])(?:{body})\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE)


@cache
def _uncharged_words() -> re.Pattern[str]:
    """The first word of each uncharged marker (a match holds one of them), as one
    alternation of literals for text lower-cased as ``re.I`` reads it."""
    words = sorted({w.split()[0].lower() for w in lexicon.word_list("uncharged_markers")})
    return re.compile("|".join(map(re.escape, words)))


def _uncharged(text: str, lo: int, hi: int) -> bool:
    """``_uncharged_regex().search(text, lo, hi)``, skipped when no marker word is there."""
    window = text[lo:hi]
    if lowers_as_re(window):  # (most windows; a curly quote no longer sends one to the regex)
        low = window.lower()
        if len(low) == len(window) and _uncharged_words().search(low) is None:
            return False
    return _uncharged_regex().search(text, lo, hi) is not None


# A charging verb under negation ("never charged anyone with", "was not indicted for") denies
# the charge.  Only charging verbs: "not convicted of X" still says X was charged.
_NEGATED = re.compile(
    r"(?<![\w])(?:never|not|nobody|no\s+one)\s+"
    r"(?:(?:had|has|have|was|were|is|are|been|be|being)\s+){0,2}$",
    re.I,
)
_CHARGING_VERB = re.compile(r"(?:charg|indict|prosecut)", re.I)


def denied(text: str, cue: re.Match[str], lo: int) -> bool:
    """The cue narrates uncharged conduct ("an uncharged offence of bribery") or negates a
    charging verb ("never charged anyone with"); ``lo`` bounds the look back (the sentence)."""
    at = cue.start()
    if _uncharged(text, max(lo, at - UNCHARGED_WINDOW), at):
        return True
    return bool(_CHARGING_VERB.match(cue.group(0)) and _NEGATED.search(text, max(lo, at - 20), at))


def on_caption_line(text: str, pos: int, start: int) -> bool:
    """A caption line "For: Violation of ..." / "Crim. Case No. ..." (starting at
    ``start``) holds the mention."""
    while start < pos and text[start].isspace():
        start += 1
    line = text[start : min(pos, start + 20)].rstrip().lower()  # the prefixes are shorter
    return line.startswith(("for:", "for :", "re:", "crim. case", "criminal case"))
