"""Success factors: the investigation and evidence features a judgment relies on.

Categories of the UNODC Case Digest on Evidential Issues in Trafficking in Persons
Cases (financial investigation, special investigative techniques, victim testimony,
corroboration, documentary and digital evidence, cooperating witnesses, international
cooperation, asset forfeiture, specialised units, NGO involvement); the cues are in
``data/factors.yaml``.  Each factor is reported once, with up to three evidence spans
from the judgment's body (footnotes are skipped).

Speed: each factor's keywords are a prefilter group; its patterns are tried only in a
short window around each keyword hit, and the factor stops at its third evidence, so
the cost follows the hits, not the judgment's length.
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
from caselaw.models import Evidence, Factor

NAME = "factors"
VERSION = "1.2.0"

_DATA = load_data("factors.yaml")["factors"]
# on the lower-cased text, the same alternatives in the same order, searched through a
# twin without their leading \b (found.py: several times faster, the same matches)
_FACTORS = [
    (name, f"factors.{name}", rx, Found(rx.pattern))
    for name, rx in ((n, compile_any(spec["patterns"])) for n, spec in _DATA.items())
]
for _name, _spec in _DATA.items():
    register_group(f"factors.{_name}", _spec["words"])

MAX_EVIDENCE = 3
WINDOW = 60
"""Characters either side of a keyword hit in which a pattern must match."""


def run(ctx: Context, step: Step) -> None:
    low = ctx.lowered
    text = ctx.text if low is None else low
    body_end = ctx.body_end
    factors = []
    n = len(text)
    for name, group, rx_i, found in _FACTORS:
        # the first match in the window, if it starts before the keyword's end
        first = found.first if low is not None else _searcher(rx_i)
        evs: list[Evidence] = []
        searched_to = 0
        for ks, ke in ctx.keyword_spans(group):
            if ks >= body_end or len(evs) >= MAX_EVIDENCE:
                break
            if ke <= searched_to:
                continue  # already inside a match found from an earlier hit
            m = first(text, max(searched_to, ks - WINDOW), min(n, ke + WINDOW), ke)
            if m is not None and m.end() > ks:
                evs.append(step.evidence(ctx, m.start(), m.end()))
                searched_to = m.end()
        if evs:
            factors.append(Factor(name, tuple(evs)))
    ctx.factors = factors


def _searcher(rx: re.Pattern[str]) -> Callable[[str, int, int, int], re.Match[str] | None]:
    """``Found.first`` for an ``re.I`` pattern on the text itself."""

    def first(text: str, start: int, end: int, before: int) -> re.Match[str] | None:
        m = rx.search(text, start, end)
        return m if m is not None and m.start() < before else None

    return first


EXTRACTOR = Step(NAME, VERSION, requires=(), assigns=("factors",), fn=run)
