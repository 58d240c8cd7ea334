"""Rules from the error analysis on a second set of unseen Philippine Supreme Court
decisions (snippets written for these tests; no judgment text): the old lawphil caption
layout, a middle initial V. beside a spelt-out versus, a footnote number glued to a full
stop, police ranks before a name, and "charging X with"."""

from __future__ import annotations

import pytest
from party_helpers import names

from caselaw.extractors import charges
from caselaw.extractors.name_match import same_person
from caselaw.extractors.names import key_tokens
from caselaw.extractors.signals import narrated
from caselaw.extractors.verdict_cues import sentence_of
from caselaw.models import Category

_BODY = (
    "\n\nR E S O L U T I O N\n\nREYES, J.:\n\nThe Sandiganbayan found petitioners guilty of "
    "violation of Section 3(e) of Republic Act No. 3019. The petition is DENIED."
)


@pytest.mark.parametrize(
    ("head", "caption", "expected"),
    [
        # the unbracketed case-number line of the old layout: number and date, then the parties
        (
            "G.R. No. 190001               July 31, 2013\n\n",
            "JUAN M. SANTOS, Petitioner,\n\nvs.\n\nPEOPLE OF THE PHILIPPINES, Respondent.",
            ["Juan M. Santos"],
        ),
        (
            "G.R. Nos. 190001 & 190002               March 5, 2014\n\n",
            "JUAN M. SANTOS AND PEDRO REYES, Petitioners,\n\nvs.\n\nTHE HONORABLE "
            "SANDIGANBAYAN and PEOPLE OF THE PHILIPPINES, Respondents.",
            ["Juan M. Santos", "Pedro Reyes"],
        ),
        # the bracketed layout as before
        (
            "[ G.R. No. 190001. July 31, 2013 ]\n\n",
            "JUAN M. SANTOS, PETITIONER, VS. PEOPLE OF THE PHILIPPINES, RESPONDENT.",
            ["Juan M. Santos"],
        ),
    ],
)
def test_the_case_number_line_is_no_party(head: str, caption: str, expected: list[str]) -> None:
    text = "SECOND DIVISION\n\n" + head + caption + _BODY
    assert names(text) == expected


def test_a_middle_initial_v_is_no_versus() -> None:
    text = (
        "SECOND DIVISION\n\n[ G.R. No. 190001. July 31, 2013 ]\n\n"
        "RAMON SANTOS AND VIRGILIO V. CRUZ, Petitioners,\n\nvs.\n\n"
        "PEOPLE OF THE PHILIPPINES, Respondent." + _BODY
    )
    assert names(text) == ["Ramon Santos", "Virgilio V. Cruz"]


def test_a_capital_v_is_the_versus_when_no_other_stands() -> None:
    text = (
        "EN BANC\n\n[ A.M. No. P-19-0001, April 02, 2019 ]\n\nANA C. REYES, COMPLAINANT, V. "
        "LINA A. SANTOS, COURT STENOGRAPHER III, RESPONDENT.\n\nR E S O L U T I O N\n\n"
        "CRUZ, J.:\n\nRespondent is found GUILTY of simple neglect of duty."
    )
    assert names(text) == ["Lina A. Santos"]


def test_a_footnote_number_after_the_full_stop_ends_the_sentence() -> None:
    text = (
        "Two of the accused died during the pendency of the case, while Jose Reyes was "
        "dropped from the Information for lack of probable cause.9 As such, only Santos and "
        "Cruz remained as accused."
    )
    s, e = sentence_of(text, text.index("died"), 0, len(text))
    assert text[s:e].endswith("probable cause.9")
    s, e = sentence_of(text, text.index("Santos"), 0, len(text))
    assert text[s:e].startswith("As such")


def test_petitioners_named_after_a_death_sentence_stay_defendants() -> None:
    text = (
        "SECOND DIVISION\n\nG.R. No. 190001               July 31, 2013\n\n"
        "RAMON SANTOS AND VIRGILIO V. CRUZ, Petitioners,\n\nvs.\n\n"
        "PEOPLE OF THE PHILIPPINES, Respondent.\n\nR E S O L U T I O N\n\nREYES, J.:\n\n"
        "Four of the accused died during the pendency of the case, while Jose Reyes was "
        "dropped from the Information for lack of probable cause.9 As such, only Santos and "
        "Cruz remained as accused. The petition is DENIED."
    )
    assert names(text) == ["Ramon Santos", "Virgilio V. Cruz"]


