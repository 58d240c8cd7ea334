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

from caselaw.extractors._base import (
    Context,
    Step,
    compile_any,
    compile_lower,
    load_data,
    register_group,
)
from caselaw.models import Evidence, Factor

NAME = "factors"
VERSION = "1.1.0"

_DATA = load_data("factors.yaml")["factors"]
_FACTORS = [
    (name, f"factors.{name}", rx, compile_lower(rx.pattern))  # (the same alternatives' order)
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
    for name, group, rx_i, rx_low in _FACTORS:
        rx = rx_i if low is None else rx_low
        evs: list[Evidence] = []
        searched_to = 0
        for ks, ke in ctx.keyword_spans(group):
            if ks >= body_end or len(evs) >= MAX_EVIDENCE:
                break
            if ke <= searched_to:
                continue  # already inside a match found from an earlier hit
            m = rx.search(text, max(searched_to, ks - WINDOW), min(len(text), ke + WINDOW))
            if m is not None and m.start() < ke and m.end() > ks:
                evs.append(step.evidence(ctx, m.start(), m.end()))
                searched_to = m.end()
        if evs:
            factors.append(Factor(name, tuple(evs)))
    ctx.factors = factors


EXTRACTOR = Step(NAME, VERSION, requires=(), assigns=("factors",), fn=run)
