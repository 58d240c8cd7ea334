"""Pakistani conventions found on a second set of unseen judgments: a National
Accountability Bureau writ against the accused, its reference as the charge, the "No." of a
case number inside a cue's gap, a judgment sheet whose epigraph cites a foreign case, an
example case told in the body (test-written snippets only)."""

from __future__ import annotations

import pytest
from party_helpers import names

from caselaw.extractors import extract
from caselaw.extractors.caption_chunks import caption_span
from caselaw.extractors.charges import find_charges
from caselaw.extractors.signals import narrated
from caselaw.models import Category, Judgment

_NAB_WRIT = (
    "Stereo. HCJDA 38\nJUDGMENT SHEET\nLAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
    "Writ Petition No.1234/2024\n\nNational Accountability Bureau\n\nVs.\n\n"
    "Malik Arshad Hameed etc.\n\nJUDGMENT\n\nDate of hearing: 02.9.2024\n"
    "For the Petitioner: Mr. Qadir Baksh, Special Prosecutor NAB.\n"
    "For Respondent No.1: Mr. Naveed Akhtar, Advocate.\n\n"
    '"Justice delayed is justice denied."\n  – Smith v. Jones, 1 U.S. 1 (1900)\n\n'
    "Ahmad Ali, J. – The Petitioner, National Accountability Bureau (NAB), has filed "
    'Reference No. 12/2023 (the "Reference") under section 24(b) of the National '
    "Accountability Ordinance, 1999 against Respondent No.1 and others, alleging corruption "
    "and corrupt practices. The Reference is pending before the Accountability Court. NAB "
    "assails an order of that Court supplying copies of statements to Respondent No.1.\n"
    "2. For the reasons recorded, this petition is dismissed.\n"
)


def test_a_heading_after_the_versus_ends_a_label_free_caption() -> None:
    # the epigraph's "Smith v. Jones" above the author line is no party
    lo, hi = caption_span(_NAB_WRIT, _NAB_WRIT.index("Petitioner:"))
    assert _NAB_WRIT[lo:hi].rstrip().endswith("JUDGMENT")


def test_the_side_nab_brings_to_court_is_the_accused() -> None:
    assert names(_NAB_WRIT) == ["Malik Arshad Hameed"]


def test_a_third_party_facing_nab_is_no_accused() -> None:
    # NAB as respondent: the petitioner may be a third party whose property it froze
    text = (
        "JUDGMENT SHEET\nIN THE LAHORE HIGH COURT, LAHORE\nW.P No. 99 of 2020\n"
        "Muhammad Tariq\nversus\nThe Chairman, National Accountability Bureau and 3 others\n"
        "\nJUDGMENT\n\nAhmad Ali, J:– The petitioner challenges an order of restriction on his"
        " land; the persons convicted in the reference are others.\n"
    )
    assert names(text) == []


def test_the_nab_reference_is_the_charge_and_implies_no_office() -> None:
    ex = extract(Judgment(id="t", portal="test", text=_NAB_WRIT, jurisdiction="PK"))
    [accused] = ex.defendants
    assert accused.name == "Malik Arshad Hameed"
    # NAO s.9(a): "a holder of a public office, or any other person"
    assert accused.is_official is False
    corruption = [c for c in ex.charges if c.category is Category.CORRUPTION]
    assert corruption and all(c.statute and c.statute.startswith("NAO 1999") for c in corruption)
    assert ex.case.corruption_charged and not ex.case.official_defendant


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bureau filed a reference under section 18(g) of the National Accountability "
        "Ordinance, 1999 against the accused.",
        "NAB filed Reference No. 7/2021 under section 18(g) of the National Accountability "
        "Ordinance, 1999.",
    ],
)
def test_a_filed_reference_charges_under_the_nao(sentence: str) -> None:
    found = find_charges(sentence, "PK")
    assert [(c.category, c.statute) for c in found] == [(Category.CORRUPTION, "NAO 1999 s.18(g)")]


