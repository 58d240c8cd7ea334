"""A quoted precedent's accused are not this judgment's defendants (round 11).

Every text here is written for these tests (no corpus or fresh-set text).
"""

from __future__ import annotations

from party_helpers import names

_CAPTION = (
    "G.R. No. 20001\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ROSA M. DIAZ,"
    " ACCUSED-APPELLANT.\n\nD E C I S I O N\n\n"
)
_FILLER = "The prosecution presented the victims, who testified in detail. " * 50


def _judgment(intro: str) -> str:
    return (
        _CAPTION
        + _FILLER
        + "\n\nIn the recent case People v. Gamboa, two of the three accused were convicted"
        f" of illegal recruitment committed by a syndicate. {intro}\n\n"
        "For these reasons, this Court affirms the CA Decision, declaring accused Lito Ramos"
        " y Cruz and Nena Gamboa y Reyes guilty beyond reasonable doubt of the crime of"
        " illegal recruitment.\n\nWHEREFORE, the appeal is DISMISSED.\n\nSO ORDERED.\n"
    )


def test_the_accused_of_a_quoted_precedent_are_left_out() -> None:
    got = names(_judgment("We held thus:"))
    assert not any("Ramos" in n or "Gamboa" in n for n in got)
    assert any("Diaz" in n.title() for n in got)


def test_without_a_quotation_the_verdict_sentence_still_names_co_accused() -> None:
    got = names(_judgment("The same happened here."))
    assert any("Ramos" in n for n in got)
