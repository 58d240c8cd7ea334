"""Round s10 of the sentences extractor: the penalties that stand, for whom (synthetic texts).

Each rule comes from law and language, and is tried on the forms of several jurisdictions.
"""

from __future__ import annotations

import pytest

from caselaw.extractors._base import Context, Finding
from caselaw.extractors.sentence_links import after_last_break
from caselaw.extractors.sentences import EXTRACTOR
from caselaw.models import Defendant, Judgment


def run(
    text: str,
    names: tuple[str, ...] = (),
    findings: tuple[tuple[int | None, str, bool], ...] = (),
    jurisdiction: str | None = None,
) -> list[tuple]:
    """(defendant, kind, term_months, term_max_months, amount, currency), sorted."""
    ctx = Context(Judgment(id="t", portal="test", text=text, jurisdiction=jurisdiction))
    ctx.defendants = [Defendant(index=i, name=n) for i, n in enumerate(names)]
    ctx.findings = [Finding(d, o, st, None, 0, 1) for d, o, st in findings]
    EXTRACTOR(ctx)
    out = [
        (s.defendant, s.kind, s.term_months, s.term_max_months, s.amount, s.currency)
        for s in ctx.sentences
    ]
    return sorted(out, key=lambda t: (-1 if t[0] is None else t[0], t[1], t[2] or 0, t[4] or 0))


def kinds(text: str, **kw) -> list[tuple]:
    return [(k, t, mx, a, c) for _, k, t, mx, a, c in run(text, **kw)]


# --- terms: number words to sixty, days, "sentence of" ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PH indeterminate penalty with days (a day is 1/30 month)
        (
            "The accused is sentenced to suffer the indeterminate penalty of fourteen (14) years,"
            " eight (8) months and one (1) day, as minimum, to sixteen (16) years, five (5)"
            " months, and eleven (11) days of reclusion temporal, as maximum.",
            ("imprisonment", 176.03, 197.37, None, None),
        ),
        # "twenty one (21) days" as one number
        (
            "The court imposes upon him imprisonment ranging from six (6) years and one (1) month"
            " as minimum, to nine (9) years and twenty one (21) days as maximum.",
            ("imprisonment", 73.0, 108.7, None, None),
        ),
        # UK: "a concurrent sentence of 5 years"
        (
            "He was given a concurrent sentence of 5 years for the wounding.",
            ("imprisonment", 60.0, None, None, None),
        ),
        # Kenya: "a sentence of twelve (12) years"
        (
            "The appellant is serving a sentence of twelve (12) years.",
            ("imprisonment", 144.0, None, None, None),
        ),
        # US: "sentenced <name> to 360 months of imprisonment"
        (
            "The district court sentenced Exemplar to 360 months of imprisonment.",
            ("imprisonment", 360.0, None, None, None),
        ),
        # Pakistan / India: "rigorous imprisonment for fourteen years"
        (
            "He was sentenced to undergo rigorous imprisonment for fourteen years.",
            ("imprisonment", 168.0, None, None, None),
        ),
    ],
)
def test_terms(text: str, expected: tuple) -> None:
    assert expected in kinds(text)


# --- statute ranges and hypothetical penalties are not penalties imposed ---------------


@pytest.mark.parametrize(
    "text",
    [
        # PH statute: fine range
        "Any person found guilty shall suffer a fine of not less than P2,000,000.00 but not more"
        " than P5,000,000.00.",
        "or (c) a fine of more than PHP 100,000.00 but not exceeding PHP 200,000.00.",
        # Sri Lanka: "rigorous imprisonment for a term of not more than seven years"
        "shall be guilty of an offence punishable with rigorous imprisonment for a term of not"
        " more than seven years.",
        # Pakistan / India: "which may extend to seven years"
        "shall be punished with imprisonment for a term which may extend to seven years.",
        # South Africa: "if convicted he may be sentenced to life imprisonment"
        "He was warned that if convicted he may be sentenced to life imprisonment.",
        # Kenya: "the offence carries a sentence of life imprisonment"
        "The offence of trafficking in persons carries a sentence of life imprisonment.",
        # UK: "the offence is punishable by life imprisonment"
        "Murder is punishable by life imprisonment.",
        # Singapore / Malaysia: "liable to a fine"
        "shall be liable on conviction to a fine of S$10,000.",
    ],
)
def test_statute_and_hypothetical_penalties_are_not_read(text: str) -> None:
    assert kinds(text) == []


