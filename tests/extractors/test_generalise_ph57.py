"""Rules from the error analysis on a fifth set of unseen Philippine Supreme Court decisions
(administrative matters of judges and court personnel, Sandiganbayan appeals); snippets
written for these tests, no judgment text."""

from __future__ import annotations

import pytest
from party_helpers import names, official_of

from caselaw.extractors import charges, extract
from caselaw.extractors.signals import narrated
from caselaw.models import Category, Judgment, OfficialType

_P_HEAD = "THIRD DIVISION\n\n[ A.M. No. P-09-1234, March 21, 2011 ]\n\n"
_BODY = (
    "\n\nD E C I S I O N\n\nBRION, J.:\n\nRespondent is found LIABLE for simple neglect of duty."
)


@pytest.mark.parametrize(
    "position",
    [
        "INTERPRETER AND FORMER OFFICER-IN-CHARGE, MUNICIPAL TRIAL COURT, ARGAO, CEBU",
        "LEGAL RESEARCHER, REGIONAL TRIAL COURT, BRANCH 2, BORONGAN, EASTERN SAMAR",
        "SHERIFF IV AND PROCESS SERVER, REGIONAL TRIAL COURT, BRANCH 5, ILOILO CITY",
    ],
)
def test_a_court_employees_position_is_no_name(position: str) -> None:
    caption = (
        "OFFICE OF THE COURT ADMINISTRATOR, COMPLAINANT, VS. MS. ANA B. CRUZ, "
        f"{position}, RESPONDENT."
    )
    assert names(_P_HEAD + caption + _BODY) == ["Ana B. Cruz"]


def test_the_respondent_of_an_administrative_matter_against_the_petitioner() -> None:
    # a complainant labelled "Petitioner" against a judge (A.M. No. MTJ-): the respondent
    # is the one disciplined
    text = (
        "FIRST DIVISION\n\n[ A.M. No. MTJ-04-1500, January 28, 2008 ]\n\n"
        "ROSA C. LIM, Petitioner, vs. Judge PEDRO Y. REYES, Respondent.\n\n"
        "D E C I S I O N\n\nThis is an administrative complaint against the respondent judge. "
        "WHEREFORE, respondent Judge Pedro Y. Reyes is found GUILTY OF GROSS IGNORANCE OF THE "
        "LAW and FINED P2,000."
    )
    assert names(text) == ["Pedro Y. Reyes"]


def test_a_petitioner_against_a_respondent_outside_an_administrative_matter() -> None:
    # the same labels in a G.R. petition (a civil case): no one's liability is decided
    text = (
        "FIRST DIVISION\n\n[ G.R. No. 150000, January 28, 2008 ]\n\n"
        "ROSA C. LIM, Petitioner, vs. PEDRO Y. REYES, Respondent.\n\n"
        "D E C I S I O N\n\nThis is a petition for review of a decision on a lease. "
        "WHEREFORE, the petition is DENIED."
    )
    assert names(text) == []


_AUDIT = (
    "EN BANC\n\n[ A.M. No. 08-1-30-MCTC, April 10, 2008 ]\n\n"
    "RE: FINANCIAL REPORT ON THE AUDIT CONDUCTED IN THE MUNICIPAL CIRCUIT TRIAL COURT, "
    "SAN LUIS, BATANGAS\n\nD E C I S I O N\n\nPER CURIAM:\n\n"
    "The audit team found that the clerk of court used the cash bonds for her family's "
    "expenses and did not deposit the collections.\n\n"
)


def test_the_fallo_of_an_audit_matter_names_the_respondents() -> None:
    text = _AUDIT + (
        "WHEREFORE, the Court finds and declares:\n"
        "Judge Jose S. Ramos GUILTY of undue delay in deciding 20 cases. He is FINED.\n\n"
        "Ana En. Cruz GUILTY of gross neglect of duty. She is DISMISSED from the service.\n\n"
        "SO ORDERED."
    )
    assert names(text) == ["Jose S. Ramos", "Ana En. Cruz"]


def test_a_finding_of_guilt_in_an_audit_matter_convicts() -> None:
    text = _AUDIT + (
        "WHEREFORE, the Court finds Maria Santos Reyes, Clerk of Court II, MCTC, San Luis, "
        "Batangas, guilty of gross dishonesty and malversation of public funds and imposes on "
        "her the penalty of DISMISSAL from the service.\n\nSO ORDERED."
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))
    [respondent] = ex.defendants
    assert respondent.name == "Maria Santos Reyes"
    standing = {
        (c.category, v.outcome.value)
        for c in ex.charges
        for v in ex.verdicts
        if v.charge == c.index and v.standing
    }
    assert (Category.CORRUPTION, "convicted") in standing