def test_the_no_of_a_case_number_stays_inside_the_gap() -> None:
    # "FIR No. 98/2024 dated ... under": the dot of "No." before a blank ends no sentence
    sentence = (
        "He got registered case vide FIR No. 98/2024 dated 13.03.2024 at Police Station "
        "Saddar, Gujrat, under section 392 PPC."
    )
    assert [c.statute for c in find_charges(sentence, "PK")] == ["PPC s.392"]


def test_a_full_stop_still_ends_the_gap() -> None:
    sentence = "The FIR was lodged on 13.03.2024. The court under section 392 PPC may punish."
    assert find_charges(sentence, "PK") == []


def test_a_case_told_as_an_example_charges_nobody() -> None:
    sentence = (
        "A notable example is the 2017 case of Liam Allan, a university student wrongfully "
        "accused of rape."
    )
    assert find_charges(sentence, "GB") == []


@pytest.mark.parametrize(
    ("accused", "state"),
    [
        ("MUHAMMAD ASLAM---Appellant", "The STATE---Respondent"),
        ("GHULAM RASOOL and another---Petitioners", "The STATE and another---Respondents"),
    ],
)
def test_a_law_report_caption_dashes_party_to_label(accused: str, state: str) -> None:
    # Pakistani law reports (PLD, SCMR, P Cr. L J, YLR) print "NAME---Appellant"
    text = (
        "2024 P Cr. L J 99\n\n[Lahore]\n\nBefore Ahmad Ali, J\n\n"
        f"{accused}\n\nVersus\n\n{state}\n\n"
        "Criminal Appeal No. 1 of 2023, decided on 2nd May, 2024.\n\n"
        "JUDGMENT AHMAD ALI, J.--- The appellant was convicted under section 324 PPC by the "
        "trial court; the appeal is allowed and he is acquitted.\n"
    )
    found = names(text)
    assert found and found[0] in {"Muhammad Aslam", "Ghulam Rasool"}
    assert all("-" not in n for n in found)


def test_co_accused_the_trial_court_acquitted_stand_acquitted() -> None:
    # "... convicted the appellant ..., while his brothers namely A, B and C were
    # acquitted": the co-accused are listed, their acquittal left standing
    text = (
        "2024 P Cr. L J 99\n\n[Lahore]\n\nSHAHID MEHMOOD---Appellant\n\nVersus\n\n"
        "The STATE---Respondent\n\nCriminal Appeal No. 9 of 2023, decided on 2nd May, 2024.\n\n"
        "JUDGMENT AHMAD ALI, J.--- The appellant assails the judgment of the learned "
        "Additional Sessions Judge, Okara (the trial court), whereby he was convicted under "
        "section 324 PPC. He was sentenced to five years. Benefit of section 382-B Cr.P.C. "
        "was extended to the convict, while brothers of the accused namely Zafar Iqbal, "
        "Tariq Nadeem and Waqas Anjum were acquitted of the charge.\n\n"
        "2. The prosecution failed to prove its case. Criminal Appeal No. 9 of 2023 is "
        "allowed, the appellant Shahid Mehmood is acquitted of the charge.\n"
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PK"))
    outcomes = {
        d.name: {v.outcome.value for v in ex.verdicts if v.defendant == d.index and v.standing}
        for d in ex.defendants
    }
    assert set(outcomes) == {"Shahid Mehmood", "Zafar Iqbal", "Tariq Nadeem", "Waqas Anjum"}
    assert all(o == {"acquitted"} for o in outcomes.values()), outcomes


def test_a_section_list_goes_on_after_a_comma_that_ends_a_line() -> None:
    # the LHC text layer breaks "409, 420, 468, \n471 PPC" with the comma's trailing blank
    sentence = (
        "FIR No.12/2023 was registered under sections 409, 420, 468, \n471 PPC read with "
        "section 5(2) of the Prevention of Corruption Act, 1947 at ACE Lahore."
    )
    found = find_charges(sentence, "PK")
    assert {c.statute for c in found} == {"PPC s.409,420,468,471 r/w PCA 1947 s.5(2)"}
    assert Category.CORRUPTION in {c.category for c in found}


def test_a_paragraph_number_after_a_line_end_is_no_section() -> None:
    sentence = "He was convicted under sections 302, 324 PPC,\n2. The appeal fails."
    assert [c.statute for c in find_charges(sentence, "PK")] == ["PPC s.302,324"]


def test_a_letter_suffix_a_blank_apart_before_its_clause() -> None:
    sentence = "FIR No.1/2023 was registered under section 337 F(i) PPC."
    assert [c.statute for c in find_charges(sentence, "PK")] == ["PPC s.337F(i)"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Consequently, FIR No. 215/2024 dated 20.07.2024 was registered at Police Station FIA "
        "Composite Circle, Multan, under sections 3 and 4 of the Prevention of Trafficking in "
        "Persons Act, 2018.",
        "FIR No.210 of 2022 was registered with Police Station Saddar, District Okara, under "
        "sections 3 and 4 of the Prevention of Trafficking in Persons Act, 2018.",
    ],
)
def test_the_police_station_between_registered_and_under(sentence: str) -> None:
    found = find_charges(sentence, "PK")
    assert [(c.category, c.statute) for c in found] == [(Category.TRAFFICKING, "PTPA 2018 s.3,4")]


