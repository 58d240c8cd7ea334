"""A police or other enforcement officer convicted of a crime is official involvement in
crime (LABELLING-CONVENTIONS.md); a private accused, an acquitted officer or a disciplinary
case is not (snippets written for these tests; no judgment text)."""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.models import Judgment

_CASE = (
    "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN SANTOS AND PEDRO REYES, "
    "ACCUSED-APPELLANTS.\n\nD E C I S I O N\n\nCRUZ, J.:\n\n"
    "Accused-appellants Juan Santos and Pedro Reyes were charged with kidnapping under "
    "Article 267 of the Revised Penal Code. {who}\n\n"
    "The trial court found both accused guilty beyond reasonable doubt of kidnapping under "
    "Article 267 of the Revised Penal Code.\n\n"
    "WHEREFORE, the appealed decision finding accused-appellants Juan Santos and Pedro Reyes "
    "guilty of kidnapping is {verdict}.\n\nSO ORDERED.\n"
)


def _signal(who: str, verdict: str) -> bool:
    text = _CASE.format(who=who, verdict=verdict)
    return extract(Judgment(id="t", portal="test", text=text)).case.corruption_signal


def test_police_officer_convicted_of_a_crime_is_a_signal() -> None:
    who = "Accused-appellant Pedro Reyes is a regular member of the PNP."
    assert _signal(who, "AFFIRMED")


def test_private_accused_convicted_is_no_signal() -> None:
    assert not _signal("Both are farmers of Barangay Uno.", "AFFIRMED")


def test_acquitted_police_officer_is_no_signal() -> None:
    who = "Accused-appellant Pedro Reyes is a regular member of the PNP."
    assert not _signal(who, "REVERSED and SET ASIDE, and accused-appellants are ACQUITTED")
