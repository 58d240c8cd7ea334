"""Rules from the eighth round's review of the disagreements left on the 103 unseen real
judgments of rounds four to seven; snippets written for these tests, no judgment text."""

from __future__ import annotations

import pytest

from caselaw.extractors import charges, extract, metadata
from caselaw.extractors._base import Context
from caselaw.models import Category, Judgment


def _standing(text: str, jurisdiction: str = "PH") -> set[tuple[Category, str]]:
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction=jurisdiction))
    return {
        (c.category, v.outcome.value)
        for c in ex.charges
        for v in ex.verdicts
        if v.charge == c.index and v.standing
    }


_AC_HEAD = (
    "SECOND DIVISION\n\n[ A.C. No. 10001, March 6, 2019 ]\n\n"
    "JUAN DELA CRUZ, COMPLAINANT, VS. ATTY. PEDRO B. SANTOS, RESPONDENT.\n\n"
    "D E C I S I O N\n\nREYES, J.:\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "This is a complaint filed against respondent for violation of the Lawyer's Oath.",
            "Violation of the Lawyer's Oath",
        ),
        (
            "The complainants filed a complaint against respondent for violations of the Code "
            "of Professional Responsibility (CPR).",
            "Violation of the Code of Professional Responsibility",
        ),
        (
            "He was charged with violation of the 2004 Rules on Notarial Practice.",
            "Violation of the Rules on Notarial Practice",
        ),
        (
            "This is an administrative complaint against Judge Pedro Reyes for violation of "
            "the New Code of Judicial Conduct.",
            "Violation of the Code of Judicial Conduct",
        ),
        (
            "The sheriff was charged with violation of the Code of Conduct for Court Personnel.",
            "Violation of the Code of Conduct for Court Personnel",
        ),
    ],
)
def test_a_lawyers_professional_offence_is_a_charge(sentence: str, label: str) -> None:
    # lawyer discipline (A.C. cases): professional offences, never corruption in themselves
    found = charges.find_charges(sentence, "PH")
    assert {(m.category, m.label) for m in found} == {(Category.OTHER, label)}


def test_a_professional_code_without_a_charge_cue_is_no_charge() -> None:
    sentence = "Lawyers must uphold the Code of Professional Responsibility at all times."
    assert charges.find_charges(sentence, "PH") == []


def test_a_lawyer_found_guilty_of_violating_the_notarial_law_is_convicted() -> None:
    text = _AC_HEAD + (
        "This administrative case stemmed from a complaint against respondent Atty. Pedro B. "
        "Santos for violations of the Code of Professional Responsibility and the Notarial Law."
        "\n\nWHEREFORE, the Court finds respondent Atty. Pedro B. Santos GUILTY of violating "
        "the Notarial Law and the Code of Professional Responsibility. He is SUSPENDED from "
        "the practice of law for six (6) months.\n\nSO ORDERED."
    )
    assert (Category.OTHER, "convicted") in _standing(text)


def test_a_complaint_against_an_attorney_dismissed_is_dismissed() -> None:
    # the abbreviation "Atty." inside the subject does not end the sentence
    text = _AC_HEAD + (
        "For resolution is a complaint against respondent for violation of the Lawyer's Oath."
        "\n\nACCORDINGLY, the Complaint filed against Atty. Pedro B. Santos is DISMISSED for "
        "lack of merit.\n\nSO ORDERED."
    )
    assert _standing(text) == {(Category.OTHER, "dismissed")}


def _charges_of(text: str) -> dict[str, set[tuple[str, str]]]:
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))
    out: dict[str, set[tuple[str, str]]] = {d.name: set() for d in ex.defendants}
    for c in ex.charges:
        for v in ex.verdicts:
            if v.charge == c.index and v.standing:
                out[ex.defendants[c.defendant].name].add((c.label, v.outcome.value))
    return out


def test_each_respondent_found_guilty_of_one_offence_in_turn_answers_for_it() -> None:
    # an audit fallo finds two respondents guilty of the same offence, one sentence each
    # (the repeats are one merged mention): the second is charged with it, not with the
    # first one's other offences
    text = (
        "EN BANC\n\n[ A.M. No. 05-3-83-MTC, October 9, 2007 ]\n\n"
        "RE: JUDICIAL AND FINANCIAL AUDIT OF THE MUNICIPAL TRIAL COURT OF SAN LUIS, "
        "BATANGAS\n\nD E C I S I O N\n\nPER CURIAM:\n\n"
        "The audit team found shortages in the collections of the two clerks of court.\n\n"
        "WHEREFORE the Court finds and declares:\n\n"
        "Ana B. Cruz GUILTY of gross neglect of duty, dishonesty and grave misconduct. She is "
        "DISMISSED from the service.\n\n"
        "Jose Reyes GUILTY of gross neglect of duty. He is DISMISSED from the service.\n\n"
        "SO ORDERED."
    )
    found = _charges_of(text)
    assert found["Jose Reyes"] == {("Gross neglect of duty", "convicted")}
    assert ("Dishonesty", "convicted") in found["Ana B. Cruz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The audit team discovered that gambling moneys seized for violation of Presidential "
        "Decree No. 1602 were deposited with a cooperative.",
        "The goods confiscated for violation of Republic Act No. 10863 were kept in the warehouse.",
    ],
)
def test_a_thing_seized_for_a_violation_charges_nobody(sentence: str) -> None:
    assert charges.find_charges(sentence, "PH") == []


def test_a_person_charged_after_a_seizure_is_still_charged() -> None:
    sentence = (
        "After the shabu was seized from him, he was charged with violation of Section 5, "
        "Article II of Republic Act No. 9165."
    )
    assert {m.category for m in charges.find_charges(sentence, "PH")} == {Category.DRUGS}


