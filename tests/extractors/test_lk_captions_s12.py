"""Rules of the s12 fix-other2 round (synthetic judgments, no corpus or fresh-set text).

* a Sri Lankan caption's numbered party list merged line by line with the case-number
  column beside it ("Court of Appeal Case No. 1. Name" / "CA/HCC/0010/2020 2. Name"): the
  entry numbers after the column's text start the entries;
* "he being a police officer, ..." in a charge states the official's office.
"""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.extractors.being_office import being_office
from caselaw.extractors.caption_layout import numbered_entries
from caselaw.extractors.case_column import after_column
from caselaw.extractors.official_kind import kind_of
from caselaw.models import Extraction, Judgment, OfficialType


def _run(text: str, jurisdiction: str | None = None) -> Extraction:
    return extract(Judgment(id="t", portal="test", text=text, jurisdiction=jurisdiction))


_COLUMN_CAPTION = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST\n\nREPUBLIC OF SRI LANKA\n\n"
    "In the matter of an Appeal under Section 331 of the Code of Criminal Procedure Act\n\n"
    "Court of Appeal Case No. 1. Kumara Weerasinghe Sunil Dissanayake\n\n"
    "CA/HCC/ 0042-043/2021 2. Pathirage Don Ruwan\n\n"
    "High Court of Kandy Gamini Wickrama\n\n"
    "Case No. HCB/2001/2015\n\n"
    "Accused-Appellants\n\nVs.\n\nThe Director General\n\nCommission to Investigate\n\n"
    "Allegations of Bribery or Corruption\n\nComplainant-Respondent\n\n"
    "BEFORE : A. B. Silva, J.\n\nJUDGMENT\n\n"
)


def test_entry_number_after_the_column() -> None:
    line = "Court of Appeal Case No. 1. Nimal Perera"
    assert after_column(line, 0, line.index(" 1."))
    docket = "CA/HCC/ 0042/2021 2. Sunil Silva"
    assert after_column(docket, 0, docket.index(" 2."))
    court = "High Court of Kandy 3. Ruwan Silva"
    assert after_column(court, 0, court.index(" 3."))
    # a name's address before the number is no column
    address = "Nimal Perera, Temple Road, Matale 2. Sunil"
    assert not after_column(address, 0, address.index(" 2."))
    assert not after_column("   1. Nimal", 0, 3)


def test_numbered_list_merged_with_case_column() -> None:
    chunk = (
        "Court of Appeal Case No. 1. Nimal Perera\n\nCA/HCC/ 0042/2021 2. Sunil Silva\n\n"
        "Case No. HCB/2001/2015\n\n"
    )
    entries = [chunk[a:b].split("\n")[0] for a, b in numbered_entries(chunk)]
    assert entries == ["Nimal Perera", "Sunil Silva"]


def test_caption_column_defendants_found() -> None:
    text = _COLUMN_CAPTION + (
        "The Accused-Appellants were indicted by the Director General of the Bribery"
        " Commission in the High Court of Kandy. Count 01 was against the 1st Appellant,"
        " that he being a police officer, a public official employed for the detection of"
        " offenders, solicited a gratification of Rs. 10,000, an offence punishable under"
        " Section 16(b) of the Bribery Act. Count 02 was against the 2nd Appellant, that he"
        " being a police officer, accepted a gratification of Rs. 5,000, an offence"
        " punishable under Section 16(b) of the Bribery Act.\n\n"
        "As the prosecution has failed to prove the charges beyond reasonable doubt, I allow"
        " the appeal and acquit the Appellants of all the charges.\n"
    )
    x = _run(text)
    names = [d.name for d in x.defendants]
    assert names[:2] == ["Kumara Weerasinghe Sunil Dissanayake", "Pathirage Don Ruwan"]
    assert x.case.corruption_charged and x.case.official_defendant
    assert x.case.corruption_outcome.value == "acquitted"
    assert [d.official_type for d in x.defendants[:2]] == [OfficialType.POLICE] * 2


