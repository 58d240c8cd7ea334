"""Defendants: the accused or respondents whose criminal or disciplinary liability is decided.

Read from the caption (``PEOPLE ..., PLAINTIFF-APPELLEE, VS. X, ACCUSED-APPELLANT``;
``X, PETITIONER, VS. PEOPLE ...``; ``COMPLAINANT, VS. X, CLERK III, ..., RESPONDENT``;
``Regina - and - X Appellant``; ``X Vs. The State``; ``RE: COMPLAINT ... AGAINST X``)
and from the verdict sentences of dispositive parts (``finding accused A, B and C
GUILTY``), which name co-accused tried in the same case.  Accused at large, discharged as
state witnesses or dead are left out (LABELLING-CONVENTIONS.md).

The step's parts: ``caption_chunks`` finds the caption and cuts it into party chunks,
``party_names`` splits a chunk into names, ``verdict_parties`` reads the verdict
sentences, ``party_sides`` answers the bail and petition questions and ``party_vocab``
holds the words; this module decides which side of the caption is the accused, merges
the names found and leaves out the excluded.
"""

from __future__ import annotations

import bisect
import re

from caselaw.extractors._base import Context, Step, register_group
from caselaw.extractors._lower import lower
from caselaw.extractors.accused_verdicts import accused_verdicts
from caselaw.extractors.address_tail import address_tail
from caselaw.extractors.caption_chunks import GLUED_LABELS, caption_span, party_chunks
from caselaw.extractors.caption_connectives import without_connectives
from caselaw.extractors.caption_layout import COUNSEL_LINE
from caselaw.extractors.fallo_respondents import penalised_respondents
from caselaw.extractors.matter_respondents import matter_respondents
from caselaw.extractors.name_match import same_tokens
from caselaw.extractors.name_variants import typo_variant
from caselaw.extractors.names import display, key_tokens, split_alias
from caselaw.extractors.party_exclusions import accused_only, died, excluded
from caselaw.extractors.party_names import names_in
from caselaw.extractors.party_sides import (
    ACCUSING_AGENCY,
    DISCIPLINING,
    PROSECUTOR,
    PUBLIC_RESPONDENT,
    agency_accused,
    bail_accused_side,
    bail_case,
    petitioner_accused,
    petitioner_lists,
    side_has,
    state_in,
)
from caselaw.extractors.party_vocab import (
    ACCUSED_LABELS,
    CIVIL,
    EXCLUDED_WORDS,
    LABELS,
    STATE,
)
from caselaw.extractors.precedent_parties import precedent_names
from caselaw.extractors.verdict_parties import verdict_defendants
from caselaw.models import Defendant, Evidence

NAME = "parties"
VERSION = "1.19.0"

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
# The Supreme Court's administrative matters against judges and court personnel (A.M. No.
# RTJ-, MTJ-, P-; Rules of Court, Rule 140): the respondent is the one disciplined, whatever
# label the complainant bears ("X, Petitioner, vs. Judge Y, Respondent")
_AM_DOCKET = re.compile(r"\bA\.\s?M\.\s+No\.\s+(?:RTJ|MTJ|P)-\d")
_PETITIONER = {"petitioner", "petitioners"}
_CHALLENGER = {"appellant", "appellants", *_PETITIONER}
_RESPONDENT = {"respondent", "respondents"}


