"""Roles read from the statutes' act verbs and from whose act a sentence narrates (round 10).

Every text here is written for these tests (no corpus text); the cases cover the
jurisdictions the rules must serve (PH, PK, IN, LK, SG, MY, KE, NG, UK, US, ZA).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from caselaw.extractors import metadata, roles
from caselaw.extractors._base import Context
from caselaw.extractors.role_subject import Names
from caselaw.models import Category, Defendant, Judgment, Proceeding, Role

T, C, S, IR = (
    Category.TRAFFICKING,
    Category.CORRUPTION,
    Category.SMUGGLING,
    Category.ILLEGAL_RECRUITMENT,
)


@dataclass(frozen=True)
class _Mention:
    """The one field of a charge mention the roles step reads."""

    category: Category


def _roles(
    text: str,
    names: tuple[str, ...],
    categories: tuple[Category, ...],
    proceeding: Proceeding | None = None,
) -> dict[str, set[Role]]:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    metadata.EXTRACTOR(ctx)
    if proceeding is not None:
        ctx.info = replace(ctx.info, proceeding=proceeding)
    ctx.defendants = [Defendant(index=i, name=n) for i, n in enumerate(names)]
    ctx.mentions = [_Mention(c) for c in categories]
    roles.EXTRACTOR(ctx)
    return {d.name: set(d.roles) for d in ctx.defendants}


# -- administrative matters: no scheme, no default "other" -----------------------------

_ADMIN = (
    "Respondent Clerk of Court Ramon Dizon failed to deposit the collections on time and "
    "delayed the remittance of the fiduciary fund. Dizon is an officer of the court."
)


def test_an_administrative_matter_gives_an_official_no_default_role() -> None:
    got = _roles(_ADMIN, ("Ramon Dizon",), (C,), Proceeding.ADMINISTRATIVE)
    assert got["Ramon Dizon"] == set()


def test_a_graft_prosecution_still_gives_the_official_other() -> None:
    text = "Accused Municipal Treasurer Ramon Dizon approved the voucher of the supplier."
    got = _roles(text, ("Ramon Dizon",), (C,), Proceeding.CRIMINAL)
    assert got["Ramon Dizon"] == {Role.OTHER}


def test_an_administrative_bribe_is_still_a_bribe() -> None:
    text = (
        "Sheriff Ramon Dizon demanded and received P5,000.00 from the complainant in "
        "exchange for the implementation of the writ."
    )
    got = _roles(text, ("Ramon Dizon",), (C,), Proceeding.ADMINISTRATIVE)
    assert Role.BRIBE_TAKER in got["Ramon Dizon"]


# -- bribe taking: the statutes' verbs with money as object -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # PH: coordinated verbs, amount before the complainant (RPC art. 210, R.A. 3019)
        "Police Officer Juan Cruz was charged with demanding and receiving P5,000.00 from the "
        "complainant in exchange for his release.",
        # PH information: amount in words
        "Accused Juan Cruz, a public officer, did then and there demand and receive five "
        "hundred pesos from the contractor.",
        # PK: PCA 1947 s.5(2), rupees
        "Sub-Inspector Juan Cruz demanded and received Rs.50,000 from the complainant for "
        "not registering the case.",
        # IN / LK: gratification
        "The accused Juan Cruz, a Grama Niladhari, solicited and accepted a gratification of "
        "Rs. 2,000 from the complainant.",
        # KE: shillings
        "Corporal Juan Cruz solicited KSh 20,000 from the driver to release the lorry.",
        # NG: naira
        "Juan Cruz, an officer of the Immigration Service, obtained N500,000 from the agent.",
        # UK / US: sterling, dollars
        "Officer Juan Cruz accepted £5,000 in cash from the brothel keeper.",
        "Agent Juan Cruz received $10,000 from the smuggler for each crossing.",
    ],
)
def test_an_official_demanding_or_receiving_money_takes_a_bribe(sentence: str) -> None:
    text = "Juan Cruz, a police officer, was then on duty. " + sentence
    got = _roles(text, ("Juan Cruz",), (C,))
    assert Role.BRIBE_TAKER in got["Juan Cruz"]


@pytest.mark.parametrize(
    "sentence",
    [
        # malversation: public money the officer is accountable for
        "In the course of his employment Juan Cruz received money belonging to the "
        "government for which he is accountable.",
        "From the capitation fund accused Juan Cruz received the amount of P17,512.00 as "
        "honoraria.",
        # a denial is no taking
        "Juan Cruz denies having received any bribe from the complainant.",
        "There is no allegation that Juan Cruz demanded illegal gratification.",
    ],
)
def test_public_money_or_a_denial_is_no_bribe(sentence: str) -> None:
    text = sentence + " Juan Cruz is a revenue officer of the Bureau."
    got = _roles(text, ("Juan Cruz",), (C,))
    assert Role.BRIBE_TAKER not in got["Juan Cruz"]


# -- bribe giving: "give, offer, promise" money to an official ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # NG CPRA s.9 / KE ACECA s.46: "corruptly gives"
        "That you, Ade Bello, corruptly gave to Musa Obi, a public officer, the sum of N100,000.",
        # UK Bribery Act 2010 s.1, ZA PRECCA s.3
        "Ade Bello paid £2,000 to the border officer so that the van would not be searched.",
        "Ade Bello allegedly bribed the immigration officer to let the women pass.",
        # MY / SG: offer to a police officer
        "Ade Bello offered RM3,000 to a police inspector to drop the investigation.",
    ],
)
def test_giving_money_to_an_official_is_giving_a_bribe(sentence: str) -> None:
    got = _roles(sentence, ("Ade Bello",), (T, C))
    assert Role.BRIBE_GIVER in got["Ade Bello"]


def test_giving_in_to_an_officials_request_is_no_giving() -> None:
    text = "Ade Bello confessed to giving in to the requests of Judge Obi for money."
    got = _roles(text, ("Ade Bello",), (C,))
    assert Role.BRIBE_GIVER not in got["Ade Bello"]


# -- document forger: a link of a chain that moves people --------------------------------


def test_a_forged_signature_in_a_graft_case_is_no_document_forger() -> None:
    text = "Ana Reyes forged the signature of the judge on the withdrawal slips."
    assert Role.DOCUMENT_FORGER not in _roles(text, ("Ana Reyes",), (C,))["Ana Reyes"]
    assert Role.DOCUMENT_FORGER in _roles(text, ("Ana Reyes",), (T,))["Ana Reyes"]


@pytest.mark.parametrize(
    "sentence",
    [
        # US 18 U.S.C. 1592: "conceals, removes, confiscates, or possesses"
        "Vera Holt and Glen Holt confiscated Doe's passport on her arrival.",
        # KE s.8(a), ZA PACOTIP s.6, SG PHTA s.3
        "Vera Holt took their passports and kept them in a locked drawer.",
        # NG / PH: papers bearing false data
        "Vera Holt obtained passports bearing false names for the seven women.",
    ],
)
def test_holding_or_faking_travel_papers_is_document_forging(sentence: str) -> None:
    got = _roles(sentence, ("Vera Holt",), (T,))
    assert Role.DOCUMENT_FORGER in got["Vera Holt"]


# -- trafficking acts: who did them ------------------------------------------------------


def test_the_subject_of_the_verb_is_the_actor_not_the_owner_of_the_house() -> None:
    text = "Paralejas fetched DDD from her home and brought her to Arabit's house."
    got = _roles(text, ("Jeff Paralejas", "Mike Arabit"), (T,))
    assert Role.TRANSPORTER in got["Jeff Paralejas"]
    assert Role.TRANSPORTER not in got["Mike Arabit"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Arabit and Aguirre convinced AAA to go with the foreigners.", ("Arabit", "Aguirre")),
        # Sri Lanka / India style names, three coordinated subjects
        (
            "Perera, Silva and Fernando recruited the women from the estate.",
            ("Perera", "Silva", "Fernando"),
        ),
        # given names and the maternal name between coordinated subjects (PH)
        (
            "Michael Arabit y Pacamara and Jehlson Aguirre lured the girls.",
            ("Michael Arabit", "Jehlson Aguirre"),
        ),
    ],
)
def test_coordinated_subjects_all_did_the_act(text: str, names: tuple[str, ...]) -> None:
    got = _roles(text, names, (T,))
    assert all(Role.RECRUITER in got[n] for n in names), got


def test_a_co_accused_named_in_another_clause_did_not_do_the_act() -> None:
    text = (
        "AAA said that Santiago was the pimp, but she saw Castillo and Legazpi only in the "
        "van to the police station."
    )
    got = _roles(text, ("Santiago", "Castillo", "Legazpi"), (T,))
    assert Role.EXPLOITER in got["Santiago"]
    assert got["Castillo"] == got["Legazpi"] == set()


def test_a_pronoun_subject_makes_the_named_defendants_its_objects() -> None:
    text = "The victims identified that he pimped them to Ortega and Lim."
    got = _roles(text, ("Ortega", "Lim"), (T,))
    assert got["Ortega"] == got["Lim"] == set()


def test_the_passive_agent_is_the_actor() -> None:
    text = "The girls were recruited by Okafor in Benin City and taken to Lagos."
    got = _roles(text, ("Okafor", "Eze"), (T,))
    assert Role.RECRUITER in got["Okafor"]


def test_a_copied_list_of_the_statutes_acts_says_no_role() -> None:
    text = (
        "Gomez was charged in an Information: the accused did then and there recruit, "
        "transport, harbor, provide or receive AAA for the purpose of exploitation."
    )
    got = _roles(text, ("Gomez",), (T,))
    assert not got["Gomez"] & {Role.RECRUITER, Role.TRANSPORTER, Role.HARBOURER}


def test_an_unproven_act_is_no_role() -> None:
    text = "It was not established that Gomez recruited AAA or facilitated her encounters."
    got = _roles(text, ("Gomez", "Tan"), (T,))
    assert Role.RECRUITER not in got["Gomez"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # PH Labor Code art. 13(b) / R.A. 8042: offering work abroad
        ("Dela Cruz offered the complainants work abroad as factory workers.", Role.RECRUITER),
        ("Dela Cruz promised them jobs as waitresses in Kuala Lumpur.", Role.RECRUITER),
        # IN: a placement agency
        ("Dela Cruz ran an unregistered placement agency in Delhi.", Role.RECRUITER),
        # UK Modern Slavery Act 2015 s.2: arranging the travel
        ("Dela Cruz arranged the travel of the men to England by coach.", Role.TRANSPORTER),
        ("Dela Cruz accompanied the workers on the bus to Manila.", Role.TRANSPORTER),
        # harbouring in the defendant's house (KE "conceals", PH "harbor")
        ("The girls stayed in Dela Cruz's house for a month.", Role.HARBOURER),
        # exploiting: keeping or running the place, maintaining, profiting (ITPA ss.3-4,
        # 18 U.S.C. 1591, 1589, MSA 2015 s.1)
        ("Dela Cruz owned and controlled four hand car washes.", Role.EXPLOITER),
        ("Dela Cruz was running a spa in which young women were kept.", Role.EXPLOITER),
        ("Dela Cruz maintained the minors in the bar for customers.", Role.EXPLOITER),
        ("Dela Cruz collected his share of their earnings every night.", Role.EXPLOITER),
        ("Dela Cruz held the workers in debt bondage at the kiln.", Role.EXPLOITER),
        ("Dela Cruz offered AAA to the foreign customers for sex.", Role.EXPLOITER),
    ],
)
def test_act_verbs_of_the_statutes(sentence: str, role: Role) -> None:
    got = _roles(sentence, ("Dela Cruz",), (T,))
    assert role in got["Dela Cruz"], got


def test_the_owner_of_a_vessel_is_no_exploiter() -> None:
    text = "The ticketing clerk of the shipping line, owner of the vessel, sold Lalli tickets."
    assert Role.EXPLOITER not in _roles(text, ("Lalli",), (T,))["Lalli"]


# -- officials' roles in the chain -------------------------------------------------------


def test_an_official_processing_passports_facilitates_only_in_a_trafficking_chain() -> None:
    text = (
        "Musa Obi, an immigration officer, assisted the trafficker by processing and "
        "issuing passports to the seven women."
    )
    names = ("Musa Obi",)
    got_t = _roles(text, names, (T, C))
    assert Role.FACILITATOR_OFFICIAL in got_t["Musa Obi"]
    got_c = _roles(
        "Councillor Musa Obi was tasked with processing the quarry permit of the firm.",
        names,
        (C,),
    )
    assert Role.FACILITATOR_OFFICIAL not in got_c["Musa Obi"]


def test_an_official_warning_of_raids_protects() -> None:
    text = (
        "Police Corporal Daudi Kilonzo warned the brothel keeper of the raids in exchange "
        "for a monthly payment."
    )
    got = _roles(text, ("Daudi Kilonzo",), (T, C))
    assert Role.PROTECTOR_OFFICIAL in got["Daudi Kilonzo"]


# -- the lone defendant by a party word --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The defendant recruited the women through an online advertisement.",  # UK / US / SG
        "Accused-appellant recruited AAA with a false promise of work.",  # PH
        "The above-named accused did then and there willfully recruit AAA.",  # PH information
    ],
)
def test_a_party_word_names_the_lone_defendant(sentence: str) -> None:
    got = _roles(sentence, ("Mary Stone",), (T,))
    assert Role.RECRUITER in got["Mary Stone"]


def test_a_plural_party_word_is_not_the_lone_defendant() -> None:
    text = "The accused-appellants, with Susan Sayo, recruited and lured minors from the province."
    got = _roles(text, ("Alfredo Roxas",), (T,))
    assert Role.RECRUITER not in got["Alfredo Roxas"]


# -- Names: the subject finder on its own --------------------------------------------------


def test_names_actors() -> None:
    text = "Reyes and Tan brought AAA to Lim's house."
    spans = [[(0, 5)], [(10, 13)], [(29, 32)]]
    names = Names(text, spans)
    assert names.actors(0, text.index("brought")) == {0, 1}
    assert names.actors(0, 0) is None
    # the owner of the house is named in the possessive: not the subject of what follows
    assert names.actors(text.index("AAA"), text.index("house")) == set()
    assert names.actors(text.index("AAA"), text.index("Lim")) is None
    plain = "Reyes and Tan brought AAA to Lim and he kept her."
    assert Names(plain, spans).actors(text.index("AAA"), plain.index("kept")) == {2}


def test_the_prosecutions_failure_to_present_evidence_of_an_act_is_no_role() -> None:
    text = (
        "On appeal, Rodriguez anchored his defense on the failure of the prosecution to "
        "present any evidence that would establish that he recruited, transported, or "
        "transferred the women."
    )
    got = _roles(text, ("Rodriguez",), (T,))
    assert not got["Rodriguez"] & {Role.RECRUITER, Role.TRANSPORTER}


def test_boarding_along_is_travelling_not_transporting() -> None:
    text = "Thereafter, the girls together with Roxas boarded the van to Quezon City."
    assert Role.TRANSPORTER not in _roles(text, ("Roxas", "Arabit"), (T,))["Roxas"]
    text = "Roxas boarded the girls on a pump boat bound for Sabah."
    assert Role.TRANSPORTER in _roles(text, ("Roxas", "Arabit"), (T,))["Roxas"]


def test_a_pronoun_asking_for_payment_is_not_the_official_named_after_it() -> None:
    text = (
        "Director Sajul, a public officer, signed the inspection report. When he asked for "
        "the payment, he was informed by Director Sajul that the unit was sent for testing."
    )
    got = _roles(text, ("Andres Sajul",), (C,))
    assert Role.BRIBE_TAKER not in got["Andres Sajul"]


def test_a_broker_of_the_deals_recruits() -> None:
    text = "XXX brokered the deals with the customers for the minors."
    assert Role.RECRUITER in _roles(text, ("XXX", "YYY"), (T,))["XXX"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reyes and Tan were working as floor managers of the KTV bar.",  # PH
        "The workers described Tan as the gang's manager, who collected their cards.",  # UK
    ],
)
def test_the_manager_of_the_victims_exploits(sentence: str) -> None:
    assert Role.EXPLOITER in _roles(sentence, ("Reyes", "Tan"), (T,))["Tan"]


def test_a_bank_manager_is_no_exploiter() -> None:
    text = "Tan testified as the manager of the bank branch where the accounts were opened."
    assert Role.EXPLOITER not in _roles(text, ("Reyes", "Tan"), (T,))["Tan"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Aquino invited them to attend the birthday party of an old foreigner.",  # PH
        "Wanjiru invited the girls to work as house helps in Muscat.",  # KE
        "Kumari invited the women to go to Colombo for garment factory jobs.",  # LK
    ],
)
def test_an_invitation_that_draws_the_victims_in_recruits(sentence: str) -> None:
    name = sentence.split()[0]
    assert Role.RECRUITER in _roles(sentence, (name,), (T,))[name]


def test_a_name_in_the_possessive_is_not_the_subject() -> None:
    text = (
        "The workers described Samplaj as Exempla's manager, who collected their bank "
        "cards and threatened them."
    )
    got = _roles(text, ("Exempla", "Samplaj"), (T,))
    assert Role.EXPLOITER in got["Samplaj"]
    assert Role.EXPLOITER not in got["Exempla"]


def test_a_financial_advantage_requested_or_given_is_a_bribe() -> None:
    # Bribery Act 2010 ss.1-2 (UK), Bribery Act 2016 (Kenya)
    text = (
        "Corporal Otieno, a police officer, requested and received a financial advantage of "
        "Kshs 50,000 from Wanjiku. Wanjiku offered and gave a financial advantage of Kshs "
        "50,000 to Otieno."
    )
    got = _roles(text, ("Otieno", "Wanjiku"), (T, C))
    assert Role.BRIBE_TAKER in got["Otieno"]
    assert Role.BRIBE_GIVER in got["Wanjiku"]


def test_a_bill_requesting_payment_or_an_undue_advantage_to_a_party_is_no_bribe() -> None:
    text = (
        "Marrero, the supply officer, received a statement of account requesting payment "
        "for the van. Marrero was charged with giving undue advantage to the supplier."
    )
    got = _roles(text, ("Marrero",), (C,))
    assert not got["Marrero"] & {Role.BRIBE_TAKER, Role.BRIBE_GIVER}


def test_arranging_or_facilitating_the_travel_transports() -> None:
    # Modern Slavery Act 2015 s.2
    text = "Placeholder pleaded guilty to arranging or facilitating the travel of the women."
    assert Role.TRANSPORTER in _roles(text, ("Placeholder", "Fictor"), (T,))["Placeholder"]
