"""Success factors: the investigation and evidence features a judgment relies on.

Categories of the UNODC Case Digest on Evidential Issues in Trafficking in Persons
Cases (financial investigation, special investigative techniques, victim testimony,
corroboration, documentary and digital evidence, cooperating witnesses, international
cooperation, asset forfeiture, specialised units, NGO involvement); the cues are in
``data/factors.yaml``.  Each factor is reported once, with up to three evidence spans
from the judgment's body (footnotes are skipped).

Speed: each factor's keywords are a prefilter group; its patterns are tried only in a
short window around each keyword hit, and the factor stops at its third evidence, so
the cost follows the hits, not the judgment's length.  A factor's optional
``not_before`` / ``not_ending`` / ``not_after`` expressions veto a match by the few
characters around it (negation, the act rather than the document, a case citation, a
disciplinary penalty); they are tried only on a match, so they cost nothing elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from caselaw.extractors._base import (
    Context,
    Step,
    compile_any,
    load_data,
    register_group,
)
from caselaw.extractors.found import Found
from caselaw.extractors.literal_gates import quiet_gate
from caselaw.extractors.patterns import top_level_branches
from caselaw.models import Evidence, Factor

NAME = "factors"
VERSION = "1.3.0"

_DATA = load_data("factors.yaml")["factors"]
# on the lower-cased text, the same alternatives in the same order, searched through a
# twin without their leading \b (found.py: several times faster, the same matches)
_FACTORS = [
    (name, f"factors.{name}", rx, Found(rx.pattern))
    for name, rx in ((n, compile_any(spec["patterns"])) for n, spec in _DATA.items())
]
for _name, _spec in _DATA.items():
    register_group(f"factors.{_name}", _spec["words"])


def _window_gate(spec: dict[str, list[str]]) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """For the lower-cased text: literals one of which every match of a factor's patterns
    holds, chosen so that few keywords hold one themselves, and the keywords that hold none
    ("testified" is a keyword, and each "... testified" pattern also needs "victim",
    "complainant" ...).  A window around one of those keywords without a literal cannot
    match and is not searched; around the others the literals are there anyway.  None:
    some pattern has no such literal, or each keyword holds one."""
    words = [" ".join(w.lower().split()) for w in spec["words"]]
    literals: set[str] = set()
    for pattern in spec["patterns"]:
        for branch in top_level_branches(pattern.lower()):
            gate = quiet_gate(branch, words)
            if gate is None:
                return None
            literals.update(gate)
    closed = frozenset(w for w in words if not any(lit.strip() in w for lit in literals))
    if not closed:
        return None
    return re.compile(
        "|".join(re.escape(w) for w in sorted(literals, key=len, reverse=True))
    ), closed


_GATES = {name: _window_gate(spec) for name, spec in _DATA.items()}
_NO_GATE: tuple[re.Pattern[str], frozenset[str]] = (re.compile(""), frozenset())

VETO_REACH = 60
"""Characters before a match in which a ``not_before`` expression is searched."""


class _Veto:
    """Whether the text around a match says it is not this case's factor.  On the
    lower-cased text the ``$``-anchored expressions are searched through :class:`Found`
    (a literal scan to where a word can start, not every position of the reach)."""

    __slots__ = ("active", "after", "before", "before_low", "ending", "ending_low")

    def __init__(self, spec: dict[str, list[str]]) -> None:
        self.before, self.before_low = _ends(spec.get("not_before", []))
        self.ending, self.ending_low = _ends(spec.get("not_ending", []))
        after = spec.get("not_after", [])
        self.after = re.compile("|".join(f"(?:{p})" for p in after), re.I) if after else None
        self.active = any(x is not None for x in (self.before, self.ending, self.after))

    def __call__(self, text: str, m: re.Match[str], low: bool) -> bool:
        """``low``: ``text`` is the lower-cased text."""
        start, end = m.span()
        reach = max(0, start - VETO_REACH)
        if low:
            before, ending = self.before_low, self.ending_low
            if before is not None and before.first(text, reach, start) is not None:
                return True
            if ending is not None and ending.first(text, reach, end) is not None:
                return True
        else:
            if self.before is not None and self.before.search(text, reach, start):
                return True
            if self.ending is not None and self.ending.search(text, reach, end):
                return True
        return self.after is not None and self.after.match(text, end) is not None


def _ends(patterns: list[str]) -> tuple[re.Pattern[str] | None, Found | None]:
    """One expression matching where any of ``patterns`` ends the searched text (``re.I``),
    and the same for the lower-cased text."""
    if not patterns:
        return None, None
    ends = [f"(?:{p})$" for p in patterns]
    return re.compile("|".join(ends), re.I), Found(ends)


_VETOES = {name: _Veto(spec) for name, spec in _DATA.items()}

MAX_EVIDENCE = 3
WINDOW = 60
"""Characters either side of a keyword hit in which a pattern must match."""


def run(ctx: Context, step: Step) -> None:
    low = ctx.lowered
    text = ctx.text if low is None else low
    lowered = low is not None
    body_end = ctx.body_end
    factors = []
    n = len(text)
    for name, group, rx_i, found in _FACTORS:
        # the first match in the window, if it starts before the keyword's end
        first = found.first if low is not None else _searcher(rx_i)
        gate, closed = (_GATES[name] if low is not None else None) or _NO_GATE
        veto = _VETOES[name]
        evs: list[Evidence] = []
        searched_to = 0
        for ks, ke in ctx.keyword_spans(group):
            if ks >= body_end or len(evs) >= MAX_EVIDENCE:
                break
            if ke <= searched_to:
                continue  # already inside a match found from an earlier hit
            start, end = max(searched_to, ks - WINDOW), min(n, ke + WINDOW)
            if closed and text[ks:ke] in closed and gate.search(text, start, end) is None:
                continue  # a broad keyword without the literals a match holds: no match
            m = first(text, start, end, ke)
            if m is not None and veto.active and veto(text, m, lowered):
                m = _unvetoed(first, veto, text, m.start() + 1, end, ke, lowered)
            if m is not None and m.end() > ks:
                evs.append(step.evidence(ctx, m.start(), m.end()))
                searched_to = m.end()
        if evs:
            factors.append(Factor(name, tuple(evs)))
    ctx.factors = factors


def _unvetoed(
    first: Callable[[str, int, int, int], re.Match[str] | None],
    veto: _Veto,
    text: str,
    start: int,
    end: int,
    before: int,
    low: bool,
) -> re.Match[str] | None:
    """The first match in ``text[start:end]`` starting before ``before`` that no veto
    rejects."""
    while (m := first(text, start, end, before)) is not None and veto(text, m, low):
        start = m.start() + 1
    return m


def _searcher(rx: re.Pattern[str]) -> Callable[[str, int, int, int], re.Match[str] | None]:
    """``Found.first`` for an ``re.I`` pattern on the text itself."""

    def first(text: str, start: int, end: int, before: int) -> re.Match[str] | None:
        m = rx.search(text, start, end)
        return m if m is not None and m.start() < before else None

    return first


EXTRACTOR = Step(NAME, VERSION, requires=(), assigns=("factors",), fn=run)
