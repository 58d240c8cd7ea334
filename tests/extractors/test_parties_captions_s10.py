"""Caption layouts of PDF text layers (Sri Lanka, India, Malaysia, Singapore) and the
patronymic names of Singapore and Malaysia: synthetic captions, no corpus text."""

from __future__ import annotations

from party_helpers import names

from caselaw.extractors._base import Context
from caselaw.extractors.caption_layout import numbered_entries
from caselaw.extractors.name_match import same_person
from caselaw.extractors.names import display, key_tokens, looks_like_name
from caselaw.extractors.parties import EXTRACTOR
from caselaw.extractors.party_exclusions import accused_only
from caselaw.models import Judgment

_BODY = (
    "\n\nA. B. SILVA, J.\n\nThe accused was indicted in the High Court under the Bribery Act "
    "for soliciting a gratification. After trial he was convicted. The appeal is dismissed.\n"
)
_HEAD = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST\n\nREPUBLIC OF SRI LANKA\n\n"
    "In the matter of an appeal under section 331 of the Code of Criminal Procedure Act.\n\n"
)
_COMMISSION = (
    "The Director General\n\nCommission to Investigate Allegations of\n\nBribery or Corruption.\n\n"
)


# --- a numbered list whose entries the PDF merged into one line ---------------------------


def test_numbered_names_merged_on_one_line_then_the_label() -> None:
    # "1. X 2. Y" / "ACCUSED": each number starts a name, whether zero-padded or not
    text = (
        _HEAD + _COMMISSION + "COMPLAINANT\n\nVs\n\n"
        "1. Kumara Bandara Herath 2. Selvam Rajaratnam\n\nACCUSED" + _BODY
    )
    assert names(text) == ["Kumara Bandara Herath", "Selvam Rajaratnam"]


def test_numbered_indian_respondents_merged_on_one_line() -> None:
    text = (
        "IN THE HIGH COURT OF KARNATAKA\n\nBETWEEN:\n\nSTATE OF KARNATAKA\n\n"
        "PETITIONER\n\nAND:\n\n1. Ravi Shankar Gowda 2. Manjunath Rao\n\n"
        "ACCUSED" + _BODY
    )
    assert names(text) == ["Ravi Shankar Gowda", "Manjunath Rao"]


def test_numbered_list_beside_the_column_of_case_numbers() -> None:
    # two PDF columns merged line by line: the court and case number on the left, the
    # accused on the right ("High Court of Kandy 1. X" / "Case No: HC/12/2010 2. Y")
    text = (
        _HEAD + _COMMISSION + "COMPLAINANT\n\nVs.\n\n"
        "High Court of Kandy 1. W. M. Dissanayake\n\n"
        "Case No: HC/1201/2010 2. Ranjith Gunawardena\n\nACCUSED" + _BODY
    )
    assert names(text) == ["W. M. Dissanayake", "Ranjith Gunawardena"]


def test_one_number_after_a_place_alone_is_a_postal_district() -> None:
    # "Colombo 01." ends an address; alone in mid-line it starts no entry, and a list that
    # only a real "2." continues is no list
    assert numbered_entries("High Court of Colombo 01. Nimal Perera\n\n2. Sunil Silva,\n") == []
    two = "High Court of Kandy 1. Nimal Perera\n\nCase No: HC/12/2010 2. Sunil Silva\n"
    assert len(numbered_entries(two)) == 2


def test_an_entry_after_the_previous_address_without_a_stop() -> None:
    # "..., Gampaha 3. Name": the list's numbers count up, each after the address before it
    chunk = (
        "1. Nimal Perera,\n\nNo. 5, Temple Road, Kandy. 2. Sunil Silva,\n\nNo. 9, Lake Road, "
        "Gampaha 3. Kamal Fernando,\n\nNo. 3, Hill Street, Matale\n"
    )
    spans = numbered_entries(chunk)
    assert [chunk[a:b] for a, b in spans] == ["Nimal Perera", "Sunil Silva", "Kamal Fernando"]


# --- name, address and label on one caption line --------------------------------------