def test_an_audit_caption_word_alone_reads_no_fallo() -> None:
    # no "RE: ... AUDIT" caption: a fallo's "GUILTY" sentence adds no one
    text = (
        "EN BANC\n\n[ G.R. No. 150001, April 10, 2008 ]\n\n"
        "JUAN CRUZ, PETITIONER, VS. PEDRO SANTOS, RESPONDENT.\n\nD E C I S I O N\n\n"
        "The audit of the corporation's books showed no loss.\n\n"
        "WHEREFORE, the Court finds Pedro Santos not GUILTY of contempt.\n\nSO ORDERED."
    )
    assert names(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "His signatures on the withdrawal slips constitute sufficient basis for the initiation "
        "of criminal cases against him, in particular for violation of Republic Act No. 3019, "
        "Section 3(a).",
        "The Office of the Court Administrator is DIRECTED to file appropriate criminal charges "
        "against her for violation of Republic Act No. 3019.",
    ],
)
def test_a_prosecution_still_to_be_brought_is_no_charge(sentence: str) -> None:
    assert charges.find_charges(sentence, "PH") == []


@pytest.mark.parametrize(
    "text",
    [
        "After the filing of the criminal case, the accused was charged with violation of "
        "Republic Act No. 3019, Section 3(e).",
        # a filing narrated as done is the charge
        "The audit led to the filing of criminal charges against him for violation of "
        "Republic Act No. 3019, Section 3(e).",
    ],
)
def test_a_charge_brought_before_stays_a_charge(text: str) -> None:
    found = charges.find_charges(text, "PH")
    assert {m.category for m in found} == {Category.CORRUPTION}


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The Court finds respondent guilty of loafing or frequent unauthorized absences "
            "from duty during regular office hours.",
            "Loafing",
        ),
        ("Respondent judge is guilty of gross ignorance of the law.", "Gross ignorance of the law"),
        ("Respondent may only be held liable for simple misconduct.", "Simple misconduct"),
    ],
)
def test_the_offences_of_court_personnel_are_charges(sentence: str, label: str) -> None:
    found = charges.find_charges(sentence, "PH")
    assert [(m.category, m.label) for m in found] == [(Category.OTHER, label)]


def test_a_caption_position_wrapped_over_a_line_is_read() -> None:
    text = (
        _P_HEAD + "ELLEN B. LOPEZ, Complainant, vs. MARY JANE L. SANTOS, Clerk of\n"
        "Court IV, Metropolitan Trial Court, Marikina City, Respondent.\n\n"
        "D E C I S I O N\n\nThe complaint charges the respondent with dishonesty. "
        "WHEREFORE, the respondent is found GUILTY of loafing and SUSPENDED."
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))
    [respondent] = ex.defendants
    assert respondent.name == "Mary Jane L. Santos"
    assert respondent.official_type is OfficialType.JUDICIARY


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the Information's formula narrates the act charged: a police officer's demand
        (
            "That on or about May 5, 2005, the accused, a police officer, did then and there "
            "willfully demand and receive the amount of P2,000.00 from Pedro Reyes in exchange "
            "for the return of his driver's license.",
            "extortion",
        ),
        (
            "The respondent sheriff demanded and received money from the winning party.",
            "extortion",
        ),
        # no one in public office: a private person's demand is no corruption
        (
            "That on or about May 5, 2005, the accused did then and there willfully demand and "
            "receive the amount of P2,000.00 from Pedro Reyes.",
            None,
        ),
    ],
)
def test_an_officials_demand_and_receipt_of_money_is_extortion(
    sentence: str, kind: str | None
) -> None:
    assert narrated(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "official"),
    [
        # a court employee's office before the full name ("of" inside the title)
        (
            "The audit team found that Clerk of Court Lydia O. Ramos did not deposit the "
            "collections on time.",
            OfficialType.JUDICIARY,
        ),
        (
            "The complaint alleged that Court Stenographer Lydia O. Ramos received money from a "
            "litigant.",
            OfficialType.JUDICIARY,
        ),
        # a name of place or firm with "of" before the name is no office
        (
            "The audit team found that Bank of Commerce Lydia O. Ramos did not deposit the "
            "collections on time.",
            None,
        ),
    ],
)
def test_a_court_office_before_the_full_name_is_a_position(
    sentence: str, official: OfficialType | None
) -> None:
    text = (
        _P_HEAD + "OFFICE OF THE COURT ADMINISTRATOR, COMPLAINANT, VS. LYDIA O. RAMOS, "
        "RESPONDENT.\n\nD E C I S I O N\n\n" + sentence + " She is found GUILTY of neglect of duty."
    )
    assert official_of(text, "Lydia O. Ramos") == official
