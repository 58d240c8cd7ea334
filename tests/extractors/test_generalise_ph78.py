"""Rules from the error analysis on an eighth-round set of unseen Philippine Supreme Court
decisions (administrative matters of judges and court personnel, a Sandiganbayan
certiorari); snippets written for these tests, no judgment text."""

from __future__ import annotations

import pytest
from party_helpers import names

from caselaw.extractors import charges, extract
from caselaw.extractors.verdict_cues import classify
from caselaw.models import Category, Judgment

_RTJ_HEAD = "SECOND DIVISION\n\n[ A.M. No. RTJ-08-1000, June 18, 2010 ]\n\n"


def _ex(text: str):  # type: ignore[no-untyped-def]
    return extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))


def test_a_retired_judge_in_the_caption_is_the_respondent() -> None:
    caption = (
        "ANA B. CRUZ, COMPLAINANT, VS. (RET.) JUDGE PEDRO A. REYES, FORMER PRESIDING JUDGE, "
        "REGIONAL TRIAL COURT, SAN JUAN CITY, LA UNION, BRANCH 27, RESPONDENT."
    )
    text = (
        _RTJ_HEAD + caption + "\n\nD E C I S I O N\n\nWHEREFORE, respondent is found GUILTY of "
        "simple misconduct and FINED P10,000.00."
    )
    assert names(text) == ["Pedro A. Reyes"]


def test_a_charge_naming_another_person_is_not_the_defendants() -> None:
    # the complaint of a litigant against two others (dismissed before) is narrated in the
    # matter of a third, the respondent: its R.A. 3019 charges are not his
    text = (
        _RTJ_HEAD + "MARIA T. SANTOS, COMPLAINANT, VS. JUDGE PEDRO A. REYES, RESPONDENT."
        "\n\nD E C I S I O N\n\nThe Case\n\nA litigant, Luz Gomez, charged Judge Santos with "
        "violation of Section 3(e) of Republic Act No. 3019. She also charged Lacsamana with "
        "violation of Section 3(f) of RA 3019.\n\nWHEREFORE, we find respondent Judge Pedro A. "
        "Reyes GUILTY of simple misconduct and FINE him P10,000.00.\n\nSO ORDERED."
    )
    ex = _ex(text)
    assert [d.name for d in ex.defendants] == ["Pedro A. Reyes"]
    assert {(c.category, c.label) for c in ex.charges} == {(Category.OTHER, "Simple misconduct")}


def test_a_charge_naming_the_defendant_stays_his() -> None:
    text = (
        _RTJ_HEAD + "MARIA T. SANTOS, COMPLAINANT, VS. JUDGE PEDRO A. REYES, RESPONDENT."
        "\n\nD E C I S I O N\n\nThe complainant charged Judge Reyes with violation of Section "
        "3(e) of Republic Act No. 3019 for demanding money from her.\n\nWHEREFORE, the "
        "complaint is DISMISSED for lack of merit.\n\nSO ORDERED."
    )
    ex = _ex(text)
    assert {c.category for c in ex.charges} == {Category.CORRUPTION}


@pytest.mark.parametrize(
    "sentence",
    [
        "Further, the Court agrees that she must be prosecuted for malversation of public funds "
        "under Article 217 of the Revised Penal Code.",
        "The respondent should be criminally charged with violation of Republic Act No. 3019.",
    ],
)
def test_a_prosecution_the_court_orders_is_no_charge(sentence: str) -> None:
    assert charges.find_charges(sentence, "PH") == []


def test_a_prosecution_brought_stays_a_charge() -> None:
    sentence = "She was prosecuted for malversation of public funds before the Sandiganbayan."
    assert {m.category for m in charges.find_charges(sentence, "PH")} == {Category.CORRUPTION}


def test_gross_inefficiency_is_an_offence_of_a_judge() -> None:
    sentence = "Respondent Judge is hereby found GUILTY of gross inefficiency and FINED P20,000."
    found = charges.find_charges(sentence, "PH")
    assert [(m.category, m.label) for m in found] == [(Category.OTHER, "Gross inefficiency")]


