"""Rules from the error analysis on unseen Sri Lankan / Singapore judgments (gen6/uk2;
snippets written for these tests, no judgment text).

A sole appellant's final part may decide his counts differently without naming him: "I
dismiss the appeal against the said counts ... and affirm the conviction ... I set aside
the conviction ... and acquit the appellant in relation to the 7th and the 9th count".
Some counts stand, others fall: the outcome is mixed, not the acquittal alone.
"""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.models import CaseOutcome, Judgment, Outcome

_CAPTION = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "Director General,\n\nCommission to Investigate Allegations of Bribery or Corruption.\n\n"
    "COMPLAINANT\n\nVs.\n\nKankanamge Sunil Perera\n\nACCUSED\n\n"
    "AND NOW BETWEEN\n\nKankanamge Sunil Perera\n\nACCUSED-APPELLANT\n\n"
    "Vs.\n\nDirector General,\n\nCommission to Investigate Allegations of Bribery or "
    "Corruption.\n\nCOMPLAINANT-RESPONDENT\n\n"
    "Before : A. B. Silva, J.\n\nDecided on : 01-02-2024\n\n"
    "A. B. Silva, J.\n\n"
    "The appellant, a Grama Niladhari, was indicted before the High Court of Colombo on "
    "four counts. Count 1 charged him with soliciting a gratification of Rs. 2000/= and "
    "thereby committing an offence punishable under section 19(b) of the Bribery Act. "
    "Count 2 charged him with accepting the said gratification, an offence punishable under "
    "section 19(c) of the Bribery Act. After trial he was found guilty of all the counts.\n\n"
    "The evidence of the complainant on the solicitation is consistent and credible.\n\n"
)


def _outcomes(final: str) -> tuple[str, set[str]]:
    out = extract(Judgment(id="t", portal="test", text=_CAPTION + final))
    outcomes = {v.outcome.value for v in out.verdicts if v.standing}
    return out.case.corruption_outcome.value, outcomes


def test_affirmed_counts_and_acquitted_numbered_counts_are_mixed() -> None:
    final = (
        "Accordingly, I dismiss the appeal against the 1st count for want of merit, and "
        "affirm the conviction and the sentence in that regard.\n\n"
        "However, I set aside the conviction and the sentence of the appellant in relation to "
        "the 2nd count, and acquit the appellant in relation to the 2nd count.\n\n"
        "Judge of the Court of Appeal\n"
    )
    outcome, outcomes = _outcomes(final)
    assert outcome == CaseOutcome.MIXED.value
    assert outcomes == {Outcome.CONVICTED.value, Outcome.ACQUITTED.value}


def test_a_whole_acquittal_stays_an_acquittal() -> None:
    final = (
        "Accordingly, I allow the appeal. The conviction and the sentence are set aside and "
        "the appellant is acquitted of all the counts.\n\nJudge of the Court of Appeal\n"
    )
    outcome, _ = _outcomes(final)
    assert outcome == Outcome.ACQUITTED.value


def test_a_dismissed_appeal_stays_a_conviction() -> None:
    final = (
        "Accordingly, the conviction and the sentence are affirmed on counts 1 and 2.\n\n"
        "The appeal is dismissed.\n\nJudge of the Court of Appeal\n"
    )
    outcome, _ = _outcomes(final)
    assert outcome == Outcome.CONVICTED.value


# A Singapore law report header: the counsel line ends with the prosecutor's title just
# before the "Parties :" label that opens the caption, the appellant's name first.
_SG_HEADER = (
    "Lim Boon Kiat v Public Prosecutor\n\n"
    "Case Number : MA 101/2003\n\n"
    "Decision Date : 3 March 2004\n\n"
    "Tribunal/Court : High Court\n\n"
    "Counsel Name(s) : Appellant in person; Tan Wei Ming (Deputy Public Prosecutor) for "
    "respondent\n\n"
    "Parties : Lim Boon Kiat — Public Prosecutor\n\n"
    "The charge\n\n"
    "1 The appellant, a delivery driver, was charged with theft in dwelling, an offence "
    "punishable under section 380 of the Penal Code. The district judge convicted him.\n\n"
    "2 I saw no reason to disturb the findings of fact. I dismissed the appeal against his "
    "conviction.\n"
)


