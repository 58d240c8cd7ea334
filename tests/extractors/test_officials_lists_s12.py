"""Official status and charges of public employees (synthetic texts written for these tests;
no judgment text): a plural designation after a caption's list of names ("A, B and C,
ASSOCIATE JUSTICES OF ...") is every listed name's; a semicolon closes a party's own
designation ("X, CLERK OF COURT I; Y, ..."); a bare appositive office ("X, Assistant
Director of the ...") and the head of a state college are public offices; "misconduct in
office" is an administrative offence; a complaint's criminal aspect dismissed at the
preliminary investigation leaves no criminal charge."""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.extractors.caption_list_position import list_position
from caselaw.models import Category, Judgment, OfficialType, Outcome


def _x(text: str):  # noqa: ANN202 (the extraction)
    return extract(Judgment(id="t", portal="test", text=text))


_JUSTICES = (
    "EN BANC\n\n[ A.M. OCA IPI No. 12-999-CA-J, January 15, 2013 ]\n\n"
    "RE: VERIFIED COMPLAINT OF ACME REALTY, INC. AGAINST HON. PEDRO Q. LIM, HON. JUANA E."
    " REYES and HON. CARLOS R. TAN, ASSOCIATE JUSTICES OF THE COURT OF APPEALS.\n\n"
    "D E C I S I O N\n\nREYES, J.:\n\nAcme Realty, Inc. filed an administrative complaint"
    " against the three over a decision of their division.\n\nWHEREFORE, the Court DISMISSES"
    " the administrative complaint for utter lack of merit.\n\nSO ORDERED.\n"
)


def test_plural_designation_after_a_list_is_everyones() -> None:
    x = _x(_JUSTICES)
    assert [(d.name, d.official_type) for d in x.defendants] == [
        ("Pedro Q. Lim", OfficialType.JUDICIARY),
        ("Juana E. Reyes", OfficialType.JUDICIARY),
        ("Carlos R. Tan", OfficialType.JUDICIARY),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A B, C D and E F, SHERIFFS OF THE RTC.", "SHERIFFS OF THE RTC"),
        ("A B and C D, BOTH OF THE MTC OF X, RESPONDENTS", "BOTH OF THE MTC OF X"),
        ("A B and C D, SHERIFF OF THE RTC.", ""),  # (singular: the last name's only)
        ("A B, PRINCIPAL OFFICER; C D, CASHIER.", "PRINCIPAL OFFICER"),
        ("A B, C D, E F, G H, respondents.", ""),  # (no designation)
    ],
)
def test_list_position(text: str, expected: str) -> None:
    spans = [(0, 3)]
    for name in ("C D", "E F", "G H"):
        at = text.find(name)
        if at >= 0:
            spans.append((at, at + 3))
    assert list_position(text, 0, 3, spans[1:]) == expected


_FINED = (
    "FIRST DIVISION\n\n[ A.M. No. P-99-9999, March 25, 2004 ]\n\n"
    "JUDGE PEDRO B. CRUZ, COMPLAINANT, VS. ANA U. SANTOS, CLERK OF COURT I; JUAN L. REYES,"
    " COURT STENOGRAPHER; LUIS D. TAN, PROCESS SERVER, RESPONDENTS.\n\nDECISION\n\n"
    "CRUZ, J.:\n\nThe respondents, employees of the Municipal Trial Court, quarrelled in the"
    " office during office hours. The Court Administrator recommended that they be found"
    " guilty of misconduct in office.\n\nWHEREFORE, respondents Ana U. Santos, Juan L. Reyes"
    " and Luis D. Tan are FINED One Thousand Pesos each for misconduct in office.\n\n"
    "SO ORDERED.\n"
)


def test_semicolon_list_and_misconduct_in_office() -> None:
    x = _x(_FINED)
    assert [d.official_type for d in x.defendants] == [OfficialType.JUDICIARY] * 3
    got = {(c.defendant, c.category, c.label) for c in x.charges}
    assert got == {(i, Category.OTHER, "Misconduct in office") for i in range(3)}
    assert {v.outcome for v in x.verdicts} == {Outcome.CONVICTED}


