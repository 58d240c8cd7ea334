"""Rules from the error analysis on unseen UK judgments (gen5/uk; snippets written for these
tests, no judgment text).

A trafficking victim who says her trafficker "had friends in the Albanian police" or
"connections with the local police" reports official protection of the trafficker
(LABELLING-CONVENTIONS.md corruption_signal: "a victim saying her trafficker had police
connections"), whatever qualifier stands between the article and the force.
"""

from __future__ import annotations

import pytest
from regex_spans import match_spans

from caselaw.extractors import caption_chunks as cc
from caselaw.extractors import extract
from caselaw.extractors.charges import find_charges
from caselaw.extractors.signals import narrated
from caselaw.models import Judgment


@pytest.mark.parametrize(
    "sentence",
    [
        "She said in her statement that Ardian had friends in the Albanian police.",
        "The applicant told the officer that her trafficker had connections with the local police.",
        "He claimed the gang had a friend within the border police.",
    ],
)
def test_police_friends_with_a_qualifier_are_protection(sentence: str) -> None:
    assert narrated(sentence) == "protection"


@pytest.mark.parametrize(
    "sentence",
    [
        # the force alone is no contact: a victim speaking to the police narrates nothing
        "She said that she had spoken to the Italian police after the raid.",
        # friends of the victim, not of the police
        "She told the court that she had friends in the town and in the church.",
    ],
)
def test_police_without_connections_is_no_protection(sentence: str) -> None:
    assert narrated(sentence) is None


def _signal(text: str) -> bool:
    return extract(Judgment(id="t", portal="test", text=text)).case.corruption_signal


def test_the_keyword_prefilter_reaches_the_qualified_phrase() -> None:
    """The whole pipeline (whose prefilter reads only sentences holding a cue word) finds
    the protection, not just the sentence classifier."""
    text = (
        "JUDGMENT\n\n"
        "1. The appellant is a national of Albania who claims to be a victim of trafficking.\n\n"
        "2. As regards her not speaking to the police in Italy, she said in her witness "
        "statement that her trafficker had friends in the Albanian police.\n\n"
        "3. The appeal is allowed.\n"
    )
    assert _signal(text)


def test_a_judgment_without_such_contacts_has_no_signal() -> None:
    text = (
        "JUDGMENT\n\n"
        "1. The appellant is a national of Albania who claims to be a victim of trafficking.\n\n"
        "2. She said in her witness statement that she was afraid of the police.\n\n"
        "3. The appeal is allowed.\n"
    )
    assert not _signal(text)


_TRANSCRIPT = (
    "IN THE COURT OF APPEAL\n\nCRIMINAL DIVISION\n\n[2030] EWCA Crim 1\n\n"
    "Royal Courts of Justice\n\nFriday, 1 March 2030\n\nBefore:\n\nLORD JUSTICE SMITH\n\n"
    "REX\n\nV{pad}\n\nPETER JAMES EXAMPLE\n\n__________\n\n"
    "MR A B appeared on behalf of the Appellant.\n\nJUDGMENT\n\n"
    "1\n\nOn 1 February 2030 in the Crown Court at Exeter, following a guilty plea, the "
    "appellant was sentenced to 4 years' imprisonment for causing death by dangerous "
    "driving, contrary to section 1 of the Road Traffic Act 1988.\n\n"
    "2\n\nThe appeal against sentence is dismissed.\n"
)


@pytest.mark.parametrize("pad", ["", " ", "\t"])
def test_a_capital_v_line_parts_the_sides_of_a_transcript_caption(pad: str) -> None:
    doc = extract(Judgment(id="t", portal="test", text=_TRANSCRIPT.format(pad=pad)))
    assert [d.name for d in doc.defendants] == ["Peter James Example"]


def test_a_capital_v_inside_a_line_is_no_versus() -> None:
    # a middle initial or a roman numeral in a heading stays part of its line
    for line in ["JOHN V SMITH", "PART V", "V AND W LIMITED", "Vowles"]:
        text = f"A\n{line}\nB\n"
        assert not list(cc._VERSUS.finditer(text)), line


@pytest.mark.parametrize(
    "text", ["REX\nV\nX\n", "A\nV \nB", "V\nX\n", "A\nV", "A\n V\nB\n", "A\nVV\nB\n"]
)
def test_the_fast_versus_scans_agree_on_a_v_line(text: str) -> None:
    plain = match_spans(cc._VERSUS, text, 0, len(text))
    assert match_spans(cc._VERSUS_SCAN, text, 0, len(text)) == plain
    assert match_spans(cc._VERSUS_SCAN_V, text, 0, len(text)) == plain


_QUASHED = (
    "IN THE COURT OF APPEAL\nCRIMINAL DIVISION\n[2030] EWCA Crim 2\n\nThursday 7 March 2030\n"
    "B e f o r e:\nLORD JUSTICE SMITH\n__________________\nR E X\n- v -\nJANE  EXAMPLE \n"
    "____________________\nMiss A appeared on behalf of the Applicant\n"
    "____________________\nJ U D G M E N T\n____________________\n\n"
    "1.  In 2012 the applicant was convicted of fraud by false representation, contrary to "
    "section 1 of the Fraud Act 2006, and sentenced to a community order.\n\n"
    "2.  The prosecution relied solely on data from an accounting system now known to be "
    "unreliable, and the respondent does not oppose the appeal.\n\n"
    "3.  {decision}\n"
)


