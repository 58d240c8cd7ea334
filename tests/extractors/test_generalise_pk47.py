"""Pakistani conventions found on a fourth set of unseen judgments (police accused in a
custodial-death bail, official misconduct narrated in a civil revision); test-written
snippets only."""

from __future__ import annotations

from party_helpers import official_of

from caselaw.models import OfficialType

_CONSTABLE_BAIL = (
    "ORDER SHEET\nLAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
    "Crl. Misc. No. 4521/B/2024\nKashif Mehmood\nVs.\nThe State and others\n\n"
    "10.05.2024 Mr. Ali Raza, Advocate, for the Petitioner.\n\n"
    "Ahmad Ali, J. - On 03.02.2024 Sajid Iqbal/SI, Incharge Police Post Kotla, Tariq Nadeem "
    "1431/HC and Muhammad Kashif 612/C (the Petitioner) arrested Yasir Ali for investigation "
    "and allegedly tortured him in custody, whereupon FIR No. 45/2024 was registered at Police "
    "Station Saddar under sections 302, 342, 34 PPC.\n"
    "2. The Petitioner seeks post-arrest bail. The application is accepted.\n"
)


def test_a_constable_by_belt_number_before_the_bracketed_petitioner() -> None:
    # the caption name ("Kashif Mehmood") is not the body's ("Muhammad Kashif 612/C"): the
    # rank is read on the words before "(the Petitioner)"
    assert official_of(_CONSTABLE_BAIL, "Kashif Mehmood") is OfficialType.POLICE


def test_the_bracket_reads_only_the_petitioners_own_words() -> None:
    # the Head Constable before the comma is another person: a private petitioner stays one
    text = _CONSTABLE_BAIL.replace(
        "Muhammad Kashif 612/C (the Petitioner)", "Muhammad Kashif, a shopkeeper, (the Petitioner)"
    )
    text = text.replace(" and allegedly tortured him in custody", " and allegedly robbed him")
    assert official_of(text, "Kashif Mehmood") is None


def test_a_sub_inspector_by_slash_rank() -> None:
    text = _CONSTABLE_BAIL.replace(
        "Muhammad Kashif 612/C (the Petitioner)", "Muhammad Kashif/ASI (the Petitioner)"
    )
    assert official_of(text, "Kashif Mehmood") is OfficialType.POLICE


def test_a_private_bracketed_petitioner_is_no_official() -> None:
    text = (
        "ORDER SHEET\nLAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
        "Crl. Misc. No. 4521/B/2024\nKashif Mehmood\nVs.\nThe State and others\n\n"
        "The complainant alleged that Muhammad Kashif (the Petitioner) snatched his motorcycle "
        "and the police registered FIR No. 45/2024 at Police Station Saddar under section 392 "
        "PPC.\n2. The Petitioner seeks post-arrest bail. The application is accepted.\n"
    )
    assert official_of(text, "Kashif Mehmood") is None
