"""A demurrer to evidence granted below is an acquittal (PH Rules of Court Rule 119 s.23):
the prosecution's petition against it, denied, leaves the accused acquitted (synthetic
judgments written for these tests; no judgment text)."""

from __future__ import annotations

from verdict_helpers import standing_by_defendant

from caselaw.extractors import extract
from caselaw.models import Extraction, Judgment


def _run(text: str) -> Extraction:
    return extract(Judgment(id="t", portal="test", text=text))


_CAPTION = (
    "[ G.R. No. 90001, March 3, 2015 ]\n\nPEOPLE OF THE PHILIPPINES, PETITIONER, VS. JUAN P."
    " SANTOS, PEDRO L. REYES AND THE HON. SANDIGANBAYAN, RESPONDENTS.\n\nD E C I S I O N\n\n"
    "CRUZ, J.:\n\n"
    "Juan P. Santos, municipal mayor, and Pedro L. Reyes, municipal engineer, were charged"
    " with violation of Section 3 (e) of Republic Act No. 3019 for demolishing a market stall."
    " After the prosecution rested, the accused filed a Demurrer to Evidence.\n\n"
)
_FINAL = (
    "The elements of double jeopardy are present: the accused were convicted or acquitted,"
    " or the case was dismissed without their consent.\n\n"
    "WHEREFORE, the petition is DENIED. The Resolution of the Sandiganbayan is AFFIRMED.\n\n"
    "SO ORDERED.\n"
)


def test_demurrer_granted_below_then_petition_denied_is_an_acquittal() -> None:
    text = (
        _CAPTION + "The Sandiganbayan issued the assailed Resolution which granted the Demurrer"
        " to Evidence and dismissed the case:\n\nWHEREFORE, the Demurrer to Evidence is hereby"
        " GRANTED. This case is hereby ordered DISMISSED.\n\nSO ORDERED.\n\n" + _FINAL
    )
    got = standing_by_defendant(_run(text))
    assert got.get("Juan P. Santos") == {"acquitted"}
    assert got.get("Pedro L. Reyes") == {"acquitted"}


def test_demurrer_denied_below_is_no_acquittal() -> None:
    text = (
        _CAPTION + "The Sandiganbayan denied the Demurrer to Evidence. The grant of a demurrer"
        " to evidence operates as an acquittal, and when the same is granted the case ends"
        " there; here it was not.\n\n" + _FINAL
    )
    got = standing_by_defendant(_run(text))
    assert "acquitted" not in got.get("Juan P. Santos", set())
