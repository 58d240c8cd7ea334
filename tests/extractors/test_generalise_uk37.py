"""Rules from probing the held-out UK kinds (gen7/uk3; snippets written for these tests in
the layout of Court of Appeal (Criminal Division) judgments, no judgment text).

- The common-law offence is written "misconduct in public office" and "misconduct in a
  public office"; both are corruption (SCHEMA.md category rules).
- Conspiracy to facilitate the commission of a breach of immigration law (Immigration Act
  1971 s.25, charged as a conspiracy under Criminal Law Act 1977 s.1) is migrant smuggling,
  not trafficking and not "other".
- "her traffickers bribed the border police": the past tense of the bribe itself narrates
  the payment (LABELLING-CONVENTIONS.md corruption_signal, "including unproven allegations
  that the court reports").
- A sentence quashed and replaced (an appeal against sentence allowed, an unduly lenient
  sentence referred under Criminal Justice Act 1988 s.36) leaves the conviction standing:
  the outcome is "convicted", not unknown.
"""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.extractors.charges import find_charges
from caselaw.extractors.signals import narrated
from caselaw.extractors.verdict_cues import classify
from caselaw.models import Judgment

# discussion paragraphs, so that the final part stands where it does in a real judgment
_BODY = "".join(
    f"\n\n{n}. We have considered the submissions of counsel and the authorities to which "
    "we were referred, including the guidance given by this court on the proper approach to "
    "the evidence and to the directions which the judge gave to the jury."
    for n in range(10, 40)
)


def _doc(caption: str, facts: str, decision: str) -> Judgment:
    text = (
        "Neutral Citation Number: [2031] EWCA Crim 1\n\n"
        "IN THE COURT OF APPEAL (CRIMINAL DIVISION)\n\nRoyal Courts of Justice\n\n"
        f"Before :\n\nLORD JUSTICE SMITH\n\n{caption}\n\nApproved Judgment\n\n"
        f"1. {facts}{_BODY}\n\n40. {decision}\n"
    )
    return Judgment(id="t", portal="test", text=text)


# -- misconduct in a public office -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "She was convicted of misconduct in a public office, contrary to common law.",
        "He pleaded guilty to two counts of wilful misconduct in a public office.",
        "He was convicted of misconduct in public office.",
    ],
)
def test_misconduct_in_a_public_office_is_corruption(sentence: str) -> None:
    assert [m.category.value for m in find_charges(sentence, "GB")] == ["corruption"]


def test_a_police_constable_convicted_of_misconduct_in_a_public_office() -> None:
    doc = extract(
        _doc(
            "REGINA\nV\nSARAH JANE EXAMPLE",
            "The applicant, a serving police constable, was convicted after a trial at the "
            "Central Criminal Court of misconduct in a public office, contrary to common law. "
            "She had searched police databases and passed what she found to a drug dealer.",
            "Her application for leave to appeal against sentence is refused.",
        )
    )
    assert [d.name for d in doc.defendants] == ["Sarah Jane Example"]
    assert doc.case.corruption_charged and doc.case.official_defendant
    assert doc.case.corruption_outcome.value == "convicted"


def test_misconduct_of_a_private_person_is_no_public_office() -> None:
    assert find_charges("He was dismissed for gross misconduct at work.", "GB") == []


# -- facilitating a breach of immigration law --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The appellants were convicted of conspiracy to facilitate the commission of a breach "
        "of immigration law by a non-UK national, contrary to section 1 of the Criminal Law "
        "Act 1977.",
        "He pleaded guilty to facilitating a breach of immigration law.",
        "He was convicted of assisting unlawful immigration to a member state.",
    ],
)
def test_facilitating_a_breach_of_immigration_law_is_smuggling(sentence: str) -> None:
    # (the conspiracy statute cited beside it is a charge of its own here; the pipeline
    # keeps the named offence, test below)
    found = {m.category.value for m in find_charges(sentence, "GB")}
    assert "smuggling" in found
    assert "trafficking" not in found


