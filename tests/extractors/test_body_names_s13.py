"""Body names that are no new person, an HTML no-break space in a case-number line, and police
membership stated in words (snippets written for these tests; no judgment text)."""

from __future__ import annotations

import pytest
from party_helpers import names, official_of

from caselaw.extractors.body_name_filters import (
    folded_nickname,
    in_alias_list,
    verdict_word,
    versus_word,
)
from caselaw.models import OfficialType


@pytest.mark.parametrize("word", ["NOT", "Not", "NOT GUILTY", "Guilty", "acquitted"])
def test_verdict_words_are_no_names(word: str) -> None:
    assert verdict_word(word)


@pytest.mark.parametrize("name", ["Nota Reyes", "Guiltyo", "Juan Cruz"])
def test_real_names_are_kept(name: str) -> None:
    assert not verdict_word(name)


def test_versus_behind_mojibake_is_no_party() -> None:
    assert versus_word("\u00c2 Vs")
    assert not versus_word("Vs")  # (no mojibake: left to the caption's own rules)
    assert not versus_word("Jose \u00c2 Cruz")


def test_alias_list_tail() -> None:
    text = "finds the accused Ana Cruz alias Ana Reyes and Ana Santos guilty"
    assert in_alias_list(text, text.index("Ana Santos"))
    text = "convicted Pedro Uy a.k.a. Boy, or Pedring Uy of the offence"
    assert in_alias_list(text, text.index("Pedring Uy"))


def test_co_accused_after_an_alias_sentence_is_kept() -> None:
    text = "Ana Cruz alias Ana Reyes was arrested. Later Ana Santos and Lito Uy were charged."
    assert not in_alias_list(text, text.index("Lito Uy"))
    text = "the accused Juan Cruz and Pedro Santos were convicted"
    assert not in_alias_list(text, text.index("Pedro Santos"))


def test_nickname_inside_a_name_is_folded() -> None:
    assert folded_nickname("Armenia, aka Armie Pillueta") == "Armenia Pillueta a.k.a. Armie"
    assert folded_nickname("Juan alias Boy Cruz") == "Juan Cruz a.k.a. Boy"
    assert folded_nickname("Juan Dela Cruz") == "Juan Dela Cruz"


_CAPTION = (
    "G.R. No. 100001  &nbsp &nbsp &nbsp March 3, 2006\n\n"
    "JUAN P. SANTOS, petitioner,\n\nvs.\n\nPEOPLE OF THE PHILIPPINES, respondent.\n\n"
    "D E C I S I O N\n\nCRUZ, J.:\n\nThis is a petition for review of the decision convicting "
    "petitioner of violation of Section 3(e) of Republic Act No. 3019.\n"
)


def test_html_nbsp_between_number_and_date_is_no_party() -> None:
    assert names(_CAPTION) == ["Juan P. Santos"]


def test_verdict_word_after_a_named_accused_is_no_defendant() -> None:
    text = (
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. MARIA L. CRUZ, ACCUSED-APPELLANT.\n\n"
        "D E C I S I O N\n\nREYES, J.:\n\nThe trial court decided:\n\n"
        "1. In Criminal Case No. 1, the Court finds the accused, MARIA L. CRUZ, GUILTY of "
        "illegal recruitment;\n\n2. In Criminal Case No. 2, the Court finds the accused, "
        "MARIA L. CRUZ, NOT GUILTY of the crime of estafa and a verdict of acquittal is entered.\n"
    )
    assert names(text) == ["Maria L. Cruz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Accused-appellant Rosa Lim is an organic member of the NARCOM, Davao City Command.",
        "Accused-appellant Rosa Lim is a regular member of the PNP.",
        "Accused Rosa Lim is a member of the Philippine National Police.",
    ],
)
def test_police_membership_in_words(sentence: str) -> None:
    text = "PEOPLE OF THE PHILIPPINES VS. ROSA LIM\n\n" + sentence + "\n"
    assert official_of(text, "Rosa Lim") == OfficialType.POLICE


def test_quoted_nickname_closes_the_alias() -> None:
    text = 'finds both accused JUAN CRUZ a.k.a "BOY" and ANA REYES a.k.a "NENE" GUILTY'
    assert not in_alias_list(text, text.index("ANA REYES"))


