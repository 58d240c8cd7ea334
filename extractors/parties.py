"""Defendants: the accused or respondents whose criminal or disciplinary liability is decided.

Read from the caption (``PEOPLE ..., PLAINTIFF-APPELLEE, VS. X, ACCUSED-APPELLANT``;
``X, PETITIONER, VS. PEOPLE ...``; ``COMPLAINANT, VS. X, CLERK III, ..., RESPONDENT``;
``Regina - and - X Appellant``; ``X Vs. The State``; ``RE: COMPLAINT ... AGAINST X``)
and from the verdict sentences of dispositive parts (``finding accused A, B and C
GUILTY``), which name co-accused tried in the same case.  Accused at large, discharged as
state witnesses or dead are left out (LABELLING-CONVENTIONS.md).

The step's parts: ``caption_chunks`` finds the caption and cuts it into party chunks,
``party_names`` splits a chunk into names, ``verdict_parties`` reads the verdict
sentences and ``party_vocab`` holds the words; this module decides which side of the
caption is the accused, merges the names found and leaves out the excluded.
"""

from __future__ import annotations

import bisect
import re

from caselaw.extractors._base import Context, Step, register_group
from caselaw.extractors._lower import lower
from caselaw.extractors.caption_chunks import GLUED_LABELS, caption_span, party_chunks
from caselaw.extractors.caption_layout import COUNSEL_LINE
from caselaw.extractors.names import display, key_tokens, same_tokens, split_alias
from caselaw.extractors.party_exclusions import accused_only, died, excluded
from caselaw.extractors.party_names import names_in
from caselaw.extractors.party_vocab import (
    ACCUSED_LABELS,
    CIVIL,
    EXCLUDED_WORDS,
    LABELS,
    STATE,
)
from caselaw.extractors.verdict_parties import verdict_defendants
from caselaw.models import Defendant, Evidence

