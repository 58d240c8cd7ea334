"""Rules from probing South African judgment language (snippets written for these tests,
no judgment text): the Supreme Court of Appeal's order, a trial caption that numbers its
accused, a count named by the provision it contravenes, and PRECCA's general offence.
"""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.models import Judgment, OfficialType

_SCA = (
    "THE SUPREME COURT OF APPEAL OF SOUTH AFRICA\n\nJUDGMENT\n\nCase no: 123/2019\n\n"
    "In the matter between:\n\nTHABO MOKOENA                         APPELLANT\n\nand\n\n"
    "THE STATE                                 RESPONDENT\n\n"
    "Mocumie JA:\n\n"
    "[1] The appellant, a traffic officer employed by the Johannesburg Metropolitan Police "
    "Department, was convicted in the regional court of contravening s 4(1)(a)(i) of the "
    "Prevention and Combating of Corrupt Activities Act 12 of 2004 and sentenced to five "
    "years' imprisonment. With the special leave of this court, he appeals against his "
    "conviction.\n\n"
    "[2] The State alleged that the appellant demanded R500 as a gratification in exchange "
    "for not issuing a traffic fine.\n\n"
    "[21] In the result the following order is made:\n"
)

_TRIAL = (
    "IN THE HIGH COURT OF SOUTH AFRICA\n\nGAUTENG DIVISION, PRETORIA\n\n"
    "CASE NO: CC 12/2019\n\nIn the matter between:\n\nTHE STATE\n\nand\n\n"
    "JOHN MBEKI                                    ACCUSED 1\n"
    "SIPHO NDLOVU                                  ACCUSED 2\n\n"
    "JUDGMENT\n\nMOLEFE J:\n\n"
    "[1] The accused are charged with trafficking in persons in contravention of section "
    "4(1) of the Prevention and Combating of Trafficking in Persons Act 7 of 2013. "
    "Accused 2, a member of the South African Police Service stationed at Sunnyside, is "
    "further charged with contravening section 4(1)(a) of the Prevention and Combating of "
    "Corrupt Activities Act 12 of 2004, in that he accepted a gratification of R5000 to "
    "release the victims.\n\n"
    "[2] Both accused pleaded not guilty to all the charges.\n\n"
    "[40] In the result, the following order is made:\n"
)


def _run(text: str):  # type: ignore[no-untyped-def]
    return extract(Judgment(id="t", portal="test", text=text))


def _outcomes(out) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    found: dict[str, set[str]] = {}
    for v in out.verdicts:
        if v.standing:
            found.setdefault(out.defendants[v.defendant].name, set()).add(v.outcome.value)
    return found


def test_an_upheld_appeal_setting_aside_the_conviction_acquits() -> None:
    out = _run(_SCA + "1 The appeal is upheld.\n2 The conviction and sentence are set aside.\n")
    assert out.case.corruption_outcome.value == "acquitted"


def test_the_bare_set_aside_order_alone_acquits_the_sole_appellant() -> None:
    out = _run(_SCA + "The conviction and sentence are set aside.\n")
    assert out.case.corruption_outcome.value == "acquitted"


def test_an_upheld_judgment_below_still_affirms() -> None:
    out = _run(_SCA + "The appeal is dismissed. The judgment of the Court of Appeal is upheld.\n")
    assert out.case.corruption_outcome.value == "convicted"
    out = _run(_SCA + "The conviction is upheld.\n")
    assert out.case.corruption_outcome.value == "convicted"


def test_a_traffic_officer_of_the_metro_police_is_police() -> None:
    out = _run(_SCA + "The appeal is dismissed.\n")
    (d,) = out.defendants
    assert d.is_official and d.official_type is OfficialType.POLICE


def test_numbered_accused_take_their_own_verdicts_and_positions() -> None:
    out = _run(
        _TRIAL + "Accused 1 is found guilty of trafficking in persons.\n"
        "Accused 2 is found not guilty and discharged.\n"
    )
    assert _outcomes(out) == {"John Mbeki": {"convicted"}, "Sipho Ndlovu": {"acquitted"}}
    officials = {d.name: d.official_type for d in out.defendants}
    assert officials == {"John Mbeki": None, "Sipho Ndlovu": OfficialType.POLICE}


def test_a_count_named_by_the_provision_it_contravenes_is_a_charge() -> None:
    text = _TRIAL.replace(
        "Accused 2, a member",
        "The counts are: count 1, trafficking in persons; count 2, contravention of section 3 "
        "of the Prevention and Combating of Corrupt Activities Act 12 of 2004. Accused 2, a "
        "member",
    )
    out = _run(text + "Both accused are found guilty as charged.\n")
    statutes = {c.statute for c in out.charges if c.category.value == "corruption"}
    assert "PRECCA s.3" in statutes


def test_a_count_in_a_narrative_contravention_needs_the_count_word() -> None:
    text = _SCA.replace(
        "[2] The State alleged",
        "[2] The search was in contravention of section 35 of the Constitution. The State alleged",
    )
    out = _run(text + "The appeal is dismissed.\n")
    assert not any("35" in (c.statute or "") for c in out.charges)


def test_the_general_offence_of_corruption_implies_no_office() -> None:
    text = (
        "IN THE HIGH COURT OF SOUTH AFRICA\n\nCASE NO: CC 7/2020\n\nTHE STATE\n\nand\n\n"
        "PETER NKOSI                                   ACCUSED 1\n\n"
        "JUDGMENT\n\n[1] The accused is charged with contravening section 3 of the Prevention "
        "and Combating of Corrupt Activities Act 12 of 2004, in that he offered a "
        "gratification to a tender official.\n\n"
        "[30] In the result the accused is found guilty as charged.\n"
    )
    out = _run(text)
    (d,) = out.defendants
    assert out.case.corruption_charged
    assert not d.is_official