def test_being_office() -> None:
    text = "he being a police officer, a public official, solicited"
    assert being_office(text, text.index("being"), len(text), kind_of) is OfficialType.POLICE
    friend = "he being the brother-in-law of a police officer, solicited"
    assert being_office(friend, friend.index("being"), len(friend), kind_of) is None
    assert being_office("being a public servant", 0, 22, kind_of) is None


def test_refuses_leave_cue() -> None:
    from caselaw.extractors.leave_refused import leave_label, refuses_leave

    assert refuses_leave("I\n\nrefuse to grant leave to proceed with this application.")
    assert refuses_leave("Special leave to appeal is accordingly refused.")
    assert refuses_leave("We decline to grant special leave.")
    assert refuses_leave("Permission to appeal is refused.")
    # the court below's refusal, narrated, is no order of this court
    assert not refuses_leave("The judge rejected the grounds and refused leave to appeal.")
    assert not refuses_leave("The appeal is dismissed.")
    assert leave_label("Leave to appeal is refused.", "affirmed") == "other"
    assert leave_label("The appellant is acquitted; leave is refused.", "acquitted") == "acquitted"


_LEAVE_CASE = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "Sunil Kumara Jayawardena\n\nAccused-Appellant\n\nVs.\n\n"
    "Director General, Commission to Investigate Allegations of Bribery or Corruption\n\n"
    "Complainant-Respondent\n\n"
    "ORDER\n\nThe accused-appellant, a public servant, was indicted before the High Court of"
    " Colombo under section 19(b) of the Bribery Act for soliciting a gratification and was"
    " convicted and sentenced by the Magistrate. The Petitioner seeks leave to appeal"
    " against the judgment of the High Court.\n\n"
    "The learned High Court Judge evaluated the evidence correctly and gave reasons.\n\n"
)


def test_leave_refused_is_other() -> None:
    x = _run(
        _LEAVE_CASE + "Therefore, I\n\nrefuse to grant leave to proceed with this application.\n"
    )
    outcomes = {v.outcome.value for v in x.verdicts if v.standing}
    assert outcomes == {"other"}
    assert x.case.corruption_outcome.value == "other"


_SG_HEAD = (
    "Tan Ah Kow v Public Prosecutor\n\nCase Number : Magistrate's Appeal No 1 of 2014\n\n"
    "Tribunal/Court : High Court\n\nParties : Tan Ah Kow \u2014 Public Prosecutor\n\n"
    "Lee Boon Hock J:\n\n1 The appellant, Tan Ah Kow, ran a vice ring. {S}\n\n"
    "2 The District Judge sentenced the appellant to nine months' imprisonment.\n\n"
    "3 For these reasons, I allow the appeal against sentence and reduce the aggregate"
    " sentence to seven months' imprisonment.\n"
)


def _sg_charges(sentence: str) -> list[tuple[str, str]]:
    x = _run(_SG_HEAD.replace("{S}", sentence), "SG")
    return [(c.category.value, c.statute) for c in x.charges]


def test_possessive_act_name_with_curly_apostrophe() -> None:
    for apostrophe in ("'", "\u2019"):
        found = _sg_charges(
            f"He pleaded guilty to two charges under s 140(1)(b) of the Women{apostrophe}s"
            " Charter (Cap 353, 2009 Rev Ed)."
        )
        assert found == [("sexual_offence", "Women's Charter s.140(1)(b)")]


def test_brothel_offence_is_sexual_offence() -> None:
    found = _sg_charges("He pleaded guilty to a charge under s 148(1) of the Women's Charter.")
    assert found == [("sexual_offence", "Women's Charter s.148(1)")]


def test_the_act_is_the_act_defined_so() -> None:
    sentence = (
        "He pleaded guilty to charges under the Women\u2019s Charter (Cap 353, 2009 Rev Ed)"
        " (\u201cthe Act\u201d). In Lim v PP the court read s 5(a) of the Common Gaming Houses"
        " Act (Cap 49) strictly. The appellant was convicted of an offence under s 146(1) of"
        " the Act."
    )
    assert ("sexual_offence", "Women's Charter s.146(1)") in _sg_charges(sentence)


