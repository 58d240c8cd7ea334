"""Disciplinary decisions (synthetic matters and sentences written for these tests; no
judgment text): the offence named where the penalty is imposed is a charge, the penalties
(suspension, reprimand, censure, "declared guilty") are findings of liability, a respondent's
own misappropriation or solicitation found elsewhere makes his dishonesty charge corruption,
a corruption provision the ruling finds violated stands although the fallo penalises under a
generic name, and an "RE:" matter's respondent is the person its fallo penalises."""

from __future__ import annotations

import pytest

from caselaw.extractors import charges, extract, prefilter
from caselaw.extractors.admin_own_act import respondent_did_act
from caselaw.extractors.violation_found import found_violated
from caselaw.models import Category, Charge, Judgment


def _outcomes(text: str) -> dict[str, set[str]]:
    x = extract(Judgment(id="t", portal="test", text=text))
    out: dict[str, set[str]] = {}
    for v in x.verdicts:
        if v.standing:
            c = x.charges[v.charge]
            out.setdefault(f"{c.category.value}:{c.label}", set()).add(v.outcome.value)
    return out


def _matter(body: str, fallo: str, respondent: str = "PEDRO B. CRUZ, SHERIFF IV") -> str:
    return (
        "[ A.M. No. P-99-9999, May 09, 2000 ]\n\nJUAN M. REYES, COMPLAINANT, VS. "
        f"{respondent}, REGIONAL TRIAL COURT, BRANCH 9, MANILA, RESPONDENT.\n\nD E C I S I O N"
        f"\n\nSANTOS, J.:\n\n{body}\n\nWHEREFORE, {fallo}\n\nSO ORDERED.\n"
    )


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Respondent X is DISMISSED from the service for DISHONESTY.", "Dishonesty"),
        (
            "The Court SUSPENDS him from office for three (3) months for dereliction of duty.",
            "Dereliction of duty",
        ),
        ("The respondent is REPRIMANDED for insubordination.", "Insubordination"),
        (
            "WHEREFORE, for drunkenness, insubordination, grave misconduct, respondent X is"
            " hereby DISMISSED from the service.",
            "Drunkenness",
        ),
        ("Respondent is declared guilty for conduct unbecoming.", "Conduct unbecoming"),
        ("The court finds respondent guilty of immorality.", "Immorality"),
        (
            "The Court finds respondent guilty of willful failure to pay just debts.",
            "Willful failure to pay just debts",
        ),
        ("The investigator found that this amounted to dishonesty.", "Dishonesty"),
        (
            "He filed a Verified Complaint-Affidavit [2] before the Office of the Court"
            " Administrator for Dereliction of Duty against respondents.",
            "Dereliction of duty",
        ),
    ],
)
def test_the_offence_a_penalty_is_imposed_for_is_a_charge(sentence: str, label: str) -> None:
    assert label in {m.label for m in charges.find_charges(sentence, "PH")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Immorality is a grave offense under the rules.",
        # a penalty of an earlier case, narrated: that case's offence is no charge of this one
        "On three occasions, he was suspended from the service for insubordination.",
    ],
)
def test_an_offence_named_without_a_penalty_of_this_case_is_no_charge(sentence: str) -> None:
    assert charges.find_charges(sentence, "PH") == []


@pytest.mark.parametrize(
    "fallo",
    [
        "respondent Pedro B. Cruz is hereby CENSURED for insubordination.",
        "respondent Pedro B. Cruz is REPRIMANDED for insubordination.",
        "respondent Pedro B. Cruz is SUSPENDED for three (3) months without pay for"
        " insubordination.",
        "for insubordination, respondent Pedro B. Cruz is suspended without pay for one year.",
    ],
)
def test_a_penalty_is_a_finding_of_liability(fallo: str) -> None:
    body = "Complainant charged respondent with insubordination. The charge is proved."
    assert _outcomes(_matter(body, fallo)) == {"other:Insubordination": {"convicted"}}


def test_suspended_proceedings_are_no_penalty() -> None:
    fallo = "the proceedings are suspended until the resolution of the criminal case."
    body = "Complainant charged respondent with insubordination."
    assert "convicted" not in set().union(*_outcomes(_matter(body, fallo)).values())


def test_a_fine_imposed_on_the_respondent_is_a_finding_of_liability() -> None:
    body = "Complainant charged respondent with insubordination. The charge is proved."
    fallo = "a FINE of P1,000.00 is imposed on respondent Pedro B. Cruz for insubordination."
    assert _outcomes(_matter(body, fallo)) == {"other:Insubordination": {"convicted"}}


_FILLER = "\n\n".join(
    f"The {n} hearing was held as scheduled and the parties were heard on the incident."
    for n in ("first", "second", "third", "fourth", "fifth", "sixth")
)


