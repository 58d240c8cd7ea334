"""Rules from the error analysis on a sixth set of unseen Philippine Supreme Court
decisions, trafficking side (gen8 set ``ph6``; snippets written for these tests, no
judgment text)."""

from __future__ import annotations

import pytest
from party_helpers import names, official_of

from caselaw.extractors import extract
from caselaw.extractors.name_match import same_person
from caselaw.models import Judgment

_PETITION = (
    "THIRD DIVISION\n\nJuly 1, 2019\n\nG.R. No. 200003\n\n"
    "JUAN DELA PAZ, JR. y SANTOS, Petitioner\n\nvs.\n\nPEOPLE OF THE PHILIPPINES, "
    "Respondent\n\nD E C I S I O N\n\nREYES, J.:\n\n"
)


@pytest.mark.parametrize(
    "fallo",
    [
        # the quoted trial-court fallo: the suffix after the comma, then the maternal
        # surname and an alias
        'WHEREFORE, this Court finds the accused JUAN DELA PAZ, JR. y SANTOS @ "JUN" guilty '
        "beyond reasonable doubt of violating Section 4(a) of Republic Act 9208.",
        "WHEREFORE, the Petition is DENIED. Petitioner Juan Dela Paz, Jr. y Santos is found "
        "GUILTY beyond reasonable doubt of violating Section 4(a) of Republic Act No. 9208.",
    ],
)
def test_a_suffix_before_the_maternal_surname_stays_with_the_name(fallo: str) -> None:
    text = _PETITION + "He was convicted of trafficking.\n\n" + fallo + "\n\nSO ORDERED."
    found = names(text)
    assert not any(n.lower().startswith("jr") for n in found), found
    assert any(n.lower().startswith("juan dela paz, jr. y santos") for n in found), found


def test_a_name_after_a_bare_suffix_is_still_a_name() -> None:
    # "X, Jr., and Y": the suffix piece joins X, the next name stays a name of its own
    text = (
        "FIRST DIVISION\n\n[ G.R. No. 200004, May 5, 2020 ]\n\nPEOPLE OF THE PHILIPPINES, "
        "PLAINTIFF-APPELLEE, VS. PEDRO REYES, JR., AND LINA SY, ACCUSED-APPELLANTS.\n\n"
        "D E C I S I O N\n\nCRUZ, J.:\n\nThe appeal is DISMISSED.\n\nSO ORDERED."
    )
    found = names(text)
    assert len(found) == 2, found
    assert any(n.startswith("Lina Sy") for n in found), found


def _standing(text: str) -> dict[str, set[tuple[str, str]]]:
    """name -> {(category, standing outcome)} of the whole pipeline's output."""
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))
    out: dict[str, set[tuple[str, str]]] = {}
    outcome = {(v.defendant, v.charge): v.outcome.value for v in ex.verdicts if v.standing}
    for c in ex.charges:
        if c.defendant is None:
            continue
        name = ex.defendants[c.defendant].name
        out.setdefault(name, set()).add(
            (c.category.value, outcome.get((c.defendant, c.index), "unknown"))
        )
    return out


_CO_ACCUSED = (
    _PETITION + "In an Information, Juan Dela Paz, Jr. y Santos (Dela Paz), Ramon Castro y "
    "Lim (Castro), and Ana Reyes y Sy (Reyes) were charged with qualified trafficking in "
    "persons under Section 4(a), in relation to Section 6(c) of Republic Act No. 9208.\n\n"
    "The Regional Trial Court convicted Dela Paz. The dispositive portion reads:\n\n"
    "WHEREFORE, this Court finds the accused JUAN DELA PAZ, JR. y SANTOS guilty beyond "
    "reasonable doubt of violating Section 4(a) of Republic Act 9208.\n\n"
    "{acquittal}\n\nSO ORDERED.\n\nThe Court of Appeals affirmed.\n\n"
    "WHEREFORE, the Petition is DENIED. Petitioner Juan Dela Paz, Jr. y Santos is found "
    "GUILTY beyond reasonable doubt of violating Section 4(a) of Republic Act No. 9208.\n\n"
    "SO ORDERED."
)


