"""Rules from the error analysis of the s12 'fresh2-ph' set of unseen Philippine Supreme Court
criminal decisions (illegal recruitment, drug and R.A. 7610 traps); snippets written for
these tests, no judgment text."""

from __future__ import annotations

import pytest
from party_helpers import names

from caselaw.extractors import extract
from caselaw.extractors.charges import find_charges
from caselaw.extractors.name_match import same_person
from caselaw.extractors.names import key_tokens
from caselaw.extractors.signals import narrated
from caselaw.extractors.verdict_cues import classify
from caselaw.models import Category, Judgment


def _categories(text: str) -> set[Category]:
    return {m.category for m in find_charges(text, "PH")}


@pytest.mark.parametrize(
    "sentence",
    [
        # the decree that made large-scale recruitment economic sabotage, cited as the
        # amendment of the charged articles
        "An information for illegal recruitment in large scale, punishable under Articles 38 "
        "and 39 of the Labor Code (Presidential Decree No. 442) as amended by Section 1(b) of "
        "Presidential Decree No. 2018, was filed against the accused.",
        # the 1978 amendment of Book I, cited as the act of the article
        "The court finds the accused guilty beyond reasonable doubt of Violation of Art. 38 "
        "(a), Presidential Decree No. 1412, amending certain provisions of Book I, Pres. "
        "Decree No. 442, otherwise known as the Labor Code.",
        # a Book I prohibition penalised by art. 39
        "Four informations alleged that the accused operated a private fee-charging employment "
        "agency, in violation of Article 16 in relation to Article 39 of the Labor Code.",
    ],
)
def test_labor_code_recruitment_provisions_are_illegal_recruitment(sentence: str) -> None:
    assert _categories(sentence) == {Category.ILLEGAL_RECRUITMENT}


def test_other_labor_code_offences_stay_other() -> None:
    # a labour-standards penalty of the Code is no recruitment offence
    text = "The employer was charged with violation of Article 288 of the Labor Code."
    assert Category.ILLEGAL_RECRUITMENT not in _categories(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The accused feigned illness and escaped from the hospital with the connivance of some "
        "jail personnel.",
        "The recruits were cleared at the airport with the connivance of immigration officers.",
    ],
)
def test_connivance_of_officials_is_complicity(sentence: str) -> None:
    assert narrated(sentence) == "official_complicity"


@pytest.mark.parametrize(
    "sentence",
    [
        "She acted with the connivance of her husband and her sister.",
        "The two accused acted in connivance with each other.",
    ],
)
def test_connivance_of_private_persons_is_none(sentence: str) -> None:
    assert narrated(sentence) is None


def test_a_misread_no_break_space_is_no_letter_of_a_name() -> None:
    assert key_tokens("MARIA\u00c2\u00a0 D.\u00c2\u00a0 SANTOS") == key_tokens("Maria D. Santos")
    assert key_tokens("Ma\u00c2 Santos") == key_tokens("Ma Santos")
    assert key_tokens("JOS\u00c9 SANTOS") == key_tokens("Jose Santos")  # a real accent stays


def test_the_caption_with_a_misread_no_break_space_is_the_body_s_accused() -> None:
    text = (
        "FIRST DIVISION\n\n[ G.R. No. 100001, February 12, 1998 ]\n\n"
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE,\nVS. MARIA\u00c2\u00a0 D.\u00c2\u00a0 "
        "SANTOS, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nThis is an appeal from the decision "
        "finding accused-appellant Maria D. Santos guilty of illegal recruitment in large "
        "scale penalized under Art. 38, par. (b), in relation to Art. 39, par. (a), of the "
        "Labor Code.\n\nWHEREFORE, the Decision convicting accused-appellant Maria D. Santos "
        "of illegal recruitment in large scale is AFFIRMED."
    )
    found = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))
    assert len(found.defendants) == 1


def test_every_quoted_alias_after_an_at_sign_is_the_same_accused() -> None:
    text = (
        "THIRD DIVISION\n\n[ G.R. No. 200001, November 21, 2018 ]\n\nPEOPLE OF THE "
        'PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN CRUZ Y SANTOS @ "TOTO," "BOY," '
        "ACCUSED-APPELLANT.\n\nDECISION\n\nThe accused-appellant was convicted of illegal sale "
        "of dangerous drugs under Section 5 of R.A. No. 9165.\n\nWHEREFORE, the appeal is "
        "DISMISSED."
    )
    assert names(text) == ['Juan Cruz y Santos @ "Toto," "Boy"']


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ma. Lourdes de Guiang y Villanueva", "Lourdes Bautista de Guiang", True),
        ("Ma. Teresa Cruz", "Teresa Cruz", True),
        ("Ma. Teresa Cruz", "Ana Cruz", False),
        ("Ma. Teresa Cruz", "Ma. Luisa Cruz", False),
    ],
)
def test_ma_for_maria_may_be_left_out(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


@pytest.mark.parametrize(
    "sentence",
    [
        "WHEREFORE, the Orders of June 24, 1981, and September 17, 1981, are set aside and the "
        "four informations against the private respondent reinstated.",
        "The order granting the motion to quash is reversed and the information is hereby "
        "reinstated.",
    ],
)
def test_informations_reinstated_send_the_case_back_to_trial(sentence: str) -> None:
    assert classify(sentence) == "other"


def test_government_regulations_are_no_official() -> None:
    # a private recruiter's fees above the limit the regulations set: no official acts
    text = (
        "In fact, appellant demanded and received from complainants amounts beyond the "
        "allowable limit of P5,000.00 under government regulations."
    )
    assert narrated(text) is None
    assert narrated("The government official demanded and received P5,000.00 from him.") == (
        "extortion"
    )
