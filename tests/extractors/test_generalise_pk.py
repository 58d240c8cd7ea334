"""Pakistani (Lahore High Court) conventions found on unseen judgments: bail-petition
captions, "accepted" as the dispositive verb, bail orders that decide no charge, dates at a
line start (test-written snippets only)."""

from __future__ import annotations

import pytest
from party_helpers import names

from caselaw.extractors import extract
from caselaw.extractors.verdict_cues import _SENTENCE, classify
from caselaw.models import Judgment

_BODY = (
    " \nJ U D G M E N T\n\nAhmad, J.- The petitioner is wanted in case FIR No.7/2023 for"
    " offences under sections 341 and 506 PPC and seeks bail.\n"
)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        # only an accused applies for bail: the petitioner, whoever the other side is
        ("Crl. Misc. No.15/B/2023", ["Bilal Ahmed"]),
        ("Crl. Misc. No. 15-B-2023", ["Bilal Ahmed"]),
        ("Crl. Misc. No.15-B of 2023", ["Bilal Ahmed"]),
        ("Criminal Miscellaneous No.15-B of 2023", ["Bilal Ahmed"]),
        # a petition to cancel bail: the accused is the respondents' side
        ("Crl. Misc. No.15/CB/2023", ["Kamran Aslam"]),
        # a miscellaneous criminal petition against a private person: no party is an accused
        ("Crl. Misc. No.15/M/2023", []),
        ("W.P. No.15/2023", []),
    ],
)
def test_bail_petition_caption(number: str, expected: list[str]) -> None:
    text = f"ORDER SHEET\nLAHORE HIGH COURT\n{number}\nBilal Ahmed\n \nVs\n \nKamran Aslam etc.\n"
    assert names(text + _BODY) == expected


def test_bail_caption_against_the_state_is_unchanged() -> None:
    text = "ORDER SHEET\nLAHORE HIGH COURT\nCrl. Misc. No.15/B/2023\nBilal Ahmed\nVs\nThe State\n"
    assert names(text + _BODY) == ["Bilal Ahmed"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "accepted" is the Pakistani court's verb for allowing an appeal or petition
        ("Consequently, this appeal is accepted and the appellant is acquitted.", "acquitted"),
        ("Resultantly, the instant petition is accepted.", "reversed"),
        ("Instant revision petition stands accepted/allowed.", "reversed"),
        ("For the foregoing reasons, we accept this petition.", "reversed"),
        ("The application was not accepted by the trial court.", None),
        # a bail order releases or keeps the accused pending trial: no verdict
        ("The petition is accepted and the petitioner is admitted to post-arrest bail.", "other"),
        ("We extended the Petitioner\u2019s protective bail till 27.3.2023.", "other"),
        ("His bail is hereby cancelled.", "other"),
        ("The petitioner was released on bail during the trial.", "other"),
    ],
)
def test_pakistani_dispositive_sentences(sentence: str, label: str | None) -> None:
    assert classify(sentence) == label


def test_a_date_at_a_line_start_is_no_paragraph_number() -> None:
    text = "we accepted this petition vide short order dated \n24.3.2023 and extended it.\n2. Next"
    cuts = [m.start() for m in _SENTENCE.finditer(text)]
    assert cuts and min(cuts) > text.index("extended")  # the date continues the sentence


def _outcomes(text: str) -> list[str]:
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PK"))
    assert ex.charges
    return [v.outcome.value for v in ex.verdicts if v.standing]


_BAIL_ORDER = (
    "ORDER SHEET\nLAHORE HIGH COURT, LAHORE\nCrl. Misc. No.15/B/2023\nBilal Ahmed\n \nVs\n \n"
    "The State\n \n01.02.2023 Counsel for the petitioner.\n\nAhmad, J.- Through this petition,"
    " the petitioner seeks post-arrest bail in case FIR No.7/2023 dated 2.1.2023 registered"
    " for offences under sections 392 and 411 PPC.\n2. Heard.\n3. {dispositive}\n"
)


@pytest.mark.parametrize(
    "dispositive",
    [
        "Consequently, this petition is accepted.",
        "This petition is allowed and the petitioner is admitted to post-arrest bail.",
        "This petition is dismissed.",
    ],
)
def test_a_bail_petition_decides_no_charge(dispositive: str) -> None:
    assert set(_outcomes(_BAIL_ORDER.format(dispositive=dispositive))) == {"other"}


