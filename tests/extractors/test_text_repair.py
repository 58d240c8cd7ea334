"""The repair of text layers that split words after "c" (snippets written for these tests)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caselaw.extractors import extract
from caselaw.extractors.text_repair import repair
from caselaw.models import Judgment

_SPLIT = (
    "You, Tay Ah Kow, are c harged that you, being entrusted with c ash, did c ommit "
    "c riminal breac h of trust, an offenc e punishable under sec tion 406 of the Penal "
    "Code. The fac ts show that the public interest and the traffic in goods were not at "
    "issue. The c ourt found the ac c used guilty, in the interest of justice."
)


def test_a_split_text_is_repaired_and_real_word_ends_kept() -> None:
    fix = repair(_SPLIT)
    assert fix is not None
    assert "are charged" in fix.text and "offence punishable under section 406" in fix.text
    assert "the accused guilty" in fix.text and "The facts" in fix.text
    assert "public interest" in fix.text and "traffic in goods" in fix.text


def test_a_clean_text_is_left_alone() -> None:
    clean = "The accused, a public officer, was charged under section 3(c) of the Act. " * 5
    assert repair(clean) is None
    assert repair("") is None


def test_repaired_offsets_map_back_to_the_original_characters() -> None:
    fix = repair(_SPLIT)
    assert fix is not None
    for pos, char in enumerate(fix.text):
        assert _SPLIT[fix.to_source(pos)] == char


@given(
    st.lists(
        st.sampled_from(["c harged ", "offenc e ", "public interest ", "the ", "c ourt "]),
        min_size=5,
        max_size=40,
    )
)
def test_every_repaired_character_is_an_original_one(words: list[str]) -> None:
    text = "".join(words)
    fix = repair(text)
    if fix is None:
        return
    assert len(fix.text) + len(fix.shifted) == len(text)
    for pos, char in enumerate(fix.text):
        assert text[fix.to_source(pos)] == char


def test_facts_found_in_a_split_text_point_into_it() -> None:
    text = (
        "Tay Ah Kow v Public Prosecutor\n\nParties : Tay Ah Kow — Public Prosec utor\n\n"
        "1 The appellant was c harged with c riminal breac h of trust, an offenc e punishable "
        "under sec tion 406 of the Penal Code. He was c onvic ted and sentenc ed.\n\n"
        "2 The c ourt dismissed the appeal. The c onvic tion stands.\n"
    )
    out = extract(Judgment(id="t", portal="test", text=text))
    statutes = [c.statute for c in out.charges]
    assert statutes == ["Penal Code s.406"]
    for ev in (e for c in out.charges for e in c.evidence):
        assert text[ev.start : ev.end] == ev.text  # quoted as stored, stray spaces and all
