"""Corruption signals: bribes, payments or favours to officials, protection, tip-offs,
forged or irregular papers and official complicity that the text narrates.

Follows the corruption_signal convention of LABELLING-CONVENTIONS.md.  A sentence is a
signal when it holds a cue of ``data/signals.yaml``, names someone in public office,
narrates conduct (past-tense acts, allegations reported) and is not a statute list or
doctrine.  Independently, an official defendant charged with a corruption-type offence
whose conduct the judgment narrates is a signal (``official_complicity``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from caselaw.extractors._base import (
    MAX_SENTENCE,
    Context,
    Step,
    compile_lower,
    load_data,
    register_group,
)
from caselaw.extractors.literal_gates import WordHints
from caselaw.extractors.verdicts import standing_outcome
from caselaw.models import Category, CorruptionSignal, Outcome

NAME = "signals"
VERSION = "1.16.0"

_DATA = load_data("signals.yaml")


def _listed(patterns: str | list[str]) -> list[str]:
    return [patterns] if isinstance(patterns, str) else patterns


# matched against the lower-cased sentence (compile_lower: several times faster than re.I)
# The kinds, narration, doctrine and private cues: one Aho-Corasick pass over the literals
# their branches need, a branch tried only where its literal stands (WordHints,
# literal_gates.py: 2-3 times faster than the alternations, whose leading \b makes re try
# every position).  Someone in office: its words are common substrings ("state", "court"),
# the alternation stays faster.
_KINDS = [(kind, WordHints(_listed(rx))) for kind, rx in _DATA["kinds"].items()]
_OFFICIAL = compile_lower(_DATA["official"])
_NARRATIVE = WordHints.vocabulary(_DATA["narrative"])
_DOCTRINE = WordHints.vocabulary(_DATA["doctrine"])
_PRIVATE = WordHints(_listed(_DATA["private"]))
_PUBLIC_OFFICE = compile_lower(_DATA["public_office"])
_AGENCIES = compile_lower(_DATA["agencies"])
_PARTY = compile_lower(r"\b(?:petitioner|accused|respondent|appellant)s?\b")
_SENTENCE = re.compile(r"[^.;!?\n]+(?:[.;!?]|\n|$)")
_FOOTNOTE = re.compile(r"^\s*\[?\d{1,3}\]?\s+[A-Z]")
_RANK = "(?:" + "|".join(_DATA["official_rank"]) + ")"
# One alternative per first word, without the leading \b (checked by ``_accused_at``):
# the regex engine then skips, at C speed, the positions no first word starts at.
_ACCUSED_OFFICIAL = re.compile(
    "|".join(
        [
            lead + _DATA["official_accused_lead_tail"].replace("{rank}", _RANK)
            for lead in _DATA["official_accused_leads"]
        ]
        + [rank + _DATA["official_accused_rank_tail"] for rank in _DATA["official_rank"]]
    )
)
# every official-accused phrase holds one of these, as written (the pattern is case-sensitive)
_ACCUSED_WORDS = tuple(_DATA["official_accused_words"])
_ACCUSED_WORD = re.compile("|".join(map(re.escape, _ACCUSED_WORDS)))
_ACCUSED_CRIME = re.compile(_DATA["official_accused_crime"], re.I)
_REACH = int(_DATA["official_accused_reach"])
for _name, _words in _DATA["keyword_groups"].items():
    register_group(_name, _words)
_KIND_OF: dict[str, set[str]] = {}
for _kind, _words in _DATA["kind_words"].items():
    for _w in _words:
        _KIND_OF.setdefault(" ".join(_w.lower().split()), set()).add(_kind)
register_group("signals.cue", _KIND_OF)

MAX_PER_KIND = 5


def narrated(
    sentence: str, party_is_official: bool = False, kinds: set[str] | None = None
) -> str | None:
    """The kind of corruption a sentence narrates, or None.

    ``party_is_official``: a defendant is an official, so "the petitioner" or "the
    accused" in the sentence names someone in public office.  ``kinds``: only these kinds
    are tried (the kinds whose words the sentence holds); all when None.
    """
    return _narrated(sentence.lower(), party_is_official, kinds)


def _narrated(sentence: str, party_is_official: bool, kinds: set[str] | None) -> str | None:
    """:func:`narrated` of a lower-cased sentence."""
    if "\n" in sentence:  # a wrapped sentence: its words are apart by any white space
        sentence = " ".join(sentence.split())
    # all tests must pass; the ones that reject most sentences per unit of time run first
    # (measured: someone in office, narration, doctrine, the kind, private bribery)
    office = _OFFICIAL.search(sentence)
    if not (office or (party_is_official and _PARTY.search(sentence))):
        return None
    if not _NARRATIVE(sentence) or _DOCTRINE(sentence):
        return None
    if "brib" in sentence or "corrupt" in sentence:
        sentence = _AGENCIES.sub(_blank, sentence)  # (lengths kept: no offsets are read)
    kind = next(
        (k for k, found in _KINDS if (kinds is None or k in kinds) and found(sentence)), None
    )
    if kind is None or (_PRIVATE(sentence) and not _PUBLIC_OFFICE.search(sentence)):
        return None
    if kind == "extortion" and office is None and _DEMANDED_OF_PARTY.search(sentence):
        return None  # (a creditor "demanded payment from petitioner": the official is asked)
    return kind


# extortion is a demand BY an official: a demand made OF the official party ("Moleta demanded
# payment from petitioner and Rusillon", a lender's demand for repayment) in a sentence naming
# no other office is none
_DEMANDED_OF_PARTY = compile_lower(
    r"\bdemand(?:ed|ing|s)? (?:[\w,.&#;]+ ){0,3}?from (?:the )?(?:petitioner|accused|appellant"
    r"|respondent)s?\b"
)


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def run(ctx: Context, step: Step) -> None:
    """Read only the sentences around ``signals.cue`` keyword hits (cost follows hits)."""
    text = ctx.text
    found: dict[str, list] = {}
    full: set[str] = set()  # kinds with MAX_PER_KIND evidence spans
    body_end = ctx.body_end
    party_official = any(d.is_official for d in ctx.defendants)
    hits = ctx.keyword_spans("signals.cue")
    done_to = -1
    para, para_to = -1, 0  # the last paragraph break before ``para_to``
    footnote: bool | None = None  # whether that paragraph is a footnote
    low = ctx.lowered
    for n, (ks, ke) in enumerate(hits):
        if ks >= body_end:
            break
        if ks < done_to:
            continue  # same sentence as the previous hit
        s, e = _sentence_bounds(text, ks, ke)
        done_to = e
        # text.rfind("\n\n", 0, ks), searching only what the previous hit did not
        brk = text.rfind("\n\n", max(0, para_to - 1), ks)
        para_to = ks
        if brk >= 0 or footnote is None:
            para = brk if brk >= 0 else para
            footnote = _FOOTNOTE.match(text, para + 2 if para >= 0 else 0) is not None
        if footnote:
            continue
        kinds = _kinds(low if low is not None else text, hits, n, e, low is None)
        if kinds <= full:
            continue  # whatever it narrates, that kind has its evidence already
        if low is not None:  # (lowered as the slice would be, but for σ/ς, which no cue reads)
            kind = _narrated(low[s:e], party_official, kinds)
        else:
            kind = narrated(text[s:e], party_official, kinds)
        if kind is None:
            continue
        evs = found.setdefault(kind, [])
        if len(evs) < MAX_PER_KIND:
            evs.append(step.evidence(ctx, s, e))
            if len(evs) == MAX_PER_KIND:
                full.add(kind)
    accused = _accused_officials(ctx, step)
    if accused and "official_complicity" not in found:
        found["official_complicity"] = accused
    officials_charged = _charged_officials(ctx)
    if officials_charged and not found:
        found["official_complicity"] = officials_charged
    ctx.signals = [CorruptionSignal(kind, tuple(evs)) for kind, evs in found.items()]


def _kinds(text: str, hits: list[tuple[int, int]], n: int, end: int, lower: bool) -> set[str]:
    """The kinds whose words the cue keywords ``hits[n:]`` that start before ``end`` are."""
    kinds: set[str] = set()
    for i in range(n, len(hits)):  # (not hits[n:], a copy of the rest at every sentence)
        hs, he = hits[i]
        if hs >= end:
            break
        word = text[hs:he].lower() if lower else text[hs:he]
        found = _KIND_OF.get(word)  # (a keyword as written, else with its spaces folded)
        kinds |= found if found is not None else _KIND_OF.get(" ".join(word.split()), _NONE)
    return kinds


_NONE: frozenset[str] = frozenset()


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``sentence_around(text, start, end)``, except where the text goes on in the same
    sentence: a line break before a lower-case word (a wrapped line: PDF text layers and
    their markdown copies break every line) and a full stop before a lower-case word or a
    digit (an abbreviation: "Rs. 5,000", "No. 36", "s. 19").  No sentence begins with a
    lower-case letter; a digit after a line break starts a numbered paragraph.  Each
    backward search stops where the previous one found its character (the nearest is
    wanted), so rare ``!`` / ``?`` do not each scan the whole reach."""
    lo = start - MAX_SENTENCE if start > MAX_SENTENCE else 0
    hi = min(len(text), end + MAX_SENTENCE)
    rfind = text.rfind
    s = lo
    for c in _STOPS:
        i = start
        while (j := rfind(c, s, i)) >= 0:
            if c not in _SOFT or not _continues(text, j):
                s = j + 1  # the next search need not go before this one
                break
            i = j
    m = _END.search(text, end, hi)  # the nearest end after: one class scan
    while m is not None and m.group() in _SOFT and _continues(text, m.start()):
        m = _END.search(text, m.end(), hi)
    return s, (m.start() + 1 if m is not None else hi)