@pytest.mark.parametrize(
    ("ranked", "plain"),
    [
        ("SPO1 Ramon Santos", "Ramon Santos"),
        ("PO2 Dennis Cruz", "Dennis Cruz"),
        ("C/INSP. Virgilio V. Cruz", "Virgilio V. Cruz"),
        ("P/Insp. Exodio Reyes", "Exodio Reyes"),
        ("Sr. Supt. Arnulfo Reyes", "Arnulfo Reyes"),
    ],
)
def test_a_police_rank_is_no_part_of_the_name(ranked: str, plain: str) -> None:
    assert key_tokens(ranked) == key_tokens(plain)
    assert same_person(ranked, plain)


def test_a_name_starting_like_a_rank_keeps_it() -> None:
    assert key_tokens("Pong Santos") == ["pong", "santos"]


@pytest.mark.parametrize(
    "text",
    [
        "A Resolution found probable cause for charging respondents with qualified "
        "trafficking in persons.",
        "An Information charging accused-appellant Juan Cruz with qualified trafficking of "
        "persons was filed.",
    ],
)
def test_charging_someone_with_an_offence_is_a_charge(text: str) -> None:
    found = charges.find_charges(text, "PH")
    assert {m.category for m in found} == {Category.TRAFFICKING}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a recruiter's claimed contact in the passport office: official complicity alleged
        (
            "She told her it is not a problem because they have a connection with the DFA "
            "(Department of Foreign Affairs) and the picture in the passport will be "
            "substituted.",
            "protection",
        ),
        (
            "The recruiter said he had connections at the airport and with immigration officers.",
            "protection",
        ),
        # the legal phrase "in connection with" names no contact
        ("The passport was processed in connection with the DFA rules of the Department.", None),
    ],
)
def test_a_claimed_contact_in_the_passport_office_is_a_signal(
    sentence: str, kind: str | None
) -> None:
    assert narrated(sentence) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lawphil glues footnote numbers to the statute numbers: R.A. 3019 + "5", art. 210 + "6"
        (
            "The RTC found the accused guilty of violating Section 3(b) of RA 30195 and "
            "Article 2106 of the Revised Penal Code.",
            {(Category.CORRUPTION, "R.A. 3019")},
        ),
        (
            "The accused was convicted of violation of Section 5 of RA 91651.",
            {(Category.DRUGS, "R.A. 9165")},
        ),
        # a number the series has reached is read as written
        (
            "The accused was charged with violation of Republic Act No. 11862.",
            {(Category.TRAFFICKING, "R.A. 11862")},
        ),
        # an unlisted article below the last listed one is no glued footnote
        (
            "The accused was charged with violation of Article 365 of the Revised Penal Code.",
            {(Category.OTHER, "RPC")},
        ),
    ],
)
def test_a_footnote_number_glued_to_a_statute_number(
    text: str, expected: set[tuple[Category, str]]
) -> None:
    found = charges.find_charges(text, "PH")
    assert {
        (m.category, (m.statute or "").split(" s.")[0].split(" art.")[0]) for m in found
    } == expected


def test_a_law_the_charge_was_laid_instead_of_is_no_charge() -> None:
    text = (
        "The employees were referred to the inquest prosecutor with charges for violation of "
        "R.A. No. 76107. The Office of the City Prosecutor charged accused-appellant with "
        "human trafficking under R.A. 9208, instead of violation of R.A. 7610 for the reason "
        "that she recruited a minor."
    )
    found = charges.find_charges(text, "PH")
    assert {m.category for m in found} == {Category.TRAFFICKING}


def test_instead_of_without_a_charging_verb_denies_nothing() -> None:
    text = (
        "The accused was charged with qualified trafficking. He was convicted under Section 5 "
        "of R.A. 7610 instead of rape."
    )
    found = charges.find_charges(text, "PH")
    assert {m.category for m in found} == {Category.TRAFFICKING, Category.SEXUAL_OFFENCE}
