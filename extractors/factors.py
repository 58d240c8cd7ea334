"""Success factors: the investigation and evidence features a judgment relies on.

Categories of the UNODC Case Digest on Evidential Issues in Trafficking in Persons
Cases (financial investigation, special investigative techniques, victim testimony,
corroboration, documentary and digital evidence, cooperating witnesses, international
cooperation, asset forfeiture, specialised units, NGO involvement); the cues are in
``data/factors.yaml``.  Each factor is reported once, with up to three evidence spans
from the judgment's body (footnotes are skipped).
"""

from __future__ import annotations

from caselaw.extractors._base import Context, Step, compile_any, load_data, register_group
from caselaw.models import Factor

NAME = "factors"
VERSION = "1.0.0"

_DATA = load_data("factors.yaml")
_FACTORS = [(name, compile_any(rx)) for name, rx in _DATA["factors"].items()]
for _name, _words in _DATA["keyword_groups"].items():
    register_group(_name, _words)

MAX_EVIDENCE = 3


def run(ctx: Context, step: Step) -> None:
    text = ctx.text
    found: dict[str, list] = {}
    for ps, pe in ctx.paragraphs("factors.cue"):
        if ps >= ctx.body_end:
            continue
        for name, rx in _FACTORS:
            evs = found.setdefault(name, [])
            if len(evs) >= MAX_EVIDENCE:
                continue
            for m in rx.finditer(text, ps, pe):
                evs.append(step.evidence(ctx, m.start(), m.end()))
                if len(evs) >= MAX_EVIDENCE:
                    break
    ctx.factors = [Factor(name, tuple(evs)) for name, evs in found.items() if evs]


EXTRACTOR = Step(NAME, VERSION, requires=(), assigns=("factors",), fn=run)
