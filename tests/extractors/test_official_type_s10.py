"""Which kind of official: snippets written for these tests (no corpus text).

The status reading (who is an official) is not changed by these rules; only the type of a
defendant already called an official (by a cue next to the name, or by a graft charge:
:func:`official_kind.charged_type`) is.
"""

from __future__ import annotations

import pytest

from caselaw.extractors import metadata, official_kind, parties, roles  # noqa: F401 - parties registers its groups
from caselaw.extractors._base import Context
from caselaw.models import Category, Defendant, Judgment, OfficialType

P = OfficialType


class _Mention:
    category = Category.CORRUPTION


def _roles(text: str, names: tuple[str, ...]) -> list[Defendant]:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    metadata.EXTRACTOR(ctx)
    ctx.defendants = [Defendant(index=i, name=n) for i, n in enumerate(names)]
    ctx.mentions = [_Mention()]
    roles.EXTRACTOR(ctx)
    return ctx.defendants


def _charged(text: str, names: tuple[str, ...], who: int = 0) -> OfficialType:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    ctx.defendants = [Defendant(index=i, name=n) for i, n in enumerate(names)]
    return official_kind.charged_type(ctx, who)


# -- a specific office beats the residual other_public -------------------------------------


def test_a_named_office_beats_the_generic_title() -> None:
    text = (
        "The bids were opened by Municipal Treasurer Ana Reyes. Treasurer Reyes kept the "
        "funds. Later Treasurer Reyes released them and Treasurer Reyes signed the voucher."
    )
    (d,) = _roles(text, ("Ana Reyes",))
    assert (d.is_official, d.official_type) == (True, P.LOCAL_GOVERNMENT)


def test_a_later_barangay_office_beats_government_employee() -> None:
    text = (
        "Pedro Lim, a government employee with salary grade below 27, was charged.\n\n"
        "It was established that Pedro Lim, the Barangay Captain of Riverside at the time, "
        "received the money."
    )
    (d,) = _roles(text, ("Pedro Lim",))
    assert d.official_type is P.LOCAL_GOVERNMENT


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("Patwari in the revenue department", "Muhammad Aslam"),  # PK
        ("Girdawar in Mauza Kot", "Abdul Karim"),  # PK
        ("Tehsildar of the tehsil", "Ram Prakash"),  # IN
    ],
)
def test_land_revenue_officers_are_no_local_government(office: str, name: str) -> None:
    """Patwari, Girdawar and Tehsildar serve the provincial / state Board of Revenue (Punjab
    Land Revenue Act 1967), not a local government."""
    text = f"{name} versus The State etc.\n\nThe petitioner serves as {office} and took money."
    (d,) = _roles(text, (name,))
    assert (d.is_official, d.official_type) == (True, P.OTHER_PUBLIC)


# -- a generic head, then the office or the body --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "accused PEDRO SANTOS, a high-ranking public officer, being then the City "
            "Veterinarian of San Roque, confiscated the meat.",
            "Pedro Santos",
            P.LOCAL_GOVERNMENT,
        ),
        (
            "Musa Bello, a public officer in the Nigeria Immigration Service, demanded money.",
            "Musa Bello",
            P.IMMIGRATION,
        ),
        (
            "Tan Ah Kow, a public servant with the Singapore Police Force, took the bribe.",
            "Tan Ah Kow",
            P.POLICE,
        ),
        (
            "Nimal Perera, a public officer attached to Sri Lanka Customs, released goods.",
            "Nimal Perera",
            P.OTHER_PUBLIC,  # ("attached to": no link the rule reads; the type stays generic)
        ),
        (
            "Ahmad bin Ali, a public officer of the Royal Malaysian Customs Department, "
            "received the gratification.",
            "Ahmad bin Ali",
            P.CUSTOMS,
        ),
        (
            "John Kamau, a public officer in the Kenya Revenue Authority, asked for money.",
            "John Kamau",
            P.OTHER_PUBLIC,
        ),
    ],
)
def test_generic_head_then_the_office(text: str, name: str, want: OfficialType) -> None:
    (d,) = _roles(text, (name,))
    assert (d.is_official, d.official_type) == (True, want)


# -- a title run before the name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "The lease was signed by the barangay, represented by Barangay Captain Vicente R. "
            "Dumlao, and the lessee.",
            "Vicente R. Dumlao",
            P.LOCAL_GOVERNMENT,
        ),
        ("Only C/Insp. Virgilio Ramos remained as accused.", "Virgilio Ramos", P.POLICE),
        ("Sr. Supt. Arnel Obando signed the vouchers.", "Arnel Obando", P.POLICE),
        (
            "COMPLAINT AGAINST COURT ADMINISTRATOR JOSE MIDAS P. MARTIN AND OTHERS",
            "Jose Midas P. Martin",
            P.JUDICIARY,
        ),
        ("The money was handed to Staff Sergeant Lim Boon Huat.", "Lim Boon Huat", P.POLICE),
        ("Inspector Wanjiru Otieno recorded no statement.", "Wanjiru Otieno", P.POLICE),
        ("The van was stopped by Meat Inspector Ryan Pagaduan.", "Ryan Pagaduan", P.OTHER_PUBLIC),
        ("The woman was met by Army Sergeant Juan Dizon.", "Juan Dizon", P.MILITARY),
        # a title of the clause before a co-ordinator is not this person's
        ("Judge Arturo Molina and Renato Cabral conspired.", "Renato Cabral", P.OTHER_PUBLIC),
    ],
)
def test_title_run_before_the_name(text: str, name: str, want: OfficialType) -> None:
    assert _charged(text, (name,)) is want


