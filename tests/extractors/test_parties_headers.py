"""Caption layouts of law-report headers and PDF-converted captions (synthetic snippets):
Singapore / Malaysian "Parties :" fields, role labels glued by PDF conversion, empty
form-label columns, judges' lines and address lines in Sri Lankan-style block captions."""

from __future__ import annotations

import pytest
from party_helpers import names

from caselaw.extractors.caption_chunks import party_chunks

SG_BODY = (
    "\n\nCriminal Law – Offences – Corruption\n\n"
    "1 The respondent pleaded guilty and was convicted of one charge. The Prosecution "
    "appealed against the sentence.\n"
)


def _sg_header(title: str, parties: str) -> str:
    return (
        f"{title}\n\nCase Number : Magistrate's Appeal No 12 of 2020\n\n"
        "Decision Date : 3 March 2020\n\nTribunal/Court : High Court\n\n"
        "Coram : Wee Ah Seng J\n\n"
        "Counsel Name(s) : Ong Bee Lay (Deputy Public Prosecutor) for the appellant; "
        "Goh Kim Tan (Goh & Co) for the respondent\n\n"
        f"Parties : {parties}" + SG_BODY
    )


@pytest.mark.parametrize(
    ("title", "parties", "expected"),
    [
        # the prosecution's appeal: the accused is the respondent, after the dash
        ("Public Prosecutor v Lim Ah Kow", "Public Prosecutor — Lim Ah Kow", ["Lim Ah Kow"]),
        # the accused's appeal: the accused is named first
        ("Tan Mei Ling v Public Prosecutor", "Tan Mei Ling — Public Prosecutor", ["Tan Mei Ling"]),
        # Malaysian header in Malay
        ("Pendakwa Raya v Ahmad bin Yusof", "Pendakwa Raya – Ahmad bin Yusof", ["Ahmad bin Yusof"]),
    ],
)
def test_law_report_header(title: str, parties: str, expected: list[str]) -> None:
    assert names(_sg_header(title, parties)) == expected


def test_parties_field_with_two_accused() -> None:
    text = _sg_header(
        "Public Prosecutor v Lim Ah Kow and another",
        "Public Prosecutor — Lim Ah Kow; Tan Beng Huat",
    )
    assert names(text) == ["Lim Ah Kow", "Tan Beng Huat"]


def test_civil_parties_field_has_no_defendant() -> None:
    text = _sg_header("Ong Kim Seng v Tan Holdings Pte Ltd", "Ong Kim Seng — Tan Holdings Pte Ltd")
    assert names(text) == []


def test_parties_field_alone_names_the_accused() -> None:
    # no title line: the "Parties :" field's dash stands for the versus
    text = "Case Number : MA 7/2020\n\nParties : Public Prosecutor — Koh Boon Hock" + SG_BODY
    assert names(text) == ["Koh Boon Hock"]


def test_possessive_is_no_label() -> None:
    # "Whether respondent's antecedents ..." (catchwords) labels no party block
    text = (
        "Public Prosecutor v Lim Ah Kow\n\nCase Number : MA 1/2020\n\n"
        "Parties : Public Prosecutor — Lim Ah Kow\n\n"
        "Sentencing – Whether respondent's antecedents aggravating factor\n"
    )
    chunks = party_chunks(text, 0, len(text))
    assert all(label is None for _, _, label, _ in chunks)
    assert names(text + SG_BODY) == ["Lim Ah Kow"]


@pytest.mark.parametrize(
    ("glued", "other"),
    [
        ("AccusedAppellant", "ComplainantRespondent"),
        ("AccusedPetitioner", "ComplainantRespondent"),
    ],
)
def test_glued_role_labels(glued: str, other: str) -> None:
    # PDF conversion drops the hyphen of "Accused-Appellant" at a cell break
    text = (
        "IN THE COURT OF APPEAL\n\nCase No. CA 9/2020\n\n"
        f"AND NOW BETWEEN Nimal Perera Karunaratne {glued} V.\n\n"
        f"Commission to Investigate Allegations of Bribery or Corruption\n\n{other}\n\n"
        "BEFORE : A. B. Silva, J.\n\nThe appellant was convicted of soliciting a bribe.\n"
    )
    assert names(text) == ["Nimal Perera Karunaratne"]