def test_house_number_on_the_names_line_ends_the_name() -> None:
    # "X No. 12 B Temple Road, Matara Accused": the town is no party
    text = (
        _HEAD + "Bribery Commissioner Complainant\n\nVS.\n\n"
        "Kamala Dilrukshi Fernando No. 12 B Temple Road, Matara Accused AND NOW BETWEEN "
        "Kamala Dilrukshi Fernando No. 12 B Temple Road, Matara. Accused-Appellant\n\n"
        "VS Bribery Commissioner Respondent" + _BODY
    )
    assert names(text) == ["Kamala Dilrukshi Fernando"]


def test_house_number_after_a_name_that_repeats_its_family_name() -> None:
    # a Sinhala name opens and ends with the family name: the name runs to the house number
    text = (
        _HEAD + "Hon. Attorney General Complainant\n\nVs.\n\n"
        "Senanayaka Palitha Senanayaka No. 4 Temple Road, Kegalle\n\nAccused" + _BODY
    )
    assert names(text) == ["Senanayaka Palitha Senanayaka"]


def test_one_line_caption_running_into_its_later_stage() -> None:
    # the caption's later stage ("AND NOW") run into the first stage's line
    text = (
        _HEAD + "Hon. Attorney General Complainant\n\nVs.\n\n"
        "Mohamed Rizwan Farook No. 8 Beach Road, Puttalam Accused AND NOW Mohamed Rizwan "
        "Farook No. 8 Beach Road, Puttalam Accused-Appellant\n\nVs.\n\n"
        "Hon. Attorney General Respondent" + _BODY
    )
    assert names(text) == ["Mohamed Rizwan Farook"]


# --- a label moved across the versus ----------------------------------------------------


def test_label_right_after_the_versus_belongs_to_the_party_before_it() -> None:
    text = (
        "IN THE COURT OF APPEAL OF THE\n\nDEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
        "C A (PHC) APN / 12/ 2019\n\nHigh Court of Kandy\n\nCase No. HC 1234 / 2016\n\n"
        "In the matter of an application for\n\nrevision under Article 138 of the\n\n"
        "Constitution, read with section\n\n364 of the Code of Criminal Procedure\n\n"
        "Act No. 15 of 1979.\n\n"
        "Herath Mudiyanselage\n\nSunil Kumara Herath\n\nAmbagahawatta Walawwa,\n\n"
        "Dambulla Junction,\n\nMatale.\n\nBefore:\n\nCounsel\n\n2\n\n-Vs-\n\n"
        "ACCUSED - PETITIONER\n\n" + _COMMISSION + "COMPLAINANT - RESPONDENT\n\n"
        "ORDER\n\nThe Accused Petitioner has been indicted under the Bribery Act.\n"
    )
    assert names(text) == ["Herath Mudiyanselage Sunil Kumara Herath"]


def test_a_label_with_its_party_after_the_versus_stays_there() -> None:
    # "X / COMPLAINANT / Vs / Y / ACCUSED": the ordinary layout is untouched
    text = (
        _HEAD + _COMMISSION + "COMPLAINANT\n\nVs\n\nSunil Kumara Herath,\n\nMatale.\n\n"
        "ACCUSED" + _BODY
    )
    assert names(text) == ["Sunil Kumara Herath"]


# --- patronymic names: s/o, d/o, a/l, a/p ----------------------------------------------


def test_singapore_son_of_name_is_one_party() -> None:
    text = (
        "Ravindran s/o Krishnan v Public Prosecutor\n\n"
        "Case Number : MA 12/2004\n\n"
        "Parties : Ravindran s/o Krishnan — Public Prosecutor\n\n"
        "1 The appellant was convicted of abetting the employment of an immigration "
        "offender and appealed.\n"
    )
    assert names(text) == ["Ravindran s/o Krishnan"]


def test_malaysian_anak_lelaki_and_daughter_of_names() -> None:
    text = (
        "Parties : Public Prosecutor — Muthu a/l Raman; Kamala d/o Suppiah\n\n"
        "1 The respondents were acquitted of trafficking in persons.\n"
    )
    assert names(text) == ["Muthu a/l Raman", "Kamala d/o Suppiah"]


