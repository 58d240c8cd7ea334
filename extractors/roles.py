"""Roles and officials: is a defendant a public official (which kind), and what did they do.

Official status comes from :mod:`caselaw.extractors.officials` (read only right next to a
defendant's name).  Roles (lexicon.md section 4) come from the sentences that name a
defendant: trafficking act verbs (recruit, transport, harbour ...), bribe cues (received a
bribe, asked for money) and document forgery; officials in graft cases without a bribe
element get ``other``; defendants in cases with no trafficking or corruption scheme get
none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

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
from caselaw.extractors.names import name_keys, name_spans
from caselaw.models import Category, Role

NAME = "roles"
VERSION = "1.2.0"

_PRIVATE = compile_lower(load_data("officials.yaml")["private_cues"])  # on lower-cased windows
_ROLES = load_data("roles.yaml")["role_cues"]
_ROLE_RES = [(Role(r), compile_any(rx), compile_lower(rx)) for r, rx in _ROLES.items()]

for _role, _words in load_data("roles.yaml")["role_words"].items():
    register_group(f"roles.{_role}", _words)


def is_private(ctx: Context, index: int) -> bool:
    """A sentence naming the defendant calls them a private person, supplier, owner ..."""
    for s, e in officials.occurrences(ctx, index):
        window = ctx.text[max(0, s - 150) : e + 150]
        if _PRIVATE.search(window.lower()):
            return True
    return False


def _role_allowed(role: Role, schemes: set[Category], official: bool) -> bool:
    """Officials' roles need an official; trafficking roles a trafficking scheme (recruiting
    also illegal recruitment); forging and bribe-giving any scheme."""
    if role in (Role.BRIBE_TAKER, Role.PROTECTOR_OFFICIAL, Role.FACILITATOR_OFFICIAL):
        return official
    if role in (Role.BRIBE_GIVER, Role.DOCUMENT_FORGER):
        return True
    if role is Role.RECRUITER and Category.ILLEGAL_RECRUITMENT in schemes:
        return True
    return Category.TRAFFICKING in schemes


_SCHEMES = frozenset(
    {Category.TRAFFICKING, Category.CORRUPTION, Category.SMUGGLING, Category.ILLEGAL_RECRUITMENT}
)


def _roles(ctx: Context, index: int, schemes: set[Category], official: bool) -> tuple[Role, ...]:
    if not schemes & _SCHEMES:
        return ()
    toks = name_keys(ctx, ctx.defendants[index].name)
    if not toks:
        return ()
    found: list[Role] = []
    accented = not ctx.defendants[index].name.isascii()
    spans = name_spans(ctx, toks[-1], accented) if len(toks[-1]) >= 3 else []
    starts = [a for a, _ in spans]
    # with one defendant, "the accused" / "the respondent" in a sentence is that defendant
    single = len(ctx.defendants) == 1
    low = ctx.lowered
    text = ctx.text if low is None else low
    party = _PARTY_WORD if low is None else _PARTY_WORD_LOW
    for role, rx, rx_low in _ROLE_RES:
        if not _role_allowed(role, schemes, official):
            continue
        words = None if low is None else _CUE_WORDS.get(role)
        cue = rx if low is None else rx_low
        for lo, hi in _act_sentences(ctx, f"roles.{role.value}"):
            i = bisect.bisect_left(starts, lo)
            named = i < len(starts) and starts[i] < hi
            # a sentence counts when it names the defendant (or, alone, "the accused")
            # and holds the role's cue: the rare cue is tested before the party words
            if not (named or single):
                continue
            if words is not None and not any(text.find(w, lo, hi) >= 0 for w in words):
                continue  # none of the words all its cues hold
            if not cue.search(text, lo, hi):
                continue
            if named or party.search(text, lo, hi):
                found.append(role)
                break
    if not found and (official or Category.CORRUPTION in schemes):
        found.append(Role.OTHER)
    return tuple(r for r in Role if r in found)


_CUE_WORDS = {Role(r): tuple(w) for r, w in load_data("roles.yaml")["role_cue_words"].items()}


_PARTY_WORD_RX = (
    r"\b(?:the (?:accused|appellant|respondent|petitioner|accused-appellant)"
    r"|(?:he|she) (?=\w+ed\b))"
)
_PARTY_WORD = re.compile(_PARTY_WORD_RX, re.I)
_PARTY_WORD_LOW = compile_lower(_PARTY_WORD_RX)


def _act_sentences(ctx: Context, group: str) -> list[tuple[int, int]]:
    """Sentences holding a keyword of ``group``, once per judgment: what
    ``sentence_around(text, start, end, ".;")`` gives for each keyword not inside the
    previous sentence, computed inline (this runs for every hit of common words)."""
    cache = ctx.cache.setdefault("roles.sentences", {})
    if group in cache:
        found = cache[group]
        assert isinstance(found, list)
        return found
    text = ctx.text
    rfind, find, n = text.rfind, text.find, len(text)
    out: list[tuple[int, int]] = []
    done_to = -1
    for ks, ke in ctx.keyword_spans(group):
        if ks < done_to:
            continue
        lo = ks - MAX_SENTENCE if ks > MAX_SENTENCE else 0
        hi = ke + MAX_SENTENCE if ke + MAX_SENTENCE < n else n
        # the nearest "." or ";" either side; ";" is looked for only nearer than the "."
        p = rfind(".", lo, ks)
        p = max(p, rfind(";", p + 1 if p >= 0 else lo, ks))
        e = find(".", ke, hi)
        b = find(";", ke, e if e >= 0 else hi)
        e = b if b >= 0 else e
        done_to = e + 1 if e >= 0 else hi
        out.append((p + 1 if p >= 0 else lo, done_to))
    cache[group] = out
    return out


def run(ctx: Context, step: Step) -> None:
    schemes = {Category(m.category) for m in ctx.mentions}
    out = []
    paras = officials.Paragraphs(ctx, "roles.official")  # read by every defendant's check
    for i, d in enumerate(ctx.defendants):
        typ = officials.official(ctx, i, paras)
        roles = _roles(ctx, i, schemes, typ is not None)
        out.append(replace(d, is_official=typ is not None, official_type=typ, roles=roles))
    ctx.defendants = out


EXTRACTOR = Step(
    NAME, VERSION, requires=("defendants", "mentions"), assigns=("defendants",), fn=run
)
