"""caselaw as a spaCy pipeline component, for researchers who already work in spaCy.

    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("caselaw", config={"jurisdiction": "PH"})
    doc = nlp(judgment_text)
    doc._.caselaw                    # the Extraction: every fact with its evidence
    doc.spans["caselaw_charges"]     # one Span per piece of evidence, labelled by category

The factory is registered through the ``spacy_factories`` entry point, so
``add_pipe("caselaw")`` works in any pipeline once caselaw is installed; importing
:mod:`caselaw` never imports spaCy.  The component runs
:func:`caselaw.extractors.extract` over ``doc.text``: the facts are the same as
``caselaw extract`` gives.  Its own matching does not use spaCy's tokens (one
keyword pass and anchored regexes, ~40x faster than spaCy's tokenizer alone, see
docs/performance.md); spaCy is the container.  Each evidence span becomes a
``Span`` in ``doc.spans["caselaw_<kind>"]``, expanded to whole tokens, labelled
with the fact's category, outcome, sentence kind, signal kind or factor name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from caselaw.extractors import extract
from caselaw.models import Evidence, Extraction, Judgment

__all__ = ["CaselawComponent", "make_component"]

if not Doc.has_extension("caselaw"):
    Doc.set_extension("caselaw", default=None)


class CaselawComponent:
    """Runs caselaw's extractors over a Doc; see the module docstring."""

    def __init__(self, name: str = "caselaw", jurisdiction: str | None = None) -> None:
        self.name = name
        self.jurisdiction = jurisdiction

    def __call__(self, doc: Doc) -> Doc:
        judgment = Judgment(
            id=str(doc.user_data.get("caselaw_id", "doc")),
            portal="spacy",
            text=doc.text,
            jurisdiction=doc.user_data.get("caselaw_jurisdiction", self.jurisdiction),
        )
        result = extract(judgment)
        doc._.caselaw = result
        for key, labelled in _evidence(result).items():
            doc.spans[f"caselaw_{key}"] = _spans(doc, labelled)
        return doc


def _evidence(result: Extraction) -> dict[str, list[tuple[str, Evidence]]]:
    """(label, evidence) pairs of every fact, by kind of fact."""

    def pairs(facts: Iterable[Any], label: Any) -> list[tuple[str, Evidence]]:
        return [(str(label(f)), ev) for f in facts for ev in f.evidence]

    return {
        "defendants": pairs(result.defendants, lambda d: d.name),
        "charges": pairs(result.charges, lambda c: c.category),
        "verdicts": pairs(result.verdicts, lambda v: v.outcome),
        "sentences": pairs(result.sentences, lambda s: s.kind),
        "signals": pairs(result.signals, lambda s: s.kind),
        "factors": pairs(result.factors, lambda f: f.name),
    }


def _spans(doc: Doc, labelled: list[tuple[str, Evidence]]) -> list[Span]:
    out: list[Span] = []
    seen: set[tuple[int, int, str]] = set()
    for label, ev in labelled:
        span = doc.char_span(ev.start, ev.end, label=label, alignment_mode="expand")
        if span is not None and (span.start, span.end, label) not in seen:
            seen.add((span.start, span.end, label))
            out.append(span)
    return out


@Language.factory("caselaw", default_config={"jurisdiction": None})
def make_component(nlp: Language, name: str, jurisdiction: str | None) -> CaselawComponent:
    """spaCy factory ``"caselaw"`` (``nlp.add_pipe("caselaw")``)."""
    return CaselawComponent(name, jurisdiction)
