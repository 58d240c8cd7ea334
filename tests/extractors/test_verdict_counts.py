"""Counts a court below acquitted on, narrated in running text (synthetic judgments)."""

from __future__ import annotations

import pytest

from caselaw.extractors import extract
from caselaw.models import Judgment

_HEAD = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "The Democratic Socialist Republic of Sri Lanka\nComplainant\n\nv.\n\nKamal Perera\n"
    "Accused-Appellant\n\nJUDGMENT\n\nThe appellant, a Grama Niladhari, was indicted on four"
    " counts.\n\n"
)
_COUNTS = "".join(
    f"Count {n}: {act} a gratification of Rs. 10,000{servant}, an offence punishable under"
    f" section 19({sec}) of the Bribery Act.\n\n"
    for n, act, servant, sec in [
        (1, "soliciting", "", "b"),
        (2, "soliciting", " being a public servant", "c"),
        (3, "accepting", "", "b"),
        (4, "accepting", " being a public servant", "c"),
    ]
)


def _outcomes(narration: str, order: str) -> dict[str, str]:
    text = f"{_HEAD}{_COUNTS}{narration}\n\nBeing aggrieved, the appellant appealed.\n\n{order}\n"
    return _standing_by_count(text)


def _standing_by_count(text: str) -> dict[str, str]:
    """Count -> the outcome the judgment leaves standing on it."""
    x = extract(Judgment(id="t", portal="test", text=text))
    counts = {c.index: c.count for c in x.charges}
    return {counts[v.charge] or "": v.outcome.value for v in x.verdicts if v.standing}


# the appeal court's split: the convictions on counts 1 and 2 stand, those on 3 and 4 fall
_SPLIT = {
    "Count 1": "convicted",
    "Count 2": "convicted",
    "Count 3": "acquitted",
    "Count 4": "acquitted",
}


@pytest.mark.parametrize(
    "narration",
    [
        "After trial, the learned High Court Judge convicted the appellant on counts 2 and 4."
        " He was acquitted on counts 1 and 3.",
        "The learned trial judge acquitted the appellant of counts 1 and 3 and convicted him"
        " on counts 2 and 4.",
        "The appellant was convicted on the 2nd and 4th counts and acquitted from the 1st and"
        " 3rd counts.",
    ],
)
def test_a_narrated_acquittal_on_some_counts_stands_beside_the_affirmed_ones(
    narration: str,
) -> None:
    order = "For the above reasons, we dismiss the appeal and affirm the conviction."
    # each count is a charge of its own, though counts 1 and 3 (2 and 4) cite one section
    assert _outcomes(narration, order) == {
        "Count 1": "acquitted",
        "Count 2": "convicted",
        "Count 3": "acquitted",
        "Count 4": "convicted",
    }


def test_an_allowed_appeal_acquits_on_the_convicted_counts_too() -> None:
    narration = (
        "The learned trial judge convicted him on counts 2 and 4. He was acquitted on counts 1"
        " and 3."
    )
    order = (
        "For the above reasons, we allow the appeal, set aside the conviction and acquit the"
        " appellant."
    )
    assert set(_outcomes(narration, order).values()) == {"acquitted"}


@pytest.mark.parametrize(
    "narration",
    [
        "The learned trial judge convicted the appellant on all counts. Counsel argued that he"
        " should have been acquitted on counts 1 and 3.",
        "The learned trial judge convicted the appellant on all counts; he was not acquitted on"
        " counts 1 and 3.",
    ],
)
def test_an_argued_or_denied_acquittal_is_no_verdict(narration: str) -> None:
    order = "For the above reasons, we dismiss the appeal and affirm the conviction."
    assert set(_outcomes(narration, order).values()) == {"convicted"}


def test_an_appeal_court_acquits_on_ordinal_counts_and_affirms_the_rest() -> None:
    # "the third and the fourth counts": counts named by ordinals, after "the conviction
    # and the sentence of the appellant" (Sri Lankan Court of Appeal)
    narration = "The learned High Court Judge convicted the appellant on all four counts."
    order = (
        "For the above reasons, I set aside the conviction and the sentence of the"
        " appellant on the third and the fourth counts preferred against her and acquit her of"
        " the said counts. I affirm the conviction on the first and the second counts."
    )
    assert _outcomes(narration, order) == _SPLIT


def test_a_numbered_list_of_counts_is_decided_count_by_count() -> None:
    head = _HEAD.replace("was indicted on four counts.", "was indicted on the following counts.")
    counts = "".join(
        f"{n}. That on or about 8th February 2014 the appellant {act} a gratification{servant},"
        f" an offence punishable in terms of section 19 ({sec}) of the\n\nBribery Act.\n\n"
        for n, act, servant, sec in [
            (1, "solicited", "", "b"),
            (2, "solicited", " being a public servant", "c"),
            (3, "accepted", "", "b"),
            (4, "accepted", " being a public servant", "c"),
        ]
    )
    order = (
        "For the above reasons, I set aside the conviction of the appellant on the third and"
        " the fourth counts and"
        " acquit her of the said counts. I affirm the conviction on the first and second counts."
    )
    narration = "The High Court convicted her on all counts.\n\nBeing aggrieved, she appealed."
    text = f"{head}{counts}{narration}\n\n{order}\n"
    assert _standing_by_count(text) == _SPLIT


_TWO_ACCUSED = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "Commission to Investigate Allegations of Bribery or Corruption\nComplainant\n\nVs.\n\n"
    "1. Kamal Perera,\n\n2. Sunil Silva,\n\nAccused\n\nAnd Between\n\nKamal Perera\n\n"
    "Accused-Appellant\n\nJUDGMENT\n\nThe appellant, a Grama Niladhari, was indicted on four"
    " counts.\n\n"
)


def test_a_narrated_acquittal_is_the_appellants_where_the_caption_names_one() -> None:
    narration = (
        "The 2nd accused pleaded guilty to abetting. After trial the learned High Court Judge"
        " convicted the appellant on counts 2 and 4. He was acquitted on counts 1 and 3."
    )
    order = "For the above reasons, we dismiss the appeal and affirm the conviction."
    text = f"{_TWO_ACCUSED}{_COUNTS}{narration}\n\n{order}\n"
    x = extract(Judgment(id="t", portal="test", text=text))
    names = {d.index: d.name for d in x.defendants}
    counts = {c.index: (names[c.defendant], c.count) for c in x.charges}
    got = {counts[v.charge]: v.outcome.value for v in x.verdicts if v.standing}
    assert {c for (who, c), o in got.items() if who == "Kamal Perera" and o == "acquitted"} == {
        "Count 1",
        "Count 3",
    }
    # the co-accused's copies of the counts are not acquitted by the appellant's narration
    assert {o for (who, _), o in got.items() if who == "Sunil Silva"} == {"convicted"}