def test_petition_for_review_of_a_conviction_is_no_pretrial_matter() -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    text = (
        "G.R. No. 100002               May 5, 2006\n\nPEDRO L. SANTOS, petitioner,\n\nvs.\n\n"
        "PEOPLE OF THE PHILIPPINES, respondent.\n\nD E C I S I O N\n\nCRUZ, J.:\n\n"
        "This is a Petition for Review on Certiorari of the Decision of the Sandiganbayan in "
        "A.R. No. 1. The assailed decision affirmed the Decision of the Regional Trial Court "
        "convicting petitioner Pedro L. Santos for violation of Section 3(e), Republic Act "
        "No. 3019.\n\nThe trial court ordered the cancellation of his bail bond and denied his "
        "Motion to Quash the Information.\n\nThe RTC found him guilty of violating Section 3(e) "
        "of R.A. 3019.\n\nIN LIGHT OF ALL THE FOREGOING, the petition is hereby DENIED for lack "
        "of merit. The Decision of the Sandiganbayan is AFFIRMED.\n\nSO ORDERED.\n"
    )
    r = extract(Judgment(id="t", portal="test", text=text))
    assert r.case.corruption_outcome.value == "convicted"


def test_reviews_conviction_reads_the_opening_only() -> None:
    from caselaw.extractors.review_of_conviction import reviews_conviction

    assert reviews_conviction("This is an appeal from the decision convicting the accused.")
    assert not reviews_conviction("This is a petition for bail. The accused is detained.")
    assert not reviews_conviction("x" * 2000 + "appeal from the decision convicting him")


def test_charge_replaced_by_an_amended_information_is_dropped() -> None:
    from caselaw.extractors.charge_mentions import ChargeMention
    from caselaw.extractors.superseded_charges import drop_superseded
    from caselaw.models import Category, Evidence

    text = (
        "An information was filed charging the petitioner with qualified theft. After a "
        "reinvestigation, an amended information was filed charging him instead with "
        "malversation of public funds."
    )
    a, b = text.index("qualified theft"), text.index("malversation")

    def mention(start: int, end: int, label: str) -> ChargeMention:
        ev = Evidence(start, end, text[start:end], "charges", "t")
        return ChargeMention(Category.OTHER, label, None, None, False, (ev,))

    kept = drop_superseded(text, [mention(a, a + 15, "Theft"), mention(b, b + 12, "Malv")])
    assert [m.label for m in kept] == ["Malv"]
    # no amendment after it: the charge stays
    plain = "charging the petitioner with qualified theft. He was convicted."
    m = ChargeMention(
        Category.OTHER,
        "Theft",
        None,
        None,
        False,
        (Evidence(29, 44, plain[29:44], "charges", "t"),),
    )
    assert drop_superseded(plain, [m]) == [m]


def test_a_name_with_its_own_alias_is_another_person() -> None:
    text = "finds the accused Ana Cruz a.k.a. Nene Reyes Lim and Rosa Uy a.k.a. Baby guilty"
    at = text.index("Rosa Uy")
    assert not in_alias_list(text, at, at + len("Rosa Uy"))
    text = "finds the accused Ana Cruz a.k.a. Nene Lim and Rosa Uy a.k.a. Baby Uy guilty"
    at = text.index("Rosa Uy")
    assert not in_alias_list(text, at, text.index(" guilty"))


def test_bracketed_nickname_inside_a_caption_name() -> None:
    text = (
        "PEOPLE OF THE PHILIPPINES,\u00c2 PLAINTIFF-APPELLEE,\u00c2 VS., PEDRO SANTOS AND JOSE "
        "VICENTE (JOVY) CHANCO\u00c2  ACCUSED-APPELLANTS.\n\nD E C I S I O N\n\n"
        "CRUZ, J.:\n\nText.\n"
    )
    found = names(text)
    assert found[0] == "Pedro Santos"
    assert len(found) == 2 and found[1].startswith("Jose Vicente (Jovy) Chanco")


def test_a_closing_bracket_remark_is_no_nickname() -> None:
    from caselaw.extractors.names import _PAREN_NICK

    assert _PAREN_NICK.sub("", "JOSE VICENTE (JOVY) CHANCO") == "JOSE VICENTE  CHANCO"
    assert _PAREN_NICK.sub("", "MAKDUL JAMAD (AL)") == "MAKDUL JAMAD (AL)"


def test_trailing_mojibake_of_a_no_break_space() -> None:
    from caselaw.extractors.mojibake import nbsp_fixed

    assert nbsp_fixed("CHANCO\u00c2") == "CHANCO"
    assert nbsp_fixed("FLOR\u00c2 N.") == "FLOR N."
