"""Official status, official type, roles and signals tied to them (round 11).

Every text here is written for these tests (no corpus or fresh-set text).  Each group is one
general rule from law or language; jurisdictions: PH, LK, SG, MY, US, KE, IN.
"""

from __future__ import annotations

import pytest
from official_helpers import Mention, charged, defendants, status

from caselaw.extractors import extract, metadata, official_kind, parties, roles  # noqa: F401
from caselaw.extractors._base import Context
from caselaw.models import Category, Judgment, OfficialType

P = OfficialType


# -- a sheriff's deputy of a court is the court's officer, a county's is police ---------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ramon T. Bautista, petitioner.\n\nRamon T. Bautista, a deputy sheriff "
            "of the Regional Trial Court of Makati, Branch 12, demanded money to lift a levy.",
            P.JUDICIARY,
        ),
        (
            "Peter Mwangi, Appellant.\n\nPeter Mwangi, a deputy sheriff of the High Court at "
            "Nakuru, received the sum to delay the attachment.",
            P.JUDICIARY,
        ),
        (
            "John Carter, Defendant.\n\nJohn Carter, a deputy sheriff of Harris County, "
            "accepted money from the brothel's owner.",
            P.POLICE,
        ),
    ],
)
def test_deputy_sheriff_of_a_court_is_judiciary(text: str, want: OfficialType) -> None:
    name = text.split(",")[0]
    assert status(text, (name,))[0].official_type is want


# -- the information's own formula names the office after "a public officer" ----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "the above-named accused, MARIO P. SANTOS, a public officer, having been duly "
            "appointed and qualified to such public position as Police Officer 3 of the "
            "Philippine National Police, did then and there demand money.",
            P.POLICE,
        ),
        (
            "the accused ROSA M. LIM, a public officer, having been duly elected as Municipal "
            "Mayor of San Isidro, did then and there give unwarranted benefits.",
            P.LOCAL_GOVERNMENT,
        ),
        (
            "the accused CARLOS D. REYES, a public officer, being then and still is an "
            "Assistant Provincial Prosecutor of Laguna, did then and there demand P5,000.",
            P.PROSECUTOR,
        ),
    ],
)
def test_public_officer_formula_names_the_office(text: str, want: OfficialType) -> None:
    name = next(n for n in ("MARIO P. SANTOS", "ROSA M. LIM", "CARLOS D. REYES") if n in text)
    assert charged(text, (name,)) is want


# -- a rank word with "of" is another office's title ----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kamal Perera, Accused.\n\nYou, Kamal Perera, being a public servant to wit "
            "Superintendent of Works of the Galle Municipal Council did solicit a "
            "gratification.",
            P.LOCAL_GOVERNMENT,
        ),
        (
            "Ravi Menon, Accused.\n\nYou, Ravi Menon, being a public servant to wit Inspector "
            "of Schools of the Pradeshiya Sabha did accept a gratification.",
            P.LOCAL_GOVERNMENT,
        ),
        (
            "Suresh Kumar, Accused.\n\nYou, Suresh Kumar, being a public servant to wit "
            "Inspector of Police attached to the Kandy station did accept Rs. 5,000.",
            P.POLICE,
        ),
        (
            "Ajith Silva, Accused.\n\nYou, Ajith Silva, being a public servant to wit "
            "Superintendent of Works did accept a gratification.",
            P.OTHER_PUBLIC,
        ),
    ],
)
def test_rank_word_of_another_office(text: str, want: OfficialType) -> None:
    name = text.split(",")[0]
    assert charged(text, (name,)) is want


# -- an information's "the accused then <Office>" for a lone defendant ------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ANTONIO B. REYES, Petitioner.\n\nThe Information reads: That in or about March "
            "1995, the above-named accused then Municipal Mayorof San Jose, Batangas, and as "
            "such accountable officer, did then and there fail to liquidate the cash advance.",
            P.LOCAL_GOVERNMENT,
        ),
        (
            "ANTONIO B. REYES, Petitioner.\n\nThat on or about May 2001, the accused, being "
            "then the City Treasurer of Cebu City, did then and there receive the amount.",
            P.LOCAL_GOVERNMENT,
        ),
        # a sequence adverb, not an office: nothing
        (
            "ANTONIO B. REYES, Petitioner.\n\nThe accused then went to the police station "
            "where the officer asked for money.",
            None,
        ),
    ],
)
def test_accused_then_office(text: str, want: OfficialType | None) -> None:
    got = status(text, ("ANTONIO B. REYES",))[0]
    assert got.official_type is want
    assert got.is_official is (want is not None)