NAME = "parties"
VERSION = "1.7.0"

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
_PETITIONER_ACCUSED = re.compile(
    r"\b(?:convict|conviction|acquit|guilty|quash|bail|accused of|being accused"
    r"|accused[- ]petitioner|transfer of (?:the )?trial|FIR\b[^.]{0,120}against the petitioner)",
    re.I,
)
# the prosecution named as a party: the other side is the accused ("Public Prosecutor v X",
# "X v Public Prosecutor", Malay "Pendakwa Raya lwn X")
_PROSECUTOR = re.compile(
    r"people of the philippines|sandiganbayan|\bregina\b|r e g i n a|public prosecutor"
    r"|pendakwa raya",
    re.I,
)
# "PEOPLE ..., PETITIONER, VS. HON. SANDIGANBAYAN (FOURTH DIVISION) AND X, RESPONDENTS":
# the prosecution's certiorari names the court whose acquittal or dismissal it assails as
# public respondent beside the accused, the private respondent (Rules of Court, Rule 65
# s.5); the court is no state party of that side
_PUBLIC_RESPONDENT = re.compile(
    r"\b(?:hon(?:orable|\.)\s+)?(?:the\s+)?(?:sandiganbayan|court of appeals"
    r"|regional trial court|court of tax appeals)\b",
    re.I,
)
# The Ombudsman investigates, prosecutes and disciplines public officials (R.A. 6770
# ss.13, 15, 21); the Civil Service Commission disciplines civil servants: the party on
# the other side of the caption is the official whose liability is decided
_DISCIPLINING = re.compile(r"\bombudsman\b|\bcivil service commission\b", re.I)
# The National Accountability Bureau prosecutes (NAO 1999 ss.18, 24(b)) and as petitioner or
# appellant brings only the accused to court (its writ against an Accountability Court's
# order, its appeal against an acquittal); as respondent it may face a third party whose
# property it froze, so only the side it brings counts as the accused
_ACCUSING_AGENCY = re.compile(r"\bnational accountability bureau\b|^\W*N\.?A\.?B\b", re.I)
# ... and facing it, the petitioner is the accused when the opening says he seeks bail (a
# NAB accused asks the High Court for bail in its writ jurisdiction, NAO s.9(b)) or is
# accused in its reference
_AGENCY_ACCUSED = re.compile(
    r"\bpetitioners?\b[^.]{0,60}\bseeks?\b[^.]{0,40}\bbail\b"
    r"|\bpetitioners?\b[^.]{0,80}\b(?:is|are|was|were|stands?)\s+accused\b",
    re.I,
)
_PETITIONER_ACCUSED_SCAN = re.compile(  # the same test, first letters scanned for
    r"[abcfgqtABCFGQT](?<!\w[abcfgqtABCFGQT])(?i:(?<=c)onvict|(?<=a)cquit|(?<=g)uilty|(?<=q)uash"
    r"|(?<=b)ail|(?<=a)ccused of|(?<=b)eing accused|(?<=a)ccused[- ]petitioner"
    r"|(?<=t)ransfer of (?:the )?trial|(?<=f)ir\b[^.]{0,120}against the petitioner)"
)
# A bail petition's number (Lahore High Court "Crl. Misc. No.123/B/2023", "Bail Application
# No."): only an accused applies for bail, so its petitioner is the accused whoever the other
# side is (often the complainant named before "etc.", the State among the others); in a
# petition to cancel bail ("/CB/") the accused is the other side
_BAIL_CASE = re.compile(
    r"\b(?:Crl\.?|Criminal)\s*Misc(?:\.|ellaneous)?\s*(?:No\.?)?\s*\d+\s*[-/]\s*(?P<kind>C?B)"
    r"\s*(?:[-/]|\s+of)\s*(?:19|20)\d\d\b"
    r"|\b(?P<app>bail\s+(?:application|petition))\s+No\b",
    re.I,
)
_PETITIONER_COMPLAINANT = re.compile(r"petitioners? (?:is|was|are) the complainant", re.I)
_PETITIONER_COMPLAINANT_SCAN = re.compile(r"[pP](?i:etitioners? (?:is|was|are) the complainant)")
# "Malik X petitioner/complainant has sought leave to appeal against the order ... whereby
# respondent No.1 ... had been admitted to pre-arrest bail": the complainant attacks the
# accused's bail (Cr.P.C. s.497(5)), so the accused is the other side of a bail caption
_SLASH_COMPLAINANT = re.compile(
    r"\b(?:petitioners?\s*/\s*complainants?|complainants?\s*/\s*petitioners?)\b", re.I
)
# a dot inside a name list is an initial or an honorific ("Dr. Iqrar Khan and Ch. Muhammad
# Hussain"), not a sentence end
_NAME_CHAR = r"(?:[^.;:]|\.(?<=\b[A-Z]\.)|\.(?<=\b[A-Z][a-z]\.)|\.(?<=\bMrs\.))"
_PETITIONER_LIST = re.compile(
    r"\b[Tt]he (?:petitioners|accused-appellants|appellants|accused persons)\s+"
    rf"(?P<names>[A-Z]{_NAME_CHAR}{{3,160}}?)\s+(?:have|had|were|are|filed|seek|sought|prayed)\b"
)

register_group("parties.excluded", EXCLUDED_WORDS)
# every caption label starts with one of these words (accused-appellant, plaintiff-appellee ...)
# (and the compound labels glued by PDF conversion: "AccusedAppellant")
register_group(
    "parties.label",
    {re.split(r"[\s-]", label)[0] for label in LABELS} | set(GLUED_LABELS),
)


# E-Library glues the first caption copy's last label to the spaced-out heading after
# it ("BAIS CITY,RESPONDENTR E S O L U T I O N"): no keyword hit marks that label
_GLUED_HEADING = re.compile(r"(?<![A-Za-z-])([A-Za-z-]{4,}?)(?=(?:[A-Z] ){4,}[A-Z](?![A-Za-z]))")


