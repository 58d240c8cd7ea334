"""Which kind of official: the specific office the text gives a defendant already known to be
an official, where the status reading (:mod:`caselaw.extractors.officials`) found only a
generic one ("a public officer", "the Treasurer") or, for a defendant made an official by a
graft charge, none.

It never decides *whether* a defendant is an official; it reads, around each mention of
the surname, the office the text ties to that person:

* a title run right before the name ("Barangay Captain Vicente R. Cruz", "C/Insp. Jose
  Lim", "COURT ADMINISTRATOR JOSE M. REYES"): all its capitalised words, not three;
* an apposition or predicate without an article after the name ("Ana Cruz (respondent),
  Clerk of Court II, ...", "where Ana Cruz was Clerk of Court II"), unless the title
  belongs to the next person of a list ("Cruz (Cruz), Municipal Treasurer Ana Reyes");
* a generic head followed by the office or body ("a public officer, being then the City
  Veterinarian", "a public officer in the Nigeria Immigration Service");
* a group the defendant is listed in ("A, B and C, who were all officials and employees of
  the Provincial Government of X"; "employees of the City Government of X, namely: A ..."):
  :mod:`caselaw.extractors.official_group`.

Only ``kind_cues`` (officials.yaml) are read: the status vocabulary plus office and body
words that name a kind but are no evidence of office on their own.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from caselaw.extractors._base import Context, compile_any, load_data
from caselaw.extractors.being_office import being_office
from caselaw.extractors.found import Found, twin_source
from caselaw.extractors.names import name_keys
from caselaw.extractors.official_gate import TypeGate
from caselaw.extractors.official_group import SENTENCE_END, group_type
from caselaw.extractors.official_mentions import (
    CAPTION_ONLY,
    MENTIONS,
    alias_spans,
    mention_spans,
    ordinal_spans,
    party_spans,
    split_surname_spans,
)
from caselaw.models import OfficialType

__all__ = ["best_type", "charged_type", "mention_spans", "specific_type"]

_OFF = load_data("officials.yaml")
_REACH_BEFORE = 90
_KINDS = _OFF["kind_cues"]
# the status vocabulary of each specific type, plus its kind-only cues; in the status
# order (police ... labour), other_public left out: it is what is refined
_CUES = [
    (OfficialType(t), [*rx, *_KINDS.get(t, [])])
    for t, rx in _OFF["official_types"].items()
    if t != OfficialType.OTHER_PUBLIC.value
]
_TYPED = [(typ, compile_any(cues)) for typ, cues in _CUES]
# the same for a lower-cased window (no re.I: several times faster), behind a literal gate;
# most cues start with a "\b", which would make a search try every position (found.py)
_TYPED_LOW = [(typ, Found(cues)) for typ, cues in _CUES]
_GATE = TypeGate(_CUES)
# a bare police rank ("Inspector Tan", "Staff Sergeant Lim"): police unless the run names
# another kind, or the word before the rank qualifies it ("Meat Inspector", "Army Sergeant")
_BARE_RANK = compile_any(_OFF["bare_police_ranks"], flags=0)  # capitalised: a title
# the same without the leading "\b": found at C speed where ``_BARE_RANK`` would try every
# position, so a window with none of the ranks is not searched (found.py)
_BARE_RANK_TWIN = re.compile(twin_source(_OFF["bare_police_ranks"]))
_MODIFIERS = frozenset(_OFF["rank_modifiers"])
_ABBREVIATIONS = frozenset(_OFF["police_rank_abbreviations"])

_REACH_AFTER = 260
# where a title run before a name stops: a clause mark, a co-ordinator, a sentence end
_CUT_MARKS = frozenset(',;:()[]"\u201c\u201d')
_CUT_WORDS = frozenset(["and", "or", "with", "against", "by", "v", "v.", "vs", "vs.", "versus"])
_NAME_PARTICLES = frozenset(["de", "del", "la", "y"])
_RUN_WORDS = _NAME_PARTICLES | {"of", "the"}


@lru_cache(maxsize=4096)
def kind_of(window: str, head: int | None = None) -> OfficialType | None:
    """The specific type a cue in ``window`` names (with ``head``, a cue starting within
    its first ``head`` characters), else a bare police rank's, else None."""
    low = window.lower()
    if len(low) == len(window):
        possible = _GATE.possible(low)
        before = None if head is None else head + 1  # (a cue starting by ``head``)
        for typ, found in _TYPED_LOW:
            if typ in possible and found.first(low, 0, len(low), before):
                return typ
    else:  # (lower-casing moved offsets)
        for typ, rx in _TYPED:
            m = rx.search(window)
            if m and (head is None or m.start() <= head):
                return typ
    if _bare_rank(window, head) is not None or _leading_abbreviation(window):
        return OfficialType.POLICE
    return None


