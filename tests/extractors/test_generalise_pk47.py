"""Pakistani conventions found on a fourth set of unseen judgments (police accused in a
custodial-death bail, official misconduct narrated in a civil revision); test-written
snippets only."""

from __future__ import annotations

from party_helpers import official_of

from caselaw.extractors import extract
from caselaw.models import Judgment, OfficialType

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


_REVISION_AGAINST_ACQUITTAL = (
    "ORDER SHEET\nIN THE LAHORE HIGH COURT, BAHAWALPUR BENCH, BAHAWALPUR\n"
    "JUDICIAL DEPARTMENT\nCriminal Revision No.71 of 2024\nMuhammad Aslam\nVersus\n"
    "Abdul Majeed and another\n\n04.06.2024 Mr. Zeeshan Haider, Advocate for the petitioner.\n"
    "This criminal revision has been filed by the petitioner/complainant against the order "
    "dated 12.02.2024 passed by the learned Special Judge Anti-Corruption, Bahawalpur, whereby "
    "the application under section 265-K Cr.P.C. filed by the respondents was accepted and "
    "they were acquitted in case FIR No.23/2021 registered at Police Station Anti-Corruption "
    "Establishment, Bahawalpur, under section 409 PPC read with section 5(2) of the "
    "Prevention of Corruption Act, 1947.\n"
    "2. Heard. The learned trial court passed the impugned order without recording any "
    "evidence.\n"
    "3. Consequently, this revision petition is allowed, the impugned order dated 12.02.2024 "
    "is set aside and the case is remanded to the learned trial court for decision afresh.\n"
)


def _corruption_outcome(text: str) -> str:
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PK"))
    return str(getattr(ex.case.corruption_outcome, "value", ex.case.corruption_outcome))


def test_an_acquittal_the_revision_sets_aside_and_remands_is_pending() -> None:
    # the final part restates the order below ("whereby ... they were acquitted"): this
    # court's remand decides, not the acquittal it is seized of
    assert _corruption_outcome(_REVISION_AGAINST_ACQUITTAL) == "other"


def test_an_acquittal_set_aside_without_remand_is_pending() -> None:
    text = _REVISION_AGAINST_ACQUITTAL.replace(
        " and the case is remanded to the learned trial court for decision afresh", ""
    )
    assert _corruption_outcome(text) == "other"


def test_an_acquittal_the_court_refuses_to_disturb_stands() -> None:
    text = _REVISION_AGAINST_ACQUITTAL.replace(
        "3. Consequently, this revision petition is allowed, the impugned order dated 12.02.2024 "
        "is set aside and the case is remanded to the learned trial court for decision afresh.",
        "3. No illegality has been pointed out; this revision petition is dismissed.",
    )
    assert _corruption_outcome(text) == "acquitted"


def test_a_mutation_sanctioned_in_connivance_is_narrated_complicity() -> None:
    text = _REVISION_AGAINST_ACQUITTAL.replace(
        "2. Heard.",
        "2. The allegation is that respondent No.1 Abdul Majeed, Tehsildar, in connivance with "
        "respondent No.2 sanctioned a fake mutation of State land in his favour.\n3. Heard.",
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PK"))
    assert ex.case.corruption_signal
    # the same connivance without an act narrated is no signal
    bare = text.replace(" sanctioned a fake mutation of State land in his favour", "")
    assert not extract(
        Judgment(id="t", portal="test", text=bare, jurisdiction="PK")
    ).case.corruption_signal


def test_a_conviction_maintained_with_the_sentence_reduced_stands() -> None:
    text = (
        "JUDGMENT SHEET\nIN THE LAHORE HIGH COURT, LAHORE\nJUDICIAL DEPARTMENT\n"
        "Criminal Appeal No.2441 of 2021\nImran Haider\nVersus\nThe State\nJUDGMENT\n"
        "Ahmad Ali, J.- The appellant was tried in case FIR No.310/2018 registered at Police "
        "Station FIA Composite Circle, Lahore, under section 409 PPC read with section 5(2) of "
        "the Prevention of Corruption Act, 1947 and vide judgment dated 17.03.2021 he was "
        "convicted and sentenced to rigorous imprisonment for five years.\n"
        "2. The evidence proves the case against the appellant.\n"
        "3. Consequently, while maintaining his conviction, the sentence of the appellant is "
        "reduced to the period already undergone. With this modification in sentence, the "
        "appeal is dismissed.\n"
    )
    assert _corruption_outcome(text) == "convicted"


def test_a_rule_of_the_police_rules_is_no_charge() -> None:
    from caselaw.extractors.charges import find_charges

    text = (
        "FIR No. 98/2024 was registered at Police Station Lorry Adda, Gujrat, under sections "
        "302, 342, 34 PPC.\n\nWhere such a case is registered with the local police under the "
        "general law, the local police may cancel the FIR in accordance with Rule 25.7 of the "
        "Police Rules.\n"
    )
    assert [m.statute for m in find_charges(text, "PK")] == ["PPC s.302,342,34"]
    # an Act the lexicon does not know still makes a charge
    act = text.replace("Rule 25.7 of the Police Rules", "section 25 of the Police Act")
    assert [m.statute for m in find_charges(act, "PK")] == ["PPC s.302,342,34", "Police Act s.25"]