_ASPECT = (
    "THIRD DIVISION\n\nG.R. No. 999999 December 23, 2009\n\nANA O. CRUZ, Petitioner,\n\nvs.\n\n"
    "OFFICE OF THE OMBUDSMAN, Respondent.\n\nD E C I S I O N\n\nREYES, J.:\n\n"
    "The Director of the Office filed a complaint against petitioner Ana O. Cruz, Assistant"
    " Director of the same Office, before the Office of the Ombudsman, for violation of"
    " Republic Act No. 3019, or the Anti-Graft and Corrupt Practices Act.\n\n"
    "The investigating officer issued a Resolution dismissing the criminal aspect of the case,"
    " but referred the administrative aspect for proceedings against petitioner for"
    " Dishonesty. The Office of the Ombudsman found petitioner guilty of dishonesty and"
    " dismissed her from the service.\n\nWHEREFORE, the petition is DENIED.\n\nSO ORDERED.\n"
)


def test_dismissed_criminal_aspect_is_no_charge() -> None:
    x = _x(_ASPECT)
    assert [(d.name, d.official_type) for d in x.defendants] == [
        ("Ana O. Cruz", OfficialType.OTHER_PUBLIC)
    ]
    assert {c.category for c in x.charges} == {Category.OTHER}
    assert not x.case.corruption_charged


def test_criminal_complaint_without_dismissed_aspect_stays() -> None:
    x = _x(_ASPECT.replace("dismissing the criminal aspect", "resolving the criminal aspect"))
    assert Category.CORRUPTION in {c.category for c in x.charges}


def test_state_college_president_is_public() -> None:
    text = (
        "G.R. No. 999998 August 7, 2013\n\nOFFICE OF THE OMBUDSMAN, Petitioner,\n\nvs.\n\n"
        "PEDRO A. LIM, Respondent.\n\nD E C I S I O N\n\nREYES, J.:\n\n"
        "Lim was the president of the Negros State College of Agriculture from 2001 until his"
        " retirement. He filed a false claim for the loss of the college's vehicle. A"
        " college employee complained, and the Ombudsman found him guilty of dishonesty."
        "\n\nWHEREFORE, the petition is GRANTED.\n"
    )
    assert [d.official_type for d in _x(text).defendants] == [OfficialType.OTHER_PUBLIC]


_TWO_CASES = (
    "G.R. No. 999997 July 25, 2012\n\nPEDRO D. LIM, Petitioner,\n\nvs.\n\n"
    "PEOPLE OF THE PHILIPPINES, Respondent.\n\nD E C I S I O N\n\nREYES, J.:\n\n"
    "The Information under which petitioner, then Municipal Mayor, was tried and convicted"
    " charged him in Criminal Case No. 11112 with failure of accountable officer to render"
    " accounts under Article 218 of the Revised Penal Code.\n\n"
    "From the same facts stemmed an Information for violation of Section 3 (e) of Republic"
    " Act No. 3019 docketed as CriminalCase No. 11111 against petitioner.\n\n"
    "The Sandiganbayan ruled as follows:\n\nWHEREFORE, the Court rules:\n\n"
    "1. In Criminal Case No. 11111, accused PEDRO D. LIM is hereby ACQUITTED.\n\n"
    "2. In Criminal Case No. 11112, accused PEDRO D. LIM is hereby CONVICTED of the felony"
    " of Failure of Accountable Officer to Render Accounts under Article 218 of the Revised"
    " Penal Code.\n\nThe petitioner appealed.\n\n"
    "WHEREFORE, the Petition is DENIED. The Decision of the Sandiganbayan in Criminal Case"
    " No. 11112 convicting petitioner under Article 218 of the Revised Penal Code is"
    " AFFIRMED.\n\nSO ORDERED.\n"
)


def test_acquittal_in_the_unnumbered_case_stands() -> None:
    x = _x(_TWO_CASES)
    by_category = {x.charges[v.charge].category: v.outcome for v in x.verdicts if v.standing}
    assert by_category == {
        Category.CORRUPTION: Outcome.ACQUITTED,
        Category.OTHER: Outcome.CONVICTED,
    }
