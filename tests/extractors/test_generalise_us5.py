"""Rules from the error analysis on unseen US / Sri Lanka / Singapore judgments (gen5 'us'
set; snippets written for these tests, no judgment text): the indicting verb as a charge
cue, counterfactual acquittals, house numbers in block captions, and the Bribery
Commission's statute name."""

from __future__ import annotations

import pytest

from caselaw.extractors import charges
from caselaw.models import Category, Judgment


@pytest.mark.parametrize(
    ("text", "jurisdiction", "category", "statute"),
    [
        # the court between the verb and the provision, the provision after a PDF line break
        (
            "The appellant was indicted in the High Court of Kandy under\n\nsection 16 (b) "
            "of the Bribery Act. After trial he was convicted.",
            "LK",
            Category.CORRUPTION,
            "Bribery Act (LK) s.16(b)",
        ),
        (
            "The Commission forwarded an indictment against one Nimal Perera "
            "(accused-appellant) under section 19 (B) of the Bribery Act.",
            "LK",
            Category.CORRUPTION,
            "Bribery Act (LK) s.19(b)",
        ),
        (
            "The accused was indicted before the High Court of Galle under section 19(c) of "
            "the Bribery Act.",
            "LK",
            Category.CORRUPTION,
            "Bribery Act (LK) s.19(c)",
        ),
        (
            "The defendant was indicted under 18 U.S.C. \u00a7 666(a)(1)(B) for taking "
            "payments as a county official.",
            "US",
            Category.CORRUPTION,
            "18 U.S.C. s.666(a)(1)(b)",
        ),
        # the grand jury's active voice, the defendant between the verb and "for"
        (
            "A grand jury indicted the defendant for violating 18 U.S.C. \u00a7 1589.",
            "US",
            Category.TRAFFICKING,
            "18 U.S.C. s.1589",
        ),
    ],
)
def test_indicting_verb_names_the_charge(
    text: str, jurisdiction: str, category: Category, statute: str
) -> None:
    got = charges.find_charges(text, jurisdiction)
    assert [(m.category, m.statute) for m in got] == [(category, statute)]


def test_an_indictment_filed_under_the_commission_act_is_no_charge() -> None:
    # the procedure by which an indictment was forwarded charges no one with anything
    text = (
        "The indictment was forwarded by the Director General after the Commission "
        "considered the matter."
    )
    assert charges.find_charges(text, "LK") == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # counsel's argument and a hypothesis: nobody was acquitted
        ("Therefore the appellant should have been acquitted.", None),
        ("Counsel submitted that the trial judge should have acquitted the accused.", None),
        ("Had the statement been excluded, he would have been acquitted.", None),
        ("It was argued that the appellant ought to have been acquitted.", None),
        # this court's order and a narrated acquittal still are
        ("The appellant is acquitted and discharged.", "acquitted"),
        ("The accused was acquitted by the High Court.", "acquitted"),
    ],
)
def test_counterfactual_acquittal_is_no_outcome(sentence: str, label: str | None) -> None:
    from caselaw.extractors.verdict_cues import classify

    assert classify(sentence) == label