def _leading_abbreviation(window: str) -> bool:
    """``window`` opens with a police rank abbreviation ("PC 33355 ...", "Accused SI ...")."""
    for word in window.split(None, 3):
        word = word.rstrip(".,")
        if word in _ABBREVIATIONS:
            return True
        if word not in _MODIFIERS:
            return False
    return False


def _bare_rank(window: str, head: int | None) -> re.Match[str] | None:
    """The first bare police rank in ``window`` (by ``head``) not qualified by the word
    before it: a capitalised word outside ``rank_modifiers`` makes it another office."""
    if _BARE_RANK_TWIN.search(window) is None:
        return None  # (no rank anywhere in it)
    for m in _BARE_RANK.finditer(window):
        if head is not None and m.start() > head:
            return None
        if _OF_OFFICE.match(window, m.end()):
            continue  # "Superintendent of Works", "Inspector of Schools": another office
        before = window[: m.start()].split()
        if not before or before[-1] in _MODIFIERS or not before[-1][:1].isupper():
            return m  # (a lower-case word before it: "accused Inspector Tan")
    return None


# a rank word followed by what it superintends or inspects is that office's title, not a
# police rank (the police's own, "Superintendent of Police", is a kind cue read before)
_OF_OFFICE = re.compile(r"\s+of\s+(?!(?:the\s+)?police\b)", re.I)


def _title_run(text: str, start: int, own: frozenset[str]) -> str:
    """The capitalised words (and belt numbers: "PC 33355") right before a name at
    ``start`` (its first names ``own`` left out), from the last clause mark, co-ordinator,
    paragraph or sentence end on; none after a preposition ("the Treasurer of Manila of
    Ana Cruz")."""
    lo = max(0, start - _REACH_BEFORE)
    last = text[max(lo, start - 24) : start].rsplit(None, 1)
    if not last or not (
        last[-1][:1].isupper() or last[-1] in _NAME_PARTICLES or last[-1].isdigit()
    ):
        return ""  # (most mentions: "the accused Cruz", "(Cruz)", "the Treasurer of Cruz")
    para = text.rfind("\n\n", lo, start)
    words = text[para + 2 if para >= 0 else lo : start].split()
    while words and words[-1] in own:
        words.pop()
    if words and words[-1] in ("of", "the"):
        return ""
    run: list[str] = []
    for word in reversed(words):
        if (
            not _CUT_MARKS.isdisjoint(word)
            or word.lower() in _CUT_WORDS
            or _ends_sentence(word)
            or not (word[0].isupper() or word in _RUN_WORDS or word.isdigit())
        ):
            break
        run.append(word)
    return " ".join(reversed(run))


def _ends_sentence(word: str) -> bool:
    """A word ending a sentence: a period after a word of five letters or more ("Court.",
    "police.") or after capitals ("RTC."); "Sr.", "Insp.", "C/Supt.", "R." are abbreviations
    of a title or an initial."""
    if word[-1] != ".":
        return False
    core = word[:-1].rsplit("/", 1)[-1]
    if not core.isalpha():
        return False
    return (len(core) >= 5 and core.lower() != "lieut") or (len(core) > 1 and core.isupper())


# after the surname: a maternal surname, a suffix, a bracketed alias or party word
_AFTER_NAME = re.compile(
    r"(?:\s+y\s+[A-Z][\w'-]+)?(?:,?\s+(?:Jr|Sr|III|II|IV)\b\.?)?(?:\s*\([^()\n]{1,40}\))?"
)
# an apposition (", Clerk of Court II, ...") or a predicate ("was Clerk of Court II",
# "was the Municipal Planning ... Officer"): the office follows, up to a clause mark
_APPOSITION = re.compile(
    r"(?:\s*,\s*(?:(?:who|he|she)\s+)?(?:(?:was|is|being)\s+)?|\s+(?:was|is|being)\s+)"
    r"(?:(?:then|at\s+the\s+(?:material|relevant)?\s*time|the|an?|incumbent|duly\s+appointed)"
    r",?\s+)*(?=[A-Z])(?!(?:VS?|Vs?|VERSUS|Versus)\b)([^,;:()]{2,90})"
)
# a generic head, then the office or the body it serves in
_GENERIC = re.compile(
    r"\s*,?\s*(?:who\s+(?:was|is)\s+)?(?:(?:then|the|an?|also)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:public|government|state|civil)\s+(?:officer|official|servant|employee)s?"
    r"(?:\s*,\s*|\s+)(?:being\s+(?:then\s+)?(?:(?:and\s+)?(?:still\s+)?(?:is|was)\s+)?"
    r"(?:the\s+|an?\s+)?|then\s+(?:the\s+|an?\s+)?"
    # the information's formula: "a public officer, having been duly appointed and
    # qualified to such public position as Police Officer 2 of the ..." (PH)
    r"|having\s+been\s+(?:duly\s+)?(?:appointed|elected)(?:\s+and\s+qualified)?"
    r"(?:\s+to\s+(?:such|the|said)\s+(?:public\s+)?(?:position|office))?\s+as\s+(?:the\s+|an?\s+)?"
    r"|(?:namely|to\s+wit|viz\.?)\s*[,:]?\s*(?:the\s+|an?\s+)?"
    r"|(?:in|of|with|at|under)\s+(?:the\s+)?)([^,;:()\n]{2,90})",
    re.I,
)
_LINK_WORDS = frozenset(["who", "was", "is", "being"])
_HEAD = 30
"""An office read after a name counts only when its cue starts this near (the head noun)."""


