"""Rules from the error analysis on unseen Sri Lanka / Singapore judgments (gen7 'oth4'
set; snippets written for these tests, no judgment text)."""

from __future__ import annotations

import pytest

from caselaw.extractors import signals


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a quoted maxim about standing: "some/any abuse of power" is generic, nobody's act
        (
            "Every citizen has standing to invite the court to prevent some abuse of power, "
            "and he may claim to be regarded as a public benefactor.",
            None,
        ),
        (
            "The court said any abuse of power by a public officer must be checked, as the "
            "petitioner claimed.",
            None,
        ),
        # an official's own abuse of his office, narrated, stays a signal
        (
            "The accused police officer was charged with abuse of his office when he released "
            "the suspects.",
            "official_complicity",
        ),
    ],
)
def test_generic_abuse_of_power_narrates_nothing(sentence: str, kind: str | None) -> None:
    assert signals.narrated(sentence, party_is_official=True) == kind


def test_brothers_sharing_the_family_name_are_two_people() -> None:
    from caselaw.extractors.name_match import same_person

    # a Sinhala name begins and ends with the family (ge) name; the personal names between
    # tell brothers apart
    assert not same_person(
        "Kamal Mudiyanselage Nimal Perera", "Kamal Mudiyanselage Sunil Bandara Perera"
    )
    # a middle name on one side only, as an initial, or misspelt: still one person
    assert same_person("Juan Cruz", "Juan Santos Cruz")
    assert same_person("Juan P. Cruz", "Juan Pedro Cruz")
    assert same_person("Juan Pedro Santos Cruz", "Juan Santos Cruz")
    assert same_person("Kamal Mudiyanselage Ranjith Perera", "Kamal Mudiyanselage Ranjit Perera")
    # two men named "Muhammad ... Khan" are two; a mention without the surname is the same man
    assert not same_person("Muhammad Waseem Khan", "Muhammad Shabbir Khan")
    assert same_person("Muhammad Shabbir", "Muhammad Shabbir Khan")


_LK_REVISION = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST\n\nREPUBLIC OF SRI LANKA\n\n"
    "CA(PHC) APN 10/2020\n\nThe Attorney General\n\nAttorney General's Department,\n\n"
    "Colombo 12.\n\nPETITIONER\n\nVs.\n\n"
    "1. Kamal Mudiyanselage Nimal Perera,\n\nTemple Road,\n\nKurunegala.\n\n"
    "2. Kamal Mudiyanselage Sunil Bandara Perera,\n\nTemple Road,\n\nKurunegala.\n\n"
    "ACCUSED-RESPONDENTS\n\n"
    "A. B. SILVA, J.\n\n"
    "The Respondents were indicted for procuration, an offence punishable under section "
    "360A(1) of the Penal Code. They pleaded guilty and the learned High Court Judge "
    "imposed a sentence of one year. The Petitioner states that the sentences are "
    "manifestly inadequate.\n\n"
    "Accordingly, we impose the mandatory minimum sentence of 2 years of rigorous "
    "imprisonment against the Respondents.\n\nThe revision application is hereby allowed.\n"
)


def test_numbered_brothers_in_a_revision_caption_and_the_sentence_the_court_imposes() -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment, Outcome

    out = extract(Judgment(id="t", portal="test", text=_LK_REVISION))
    assert [d.name for d in out.defendants] == [
        "Kamal Mudiyanselage Nimal Perera",
        "Kamal Mudiyanselage Sunil Bandara Perera",
    ]
    # the court imposing the sentence itself leaves both convicted
    assert {v.outcome for v in out.verdicts} == {Outcome.CONVICTED}
    assert len(out.verdicts) == 2


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Accordingly, we impose the mandatory minimum sentence of 2 years against him.",
            "convicted",
        ),
        ("We would enhance the sentence to five years' imprisonment.", "convicted"),
        # the trial judge's sentence narrated is no order of this court
        ("The learned trial judge imposed a sentence of one year on the accused.", None),
    ],
)
def test_a_court_imposing_a_sentence_convicts(sentence: str, label: str | None) -> None:
    from caselaw.extractors.verdict_cues import classify

    assert classify(sentence) == label


_LK_GROUNDS = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "Nimal Perera\n\nAccused-Appellant\n\nVs.\n\nHon. Attorney General\n\n"
    "Complainant-Respondent\n\n"
    "1. The appellant was indicted on one count of possession of 12 grams of heroin, "
    "punishable in terms of section 54A (d) of the Poisons, Opium and Dangerous Drugs "
    "Ordinance. After trial he was convicted.\n\n"
    "2. The grounds of appeal are as follows. I. The learned Judge failed to consider the "
    "contradictions. II. The judgment is contrary to section 203 of the Code of Criminal "
    "Procedure Act.\n\n3. The appeal is dismissed.\n"
)


