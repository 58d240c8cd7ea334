"""Pakistani conventions found on a third set of unseen judgments: the complainant's
petition against an accused's bail order, co-accused "since acquitted" named before a
parenthesis, and "(deceased)" marking the victim of a homicide (test-written snippets
only)."""

from __future__ import annotations

from party_helpers import names

from caselaw.extractors import extract
from caselaw.models import Judgment

_COMPLAINANT_PETITION = (
    "2016 PLD Supreme Court 99\nAkram Ali vs Bashir Ahmad and others\nSupreme Court of Pakistan"
    "\nCriminal Petition No.12-L of 2016 Criminal Miscellaneous No.345-B of 2015\n\nORDER\n"
    "AHMAD ALI, J.--Through this petition Akram Ali petitioner/complainant has sought leave to "
    "appeal against the order passed by a learned Judge-in-Chamber of the Lahore High Court "
    "whereby respondent No. 1 namely Bashir Ahmad had been admitted to pre-arrest bail in case "
    "FIR No. 15 in respect of an offence under section 489-F, P.P.C.\n"
    "2. This petition is converted into an appeal and allowed; the matter is remanded.\n"
)


def test_the_complainant_petitioner_against_a_bail_order_is_no_accused() -> None:
    assert names(_COMPLAINANT_PETITION) == ["Bashir Ahmad"]


def test_the_bail_applicant_stays_the_accused() -> None:
    # without the complainant's petition the bail number keeps the petitioner the accused
    text = _COMPLAINANT_PETITION.replace(" petitioner/complainant", " petitioner").replace(
        "whereby respondent No. 1 namely Bashir Ahmad had been admitted to", "seeking"
    )
    assert names(text) == ["Akram Ali"]


_SINCE_ACQUITTED = (
    "JUDGMENT SHEET\nIN THE LAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
    "1.\nMurder Reference No. 7/2020 (The State Vs. Kashif Ali Khan)\n2.\n"
    "Criminal Appeal No. 64/2020 (Kashif Ali Khan Vs. The State)\n\nJUDGMENT\n\n"
    "Ahmad Ali, J -- Through the judgment of the learned Additional Sessions Judge, in a case "
    "FIR No. 36 under Sections 302/34 of PPC, the appellant has been convicted and sentenced "
    "to imprisonment for life.\n2. The facts are that suddenly Kashif Ali (appellant), Naveed "
    "Iqbal and Sohail Ahmad Khan (co-accused since acquitted) came there; that Sohail Ahmad "
    "Khan raised a lalkara whereupon Kashif Ali inflicted knife blows at Imran Saleem "
    "(deceased), who succumbed to the injuries. A case was lodged by Naveed Iqbal etc. "
    "against Imran Saleem (deceased) earlier.\n"
    + "".join(
        f"{n}. The witness PW-{n} was cross-examined at length and the defence failed to shake "
        "his testimony; the recovery memo and the site plan were proved in accordance with law "
        "and the medical evidence supports the ocular account of the occurrence.\n"
        for n in range(3, 12)
    )
    + "12. The prosecution proved its case. The conviction of the appellant is maintained and "
    "Criminal Appeal No. 64/2020 is dismissed.\n"
)


def _standing(text: str) -> dict[str, set[str]]:
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PK"))
    return {
        d.name: {v.outcome.value for v in ex.verdicts if v.defendant == d.index and v.standing}
        for d in ex.defendants
    }


def test_co_accused_since_acquitted_stand_acquitted() -> None:
    outcomes = _standing(_SINCE_ACQUITTED)
    assert outcomes.pop("Naveed Iqbal") == {"acquitted"}
    assert outcomes.pop("Sohail Ahmad Khan") == {"acquitted"}
    # "Kashif Ali Khan" shares a surname with a co-accused: his conviction stands alone
    [(appellant, outcome)] = outcomes.items()
    assert appellant.startswith("Kashif Ali Khan")
    assert outcome == {"convicted"}


def test_a_victim_marked_deceased_excludes_no_accused_of_the_sentence() -> None:
    # "lodged by Naveed Iqbal etc. against Imran Saleem (deceased)": the parenthesis marks the
    # victim only
    assert "Naveed Iqbal" in _standing(_SINCE_ACQUITTED)


def test_an_accused_marked_deceased_is_still_dropped() -> None:
    text = _SINCE_ACQUITTED.replace(
        "A case was lodged by Naveed Iqbal etc. against Imran Saleem (deceased) earlier.",
        "Naveed Iqbal (deceased) died during the trial.",
    )
    assert "Naveed Iqbal" not in _standing(text)


def test_the_dot_of_mst_ends_no_caption_name() -> None:
    text = (
        "Judgment Sheet\nIN THE LAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
        "Writ Petition No.3021 of 2024\nMst. Shamim Bibi and another\nVersus\nThe State etc.\n"
        "\nJUDGMENT\n\nAHMAD ALI, J. Through this petition, the petitioners seek quashing of "
        "FIR No.451/2024 under section 3 of the Prevention of Trafficking in Persons Act, 2018."
        " This petition is dismissed.\n"
    )
    assert names(text)[0] == "Shamim Bibi"


