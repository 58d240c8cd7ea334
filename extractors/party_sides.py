"""Which side of a bail or petition caption is the accused.

A petitioner is the accused when the opening pages treat him as one (he seeks bail, asks
to quash an FIR, appeals a conviction), unless they call him the complainant; a bail
petition's number makes its applicant the accused (the other side in a petition to cancel
bail); facing the National Accountability Bureau, the petitioner is the accused only when
he seeks bail or is said to be accused.  :mod:`caselaw.extractors.parties` asks these
questions of each caption side, and what each side names (the state, the prosecutor, a
court, a disciplining body, the accusing agency: :func:`state_in`, :func:`side_has`, once
per side and judgment).
"""

from __future__ import annotations

import bisect
import re

from caselaw.extractors._base import Context, register_group
from caselaw.extractors._lower import lowers_as_re
from caselaw.extractors.party_vocab import STATE
from caselaw.extractors.patterns import required_literals

# the prosecution named as a party: the other side is the accused ("Public Prosecutor v X",
# "X v Public Prosecutor", Malay "Pendakwa Raya lwn X")
PROSECUTOR = re.compile(
    r"people of the philippines|sandiganbayan|\bregina\b|r e g i n a|public prosecutor"
    r"|pendakwa raya",
    re.I,
)
# "PEOPLE ..., PETITIONER, VS. HON. SANDIGANBAYAN (FOURTH DIVISION) AND X, RESPONDENTS":
# the prosecution's certiorari names the court whose acquittal or dismissal it assails as
# public respondent beside the accused, the private respondent (Rules of Court, Rule 65
# s.5); the court is no state party of that side
_COURTS = ("sandiganbayan", "court of appeals", "regional trial court", "court of tax appeals")
PUBLIC_RESPONDENT = re.compile(
    r"\b(?:hon(?:orable|\.)\s+)?(?:the\s+)?(?:" + "|".join(_COURTS) + r")\b", re.I
)
# The Ombudsman investigates, prosecutes and disciplines public officials (R.A. 6770
# ss.13, 15, 21); the Civil Service Commission disciplines civil servants: the party on
# the other side of the caption is the official whose liability is decided
DISCIPLINING = re.compile(r"\bombudsman\b|\bcivil service commission\b", re.I)
# The National Accountability Bureau prosecutes (NAO 1999 ss.18, 24(b)) and as petitioner or
# appellant brings only the accused to court (its writ against an Accountability Court's
# order, its appeal against an acquittal); as respondent it may face a third party whose
# property it froze, so only the side it brings counts as the accused
ACCUSING_AGENCY = re.compile(r"\bnational accountability bureau\b|^\W*N\.?A\.?B\b", re.I)

_PETITIONER_ACCUSED = re.compile(
    r"\b(?:convict|conviction|acquit|guilty|quash|bail|accused of|being accused"
    r"|accused[- ]petitioner|transfer of (?:the )?trial|FIR\b[^.]{0,120}against the petitioner)",
    re.I,
)
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
_BAIL_CASE_SCAN = re.compile(  # where _BAIL_CASE matches, its first letters scanned for
    r"[cCbB](?<!\w[cCbB])(?i:(?<=[cC])(?:rl\.?|riminal)\s*Misc(?:\.|ellaneous)?\s*(?:No\.?)?"
    r"\s*\d+\s*[-/]\s*C?B\s*(?:[-/]|\s+of)\s*(?:19|20)\d\d\b"
    r"|(?<=[bB])ail\s+(?:application|petition)\s+No\b)"
)
_PETITIONER_COMPLAINANT = re.compile(r"petitioners? (?:is|was|are) the complainant", re.I)
_PETITIONER_COMPLAINANT_SCAN = re.compile(r"[pP](?i:etitioners? (?:is|was|are) the complainant)")
# "Malik X petitioner/complainant has sought leave to appeal against the order ... whereby
# respondent No.1 ... had been admitted to pre-arrest bail": the complainant attacks the
# accused's bail (Cr.P.C. s.497(5)), so the accused is the other side of a bail caption
_SLASH_COMPLAINANT = re.compile(
    r"\b(?:petitioners?\s*/\s*complainants?|complainants?\s*/\s*petitioners?)\b", re.I
)
_SLASH_COMPLAINANT_SCAN = re.compile(  # the same test, first letters scanned for
    r"[pPcC](?<!\w[pPcC])(?i:(?<=[pP])etitioners?\s*/\s*complainants?"
    r"|(?<=[cC])omplainants?\s*/\s*petitioners?)\b"
)
# a dot inside a name list is an initial or an honorific ("Dr. Iqrar Khan and Ch. Muhammad
# Hussain"), not a sentence end
_NAME_CHAR = r"(?:[^.;:]|\.(?<=\b[A-Z]\.)|\.(?<=\b[A-Z][a-z]\.)|\.(?<=\bMrs\.))"
_PETITIONER_LIST = re.compile(
    r"\b[Tt]he (?:petitioners|accused-appellants|appellants|accused persons)\s+"
    rf"(?P<names>[A-Z]{_NAME_CHAR}{{3,160}}?)\s+(?:have|had|were|are|filed|seek|sought|prayed)\b"
)