_SG_SENTENCE_APPEAL = (
    "Public Prosecutor v Lim Boon Huat\n\nCase Number : Magistrate's Appeal No 9 of 2011\n\n"
    "Tribunal/Court : High Court\n\nParties : Public Prosecutor \u2014 Lim Boon Huat\n\n"
    "Lee Boon Hock J:\n\n1 The respondent pleaded guilty to ten charges of corruptly giving"
    " gratification to an agent under s 6(b) of the Prevention of Corruption Act (Cap 241)"
    " and was convicted and sentenced to four months' imprisonment. The prosecution appealed"
    " against the sentence as manifestly inadequate. At the end of the hearing, I allowed the"
    " appeal and enhanced the respondent\u2019s sentence to 40 weeks\u2019 imprisonment. I now"
    " give my reasons.\n\n2 The respondent ran a scrap metal business.{CITED}\n\n"
    + "".join(
        f"{n} The respondent paid the manager of the restaurant in cash on many occasions"
        " over six years, and the payments were recorded in a notebook kept by his clerk."
        " The District Judge considered the respondent's plea of guilt and his cooperation"
        " with the investigators, and the parties tendered sentencing precedents.\n\n"
        for n in range(4, 30)
    )
    + "39 It followed that the aggregate sentence ordered below was manifestly inadequate.\n"
)


def test_order_in_the_opening_paragraph() -> None:
    x = _run(_SG_SENTENCE_APPEAL.replace("{CITED}", ""), "SG")
    assert {v.outcome.value for v in x.verdicts if v.standing} == {"convicted"}
    assert x.case.corruption_outcome.value == "convicted"


def test_offence_of_a_cited_case_is_no_charge() -> None:
    cited = (
        "\n\n3 In Public Prosecutor v Tan Ah Seng [2011] 2 SLR 1057, a case concerning rape,"
        " I found that the individual sentence for each charge of rape fell below the"
        " benchmark."
    )
    x = _run(_SG_SENTENCE_APPEAL.replace("{CITED}", cited), "SG")
    assert {c.category.value for c in x.charges} == {"corruption"}


def test_provision_a_history_points_to_is_no_charge() -> None:
    from caselaw.extractors.statute_history import in_history

    text = (
        "The offence of managing a place of assignation in s 132 of the 1961 WC (the"
        " predecessor of s 147 of the Act) carried a fine."
    )
    assert in_history(text, text.index("s 147"), len(text))
    plain = "He was convicted of an offence under s 147 of the Act."
    assert not in_history(plain, plain.index("s 147"), len(plain))


def test_parliamentary_history_is_no_signal() -> None:
    from caselaw.extractors.signals import narrated

    debate = (
        "At the Second Reading of the Prevention of Corruption Bill, the then Minister for"
        " Home Affairs said that the Bill would give the police more effective powers to"
        " punish those public servants who took bribes."
    )
    assert narrated(debate) is None
    act = "The accused, a police officer, took bribes of $500 from the complainant."
    assert narrated(act) == "bribe"


def test_connective_alone_is_no_party() -> None:
    from caselaw.extractors.caption_connectives import only_connectives, without_connectives

    assert only_connectives("And") and only_connectives("And Now") and only_connectives("Vs.")
    assert not only_connectives("Andrew Perera") and not only_connectives("")
    found = [("Nimal Perera", 10, 22), ("And", 30, 33)]
    assert without_connectives(found) == [("Nimal Perera", 10, 22)]


def test_business_after_a_capacity_is_no_party() -> None:
    from caselaw.extractors.party_names import names_in

    chunk = (
        " Kamal Ranjith Perera Licensee, Lanka Foreign Employment Agency, 89, 3rd Floor,"
        " Super Market, Borella, Colombo 08. "
    )
    assert [n for n, _, _ in names_in(chunk, 0, len(chunk))] == ["Kamal Ranjith Perera"]


def test_leave_against_sentence_refused_is_no_leave_rule() -> None:
    from caselaw.extractors.leave_refused import refuses_leave

    assert not refuses_leave("Her application for leave to appeal against sentence is refused.")
    assert refuses_leave("The application for leave to appeal against conviction is refused.")