def _caption_defendants(ctx: Context) -> list[tuple[str, int, int]]:
    text = ctx.text
    spans = ctx.keyword_spans("parties.label")  # sorted by start
    hits = [ks for ks, _ in spans[: bisect.bisect_left(spans, (5000, -1))]]
    lo, hi = caption_span(text, hits[0] if hits else None)
    # a counsel line between a party and its label's counterpart is not a party
    starts = [ks for ks in hits if ks < hi]
    glued = _GLUED_HEADING.search(text, max(lo, hi - 60), hi)
    if glued is not None and glued.start(1) not in starts:
        bisect.insort(starts, glued.start(1))
    chunks = [
        c for c in party_chunks(text, lo, hi, starts) if not COUNSEL_LINE.match(text, c[0], c[1])
    ]
    found: list[tuple[str, int, int]] = []
    accepted: str | None = None  # label of the side just found to be the accused
    bail = _bail_case(text, lo, hi)
    for i, (s, e, label, after) in enumerate(chunks):
        chunk = text[s:e]
        if label in ACCUSED_LABELS or (label is not None and label == accepted and not after):
            # "X ... 1ST RESPONDENT / Y ... 2ND RESPONDENT": one side, several parties
            names = names_in(text, s, e)
            # "X, ACCUSED, Y, ACCUSED-APPELLANT": the Information's accused, of whom some
            # may be at large (a Philippine caption lists them before the appellants)
            key = "parties.accused_only" if label == "accused" else "parties.accused_party"
            ctx.cache.setdefault(key, set()).update(n for n, _, _ in names)
            found += names
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
        if olabel in ACCUSED_LABELS:
            continue
        # the state against this side, or a complainant against a respondent; then neither
        # side may be a civil party (the state test first: most pairs fail it)
        against_state = STATE.found_in(other_text) and not STATE.found_in(chunk)
        brought = after and other is prv and _ACCUSING_AGENCY.search(other_text) is not None
        if brought:
            against_state = _ACCUSING_AGENCY.search(chunk) is None
        elif not after and _ACCUSING_AGENCY.search(other_text) and not against_state:
            brought = against_state = _agency_accused(ctx) and not _ACCUSING_AGENCY.search(chunk)
        if not against_state and label in {"respondent", "respondents"}:
            # (the court beside the accused; the People on the other side)
            against_state = bool(
                _PROSECUTOR.search(other_text)
                and not _PUBLIC_RESPONDENT.search(other_text)
                and _PUBLIC_RESPONDENT.search(chunk)
                and not STATE.found_in(_PUBLIC_RESPONDENT.sub(" ", chunk))
            )
        disciplining = not against_state and _DISCIPLINING.search(other_text) is not None
        if disciplining:
            # the Ombudsman against an official: his disciplinary case, on either side
            against_state = not _DISCIPLINING.search(chunk) and not STATE.found_in(chunk)
        if not against_state and not (
            label in {"respondent", "respondents"} and olabel in {"complainant", "complainants"}
        ):
            if _bail_accused_side(bail, label, after, ctx) and not CIVIL.found_in(chunk):
                found += names_in(text, s, e)
                accepted = label
            continue
        if CIVIL.found_in(chunk) or CIVIL.found_in(other_text):
            continue
        if against_state:
            challenger = label in {"petitioner", "petitioners", "appellant", "appellants", None}
            prosecutor = disciplining or brought or _PROSECUTOR.search(other_text)
            if challenger and not prosecutor and not _petitioner_accused(ctx):
                continue
            found += names_in(text, s, e)
            accepted = label
        else:
            found += names_in(text, s, e)
    if found:
        for m in _petitioner_lists(ctx, lo, min(len(text), hi + 6000)):
            found += names_in(text, m.start("names"), m.end("names"))
    # both patterns need a word (no letter of it has another case-insensitive form than
    # its capital: str.lower finds it as re.I does); most captions have neither
    far = min(hi + 2000, len(text))
    window = lower(text[lo:far])
    if "compla" in window:
        for m in _RE_AGAINST_SCAN.finditer(text, lo, hi):
            found += names_in(text, m.start(1), m.end(1))
    if "between" in window:
        if len(window) == far - lo:  # same offsets: match where "between" is
            matches = _finditer_at(_STATE_AND, text, window, lo, "between", far)
        else:
            matches = list(_STATE_AND_SCAN.finditer(text, lo, far))
        for m in matches:
            found += names_in(text, m.start(1), m.end(1))
    return found


def _agency_accused(ctx: Context) -> bool:
    """The opening pages say the petitioner facing NAB seeks bail or is its accused."""
    known = ctx.cache.get("parties.agency_accused")
    if known is None:
        known = ctx.cache["parties.agency_accused"] = bool(
            _AGENCY_ACCUSED.search(ctx.text, 0, 10000)
        )
    return bool(known)