def _kind_after(window: str) -> OfficialType | None:
    """The kind of office ``window``, read after a name, names (its cue near the head)."""
    return kind_of(window, _HEAD)


# "Cruz (Cruz), Municipal Treasurer Ana Reyes (Reyes)": a title then a person's name; "Cruz
# is Mayor Lim's nephew": a kinsman of the office holder holds no office by it
_NEXT_PERSON = re.compile(
    r"\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s*)*[A-Z][\w'-]*(?:\s|$|\()"
    r"|\s+[A-Z][\w-]*['\u2019]s\s+(?:son|daughter|wife|husband|brother|sister|nephew|niece"
    r"|cousin|father|mother|friend|relative|(?:\w+-in-law))\b"
)


def _apposition_type(text: str, end: int) -> OfficialType | None:
    """The office in an apposition or predicate right after a name ending at ``end``."""
    name = _AFTER_NAME.match(text, end, end + 60)
    at = name.end() if name else end
    nxt = text[at : at + 8].lstrip()
    if not nxt.startswith(",") and nxt.split(" ", 1)[0] not in _LINK_WORDS:
        return None  # (what both patterns start with: most mentions go on otherwise)
    m = _GENERIC.match(text, at, at + _REACH_AFTER)
    if m:
        return kind_of(m.group(1), _HEAD)
    m = _APPOSITION.match(text, at, at + _REACH_AFTER)
    if m is None:
        return _lower_apposition(text, at)
    run = m.group(1)
    typ = kind_of(run, _HEAD)
    if typ is None:
        return None
    cue = _cue_end(run, typ)
    if _NEXT_PERSON.match(run, cue):
        return None  # the title of the next person listed
    return typ


# a lower-case apposition or predicate with an article: "the appellant, who was a police
# officer, ...", "the 2nd Appellant, another officer attached to the same station", "was
# then a staff sergeant and ...", "petitioner, a team member of the City Veterinary Office"
_LOW_APPOSITION = re.compile(
    r"(?:\s*,\s*(?:(?:who|he|she)\s+)?(?:(?:was|is|being)\s+)?|\s+(?:was|is|being)\s+)"
    r"(?:(?:then|at\s+the\s+(?:material|relevant)\s+time),?\s+)?"
    r"(?:an?|the|another)\s+(?:then\s+)?(?!former\b|retired\b|ex-)([^,;:()]{2,90})"
)
# its head: the office ("police officer", "senior customs official": a cue within its first
# two words), a lower-case police rank ("staff sergeant", "sub inspector": modifiers only
# before it, so not "meat inspector"), or a member of a body ("a team member of the City
# Veterinary Office", "an officer of Sri Lanka Customs")
_LOW_RANK = re.compile(
    r"(?:(?:staff|station|chief|senior|sub|assistant|deputy|head|lance|woman|police|detective)"
    r"[\s-]+)*(?:sergeant|inspector|constable|corporal|superintendent)\b"
)
_MEMBER_OF = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:member|employee|officer|official|staff|servant)s?"
    r"\s+(?:of|in|at|with)\s+(?:the\s+)?([^,;:()\n]{2,80})"
)
_FIRST_WORDS = re.compile(r"(?:[\w-]+\s+){0,2}")
_KIN = re.compile(r"(?:[\w-]+\s+){0,3}?[\w-]+(?:['\u2019]s|s['\u2019])\s")


def _lower_apposition(text: str, at: int) -> OfficialType | None:
    """The office of a lower-case apposition or predicate with an article at ``at``."""
    m = _LOW_APPOSITION.match(text, at, at + _REACH_AFTER)
    if m is None:
        return None
    run = m.group(1)
    if _KIN.match(run):
        return None  # ("a police officer's wife": the office is another's)
    first = _FIRST_WORDS.match(run)
    typ = kind_of(run, first.end() - 1 if first else 0)  # (not "a resident of Barangay X")
    if typ is not None:
        return typ
    if _LOW_RANK.match(run):
        return OfficialType.POLICE
    member = _MEMBER_OF.match(run)
    return kind_of(member.group(1), _HEAD) if member else None


