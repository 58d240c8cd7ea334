"""Roles and officials: is a defendant a public official (which kind), and what did they do.

Official status comes from :mod:`caselaw.extractors.officials` (read only right next to a
defendant's name).  Roles (lexicon.md section 4) come from the sentences that name a
defendant as the actor (:mod:`caselaw.extractors.role_subject`): the act verbs of the
trafficking statutes (recruit, transport, harbour, maintain, offer ...), the bribery
statutes' verbs with money as object (solicit, accept, demand, receive; give, offer,
promise) and papers forged or confiscated; an act denied, unproven or only listed from the
statute counts for nothing (:mod:`caselaw.extractors.role_denials`).  Officials in graft
cases without a bribe element get ``other`` (not in administrative matters: discipline,
no scheme); defendants in cases with no trafficking or corruption scheme get none.

Speed: a role's cues start with its keywords (``role_words``), so they are matched only at
those keywords, and a sentence is cut only around a keyword where a cue matched, once per
judgment for all its defendants (:class:`_Sites`): the cost follows the acts narrated, not
every "received" or "paid".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import compress, repeat
from operator import itemgetter

from caselaw.extractors import officials
from caselaw.extractors._base import (
    MAX_SENTENCE,
    Context,
    Step,
    compile_any,
    compile_lower,
    load_data,
    register_group,
)
from caselaw.extractors.found import Found
from caselaw.extractors.funds_roles import funds_only
from caselaw.extractors.lazy_paragraphs import Paragraphs
from caselaw.extractors.names import name_keys, name_spans
from caselaw.extractors.private_party import private_by_party_word
from caselaw.extractors.role_denials import not_done
from caselaw.extractors.role_subject import Names
from caselaw.extractors.sole_appellant import names_appellant, sole_appellant
from caselaw.models import Category, Proceeding, Role

NAME = "roles"
VERSION = "1.25.0"

_PRIVATE = compile_lower(load_data("officials.yaml")["private_cues"])  # on lower-cased windows
_TERMS = load_data("roles.yaml")["role_terms"]
# a cue's shared phrases ("{victim}") written out (names only: "{0,3}" is a quantifier)
_ROLES = {
    role: [re.sub(r"\{([a-z_]+)\}", lambda m: _TERMS[m[1]], rx) for rx in cues]
    for role, cues in load_data("roles.yaml")["role_cues"].items()
}
_ROLE_RES = [(Role(r), compile_any(rx), compile_lower(rx)) for r, rx in _ROLES.items()]

for _role, _words in load_data("roles.yaml")["role_words"].items():
    register_group(f"roles.{_role}", _words)


# the next item of an enumerated list ("(i.) X - The accused-appellant (ii.) Y - The owner of
# the land"): what follows it describes another person
_NEXT_ITEM = re.compile(r"\((?:[ivx]{1,4}|[a-h])\.?\)")


def is_private(ctx: Context, index: int) -> bool:
    """A sentence naming the defendant calls them a private person, supplier, owner ...
    (a surname inside a ``roles.official`` paragraph: that is checked only where the
    window around it names one, so the paragraphs are built only that far)."""
    text = ctx.text
    # (the lowered text's slice is the window lowered: the cues are ASCII words)
    low = ctx.lower if len(ctx.lower) == len(text) else None
    paras = None
    for s, e in _name_spans(ctx, index):
        lo, hi = max(0, s - 150), e + 150
        window = text[lo:hi]
        if "(" in window[s - lo :]:
            item = _NEXT_ITEM.search(window, s - lo + (e - s))
            hi = lo + item.start() if item is not None else hi
        seen = low[lo:hi] if low is not None else text[lo:hi].lower()
        if _PRIVATE.search(seen):
            # (built here, not kept in ctx.cache: a Paragraphs refers to its Context, and
            # that cycle would leave every judgment to the garbage collector)
            paras = paras or Paragraphs(ctx, "roles.official")
            if paras.covers(s):
                return True
    return private_by_party_word(ctx, index)  # ("while petitioner was a private individual")


def _role_allowed(role: Role, schemes: set[Category], official: bool) -> bool:
    """Taking a bribe needs an official, protecting or facilitating also a chain that moves
    people; trafficking roles a trafficking scheme (recruiting also illegal recruitment);
    forging papers a trafficking or smuggling scheme; bribe-giving any scheme."""
    if role is Role.BRIBE_TAKER:
        return official
    if role in (Role.PROTECTOR_OFFICIAL, Role.FACILITATOR_OFFICIAL):
        # an official's link of a chain that moves or holds people: a permit processed
        # in a graft case is that case's conduct
        return official and bool(schemes & _CHAINS)
    if role is Role.BRIBE_GIVER:
        return True
    if role is Role.DOCUMENT_FORGER:
        # a link of a trafficking or smuggling chain: travel and identity papers (Palermo
        # Smuggling Protocol art. 6(1)(b), R.A. 9208 s.5(b)); a forged receipt or signature
        # in a graft case is that case's conduct, not this role
        return bool(schemes & _MOVEMENT)
    if role is Role.RECRUITER and Category.ILLEGAL_RECRUITMENT in schemes:
        return True
    return Category.TRAFFICKING in schemes


_MOVEMENT = frozenset({Category.TRAFFICKING, Category.SMUGGLING})
_CHAINS = _MOVEMENT | {Category.ILLEGAL_RECRUITMENT}
_SCHEMES = frozenset(
    {Category.TRAFFICKING, Category.CORRUPTION, Category.SMUGGLING, Category.ILLEGAL_RECRUITMENT}
)


def _name_spans(ctx: Context, index: int) -> list[tuple[int, int]]:
    """Where the text names defendant ``index`` (by the last key token of the name)."""
    name = ctx.defendants[index].name
    toks = name_keys(ctx, name)
    if not toks or len(toks[-1]) < 3:
        return []
    return name_spans(ctx, toks[-1], not name.isascii())


def _roles(
    ctx: Context, index: int, schemes: set[Category], official: bool, sites: _Sites, names: Names
) -> tuple[Role, ...]:
    if not schemes & _SCHEMES:
        return ()
    if not name_keys(ctx, ctx.defendants[index].name):
        return ()
    found: list[Role] = []
    starts = [a for a, _ in names.spans[index]]
    # with one defendant, "the accused" / "the respondent" in a sentence is that defendant
    single = len(ctx.defendants) == 1
    sole = not single and sole_appellant(ctx) == index  # ("accused-appellant": that one)
    for role in _ROLE_ORDER:
        if not _role_allowed(role, schemes, official):
            continue
        for lo, hi, at in sites.acts(role):
            i = bisect.bisect_left(starts, lo)
            # a sentence counts when it names the defendant as the actor (or, alone, "the
            # accused")
            if i < len(starts) and starts[i] < hi:
                actors = names.actors(lo, at)
                if actors is None or index in actors:
                    found.append(role)
                    break
            elif (single and sites.party(lo, hi)) or (
                sole and names_appellant(ctx.text, lo, hi, at)
            ):
                found.append(role)
                break
    # ``other`` marks an official's part in a graft case without a bribe element; an
    # administrative matter disciplines an officer for conduct in office (neglect, delay,
    # misconduct) and puts no scheme before the court (LABELLING-CONVENTIONS.md)
    if Role.BRIBE_TAKER in found and funds_only(ctx):
        found.remove(Role.BRIBE_TAKER)  # (custody of the funds malversed, no bribe)
    if (
        not found
        and (official or Category.CORRUPTION in schemes)
        and ctx.info.proceeding is not Proceeding.ADMINISTRATIVE
    ):
        found.append(Role.OTHER)
    return tuple(r for r in Role if r in found)


_ROLE_ORDER = [role for role, _, _ in _ROLE_RES]

# the lone defendant by a party word: "the accused" / "the defendant" (UK, US, SG, MY), "the
# above-named accused" of an information, and "accused, a public officer, ..." (an accused
# set beside the office the charge needs), and the bare party word Philippine decisions use
# as a name, as the subject ("that petitioner was the one who offered the private
# complainants ... employment", "appellant recruited"; not "counsel for petitioner")
_PARTY_WORD_RX = (
    r"\b(?:the (?:accused|appellant|respondent|petitioner|accused-appellant|defendant)(?![s\w-])"
    r"|(?:above-named|said) accused|accused, (?:a|an|being|then)\b"
    r"|accused-appellant(?![s\w])"
    r"|(?<!for )(?<!of )(?:petitioner|appellant) (?=(?:was|is|had|has|\w+ed)\b)"
    r"|(?:he|she) (?=\w+ed\b))"
)
_PARTY_WORD = re.compile(_PARTY_WORD_RX, re.I)
# on the lowered text: the leading \b would make a search try every position (found.py)
_PARTY_WORD_LOW = Found(_PARTY_WORD_RX)


_Found = tuple[list[tuple[int, int, int]], Iterator[int], list[tuple[int, int]]]


class _Sites:
    """Where a role can be read, once per judgment for all its defendants: the sentences
    (between the nearest ``.`` or ``;``) around a keyword of the role at which one of its
    cues matches.  A keyword whose cue does not follow ("received the letter") costs one
    anchored match, run in C (``map`` / ``compress``); sentences are cut only around the
    few that do, and only as far as the defendants ask (a role is settled by its first
    sentence naming them)."""

    __slots__ = ("_ctx", "_text", "_low", "_found")

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        # the lowered text, read on the first question (a judgment may ask none)
        self._text: str | None = None
        self._low: str | None = None
        # per role: the sentences found so far, the indexes of the keywords left at which
        # the cue matches, and the keywords
        self._found: dict[Role, _Found] = {}

    def sentences(self, role: Role) -> Iterator[tuple[int, int]]:
        return (act[:2] for act in self.acts(role))

    def acts(self, role: Role) -> Iterator[tuple[int, int, int]]:
        """The role's sentences with where its cue starts: ``(start, end, cue)``."""
        if self._text is None:
            self._low = self._ctx.lowered
            self._text = self._ctx.text if self._low is None else self._low
        found = self._found.get(role)
        if found is None:
            spans = self._ctx.keyword_spans(f"roles.{role.value}")
            found = self._found[role] = ([], self._cued(role, spans), spans)
        out, i = found[0], 0
        while i < len(out) or self._more(role, *found):
            yield out[i]
            i += 1

    def party(self, lo: int, hi: int) -> bool:
        if self._low is not None:
            return _PARTY_WORD_LOW.first(self._low, lo, hi) is not None
        return _PARTY_WORD.search(self._text or self._ctx.text, lo, hi) is not None

    def _cued(self, role: Role, spans: list[tuple[int, int]]) -> Iterator[int]:
        cue = _CUES[role][0 if self._low is None else 1].match
        matches = map(cue, repeat(self._text or self._ctx.text), map(itemgetter(0), spans))
        return compress(range(len(spans)), matches)

    def _more(
        self,
        role: Role,
        out: list[tuple[int, int, int]],
        cued: Iterator[int],
        spans: list[tuple[int, int]],
    ) -> bool:
        """Find the role's next sentence (False when its keywords are done)."""
        done_to = out[-1][1] if out else -1
        for k in cued:
            ks, ke = spans[k]
            if ks >= done_to:  # (not inside the last sentence found)
                lo, hi = act_sentence(self._ctx.text, ks, ke)
                # (the act denied, unproven, only listed, or public money taken)
                text, low = self._text or self._ctx.text, self._low is not None
                if not_done(text, low, lo, ks, hi, role is Role.BRIBE_TAKER):
                    continue
                out.append((lo, hi, ks))
                return True
        return False


