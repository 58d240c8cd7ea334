"""Rules from the error analysis on a fourth set of unseen Philippine Supreme Court
decisions, trafficking / recruitment side (snippets written for these tests; no judgment
text)."""

from __future__ import annotations

import pytest
from party_helpers import names

from caselaw.extractors import extract
from caselaw.extractors.name_match import same_person
from caselaw.models import Category, Judgment

_HEAD = (
    "THIRD DIVISION\n\n[ G.R. No. 200001, June 7, 2017 ]\n\n"
    "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ROSA MARIA SANTOS Y CRUZ, "
    "ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nREYES, J.:\n\n"
)


def _offences(text: str) -> dict[str, set[str]]:
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))
    out: dict[str, set[str]] = {}
    for c in ex.charges:
        out.setdefault(c.category.value, set()).add(c.label)
    return out


@pytest.mark.parametrize(
    "opening",
    [
        # the cue "crimes of" opens the evidence of both offences: "recruit" before "and"
        # names the first offence, not the estafa after it
        "This is an appeal from the Decision of the Court of Appeals finding "
        "accused-appellant guilty beyond reasonable doubt of the crimes of illegal "
        "recruitment in large scale and estafa.",
        "The RTC convicted the accused-appellant of Large Scale Illegal Recruitment and Estafa.",
    ],
)
def test_estafa_coordinated_with_illegal_recruitment_is_a_charge_of_its_own(
    opening: str,
) -> None:
    text = (
        _HEAD + opening + "\n\nThe appellant maintains that she could not be held liable "
        "for the crimes of illegal recruitment and estafa.\n\nWHEREFORE, the appeal is "
        "DISMISSED. The conviction of accused-appellant Rosa Maria Santos y Cruz for illegal "
        "recruitment in large scale and estafa is AFFIRMED.\n\nSO ORDERED."
    )
    offences = _offences(text)
    assert Category.ILLEGAL_RECRUITMENT.value in offences
    assert Category.OTHER.value in offences, offences


def test_a_law_read_with_the_charge_stays_part_of_it() -> None:
    # "... thereof and Sections 3 and 6 of RA 9231": provisions after "and", not a second
    # offence; the trafficking charge restates them
    text = (
        _HEAD + "The lower courts found accused-appellant guilty of Qualified Trafficking in "
        "Persons under Sections 4(a) and 6(a) of RA 9208, in relation to Section 3 thereof and "
        "Sections 3 and 6 of RA 9231 amending RA 7610.\n\nWHEREFORE, the appeal is DISMISSED. "
        "The conviction is AFFIRMED.\n\nSO ORDERED."
    )
    assert set(_offences(text)) == {Category.TRAFFICKING.value}


def test_an_alias_ending_like_a_verb_is_read_whole() -> None:
    # the co-accused the quoted trial-court fallo names: "Alexis GUILTY" is the alias and
    # the verdict, not "Alex" + "is GUILTY"
    text = (
        _HEAD + "The dispositive portion of the RTC Decision reads:\n\nWHEREFORE, the court "
        "finds accused Pedro Reyes y Lim a.k.a. Alexis GUILTY BEYOND REASONABLE DOUBT of "
        "the offense charged.\n\nSO ORDERED.\n\nWHEREFORE, the appeal is DISMISSED.\n\n"
        "SO ORDERED."
    )
    assert "Pedro Reyes y Lim a.k.a. Alexis" in names(text)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a scanned fallo misreads the "e" of a given name as "c"
        ("Joanc Simbillo y Lauretti", "Joane Simbillo y Lauretti", True),
        ("Gracc Santos", "Grace Santos", True),
        # other one-letter differences are other people (siblings, spouses)
        ("Mario Cruz", "Maria Cruz", False),
        ("Marlo Cruz", "Mario Cruz", False),
        # the surname must agree
        ("Joanc Simbillo", "Joane Santos", False),
    ],
)
def test_a_given_name_misread_c_for_e_is_the_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


_VARIANCE = (
    "THIRD DIVISION\n\n[ G.R. No. 200002, October 14, 2020 ]\n\n"
    "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN DELA PAZ Y REYES, "
    "ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\n"
    "Before the Court is an appeal assailing the Decision of the Court of Appeals (CA), which "
    "modified the Judgment of the Regional Trial Court (RTC) and found Dela Paz guilty beyond "
    "reasonable doubt of violation of Section 5 (a), Article III of Republic Act No. 7610."
    "\n\n{charge}\n\nThe CA held that no act of trafficking was shown and, applying the "
    "variance doctrine, it found Dela Paz guilty of violation of Section 5 (a) of RA 7610.\n\n"
    "The Court deems it proper to reinstate the RTC ruling convicting Dela Paz of Qualified "
    "Trafficking in Persons.\n\nWHEREFORE, the appeal is DENIED. The Decision of the Court of "
    "Appeals is AFFIRMED with MODIFICATION as follows: accused-appellant Juan Dela Paz y Reyes "
    "is found GUILTY beyond reasonable doubt of Qualified Trafficking in Persons under Section "
    "4 (a), in relation to Section 6 (a) of RA 9208, and is sentenced to life imprisonment."
    "\n\nSO ORDERED."
)


@pytest.mark.parametrize(
    ("charge", "sexual"),
    [
        # the Information charged trafficking only: the CA's substituted verdict under R.A.
        # 7610, which the restated fallo replaces, is no offence of this judgment
        (
            "The Information charged Dela Paz with Qualified Trafficking in Persons under "
            "Section 4 in relation to Section 6 (a) of Republic Act No. 9208.",
            False,
        ),
        # a child-abuse count of the Information stays a charge though the fallo omits it
        (
            "Two Informations charged Dela Paz with Qualified Trafficking in Persons under "
            "Section 4 of Republic Act No. 9208 and with violation of Section 5 (a) of "
            "Republic Act No. 7610.",
            True,
        ),
    ],
)
def test_a_lower_courts_substituted_offence_the_fallo_replaces_is_no_charge(
    charge: str, sexual: bool
) -> None:
    offences = _offences(_VARIANCE.replace("{charge}", charge))
    assert Category.TRAFFICKING.value in offences
    assert (Category.SEXUAL_OFFENCE.value in offences) is sexual, offences