def test_accused_then_office_needs_a_lone_defendant() -> None:
    text = (
        "ANA CRUZ and JOSE LIM, Petitioners.\n\nThat on or about May 2001, the accused then "
        "Municipal Mayor of Tanauan did then and there receive the amount."
    )
    assert [d.official_type for d in status(text, ("ANA CRUZ", "JOSE LIM"))] == [None, None]


# -- clearing a passenger for departure is the exit control's act -----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The complainant fell in line at the counter. Santos then cleared the complainant "
            "for departure by stamping her passport.",
            P.IMMIGRATION,
        ),
        (
            "Raymond Santos (Santos) immediately cleared Maria for departure despite her "
            "fake letter of invitation.",
            P.IMMIGRATION,
        ),
        # a cheque cleared for payment, a passenger cleared by someone else: nothing
        ("Santos deposited the cheque, which cleared for payment the next day.", None),
        ("The officer cleared Santos for departure at the counter.", None),
    ],
)
def test_clearing_for_departure_is_immigration(text: str, want: OfficialType | None) -> None:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    metadata.EXTRACTOR(ctx)
    ctx.defendants = defendants(text, ("Raymond Santos",))
    ctx.mentions = [Mention()]
    roles.EXTRACTOR(ctx)
    assert ctx.defendants[0].official_type is want


# -- an official charged with trafficking: official involvement in the crime (a signal) -------

_PH_TIP = """G.R. No. 123456

Republic of the Philippines
SUPREME COURT
Manila

THIRD DIVISION

MARIA L. GOMEZ, Petitioner,

vs.

PEOPLE OF THE PHILIPPINES, Respondent.

D E C I S I O N

REYES, J.:

Gomez and her co-accused Pedro Dizon (Dizon) were charged with violation of Section 5(e) of \
R.A. No. 9208 before the Regional Trial Court of Pasay City.

On the day of the flight, Gomez brought the complainant to the airport and told her to fall in \
line at the counter manned by Dizon. {act} Agents of the task force later stopped the \
complainant.

The trial court found accused Maria L. Gomez and Pedro Dizon guilty beyond reasonable doubt of \
violation of Republic Act No. 9208.

WHEREFORE, the petition is DENIED. The Decision of the Court of Appeals is AFFIRMED.

SO ORDERED.
"""


@pytest.mark.parametrize(
    ("act", "official"),
    [
        ("Dizon then cleared the complainant for departure by stamping her passport.", True),
        ("Dizon then asked the complainant where she was going.", False),
    ],
)
def test_official_charged_with_trafficking_is_a_signal(act: str, official: bool) -> None:
    x = extract(Judgment(id="t", portal="test", text=_PH_TIP.format(act=act)))
    dizon = next(d for d in x.defendants if d.name == "Pedro Dizon")
    assert dizon.is_official is official
    assert (dizon.official_type is P.IMMIGRATION) is official
    assert x.case is not None
    assert x.case.official_defendant is official
    assert x.case.corruption_signal is official
    assert any(r.value == "facilitator_official" for r in dizon.roles) is official


# -- a company's agent under an agent offence is a private person; its bribe no signal --------

_SG_AGENT = """Public Prosecutor v Lim Boon Heng

Case Number : Magistrate's Appeal No 12 of 2015

Decision Date : 3 March 2016

Tribunal/Court : High Court

Parties : Public Prosecutor — Lim Boon Heng

1 The respondent was charged as follows:

You, Lim Boon Heng, on or about 3 May 2012, in Singapore, being an agent, to wit, a \
purchasing manager {employer}, did corruptly accept from one Tan Ah Seng a gratification \
of $20,000 as a reward for awarding a supply contract, and you have thereby committed an \
offence punishable under Section 6(a) of the Prevention of Corruption Act (Cap 241).

2 The District Judge observed that the gratification had been paid in cash in a car park.

3 The respondent was convicted and the appeal is dismissed.
"""


@pytest.mark.parametrize(
    ("employer", "official"),
    [
        ("in the employ of Acme Logistics Pte Ltd", False),
        ("in the employ of the Land Transport Authority", True),
    ],
)
def test_agent_of_a_company_is_private(employer: str, official: bool) -> None:
    x = extract(Judgment(id="t", portal="test", text=_SG_AGENT.format(employer=employer)))
    (lim,) = x.defendants
    assert lim.is_official is official
    assert [r.value for r in lim.roles] == ["bribe_taker"]  # (the taking side either way)
    assert x.case is not None
    assert x.case.official_defendant is official
    assert x.case.corruption_signal is official  # (private-sector bribery: none)


