"""A lone accused introduced by a relative clause naming a public post ("the above-named
accused, who is a public employee of the State University") is an official; "accused" after
a name and before its object ("State Prosecutor Ana Cruz accused herein appellant") is the
accuser's verb, and the office before it is not the defendant's (synthetic judgments and
sentences written for these tests; no judgment text)."""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.models import Judgment, OfficialType

_APPEAL = (
    "View printer friendly version\n\nFIRST DIVISION\n\n[ G.R. No. 999005, May 5, 1999 ]\n\n"
    "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JOSE MARIANO Y LUZ,"
    " ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nVITUG, J.:\n\nJose Mariano seeks reversal of the"
    " Decision of the Regional Trial Court which found him guilty of violating Section 5(b) of"
    " RA 7610. State Prosecutor Ana Cruz accused herein appellant of violating Section 5(b) in"
    ' the following Information:\n\n"That on or about April 1, 1996, the above-named accused,'
    " {clause} by taking advantage of his moral ascendancy as swimming trainor of the minor AAA,"
    ' did then and there commit lascivious conduct on the said minor."\n\nHence, this appeal.'
    "\n\nWHEREFORE, the appeal is DENIED and the assailed Decision is AFFIRMED.\n\nSO ORDERED.\n"
)


def _official(clause: str) -> tuple[bool, OfficialType | None]:
    x = extract(Judgment(id="t", portal="test", text=_APPEAL.format(clause=clause)))
    [d] = x.defendants
    return d.is_official, d.official_type


def test_a_relative_clause_naming_a_public_post_makes_the_accused_an_official() -> None:
    got = _official("who is a public employee of the State University,")
    assert got == (True, OfficialType.OTHER_PUBLIC)


def test_a_relative_clause_naming_no_post_makes_no_official() -> None:
    assert _official("who is a resident of the same barangay,") == (False, None)