_CANCELLATION = (
    "ORDER SHEET\nIN THE LAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
    "Crl. Misc. No.7890-CB of 2024\nZahid Iqbal\nVersus\nThe State and another\n\n"
    "20.10.2024 Mr. Asif Nawaz, Advocate for the petitioner.\n"
    "Through this petition under section 497(5) Cr.P.C., the petitioner/complainant seeks "
    "cancellation of post-arrest bail granted to respondent No.2, a Sub-Inspector, in case FIR "
    "No.77/2024 registered at Police Station Anti-Corruption Establishment, Lahore under "
    "section 161 PPC read with section 5(2) of the Prevention of Corruption Act, 1947.\n"
    "2. The allegation is that respondent No.2 received Rs.100,000/- as bribe from the "
    "petitioner. No misuse of the concession has been alleged. This petition is dismissed.\n"
)


def test_the_complainant_seeking_cancellation_of_bail_is_no_accused() -> None:
    ex = extract(Judgment(id="t", portal="test", text=_CANCELLATION, jurisdiction="PK"))
    assert "Zahid Iqbal" not in [d.name for d in ex.defendants]
    assert ex.case.corruption_charged and ex.case.corruption_outcome.value == "other"


def test_a_prayer_to_quash_the_fir_is_no_quashing() -> None:
    # "the petitioners seek quashing of FIR ...": the prayer; the petition is dismissed, so
    # the charge stays pending (refused quashing = other)
    text = (
        "Judgment Sheet\nIN THE LAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
        "Writ Petition No.3021 of 2024\nShamim Bibi and another\nVersus\nThe State etc.\n\n"
        "JUDGMENT\n\nAHMAD ALI, J. Through this petition, the petitioners seek quashing of FIR "
        "No.451/2024 registered under section 3 of the Prevention of Trafficking in Persons "
        "Act, 2018 alleging that they forced minor children to beg.\n"
        "2. Disputed questions of fact cannot be resolved here. This petition is dismissed.\n"
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PK"))
    assert ex.case.trafficking_charged
    assert ex.case.trafficking_outcome.value == "other"


def test_a_co_accused_acquitted_whereas_the_appellant_was_convicted() -> None:
    # a short order whose first sentence is inside the final part: the acquittal after
    # "whereas his co-accused" is not the appellant's
    text = (
        "JUDGMENT SHEET\nIN THE LAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
        "Criminal Appeal No.882 of 2022\nImran Khan alias Mani\nVersus\nThe State\n\n"
        "JUDGMENT\n\nAHMAD ALI, J. The appellant Imran Khan alias Mani was tried by the learned "
        "Additional Sessions Judge, Lahore in case FIR No.1021/2021 under section 3 of the "
        "Prevention of Trafficking in Persons Act, 2018 and he was convicted under section 3 of "
        "the Act and sentenced to imprisonment for five years, whereas his co-accused Shaukat "
        "Ali (since acquitted) was acquitted.\n2. The appellant forced six minor boys to beg.\n"
        "3. Consequently, the conviction of the appellant is maintained and the appeal is "
        "dismissed.\n"
    )
    assert _standing(text) == {
        "Imran Khan alias Mani": {"convicted"},
        "Shaukat Ali": {"acquitted"},
    }


def test_the_petitioners_named_at_a_sentence_start() -> None:
    text = (
        "ORDER SHEET\nIN THE LAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
        "Crl. Misc. No.2233-B of 2024\nMuhammad Rafiq and another\nVersus\nThe State and another\n"
        "\n15.07.2024 Mr. Sami Ullah, Advocate for the petitioners.\n"
        "The petitioners Muhammad Rafiq and Nadeem Abbas seek pre-arrest bail in case FIR "
        "No.41/2024 under section 409 PPC.\n2. This petition is dismissed.\n"
    )
    assert names(text) == ["Muhammad Rafiq", "Nadeem Abbas"]


def test_a_revenue_rank_in_apposition_without_an_article() -> None:
    text = (
        "ORDER SHEET\nIN THE LAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
        "Crl. Misc. No.2233-B of 2024\nNadeem Abbas\nVersus\nThe State and another\n\n"
        "The petitioner seeks pre-arrest bail in case FIR No.41/2024 registered at Police "
        "Station Anti-Corruption Establishment under section 409 PPC read with section 5(2) of "
        "the Prevention of Corruption Act, 1947.\n2. The allegation is that Nadeem Abbas, Naib "
        "Tehsildar, sanctioned a fake mutation of State land.\n3. This petition is dismissed.\n"
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PK"))
    [accused] = ex.defendants
    assert accused.is_official
    # a Naib Tehsildar is a revenue officer of the province (Punjab Land Revenue Act 1967),
    # not of a local government
    assert accused.official_type is not None and accused.official_type.value == "other_public"