# -- an apposition or predicate without an article ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "The audit team charged Maria Alba Chavez (respondent), Clerk of Court II, "
            "Municipal Circuit Trial Court of San Simon, with dishonesty.",
            "Maria Alba Chavez",
            P.JUDICIARY,
        ),
        (
            "In the MTC of Bayan, where Judith Salim was Clerk of Court II, the team found "
            "a shortage.",
            "Judith Salim",
            P.JUDICIARY,
        ),
        (
            "Petitioner, Tomas Cabrera, was the Municipal Planning and Development "
            "Coordinator of Olutan.",
            "Tomas Cabrera",
            P.LOCAL_GOVERNMENT,
        ),
        (
            "Ravi Kumar, Sub-Inspector, Police Station Model Town, demanded the money.",
            "Ravi Kumar",
            P.POLICE,
        ),
        (
            "Kamal Silva, Officer-in-Charge of the Kandy Police Station, took the bribe.",
            "Kamal Silva",
            P.POLICE,
        ),
        (
            "Ana Lopez, Court Stenographer III, Branch 5, received the money.",
            "Ana Lopez",
            P.JUDICIARY,
        ),
        # the title of the next person listed is not this one's
        (
            "Carlos Moreno (Moreno), Municipal Budget Officer Ramon Tirado (Tirado) and others "
            "opened the bids.",
            "Carlos Moreno",
            P.OTHER_PUBLIC,
        ),
        # a private trade with an office word is no office
        ("Jose Ramos, customs broker, lodged the entry.", "Jose Ramos", P.OTHER_PUBLIC),
    ],
)
def test_apposition_or_predicate(text: str, name: str, want: OfficialType) -> None:
    assert _charged(text, (name,)) is want


# -- a group the defendant is listed in ---------------------------------------------------


def test_a_list_then_all_officials_of_a_provincial_government() -> None:
    text = (
        "Implicated were Dalisay, Marcos, Lim, and Pascual, who were all officials and "
        "employees of the Provincial Government of Mountain Province; together with Kim, "
        "as the owner of the trading firm."
    )
    names = ("Ana Dalisay", "Rey Marcos", "Joy Lim", "Ed Pascual", "Ron Kim")
    kinds = [_charged(text, names, i) for i in range(len(names))]
    assert kinds == [P.LOCAL_GOVERNMENT] * 4 + [P.OTHER_PUBLIC]


def test_an_apposition_then_all_accountable_public_officials() -> None:
    text = (
        "accused Maria D. Camacho, Provincial Accountant, Amelia C. Zamora, Executive "
        "Assistant III, all accountable public officials of the Provincial Government of "
        "Sarangani, conspiring with each other, released the funds."
    )
    assert _charged(text, ("Amelia C. Zamora",)) is P.LOCAL_GOVERNMENT


def test_employees_of_a_city_government_namely() -> None:
    text = (
        "The complaint named some employees of the City Government of Alamos, Pangasinan, "
        "namely: Dr. Ronald B. Abella (Abella), City Veterinarian; and Lando R. Milla "
        "(Milla), Security Officer."
    )
    names = ("Ronald B. Abella", "Lando R. Milla")
    assert [_charged(text, names, i) for i in range(2)] == [P.LOCAL_GOVERNMENT] * 2


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Westshire County Council", P.LOCAL_GOVERNMENT),  # UK
        ("Nairobi City County Government", P.LOCAL_GOVERNMENT),  # KE
        ("Lagos State Police Command", P.POLICE),  # NG
        ("Department of Labour", P.LABOUR),  # ZA
        ("Bureau of Internal Revenue", P.OTHER_PUBLIC),  # PH: residual
    ],
)
def test_both_employees_of_a_body(body: str, want: OfficialType) -> None:
    text = f"Smith and Jones, both employees of the {body}, took the money."
    assert _charged(text, ("Ann Smith", "Bob Jones"), 1) is want


