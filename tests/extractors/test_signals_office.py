"""Corruption signals of an official who uses the office in the crime or demands money
(synthetic sentences and judgments written for the tests).

A police officer who runs the trafficking himself and offers his office as cover ("with
impunity because he was a police officer"), or whose office qualifies the offence (R.A.
9208 s.6(f) applied to him), is official involvement in the crime; an officer's demand for
money for a release is an extortion allegation.  The statute's own words, generic norms,
denials and precedents stay no signal.
"""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.extractors.signals import narrated
from caselaw.models import Judgment


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Both accused assured the customer that the girls could be taken out with impunity"
            " because Reyes, a police officer, would escort them.",
            "official_complicity",
        ),
        (
            "The prosecution proved that accused-appellant committed acts of trafficking which"
            " were qualified by the status of accused-appellant as a police officer.",
            "official_complicity",
        ),
        (
            "The offence he committed is qualified trafficking since accused-appellant was a"
            " member of the Philippine National Police at that time.",
            "official_complicity",
        ),
        (
            "At the precinct, SPO1 Mendoza asked him to pay them P80,000.00 so that no case"
            " would be filed.",
            "extortion",
        ),
        ("The desk officer asked her to pay ₱20,000 for the dropping of the case.", "extortion"),
        (
            "The arresting officers demanded money from his wife in exchange for his release.",
            "extortion",
        ),
        ("A police officer demanded from him P50,000 to drop the complaint.", "extortion"),
        # the statute's qualifier and generic norms name no one
        ("(f) When the offender is a member of the military or law enforcement agencies.", None),
        (
            "Trafficking is qualified when the offender is a member of the law enforcement"
            " agencies, as when the accused committed it.",
            None,
        ),
        ("Qualified trafficking is committed when the offender is a public officer.", None),
        # no official, or no money
        ("The recruiter asked her to pay P20,000 as a placement fee.", None),
        ("The police officer asked him to produce his identification card.", None),
        # denials, precedents and norms
        ("There is no evidence that the officer asked him to pay P5,000.", None),
        (
            "In People v. Cruz, it was held that a police officer asked him to pay P1,000 in"
            " exchange for his release.",
            None,
        ),
        (
            "If one is asked by a police officer to pay money in exchange for his release, one"
            " should report it.",
            None,
        ),
    ],
)
def test_office_used_in_the_crime_and_money_demanded(sentence: str, kind: str | None) -> None:
    assert narrated(sentence) == kind


def _signal(text: str) -> bool:
    return extract(Judgment(id="t", portal="test", text=text)).case.corruption_signal


def test_a_police_officer_running_the_trafficking_is_a_signal() -> None:
    text = (
        "[ G.R. No. 31, May 1, 2022 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
        " JUAN REYES, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\nJuan Reyes was"
        " charged with qualified trafficking in persons under Section 4(a) of Republic Act No."
        " 9208. He owned a videoke bar where minors were offered to customers.\n\nThe"
        " customers were told that they could take the girls out with impunity because Reyes,"
        " a police officer, would go with them.\n\nWHEREFORE, the appeal is DISMISSED. The"
        " conviction of accused-appellant Juan Reyes is AFFIRMED.\n\nSO ORDERED.\n"
    )
    assert _signal(text)
    plain = text.replace(
        "The customers were told that they could take the girls out with impunity because"
        " Reyes, a police officer, would go with them.",
        "The customers were told that they could take the girls out.",
    )
    assert not _signal(plain)


def test_an_officer_asking_money_for_a_release_is_a_signal() -> None:
    text = (
        "[ G.R. No. 32, May 1, 2022 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
        " PEDRO LIM, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\nPedro Lim was"
        " charged with illegal sale of dangerous drugs under Section 5 of Republic Act No."
        " 9165.\n\nFor the defense, Lim testified that he was arrested at home. At the police"
        " station, PO2 Cruz asked him to pay them P100,000.00, and the case was filed because"
        " he could not pay.\n\nWHEREFORE, the appeal is GRANTED. Accused-appellant Pedro Lim"
        " is ACQUITTED.\n\nSO ORDERED.\n"
    )
    assert _signal(text)