def test_patronymic_names_key_on_the_persons_own_name() -> None:
    # the body calls him "Pritam Singh" or "Pritam", never by his father's name
    assert key_tokens("Pritam Singh s/o Ujagar Singh") == ["pritam", "singh"]
    assert key_tokens("Muthu a/l Raman") == ["muthu"]
    assert same_person("Pritam Singh s/o Ujagar Singh", "Pritam Singh")
    assert not same_person("Ravindran s/o Krishnan", "Krishnan s/o Ramasamy")
    assert looks_like_name("Siti d/o Abdullah")
    assert display("RAVINDRAN S/O KRISHNAN") == "Ravindran s/o Krishnan"


def test_indian_father_line_is_still_a_descriptor() -> None:
    # "NAME / S/O FATHER / AGED ..." on their own lines: only the first line names the party
    text = (
        "IN THE HIGH COURT OF KARNATAKA\n\nCRIMINAL PETITION No. 1 OF 2017\n\nBETWEEN:\n\n"
        "SRI ANAND KUMAR\nS/O SRI RAMAPPA\nAGED ABOUT 41 YEARS\nMYSURU ... PETITIONER\n\n"
        "AND:\n\nSTATE OF KARNATAKA\nBY MYSURU POLICE STATION ... RESPONDENT\n\n"
        "THIS CRIMINAL PETITION IS FILED TO QUASH THE PROCEEDINGS.\n\nORDER\n\n"
        "1. The petitioner, arraigned as the accused, seeks quashing of the proceedings.\n"
    )
    assert names(text) == ["Anand Kumar"]


# --- a party's name broken over the caption's lines -------------------------------------


def test_prosecuting_commission_named_over_two_lines_faces_the_appellant() -> None:
    # a bare "APPELLANT" against the Bribery Commission, its name broken after "of"
    text = (
        _HEAD
        + "AND NOW BETWEEN\n\nNimal Kumara Jayasuriya\n\nAPPELLANT\n\nVs\n\n"
        + _COMMISSION
        + "RESPONDENT"
        "\n\nA. B. SILVA, J.\n\nThe appellant was convicted of soliciting a bribe under the "
        "Bribery Act. The appeal is dismissed.\n"
    )
    assert names(text) == ["Nimal Kumara Jayasuriya"]


def test_national_prosecutor_named_over_two_lines() -> None:
    # Kenya: "DIRECTOR OF PUBLIC / PROSECUTIONS" broken in a two-column caption
    text = (
        "IN THE HIGH COURT OF KENYA AT NAIROBI\n\nCRIMINAL APPEAL NO. 12 OF 2019\n\n"
        "JOHN KAMAU MWANGI\n\nAPPELLANT\n\nVERSUS\n\nDIRECTOR OF PUBLIC\nPROSECUTIONS\n\n"
        "RESPONDENT\n\nJUDGMENT\n\nThe appellant was convicted of trafficking in persons "
        "and appeals against the conviction.\n"
    )
    assert names(text) == ["John Kamau Mwangi"]


def test_bare_appellant_of_an_accused_list_is_the_accused_party() -> None:
    # "1. X 2. Y / ACCUSED / AND NOW BETWEEN / 1. X / APPELLANT": X appeals, Y is only accused
    text = (
        _HEAD + _COMMISSION + "Vs\n\n1. Kumara Bandara Herath 2. Selvam Rajaratnam\n\nACCUSED"
        "\n\nAND NOW BETWEEN\n\n1. Kumara Bandara Herath\n\nAPPELLANT\n\nVs\n\n"
        + _COMMISSION
        + "RESPONDENT"
        + _BODY
    )
    ctx = Context(Judgment(id="t", portal="test", text=text))
    EXTRACTOR(ctx)
    assert [d.name for d in ctx.defendants] == ["Kumara Bandara Herath", "Selvam Rajaratnam"]
    assert accused_only(ctx) == {"Selvam Rajaratnam"}
