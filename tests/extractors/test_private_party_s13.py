"""A captioned petitioner whom the judgment calls a private individual is no official although
charged with graft (synthetic judgments written for these tests; no judgment text)."""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.models import Judgment

_GRAFT = (
    "G.R. No. 999004\n\nRepublic of the Philippines\nSUPREME COURT\nManila\n\nTHIRD DIVISION\n\n"
    "G.R. No. 999004               December 1, 2014\n\nJUAN M. SANTOS, Petitioner,\n\nvs.\n\n"
    "PEOPLE OF THE PHILIPPINES, Respondent.\n\nR E S O L U T I O N\n\nLOPEZ, J.:\n\nThe"
    " Sandiganbayan found petitioner and his co-accused Mario B. Dizon guilty beyond reasonable"
    " doubt for violating Section 3(e) of Republic Act No. 3019.\n\nOn the first element,"
    " accused Dizon was a public officer at the time. Thus, {clause}, he was found to have been"
    " in conspiracy with accused Dizon.\n\nWHEREFORE, the petition is DENIED. The Decision of the"
    " Sandiganbayan is AFFIRMED.\n\nSO ORDERED.\n"
)


def _officials(clause: str) -> dict[str, bool]:
    x = extract(Judgment(id="t", portal="test", text=_GRAFT.format(clause=clause)))
    return {d.name: d.is_official for d in x.defendants}


def test_a_petitioner_the_court_calls_a_private_individual_is_no_official() -> None:
    got = _officials("while petitioner was a private individual")
    assert got.get("Juan M. Santos") is False


def test_the_petitioners_own_claim_to_be_private_is_an_argument() -> None:
    got = _officials("although petitioner insists that petitioner was a private individual")
    assert got.get("Juan M. Santos") is True