def test_each_respondent_keeps_the_offence_the_fallo_finds_against_him() -> None:
    # the OCA's recommendation names one respondent with the offence the fallo then finds
    # against the other: each evidence span has its own owner
    text = (
        "EN BANC\n\n[ A.M. No. P-05-1000, April 23, 2010 ]\n\n"
        "OFFICE OF THE COURT ADMINISTRATOR, COMPLAINANT, VS. ATTY. JOSE M. REYES AND MS. ANA "
        "V. CRUZ, CLERK OF COURT AND CLERK IV, RESPECTIVELY, REGIONAL TRIAL COURT, SAN JUAN, "
        "RESPONDENTS.\n\nR E S O L U T I O N\n\nPER CURIAM:\n\nThe audit found a shortage in "
        "the fiduciary fund.\n\nThe OCA recommended that Ms. Cruz be FOUND GUILTY of gross "
        "inefficiency and dishonesty.\n\nWHEREFORE, Ms. Ana V. Cruz is hereby found GUILTY of "
        "dishonesty and DISMISSED from the service.\n\nAtty. Jose M. Reyes is hereby found "
        "GUILTY of gross inefficiency and FINED P20,000.\n\nSO ORDERED."
    )
    ex = _ex(text)
    by_name = {d.name: d.index for d in ex.defendants}
    reyes = {c.label for c in ex.charges if c.defendant == by_name["Jose M. Reyes"]}
    assert reyes == {"Gross inefficiency"}


_GR_HEAD = "THIRD DIVISION\n\n[ G.R. No. 170000, November 27, 2008 ]\n\n"
_CERTIORARI_BODY = (
    "\n\nD E C I S I O N\n\nThe Ombudsman found probable cause to charge respondent Reyes, "
    "then Municipal Mayor, with violation of Section 3(f) of Republic Act No. 3019. An "
    "Information was filed charging the accused with violation of Section 3(f) of Republic Act "
    "No. 3019. On 23 February 2006, the Sandiganbayan reversed itself. The graft court ruled "
    "that:\nWHEREFORE, finding no probable cause, the instant case against the accused PEDRO H. "
    "REYES is hereby ordered dismissed.\n\nWHEREFORE, the Petition for Certiorari is DISMISSED."
    "\n\nSO ORDERED."
)


def test_a_complainants_certiorari_names_the_accused_as_private_respondent() -> None:
    caption = (
        "ANA B. CRUZ, PETITIONER, VS. SANDIGANBAYAN (FIFTH DIVISION) AND PEDRO H. REYES, "
        "RESPONDENTS."
    )
    text = _GR_HEAD + caption + _CERTIORARI_BODY
    assert names(text) == ["Pedro H. Reyes"]
    # the complainant's challenge dismissed: the court's dismissal of the case stands
    assert _ex(text).case.corruption_outcome.value == "dismissed"


def test_the_accused_who_petitions_against_the_court_and_the_people() -> None:
    caption = (
        "PEDRO H. REYES, PETITIONER, VS. SANDIGANBAYAN (FIFTH DIVISION) AND PEOPLE OF THE "
        "PHILIPPINES, RESPONDENTS."
    )
    body = _CERTIORARI_BODY.replace("respondent Reyes", "petitioner Reyes")
    assert names(_GR_HEAD + caption + body) == ["Pedro H. Reyes"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 23 February 2006, the Sandiganbayan reversed itself, thereby dismissing the case "
        "against respondent Reyes.",
        "The instant case against him is hereby ordered dismissed.",
    ],
)
def test_a_court_dismissing_the_case_is_a_dismissal(sentence: str) -> None:
    assert classify(sentence) == "dismissed"


_REQUEST = (
    "EN BANC\n\n[ A.M. No. 09-2-100-RTC, June 28, 2010 ]\n\n"
    "REQUEST OF JUDGE PEDRO[1] A. REYES, REGIONAL TRIAL COURT, BRANCH 6, MATI CITY, DAVAO "
    "ORIENTAL, FOR EXTENSION OF TIME TO DECIDE CIVIL CASE NO. 2049.\n\nR E S O L U T I O N\n\n"
    "The Court denied the request of respondent Judge Pedro A. Reyes for a fifth extension.\n\n"
)


def test_the_judge_a_request_matter_fines_is_its_respondent() -> None:
    text = _REQUEST + (
        "WHEREFORE, Judge Pedro A. Reyes, Presiding Judge, Regional Trial Court, Branch 6, Mati "
        "City, Davao Oriental, is, for delay in rendering decision in Civil Case No. 2049, FINED "
        "in the amount of P25,000.\n\nSO ORDERED."
    )
    assert names(text) == ["Pedro A. Reyes"]


def test_a_request_granted_names_no_respondent() -> None:
    text = _REQUEST + (
        "WHEREFORE, the request of Judge Pedro A. Reyes for an extension of thirty days is "
        "GRANTED.\n\nSO ORDERED."
    )
    assert names(text) == []