def test_co_accused_a_quoted_trial_fallo_acquits_in_lower_case_keep_the_acquittal() -> None:
    # "Accused A and B are hereby acquitted ...": the co-accused the trial court acquitted,
    # whose acquittal the petitioner's appeal leaves standing (listed as not parties)
    text = _CO_ACCUSED.replace(
        "{acquittal}",
        "Accused RAMON CASTRO y LIM and ANA REYES y SY are hereby acquitted for failure of "
        "the prosecution to prove their guilt beyond reasonable doubt.",
    )
    got = _standing(text)
    acquitted = {n for n, t in got.items() if ("trafficking", "acquitted") in t}
    assert any(same_person(n, "Ramon Castro y Lim") for n in acquitted), got
    assert any(same_person(n, "Ana Reyes y Sy") for n in acquitted), got
    assert any(("trafficking", "convicted") in t for t in got.values()), got


def test_a_present_tense_sentence_without_acquittal_names_nobody() -> None:
    # "Accused A and B are hereby ordered released": no verdict, no co-accused read from it
    text = _CO_ACCUSED.replace(
        "{acquittal}", "Accused RAMON CASTRO y LIM and ANA REYES y SY are hereby ordered released."
    )
    got = _standing(text)
    assert not any(same_person(n, "Ana Reyes y Sy") for n in got), got


def _categories(text: str) -> set[str]:
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))
    return {c.category.value for c in ex.charges}


_ACCESSORY = (
    "SECOND DIVISION\n\n[ G.R. No. 200005, July 31, 2023 ]\n\nPEOPLE OF THE PHILIPPINES, "
    "PLAINTIFF-APPELLEE, VS. ROLANDO BAUTISTA Y CRUZ, ACCUSED-APPELLANT.\n\n"
    "D E C I S I O N\n\nLOPEZ, J.:\n\nThe trial court ruled:\n\n{fallo}\n\nSO ORDERED.\n\n"
    "WHEREFORE, the Appeal is DISMISSED.\n\nSO ORDERED."
)


def test_a_misprinted_act_after_a_named_study_offence_takes_the_offence() -> None:
    # the quoted fallo misprints the act ("R.A. No. 9206" for 9208): the offence named in
    # words, qualified trafficking, is the charge, not an 'other' offence under an unknown act
    fallo = (
        "Accused ROLANDO BAUTISTA y CRUZ is found GUILTY BEYOND REASONABLE DOUBT as an "
        "accessory to the crime of qualified trafficking as defined and penalized under "
        "Section 4-C(a) of R.A. No. 9206, and is meted the penalty of fifteen (15) years."
    )
    cats = _categories(_ACCESSORY.replace("{fallo}", fallo))
    assert "trafficking" in cats, cats
    assert "other" not in cats, cats


def test_an_unknown_act_with_no_offence_named_stays_other() -> None:
    fallo = (
        "Accused ROLANDO BAUTISTA y CRUZ is found GUILTY BEYOND REASONABLE DOUBT of "
        "violation of Section 9 of R.A. No. 9206, and is meted the penalty of six (6) years."
    )
    cats = _categories(_ACCESSORY.replace("{fallo}", fallo))
    assert cats == {"other"}, cats


_AFFIRMANCE = (
    "SECOND DIVISION\n\n[ G.R. No. 200006, March 4, 2024 ]\n\nPEOPLE OF THE PHILIPPINES, "
    "PLAINTIFF-APPELLEE, VS. LOURDES CABRERA Y SANTOS, ACCUSED-APPELLANT.\n\n"
    "D E C I S I O N\n\nGAERLAN, J.:\n\nThis is an appeal from the Decision of the Court of "
    "Appeals in the case for Qualified Trafficking in Persons under Section 4(a) in relation "
    "to Section 6(a) of Republic Act No. 9208 against accused-appellant.\n\n"
    "WHEREFORE, {fallo}\n\nSO ORDERED."
)