def test_the_smuggling_conspiracy_is_no_trafficking_charge() -> None:
    doc = extract(
        _doc(
            "REX\n- v -\nARBEN EXAMPLE",
            "The appellant was convicted at Canterbury Crown Court of conspiracy to facilitate "
            "the commission of a breach of immigration law by a non-UK national, contrary to "
            "section 1 of the Criminal Law Act 1977, and sentenced to 8 years' imprisonment.",
            "The appeal against conviction is dismissed.",
        )
    )
    assert [d.name for d in doc.defendants] == ["Arben Example"]
    assert {c.category.value for c in doc.charges} == {"smuggling"}
    assert not doc.case.trafficking_charged
    assert {v.outcome.value for v in doc.verdicts if v.standing} == {"convicted"}


# -- "bribed" narrates the bribe ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "She says she was trafficked to the United Kingdom, and that her traffickers bribed "
        "the border police to let her through.",
        "The agent bribed an immigration officer at the airport.",
        "The smugglers bribed the border guards.",
    ],
)
def test_bribed_officials_are_a_narrated_bribe(sentence: str) -> None:
    assert narrated(sentence) == "bribe"


@pytest.mark.parametrize(
    "sentence",
    [
        # law, not facts
        "A person who bribed a public official shall be punished.",
        # private-sector bribery: no official
        "The company bribed a purchasing manager of a private supplier.",
    ],
)
def test_bribed_without_an_official_or_as_law_is_no_signal(sentence: str) -> None:
    assert narrated(sentence) is None


def test_a_trafficking_judicial_review_reporting_bribed_border_police() -> None:
    text = (
        "IN THE HIGH COURT OF JUSTICE\nKING'S BENCH DIVISION\nADMINISTRATIVE COURT\n\n"
        "Before :\n\nMR JUSTICE SMITH\n\nBetween :\n\nTHE KING\non the application of\nAB\n"
        "Claimant\n- and -\n\nSECRETARY OF STATE FOR THE HOME DEPARTMENT\nDefendant\n\n"
        "Approved Judgment\n\n1. The claimant challenges the negative conclusive grounds "
        "decision that she was not a victim of trafficking. She says she was forced into "
        "prostitution, and that her traffickers bribed the border police to let her through."
        "\n\n2. The claim for judicial review succeeds and the decision is quashed.\n"
    )
    doc = extract(Judgment(id="t", portal="test", text=text))
    assert doc.case.corruption_signal
    assert doc.defendants == () or list(doc.defendants) == []
    assert not doc.case.trafficking_charged


# -- a sentence quashed and replaced leaves the conviction standing ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We quash it and substitute a sentence of 7 years' imprisonment.",
        "We quash the sentence of 4 years and substitute a sentence of 7 years.",
        "The sentence of 6 years is quashed and a term of 5 years is substituted.",
        "We quash the sentences imposed on count 1 and substitute 5 years.",
    ],
)
def test_a_quashed_and_substituted_sentence_affirms_the_conviction(sentence: str) -> None:
    assert classify(sentence) == "affirmed"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the conviction itself quashed stays an acquittal
        ("We allow the appeal and quash the conviction.", "acquitted"),
        (
            "We quash the conviction for murder and substitute a verdict of manslaughter.",
            "acquitted",
        ),
        # "quash it" alone may be the conviction: no sentence word, no decision on sentence
        ("The conviction is unsafe and we quash it.", "acquitted"),
    ],
)
def test_quashing_a_conviction_is_no_sentence_order(sentence: str, label: str) -> None:
    assert classify(sentence) == label


def test_an_unduly_lenient_sentence_reference_leaves_the_conviction_standing() -> None:
    doc = extract(
        _doc(
            "R E X\n- v -\nALI EXAMPLE",
            "On 4 May 2030 the offender was convicted of holding another person in slavery or "
            "servitude, contrary to section 1 of the Modern Slavery Act 2015, and was "
            "sentenced to 4 years' imprisonment. His Majesty's Solicitor General regards the "
            "sentence as unduly lenient.",
            "We grant leave. The sentence was unduly lenient. We quash it and substitute a "
            "sentence of 7 years' imprisonment.",
        )
    )
    assert [d.name for d in doc.defendants] == ["Ali Example"]
    assert doc.case.trafficking_charged
    assert doc.case.trafficking_outcome.value == "convicted"