# --- fines, damages, compensation, restitution -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "fined" (PH administrative, UK magistrates)
        (
            "Respondent judge is FINED in the amount of P20,000.00.",
            [("fine", None, None, 20000.0, "PHP")],
        ),
        ("The defendant was fined £2,500.", [("fine", None, None, 2500.0, "GBP")]),
        # the kind before the amount (PH)
        (
            "He is ordered to pay moral damages of Five Hundred Thousand Pesos (P500,000.00)"
            " and exemplary damages in the amount of P100,000.00.",
            [
                ("damages", None, None, 100000.0, "PHP"),
                ("damages", None, None, 500000.0, "PHP"),
            ],
        ),
        # Pakistan: compensation under s.544-A Cr.P.C.
        (
            "The appellant is sentenced to death with compensation of Rs.2,00,000/- payable to"
            " the legal heirs of the deceased.",
            [("death", None, None, None, None), ("damages", None, None, 200000.0, "PKR")],
        ),
        # India: "Rs. 50,000 as compensation"
        (
            "He shall also pay Rs. 50,000 as compensation to the victim.",
            [("damages", None, None, 50000.0, "PKR")],
        ),
        # US: restitution with its amount
        (
            "The court ordered restitution of $212,400 to the victims.",
            [("restitution", None, None, 212400.0, "USD")],
        ),
        # PH administrative: restitute with the amount, past a middle initial
        (
            "Respondent is DIRECTED to RESTITUTE the money given to him by complainant Mercedes"
            " D. Felongco amounting to PHP 100,000.00.",
            [("restitution", None, None, 100000.0, "PHP")],
        ),
    ],
)
def test_money(text: str, expected: list[tuple]) -> None:
    assert sorted(kinds(text), key=lambda t: (t[0], t[3] or 0)) == sorted(
        expected, key=lambda t: (t[0], t[3] or 0)
    )


@pytest.mark.parametrize(
    "text",
    [
        # facts, not an order: "they demanded from the accused to return the money"
        "The complainants demanded from the accused to return the money, otherwise they would sue.",
        # a tax refund narrated
        "The claim for reimbursement of taxes paid in the amount of P180,701,682.00 was denied.",
        # "compensation" in its general sense
        "USD 6,154,000.00 was part of the war damage compensation.",
        # a date is no amount: "October 27" holds no "R 27" (rand)
        "They agreed to pay back rentals starting October 27, 1984.",
    ],
)
def test_no_money_penalty(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("jurisdiction", "currency"),
    [("LK", "LKR"), ("IN", "INR"), ("PK", "PKR"), (None, "PKR")],
)
def test_rupees_are_the_jurisdictions(jurisdiction: str | None, currency: str) -> None:
    text = "He was sentenced to pay a fine of Rs.5000 for each count."
    assert kinds(text, jurisdiction=jurisdiction) == [("fine", None, None, 5000.0, currency)]


def test_dollars_in_singapore() -> None:
    text = "The accused was fined $10,000 for the offence."
    assert kinds(text, jurisdiction="SG") == [("fine", None, None, 10000.0, "SGD")]


# --- a death sentence the judgment undoes --------------------------------------------------


@pytest.mark.parametrize(
    ("undo", "left"),
    [
        # Pakistan, India
        ("His sentence is altered from death to imprisonment for life.", [("life",)]),
        ("The death sentence of the appellant is not confirmed.", []),  # murder reference
        ("The sentence of death is commuted to life imprisonment.", [("life",)]),  # Kenya
    ],
)
def test_death_undone(undo: str, left: list[tuple]) -> None:
    text = "The trial court convicted the appellant and sentenced him to death. " + undo
    assert [(k,) for k, *_ in kinds(text)] == left


# --- whom a penalty is for ----------------------------------------------------------------


def test_initials_and_suffixes_do_not_end_the_sentence() -> None:
    """PH dispositive naming accused with initials and "JR.": all of them are sentenced."""
    text = (
        "WHEREFORE, judgment is rendered finding accused FRANKIE H. LOCSIN, CARLOS C. MORENO,"
        " JR., RAMON T. TIRADOR and RODRIGO S. VILLANUEVA GUILTY and sentencing each of them"
        " to suffer the indeterminate penalty of six (6) years and one (1) month as minimum to"
        " ten (10) years as maximum."
    )
    names = ("Frankie H. Locsin", "Carlos C. Moreno, Jr.", "Ramon T. Tirador", "Rodrigo Villanueva")
    assert {d for d, *_ in run(text, names)} == {0, 1, 2, 3}