@pytest.mark.parametrize(
    ("fallo", "outcome"),
    [
        # the sentence's subject is the conviction: an affirmed conviction, although no
        # conviction cue stands before the final part
        (
            "the appeal is PARTLY GRANTED. The conviction of accused-appellant Lourdes "
            "Cabrera y Santos for Qualified Trafficking in Persons is AFFIRMED.",
            "convicted",
        ),
        (
            "the Decision of the Court of Appeals reversing the conviction of accused-appellant "
            "Lourdes Cabrera y Santos for Qualified Trafficking in Persons is AFFIRMED.",
            None,
        ),
    ],
)
def test_an_affirmed_conviction_named_as_the_subject_is_a_conviction(
    fallo: str, outcome: str | None
) -> None:
    got = _standing(_AFFIRMANCE.replace("{fallo}", fallo))
    outcomes = {o for t in got.values() for _, o in t}
    if outcome is None:
        assert "convicted" not in outcomes, got
    else:
        assert outcomes == {outcome}, got


_OFFICIAL_HEAD = (
    "[ G.R. No. 200007, March 4, 2024 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, "
    "VS. ANTONIO REYES Y DIZON, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "official"),
    [
        # the position linked by "was then", "who was then", "was at the time", or after the
        # maternal surname: a barangay official running the bar is an official defendant
        ("Accused-appellant was then a barangay kagawad of Barangay Mabini.", "local_government"),
        ("Reyes was at the time a barangay kagawad of Barangay Mabini.", "local_government"),
        ("Reyes, who was then a barangay captain, owned the bar.", "local_government"),
        ("Antonio Reyes y Dizon, a Barangay Chairman, owned the bar.", "local_government"),
        # the same links to a private calling name no office
        ("Reyes, who was then a student, owned the bar.", None),
        ("Reyes was at the time a vendor at the market.", None),
    ],
)
def test_an_office_held_then_is_an_official_position(sentence: str, official: str | None) -> None:
    typ = official_of(_OFFICIAL_HEAD + sentence + "\n\nSO ORDERED.", "Antonio Reyes y Dizon")
    assert (typ.value if typ else None) == official


def _signal(text: str) -> bool:
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="PH"))
    return ex.case.corruption_signal


_BAR = (
    "[ G.R. No. 200008, March 4, 2024 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. "
    "LOURDES CABRERA Y SANTOS, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nGAERLAN, J.:\n\n"
    "Accused-appellant was convicted of qualified trafficking in persons for maintaining "
    "minors as guest relations officers in her bar.\n\n{fact}\n\nWHEREFORE, the appeal is "
    "DISMISSED. The conviction is AFFIRMED.\n\nSO ORDERED."
)


@pytest.mark.parametrize(
    ("fact", "signal"),
    [
        # a standing payment to officials for not doing their duty is protection
        (
            "The victims testified that Cabrera gave the kagawad a share of the bar fines every "
            "week so that the barangay officials would not report the bar to the police.",
            True,
        ),
        (
            "The manager paid P5,000.00 a month so that the police would not raid the bar.",
            True,
        ),
        # no payment: a victim hiding from the police narrates no corruption
        (
            "AAA hid in the comfort room so that the police would not see her.",
            False,
        ),
    ],
)
def test_a_payment_so_that_officials_would_not_act_is_protection(fact: str, signal: bool) -> None:
    assert _signal(_BAR.replace("{fact}", fact)) is signal


@pytest.mark.parametrize(
    "accused",
    ['ROSARIO "ROSE" OCHOA', "JUAN \u201cJUN\u201d DELA CRUZ"],
)
def test_a_nickname_in_quotes_inside_the_caption_name(accused: str) -> None:
    # the old lawphil caption: the accused's nickname in quotes between the given name and
    # the surname; before, the caption gave no defendant at all
    text = (
        "FIRST DIVISION\n\nG.R. No. 200009               August 31, 2011\n\n"
        "PEOPLE OF THE PHILIPPINES, Plaintiff-Appellee,\n\nvs.\n\n"
        f"{accused}, Accused-Appellant.\n\nD E C I S I O N\n\nCRUZ, J.:\n\n"
        "The appeal is DENIED.\n\nSO ORDERED."
    )
    found = names(text)
    assert len(found) == 1, found
    assert found[0].split()[-1].lower() in {"ochoa", "cruz"}, found


def test_a_lower_case_quotation_is_no_name() -> None:
    from caselaw.extractors.names import looks_like_name

    assert not looks_like_name('"the accused" said')
    assert not looks_like_name('Juan "jun" Cruz')
