"""caselaw as a spaCy component gives the same facts as extract(), as spaCy spans."""

from __future__ import annotations

import importlib.metadata

import pytest
import spacy

from caselaw.extractors import extract
from caselaw.extractors.spacy_component import CaselawComponent
from caselaw.models import Judgment

TEXT = (
    "REPUBLIC OF THE PHILIPPINES\nSUPREME COURT\n\n"
    "PEOPLE OF THE PHILIPPINES, Plaintiff-Appellee,\nvs.\n"
    "JUAN DELA CRUZ, Accused-Appellant.\n\n"
    "Accused-appellant Juan Dela Cruz was charged with violation of Section 4(a) of "
    "R.A. No. 9208 for recruiting AAA for prostitution. PO1 Santos received P5,000 from "
    "him so that the bar would not be raided.\n\n"
    "WHEREFORE, the appeal is DISMISSED. Accused-appellant Juan Dela Cruz is found GUILTY "
    "beyond reasonable doubt of qualified trafficking in persons and sentenced to life "
    "imprisonment and a fine of P2,000,000.\n"
)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("caselaw", config={"jurisdiction": "PH"})
    return pipeline


def test_the_component_gives_the_facts_extract_gives(nlp: spacy.language.Language) -> None:
    doc = nlp(TEXT)
    expected = extract(Judgment(id="doc", portal="spacy", text=TEXT, jurisdiction="PH"))
    assert doc._.caselaw.charges == expected.charges
    assert doc._.caselaw.case == expected.case
    assert doc._.caselaw.case.trafficking_charged


def test_every_evidence_span_is_a_spacy_span_covering_it(nlp: spacy.language.Language) -> None:
    doc = nlp(TEXT)
    charges = doc.spans["caselaw_charges"]
    assert charges and {s.label_ for s in charges} >= {"trafficking"}
    for charge in doc._.caselaw.charges:
        for ev in charge.evidence:
            assert any(s.start_char <= ev.start and ev.end <= s.end_char for s in charges)
    assert any("life" in s.text.lower() for s in doc.spans["caselaw_sentences"])


def test_the_jurisdiction_can_be_set_per_document(nlp: spacy.language.Language) -> None:
    doc = nlp.make_doc(TEXT)
    doc.user_data["caselaw_id"] = "ph-1"
    doc.user_data["caselaw_jurisdiction"] = "PH"
    out = nlp.get_pipe("caselaw")(doc)
    assert out._.caselaw.judgment_id == "ph-1"
    assert isinstance(nlp.get_pipe("caselaw"), CaselawComponent)


def test_the_factory_is_registered_as_a_spacy_entry_point() -> None:
    eps = importlib.metadata.entry_points(group="spacy_factories")
    assert "caselaw.extractors.spacy_component:make_component" in {ep.value for ep in eps}