# -- an abettor of a public servant's bribe-taking holds no office by the charge ---------------

_LK_ABET = """IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA

Court of Appeal Case No: HCC 12/2019

Director General,
Commission to Investigate Allegations of Bribery or Corruption,
Colombo 07.

Complainant

Vs.

1. Kapila Bandara Rajapaksha, Kandy.

2. Nimali Chandrika Ekanayake, Matale.

Accused

Before: A. B. Perera, J.

The 1st Accused was indicted in the High Court of Colombo for soliciting a gratification \
of Rs. 10,000 from one Sunil, an offence punishable under Section 19(b) of the Bribery \
Act.

The 2nd Accused was indicted {verb} the 1st Accused in order to commit the offence of \
accepting the gratification punishable under Section 19(b) of the Bribery Act.

After trial both accused were convicted. The appeal is dismissed.
"""


@pytest.mark.parametrize(("verb", "official"), [("for abetting", False), ("together with", True)])
def test_abettor_is_not_made_an_official(verb: str, official: bool) -> None:
    x = extract(Judgment(id="t", portal="test", text=_LK_ABET.format(verb=verb)))
    first, second = x.defendants
    assert first.is_official is True
    assert second.is_official is official


# -- the caption's sole accused-appellant is who "accused-appellant" means --------------------

_PH_IR = """G.R. No. 765432

Republic of the Philippines
SUPREME COURT
Manila

SECOND DIVISION

THE PEOPLE OF THE PHILIPPINES, Plaintiff-Appellee,

vs.

JUAN DELA PAZ y SANTOS, Accused,

MARIBEL QUINTO, Accused-Appellant.

D E C I S I O N

LOPEZ, J.:

On appeal is the Decision of the Court of Appeals which affirmed the conviction of \
accused-appellant Maribel Quinto, together with co-accused Juan Dela Paz y Santos, for \
illegal recruitment in large scale under Section 6 in relation to Section 7(b) of Republic\
 Act No. 8042.

On 3 May 2005, accused-appellant {act}

The trial court found accused Juan Dela Paz y Santos and Maribel Quinto guilty beyond \
reasonable doubt of illegal recruitment in large scale.

WHEREFORE, the appeal is DISMISSED. The Decision of the Court of Appeals is AFFIRMED.

SO ORDERED.
"""


@pytest.mark.parametrize(
    ("act", "roles"),
    [
        (
            "visited CCC at her house and invited her to work as a waitress in Kuala Lumpur.",
            ["recruiter"],
        ),
        # a passive act is another's
        ("told CCC that she would be recruited by another agency.", []),
    ],
)
def test_sole_appellant_party_word(act: str, roles: list[str]) -> None:
    x = extract(Judgment(id="t", portal="test", text=_PH_IR.format(act=act)))
    got = {d.name: [r.value for r in d.roles] for d in x.defendants}
    assert got["Maribel Quinto"] == roles
    assert got["Juan dela Paz y Santos"] == []


# -- a referral for employment is recruitment (Labor Code art. 13(b)) --------------------------


def test_referral_for_employment_is_recruitment() -> None:
    ctx = Context(Judgment(id="t", portal="test", text=_REFERRAL))
    metadata.EXTRACTOR(ctx)
    ctx.defendants = defendants(_REFERRAL, ("Liza Ramos", "Carlo Mendez"))

    class _IR:
        category = Category.ILLEGAL_RECRUITMENT

    ctx.mentions = [_IR()]
    roles.EXTRACTOR(ctx)
    assert [[r.value for r in d.roles] for d in ctx.defendants] == [["recruiter"], []]


_REFERRAL = (
    "Liza Ramos and Carlo Mendez were charged with illegal recruitment.\n\nLiza Ramos, a "
    "non-licensee, referred Ana Santos for employment in Dubai and collected a placement fee. "
    "Carlo Mendez drove the jeep to the terminal."
)


# -- extortion is a demand by an official, not a creditor's demand of one ----------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "On several occasions Ramos demanded payment from petitioner, but to no avail.",
            None,
        ),
        (
            "The police officers demanded money from the accused for his release.",
            "extortion",
        ),
        ("The petitioner demanded P5,000 from the complainant.", "extortion"),
    ],
)
def test_creditor_demand_is_no_extortion(sentence: str, kind: str | None) -> None:
    from caselaw.extractors.signals import narrated

    assert narrated(sentence, party_is_official=True) == kind