def _outcomes(text: str) -> list[str]:
    doc = extract(Judgment(id="t", portal="test", text=text))
    assert [d.name for d in doc.defendants] == ["Jane Example"]
    return sorted({v.outcome.value for v in doc.verdicts if v.standing})


def test_a_spaced_rex_caption_and_a_quashed_conviction() -> None:
    decision = "We grant leave to appeal.  We allow her appeal and we quash her conviction."
    assert _outcomes(_QUASHED.format(decision=decision)) == ["acquitted"]


@pytest.mark.parametrize(
    "decision",
    [
        "The appeal is not opposed and her conviction is quashed.",
        "Her conviction is accordingly quashed.",
        "The conviction is therefore quashed.",
    ],
)
def test_a_conviction_quashed_in_the_passive_decides_too(decision: str) -> None:
    assert _outcomes(_QUASHED.format(decision=decision)) == ["acquitted"]


def test_a_narrated_acquittal_without_a_quashing_decides_nothing() -> None:
    # an unnamed "acquitted" sentence that quashes nothing stays no decision of this court
    decision = "Her husband was acquitted of theft in 2011."
    assert "acquitted" not in _outcomes(_QUASHED.format(decision=decision))


_S45 = (
    "Neutral Citation Number: [2030] EWCA Crim 9\nIN THE COURT OF APPEAL (CRIMINAL DIVISION)\n\n"
    "Royal Courts of Justice\n25 January 2030\n\nB e f o r e :\n\nLADY JUSTICE SMITH\n\n"
    "____________________\n\nBetween:\nQRS\nAppellant\n- and \u2013\n\nREX\nRespondent\n\n"
    "____________________\n\nMs A for the Appellant\nMr C for the Respondent\n\n"
    "____________________\n\nLady Justice Smith:\n\n"
    "1. In 2028, in the Crown Court at Leeds, the appellant pleaded guilty to {offence}. He was "
    "sentenced to 18 months' imprisonment.\n\n"
    "2. He says that he should have been advised of a defence under s. 45 of the Modern "
    "Slavery Act 2015: he was a victim of forced labour, and the Single Competent Authority "
    "has since found that he was trafficked into the United Kingdom.\n\n"
    "3. The conviction is unsafe. We allow the appeal and quash the conviction.\n"
)


@pytest.mark.parametrize(
    "offence",
    [
        "a single count of conspiracy to supply Class B drugs",
        "being concerned in the supply of a controlled drug of Class A",
        "possession with intent to supply cannabis",
        "the production of cannabis",
        "cultivation of cannabis",
    ],
)
def test_the_drug_offence_of_a_trafficking_victim_is_his_charge(offence: str) -> None:
    doc = extract(Judgment(id="t", portal="test", text=_S45.format(offence=offence)))
    assert [d.name for d in doc.defendants] == ["Qrs"]
    assert {c.category.value for c in doc.charges} == {"drugs"}
    assert {v.outcome.value for v in doc.verdicts if v.standing} == {"acquitted"}
    assert not doc.case.trafficking_charged


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2028 the appellant pleaded guilty in the Crown Court at Leeds to cultivation of "
        "cannabis.",
        "He pleaded guilty before HHJ Brown at Leeds Crown Court to production of cannabis.",
    ],
)
def test_the_court_between_the_plea_and_the_offence(sentence: str) -> None:
    assert [m.category.value for m in find_charges(sentence, "GB")] == ["drugs"]


def test_conspiracy_to_defraud_is_a_charge_but_no_corruption() -> None:
    # the common-law conspiracy (Criminal Law Act 1977 s.5(2)): a fraud, even where the
    # scheme paid bribes that no one was charged with
    sentence = (
        "On 1 May 2029 the appellant was convicted of conspiracy to defraud; the prosecution "
        "case was that she paid bribes to a council official to obtain contracts."
    )
    found = [(m.category.value, m.label) for m in find_charges(sentence, "GB")]
    assert found == [("other", "Conspiracy to defraud")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In his home country he faced charges of abuse of office and misappropriation.",
        "He was later charged with abuse of office in connection with the state contracts.",
    ],
)
def test_charges_of_abuse_of_office_narrate_official_corruption(sentence: str) -> None:
    assert narrated(sentence) == "official_complicity"


@pytest.mark.parametrize(
    "sentence",
    [
        "He was charged with embezzlement of funds belonging to his employer, a shoe shop.",
        "The charges of misappropriation against the company secretary were withdrawn.",
    ],
)
def test_charges_without_an_office_narrate_nothing(sentence: str) -> None:
    assert narrated(sentence) is None


def test_an_unexplained_wealth_order_over_a_charged_office_holder() -> None:
    text = (
        "JUDGMENT\n\n1. The respondent applies to discharge an unexplained wealth order made "
        "under section 362A of the Proceeds of Crime Act 2002.\n\n"
        "2. Her husband ran a bank controlled by his government until 2015. He was later "
        "tried there, facing charges of abuse of office and of taking the bank's money for "
        "himself.\n\n3. The application is dismissed.\n"
    )
    assert _signal(text)