@pytest.mark.parametrize(
    ("chunk", "names"),
    [
        # a block caption: the name, then the address from its house number on
        ("Nimal Perera\n\nNo. 17, Temple Lane\n\nKadawatha, Gampaha.", ["Nimal Perera"]),
        ("1\n\nA.B.C. Kamal Silva\n\nNo. 4/2B, Lake View\n\nMatara.", ["A.B.C. Kamal Silva"]),
        # one line: the name, the house number, street and town words
        (
            "Ruwan Kumara Bandara, No. 10/12, Mudalige Waththa, Kandy.",
            ["Ruwan Kumara Bandara"],
        ),
        # a case number before the name: the street after the house number is no name
        ("Case No. HCB 35/2020 X, No. 10/12, Mudalige Waththa, Kandy.", []),
        # a block's street line (no comma before the street word) and the town line after it
        (
            "\n\nRuwan Kumara Bandara\n\nPasal Mawatha\n\nAluviharaya, Matale.\n\n",
            ["Ruwan Kumara Bandara"],
        ),
        # two PDF columns merged: the case number beside the name's first line, the court
        # and case number lines after it
        (
            "Court of Appeal Case No.\n\nCA/HCC/ 0999/2018 Ruwan Kumara\n\nBandara Silva\n\n"
            "High Court of Colombo\n\nCase No. HCB/1111/2009\n\n",
            ["Ruwan Kumara Bandara Silva"],
        ),
        # a caption's connective line is no name line
        ("\n\nAnd Now\n\nRuwan Kumara Bandara, No. 4/2, Temple Road, Galle.\n\n", []),
        # a docket number before the name (a US caption's "v. No. 18-3001") is no address
        (" No. 18-3001\n\nJOHN ALLEN PARKER,\n\n", ["JOHN ALLEN PARKER"]),
    ],
)
def test_house_number_starts_the_address(chunk: str, names: list[str]) -> None:
    from caselaw.extractors.party_names import names_in

    assert [n for n, _, _ in names_in(chunk, 0, len(chunk))] == names


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the Commission's statute, named with "and": no bribe narrated
        (
            "In the given circumstances, the prosecution instituted against the appellant "
            "is void as it failed to comply with section 11 of the Commission to "
            "Investigate Allegations of Bribery and Corruption Act.",
            None,
        ),
        (
            "The appellant had solicited a bribe of Rs. 5,000 from the complainant to "
            "release the lorry.",
            "bribe",
        ),
    ],
)
def test_bribery_commission_act_name_narrates_no_bribe(sentence: str, kind: str | None) -> None:
    from caselaw.extractors import signals

    assert signals.narrated(sentence, party_is_official=True) == kind


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the author line's title stays in its paragraph: the accused named next is no judge
        ("SMITH, Circuit Judge.\n\nDefendant John Parker", ""),
        ("Before the court: Circuit Judge.\n\n  Defendant John Parker", ""),
        # a title before the name on the same line, or across one line break, still is one
        ("the trial of Judge John Parker", "Judge"),
        ("the accused Police Inspector\nJohn Parker", "Police Inspector"),
    ],
)
def test_title_before_a_name_stays_in_its_paragraph(text: str, title: str) -> None:
    from caselaw.extractors.officials import _position_before

    assert _position_before(text, text.index("John")) == title


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a payment to an officer for doing or omitting an act of the office (US civil
        # trafficking suits and criminal opinions narrate them so)
        (
            "Plaintiffs allege that a police officer who worked security at the motel was "
            "paid to warn the trafficker of raids.",
            "bribe",
        ),
        ("She testified that the defendant paid a police officer to look the other way.", "bribe"),
        (
            "He testified that a police officer from the vice squad tipped him off before raids.",
            "tip_off",
        ),
        # pay for work and payments to private people are no bribe
        ("The officers were paid overtime for the raid.", None),
        ("The officer was paid to protect the witness.", None),
        ("The agent paid the informant to buy drugs.", None),
    ],
)
def test_payment_to_an_officer_for_an_act_of_office(sentence: str, kind: str | None) -> None:
    from caselaw.extractors import signals

    assert signals.narrated(sentence) == kind


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a US Supreme Court syllabus: "Petitioner, a former officer ..." is prose
        (
            "MARTINEZ v. UNITED STATES\nCERTIORARI TO THE COURT OF APPEALS\nPetitioner, a "
            "former officer of the police, took part in a kickback scheme.\n",
            [None, None],
        ),
        # caption labels with their commas still are labels
        ("PEDRO CRUZ, PETITIONER, VS. PEOPLE OF THE PHILIPPINES, RESPONDENT.", ["petitioner"]),
        ("Pedro Cruz, petitioner, v. Juan Santos, respondent.", ["petitioner"]),
        ("PEDRO CRUZ, ACCUSED, ROSA TAN, ACCUSED-APPELLANT.", ["accused"]),
    ],
)
def test_a_label_that_begins_a_sentence_is_prose(text: str, labels: list[str | None]) -> None:
    from caselaw.extractors.caption_chunks import party_chunks

    got = [label for _, _, label, _ in party_chunks(text, 0, len(text))]
    assert got[: len(labels)] == labels