def _private_accused(ctx: Context, respondents: str, petitioners: str) -> bool:
    """A complainant's certiorari against a court's dismissal or acquittal: "X, PETITIONER,
    VS. SANDIGANBAYAN (FIFTH DIVISION) AND Y, RESPONDENTS".  The accused who petitions must
    implead the People (Rule 65 s.5; Rule 110 s.2), so with no state party, prosecutor or
    disciplining body on either side the private respondent beside the court is the
    accused, and the petitioner the private complainant; the body must call him accused."""
    if not side_has(ctx, PUBLIC_RESPONDENT, respondents):
        return False
    rest = PUBLIC_RESPONDENT.sub(" ", respondents)
    for side in (rest, petitioners):
        if (
            state_in(ctx, side)
            or side_has(ctx, PROSECUTOR, side)
            or side_has(ctx, DISCIPLINING, side)
        ):
            return False
    low = ctx.lower
    if "accused" not in low:
        return False
    people = names_in(rest, 0, len(rest))
    return bool(people) and all(
        f"respondent {n.split()[-1].lower()}" in low or f"accused {n.lower()}" in low
        for n, _, _ in people
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


def _against_state(
    ctx: Context, chunk: str, other_text: str, label: str | None, after: bool, other_before: bool
) -> tuple[bool, bool, bool]:
    """Does the other side of the caption accuse this one: (against the state, brought by
    an accusing agency, in a disciplining body's case).  The state against this side, or a
    complainant against a respondent; then neither side may be a civil party (the state
    test first: most pairs fail it).  ``after``: this side follows a versus;
    ``other_before``: the other side is the one before it."""
    against_state = state_in(ctx, other_text) and not state_in(ctx, chunk)
    brought = after and other_before and side_has(ctx, ACCUSING_AGENCY, other_text)
    if brought:
        against_state = not side_has(ctx, ACCUSING_AGENCY, chunk)
    elif not after and side_has(ctx, ACCUSING_AGENCY, other_text) and not against_state:
        brought = against_state = agency_accused(ctx) and not side_has(ctx, ACCUSING_AGENCY, chunk)
    if not against_state and label in _RESPONDENT:
        # (the court beside the accused; the People on the other side)
        against_state = bool(
            side_has(ctx, PROSECUTOR, other_text)
            and not side_has(ctx, PUBLIC_RESPONDENT, other_text)
            and side_has(ctx, PUBLIC_RESPONDENT, chunk)
            and not STATE.found_in(PUBLIC_RESPONDENT.sub(" ", chunk))
        )
    disciplining = not against_state and side_has(ctx, DISCIPLINING, other_text)
    if disciplining:
        # the Ombudsman against an official: his disciplinary case, on either side
        against_state = not side_has(ctx, DISCIPLINING, chunk) and not state_in(ctx, chunk)
    return bool(against_state), bool(brought), disciplining


def _other_side(
    chunks: list[tuple[int, int, str | None, bool]], i: int
) -> tuple[int, int, str | None, bool] | None:
    """The chunk across the versus from chunk ``i``: the next one if it follows a versus,
    else the one before if chunk ``i`` does."""
    if i + 1 < len(chunks) and chunks[i + 1][3]:
        return chunks[i + 1]
    if i > 0 and chunks[i][3]:
        return chunks[i - 1]
    return None


def _paired_side(
    ctx: Context,
    chunks: list[tuple[int, int, str | None, bool]],
    i: int,
    bail: re.Match[str] | None,
    hi: int,
) -> tuple[list[tuple[str, int, int]], bool]:
    """The names of caption chunk ``i`` when the side it is paired with (across the versus)
    accuses it, and whether its label is then the accused's."""
    other = _other_side(chunks, i)
    if other is None or other[2] in ACCUSED_LABELS:
        return [], False
    text = ctx.text
    s, e, label, after = chunks[i]
    chunk, other_text, olabel = text[s:e], text[other[0] : other[1]], other[2]
    if label in _PETITIONER and olabel in _RESPONDENT:
        if _private_accused(ctx, other_text, chunk):
            return [], False  # the complainant who petitions
    elif (
        label in _RESPONDENT and olabel in _PETITIONER and _private_accused(ctx, chunk, other_text)
    ):
        ctx.cache["parties.private_accused"] = True  # for verdicts.run
        return [n for n in names_in(text, s, e) if not STATE.found_in(n[0])], True
    against_state, brought, disciplining = _against_state(
        ctx, chunk, other_text, label, after, i > 0 and other is chunks[i - 1]
    )
    if not against_state and not _complained_against(text, label, olabel, hi):
        if bail_accused_side(bail, label, after, ctx) and not CIVIL.found_in(chunk):
            return names_in(text, s, e), True
        return [], False
    if CIVIL.found_in(chunk) or CIVIL.found_in(other_text):
        return [], False
    if not against_state:
        return names_in(text, s, e), False  # a complainant against a respondent
    challenger = label in {"petitioner", "petitioners", "appellant", "appellants", None}
    prosecutor = disciplining or brought or side_has(ctx, PROSECUTOR, other_text)
    if challenger and not prosecutor and not petitioner_accused(ctx):
        return [], False
    return names_in(text, s, e), True


# a line closing a sentence (the "In the matter of an application ... Act No. 15 of 1979."
# that opens a Sri Lankan or Indian caption): the party block starts after the last one
_SENTENCE_LINE = re.compile(r"\.[ \t]*\n")
_PAGE_JUNK = " \t\n0123456789.|"


def _displaced_labels(
    text: str, chunks: list[tuple[int, int, str | None, bool]]
) -> list[tuple[int, int, str | None, bool]]:
    """A label right after the versus with no party of its own ("X ... / -Vs- / ACCUSED -
    PETITIONER / Y ... / COMPLAINANT - RESPONDENT": PDF conversion moved it across the
    versus) labels the party block before the versus, when the block after it carries a
    label of its own; that block then follows the versus."""
    for k in range(1, len(chunks) - 1):
        s, e, label, after = chunks[k]
        nxt = chunks[k + 1]
        if label is None or not after or text[s:e].strip(_PAGE_JUNK) or nxt[2] is None or nxt[3]:
            continue
        for j in range(k - 1, max(-1, k - 4), -1):
            js, je, jlabel, jafter = chunks[j]
            if jlabel is not None or jafter:
                break
            body = text[js:je].rstrip()
            cut = [m.end() for m in _SENTENCE_LINE.finditer(body)]
            js += cut[-1] if cut else 0
            if names_in(text, js, je):
                moved = (js, je, label, False)
                return [*chunks[:j], moved, (nxt[0], nxt[1], nxt[2], True), *chunks[k + 2 :]]
    return chunks


def _complained_against(text: str, label: str | None, olabel: str | None, hi: int) -> bool:
    """A respondent facing a complainant, or a petitioner in the Supreme Court's
    administrative matter (its docket number before the caption's end ``hi``)."""
    return label in _RESPONDENT and (
        olabel in {"complainant", "complainants"}
        or (olabel in _PETITIONER and _AM_DOCKET.search(text, 0, hi) is not None)
    )


def _caption_chunks(ctx: Context) -> tuple[int, int, list[tuple[int, int, str | None, bool]]]:
    """The caption's bounds and its party chunks (counsel lines left out)."""
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
    return lo, hi, _displaced_labels(text, chunks)


def _caption_defendants(ctx: Context) -> list[tuple[str, int, int]]:
    text = ctx.text
    lo, hi, chunks = _caption_chunks(ctx)
    found: list[tuple[str, int, int]] = []
    accepted: str | None = None  # label of the side just found to be the accused
    bail = bail_case(text, lo, hi)
    for i, (s, e, label, after) in enumerate(chunks):
        if label in ACCUSED_LABELS or (label is not None and label == accepted and not after):
            # "X ... 1ST RESPONDENT / Y ... 2ND RESPONDENT": one side, several parties
            names = names_in(text, s, e)
            # "X, ACCUSED, Y, ACCUSED-APPELLANT": the Information's accused, of whom some
            # may be at large (a Philippine caption lists them before the appellants)
            key = "parties.accused_only" if label == "accused" else "parties.accused_party"
            ctx.cache.setdefault(key, set()).update(n for n, _, _ in names)
            found += names
            continue
        names, accept = _paired_side(ctx, chunks, i, bail, hi)
        found += names
        accepted = label if accept else None
        if accept and names and label in _CHALLENGER:
            # a bare "APPELLANT" facing the state: the accused who appeals is a party of
            # this judgment as "ACCUSED-APPELLANT" would make him
            ctx.cache.setdefault("parties.accused_party", set()).update(n for n, _, _ in names)
    if not found:
        found = matter_respondents(ctx, min(len(text), hi + 400))
    if found:
        for m in petitioner_lists(ctx, lo, min(len(text), hi + 6000)):
            found += names_in(text, m.start("names"), m.end("names"))
    return without_connectives(found + _named_against(ctx, lo, hi))  # ("And": no party)


def _named_against(ctx: Context, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """Parties a complaint is "against", and those "between" the State "and" them."""
    text, found = ctx.text, []
    # both patterns need a word (no letter of it has another case-insensitive form than
    # its capital: str.lower finds it as re.I does); most captions have neither
    far = min(hi + 2000, len(text))
    low = ctx.lower  # (lowered once per judgment for every step; its offsets if same length)
    window = low[lo:far] if len(low) == len(text) else lower(text[lo:far])
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


def run(ctx: Context, step: Step) -> None:
    candidates = _caption_defendants(ctx)
    from_caption = len(candidates)
    in_body = verdict_defendants(ctx)
    cited = precedent_names(ctx, in_body)  # a quoted precedent's accused are not ours
    in_body = [c for i, c in enumerate(in_body) if i not in cited]
    candidates += in_body + accused_verdicts(ctx) + penalised_respondents(ctx)
    people: list[tuple[str, list[Evidence], bool]] = []
    tokens: dict[str, list[str]] = {}  # key_tokens of each name (names repeat)
    for i, (name, s, e) in enumerate(candidates):
        ev = step.evidence(ctx, s, e)
        mine = tokens.get(name)
        if mine is None:
            mine = tokens[name] = key_tokens(name)
        for j, (known, evs, cap) in enumerate(people):
            if same_tokens(tokens[known], mine) or (
                cap and i >= from_caption and typo_variant(ctx, tokens[known], mine)
            ):
                evs.append(ev)
                # a caption name wins; a longer name of the same person fills in
                if (
                    (not cap and i < from_caption)
                    or (
                        (cap or i >= from_caption)
                        and len(name) > len(known)
                        and i < from_caption
                        and not address_tail(ctx.text, known, name)
                    )
                    or (i < from_caption and address_tail(ctx.text, name, known))
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
        if cap:
            name = _with_maternal_y(ctx, name)
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


def _with_maternal_y(ctx: Context, name: str) -> str:
    """The body's spelling of a caption name that omits the Philippine "y" between the
    paternal and the maternal surname: "MERCEDITAS MATHEUS DELOS REYES" in the caption,
    "Merceditas Matheus y Delos Reyes" in the text.  Without the "y" the last words read as
    the surname; the text's own form says which word is.  Only the same words with one "y"
    inserted (a literal find in the lower-cased text)."""
    words = name.split()
    if len(words) < 3 or any(w.lower() == "y" for w in words) or not name.isupper():
        return name
    low = ctx.lower
    for k in range(2, len(words)):
        form = " ".join(words[:k]) + " y " + " ".join(words[k:])
        at = low.find(form.lower())
        if at >= 0 and len(low) == len(ctx.text):
            return ctx.text[at : at + len(form)]
    return name