_STOPS = ".\n;?!"  # the commonest first
_SOFT = ".\n"  # ends only when a sentence can start after them
_END = re.compile("[" + re.escape(_STOPS) + "]")
_NEXT_WORD = re.compile(r"([ \t\r\n]*)([a-z0-9])")


_WRAPPED = re.compile(r"[a-z,][ \t]*\n[ \t]*[A-Z][a-z]*\.?[ \t]?[\w,]")


def _continues(text: str, at: int) -> bool:
    """The sentence goes on after the ``.`` or line break at ``at``: the next word starts
    with an ASCII lower-case letter, or a digit on the same line as a full stop; or the
    line break wraps a sentence mid-way (``_WRAPPED``: the line ends with a lower-case word
    or a comma, no stop, and the next begins with a capitalised word: "received \nRs.50,000",
    "the learned Deputy District Public \nProsecutor")."""
    m = _NEXT_WORD.match(text, at + 1, at + 80)
    if m is None:
        if text[at] != "\n":
            return False
        line = text.rfind("\n", max(0, at - 200), at) + 1
        before = text[line:at].rstrip(" \t")
        return bool(before) and _WRAPPED.match(text, line + len(before) - 1) is not None
    return not m.group(2).isdigit() or (text[at] == "." and "\n" not in m.group(1))