def test_glued_label_needs_a_capital() -> None:
    # "accusedappellant" in lower case is no compound of two words
    chunks = party_chunks("Nimal Perera accusedappellant v. State", 0, 38)
    assert all(label != "accused-appellant" for _, _, label, _ in chunks)


def _pdf_lines(*lines: str) -> str:
    """Sri Lankan PDF text: a blank line after every printed line."""
    return "\n\n".join(lines) + "\n\n"


LK_BODY = _pdf_lines(
    "The accused appellant was indicted for soliciting a gratification of",
    "Rs. 2,000/= and was convicted after trial.",
)


def test_empty_form_label_column_before_the_party_block() -> None:
    text = _pdf_lines(
        "IN THE COURT OF APPEAL OF THE DEMOCRATIC",
        "SOCIALIST REPUBLIC OF SRI LANKA",
        "C.A. Case No. 12/2015",
        "BEFORE",
        "COUNSEL",
        "ARGUED ON",
        "DECIDED ON",
        "Nimal Perera",
        "Accused - Appellant",
        "Vs",
        "The Bribery Commission",
        "Respondent",
        ": A. B. Silva J.",
        ": 1st March, 2016",
    )
    assert names(text + LK_BODY) == ["Nimal Perera"]


@pytest.mark.parametrize(
    "bench",
    [
        "Before : Ruwan K. Dias, J.",
        "Before : Ruwan K. Dias J.",
        "Before : Ruwan K. Dias and Saman Fonseka, JJ.",
        "Before : Ruwan K. Dias, C.J.",
    ],
)
def test_a_name_with_a_judges_title_is_no_party(bench: str) -> None:
    text = _pdf_lines(
        "IN THE COURT OF APPEAL",
        "Nimal Perera,",
        "Temple Road, Kandy.",
        "ACCUSED-APPELLANT",
        "Vs.",
        "The Hon. Attorney General,",
        "Attorney General's Department, Colombo 12.",
        "RESPONDENT",
        bench,
        "Counsel : Kamal Peiris for the",
        "1st Accused-Appellant",
        "Decided on : 01-02-2020",
    )
    assert names(text + LK_BODY) == ["Nimal Perera"]


def test_numbered_block_caption_with_addresses() -> None:
    text = _pdf_lines(
        "IN THE COURT OF APPEAL",
        "AND NOW",
        "01. Kamal Sunil",
        "Jayawardena,",
        "Temple Road, Kandy,",
        "4th Mile Post,",
        "Peradeniya.",
        "02. Sunil Hettiarachchi,",
        "Lake Avenue, Galle.",
        "ACCUSED-APPELLANTS",
        "Vs.",
        "The Hon. Attorney General",
        "RESPONDENT",
    )
    assert names(text + LK_BODY) == ["Kamal Sunil Jayawardena", "Sunil Hettiarachchi"]


def test_numbered_entries_on_one_line_after_an_address() -> None:
    # "... Muthur 06. 2. Name": the second entry's number follows the first's address
    text = _pdf_lines(
        "IN THE COURT OF APPEAL",
        "Complainant Vs.",
        "1. Nimal Perera,",
        "Ikbal Road, Trincomalee 06. 2. Sunil Silva,",
        "14/B, Hill Street, Kandy.",
        "Accused",
    )
    assert names(text + LK_BODY) == ["Nimal Perera", "Sunil Silva"]


