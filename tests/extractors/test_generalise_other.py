"""Rules from the error analysis on unseen non-Philippine judgments (snippets written for
these tests; no judgment text): Sri Lankan charge formulas and drug statute, court
headers, and caption sides in official detection."""

from __future__ import annotations

import pytest
from party_helpers import official_of

from caselaw.extractors import charges, officials
from caselaw.extractors._base import Context
from caselaw.extractors.metadata import guess
from caselaw.models import Category, CourtLevel, Judgment


@pytest.mark.parametrize(
    ("text", "category", "statute"),
    [
        # the Sri Lankan drafting formula "an offence punishable in terms of section ..."
        (
            "The accused was indicted on four counts. Count two, for being a public servant "
            "soliciting a gratification of Rs. 20,000/-, an offence punishable in terms of "
            "section 19(c) of the Bribery Act.",
            Category.CORRUPTION,
            "Bribery Act (LK) s.19(c)",
        ),
        # drug "traffic" under the Ordinance is a drugs charge, never trafficking in persons
        (
            "Charge 02: That you did traffic 2.10 grams of heroin, an offence punishable in "
            "terms of section 54A(b) of the Poisons, Opium and Dangerous Drugs Ordinance.",
            Category.DRUGS,
            "Poisons, Opium and Dangerous Drugs Ordinance (LK) s.54A(b)",
        ),
    ],
)
def test_sri_lankan_charge_formula(text: str, category: Category, statute: str) -> None:
    got = charges.find_charges(text, "LK")
    assert [(m.category, m.statute) for m in got] == [(category, statute)]


def test_in_terms_of_without_an_offence_is_no_charge() -> None:
    text = "The learned Judge considered the matter in terms of section 19 of the Bribery Act."
    assert charges.find_charges(text, "LK") == []


def info(text: str):
    return guess(Context(Judgment(id="t", portal="test", text=text)))


@pytest.mark.parametrize(
    ("head", "court", "jurisdiction", "level"),
    [
        # a PDF caption broken across lines
        (
            "1\n\nIN THE COURT OF APPEAL OF THE DEMOCRATIC\n\nSOCIALIST REPUBLIC OF SRI LANKA\n\n"
            "In the matter of an Appeal under Section 331 of the Code of Criminal Procedure",
            "Court of Appeal of Sri Lanka",
            "LK",
            CourtLevel.APPELLATE,
        ),
        (
            "IN THE SUPREME COURT OF THE DEMOCRATIC\nSOCIALIST REPUBLIC OF SRI LANKA\nSC Appeal",
            "Supreme Court of Sri Lanka",
            "LK",
            CourtLevel.SUPREME,
        ),
        # a LawNet report header without the neutral citation
        (
            "Public Prosecutor v Tan Ah Beng\n\nCase Number : Magistrate's Appeal No 9 of 2010\n\n"
            "Decision Date : 3 March 2010\n\nTribunal/Court : High Court\n\nCoram : Lee J",
            "High Court of Singapore",
            "SG",
            CourtLevel.APPELLATE,  # (a Magistrate's Appeal: the High Court sits on appeal)
        ),
        (
            "Lim Bee Hoon v Public Prosecutor\n\nTribunal/Court : Court of Appeal\n\n"
            "Coram : Ong JA",
            "Court of Appeal of Singapore",
            "SG",
            CourtLevel.SUPREME,
        ),
        (
            "Public Prosecutor v Goh Kim Seng\n\nTribunal/Court : District Court\n\nCoram : DJ Tan",
            "District Court of Singapore",
            "SG",
            CourtLevel.TRIAL,
        ),
    ],
)
def test_court_headers(head: str, court: str, jurisdiction: str, level: CourtLevel) -> None:
    got = info(head)
    assert (got.court, got.jurisdiction, got.court_level) == (court, jurisdiction, level)


@pytest.mark.parametrize(
    ("before", "own"),
    [
        ("Parties : Public Prosecutor \u2014 ", " "),
        ("Public Prosecutor v ", " "),
        ("THE STATE vs. PO2 ", " PO2 "),
        ("Accused Inspector ", "Accused Inspector "),
        ("Crown Prosecution Service - ", ""),
    ],
)
def test_own_side_of_a_caption(before: str, own: str) -> None:
    assert officials._own_side(before) == own