def _bail_case(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The caption's bail-petition number (``_BAIL_CASE``), looked for only where the
    caption holds "Misc" or "ail" (most captions have neither)."""
    if text.find("Misc", lo, hi) < 0 and text.find("ail", lo, hi) < 0:
        return None
    return _BAIL_CASE.search(text, lo, hi)


def _bail_accused_side(
    bail: re.Match[str] | None, label: str | None, after: bool, ctx: Context
) -> bool:
    """This side is the bail applicant's (the first side, labelled petitioner or not at
    all), or in a petition to cancel bail - or the complainant's petition against a bail
    order - the respondents' side after the versus."""
    if bail is None:
        return False
    if (bail.group("kind") or "").upper() == "CB" or _slash_complainant(ctx):
        return after and label in {"respondent", "respondents", None}
    return not after and label in {"petitioner", "petitioners", "applicant", "accused", None}


def _slash_complainant(ctx: Context) -> bool:
    """The opening pages call the petitioner the complainant ("petitioner/complainant")."""
    known = ctx.cache.get("parties.slash_complainant")
    if known is None:
        known = ctx.cache["parties.slash_complainant"] = bool(
            _SLASH_COMPLAINANT.search(ctx.text, 0, 10000)
        )
    return bool(known)


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
register_group("parties.list", _LIST_HEADS)  # every _PETITIONER_LIST match starts with one


def _petitioner_lists(ctx: Context, lo: int, hi: int) -> list[re.Match[str]]:
    """``_PETITIONER_LIST`` matches in ``[lo, hi)``, tried only where the scan found one
    of its heads (as written: the scan's hits ignore case)."""
    text = ctx.text
    spans = ctx.keyword_spans("parties.list")
    out = []
    for at, _ in spans[bisect.bisect_left(spans, (lo, -1)) :]:
        if at >= hi:
            break
        head = text[at : min(at + 30, hi)]  # (a sentence may open with it: "The petitioners")
        if head.startswith(_LIST_HEADS) or (
            head[:1] == "T" and ("t" + head[1:]).startswith(_LIST_HEADS)
        ):
            m = _PETITIONER_LIST.match(text, at, hi)
            if m is not None:
                out.append(m)
    return out


def _petitioner_accused(ctx: Context) -> bool:
    """The opening pages treat the petitioner as an accused (once per judgment)."""
    known = ctx.cache.get("parties.petitioner_accused")
    if known is None:
        window = ctx.text[:10000]
        if window.isascii():  # lower-cased offsets are the text's: try the words' places
            low = window.lower()
            known = _matches_at(_PETITIONER_ACCUSED, window, low, _PETITIONER_ACCUSED_WORDS, True)
            known = known and not _matches_at(
                _PETITIONER_COMPLAINANT, window, low, ("petitioner",), False
            )
        else:
            known = bool(_PETITIONER_ACCUSED_SCAN.search(window)) and not (
                _PETITIONER_COMPLAINANT_SCAN.search(window)
            )
        known = known and not _slash_complainant(ctx)
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


def _matches_at(
    rx: re.Pattern[str], text: str, low: str, starts: tuple[str, ...], word_start: bool
) -> bool:
    """``bool(rx.search(text))`` for a pattern whose matches start with one of ``starts``
    (``low``: the ASCII ``text`` lower-cased): tried only where those words occur, and with
    ``word_start`` (each branch opens with ``\\b``) only where no letter or digit precedes."""
    for w in starts:
        at = low.find(w)
        while at >= 0:
            boundary = not (word_start and at and (low[at - 1].isalnum() or low[at - 1] == "_"))
            if boundary and rx.match(text, at):
                return True
            at = low.find(w, at + 1)
    return False


def run(ctx: Context, step: Step) -> None:
    candidates = _caption_defendants(ctx)
    from_caption = len(candidates)
    candidates += verdict_defendants(ctx)
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
    surnames = [key_tokens(name)[-1:] for name, _, _ in people]
    shared = {s[0] for s in surnames if s and surnames.count(s) > 1}
    captioned: set[int] = set()  # indexes of the defendants the caption names
    only_accused = accused_only(ctx)
    for name, evs, cap in people:
        if (not cap or name in only_accused) and excluded(ctx, name):
            continue
        if died(ctx, name, shared):
            continue
        primary, aliases = split_alias(name)
        shown = display(name)
        if cap:
            captioned.add(len(defendants))
        defendants.append(
            Defendant(
                index=len(defendants),
                name=shown,
                aliases=tuple(display(a) for a in aliases),
                evidence=tuple(evs[:4]),
            )
        )
    ctx.defendants = defendants  # each made with index=len(defendants): its position
    ctx.cache["parties.captioned"] = captioned


EXTRACTOR = Step(NAME, VERSION, requires=("info",), assigns=("defendants",), fn=run)