_CUES = {role: (rx, rx_low) for role, rx, rx_low in _ROLE_RES}


def act_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """``sentence_around(text, start, end, ".;")``, inline (the commonest end first)."""
    n = len(text)
    lo = start - MAX_SENTENCE if start > MAX_SENTENCE else 0
    hi = end + MAX_SENTENCE if end + MAX_SENTENCE < n else n
    # the nearest "." or ";" either side; ";" is looked for only nearer than the "."
    p = text.rfind(".", lo, start)
    p = max(p, text.rfind(";", p + 1 if p >= 0 else lo, start))
    e = text.find(".", end, hi)
    b = text.find(";", end, e if e >= 0 else hi)
    e = b if b >= 0 else e
    return (p + 1 if p >= 0 else lo, e + 1 if e >= 0 else hi)


def _names(ctx: Context) -> Names:
    return Names(ctx.text, [_name_spans(ctx, i) for i in range(len(ctx.defendants))])


def run(ctx: Context, step: Step) -> None:
    schemes = {Category(c) for c in {m.category for m in ctx.mentions}}  # (an Enum call: ~1 us)
    out = []
    # both read once per judgment, for all its defendants
    paras = Paragraphs(ctx, "roles.official")
    sites = _Sites(ctx)
    names = Names(ctx.text, []) if not schemes & _SCHEMES else _names(ctx)
    for i, d in enumerate(ctx.defendants):
        typ = officials.official(ctx, i, paras)
        roles = _roles(ctx, i, schemes, typ is not None, sites, names)
        out.append(replace(d, is_official=typ is not None, official_type=typ, roles=roles))
    ctx.defendants = out


EXTRACTOR = Step(
    NAME, VERSION, requires=("defendants", "mentions"), assigns=("defendants",), fn=run
)
