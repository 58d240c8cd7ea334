"""Charge and citation rules from the s11 fresh sets (snippets written for these tests; no
judgment text): a footnote number glued to a six-digit act number, administrative
misappropriation of public money, a superseded charge, a charge named by its act without a
section, and a lettered section written with spaces and brackets."""

from __future__ import annotations

import pytest

from caselaw.extractors import charges, prefilter
from caselaw.extractors.admin_corrupt import said_corrupt_elsewhere
from caselaw.models import Category


def _acts(text: str, jurisdiction: str) -> set[tuple[Category, str]]:
    found = charges.find_charges(text, jurisdiction)
    return {(m.category, (m.statute or "").split(" s.")[0].split(" art.")[0]) for m in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "No. 301911": R.A. 3019 with footnote 11 glued on (lawphil layout)
        (
            "An Information for violation of Section 3 of Republic Act (RA) No. 301911 was "
            "filed against the accused mayor.",
            {(Category.CORRUPTION, "R.A. 3019")},
        ),
        (
            "The accused was charged with violation of Section 4 of R.A. No. 920812.",
            {(Category.TRAFFICKING, "R.A. 9208")},
        ),
        # six digits with no known act under them: no act number at all
        (
            "The accused was charged with violation of Section 4 of R.A. No. 777777.",
            set(),
        ),
    ],
)
def test_a_footnote_glued_to_a_four_digit_act_number(
    text: str, expected: set[tuple[Category, str]]
) -> None:
    assert _acts(text, "PH") == expected


_SHOW_CAUSE = (
    "The respondent clerk of court was directed to show cause why he should not be held "
    "liable for gross dishonesty and be dismissed from the service.\n\n"
)


@pytest.mark.parametrize(
    ("weighed", "expected"),
    [
        # the charge weighed where the decision says what it consisted of: misappropriation
        (
            "His failure to remit the cash bond is gross dishonesty and malversation of the "
            "funds entrusted to him.",
            Category.CORRUPTION,
        ),
        (
            "Such conduct amounts to dishonesty, for he misappropriated the court's collections.",
            Category.CORRUPTION,
        ),
        # dishonesty about something else stays an administrative offence of its own
        (
            "His false statement in his personal data sheet is dishonesty.",
            Category.OTHER,
        ),
    ],
)
def test_an_administrative_charge_weighed_as_misappropriation_is_corruption(
    weighed: str, expected: Category
) -> None:
    found = charges.find_charges(_SHOW_CAUSE + weighed, "PH")
    assert [m.category for m in found if m.label == "Dishonesty"] == [expected]


def test_a_corrupt_act_in_another_sentence_says_nothing_of_the_charge() -> None:
    text = (
        "The complainant alleged that the judge took a bribe. His false entries in the "
        "docket book are dishonesty."
    )
    assert not said_corrupt_elsewhere(text, prefilter.scan(text), "dishonesty")
    text = text.replace("took a bribe. His", "took a bribe and his")
    assert said_corrupt_elsewhere(text, prefilter.scan(text), "dishonesty")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the charge laid first and replaced by an amended information
        (
            "Originally, the accused was charged with violation of Republic Act No. 3019 for "
            "having demanded money. However, in an amended information, the charge was "
            "changed: he was charged with violation of Republic Act No. 9208.",
            {Category.TRAFFICKING},
        ),
        (
            "The accused was initially indicted for murder. The indictment was later amended "
            "to charge the offence anew. He was charged with violation of Republic Act No. 9208.",
            {Category.TRAFFICKING},
        ),
        # an amendment that adds a charge replaces nothing
        (
            "The accused was initially charged with violation of Republic Act No. 3019. The "
            "information was later amended to include another count. He was charged with "
            "violation of R.A. No. 9208.",
            {Category.CORRUPTION, Category.TRAFFICKING},
        ),
        # no amendment: the first charge stands
        (
            "Originally, the accused was charged with violation of Republic Act No. 3019. "
            "He was convicted as charged.",
            {Category.CORRUPTION},
        ),
    ],
)
def test_a_charge_an_amendment_replaced_is_no_charge(text: str, expected: set[Category]) -> None:
    assert {m.category for m in charges.find_charges(text, "PH")} == expected


_POSSESSION = (
    "The accused was indicted on two counts of possession of a substance which is a "
    "prohibited drug in terms of the Poisons, Opium and Dangerous Drugs Ordinance, and "
    "thereby committed offences "
)


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        # the act named by its kind word, the act itself named before in the paragraph
        ("punishable in terms of the Ordinance.", {(Category.DRUGS, "Dangerous drugs offence")}),
        ("punishable under the said Ordinance.", {(Category.DRUGS, "Dangerous drugs offence")}),
        # no act of that kind named before: nothing says which act
        ("punishable under the Act.", set()),
    ],
)
def test_a_charge_named_by_its_act_without_a_section(
    formula: str, expected: set[tuple[Category, str]]
) -> None:
    found = charges.find_charges(_POSSESSION + formula, "LK")
    assert {(m.category, m.label) for m in found} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the section's own letter in brackets, upper or lower case, before a subsection
        ("section 360 (B) (1) (b) of the Penal Code", "Penal Code (LK) s.360B(1)(b)"),
        ("section 360 (b) (1) (b) of the Penal Code", "Penal Code (LK) s.360B(1)(b)"),
        # the section cited by the name of the amending act that inserted it
        (
            "section 360 (b) (1) (b) of the Penal Code (Amendment) Act No. 22 of 1995 read "
            "with section 360 (a) (5) of the Penal Code",
            "Penal Code (LK) s.360B(1)(b) r/w s.360A(5)",
        ),
        # a letter with no numbered subsection after it is a subsection of the section
        ("section 360 (b) of the Penal Code", "Penal Code (LK) s.360(b)"),
        # no lettered section listed: read as written
        ("section 302 (a) (1) of the Penal Code", "Penal Code (LK) s.302(a)(1)"),
    ],
)
def test_a_lettered_section_written_apart(text: str, expected: str) -> None:
    from caselaw.extractors.citations import parse_citations

    (cit,) = parse_citations(text, jurisdiction="LK")
    assert cit.normalised() == expected


def test_a_provision_read_with_the_charge_is_no_second_charge() -> None:
    text = (
        "The accused stood indicted for an offence punishable under section 360B (1) (b) of "
        "the Penal Code. He was convicted of the offence punishable under section 360B (1) (b) "
        "of the Penal Code read with section 360A (5) of the Penal Code."
    )
    found = charges.find_charges(text, "LK")
    assert [(m.category, m.statute) for m in found] == [
        (Category.SEXUAL_OFFENCE, "Penal Code (LK) s.360B(1)(b)")
    ]
    assert len(found[0].evidence) == 2
