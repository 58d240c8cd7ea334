"""Rules from the error analysis on a fourth set of unseen Philippine Supreme Court
decisions, trafficking / recruitment side (snippets written for these tests; no judgment
text)."""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.models import Category, Judgment

_HEAD = (
    "THIRD DIVISION\n\n[ G.R. No. 200001, June 7, 2017 ]\n\n"
    "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ROSA MARIA SANTOS Y CRUZ, "
    "ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nREYES, J.:\n\n"
)


def _offences(text: str) -> dict[str, set[str]]:
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))
    out: dict[str, set[str]] = {}
    for c in ex.charges:
        out.setdefault(c.category.value, set()).add(c.label)
    return out


@pytest.mark.parametrize(
    "opening",
    [
        # the cue "crimes of" opens the evidence of both offences: "recruit" before "and"
        # names the first offence, not the estafa after it
        "This is an appeal from the Decision of the Court of Appeals finding "
        "accused-appellant guilty beyond reasonable doubt of the crimes of illegal "
        "recruitment in large scale and estafa.",
        "The RTC convicted the accused-appellant of Large Scale Illegal Recruitment and Estafa.",
    ],
)
def test_estafa_coordinated_with_illegal_recruitment_is_a_charge_of_its_own(
    opening: str,
) -> None:
    text = (
        _HEAD + opening + "\n\nThe appellant maintains that she could not be held liable "
        "for the crimes of illegal recruitment and estafa.\n\nWHEREFORE, the appeal is "
        "DISMISSED. The conviction of accused-appellant Rosa Maria Santos y Cruz for illegal "
        "recruitment in large scale and estafa is AFFIRMED.\n\nSO ORDERED."
    )
    offences = _offences(text)
    assert Category.ILLEGAL_RECRUITMENT.value in offences
    assert Category.OTHER.value in offences, offences


def test_a_law_read_with_the_charge_stays_part_of_it() -> None:
    # "... thereof and Sections 3 and 6 of RA 9231": provisions after "and", not a second
    # offence; the trafficking charge restates them
    text = (
        _HEAD + "The lower courts found accused-appellant guilty of Qualified Trafficking in "
        "Persons under Sections 4(a) and 6(a) of RA 9208, in relation to Section 3 thereof and "
        "Sections 3 and 6 of RA 9231 amending RA 7610.\n\nWHEREFORE, the appeal is DISMISSED. "
        "The conviction is AFFIRMED.\n\nSO ORDERED."
    )
    assert set(_offences(text)) == {Category.TRAFFICKING.value}