def test_an_accepted_quashing_petition_still_dismisses_the_case() -> None:
    text = (
        "ORDER SHEET\nLAHORE HIGH COURT, LAHORE\nW.P. No.15/2023\nBilal Ahmed\n \nVs\n \n"
        "The State etc.\n\nAhmad, J.- Through this petition, the petitioner seeks quashing of"
        " case FIR No.7/2023 registered against the petitioner for offences under sections"
        " 420 and 468 PPC.\n2. Heard.\n3. Consequently, this petition is accepted.\n"
    )
    assert set(_outcomes(text)) == {"dismissed"}


@pytest.mark.parametrize(
    ("text", "category", "label"),
    [
        # a bare "corrupt practice" in Pakistani law is the election offence
        (
            "FIR No.8 was registered as the appellant was accused of corrupt practices in his"
            " nomination papers.",
            "other",
            "Corrupt practice (election law)",
        ),
        # the NAO's offence keeps its name and category
        (
            "The accused were charged with corruption and corrupt practices as defined in the"
            " Ordinance.",
            "corruption",
            "Corruption and corrupt practices (NAO)",
        ),
    ],
)
def test_pakistani_corrupt_practices(text: str, category: str, label: str) -> None:
    from caselaw.extractors.charges import find_charges

    found = [(m.category.value, m.label) for m in find_charges(text, "PK")]
    assert found == [(category, label)]


def test_corrupt_practices_elsewhere_stay_corruption() -> None:
    from caselaw.extractors.charges import find_charges

    text = "The accused was charged with graft and corrupt practices."
    found = [(m.category.value, m.label) for m in find_charges(text, "PH")]
    assert found == [("corruption", "Graft and corrupt practices")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a PDF line wrapped before "Rs." (a capital) in the middle of a sentence
        (
            "2.\nAs per the FIR, the petitioner, a Patwari of the Halqa, received \n"
            "Rs.50,000/- as illegal gratification from the complainant.\n3. Heard.\n",
            "bribe",
        ),
        # a line that ends a heading (no lower-case word or comma before the break) still
        # ends the sentence: the heading's court is no official of the next sentence
        ("JUDICIAL DEPARTMENT\nThe complainant received Rs.5,000 as a gift.\n", None),
    ],
)
def test_signal_sentence_wrapped_before_a_capital(text: str, kind: str | None) -> None:
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PK"))
    assert [str(s.kind) for s in ex.signals][:1] == ([kind] if kind else [])


def test_wrapped_line_keeps_the_sentence_whole() -> None:
    from caselaw.extractors.signals import _sentence_bounds

    text = "Heard.\nThe petitioner received \nRs.50,000/- as illegal gratification.\nNext."
    at = text.index("gratification")
    s, e = _sentence_bounds(text, at, at + 5)
    assert text[s:e] == "The petitioner received \nRs.50,000/- as illegal gratification."


@pytest.mark.parametrize(
    ("apposition", "official"),
    [
        ("the petitioner, a Patwari of Halqa Kot Lakhpat, received", True),
        ("the petitioner, the then Tehsildar of the area, approved", True),
        # a former office says nothing of the office at the time of the acts
        ("the petitioner, a former Tehsildar of the area, received", False),
        ("the petitioner, a resident of the area and a clerk's son, received", False),
    ],
)
def test_position_in_apposition_to_the_party(apposition: str, official: bool) -> None:
    text = (
        "ORDER SHEET\nLAHORE HIGH COURT, LAHORE\nCrl. Misc. No.15/B/2023\nBilal Ahmed\nVersus\n"
        "The State\n\nAhmad, J.- The petitioner seeks post-arrest bail in case FIR No.7/2023.\n"
        f"2. As per the FIR, {apposition} Rs.50,000 from the complainant for a mutation.\n"
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PK"))
    assert [d.is_official for d in ex.defendants] == [official]


def test_an_election_appeal_is_public_law_and_has_no_accused():
    text = (
        "IN THE LAHORE HIGH COURT LAHORE\nJUDICIAL DEPARTMENT\n"
        "Case No: Election Appeal No.24144/2023.\n\nAhmad Khan.\nVs.\n"
        "The Returning Officer PP-77, etc.\n\nJUDGMENT\n"
        "This Election Appeal is directed under Section 63 of the Elections Act, 2017 against "
        "the order whereby the nomination papers of the appellant were rejected. Consequently, "
        "FIR No.8 dated 08.01.2011 was registered against the appellant under sections 420, "
        "468 and 471 PPC and in trial the appellant was convicted. However, his appeal was "
        "accepted and he was acquitted of the charges in FIR No.8/2011.\n"
    )
    ext = extract(Judgment(id="ea", portal="t", text=text))
    assert ext.info.proceeding is not None and ext.info.proceeding.value == "public-law"
    assert not any("FIR" in d.name for d in ext.defendants)