def test_address_after_the_name_is_no_party() -> None:
    text = _pdf_lines(
        "IN THE COURT OF APPEAL",
        "Complainant",
        "And Between",
        "Nimal Perera, Ikbal Road, Trincomalee 06. (Presently in Welikada Prison)",
        "Accused-Appellant",
        "VS.",
        "Hon. Attorney General",
        "Respondent",
    )
    assert names(text + LK_BODY) == ["Nimal Perera"]


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        ("Juan Cruz, Jr. and Pedro Santos", ["Juan Cruz, Jr", "Pedro Santos"]),
        ("Maria J. Reyes", ["Maria J. Reyes"]),
        ("Pedro Cruz, J. Santos Reyes", ["Pedro Cruz", "J. Santos Reyes"]),
        ("Lee Ah Kow JA", []),
        ("Tan Mei Ling and Goh Bee Lian, JJ.", []),
        ("Nimal Perera, Temple Road, Kandy", ["Nimal Perera"]),
    ],
)
def test_names_in_judges_and_addresses(chunk: str, expected: list[str]) -> None:
    from caselaw.extractors.party_names import names_in

    assert [n for n, _, _ in names_in(chunk, 0, len(chunk))] == expected


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        ("1. Nimal Perera,\n\nKandy. 2. Sunil Silva,\n\nGalle.", ["Nimal Perera", "Sunil Silva"]),
        # the numbers must count up from 1: a house number or a postal code is no entry
        ("No. 36, Temple Road,\n\nColombo 07. 2. Sunil Silva,", []),
        ("1. Nimal Perera,\n\nKandy.", []),  # one entry is no list
    ],
)
def test_numbered_entries(chunk: str, expected: list[str]) -> None:
    from caselaw.extractors.caption_layout import numbered_entries

    assert [chunk[a:b] for a, b in numbered_entries(chunk)] == expected


def test_html_entity_semicolon_splits_no_name() -> None:
    text = (
        "[ G.R. No. 1, May 1, 2020 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. "
        "JUAN PE&Ntilde;A AND ROSA DE LA PE&Ntilde;A, ACCUSED-APPELLANTS.\n\nD E C I S I O N\n\n"
        "CRUZ, J.:\n\nThis is an appeal from a conviction.\n"
    )
    assert names(text) == ["Juan Peña", "Rosa de la Peña"]


@pytest.mark.parametrize(
    "bench",
    [
        # the column's values printed above the party block, one a line
        ("BEFORE", "COUNSEL", "ARGUED ON", "DECIDED ON", "A. B. Silva, J.", "C. D. Perera, J."),
        (
            "BEFORE : A. B. Silva, J.",
            "C. D. Perera, J.",
            "COUNSEL : Kamal Peiris for the appellant",
        ),
    ],
)
def test_bench_listed_above_the_party_block_ends_no_caption(bench: tuple[str, ...]) -> None:
    text = _pdf_lines(
        "IN THE COURT OF APPEAL OF THE DEMOCRATIC",
        "SOCIALIST REPUBLIC OF SRI LANKA",
        "C.A. Case No. 12/2015",
        *bench,
        "Nimal Perera",
        "Accused - Appellant",
        "Vs",
        "The Bribery Commission",
        "Respondent",
    )
    assert names(text + LK_BODY) == ["Nimal Perera"]


def test_author_line_still_ends_the_caption() -> None:
    # "CRUZ, J.:" after the parties is the opinion's author: the caption ends there
    text = (
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN SANTOS, ACCUSED-APPELLANT."
        "\n\nBefore the trial court\n\nCRUZ, J.:\n\nThe appellant Pedro Reyes, Accused, was "
        "tried with him.\n"
    )
    assert names(text) == ["Juan Santos"]


@pytest.mark.parametrize(
    "line",
    [
        # a label before the versus on the same line is a caption label, not prose
        "Nimal Perera Karunaratne Accused-Appellant Vs. The Hon. Attorney General Respondent",
        "Nimal Perera Karunaratne AccusedAppellant Versus The Hon. Attorney General Respondent",
        # the address after the name (and all after it) is no party
        "Nimal Perera Karunaratne AccusedAppellant, Temple Road, Kandy. V. The Hon. Attorney "
        "General Respondent",
    ],
)
def test_one_line_block_caption(line: str) -> None:
    text = (
        f"IN THE COURT OF APPEAL\n\nAND NOW BETWEEN {line}\n\nBEFORE : A. B. Silva, J.\n\n"
        "The appellant was convicted of soliciting a bribe.\n"
    )
    assert names(text) == ["Nimal Perera Karunaratne"]


def test_glued_label_left_at_the_end_of_a_name_is_cut() -> None:
    from caselaw.extractors.party_names import names_in

    chunk = "Nimal Perera AccusedAppellant"
    assert names_in(chunk, 0, len(chunk)) == [("Nimal Perera", 0, 12)]
