"""Sentence appeals and conviction cues below (synthetic judgments written for the tests).

An order about the term of imprisonment or the fine varies the sentence and leaves the
conviction standing; an appeal the judgment introduces as one against sentence makes its
bare "I allowed the appeal" such an order.  "The RTC found Lina Sy guilty" and a decision
"convicting" the accused say a court below convicted.
"""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.extractors.verdict_cues import classify
from caselaw.models import Judgment


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "I therefore ordered the imprisonment term be set aside, and replaced it with a fine.",
            "affirmed",
        ),
        (
            "I set aside the term of imprisonment and substituted it with a fine of $20,000.",
            "affirmed",
        ),
        (
            "The fine is set aside and a term of imprisonment of two months is substituted.",
            "affirmed",
        ),
        ("Hence, I set aside the period of sentence ordered to run consecutively", "affirmed"),
        ("I set aside that part of the sentence which orders the terms to run", "affirmed"),
        ("We set aside the sentence and the conviction.", "acquitted"),
        ("We reduce the term of imprisonment to eighteen months.", None),
        # a whole decision set aside, whatever sentence it imposed, stays a reversal
        (
            "The Decision of the trial court sentencing him to imprisonment of twelve years"
            " and a fine is REVERSED and SET ASIDE.",
            "reversed",
        ),
        ("The conviction is set aside and the fine is set aside.", "acquitted"),
    ],
)
def test_an_order_about_imprisonment_or_fine_is_about_the_sentence(
    sentence: str, label: str | None
) -> None:
    assert classify(sentence) == label


def _judgment(intro: str, order: str) -> str:
    return (
        "IN THE HIGH COURT OF THE REPUBLIC OF SINGAPORE\n\nTan Ah Kow v Public Prosecutor\n\n"
        "[2020] SGHC 77\n\nGROUNDS OF DECISION\n\n"
        "1 The appellant, Tan Ah Kow, a customs officer, pleaded guilty to one charge of"
        " corruptly accepting a gratification contrary to section 6(a) of the Prevention of"
        f" Corruption Act (Cap 241). He was sentenced to six weeks' imprisonment. {intro}\n\n"
        f"2 {order}\n\n"
    )


def _standing(text: str) -> set[str]:
    x = extract(Judgment(id="t", portal="test", text=text))
    return {v.outcome.value for v in x.verdicts if v.standing}


@pytest.mark.parametrize(
    "intro",
    [
        "He appeals against sentence.",
        "On appeal, counsel argued that the sentence imposed was manifestly excessive.",
    ],
)
def test_an_appeal_against_sentence_allowed_leaves_the_conviction(intro: str) -> None:
    text = _judgment(intro, "For these reasons, I allowed the appeal.")
    assert _standing(text) == {"convicted"}


@pytest.mark.parametrize(
    "intro",
    [
        "He appeals against conviction and sentence, arguing also that the sentence was"
        " manifestly excessive.",
        "He appeals against his conviction.",
    ],
)
def test_an_appeal_that_contests_the_conviction_allowed_is_an_acquittal(intro: str) -> None:
    text = _judgment(intro, "For these reasons, I allowed the appeal.")
    assert _standing(text) == {"acquitted"}


def test_a_term_of_imprisonment_replaced_by_a_fine_leaves_the_conviction() -> None:
    text = _judgment(
        "He contends that a fine would have sufficed.",
        "For these reasons, I ordered the imprisonment term be set aside and substituted it"
        " with a fine of $30,000.",
    )
    assert _standing(text) == {"convicted"}


@pytest.mark.parametrize(
    "below",
    [
        "The RTC found Lina Sy guilty as charged.",
        "The RTC found accused-appellant Lina dela Cruz Sy guilty as charged.",
        "The RTC rendered a Decision convicting her as charged.",
    ],
)
def test_a_conviction_below_in_other_words_makes_an_affirmance_a_conviction(below: str) -> None:
    text = (
        "[ G.R. No. 21, May 1, 2022 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
        " LINA SY, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\nLina Sy was"
        " charged with qualified trafficking in persons under Section 4(a) of Republic Act No."
        f" 9208. {below}\n\nWHEREFORE, the appeal is DISMISSED. The assailed Decision is"
        " AFFIRMED.\n\nSO ORDERED.\n"
    )
    assert _standing(text) == {"convicted"}


def test_found_not_guilty_is_no_conviction_below() -> None:
    text = (
        "[ G.R. No. 22, May 1, 2022 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
        " LINA SY, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\nLina Sy was"
        " charged with qualified trafficking in persons under Section 4(a) of Republic Act No."
        " 9208. The RTC found Lina Sy not guilty of one count.\n\nWHEREFORE, the appeal is"
        " DISMISSED. The assailed Decision is AFFIRMED.\n\nSO ORDERED.\n"
    )
    assert _standing(text) == {"other"}


def test_a_blank_line_before_a_lower_case_word_does_not_end_the_sentence() -> None:
    # PDF text converted with a blank line after every printed line: the order is one
    # sentence ("set aside the conviction and\n\nsentence ... and acquit the appellant.")
    from caselaw.extractors.verdict_cues import sentence_of

    order = "I set aside the conviction and\n\nsentence dated 2 May 2019.\n\nThe appeal is allowed."
    start, end = sentence_of(order, order.index("set aside"), 0, len(order))
    assert (
        order[start:end].rstrip() == "I set aside the conviction and\n\nsentence dated 2 May 2019."
    )
    start, end = sentence_of(order, order.index("appeal"), 0, len(order))
    assert order[start:end] == "The appeal is allowed."