@pytest.mark.parametrize(
    "sentence",
    [
        "For these reasons we grant leave, and we increase the sentence to 6 years' imprisonment.",
        "The sentence of 7 years is accordingly reduced to 5 years.",
        "We reduce the total sentence on count 1 to four years.",
    ],
)
def test_a_sentence_increased_or_reduced_affirms_the_conviction(sentence: str) -> None:
    # (a court that itself increases the sentence also reads as convicting: the same outcome)
    assert classify(sentence) in {"affirmed", "convicted"}


def test_a_narrated_reduction_for_the_plea_decides_nothing() -> None:
    # the judge's own discount, told as a fact: no order of this court
    assert classify("The judge reduced the sentence to reflect the guilty plea.") is None


def test_a_referred_sentence_increased_leaves_the_conviction_standing() -> None:
    doc = extract(
        _doc(
            "REFERENCE BY HIS MAJESTY'S ATTORNEY GENERAL\nUNDER SECTION 36 OF THE CRIMINAL "
            "JUSTICE ACT 1988\n\nREX\n- v -\nMOHAMMED EXAMPLE",
            "The offender pleaded guilty to two offences of arranging or facilitating the "
            "travel of another person with a view to exploitation, contrary to section 2 of "
            "the Modern Slavery Act 2015. He was sentenced to 3 years' imprisonment.",
            "For these reasons we grant leave, and we increase the sentence to 6 years' "
            "imprisonment.",
        )
    )
    assert doc.case.trafficking_outcome.value == "convicted"


# -- a numbered list of appellants after the versus ----------------------------------------


_TWO = ["Arben Example", "John Sample"]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("(1) ARBEN EXAMPLE\n(2) JOHN SAMPLE", _TWO),
        ("1. ARBEN EXAMPLE\n2. JOHN SAMPLE", _TWO),
        (
            "(1) ARBEN EXAMPLE\n(2) JOHN SAMPLE\n(3) PETER TESTER\n__________",
            [*_TWO, "Peter Tester"],
        ),
    ],
)
def test_a_numbered_list_after_the_versus_names_each_appellant(
    names: str, expected: list[str]
) -> None:
    doc = extract(
        _doc(
            f"REX\n- v -\n{names}",
            "The appellants were convicted at Canterbury Crown Court of conspiracy to "
            "facilitate the commission of a breach of immigration law by a non-UK national.",
            "The appeals against conviction are dismissed.",
        )
    )
    assert [d.name for d in doc.defendants] == expected


def test_an_unnumbered_line_after_the_versus_stays_one_party() -> None:
    # one unlabelled line after "v" is the party; the next unnumbered line is not listed
    doc = extract(
        _doc(
            "REX\nV\nARBEN EXAMPLE\nComputer-aided Transcript",
            "The appellant was convicted at Canterbury Crown Court of conspiracy to "
            "facilitate the commission of a breach of immigration law by a non-UK national.",
            "The appeal against conviction is dismissed.",
        )
    )
    assert [d.name for d in doc.defendants] == ["Arben Example"]


# -- offences named without their section --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # Sexual Offences Act 2003 ss.57-59A and the Modern Slavery Act 2015 s.2 by name
        (
            "He was convicted of trafficking out of the United Kingdom for sexual exploitation.",
            "trafficking",
        ),
        (
            "He was convicted of conspiracy to commit trafficking for sexual exploitation.",
            "trafficking",
        ),
        (
            "She pleaded guilty to arranging the travel of a person with a view to exploitation.",
            "trafficking",
        ),
        (
            "He was convicted of conspiracy to traffic persons for sexual exploitation.",
            "trafficking",
        ),
        (
            "He was convicted of conspiracy to require a person to perform forced or compulsory "
            "labour.",
            "trafficking",
        ),
        # prostitution offences are sexual offences, not trafficking
        ("He pleaded guilty to keeping a brothel used for prostitution.", "sexual_offence"),
        ("He was convicted of causing or inciting prostitution for gain.", "sexual_offence"),
        # Immigration Act 1971 s.25 in its pre-2003 name
        ("He pleaded guilty to facilitating illegal entry into the United Kingdom.", "smuggling"),
        # the drug courier's offence (Customs and Excise Management Act 1979 s.170)
        ("He was convicted of the importation of a Class A drug.", "drugs"),
        ("He was convicted of conspiracy to bribe a public official.", "corruption"),
    ],
)
def test_offences_named_without_their_section(sentence: str, category: str) -> None:
    assert {m.category.value for m in find_charges(sentence, "GB")} == {category}