def _accused_officials(ctx: Context, step: Step) -> list:
    """Evidence that an official (police rank ...) is the accused in a trafficking case."""
    text = ctx.text
    out: list = []
    searched_to = 0
    for ks, ke in ctx.keyword_spans("signals.rank"):
        if ks >= ctx.body_end or len(out) >= MAX_PER_KIND:
            break
        if ks < searched_to:
            continue
        start, end = max(searched_to, ks - 120), min(len(text), ke + 120)
        if _ACCUSED_WORD.search(text, start, end) is None:
            continue  # no phrase can match here (most ranks: police at work, witnesses)
        m = _accused_at(text, start, end)
        if m is None or not (m.start() <= ks < m.end()):
            continue
        searched_to = m.end()
        if _ACCUSED_CRIME.search(text, m.start(), min(len(text), m.end() + _REACH)):
            out.append(step.evidence(ctx, m.start(), m.end()))
    return out


def _accused_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first official-accused phrase in ``text[start:end]`` that starts a word (the
    ``\\b`` its alternatives leave out: they all begin with a word character)."""
    while True:
        m = _ACCUSED_OFFICIAL.search(text, start, end)
        if m is None:
            return None
        at = m.start()
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            return m
        start = at + 1


def _charged_officials(ctx: Context) -> list:
    """Evidence of corruption charges when some defendant is an official (not when the
    officials' charges are pending and only named: :func:`narrates_conduct`)."""
    officials = [i for i, d in enumerate(ctx.defendants) if d.is_official]
    if not officials:
        return []
    pending = Outcome.OTHER.value
    if all(standing_outcome(ctx, i)[0] == pending for i in officials) and not (
        narrates_conduct(ctx)
    ):
        return []
    return [m.evidence[0] for m in ctx.mentions if m.category == Category.CORRUPTION][:3]


# the names of offences, statutes and agencies ("the Bribery Act", "Commission to Investigate
# Allegations of Bribery or Corruption", "M.C. Colombo Case No. 55724/10 Bribery"): they name
# corruption and narrate no act
_NAMING_ONLY = frozenset({"bribery"})


def narrates_conduct(ctx: Context) -> bool:
    """The judgment's body holds a word of some corrupt act (a bribe, a gratification,
    soliciting, demanding, misappropriating, a raid ...; ``kind_words`` of signals.yaml) or
    a sum of money, not only the name of the offence or of the agency.  Where the court
    decides a pre-trial question about a pending charge (an objection to the prosecution, a
    revision of an order), an official's charge is a signal only then: corruption that is
    only named - the section the objection cites ("an offence punishable under section 70
    of the Bribery Act"), a statute list, an FIR's label - is none
    (LABELLING-CONVENTIONS.md).  Reads the keyword hits the prefilter found already."""
    text = ctx.text
    body_end = ctx.body_end
    for ks, ke in ctx.keyword_spans("signals.cue"):
        if ks >= body_end:
            break
        if text[ks:ke].lower() not in _NAMING_ONLY:
            return True
    # (or the sum of the gratification: "a sum of Rs. 2,000", "150,000,000 LKR")
    for ks, ke in ctx.keyword_spans("signals.money"):
        if ks >= body_end:
            break
        if _AMOUNT_AFTER.match(text, ke, ke + 4) or _AMOUNT_BEFORE.search(text, max(0, ks - 4), ks):
            return True
    return False


def public_signals(signals: list[CorruptionSignal]) -> list[CorruptionSignal]:
    """``signals`` without the bribes of private-sector bribery: where the judgment's only
    corruption is a company agent's (charge_capacity.private_bribery), a bribe sentence
    that names no public office but the court's ("The Judge then observed that, where the
    gratification consisted of shares ...") speaks of that bribe, which the conventions do
    not count."""
    out = []
    for sig in signals:
        if sig.kind == "bribe":
            kept = tuple(ev for ev in sig.evidence if _names_office(ev.text.lower()))
            if kept:
                out.append(replace(sig, evidence=kept))
        else:
            out.append(sig)
    return out


def _names_office(low: str) -> bool:
    """A public office other than the judge (who decides the case, not takes its bribe)."""
    return any(not m.group().startswith("judge") for m in _PUBLIC_OFFICE.finditer(low))


_AMOUNT_AFTER = re.compile(r"\.?\s?\d")
_AMOUNT_BEFORE = re.compile(r"\d[/=-]{0,2}\s?$")


EXTRACTOR = Step(
    NAME, VERSION, requires=("defendants", "mentions", "findings"), assigns=("signals",), fn=run
)
