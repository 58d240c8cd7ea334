"""Verdict rules of the eleventh round (synthetic judgments, no corpus text).

* "X was released on bail" in the narrative is no bail matter: the affirmance of a
  conviction below stays a conviction;
* a petition "GRANTED IN PART" whose final part affirms the conviction with a modified
  penalty leaves the conviction standing ("AFFIRMEDwith", glued, is still an affirmance);
* an acquittal below stated for one criminal case number decides that case's charge only;
* a co-accused whom the quoted dispositive below acquitted keeps the acquittal when nobody
  appealed it.
"""

from __future__ import annotations

from verdict_helpers import standing_by_defendant

from caselaw.extractors import PIPELINE, extract
from caselaw.extractors._base import Context, Finding
from caselaw.extractors.verdict_cues import classify
from caselaw.models import Extraction, Judgment


def _run(text: str) -> Extraction:
    return extract(Judgment(id="t", portal="test", text=text))


def _by_charge(x: Extraction) -> dict[str, set[str]]:
    """Charge label (lower case) -> the outcomes standing on it."""
    outcome: dict[int, set[str]] = {}
    for v in x.verdicts:
        if v.standing:
            outcome.setdefault(v.charge, set()).add(v.outcome.value)
    out: dict[str, set[str]] = {}
    for c in x.charges:
        out.setdefault(c.label.lower(), set()).update(outcome.get(c.index, set()))
    return out


_PH_PETITION = (
    "[ G.R. No. 70001, July 1, 1986 ]\n\nPEDRO S. CRUZ, PETITIONER, VS. THE SANDIGANBAYAN AND"
    " THE PEOPLE OF THE PHILIPPINES, RESPONDENTS.\n\nD E C I S I O N\n\nREYES, J.:\n\n"
    "The Sandiganbayan found accused Pedro S. Cruz guilty of direct bribery under Article 210"
    " of the Revised Penal Code and sentenced him to four months of arresto mayor.\n\n"
)


def test_narrated_release_on_bail_is_no_bail_matter() -> None:
    text = (
        _PH_PETITION + "Cruz was released on bail. When arraigned, he pleaded not guilty. He"
        " contends that the Sandiganbayan erred in convicting him.\n\nThe contention has no"
        " merit.\n\nWHEREFORE,\n\nin view of the foregoing, the instant petition is denied for"
        " lack of merit. The decision of the Sandiganbayan is affirmed.\n\nSO ORDERED.\n"
    )
    assert _by_charge(_run(text)) == {"direct bribery": {"convicted"}}


def test_bail_petition_still_pretrial() -> None:
    """A bail matter before this court is still one: its dismissal decides no charge."""
    text = (
        "IN THE LAHORE HIGH COURT\n\nCriminal Miscellaneous No. 1-B of 2024\n\nAhmad Ali v. The"
        " State\n\nThrough this petition the petitioner seeks post-arrest bail in case FIR"
        " No. 12/2024 for an offence under section 161 PPC.\n\nThe petition is dismissed.\n"
    )
    assert standing_by_defendant(_run(text)).get("Ahmad Ali", {"other"}) <= {"other", "unknown"}


def test_partial_grant_is_no_reversal() -> None:
    assert classify("WHEREFORE, the Petition is GRANTED IN PART.") is None
    assert classify("The appeal is allowed partly.") is None
    assert classify("The appeal is allowed.") == "reversed"
    assert classify("The Decision convicting petitioner is AFFIRMEDwith MODIFICATIONS:") == (
        "affirmed"
    )


def test_partial_grant_affirming_the_conviction_keeps_it() -> None:
    text = (
        "[ G.R. No. 70002, July 1, 2009 ]\n\nJUAN D. SANTOS, PETITIONER, VS. PEOPLE OF THE"
        " PHILIPPINES, RESPONDENT.\n\nD E C I S I O N\n\nREYES, J.:\n\nThe Sandiganbayan"
        " convicted petitioner of Malversation of Public Funds under Article 217 of the"
        " Revised Penal Code.\n\nWHEREFORE, the Petition is GRANTED IN PART. The Decision of"
        " the Sandiganbayan convicting petitioner of Malversation under Article 217 of the"
        " Revised Penal Code is AFFIRMEDwith the following MODIFICATIONS:\n\n1. The fine is"
        " deleted.\n\nSO ORDERED.\n"
    )
    got = _by_charge(_run(text))
    assert got and all(v == {"convicted"} for v in got.values()), got