def _dishonesty(body: str) -> set[str]:
    text = _matter(
        body + "\n\n" + _FILLER,
        "respondent Pedro B. Cruz is DISMISSED from the service for DISHONESTY.",
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    return {c.category.value for c in x.charges if c.label == "Dishonesty"}


def test_the_respondents_own_misappropriation_makes_dishonesty_corruption() -> None:
    body = (
        "Admittedly, respondent misappropriated the money entrusted to him by reason of his office."
    )
    assert _dishonesty(body) == {"corruption"}


@pytest.mark.parametrize(
    "body",
    [
        "Complainant alleged that respondent misappropriated the money paid to him.",
        "There is no evidence that respondent misappropriated the money.",
        "The bid price was paid to the sheriff and was never delivered.",
    ],
)
def test_an_alleged_or_denied_act_leaves_dishonesty_other(body: str) -> None:
    assert _dishonesty(body) == {"other"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Clearly, respondent Juan Cruz, Jr. directly solicited and received money from him.",
            True,
        ),
        ("Respondent solicited and received money for the bail bond.", True),
        ("Complainant claimed that respondent solicited and received money.", False),
        ("The clerk solicited and received money.", False),
    ],
)
def test_respondent_did_act(text: str, found: bool) -> None:
    assert respondent_did_act(text, prefilter.scan(text)) is found


_S7D = Charge(
    index=0,
    defendant=0,
    category=Category.CORRUPTION,
    label="Soliciting or accepting gifts (public official)",
    statute="R.A. 6713 s.7(d)",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "In view of her acts, she clearly violated the provision of Sec. 7 (d) of R.A."
            " No. 6713.",
            True,
        ),
        ("Respondent thus violated Section 7(d) of Republic Act No. 6713.", True),
        ("Complainant alleged that respondent violated Section 7(d) of R.A. No. 6713.", False),
        ("Respondent has not violated Section 7(d) of R.A. No. 6713.", False),
        ("She clearly violated Circular No. 12 of this Court.", False),
    ],
)
def test_found_violated(text: str, found: bool) -> None:
    assert found_violated(text, _S7D) is found


_S7D_MATTER_BODY = (
    "This is an administrative complaint for Conduct Unbecoming of a Court Employee and"
    " Violation of Section 7(d) of Republic Act (RA) No. 6713 against respondent.\n\n"
    "Respondent demanded and collected PhP7,000 from the mother of the detained accused."
)


def test_a_corruption_provision_found_violated_stands_under_a_generic_fallo() -> None:
    body = (
        _S7D_MATTER_BODY + "\n\nIn view of her acts, she clearly violated the provision of"
        " Sec. 7 (d) of R.A. No. 6713, which reads, in part:"
    )
    fallo = (
        "respondent Maria B. Cruz is declared guilty for conduct unbecoming of a court employee"
        " and is hereby SUSPENDED for two months."
    )
    out = _outcomes(_matter(body, fallo, "MARIA B. CRUZ, CLERK OF COURT IV"))
    assert {k: v for k, v in out.items() if k.startswith("corruption")} == {
        "corruption:Soliciting or accepting gifts (public official)": {"convicted"}
    }


def test_an_re_matter_respondent_is_whom_the_fallo_penalises() -> None:
    text = (
        "E-Library - Information At Your Fingertips: Printer Friendly\n\nEN BANC\n\n"
        "[ A.M. NO. 05-9-99-CA, January 27, 2006 ]\n\nRE: ALLEGED ILLEGAL ACQUISITION OF A CAREER"
        " SERVICE ELIGIBILITY BY MA. LUISA P. REYES, RECORDS OFFICER I, COURT OF APPEALS,\n"
        "D E C I S I O N\n\nPER CURIAM:\n\nThe Investigating Justice found that Reyes employed"
        " dishonest means in procuring her eligibility.\n\nWHEREFORE , Luisa P. Reyes, Records"
        " Officer I of the Court of Appeals is ordered DISMISSED from the service with"
        " forfeiture of all retirement privileges.\n\nSO ORDERED.\n"
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    assert [d.name for d in x.defendants] == ["Luisa P. Reyes"]


def test_the_courts_seat_after_a_penalised_judge_is_no_respondent() -> None:
    text = (
        "[ A.M. No. RTJ-99-9999, July 18, 1997 ]\n\nJUAN M. REYES, COMPLAINANT, VS. JUDGE PEDRO"
        " B. CRUZ, REGIONAL TRIAL COURT, BRANCH 38, DAGUPAN, RESPONDENT.\n\nD E C I S I O N\n\n"
        "SANTOS, J.:\n\nComplainant charged respondent with insubordination.\n\nACCORDINGLY,"
        " respondent Judge Pedro B. Cruz of the Regional Trial Court, Branch 38, of Dagupan,"
        " Pangasinan is hereby CENSURED.\n\nSO ORDERED.\n"
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    assert [d.name for d in x.defendants] == ["Pedro B. Cruz"]
