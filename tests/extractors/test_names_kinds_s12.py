"""Titles before a name and the office they give (snippets written for these tests; no
judgment text): armed-forces ranks are titles like the police ranks ("MAJOR JOEL CRUZ"),
a decision heading glued to the E-Library's second caption copy is no part of a name, and
the Bureau of Immigration and Deportation (BID) and the AFP Presidential Security Group
name the kind of office."""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.extractors.names import strip_honorifics
from caselaw.models import Judgment, OfficialType


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("MAJOR JUAN P. CRUZ", "JUAN P. CRUZ"),
        ("Maj. Juan P. Cruz", "Juan P. Cruz"),
        ("Lt. Col. Ana Reyes", "Ana Reyes"),
        ("Brig. Gen. Pedro Santos", "Pedro Santos"),
        ("Capt. Luis Uy", "Luis Uy"),
        ("Sgt. Rey Dizon", "Rey Dizon"),
        ("DECISION DEMETRIO R. TAN", "DEMETRIO R. TAN"),
        # court positions and their plantilla grades before a name, or alone after its comma
        ("CLERK III LIZA D. SANTOS", "LIZA D. SANTOS"),
        ("CLERK OF COURT ROMAN G. CRUZ", "ROMAN G. CRUZ"),
        ("Deputy Sheriff Archimedes D. Lim", "Archimedes D. Lim"),
        ("SHERIFF III", ""),
        ("UTILITY WORKER I", ""),
        ("Sheriffa Cruz", "Sheriffa Cruz"),
        # a first name that begins like a rank is a name
        ("Generoso M. Lim", "Generoso M. Lim"),
        ("Majella Cruz", "Majella Cruz"),
        ("Colin Reyes", "Colin Reyes"),
    ],
)
def test_ranks_and_headings_are_no_name(name: str, bare: str) -> None:
    assert strip_honorifics(name) == bare


def _types(text: str) -> dict[str, OfficialType | None]:
    x = extract(Judgment(id="t", portal="test", text=text))
    return {d.name: d.official_type for d in x.defendants}


def test_presidential_security_group_officer_is_military() -> None:
    text = (
        "[ G.R. No. 90004, July 3, 2013 ]\n\nMAJOR JUAN P. CRUZ, PETITIONER, VS. PEOPLE OF THE"
        " PHILIPPINES, RESPONDENT.\n\nD E C I S I O N\n\nREYES, J.:\n\n"
        "Major Juan P. Cruz, a public officer, being then the Commanding Officer of the Finance"
        " Unit of the Presidential Security Group, was charged with malversation of public"
        " funds under Article 217 of the Revised Penal Code. The Sandiganbayan found him"
        " guilty.\n\nWHEREFORE, the petition is DENIED. The conviction is AFFIRMED.\n\n"
        "SO ORDERED.\n"
    )
    assert _types(text) == {"Juan P. Cruz": OfficialType.MILITARY}


def test_bid_investigator_is_immigration() -> None:
    text = (
        "[ G.R. No. 90005, March 15, 2002 ]\n\nJOSE A. LIM, PETITIONER, VS. OFFICE OF THE"
        " OMBUDSMAN, RESPONDENT.\n\nD E C I S I O N\n\nDE LEON, J.:\n\n"
        "The complaint alleged that petitioner Jose A. Lim, BID Special Investigator, demanded"
        " and received P10,000.00 for the issuance of an alien certificate of registration."
        " The Ombudsman found the petitioner liable for grave misconduct and dismissed him from"
        " the government service.\n\nWHEREFORE, the petition is DENIED.\n\nSO ORDERED.\n"
    )
    assert _types(text).get("Jose A. Lim") == OfficialType.IMMIGRATION


def _names(text: str) -> list[str]:
    return [d.name for d in extract(Judgment(id="t", portal="test", text=text)).defendants]


def test_court_positions_and_places_in_a_matter_caption() -> None:
    head = "[ A.M. No. P-15-9998, January 12, 2015 ]\n\n"
    tail = (
        "\n\nD E C I S I O N\n\nREYES, J.:\n\nThe respondents failed to implement the writ."
        "\n\nWHEREFORE, the respondents are FINED P1,000.00 each.\n\nSO ORDERED.\n"
    )
    one = (
        "ANA B. DIAZ, COMPLAINANT, VS. CLERK III LIZA D. SANTOS, METROPOLITAN TRIAL COURT,"
        " BRANCH 55, MALABON, CITY, RESPONDENT."
    )
    assert _names(head + one + tail) == ["Liza D. Santos"]
    two = (
        "ANA B. DIAZ, COMPLAINANT, VS. CIRILO DUCA, SHERIFF III, MUNICIPAL TRIAL COURT IN"
        " CITIES, BRANCH 1, CAGAYAN DE ORO CITY, RESPONDENT."
    )
    assert _names(head + two + tail) == ["Cirilo Duca"]