_MTJ_HEAD = (
    "FIRST DIVISION\n\n[ A.M. No. MTJ-04-1600, June 30, 2008 ]\n\n"
    "ROSA C. LIM, COMPLAINANT, VS. JUDGE PEDRO Y. REYES, RESPONDENT.\n\n"
    "D E C I S I O N\n\nAZCUNA, J.:\n\n"
    "This is an administrative complaint filed against Judge Pedro Y. Reyes, charging him "
    "with Serious Misconduct, Gross Ignorance of the Law and Violation of Section 3(e) of "
    "the Anti-Graft and Corrupt Practices Act (R.A. No. 3019) in connection with a bond.\n\n"
    "Respondent erred in granting the motion without notice to complainant.\n\n"
)


def test_a_corruption_charge_the_disciplinary_fallo_leaves_out_is_not_sustained() -> None:
    text = _MTJ_HEAD + (
        "WHEREFORE, respondent Judge Pedro Y. Reyes is found GUILTY OF GROSS IGNORANCE OF THE "
        "LAW for which he is FINED P2,000.\n\nSO ORDERED."
    )
    assert _standing(text) == {(Category.OTHER, "convicted"), (Category.CORRUPTION, "dismissed")}


def test_a_corruption_charge_the_disciplinary_fallo_names_stands_convicted() -> None:
    text = _MTJ_HEAD + (
        "WHEREFORE, respondent Judge Pedro Y. Reyes is found GUILTY OF GROSS IGNORANCE OF THE "
        "LAW and of violation of Section 3(e) of R.A. No. 3019, and is DISMISSED from the "
        "service.\n\nSO ORDERED."
    )
    assert (Category.CORRUPTION, "convicted") in _standing(text)
    assert (Category.CORRUPTION, "dismissed") not in _standing(text)


@pytest.mark.parametrize(
    ("head", "court"),
    [
        (
            "IN THE COURT OF APPEAL OF THE\n\nDEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
            "C A 100/2007\n\n",
            "Court of Appeal of Sri Lanka",
        ),
        (
            "IN THE SUPREME COURT OF THE\nDEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
            "S.C. Appeal No. 10/2014\n\n",
            "Supreme Court of Sri Lanka",
        ),
    ],
)
def test_a_sri_lankan_caption_broken_after_the_article_names_the_court(
    head: str, court: str
) -> None:
    ctx = Context(
        Judgment(id="t", portal="test", text=head + "JUDGMENT\n\nThe appeal is dismissed.")
    )
    metadata.EXTRACTOR(ctx)
    assert (ctx.info.jurisdiction, ctx.info.court) == ("LK", court)


def names(text: str) -> list[str]:
    ex = extract(Judgment(id="t", portal="test", text=text))
    return [d.name for d in ex.defendants]


_LK_HEAD = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "C A 100/2010\n\nIn the matter of an appeal under section 331 of the Code of Criminal "
    "Procedure Act No. 15 of 1979.\n\n"
)
_LK_RESPONDENT = (
    "Director General, Commission to Investigate Allegations of Bribery or Corruption, "
    "Colombo 07.\n\nRESPONDENT\n\nJUDGMENT\n\nThe Accused Appellant was indicted under "
    "section 19(b) of the Bribery Act. The learned High Court Judge convicted the Accused "
    "Appellant on both counts.\n\nThe appeal is allowed and the Accused Appellant is "
    "acquitted.\n"
)


def test_a_versus_written_vs_between_dashes_divides_the_caption() -> None:
    text = _LK_HEAD + "Nimal Bandara Perera\n\nAPPELLANT\n\n-Vs-\n\n" + _LK_RESPONDENT
    assert names(text) == ["Nimal Bandara Perera"]


def test_the_one_l_spelling_of_appellant_is_a_label() -> None:
    text = _LK_HEAD + "Nimal Bandara Perera\n\nAPPELANT\n\n-Vs-\n\n" + _LK_RESPONDENT
    assert names(text) == ["Nimal Bandara Perera"]


@pytest.mark.parametrize(
    "line",
    [
        "Nimal Bandara Perera, Kohelanwala, Madawela, Ulpatha, Matale.",
        "Nimal Bandara Perera, Aluthgama, Bandaragama, Kalutara.",
    ],
)
def test_village_and_town_names_after_the_name_are_its_address(line: str) -> None:
    text = _LK_HEAD + line + "\n\nAPPELLANT\n\n-Vs-\n\n" + _LK_RESPONDENT
    assert names(text) == ["Nimal Bandara Perera"]


def test_two_full_names_on_a_line_stay_two_parties() -> None:
    text = (
        _LK_HEAD
        + "Nimal Bandara Perera, Sunil Kumara Silva.\n\nAPPELLANTS\n\n-Vs-\n\n"
        + _LK_RESPONDENT
    )
    assert names(text) == ["Nimal Bandara Perera", "Sunil Kumara Silva"]


def test_a_case_hereby_ordered_dismissed_is_dismissed() -> None:
    text = (
        "THIRD DIVISION\n\n[ G.R. No. 200001, March 6, 2019 ]\n\n"
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN SANTOS Y CRUZ, "
        "ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nREYES, J.:\n\n"
        "Accused-appellant was charged with estafa under Article 315 of the Revised Penal "
        "Code.\n\nWHEREFORE, in view of the death of accused-appellant pending appeal, the "
        "criminal case against him is hereby ordered DISMISSED.\n\nSO ORDERED."
    )
    assert _standing(text) == {(Category.OTHER, "dismissed")}