def test_a_dash_joins_the_words_of_a_caption_label() -> None:
    from caselaw.extractors.caption_chunks import party_chunks

    text = (
        "UNITED STATES OF AMERICA,\nPlaintiff\u2014Appellee,\n\nversus\n\nJOHN ALLEN PARKER,\n"
        "Defendant\u2013Appellant.\n"
    )
    got = [label for _, _, label, _ in party_chunks(text, 0, len(text)) if label]
    assert got == ["plaintiff-appellee", "defendant-appellant"]


@pytest.mark.parametrize(
    ("text", "statute", "label"),
    [
        # 18 U.S.C. 201 and 666 put the giver and the taker of a bribe in different paragraphs
        (
            "He was convicted of bribery, in violation of 18 U.S.C. \u00a7 201(b)(1).",
            "18 U.S.C. s.201(b)(1)",
            "Giving or offering a bribe to a public official",
        ),
        (
            "He was convicted of accepting bribes, in violation of 18 U.S.C. \u00a7 201(b)(2)(C).",
            "18 U.S.C. s.201(b)(2)(c)",
            "Public official demanding or accepting a bribe",
        ),
        (
            "She was convicted of violating 18 U.S.C. \u00a7 666(a)(2).",
            "18 U.S.C. s.666(a)(2)",
            "Giving or offering a bribe concerning programs receiving federal funds",
        ),
        # the transporting limb of the alien-smuggling statute, in words
        (
            "He was convicted of conspiracy to transport undocumented aliens.",
            None,
            "Transporting aliens",
        ),
    ],
)
def test_us_bribery_sides_and_alien_transport(text: str, statute: str | None, label: str) -> None:
    got = [(m.statute, m.label) for m in charges.find_charges(text, "US") if m.statute == statute]
    assert got == [(statute, label)]


def test_giver_and_taker_of_a_us_bribe_are_told_apart() -> None:
    from caselaw.extractors.charged_officials import _active_bribery

    assert _active_bribery("Giving or offering a bribe to a public official")
    assert _active_bribery("Giving or offering a bribe to a foreign official (FCPA)")
    assert not _active_bribery("Public official demanding or accepting a bribe")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a victim narrating the trafficker's ties to officers (a T visa decision, a trial)
        (
            "She stated that her employer told her that he had friends in the police who "
            "would arrest her if she left.",
            "protection",
        ),
        (
            "The victim testified that the defendant said he had a cousin in the police "
            "department.",
            "protection",
        ),
        ("The defendant had friends in the police academy class of 1990.", None),
    ],
)
def test_trafficker_ties_to_the_police(sentence: str, kind: str | None) -> None:
    from caselaw.extractors import signals

    assert signals.narrated(sentence) == kind


_MAJORITY = "The appellant was convicted below.\n\n" + "The evidence was weighed. " * 40


@pytest.mark.parametrize(
    ("tail", "cut_at"),
    [
        # US: a dissent's heading line after the court's opinion
        (
            "\n\nThe judgment of the Court of Appeals is reversed.\n\nJUSTICE GINSBURG, with "
            "whom JUSTICE BREYER joins, dissenting.\n\nI would affirm the judgment.",
            "JUSTICE GINSBURG",
        ),
        ("\n\nReversed.\n\nSMITH, Circuit Judge, dissenting:\n\nI would affirm.", "SMITH,"),
        # Commonwealth: the dissenting judge says so at the start of the opinion
        (
            "\n\nI set aside the conviction and acquit the appellant.\n\nJudge of the Supreme "
            "Court\n\nA. B. Silva J.,\n\nI regret my inability to agree with the conclusion "
            "reached by my brother. I would affirm the conviction.",
            "I regret",
        ),
    ],
)
def test_a_dissent_ends_the_body(tail: str, cut_at: str) -> None:
    from caselaw.extractors._base import Context
    from caselaw.extractors.regions import find_body_end

    text = _MAJORITY + tail
    assert find_body_end(text) == text.index(cut_at)
    # the pipeline finds the same end from the prefilter's keyword hits
    assert Context(Judgment(id="t", portal="test", text=text)).body_end == text.index(cut_at)