@pytest.mark.parametrize(
    "sentence",
    [
        # a different common-law conspiracy: no corruption of an official
        "He was convicted of conspiracy to corrupt public morals.",
        # the victim's exploitation, told without a charging cue, is no charge of hers
        "The Single Competent Authority found that she had been trafficked for sexual "
        "exploitation.",
    ],
)
def test_look_alikes_are_no_such_charge(sentence: str) -> None:
    assert find_charges(sentence, "GB") == []


# -- money offered to an officer -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "He had offered the officer £5,000 not to pursue an investigation into his company.",
        "He gave the police officer $200 to release his brother.",
        "He offered the prison guard £100 to bring a telephone into the prison.",
    ],
)
def test_money_offered_to_an_officer_is_a_bribe(sentence: str) -> None:
    assert narrated(sentence) == "bribe"


@pytest.mark.parametrize(
    "sentence",
    [
        "She offered the officer a cup of tea.",
        # wages of private guards, no office
        "The employer gave the guards £8 an hour.",
    ],
)
def test_no_money_or_no_office_is_no_bribe(sentence: str) -> None:
    assert narrated(sentence) is None


def test_a_private_briber_of_a_police_officer_gives_a_signal() -> None:
    doc = extract(
        _doc(
            "REX\nV\nGEORGE EXAMPLE",
            "The appellant, a businessman, was convicted of offering a bribe to a police "
            "officer, contrary to section 1 of the Bribery Act 2010. He had offered the officer "
            "£5,000 not to pursue an investigation into his company.",
            "The application for leave to appeal against conviction is refused.",
        )
    )
    assert doc.case.corruption_charged and not doc.case.official_defendant
    assert doc.case.corruption_signal


@pytest.mark.parametrize(
    "sentence",
    [
        "He pleaded guilty to conveying a List A article into a prison, contrary to section "
        "40B of the Prison Act 1952.",
        "She was convicted of conveying a List B article into a prison.",
    ],
)
def test_conveying_articles_into_a_prison_is_a_charge_but_no_corruption(sentence: str) -> None:
    # the prison officer's companion offence to misconduct in public office
    assert {m.category.value for m in find_charges(sentence, "GB")} == {"other"}


# -- a conviction left standing beside a quashed one ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The conviction on count 1 stands.",
        "The convictions on counts 1 and 3 stand.",
        "His conviction for murder remains undisturbed.",
        "The other convictions are unaffected.",
    ],
)
def test_a_conviction_that_stands_is_a_conviction(sentence: str) -> None:
    assert classify(sentence) == "convicted"


@pytest.mark.parametrize(
    "sentence",
    [
        "The conviction remains unsafe.",
        "The conviction on count 2 stands or falls with count 1.",
    ],
)
def test_arguments_about_a_conviction_decide_nothing(sentence: str) -> None:
    assert classify(sentence) is None


def test_one_count_quashed_and_one_standing_is_mixed() -> None:
    doc = extract(
        _doc(
            "REX\nV\nPAWEL EXAMPLE",
            "The appellant was convicted of holding a person in slavery or servitude (count 1) "
            "and of arranging or facilitating the travel of another person with a view to "
            "exploitation (count 2), contrary to sections 1 and 2 of the Modern Slavery Act "
            "2015.",
            "The appeal against conviction on count 2 is allowed and that conviction is "
            "quashed. The conviction on count 1 stands.",
        )
    )
    assert doc.case.trafficking_outcome.value == "mixed"