def test_titles_do_not_end_the_sentence() -> None:
    """Pakistan: "Ch." / "Mst." before a name."""
    text = (
        "Accused Ch. Parvez Elahi and Mst. Rani Bibi are convicted. Accused Mst. Rani Bibi is"
        " sentenced to rigorous imprisonment for seven years."
    )
    assert run(text, ("Parvez Elahi", "Rani Bibi")) == [(1, "imprisonment", 84.0, None, None, None)]


def test_a_wrapped_line_does_not_end_the_sentence() -> None:
    text = (
        "The Court of Appeals found petitioner Jose Abaca guilty of illegal \nrecruitment and"
        " sentenced the accused to life imprisonment and a\n fine of P100,000.00."
    )
    assert run(text, ("Jose Abaca", "Pedro Cruz")) == [
        (0, "fine", None, None, 100000.0, "PHP"),
        (0, "life", None, None, None, None),
    ]


def test_after_last_break() -> None:
    text = "Frankie H. Locsin, Carlos C. Moreno, Jr., and Ramon Reyes GUILTY. He is sentenced"
    assert text[after_last_break(text, 0, len(text)) :] == "He is sentenced"
    wrapped = "affirmed with modification\n the decision of the trial court"
    assert after_last_break(wrapped, 0, len(wrapped)) == 0
    hard = "SO ORDERED.\nThe accused"
    assert after_last_break(hard, 0, len(hard)) == hard.index("The")


def test_penalties_listed_after_the_first_are_for_the_same_defendants() -> None:
    """A list of penalties after one subject: each is the subject's (PH, several accused)."""
    text = (
        "Accused Karen Aquino is sentenced to life imprisonment and to pay a fine of PHP"
        " 2,000,000.00, P500,000.00 as moral damages and P100,000.00 as exemplary damages;"
        " accused Rey Rosal is sentenced to suffer imprisonment of fifteen (15) years."
    )
    got = run(text, ("Karen Aquino", "Rey Rosal"))
    assert got == [
        (0, "damages", None, None, 100000.0, "PHP"),
        (0, "damages", None, None, 500000.0, "PHP"),
        (0, "fine", None, None, 2000000.0, "PHP"),
        (0, "life", None, None, None, None),
        (1, "imprisonment", 180.0, None, None, None),
    ]


def test_a_sentence_opening_with_a_pronoun_speaks_of_those_named_before() -> None:
    text = (
        "1) Accused-Appellants KAREN AQUINO and JEFFREY DELA CRUZ are GUILTY of QUALIFIED"
        " TRAFFICKING. They are each sentenced to LIFE IMPRISONMENT and ordered to pay a FINE of"
        " PHP 2,000,000.00. They are further ordered to pay PHP 500,000.00 as moral damages.\n"
        "2) Accused-Appellant REY ROSAL is GUILTY as an ACCESSORY. He is sentenced to fifteen"
        " (15) years imprisonment and a FINE of PHP 500,000.00."
    )
    got = run(text, ("Karen Aquino", "Jeffrey Dela Cruz", "Rey Rosal"))
    assert {(d, k, a) for d, k, _, _, a, _ in got} == {
        (0, "life", None),
        (1, "life", None),
        (0, "fine", 2000000.0),
        (1, "fine", 2000000.0),
        (0, "damages", 500000.0),
        (1, "damages", 500000.0),
        (2, "imprisonment", None),
        (2, "fine", 500000.0),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Sandiganbayan directed them to pay back the Province P20,000.00.",  # PH
        "The court ordered them to make restitution of $5,000.",  # US
    ],
)
def test_the_court_ordering_them(text: str) -> None:
    names = ("Amelia Zoleta", "Violeta Bahilidad")
    got = run(text, names, findings=((1, "acquitted", True),))
    assert [d for d, *_ in got] == [0]


def test_each_defendant_us() -> None:
    text = "The district court sentenced each defendant to 84 months of imprisonment."
    got = run(text, ("John Doe", "Richard Roe"))
    assert [d for d, *_ in got] == [0, 1]


