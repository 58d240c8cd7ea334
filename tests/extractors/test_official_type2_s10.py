"""Which kind of official, second round: snippets written for these tests (no corpus text).

Only the type of a defendant already made an official (here: by a graft charge,
:func:`official_kind.charged_type`) is read; nothing here makes anyone an official.
Jurisdictions: LK, SG, MY, IN, KE, NG, UK, US, PH, PK.
"""

from __future__ import annotations

import pytest
from official_helpers import charged, status

from caselaw.extractors import metadata, official_kind, officials, parties, roles  # noqa: F401 - registers groups
from caselaw.models import OfficialType

P = OfficialType


# -- a lower-case apposition or predicate with an article -----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # SG
        (
            "Tan Ah Kow\n\nAppellant\n\nThe appellant, who was a police officer, was "
            "charged with accepting a gratification from a moneylender.",
            P.POLICE,
        ),
        (
            "Lim Beng\n\nAppellant\n\nThe appellant was then a staff sergeant and second in "
            "command of a team of the Criminal Investigation Department.",
            P.POLICE,
        ),
        # LK
        (
            "Sunil Perera\n\nAccused-Appellant\n\nThe appellant, a sub inspector, solicited a "
            "gratification from the complainant.",
            P.POLICE,
        ),
        (
            "Nimal Silva\n\nAccused-Appellant\n\nThe appellant, an officer of Sri Lanka "
            "Customs, was indicted under the Bribery Act.",
            P.CUSTOMS,
        ),
        # IN
        (
            "Ram Kumar\n\nAppellant\n\nThe appellant, a head constable, demanded Rs. 500 for "
            "not registering the case.",
            P.POLICE,
        ),
        # KE
        (
            "Peter Otieno\n\nAccused\n\nThe accused, a senior immigration officer, received "
            "money at the border point.",
            P.IMMIGRATION,
        ),
        # NG
        (
            "Musa Bello\n\nDefendant\n\nThe defendant, an employee of the Kano Local "
            "Government, diverted the funds.",
            P.LOCAL_GOVERNMENT,
        ),
        # US
        (
            "John Doe\n\nDefendant\n\nThe defendant, a member of the County Council, "
            "accepted cash for a zoning vote.",
            P.LOCAL_GOVERNMENT,
        ),
    ],
)
def test_a_lower_case_apposition_names_the_office(text: str, want: OfficialType) -> None:
    assert charged(text, (text.split("\n")[0],)) is want


@pytest.mark.parametrize(
    "text",
    [
        # (a resident of a barangay, a meat inspector, a victim of police action: no office)
        "Ana Cruz\n\nAccused\n\nThe accused, a resident of Barangay San Jose, was charged.",
        "Raju Lal\n\nAppellant\n\nThe appellant, a meat inspector, was charged.",
        "Raju Lal\n\nAppellant\n\nThe appellant, a victim of police harassment, was charged.",
        "Raju Lal\n\nAppellant\n\nThe appellant, a former police constable, was charged.",
        "Raju Lal\n\nAppellant\n\nThe appellant, a police informer, was charged.",
        "Raju Lal\n\nAppellant\n\nThe appellant, a police officer's wife, was charged.",
    ],
)
def test_a_lower_case_apposition_that_is_no_office(text: str) -> None:
    assert charged(text, (text.split("\n")[0],)) is P.OTHER_PUBLIC


# -- the defendants' place in the caption: "the 1st Appellant", "the second accused" -------


def test_caption_ordinals_stand_for_the_defendants_in_order() -> None:
    # LK
    text = (
        "01. Sunil Perera 02. Ruwan Jayasena\n\nAccused-Appellants\n\n"
        "The 1st Appellant, being the Officer-in-Charge of Kandy Police at that time, "
        "solicited Rs. 5000 through the 2nd Appellant, another officer attached to the same "
        "station."
    )
    names = ("Sunil Perera", "Ruwan Jayasena")
    assert charged(text, names, 0) is P.POLICE
    assert charged(text, names, 1) is P.POLICE


def test_ordinal_words_and_other_kinds() -> None:
    # KE, MY
    text = (
        "JOHN KAMAU\nMARY WANJIRU\n\nThe first accused, a court interpreter, and "
        "the second accused, a customs officer, were charged jointly."
    )
    names = ("JOHN KAMAU", "MARY WANJIRU")
    assert charged(text, names, 0) is P.JUDICIARY
    assert charged(text, names, 1) is P.CUSTOMS


def test_an_ordinal_of_another_defendant_is_not_read() -> None:
    text = (
        "1. Sunil Perera 2. Ruwan Jayasena\n\nThe 2nd accused, a police constable, was "
        "acquitted; the 1st accused was a clerk."
    )
    assert charged(text, ("Sunil Perera", "Ruwan Jayasena"), 0) is P.OTHER_PUBLIC


# -- a bracketed party word as a defendant's alias ------------------------------------------