def test_prosecutor_on_the_other_side_is_no_title_of_the_accused() -> None:
    from caselaw.models import Defendant, Evidence

    text = (
        "Parties : Public Prosecutor \u2014 Lim Ah Kow\n\n1 The respondent, a hawker, pleaded "
        "guilty to a charge of cheating."
    )
    ctx = Context(Judgment(id="t", portal="test", text=text))
    at = text.index("Lim Ah Kow")
    ev = Evidence(at, at + 10, "Lim Ah Kow", "parties", "t")
    ctx.defendants = [Defendant(index=0, name="Lim Ah Kow", evidence=(ev,))]
    assert officials.official(ctx, 0) is None


def test_singapore_pca_by_its_bare_name_and_sides() -> None:
    text = (
        "The appellant pleaded guilty to a charge of corruptly giving gratification to an "
        "agent contrary to section 6(b) of the Prevention of Corruption Act."
    )
    got = [m for m in charges.find_charges(text, "SG") if m.statute]
    assert [m.statute for m in got] == ["PCA (SG) s.6(b)"]
    assert "giving" in got[0].label  # the giving side, not the agent's


def test_ciaboc_act_name_charges_corruption() -> None:
    text = (
        "The appellant was indicted for soliciting a gratification of Rs. 2,000/= under "
        "section 19(c) of the Commission to Investigate Allegations of Bribery or "
        "Corruption Act."
    )
    got = [m for m in charges.find_charges(text, "LK") if m.statute]
    assert [(m.category, m.statute) for m in got] == [
        (Category.CORRUPTION, "CIABOC Act (LK) s.19(c)")
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "It was alleged that the accused solicited Rs. 10,000/= to be given to the "
            "two senior officers of the department.",
            "bribe",
        ),
        ("The clerk solicited a sum of $500 from the applicant for the licence.", "bribe"),
        # a norm about the generic person narrates nothing
        (
            "If one received a request for bribes from an officer, one should report it to "
            "the relevant authorities.",
            None,
        ),
        # soliciting support is no payment
        ("The officer solicited the views of the residents on the new road.", None),
    ],
)
def test_signal_sentences(sentence: str, kind: str | None) -> None:
    from caselaw.extractors import signals

    assert signals.narrated(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Appeal dismissed.", "affirmed"),
        ("11. Appeal dismissed.", "affirmed"),
        ("For these reasons I dismissed the appellant's appeal.", "affirmed"),
        ("I would dismiss the appeal.", "affirmed"),
        ("The appeal against conviction was therefore dismissed.", "affirmed"),
        ("The appeal against sentence was also dismissed.", "affirmed"),
        # the benefit of the doubt acquits only when it is given
        ("The accused is given the benefit of the doubt and acquitted.", "acquitted"),
        ("Extending him the benefit of doubt, we set him free.", "acquitted"),
        (
            "The question was whether the appellant ought to be given the benefit of the doubt.",
            None,
        ),
        ("The benefit of the doubt must go to the accused in such cases.", None),
        # the judge's active voice; an appeal by the prosecution or about the sentence
        # leaves the conviction standing
        ("We allow the appeal and quash the conviction.", "acquitted"),
        ("I allowed the Prosecution\u2019s appeal against sentence.", "affirmed"),
        ("For these reasons we allow the appeal against sentence.", "affirmed"),
    ],
)
def test_verdict_sentences(sentence: str, label: str | None) -> None:
    from caselaw.extractors.verdict_cues import classify

    assert classify(sentence) == label


@pytest.mark.parametrize(
    ("text", "official"),
    [
        (
            "Lim Ah Kow v Public Prosecutor\n\n1 The respondent was at the material time a "
            "senior enforcement officer in the Housing Authority. He used a false invoice.",
            True,
        ),
        (
            "Nimal Perera v Attorney General\n\nThe appellant was employed as a government "
            "servant in the district hospital when he took the money.",
            True,
        ),
        (
            "Lim Ah Kow v Public Prosecutor\n\n1 The respondent was at the material time a "
            "hawker at the market. He sold counterfeit goods.",
            False,
        ),
    ],
)
def test_position_of_the_sole_party(text: str, official: bool) -> None:
    assert (official_of(text, "Lim Ah Kow" if "Lim" in text else "Nimal Perera") is not None) is (
        official
    )