def test_a_petitioner_seeking_bail_against_nab_is_its_accused() -> None:
    text = (
        "ORDER SHEET\nLAHORE HIGH COURT, LAHORE\nWrit Petition No.7788 of 2023\n"
        "Tariq Mehmood\nVersus\nNational Accountability Bureau through its Chairman, etc.\n"
        "10.05.2023 Mr. Naeem Ullah, Advocate for the petitioner.\n"
        "Through this petition, the petitioner seeks post-arrest bail in Reference No. 5/2022 "
        "pending before the Accountability Court No. III, Lahore.\n"
    )
    assert names(text) == ["Tariq Mehmood"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "A police constable of the local police station warned the brothel keeper before "
            "every raid in return for a monthly payment.",
            "protection",
        ),
        ("The Sub-Inspector warned the traffickers of the raid.", "tip_off"),
    ],
)
def test_a_warned_raid_and_a_monthly_payment_to_the_police(sentence: str, kind: str) -> None:
    assert narrated(sentence) == kind


def test_a_warning_to_a_witness_is_no_tip_off() -> None:
    assert narrated("The police officer warned the witness to appear before the court.") is None


def test_a_co_accused_the_trial_court_acquitted_without_namely() -> None:
    text = (
        "JUDGMENT SHEET\nIN THE LAHORE HIGH COURT, LAHORE\nCriminal Appeal No.5 of 2022\n"
        "Nasir Ali\nVersus\nThe State\nJUDGMENT\nAHMAD ALI, J.- The appellant was tried by the "
        "learned Additional Sessions Judge, Kasur, and convicted under section 371-A PPC; his "
        "co-accused Rukhsana Bibi was acquitted by the trial court.\n2. For the foregoing "
        "reasons, this appeal is dismissed.\n"
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PK"))
    standing = {
        d.name: {v.outcome.value for v in ex.verdicts if v.defendant == d.index and v.standing}
        for d in ex.defendants
    }
    assert standing == {"Nasir Ali": {"convicted"}, "Rukhsana Bibi": {"acquitted"}}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # quashment of the FIA's FIR: the petitioner is the accused
        (
            "Through this petition the petitioners seek quashment of FIR No. 215/2024 "
            "registered by the FIA under sections 3 and 4 of the Prevention of Trafficking in "
            "Persons Act, 2018.",
            ["Rashid Mehmood"],
        ),
        # a passport matter with no criminal case: no accused
        ("Through this petition the petitioners seek the renewal of their passports.", []),
    ],
)
def test_a_petitioner_facing_the_fia(body: str, expected: list[str]) -> None:
    text = (
        "JUDGMENT SHEET\nLAHORE HIGH COURT, LAHORE\nWrit Petition No.51234/2024\n"
        "Rashid Mehmood and another\nVs.\nFederal Investigation Agency through its Director "
        "General, etc.\nJUDGMENT\nAhmad Ali, J. – " + body + "\n"
    )
    assert names(text) == expected