def agency_accused(ctx: Context) -> bool:
    """The opening pages say the petitioner facing NAB seeks bail or is its accused."""
    known = ctx.cache.get("parties.agency_accused")
    if known is None:
        known = ctx.cache["parties.agency_accused"] = bool(
            _AGENCY_ACCUSED.search(ctx.text, 0, 10000)
        )
    return bool(known)


def bail_case(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The caption's bail-petition number (``_BAIL_CASE``), looked for only where the
    caption holds "Misc" or "ail" (most captions have neither)."""
    if text.find("Misc", lo, hi) < 0 and text.find("ail", lo, hi) < 0:
        return None
    found = _BAIL_CASE_SCAN.search(text, lo, hi)
    return None if found is None else _BAIL_CASE.match(text, found.start(), hi)


def bail_accused_side(
    bail: re.Match[str] | None, label: str | None, after: bool, ctx: Context
) -> bool:
    """This side is the bail applicant's (the first side, labelled petitioner or not at
    all), or in a petition to cancel bail - or the complainant's petition against a bail
    order - the respondents' side after the versus."""
    if bail is None:
        return False
    if (bail.group("kind") or "").upper() == "CB" or slash_complainant(ctx):
        return after and label in {"respondent", "respondents", None}
    return not after and label in {"petitioner", "petitioners", "applicant", "accused", None}


def slash_complainant(ctx: Context) -> bool:
    """The opening pages call the petitioner the complainant ("petitioner/complainant")."""
    known = ctx.cache.get("parties.slash_complainant")
    if known is None:
        known = ctx.cache["parties.slash_complainant"] = bool(
            _SLASH_COMPLAINANT_SCAN.search(ctx.text, 0, 10000)
        )
    return bool(known)


_LIST_HEADS = ("the petitioners", "the accused-appellants", "the appellants", "the accused persons")
register_group("parties.list", _LIST_HEADS)  # every _PETITIONER_LIST match starts with one


def petitioner_lists(ctx: Context, lo: int, hi: int) -> list[re.Match[str]]:
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


def petitioner_accused(ctx: Context) -> bool:
    """The opening pages treat the petitioner as an accused (once per judgment)."""
    known = ctx.cache.get("parties.petitioner_accused")
    if known is None:
        window = ctx.text[:10000]
        low = window.lower()
        if len(low) == len(window) and lowers_as_re(window):
            # lower-cased offsets and letters are the text's: try the words' places
            known = matches_at(_PETITIONER_ACCUSED, window, low, _PETITIONER_ACCUSED_WORDS, True)
            known = known and not matches_at(
                _PETITIONER_COMPLAINANT, window, low, ("petitioner",), False
            )
        else:
            known = bool(_PETITIONER_ACCUSED_SCAN.search(window)) and not (
                _PETITIONER_COMPLAINANT_SCAN.search(window)
            )
        known = known and not slash_complainant(ctx)
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


def matches_at(
    rx: re.Pattern[str], text: str, low: str, starts: tuple[str, ...], word_start: bool
) -> bool:
    """``bool(rx.search(text))`` for a pattern whose matches start with one of ``starts``
    (``low``: ``text`` lower-cased with the same offsets, ``lowers_as_re``): tried only
    where those words occur, and with ``word_start`` (each branch opens with ``\\b``) only
    where no letter or digit precedes."""
    for w in starts:
        at = low.find(w)
        while at >= 0:
            boundary = not (word_start and at and (low[at - 1].isalnum() or low[at - 1] == "_"))
            if boundary and rx.match(text, at):
                return True
            at = low.find(w, at + 1)
    return False


# every match of these patterns holds one of its words (lower-cased, as re.I matches them)
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    PROSECUTOR: tuple(w.lower() for w in required_literals(PROSECUTOR.pattern)),
    PUBLIC_RESPONDENT: _COURTS,
    DISCIPLINING: tuple(w.lower() for w in required_literals(DISCIPLINING.pattern)),
}


def side_has(ctx: Context, rx: re.Pattern[str], side: str) -> bool:
    """``rx.search(side) is not None``, once per pattern, caption side and judgment (each
    side is asked about as itself and as its neighbours' other side); not tried where the
    lower-cased side holds none of the pattern's words."""
    known = ctx.cache.setdefault("parties.side_has", {})
    found = known.get((rx, side))
    if found is None:
        needs = _NEEDS.get(rx)
        if needs is not None and lowers_as_re(side):
            low = side.lower()
            found = any(w in low for w in needs) and rx.search(side) is not None
        else:
            found = rx.search(side) is not None
        known[(rx, side)] = found
    return found


def state_in(ctx: Context, side: str) -> bool:
    """``STATE.found_in(side)`` (its line breaks read as spaces), once per caption side and
    judgment (each side is asked about as itself and as the other side of its neighbours)."""
    known = ctx.cache.setdefault("parties.state_in", {})
    found = known.get(side)
    if found is None:
        found = STATE.found_in(side)
        if not found and "\n" in side:
            # a PDF caption breaks a party's name over lines ("Commission to Investigate
            # Allegations of\n\nBribery or Corruption"): the words still name it
            found = STATE.found_in(_LINE_BREAK.sub(" ", side))
        known[side] = found
    return found


_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
