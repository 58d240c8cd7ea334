"""find_charges: charge vs. discussion, categories, traps, counts, dedupe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caselaw.extractors import charges
from caselaw.extractors.charges import find_charges
from caselaw.models import Category

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus"

T, C = Category.TRAFFICKING, Category.CORRUPTION

TABLE = [
    (
        "Accused-appellant was charged with violation of Section 4(a) in relation to Section "
        "6(a) and (c) of R.A. No. 9208, as amended by R.A. No. 10364, in an Information.",
        "PH",
        {T},
    ),
    ("The petitioner was convicted of violation of Section 3(e) of R.A. No. 3019.", "PH", {C}),
    ("He was charged with Qualified Trafficking in Persons.", None, {T}),
    ("The accused were charged with drug trafficking and acquitted.", None, {Category.DRUGS}),
    (
        "The appellant faced a count of RECEIVING A BRIBE CONTRARY TO SECTION 6(1)(A) AS READ "
        "WITH SECTION 18 OF THE BRIBERY ACT NO 47 OF 2016.",
        "KE",
        {C},
    ),
    (
        "FIR No. 41/2020 was registered under Sections 409, 468, 471 & 420 PPC read with "
        "5(2) of the Prevention of Corruption Act, 1947 at PS ACE.",
        "PK",
        {C, Category.OTHER},
    ),
    ("She was found guilty of smuggling of migrants.", None, {Category.SMUGGLING}),
    (
        "He was found guilty of contempt of court: the act of trafficking in tickets.",
        None,
        {Category.OTHER},
    ),
    (
        "The defendant was convicted of sex trafficking of children under 18 U.S.C. §§ 1591(a) "
        "and (b)(2).",
        "US",
        {T},
    ),
    ("The appellant was convicted under section 2 of the Modern Slavery Act 2015.", "GB", {T}),
    # discussion, not charges
    (
        "For instance, the Court has called bouncing checks a violation of Batas Pambansa Blg. 22 "
        "and graft a violation of R.A. No. 3019.",
        "PH",
        set(),
    ),
    (
        "[43] See Republic Act No. 9208 (2003), Anti-Trafficking in Persons Act of 2003.",
        "PH",
        set(),
    ),
    (
        "The elements of trafficking in persons under Section 3(a) of R.A. 9208 are the act, "
        "the means and the purpose.",
        "PH",
        set(),
    ),
    ("Human trafficking is a grave problem in the region.", None, set()),
    ("The evil of corruption erodes public trust.", None, set()),
]


@pytest.mark.parametrize(("text", "jurisdiction", "categories"), TABLE)
def test_categories(text: str, jurisdiction: str | None, categories: set[Category]) -> None:
    found = find_charges(text, jurisdiction)
    assert {m.category for m in found} == categories, [(m.category, m.statute) for m in found]


def test_evidence_points_into_text() -> None:
    text = "Intro.\n\nXXX was charged with violation of Section 6(a) of Republic Act No. 9208."
    (m,) = find_charges(text, "PH")
    assert m.statute == "R.A. 9208 s.6(a)"
    assert m.label == "Qualified trafficking in persons"
    for ev in m.evidence:
        assert text[ev.start : ev.end] == ev.text
        assert ev.extractor == charges.NAME
        assert ev.version == charges.VERSION


def test_counts_and_alternatives() -> None:
    text = (
        "COUNT 1: Trafficking in persons contrary to section 3(1)(d) as read with section 3(5) of "
        "the Counter-Trafficking in Persons Act.\n\n"
        "ALTERNATIVE COUNT 1: Promoting trafficking in persons contrary to section 5(a) of the "
        "Counter-Trafficking in Persons Act."
    )
    found = find_charges(text, "KE")
    assert [(m.count, m.alternative) for m in found] == [
        ("Count 1", False),
        ("ALTERNATIVE Count 1", True),
    ]
    assert all(m.category is T for m in found)


def test_criminal_case_numbers_are_counts() -> None:
    text = "In Criminal Case No. 17006, the accused was charged with qualified rape."
    (m,) = find_charges(text, "PH")
    assert m.count == "Criminal Case No. 17006"
    assert m.category is Category.SEXUAL_OFFENCE


def test_repeated_mentions_are_merged() -> None:
    text = (
        "XXX was charged with violation of Section 3(e) of R.A. No. 3019.\n\n"
        "The Sandiganbayan convicted XXX of violation of Section 3(e) of R.A. No. 3019.\n\n"
        "We affirm the conviction for graft."
    )
    (m,) = find_charges(text, "PH")
    assert m.category is C
    assert len(m.evidence) == 3


_CTIPA = "section 3(1)(d) of the Counter-Trafficking in Persons Act, No. 8 of 2010"


def test_an_offence_named_then_cited_is_one_charge() -> None:
    text = f"The appellant was charged with trafficking in persons contrary to {_CTIPA}."
    (m,) = find_charges(text, "KE")
    assert m.category is Category.TRAFFICKING
    assert m.statute is not None and "3(1)(d)" in m.statute
    assert len(m.evidence) == 2  # the name's span and the citation's


def test_an_offence_named_far_from_a_later_citation_stays_apart() -> None:
    filler = " The witnesses testified at length about the events of that night." * 4
    text = (
        "The appellant was charged with trafficking in persons." + filler + " He was "
        f"convicted of an offence under {_CTIPA}."
    )
    found = find_charges(text, "KE")
    assert [m.statute is None for m in found] == [True, False]


def test_administrative_misconduct_is_corruption_only_for_bribes() -> None:
    bribe = "Respondent is found guilty of grave misconduct for soliciting money from a litigant."
    neglect = "Respondent is found guilty of grave misconduct for losing the case records."
    assert {m.category for m in find_charges(bribe)} == {C}
    assert {m.category for m in find_charges(neglect)} == {Category.OTHER}


@pytest.mark.parametrize(
    "act",
    [
        "demanding and receiving P20,000.00 from a contractor",
        "having demanded the amount of P5,000.00 from the applicant",
        "receiving the amount of P3,000.00 in exchange for the release of the permit",
        "asking money from the litigants",
        "promising P5,000.00 in exchange for a favorable decision",
    ],
)
def test_a_bribe_named_by_its_amount_makes_misconduct_corruption(act: str) -> None:
    text = f"Respondent was found guilty of grave misconduct for {act}."
    assert {m.category for m in find_charges(text)} == {C}


def test_a_demand_that_is_no_bribe_leaves_misconduct_other() -> None:
    text = (
        "Respondent was found guilty of grave misconduct for losing the records; he demanded"
        " from the clerk an explanation."
    )
    assert {m.category for m in find_charges(text)} == {Category.OTHER}


@pytest.mark.parametrize(
    ("citation", "categories"),
    [
        # one offence: the related law supplies an element (the victim is a child)
        ("Section 4(a) of R.A. No. 9208 in relation to Section 5(a) of R.A. No. 7610", {T}),
        # two offences charged
        (
            "Section 4(a) of R.A. No. 9208 and Section 5(a) of R.A. No. 7610",
            {T, Category.SEXUAL_OFFENCE},
        ),
        # a trafficking or corruption law named as the related law still counts
        (
            "Section 5(b) of R.A. No. 7610 in relation to Section 4(a) of R.A. No. 9208",
            {T, Category.SEXUAL_OFFENCE},
        ),
    ],
)
def test_a_law_in_relation_to_another_is_one_offence(
    citation: str, categories: set[Category]
) -> None:
    text = f"The accused was charged with violation of {citation}."
    assert {m.category for m in find_charges(text, "PH")} == categories


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "She was charged with Estafa through Falsification of Commercial Documents.",
            ["Estafa"],
        ),
        (
            "He was charged with Malversation of Public Funds thru Falsification of Public"
            " Documents under Article 217 in relation to Article 171 of the Revised Penal Code.",
            ["Malversation of public funds or property"],
        ),
        ("He was charged with Falsification of Public Documents.", ["Falsification"]),
    ],
)
def test_a_complex_crime_is_one_offence(text: str, labels: list[str]) -> None:
    """RPC art. 48: the crime committed through another is one offence; the means is no
    second charge."""
    assert [m.label for m in find_charges(text, "PH")] == labels


def test_paragraphs_argument_limits_the_search() -> None:
    text = "He was charged with bribery.\n\nShe was charged with human trafficking."
    found = find_charges(text, paragraphs=[(0, 28)])
    assert {m.category for m in found} == {C}


def _corpus(name: str) -> tuple[str, dict[str, object]]:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    text = (CORPUS / "texts" / f"{name}.txt").read_text(encoding="utf-8")
    label = json.loads((CORPUS / "labels" / f"{name}.json").read_text(encoding="utf-8"))
    return text, label


@pytest.mark.parametrize(
    "name",
    [
        "ph-sc-gr-260708",  # R.A. 9208 / 3019 only in doctrine and footnote lists
        "ph-sc-gr-133789",  # drug "trafficking"
        "ph-sc-gr-233251",  # drug trafficking in legislative history
        "uk-ewca-civ-2020-470",  # ticket touting
        "pk-lhc-2023-7628",  # "human trafficking" FIR label, smuggling-type charges
        "uk-ewca-civ-2020-1488",  # Drug Trafficking Offences Act in a quoted authority
    ],
)
def test_corpus_traps_have_no_trafficking_charge(name: str) -> None:
    text, label = _corpus(name)
    found = {m.category for m in find_charges(text, str(label["jurisdiction"]))}
    assert T not in found


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("ph-sc-gr-223042", T),
        ("ph-sc-gr-211465", T),
        ("ph-sc-gr-252606", T),
        ("ph-sc-gr-265579", C),
        ("ph-sc-gr-235870", C),
        ("lk-ca-hcc-307-2018", C),
        ("pk-lhc-2024-3386", C),
    ],
)
def test_corpus_positives(name: str, category: Category) -> None:
    text, label = _corpus(name)
    assert category in {m.category for m in find_charges(text, str(label["jurisdiction"]))}


def test_a_charge_repeated_many_times_is_one_mention_with_all_evidence() -> None:
    sentence = "The accused was charged with violation of Section 3(e) of R.A. No. 3019. "
    text = sentence * 1500  # one line: also the shape of badly extracted PDFs
    found = [m for m in find_charges(text) if m.statute == "R.A. 3019 s.3(e)"]
    assert len(found) == 1
    starts = [e.start for e in found[0].evidence]
    assert starts == sorted(set(starts)) and len(starts) == 1500


@pytest.mark.parametrize(
    "text",
    [
        "The evidence was that he had committed an uncharged offence of bribery under "
        "section 1 of the Bribery Act 2010.",
        "The jury were told that no one had been charged with any offence of corruption.",
        "The Crown never charged anyone with bribery under section 1 of the Bribery Act 2010.",
    ],
)
def test_uncharged_or_negated_offences_are_not_charges(text: str) -> None:
    assert not [c for c in find_charges(text, "GB") if c.category is Category.CORRUPTION]


def test_a_plain_charge_next_to_the_negation_rule_still_counts() -> None:
    text = "The appellant was charged with bribery under section 1 of the Bribery Act 2010."
    assert {c.category for c in find_charges(text, "GB")} == {Category.CORRUPTION}


def test_a_sentencing_guideline_names_offences_in_general() -> None:
    text = (
        "The offences fell within culpability A of the Sentencing Council guideline for "
        "offences under sections 1 and 2 of the Modern Slavery Act 2015."
    )
    assert find_charges(text, "GB") == []


def test_a_citation_of_two_acts_charges_the_offences_of_both() -> None:
    text = (
        "Crime No. 1/2017 was registered for the offences punishable under Sections 370 and "
        "370A of the Indian Penal Code and Sections 3 and 4 of the Immoral Traffic (Prevention) "
        "Act, 1956."
    )
    cats = {c.category for c in find_charges(text, "IN")}
    assert {Category.TRAFFICKING, Category.SEXUAL_OFFENCE} <= cats


def test_a_statute_the_judgment_says_was_not_charged_is_no_charge() -> None:
    """ "they were not charged with violation of R.A. No. 9184": the procurement law's other
    mentions narrate a breach ("in violation of Section 18 of R.A. No. 9184"), not a charge."""
    text = (
        "The accused were convicted of violation of Section 3(e) of R.A. No. 3019.\n\n"
        "The Sandiganbayan held that, in violation of Section 18 of R.A. No. 9184, they named a"
        " brand in the bid documents.\n\n"
        "The accused argue that they were not charged with violation of R.A. No. 9184.\n"
    )
    statutes = {c.statute for c in find_charges(text, "PH")}
    assert statutes == {"R.A. 3019 s.3(e)"}


def test_a_denial_of_one_section_leaves_the_other_sections_of_the_act() -> None:
    text = (
        "Accused-appellant was charged with violation of Section 4(a) of R.A. No. 9208.\n\n"
        "He was not charged with violation of Section 5(a) of R.A. No. 9208.\n"
    )
    statutes = {c.statute for c in find_charges(text, "PH")}
    assert statutes == {"R.A. 9208 s.4(a)"}


def test_provisions_a_cited_law_amended_are_no_second_charge() -> None:
    """ "in relation to Sections 3 and 6 of RA 9231 amending Sections 12 and 16 of RA 7610":
    the R.A. 7610 sections are named as what R.A. 9231 changed, not as a child-abuse count."""
    text = (
        "The accused were found guilty of Qualified Trafficking in Persons under Sections 4(a)"
        " and 6(a) of RA 9208, in relation to Sections 3 and 6 of RA 9231 amending Sections 12"
        " and 16 of RA 7610.\n"
    )
    cats = {c.category for c in find_charges(text, "PH")}
    assert Category.TRAFFICKING in cats and Category.SEXUAL_OFFENCE not in cats


def test_a_child_abuse_count_is_still_a_charge() -> None:
    text = "The accused was convicted of violation of Section 5(b) of R.A. No. 7610.\n"
    assert {c.category for c in find_charges(text, "PH")} == {Category.SEXUAL_OFFENCE}


def test_a_blank_line_before_a_lower_case_word_does_not_cut_the_cue_from_its_citation():
    # PDF text converted with a blank line after every printed line (Sri Lankan appeal
    # court judgments are published so): the charge still reads as one sentence.
    text = (
        "The 1st count was that the accused solicited a gratification and thereby\n\n"
        "committed an offence punishable in terms of\n\n"
        "section 19(b) of the Bribery Act.\n\nThe appeal is dismissed."
    )
    assert [(m.category, m.statute) for m in find_charges(text, "LK")] == [
        (Category.CORRUPTION, "Bribery Act (LK) s.19(b)")
    ]
    # a blank line before a capital still ends the sentence: the cue stays behind it
    cut = text.replace("of\n\nsection 19(b) of the", "of it.\n\nSection 19(b) of the")
    assert find_charges(cut, "LK") == []


def test_an_fir_number_does_not_cut_the_fir_cue_from_its_sections():
    # "FIR No.435/2022 ... under sections ...": the dot of "No." with no space after it
    # ends no sentence, so the "FIR ... under" cue reaches its sections
    text = (
        "Through this petition the petitioner seeks post-arrest bail in case FIR No.435/2022"
        " dated 03.08.2022 registered under section 409 PPC at Police Station City.\n"
    )
    (charge,) = find_charges(text, "PK")
    assert text[charge.evidence[0].start :].startswith("FIR No.435/2022")


def test_another_offence_after_and_is_not_the_named_offence_s_statute() -> None:
    text = (
        "The appellant, a police constable, pleaded guilty to misconduct in a public office "
        "and to an offence under section 2 of the Bribery Act 2010."
    )
    found = find_charges(text, "GB")
    assert len(found) == 2
    assert {m.statute for m in found} == {None, "Bribery Act 2010 s.2"}


def test_a_victim_s_statutory_defence_is_no_charge_and_class_a_ends_a_sentence() -> None:
    text = (
        "The appellant pleaded guilty to being concerned in the supply of a controlled drug "
        "of class A. He now appeals on the ground that he had a defence under section 45 of "
        "the Modern Slavery Act 2015 of which he was not advised."
    )
    found = find_charges(text, "GB")
    assert [m.category for m in found] == [Category.DRUGS]