def test_no_mention_no_kind() -> None:
    assert _charged("Nothing is said here.", ("Zed Nobody",)) is P.OTHER_PUBLIC


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (  # LK
            "Sunil Perera, a public servant, namely a Police Sergeant attached to the Kandy "
            "Police Station, solicited the gratification.",
            "Sunil Perera",
            P.POLICE,
        ),
        (  # PH
            "accused Ana Cruz, a public officer, to wit: Municipal Assessor of Bantay, "
            "issued the tax declarations.",
            "Ana Cruz",
            P.LOCAL_GOVERNMENT,
        ),
        ("The bag was taken by Detective Constable Mark Hughes.", "Mark Hughes", P.POLICE),  # UK
        (
            "Luis Ortega, Councilman of the Town of Eastbrook, took cash.",
            "Luis Ortega",
            P.LOCAL_GOVERNMENT,
        ),  # US
        (
            "Peter Mwita, Assistant Chief of Kitere sub-location, took money.",
            "Peter Mwita",
            P.LOCAL_GOVERNMENT,
        ),  # KE
        ("Thabo Nkosi, a public officer in the SAPS, took a bribe.", "Thabo Nkosi", P.POLICE),  # ZA
        (  # US
            "Dana Roe, a government employee with Immigration and Customs Enforcement, sold visas.",
            "Dana Roe",
            P.IMMIGRATION,
        ),
        (
            "Azman bin Osman, a public officer of the PDRM, took money.",
            "Azman bin Osman",
            P.POLICE,
        ),  # MY
    ],
)
def test_more_jurisdictions(text: str, name: str, want: OfficialType) -> None:
    assert _charged(text, (name,)) is want


def test_a_bids_and_awards_committee_is_no_local_office() -> None:
    """Every procuring entity has a BAC (PH R.A. 9184 s. 11): the member's own office
    names the kind, the committee does not."""
    text = "The public officials charged included BAC Chairman Jose Cruz of the DPWH."
    (d,) = _roles(text, ("Jose Cruz",))
    assert (d.is_official, d.official_type) == (True, P.OTHER_PUBLIC)
    text = (
        "Municipal Treasurer Ana Reyes, a member of the Bids and Awards Committee of the "
        "town, signed the abstract of bids."
    )
    (d,) = _roles(text, ("Ana Reyes",))
    assert (d.is_official, d.official_type) == (True, P.LOCAL_GOVERNMENT)


def test_a_kinsman_of_an_office_holder_holds_no_office_by_it() -> None:
    text = "It appears that Ramon Dela Pena is Mayor Lim's nephew."
    assert _charged(text, ("Ramon Dela Pena",)) is P.OTHER_PUBLIC
    text = "Ricardo Minto (Minto), Mayor Locsin's representative, opened the bids."
    assert _charged(text, ("Ricardo Minto",)) is P.LOCAL_GOVERNMENT


@pytest.mark.parametrize(
    "text",
    [
        "This was stipulated during the Pre-Trial before the RTC. Dante Sison owned the bar.",
        "It showed a Certification from the City Treasurer of Manila of Dante Sison's payment.",
        "She filed the case before the Municipal Trial Court. Dante Sison was arrested.",
    ],
)
def test_no_title_across_a_sentence_end_or_a_preposition(text: str) -> None:
    assert _charged(text, ("Dante Sison",)) is P.OTHER_PUBLIC


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("The money was handed to PC 33355 Sunil Bandara at the gate.", "Sunil Bandara", P.POLICE),
        ("The suspect was released by SI Ramesh Kumar of the station.", "Ramesh Kumar", P.POLICE),
        ("The complainant met HC 2851 Muhammad Ali in the lock-up.", "Muhammad Ali", P.POLICE),
        ("WPC Jane Doe escorted the victims.", "Jane Doe", P.POLICE),
        # elsewhere the letters are a court, an instrument, a station
        ("Ana Ramos, Accused in HC 112/2015, was a clerk.", "Ana Ramos", P.OTHER_PUBLIC),
        ("Fixed under SI 2015/87, Ana Ramos was a clerk.", "Ana Ramos", P.OTHER_PUBLIC),
    ],
)
def test_police_rank_abbreviations_before_a_name(text: str, name: str, want: OfficialType) -> None:
    assert _charged(text, (name,)) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tom Hale, the Orange County Sheriff, took the cash.", P.POLICE),
        ("Tom Hale, then Sheriff of Orange County, took the cash.", P.POLICE),
        ("Tom Hale, a deputy in the Sheriff's Department, took the cash.", P.POLICE),
        ("Tom Hale, the Sheriff IV of the Regional Trial Court, took the cash.", P.JUDICIARY),
    ],
)
def test_a_us_county_sheriff_is_police_a_court_sheriff_judiciary(
    text: str, want: OfficialType
) -> None:
    (d,) = _roles(text, ("Tom Hale",))
    assert (d.is_official, d.official_type) == (True, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # LK
            "The accused-appellant, who was the Officer-in-Charge of the Minor Offences Branch "
            "of the Galle Police, solicited a gratification. Sunil Perera denied it.",
            P.POLICE,
        ),
        (  # PH
            "The petitioner, then Municipal Assessor of Bantay, altered the tax declarations. "
            "Sunil Perera denied it.",
            P.LOCAL_GOVERNMENT,
        ),
        # the respondent of an appeal is the State's side, not the accused
        (
            "The respondent, the Officer-in-Charge of the Galle Police, opposed the appeal. "
            "Sunil Perera denied it.",
            P.OTHER_PUBLIC,
        ),
    ],
)
def test_a_lone_defendant_s_party_word(text: str, want: OfficialType) -> None:
    assert _charged(text, ("Sunil Perera",)) is want