def test_a_counsel_line_above_the_parties_label_is_no_title() -> None:
    out = extract(Judgment(id="t", portal="test", text=_SG_HEADER))
    assert [d.name for d in out.defendants] == ["Lim Boon Kiat"]
    assert out.defendants[0].is_official is False
    assert out.defendants[0].official_type is None


def test_the_appellants_own_position_still_counts() -> None:
    text = _SG_HEADER.replace("a delivery driver", "a police sergeant")
    out = extract(Judgment(id="t", portal="test", text=text))
    assert out.defendants and out.defendants[0].is_official is True


# A Sri Lankan PDF caption where the conversion merged a numbered list of two appellants
# into one line ("01. X 02. Y"): both are parties, the zero-padded "02." starts the second.
_LK_MERGED = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST\n\n"
    "REPUBLIC OF SRI LANKA.\n\n"
    "C.A.No.101/2010\n\n"
    "H.C. Colombo No.H.C.B.2020/2008\n\n"
    "01. Sunil Shantha Jayawardena 02. Nimal Ranjith Perera\n\n"
    "Accused-Appellants\n\n"
    "Vs. Hon. Attorney General Attorney General's Department\n\n"
    "Colombo 12.\n\nRespondent\n\n"
    "A. B. SILVA, J.\n\n"
    "The 1st Appellant was indicted for soliciting and accepting a bribe of Rs. 2000, an "
    "offence punishable under section 19(b) of the Bribery Act, while the 2nd Appellant was "
    "indicted for aiding and abetting him. After trial, both Appellants were found guilty.\n\n"
    "The evidence of the complainant is consistent and there is no reason to disturb the "
    "findings of the trial Court on the credibility of the witnesses. "
    + "The complainant's account of the detection was corroborated by the decoy. "
    * 30
    + "\n\nFor these reasons the appeal of the 1st and 2nd Appellants is dismissed and the "
    "conviction and sentence are affirmed.\n\nJUDGE OF THE COURT OF APPEAL\n"
)


def test_two_numbered_appellants_merged_on_one_line_are_both_parties() -> None:
    out = extract(Judgment(id="t", portal="test", text=_LK_MERGED))
    assert [d.name for d in out.defendants] == [
        "Sunil Shantha Jayawardena",
        "Nimal Ranjith Perera",
    ]


def test_a_house_number_after_a_name_starts_no_entry() -> None:
    # "Colombo 07." ends an address: no zero-padded entry number follows a name there
    text = _LK_MERGED.replace(
        "01. Sunil Shantha Jayawardena 02. Nimal Ranjith Perera",
        "Sunil Shantha Jayawardena,\n\nNo. 36, Malalasekara Mawatha, Colombo 07.",
    ).replace("Accused-Appellants", "Accused-Appellant")
    out = extract(Judgment(id="t", portal="test", text=text))
    assert [d.name for d in out.defendants] == ["Sunil Shantha Jayawardena"]


def test_numbered_entries_merged_on_one_line() -> None:
    from caselaw.extractors.caption_layout import numbered_entries

    chunk = "01. Kamal Nishantha Perera 02. Sunil Rathnayake\n\nAccused-Appellants"
    spans = numbered_entries(chunk)
    assert len(spans) == 2
    assert chunk[spans[1][0] : spans[1][1]].startswith("Sunil Rathnayake")


def test_a_postal_district_number_is_no_entry() -> None:
    from caselaw.extractors.caption_layout import numbered_entries

    # "Colombo 01" is a postal district: the line does not start a numbered list
    chunk = (
        "High Court of Colombo 01. Kamal Nishantha\n\nCase No: HC/1/2012 Perera,\n\n"
        "Galle Road.\n\n02. Sunil Rathnayake,\n\nMatara."
    )
    assert numbered_entries(chunk) == []