_CASES = (
    "[ G.R. No. 70003, July 1, 2009 ]\n\nJUAN D. SANTOS, PETITIONER, VS. PEOPLE OF THE"
    " PHILIPPINES, RESPONDENT.\n\nD E C I S I O N\n\nREYES, J.:\n\nAn Information for"
    " Malversation of Public Funds under Article 217 of the Revised Penal Code was docketed"
    " as Criminal Case No. 11111. An Information for violation of Section 3(e) of Republic Act"
    " No. 3019 was docketed as Criminal Case No. 22222.\n\nAfter a joint trial the"
    " Sandiganbayan rendered a Decision disposing thus:\n\nWHEREFORE, the Court rules as"
    " follows:\n\n1. In Criminal Case No. 22222, accused JUAN D. SANTOS is hereby ACQUITTED."
    "\n\n2. In Criminal Case No. 11111, accused JUAN D. SANTOS is hereby CONVICTED of"
    " Malversation of Public Funds under Article 217 of the Revised Penal Code.\n\n"
    "SO ORDERED.\n\nHence, this Petition.\n\nWHEREFORE, the petition is DENIED. The Decision"
    " of the Sandiganbayan in Criminal Case No. 11111 is AFFIRMED.\n\nSO ORDERED.\n"
)


def test_acquittal_in_one_case_number_decides_that_case_only() -> None:
    x = _run(_CASES)
    by_count = {}
    outcome: dict[int, set[str]] = {}
    for v in x.verdicts:
        if v.standing:
            outcome.setdefault(v.charge, set()).add(v.outcome.value)
    for c in x.charges:
        if c.count:
            by_count[c.count.split()[-1]] = outcome.get(c.index)
    # the malversation case's charge is convicted only: the acquittal is the other case's
    assert by_count.get("11111") == {"convicted"}, by_count
    if "22222" in by_count:
        assert by_count["22222"] == {"acquitted"}
    # the restated acquittal is not the malversation charge's either
    mal = [c.index for c in x.charges if c.count and c.count.endswith("11111")]
    restated = {v.outcome.value for v in x.verdicts if not v.standing and v.charge in mal}
    assert "acquitted" not in restated


def test_case_acquittal_helpers() -> None:
    from caselaw.extractors.verdict_cases import case_key, case_keys

    s = "In Criminal Case No. 26527, accused X is hereby ACQUITTED."
    assert case_key(s, 0, len(s)) == "26527"
    two = "In Criminal Case Nos. 1 and 2, accused X is ACQUITTED."
    assert case_key(two, 0, len(two)) is None
    assert case_keys("no number here", 0, 14) == set()


def test_co_accused_acquitted_in_quoted_dispositive_keeps_acquittal() -> None:
    text = (
        "[ G.R. No. 70004, July 1, 2009 ]\n\nEDUARDO A. PERALTA AND MARIO V. BAUTISTA,"
        " PETITIONERS, VS. PEOPLE OF THE PHILIPPINES, RESPONDENT.\n\nD E C I S I O N\n\n"
        "REYES, J.:\n\nThe accused were charged with violation of Section 3(b) of Republic Act"
        " No. 3019. The Sandiganbayan disposed:\n\n'WHEREFORE, judgment is hereby rendered,"
        " finding accused EDUARDO A. PERALTA GUILTY beyond reasonable doubt of violation of"
        " Section 3(b) of Republic Act No. 3019.\n\n'Accused MARIO V. BAUTISTA, on the other"
        " hand, is ACQUITTED on the basis of reasonable doubt.'\n\nOnly Peralta appealed from his"
        " conviction.\n\n"
        "WHEREFORE, the Petition is DENIED, and the assailed Decision AFFIRMED.\n\n"
        "SO ORDERED.\n"
    )
    got = standing_by_defendant(_run(text))
    assert got.get("Eduardo A. Peralta") == {"convicted"}, got
    assert got.get("Mario V. Bautista") == {"acquitted"}, got


# -- co-accused whose verdict below the appeal leaves alone (Sri Lankan layout) -----------

_LK3 = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "The Hon. Attorney General\n\nComplainant\n\nVs.\n\n1. Kamal Perera\n\n2. Sunil Fernando"
    "\n\n3. Nimal Silva\n\nAccused\n\nAND NOW BETWEEN\n\nNimal Silva\n\n3rd Accused-Appellant"
    "\n\nVs.\n\nThe Hon. Attorney General\n\nComplainant-Respondent\n\nJUDGMENT\n\n"
    "The three accused were indicted for robbery, an offence punishable under section 380 of"
    " the Penal Code.\n\n"
)