def test_a_judgment_contrary_to_a_procedure_section_is_no_charge() -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    out = extract(Judgment(id="t", portal="test", text=_LK_GROUNDS))
    statutes = [c.statute or "" for c in out.charges]
    assert any("54A(d)" in s for s in statutes)
    assert not any("Criminal Procedure" in s for s in statutes)


_LK_FORGERY = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "Hon. Attorney General, Attorney General's Department, Colombo 12.\n\nComplainant\n\n"
    "v.\n\nSunil Shantha Jayawardena\n\nAccused\n\nAND NOW BETWEEN\n\n"
    "Sunil Shantha Jayawardena\n\nAccused Appellant\n\nv.\n\n"
    "Hon. Attorney General, Attorney General's Department, Colombo 12.\n\n"
    "Complainant Respondent\n\n"
    "01. The Appellant was indicted for possessing a forged certificate knowing it to be "
    "forged, an offence punishable under section 462 of the Penal Code.\n\n"
    "02. {position}\n\n"
    "03. The prosecution failed to prove knowledge. I acquit the Appellant of the charge.\n"
)


@pytest.mark.parametrize(
    ("position", "official"),
    [
        # the office as the predicate of a past-tense sentence about the party
        ("Appellant had been a Police Constable attached to the office of the Senior DIG.", True),
        ("The Appellant was a senior police officer at the time.", True),
        # not an office: a company title, an office only named later in the phrase, or the
        # present tense of an offence's elements ("the accused is a public officer")
        ("The Appellant was a director of a private company.", False),
        ("The Appellant was a victim of police harassment at the time.", False),
        ("The first element is that the accused is a public officer.", False),
    ],
)
def test_office_stated_as_the_predicate(position: str, official: bool) -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    text = _LK_FORGERY.format(position=position)
    out = extract(Judgment(id="t", portal="test", text=text))
    assert [d.is_official for d in out.defendants] == [official]


def test_the_same_ordinance_is_the_act_named_before() -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    text = _LK_GROUNDS.replace(
        "indicted on one count of possession of 12 grams of heroin, punishable in terms of "
        "section 54A (d) of the Poisons, Opium and Dangerous Drugs "
        "Ordinance",
        "indicted on one count of trafficking 12 grams of heroin in count no. 1, punishable "
        "in terms of section 54A (b) of the Poisons, Opium and Dangerous Drugs Ordinance, "
        "and for one count of possession of it in count no. 2, punishable in terms of "
        "section 54A (d) of the same Ordinance",
    )
    assert "the same Ordinance" in text
    out = extract(Judgment(id="t", portal="test", text=text))
    statutes = sorted({c.statute or "" for c in out.charges})
    assert [s for s in statutes if "54A" in s] == [
        "Poisons, Opium and Dangerous Drugs Ordinance (LK) s.54A(b)",
        "Poisons, Opium and Dangerous Drugs Ordinance (LK) s.54A(d)",
    ]


def test_count_no_is_one_sentence_and_a_narrated_count_acquittal() -> None:
    from caselaw.extractors.verdict_cues import sentence_of

    text = (
        "After trial, the Judge convicted the appellant on count no. 2 and acquitted him on "
        "count no. 1. The appellant appealed."
    )
    s, e = sentence_of(text, text.index("acquitted"), 0, len(text))
    assert text[s:e].startswith("After trial") and text[s:e].endswith("count no. 1.")


def test_lk_count_no_acquittal_below_stands() -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment, Outcome

    text = _LK_GROUNDS.replace(
        "indicted on one count of possession of 12 grams of heroin, punishable in terms of "
        "section 54A (d) of the Poisons, Opium and Dangerous Drugs "
        "Ordinance. After trial he was convicted.",
        "indicted on one count of trafficking 12 grams of heroin in count no. 1, punishable "
        "in terms of section 54A (b) of the Poisons, Opium and Dangerous Drugs Ordinance, "
        "and for one count of possession of it in count no. 2, punishable in terms of "
        "section 54A (d) of the same Ordinance. After trial, the learned Judge convicted the "
        "appellant on count no. 2 and acquitted him on count no. 1.",
    ).replace(
        "3. The appeal is dismissed.",
        "3. "
        + "The evidence of the raiding officers is consistent and was not challenged. " * 30
        + "\n\n4. I affirm the conviction and the sentence. The appeal is dismissed.",
    )
    out = extract(Judgment(id="t", portal="test", text=text))
    by_count = {c.count: c.index for c in out.charges}
    outcome = {v.charge: v.outcome for v in out.verdicts}
    assert outcome[by_count["Count 1"]] is Outcome.ACQUITTED
    assert outcome[by_count["Count 2"]] is Outcome.CONVICTED