@pytest.mark.parametrize(
    "tail",
    [
        # disagreeing with counsel, a syllabus listing the opinions: no dissent begins
        "\n\nI am unable to agree with the submission of learned counsel. Appeal dismissed.",
        "\n\nTHOMAS, J., filed a dissenting opinion, in which ALITO, J., joined.",
    ],
)
def test_no_dissent_no_cut(tail: str) -> None:
    from caselaw.extractors.regions import find_body_end

    text = _MAJORITY + tail
    assert find_body_end(text) == len(text)


def test_a_precedents_parties_are_no_charge() -> None:
    text = (
        "It is a case where the defendant in that case had been indicted under section 2 of "
        "the Bribery Act. The appellant was charged under section 19(c) of the Bribery Act."
    )
    got = [m.statute for m in charges.find_charges(text, "LK")]
    assert got == ["Bribery Act (LK) s.19(c)"]


@pytest.mark.parametrize(
    ("jurisdiction", "category", "statute"),
    [
        # a Sri Lankan judgment's bare "Penal Code" is Sri Lanka's (s.360C trafficking)
        ("LK", Category.TRAFFICKING, "Penal Code (LK) s.360C"),
        # elsewhere it stays the act as written
        ("SG", Category.OTHER, "Penal Code s.360C"),
        ("US", Category.OTHER, "Penal Code s.360C"),
    ],
)
def test_bare_penal_code_is_the_local_one(
    jurisdiction: str, category: Category, statute: str
) -> None:
    text = "He was convicted of an offence punishable under section 360C of the Penal Code."
    got = charges.find_charges(text, jurisdiction)
    assert [(m.category, m.statute) for m in got] == [(category, statute)]


def test_a_local_alias_leaves_a_longer_act_name_alone() -> None:
    text = "He was convicted in violation of section 496(a) of the California Penal Code."
    assert [m.statute for m in charges.find_charges(text, "US")] == [
        "California Penal Code s.496(a)"
    ]


def test_new_york_against_caption() -> None:
    from caselaw.extractors.caption_chunks import party_chunks

    text = "UNITED STATES OF AMERICA,\n\n-against-\n\nJOHN ALLEN PARKER,\n\nDefendant.\n"
    got = [
        (text[s:e].strip(" ,\n"), label, after)
        for s, e, label, after in party_chunks(text, 0, len(text))
    ]
    assert got == [
        ("UNITED STATES OF AMERICA", None, False),
        ("JOHN ALLEN PARKER", "defendant", True),
    ]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a US trial court's ruling on Rule 29 / 33 motions: the verdict stands
        (
            "For the reasons stated above, the defendant's motions for a judgment of "
            "acquittal and for a new trial are DENIED.",
            "affirmed",
        ),
        ("The application for an acquittal is refused.", "affirmed"),
        ("The motion for judgment of acquittal is GRANTED.", "acquitted"),
    ],
)
def test_motion_for_acquittal_denied(sentence: str, label: str) -> None:
    from caselaw.extractors.verdict_cues import classify

    assert classify(sentence) == label


def test_accused_numbered_in_the_caption() -> None:
    """'SIPHO MOKOENA   Accused 1': the judgment's "Accused 2 ... is charged with" names the
    second defendant only (South African and Kenyan captions number the accused)."""
    from caselaw.extractors import charge_owners
    from caselaw.extractors._base import Context
    from caselaw.models import Defendant, Evidence, Judgment

    text = (
        "THE STATE\n\nand\n\nJOHN PETER NKOSI        Accused 1\nMARY ANNE DLAMINI      "
        "Accused 2\n\nJUDGMENT\n\n[1] Accused 2 is charged with corruption."
    )
    ctx = Context(Judgment(id="t", portal="test", text=text))

    def d(i: int, name: str) -> Defendant:
        s = text.index(name.upper())
        return Defendant(index=i, name=name, evidence=(Evidence(s, s + len(name), name, "t", "1"),))

    ctx.defendants = [d(0, "John Peter Nkosi"), d(1, "Mary Anne Dlamini")]
    keys = [["john", "nkosi"], ["mary", "dlamini"]]
    at = text.index("corruption")
    assert charge_owners.owners(ctx, at, at + 10, keys) == [1]