def test_co_accused_convicted_on_their_own_plea_stay_convicted() -> None:
    text = (
        _LK3 + "While the trial was in progress, the 2nd accused pleaded guilty to the charge,"
        " whereupon he was convicted on his own plea. The learned trial judge found the 1st"
        " accused not guilty and found the 3rd accused-appellant guilty.\n\nFor these reasons"
        " I set aside the conviction and sentence. The appeal is allowed. The accused-appellant"
        " is acquitted.\n"
    )
    got = standing_by_defendant(_run(text))
    assert got.get("Nimal Silva") == {"acquitted"}, got
    assert got.get("Sunil Fernando") == {"convicted"}, got
    assert got.get("Kamal Perera") == {"acquitted"}, got


def test_a_plea_of_not_guilty_is_no_verdict() -> None:
    from caselaw.extractors.verdict_untouched import _NOT_GUILTY, _PLEA

    assert _PLEA.search("the 1st to 3rd accused pleaded 'not guilty'") is None
    assert _PLEA.search("the 2nd and 4th accused pleaded guilty")
    assert _NOT_GUILTY.search("the 1st accused pleaded not guilty") is None


def test_an_acquittal_nobody_appeals_stands() -> None:
    text = (
        "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
        "Director General\nCommission to Investigate Allegations of Bribery or Corruption\n\n"
        "Complainant\n\nVs.\n\n1. Kamal Perera\n\n2. Sunil Fernando\n\nAccused\n\n"
        "AND NOW BETWEEN\n\nDirector General\n\nComplainant-Appellant\n\nVs.\n\n"
        "1. Kamal Perera\n\nAccused-Respondent\n\nJUDGMENT\n\nThe 1st Respondent was indicted"
        " for soliciting a gratification, an offence punishable under section 19(b) of the"
        " Bribery Act, and the 2nd Respondent for abetting him. The High Court acquitted both."
        " The Appellant is canvassing the acquittal of the 1st Respondent but is not pursuing"
        " the acquittal of the 2nd\n\nRespondent. Therefore, the finding of the learned High"
        " Court Judge with regard to the 2nd Respondent stands unchallenged.\n\nThe learned"
        " High Court Judge has come to the correct conclusion.\n\nApplication Dismissed.\n"
    )
    got = standing_by_defendant(_run(text))
    assert got.get("Sunil Fernando") == {"acquitted"}, got


# -- a referred question answered, the order still to come -------------------------------


def test_a_reference_answered_with_the_order_to_come_is_other() -> None:
    text = (
        "IN THE COURT OF APPEAL OF THE REPUBLIC OF SINGAPORE\n\n[2014] SGCA 99\n\nCriminal"
        " Reference No 9 of 2013\n\nBetween\n\nPublic Prosecutor\n\nAnd\n\nTan Ah Kow\n\n"
        "GROUNDS OF DECISION\n\n1 The respondent, Tan Ah Kow, was charged with corruptly"
        " accepting a gratification, an offence"
        " under s 6(a) of the"
        " Prevention of Corruption Act (Cap 241, 1993 Rev Ed). The Judge"
        " acquitted him and the Prosecution referred a question of law of public interest.\n\n"
        "Conclusion\n\n40 For the reasons set out above, the answer to Question 1 in this"
        " Criminal Reference is as follows: No.\n\n41 In light of our decision above, the"
        " parties are to address us on the appropriate order that this court should make.\n"
    )
    standing = {(f.defendant, f.outcome) for f in _findings(text) if f.standing}
    assert standing == {(None, "other")}, standing


def _findings(text: str) -> list[Finding]:
    """The verdicts step's findings for a synthetic judgment (whatever the charges)."""
    ctx = Context(Judgment(id="t", portal="test", text=text))
    for step in PIPELINE:
        step(ctx)
        if step.name == "verdicts":
            break
    return ctx.findings


def test_order_to_come_patterns() -> None:
    from caselaw.extractors.verdict_reference import _ANSWERED, _ORDER_TO_COME

    assert _ORDER_TO_COME.search("Counsel are to file further submissions on the orders.")
    assert _ANSWERED.search("The questions referred are answered as follows.")
    assert _ORDER_TO_COME.search("The parties addressed us at length on the law.") is None


def test_of_case_never_gives_one_case_acquittal_to_another_case() -> None:
    from caselaw.extractors.verdict_cases import of_case
    from caselaw.models import Category, Charge

    def charge(i: int, count: str | None) -> Charge:
        return Charge(i, 0, Category.TRAFFICKING, "Trafficking in persons", count=count)

    a, b, loose = (
        charge(0, "Criminal Case No. 17-216"),
        charge(1, "Criminal Case No. 17-217"),
        charge(2, None),
    )
    assert of_case("17216", [a, b, loose]) == [a]
    # the acquitted case's charge was read without its number: the unnumbered ones
    assert of_case("17218", [a, b, loose]) == [loose]
    assert of_case("17218", [a, b]) == []
    assert of_case("17218", [loose]) == [loose]
    assert of_case(None, [a, b]) == [a, b]