def test_the_only_defendant_not_acquitted_is_the_appellant() -> None:
    """Pakistan: co-accused acquitted at trial; "the appellant ... sentenced to" is the third."""
    text = (
        "The appellant has been convicted and sentenced to imprisonment for life with"
        " compensation of Rs.2,00,000/- payable to the legal heirs."
    )
    names = ("Muhammad Waseem", "Muhammad Shabbir", "Muhammad Shakeel")
    findings = ((1, "acquitted", False), (2, "acquitted", False), (None, "convicted", True))
    assert [(d, k) for d, k, *_ in run(text, names, findings)] == [(0, "damages"), (0, "life")]


def test_no_penalty_stands_for_the_acquitted() -> None:
    """Sri Lanka / PH: the conviction and sentence set aside, the accused acquitted."""
    text = (
        "The High Court sentenced the accused to 3 years of rigorous imprisonment and a fine"
        " of Rs.5000. We set aside the conviction and sentence and acquit the accused."
    )
    assert run(text, ("Ananda Wijesena",), ((0, "acquitted", True),)) == []


def test_acquitted_co_accused_keeps_no_penalty() -> None:
    """India: A-2 acquitted on appeal keeps none of the trial court's penalties."""
    text = (
        "Ramesh Kumar was sentenced to rigorous imprisonment for fourteen years. Mahesh Prasad"
        " was sentenced to rigorous imprisonment for three years."
    )
    got = run(text, ("Ramesh Kumar", "Mahesh Prasad"), ((1, "acquitted", True),))
    assert got == [(0, "imprisonment", 168.0, None, None, None)]


# --- penalties of no other kind -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Respondent Clerk III is found GUILTY of gross misconduct and is DISMISSED from the"
        " service.",  # PH administrative
        "The Court hereby sentences him to six months of community service.",  # PH s.11, UK
        "The accused is sentenced to 10 years' imprisonment and 12 strokes of the cane.",  # SG
    ],
)
def test_other_penalties(text: str) -> None:
    assert ("other", None, None, None, None) in kinds(text)


def test_a_statute_saying_shall_be_dismissed_is_no_penalty() -> None:
    text = "An offender who is a public officer shall also be dismissed from the service."
    assert kinds(text) == []


# --- an amount the judgment changes ---------------------------------------------------------


def test_changed_amount_no_longer_stands() -> None:
    """PH: the CA raised the moral damages; the RTC's amount is gone, other awards stay."""
    text = (
        "The RTC ordered accused Karen Aquino to pay P200,000.00 as moral damages and"
        " P100,000.00 as exemplary damages. The CA modified the amount of moral damages from"
        " PHP 200,000.00 to PHP 500,000.00. As for Rey Rosal, the amount of moral damages was"
        " increased from PHP 100,000.00 to PHP 250,000.00."
    )
    got = {a for _, k, _, _, a, _ in run(text, ("Karen Aquino", "Rey Rosal")) if k == "damages"}
    assert 200000.0 not in got
    assert 100000.0 in got  # the exemplary award, not the moral one changed for Rosal


def test_reduced_fine_pakistan() -> None:
    text = (
        "The trial court imposed a fine of Rs.50,000/-. The fine is reduced from Rs.50,000/- to"
        " Rs.20,000/-."
    )
    got = [a for k, _, _, a, _ in kinds(text, jurisdiction="PK") if k == "fine"]
    assert 50000.0 not in got


# --- imprisonment in default of paying a fine -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        (
            "He is sentenced to rigorous imprisonment for 7 years and fine of Rs.50,000/- or in"
            " default thereof to further undergo simple imprisonment for six months.",
            "PK",
        ),
        (
            "He is sentenced to rigorous imprisonment for 7 years and a fine of Rs.50,000/-,"
            " failing which to undergo simple imprisonment for six months.",
            "PK",
        ),
        (
            "The accused was sentenced to 7 years' imprisonment and a fine of $5,000, in default"
            " imprisonment of 6 months.",
            "SG",
        ),
    ],
)
def test_default_term_is_no_penalty(text: str, jurisdiction: str) -> None:
    terms = [t for k, t, *_ in kinds(text, jurisdiction=jurisdiction) if k == "imprisonment"]
    assert terms == [84.0]