_PARTIAL = (
    "THIRD DIVISION\n\n[ G.R. No. 200003, June 16, 2021 ]\n\n"
    "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ANA REYES Y LIM AND BELLA CRUZ Y "
    "GO, ACCUSED-APPELLANTS.\n\nD E C I S I O N\n\nLOPEZ, J.:\n\n"
    "In four Informations, Reyes and Cruz were charged with qualified trafficking in persons "
    "under Section 4(a) in relation to Section 6(a) of Republic Act No. 9208.\n\n"
    "The Regional Trial Court convicted Reyes and Cruz of qualified trafficking in persons in "
    "Criminal Case Nos. 14-101 and 14-102.\n\nReyes and Cruz were acquitted by the trial "
    "court in Criminal Case Nos. 14-103 and 14-104, as the minors were not presented."
    "\n\nThe Court of Appeals affirmed the convictions.\n\n"
    "WHEREFORE, the appeal is DISMISSED. Accused-appellants Ana Reyes y Lim and Bella Cruz "
    "y Go are found GUILTY beyond reasonable doubt of qualified trafficking in persons in "
    "Criminal Case Nos. 14-101 and 14-102 and are sentenced to life imprisonment.\n\n"
    "SO ORDERED."
)


def test_a_trial_courts_acquittal_on_some_cases_stands_beside_the_affirmed_convictions() -> None:
    # an acquittal is final (double jeopardy): the appeal decides the convictions only
    ex = extract(Judgment(id="t", portal="test", text=_PARTIAL, jurisdiction="PH"))
    standing = {
        d.name: {v.outcome.value for v in ex.verdicts if v.defendant == d.index and v.standing}
        for d in ex.defendants
    }
    assert standing == {
        "Ana Reyes y Lim": {"convicted", "acquitted"},
        "Bella Cruz y Go": {"convicted", "acquitted"},
    }, standing
    assert ex.case.trafficking_outcome.value == "mixed"


def test_a_trial_acquittal_of_a_co_accused_on_some_cases_is_hers_only() -> None:
    text = _PARTIAL.replace(
        "Reyes and Cruz were acquitted by the trial court in Criminal Case Nos. 14-103 and 14-104",
        "Cruz was acquitted by the trial court in Criminal Case Nos. 14-103 and 14-104",
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))
    standing = {
        d.name: {v.outcome.value for v in ex.verdicts if v.defendant == d.index and v.standing}
        for d in ex.defendants
    }
    assert standing == {
        "Ana Reyes y Lim": {"convicted"},
        "Bella Cruz y Go": {"convicted", "acquitted"},
    }, standing


@pytest.mark.parametrize("count", ["one count", "two counts"])
def test_an_acquittal_of_some_counts_leaves_the_affirmed_convictions(count: str) -> None:
    # "ACQUITTED of one count of estafa ...; the Decision ... is AFFIRMED with MODIFICATION":
    # the acquittal decides those estafa counts; illegal recruitment and the other estafa
    # counts stay convicted
    text = (
        _HEAD + "The RTC found appellant guilty beyond reasonable doubt of illegal "
        "recruitment in large scale and four counts of estafa. The Court of Appeals affirmed."
        "\n\nWHEREFORE, the appeal is PARTLY GRANTED. Appellant Rosa Maria Santos y Cruz is "
        f"ACQUITTED of {count} of estafa filed by private complainant Pedro Lim in Criminal "
        "Case No. 03-101.\n\nThe Decision of the Court of Appeals is AFFIRMED with "
        "MODIFICATION in that the appellant is ordered to pay a fine of PHP 1,000,000.\n\n"
        "SO ORDERED."
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))
    outcomes = {
        (c.category.value, v.outcome.value)
        for c in ex.charges
        for v in ex.verdicts
        if v.charge == c.index and v.standing
    }
    assert outcomes == {
        ("illegal_recruitment", "convicted"),
        ("other", "convicted"),
        ("other", "acquitted"),
    }, outcomes


@pytest.mark.parametrize(
    ("caption", "body", "expected"),
    [
        # the caption drops the "y" between the paternal and the maternal surname; the text
        # writes it, which shows that Matheus is the surname
        (
            "MERCEDITAS MATHEUS DELOS REYES",
            "Merceditas Matheus y Delos Reyes",
            "Merceditas Matheus y Delos Reyes",
        ),
        # no such form in the text: the caption's name stays
        (
            "MERCEDITAS MATHEUS DELOS REYES",
            "Merceditas Delos Reyes",
            "Merceditas Matheus delos Reyes",
        ),
    ],
)
def test_the_texts_maternal_y_form_of_a_caption_name(
    caption: str, body: str, expected: str
) -> None:
    text = (
        "THIRD DIVISION\n\nG.R. No. 200004               June 7, 2017\n\n"
        "PEOPLE OF THE PHILIPPINES, Plaintiff-Appellee,\n\nvs.\n\n"
        f"{caption}, Accused-Appellant\n\nD E C I S I O N\n\nTIJAM, J.:\n\n"
        f"In this appeal, accused-appellant {body} assails the Decision of the Court of "
        "Appeals.\n\nWHEREFORE, the appeal is DISMISSED.\n\nSO ORDERED."
    )
    assert names(text) == [expected]