def _cue_end(run: str, typ: OfficialType) -> int:
    """Where ``typ``'s first cue in ``run`` ends."""
    for t, rx in _TYPED:
        if t is typ:
            m = rx.search(run)
            return m.end() if m else len(run)
    m = _bare_rank(run, None)
    return m.end() if m else len(run)


_MENTIONS = MENTIONS


def specific_type(ctx: Context, index: int, spans: list[tuple[int, int]]) -> OfficialType | None:
    """The specific type most of the mentions ``spans`` of defendant ``index`` name, else
    None."""
    text = ctx.text
    own = frozenset(ctx.defendants[index].name.split())
    votes: Counter[OfficialType] = Counter()
    if len(spans) <= CAPTION_ONLY:  # (read for the type only: it makes no one an official)
        toks = name_keys(ctx, ctx.defendants[index].name)
        spans = sorted({*spans, *split_surname_spans(ctx, toks[-1])}) if toks else spans
    if len(ctx.defendants) == 1:
        spans = spans[:_MENTIONS] + party_spans(ctx)
    else:
        spans = spans[:_MENTIONS] + ordinal_spans(ctx, index) + alias_spans(ctx, spans)
    low = ctx.lower if len(ctx.lower) == len(text) else None
    for s, e in spans[: 2 * _MENTIONS]:
        run = _title_run(text, s, own)
        for typ in (
            kind_of(run) if run else None,
            _apposition_type(text, e),
            group_type(text, s, e, _kind_after, low),
            _charged_as(text, e),
        ):
            if typ is not None:
                votes[typ] += 1
    return votes.most_common(1)[0][0] if votes else None


def best_type(votes: dict[OfficialType, int]) -> OfficialType:
    """The first of the most voted types, a specific one before ``other_public``: that is
    the residual type ("a public officer" is true of a police officer or a mayor too), so a
    mention naming the office ("Municipal Treasurer X", "Barangay Captain of Y") says more
    than others calling the same person "the Treasurer" or "a government employee"."""
    specific: dict[OfficialType, int] = {
        t: n for t, n in votes.items() if t is not OfficialType.OTHER_PUBLIC
    }
    pool = specific or votes
    return max(pool, key=pool.__getitem__)  # the first of the most voted, as most_common


# a charge stating the office: "you, X, are charged that you on ..., being an agent to wit, a
# Staff Sergeant in the Singapore Police Force, did ..." (SG, UK: an agent), "he being a
# public servant namely a Grama Niladhari solicited ..." (LK, IN, MY, PK penal codes: a
# public servant), in the sentence of the name or party word
_CHARGED_AS = re.compile(
    r"being\s+(?:then\s+)?(?:an?\s+|the\s+)?(?:agent|public\s+(?:servant|officer|official)"
    r"|government\s+(?:servant|officer|official|employee)|member\s+of\s+a\s+public\s+body)"
    r"\s*,?\s*(?:to\s+wit|namely|viz\.?|that\s+is\s+to\s+say)\s*[,:]?\s*"
    r"(?:an?\s+|the\s+)?([^,;:()]{2,90})",
    re.I,
)
_CHARGE_REACH = 400


def _charged_as(text: str, end: int) -> OfficialType | None:
    """The office a charge gives the person named (ending at ``end``): "being a public
    servant, namely ..." later in the same sentence."""
    at = text.find("being", end, end + _CHARGE_REACH)
    if at < 0 or SENTENCE_END.search(text, end, at):
        return None
    m = _CHARGED_AS.match(text, at, end + _CHARGE_REACH)
    if m is None and not text[at - 1].isalnum():  # "he being a police officer, ..."
        return being_office(text, at, end + _CHARGE_REACH, kind_of)
    if m is None or text[at - 1].isalnum():
        return None
    typ = kind_of(m.group(1), _HEAD)
    if typ is None and (member := _MEMBER_OF.match(m.group(1))):
        return kind_of(member.group(1), _HEAD)  # ("an officer of the Royal ... Customs")
    if typ is None:  # ("Superintendent of Works of the Kalutara Urban Council")
        for body in _POST_BODY.finditer(m.group(1)):
            typ = kind_of(m.group(1)[body.end() :], _HEAD)
            if typ is not None:
                break
    return typ


# the body a charged post is held in: "<post> of / in / within (the) <Body>"
_POST_BODY = re.compile(r"\b(?:of|in|at|within|under)\s+(?:the\s+)?(?=[A-Z])")


def charged_type(ctx: Context, index: int) -> OfficialType:
    """Defendant ``index``'s type when a graft charge, not the text, makes them an official:
    the specific office the text names around their name, else ``other_public``."""
    return specific_type(ctx, index, mention_spans(ctx, index)) or OfficialType.OTHER_PUBLIC