def test_a_party_word_alias_stands_for_its_defendant() -> None:
    # PH
    text = (
        "The court found Jose T. Reyes (petitioner), together with his co-accused Ana Lim, "
        "guilty. The complaint was filed against petitioner, a team member of the City "
        "Veterinary Office."
    )
    assert charged(text, ("Jose T. Reyes", "Ana Lim"), 0) is P.LOCAL_GOVERNMENT


# -- the charge: "being a public servant, namely X", "being an agent, to wit, X" ------------


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # SG (Prevention of Corruption Act: an agent)
        (
            "You, Tan Ah Kow, are charged that you on a day in May 1999, at Blk 12 Bedok North "
            "Road, Singapore, being an agent to wit, a Staff Sergeant in the Singapore Police "
            "Force, did corruptly accept a gratification.",
            "Tan Ah Kow",
            P.POLICE,
        ),
        # LK (Bribery Act: a public servant), a lone accused called "he"
        (
            "Kamal Bandara\n\nAccused-Appellant\n\nThe Accused Appellant was indicted on two "
            "counts as follows;\n\n1. That on 2001-02-03 at Matale, he being a public servant "
            "namely a Grama Niladhari solicited a gratification of Rs. 2000.",
            "Kamal Bandara",
            P.LOCAL_GOVERNMENT,
        ),
        # IN / MY (Penal Code s. 21 / s. 161: a public servant)
        (
            "That you, Arun Nair, being a public servant, to wit, a Sub-Inspector of Police at "
            "Kochi, accepted a gratification.",
            "Arun Nair",
            P.POLICE,
        ),
        (
            "That you, Ahmad bin Ali, on 3 March 2015, being a public officer, namely an "
            "officer of the Royal Malaysian Customs Department, accepted RM 500.",
            "Ahmad bin Ali",
            P.CUSTOMS,
        ),
        # UK (Prevention of Corruption Act 1906: an agent)
        (
            "John Smith was indicted that he, being an agent, namely a constable of the "
            "Metropolitan Police, corruptly accepted a gift.",
            "John Smith",
            P.POLICE,
        ),
    ],
)
def test_a_charge_states_the_office(text: str, name: str, want: OfficialType) -> None:
    assert charged(text, (name,)) is want


def test_being_in_a_later_sentence_is_not_read() -> None:
    text = (
        "John Smith was indicted for misconduct. The witness, being an agent, namely a "
        "constable of the Metropolitan Police, arrested him."
    )
    assert charged(text, ("John Smith",)) is P.OTHER_PUBLIC


# -- status words ---------------------------------------------------------------------------


def test_grama_niladhari_is_a_village_office() -> None:
    # (the status reading calls the village officer an official as before, of local
    # government like a village headman)
    text = (
        "Kamal Bandara, the Grama Niladhari of Udawela, solicited Rs. 2000 for a "
        "residence certificate."
    )
    (d,) = status(text, ("Kamal Bandara",))
    assert (d.is_official, d.official_type) == (True, P.LOCAL_GOVERNMENT)


def test_a_case_number_is_no_belt_number() -> None:
    # (PK belt numbers "HC/1234" stay police; a High Court case number "HC/1929/2012" is none)
    assert officials._official_type("Case No: HC/1929/2012 Perera,") is None
    assert officials._official_type("Muhammad Ali HC/1234") is P.POLICE


def test_the_other_side_of_a_caption_is_no_apposition() -> None:
    # PH, LK: "X, PETITIONER, VS. COURT OF APPEALS ...": the court is the other side
    text = (
        "JOSE PANCHO REYES, PETITIONER, VS. COURT OF APPEALS AND PEOPLE OF THE PHILIPPINES, "
        "RESPONDENTS.\n\nThe petitioner was charged with a violation of Section 3(e)."
    )
    assert charged(text, ("JOSE PANCHO REYES",)) is P.OTHER_PUBLIC


# -- a compound surname joined in the caption, apart in the text ----------------------------


def test_a_surname_joined_in_the_caption_and_apart_in_the_text() -> None:
    # PH ("Veracruz" / "Vera Cruz"), LK ("Abeysinghe" / "Abey Singhe")
    text = (
        "PEDRO DELACRUZ Y SANTOS, PETITIONER.\n\nThe court found Pedro Dela Cruz guilty. "
        "At the time Pedro Dela Cruz was the Clerk of Court of the Municipal Trial Court."
    )
    assert charged(text, ("Pedro Delacruz y Santos",)) is P.JUDICIARY
    text = (
        "SUNIL ABEYSINGHE\n\nThe charge was read. Sunil Abey Singhe, the Officer-in-Charge of "
        "Galle Police, denied it. Abey Singhe appealed."
    )
    assert charged(text, ("Sunil Abeysinghe",)) is P.POLICE


def test_a_split_spelling_found_once_is_not_read() -> None:
    text = (
        "PEDRO DELACRUZ, PETITIONER.\n\nThe court found Pedro Delacruz guilty. "
        "Ana Dela Cruz, the Clerk of Court, testified."
    )
    assert charged(text, ("Pedro Delacruz",)) is P.OTHER_PUBLIC
