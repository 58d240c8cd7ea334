"""Defendants read from captions and dispositive verdict sentences (test-written snippets)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from party_helpers import names
from regex_spans import match_spans as _spans

from caselaw.extractors._base import Context
from caselaw.models import Judgment

BODY = "\n\nD E C I S I O N\n\nCRUZ, J.:\n\nThis is an appeal from a conviction.\n"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN DELA CRUZ Y SANTOS,"
            " ACCUSED-APPELLANT.",
            ["Juan dela Cruz y Santos"],
        ),
        ("PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. XXX* ACCUSED-APPELLANT.", ["XXX"]),
        (
            "MARIA L. SANTOS, PETITIONER, VS. PEOPLE OF THE PHILIPPINES, RESPONDENT.",
            ["Maria L. Santos"],
        ),
        (
            "PEDRO REYES, COMPLAINANT, VS. ANA B. LIM, CLERK III, BRANCH 5, REGIONAL TRIAL COURT,"
            " RESPONDENT.",
            ["Ana B. Lim"],
        ),
        (
            "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ROSA TAN AND LITO GO,"
            " ACCUSED-APPELLANTS.",
            ["Rosa Tan", "Lito Go"],
        ),
        ("ACME PTE LTD, APPELLANT, VS. BETA LIMITED, RESPONDENT.", []),
    ],
)
def test_caption(caption: str, expected: list[str]) -> None:
    assert names("[ G.R. No. 1, May 1, 2020 ]\n\n" + caption + BODY) == expected


def test_unlabelled_caption_against_the_state() -> None:
    text = (
        "ORDER SHEET\nLAHORE HIGH COURT\nCrl. Misc. No.1/B/2023\nAli Raza\n \nVs\n \nThe State\n"
        " \nJ U D G M E N T\n\nAhmad, J.- Through this application, the petitioner seeks"
        " post-arrest bail in case FIR No.1/2023.\n"
    )
    assert names(text) == ["Ali Raza"]


def test_complainant_petitioner_is_not_accused() -> None:
    text = (
        "Criminal Revision No. 1 of 2022\n(Ali Khan Vs. The State)\n\nJ U D G M E N T\n\n"
        "Ahmad, J: The petitioner is the complainant of case FIR No.2 of 2003 and seeks"
        " quashing of an order.\n"
    )
    assert names(text) == []


def test_co_accused_from_lower_court_dispositive() -> None:
    text = (
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ROSA TAN, ACCUSED-APPELLANT."
        + BODY
        + "\nWHEREFORE, the Court finds accused ROSA TAN and LITO GO GUILTY beyond reasonable"
        " doubt.\n\nSO ORDERED.\n"
    )
    assert names(text) == ["Rosa Tan", "Lito Go"]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # Kenya: dot leaders, ordinals, several respondents on the accused side
        (
            "REPUBLIC ............................ APPELLANT\n\nVERSUS\n\n"
            "AMANI JUMA KARISA .................. 1ST RESPONDENT\n"
            "BARAKA OTIENO WEKESA ............... 2ND RESPONDENT\n\n"
            "(Being an appeal from the conviction and sentence of the Chief Magistrate)",
            ["Amani Juma Karisa", "Baraka Otieno Wekesa"],
        ),
        # England and Wales: numbered appellants against the Crown
        (
            "Between:\n\nREGINA\nRespondent\n- and -\n(1) ALAN BRIGHTWELL\n(2) CORA DUNMORE\n"
            "Appellants\n\nMr X QC for the Appellants",
            ["Alan Brightwell", "Cora Dunmore"],
        ),
        # Nigeria: numbered defendants after "AND"
        (
            "BETWEEN:\n\nFEDERAL REPUBLIC OF NIGERIA ............... COMPLAINANT\n\nAND\n\n"
            "1. CHINEDU OKORO\n2. BELLO MUSA ............................ DEFENDANTS\n\n"
            "JUDGMENT\n\nThe defendants were arraigned on a five-count charge.",
            ["Chinedu Okoro", "Bello Musa"],
        ),
        # India: name line, then descriptor lines and a counsel line; the accused petitioner
        (
            "BETWEEN:\n\nSRI RAVI KUMAR\nS/O SRI MOHAN KUMAR\nAGED ABOUT 40 YEARS\n"
            "R/O 12 MAIN ROAD, MYSURU ... PETITIONER\n\n(BY SRI A. B. RAO, ADVOCATE)\n\nAND:\n\n"
            "STATE OF KARNATAKA\nBY CITY POLICE STATION ... RESPONDENT\n\n"
            "THIS PETITION IS FILED PRAYING TO QUASH THE PROCEEDINGS IN CRIME No. 1/2020.",
            ["Ravi Kumar"],
        ),
        # United States courts of appeals: lower-case "v.", the author line ends the caption,
        # and a label starting a sentence of prose is no caption label
        (
            "UNITED STATES OF AMERICA,\nAppellee,\n\nv.\n\nERIN VALE, OWEN VALE,\n"
            "Defendants-Appellants.\n\nBefore: HART, LOWE, and PRICE, Circuit Judges.\n\n"
            "Defendants-Appellants Erin and Owen Vale appeal from judgments of conviction.\n\n"
            "PRICE, Circuit Judge:\n\nThe Vales employed a domestic worker.",
            ["Erin Vale", "Owen Vale"],
        ),
        # an alias after a comma belongs to the name before it
        (
            'PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ROSA LIM Y CRUZ, A.K.A. "ROSING,"'
            " ACCUSED-APPELLANT.",
            ['Rosa Lim y Cruz, a.k.a. "Rosing"'],
        ),
    ],
)
def test_caption_layouts(caption: str, expected: list[str]) -> None:
    assert names(caption + BODY) == expected


def test_dot_leader_party_under_court_headings_and_a_citation_line() -> None:
    # Kenya: court and case-number headings above the dot-leader name line are no party,
    # and a "Citation:" field label is no part of the short-title name
    caption = (
        "REPUBLIC OF KENYA\nIN THE HIGH COURT OF KENYA AT NAIROBI\nCRIMINAL DIVISION\n\n"
        "CRIMINAL APPEAL NO. E1 OF 2021\n\nAMANI JUMA TESTA ..................... APPELLANT\n\n"
        "VERSUS\n\nREPUBLIC ........................................ RESPONDENT\n\n"
        "(Appeal from the conviction and sentence by the trial court.)\n\n"
        "Citation: Testa v Republic [2022] KEHC 1 (KLR)\n\nJUDGMENT\n\n"
        "1. The appellant was convicted of trafficking in persons."
    )
    assert names(caption) == ["Amani Juma Testa"]


def test_malay_caption() -> None:
    caption = (
        "DALAM MAHKAMAH RAYUAN MALAYSIA\nRAYUAN JENAYAH NO: B-05-1-01/2015\n\nANTARA\n\n"
        "AHMAD CONTOH BIN UJIAN ... PERAYU\n\nDAN\n\nPENDAKWA RAYA ... RESPONDEN\n\n"
        "JUDGMENT OF THE COURT\n\n[1] The appellant was convicted of trafficking in a drug."
    )
    assert names(caption) == ["Ahmad Contoh bin Ujian"]


# -- fast paths give the answers of the plain patterns they replace ----------------------

_PIECES = [
    " ",
    "\n",
    "\t",
    "\n\n",
    ":",
    "x",
    "and",
    "AND",
    "ſ",
    "ı",
    "\u00a0",
    "RE : COMPLAINT",
    "RE:",
    "AGAINST",
    "JOHN DOE",
    "FOR",
    "between",
    "Between",
    "THE STATE",
    "S",
    "JU",
    "convict",
    "bail",
    "FIR",
    "the petitioner",
    "iaccused",
    "PETITIONER IS THE COMPLAINANT",
    "was",
    "the petitioners ",
    "The Petitioners ",
    "the appellants",
    "the accused-appellants ",
    "the accused persons ",
    "bathe appellants ",
    "Dr. Iqrar Khan ",
    "Juan Cruz ",
    " have",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(0, 5), st.integers(0, 400))
def test_fast_party_scans_agree_with_the_plain_patterns(
    pieces: list[str], lo: int, hi: int
) -> None:
    from caselaw.extractors import parties as p
    from caselaw.extractors import party_sides as ps

    text = "".join(pieces)
    lo, hi = min(lo, len(text)), max(min(hi, len(text)), min(lo, len(text)))
    assert _spans(p._RE_AGAINST_SCAN, text, lo, hi) == _spans(p._RE_AGAINST, text, lo, hi)
    assert _spans(p._STATE_AND_SCAN, text, lo, hi) == _spans(p._STATE_AND, text, lo, hi)
    low = text[lo:hi].lower()
    if len(low) == hi - lo:
        at = [
            (m.start(), m.end(), m.groups())
            for m in p._finditer_at(p._STATE_AND, text, low, lo, "between", hi)
        ]
        assert at == _spans(p._STATE_AND, text, lo, hi)
    plain, fast = (
        ps._PETITIONER_COMPLAINANT.search(text, lo),
        ps._PETITIONER_COMPLAINANT_SCAN.search(text, lo),
    )
    assert (plain and plain.span()) == (fast and fast.span())
    assert bool(ps._PETITIONER_ACCUSED.search(text)) == bool(
        ps._PETITIONER_ACCUSED_SCAN.search(text)
    )
    if text.isascii():
        low = text.lower()
        assert ps.matches_at(
            ps._PETITIONER_ACCUSED, text, low, ps._PETITIONER_ACCUSED_WORDS, True
        ) == (bool(ps._PETITIONER_ACCUSED.search(text)))
        assert ps.matches_at(ps._PETITIONER_COMPLAINANT, text, low, ("petitioner",), False) == (
            bool(ps._PETITIONER_COMPLAINANT.search(text))
        )
    ctx = Context(Judgment(id="t", portal="test", text=text))
    found = [m.span() for m in ps.petitioner_lists(ctx, lo, hi)]
    assert found == [m.span() for m in _petitioner_lists_by_find(text, lo, hi)]


def _petitioner_lists_by_find(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The first version: each list head found with str.find."""
    from caselaw.extractors import party_sides as ps

    out = []
    for head in ps._LIST_HEADS:
        at = text.find(head, lo, hi)
        while at >= 0:
            m = ps._PETITIONER_LIST.match(text, at, hi)
            if m is not None:
                out.append(m)
            at = text.find(head, at + len(head), hi)
    return sorted(out, key=lambda m: m.start())


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("aZz09 .-'ÀéßñİıſK\u00a0\u0301"), max_size=20))
def test_fold_fast_path_agrees(s: str) -> None:
    import unicodedata

    from caselaw.extractors.names import fold

    plain = "".join(c for c in unicodedata.normalize("NFKD", s).lower() if "a" <= c <= "z")
    assert fold(s) == plain


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Juan",
                " ",
                "Cruz",
                "a.k.a.",
                "A.K.A",
                "aka",
                "AKA",
                "alias",
                "ALIAS",
                "@",
                "(",
                ")",
                '"',
                ",",
                "-",
                "alıas",
                "Baby",
                "a. k. a.",
                "\u212a",
            ]
        ),
        max_size=10,
    )
)
def test_split_alias_fast_path_agrees(pieces: list[str]) -> None:
    from caselaw.extractors import names

    name = "".join(pieces)
    parts = [p.strip(" ,()\"“”'-") for p in names._ALIAS.split(name)]
    parts = [p for p in parts if p]
    plain = (parts[0], tuple(parts[1:])) if parts else (name.strip(), ())
    assert names.split_alias(name) == plain


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "JUAN",
                "Juan",
                " ",
                "DE",
                "de",
                "LA",
                "y",
                "CRUZ",
                "x",
                "*",
                ",",
                "II",
                "jr.",
                "XXX",
                "AAA123",
                "PEÑA",
                "Peña",
                "İ",
                "\u212a",
                "(a.k.a.",
                "ALIAS",
                "-",
                "O'NEIL",
                "3",
            ]
        ),
        max_size=8,
    )
)
def test_display_fast_path_agrees(pieces: list[str]) -> None:
    from caselaw.extractors import names

    def plain_display(name: str) -> str:  # display() as first written
        name = re.sub(r"\s+", " ", name).strip(" ,*")
        name = re.sub(r"\s*\*\s*", "", name)
        letters = [
            c
            for t in name.split()
            if t.lower() not in names._PARTICLES
            for c in t
            if "a" <= c.lower() <= "z"
        ]
        if not letters or not all(c.isupper() for c in letters):
            return name
        out = []
        for tok in name.split(" "):
            low = tok.lower()
            if names._PLACEHOLDER.fullmatch(tok.strip(",.")):
                out.append(tok)
            elif low in names._PARTICLES or low.lstrip("(") in {"a.k.a.", "aka", "alias"}:
                out.append(low)
            elif names._SUFFIX.match(tok) and low.rstrip(".") in {"ii", "iii", "iv"}:
                out.append(tok.upper())
            else:
                out.append(re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), tok))
        return " ".join(out)

    name = "".join(pieces)
    assert names.display(name) == plain_display(name)


@pytest.mark.parametrize(
    ("caption_name", "shown"),
    [
        ("PRIMO C. YBAÑEZ", "Primo C. Ybañez"),
        ("JOSE PEÑA Y MUÑOZ", "Jose Peña y Muñoz"),
        ("TEODORO D. PARE\u00c3\u0091O", "Teodoro D. Pare\u00c3\u0091O"),  # (mis-decoded: kept)
    ],
)
def test_accented_capitals_are_title_cased(caption_name: str, shown: str) -> None:
    from caselaw.extractors.names import display

    assert display(caption_name) == shown


def test_spouses_before_a_couple_is_no_part_of_a_name() -> None:
    caption = (
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. SPOUSES PEDRO L. MAGNO AND ROSA T."
        " MAGNO, AND LINA Q. SORIA, ACCUSED-APPELLANTS."
    )
    assert names(caption + BODY) == ["Pedro L. Magno", "Rosa T. Magno", "Lina Q. Soria"]


def test_a_given_name_spelt_two_ways_is_one_accused() -> None:
    """Caption "LIZA K. DUMAS", body "Lisa K. Dumas": s and z spell one sound."""
    text = (
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. LIZA K. DUMAS AND ROY P. TAN,"
        " ACCUSED-APPELLANTS." + BODY + "\nWHEREFORE, the court finds accused Lisa K. Dumas and"
        " Roy P. Tan GUILTY beyond reasonable doubt.\n\nSO ORDERED.\n"
    )
    assert names(text) == ["Liza K. Dumas", "Roy P. Tan"]


def test_siblings_whose_names_differ_by_a_vowel_stay_two_accused() -> None:
    text = (
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. MARIO K. DUMAS AND MARIA K. DUMAS,"
        " ACCUSED-APPELLANTS." + BODY
    )
    assert names(text) == ["Mario K. Dumas", "Maria K. Dumas"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In view of the demise of accused-appellant Pedro L. Magno, his name has been dropped"
        " pursuant to Article 89 of the Revised Penal Code.",
        "The death of Magno pending appeal extinguished his criminal liability.",
        "Accused-appellant Magno died on May 2, 2019; the case is closed and terminated as to him.",
        "The Court RESOLVES to DISMISS the criminal case against accused-appellant Pedro L. Magno"
        " by reason of his death.",
        "In view of the death of accused-appellant Magno, the case against him is dismissed.",
    ],
)
def test_an_appellant_whose_death_ended_his_liability_is_no_defendant(sentence: str) -> None:
    text = (
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. PEDRO L. MAGNO AND LINA Q. SORIA,"
        " ACCUSED-APPELLANTS." + BODY + sentence + "\n"
    )
    assert names(text) == ["Lina Q. Soria"]


def test_a_death_the_accused_caused_leaves_him_a_defendant() -> None:
    text = (
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. PEDRO L. MAGNO, ACCUSED-APPELLANT."
        + BODY
        + "Magno stabbed the victim, who died on the spot; the appeal of Magno is dismissed.\n"
        + "The motion of Magno was dismissed; it came after the victim's death.\n"
        + "The defense of Magno was dismissed because of the death of the victim.\n"
    )
    assert names(text) == ["Pedro L. Magno"]


def test_a_surname_shared_by_a_living_co_accused_needs_the_given_name() -> None:
    text = (
        "PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. PEDRO L. MAGNO AND ROSA T. MAGNO,"
        " ACCUSED-APPELLANTS."
        + BODY
        + "The death of Pedro Magno extinguished his criminal liability.\n"
    )
    assert names(text) == ["Rosa T. Magno"]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "PEOPLE OF THE PHILIPPINES, PETITIONER, VS. HON. SANDIGANBAYAN (FIRST DIVISION) AND"
            " PEDRO M. LIM, RESPONDENTS.",
            ["Pedro M. Lim"],
        ),
        (
            "PEOPLE OF THE PHILIPPINES, PETITIONER, VS. COURT OF APPEALS, ROSA TAN AND LITO GO,"
            " RESPONDENTS.",
            ["Rosa Tan", "Lito Go"],
        ),
        (
            "PEDRO M. LIM, PETITIONER, VS. HON. SANDIGANBAYAN (FIRST DIVISION) AND PEOPLE OF THE"
            " PHILIPPINES, RESPONDENTS.",
            ["Pedro M. Lim"],
        ),
    ],
)
def test_the_court_beside_the_private_respondent(caption: str, expected: list[str]) -> None:
    """The prosecution's certiorari names the court whose acquittal it assails beside the
    accused; the accused are the private respondents."""
    body = (
        "\n\nD E C I S I O N\n\nCRUZ, J.:\n\nThis petition for certiorari assails the"
        " acquittal of the respondent.\n"
    )
    assert names("[ G.R. No. 1, May 1, 2020 ]\n\n" + caption + body) == expected


def test_an_accused_of_the_caption_at_large_is_left_out() -> None:
    """ "X, Y AND Z, ACCUSED, Y AND Z, ACCUSED-APPELLANTS": the caption's first list is the
    Information's accused; one at large is no defendant, the appellants stay even when the
    sentence that says so names them."""
    text = (
        "[ G.R. No. 1, May 1, 2020 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
        " PEDRO MACARAEG, ROSA TAN AND LITO GOMEZ, ACCUSED, ROSA TAN AND LITO GOMEZ,"
        " ACCUSED-APPELLANTS.\n\nD E C I S I O N\n\nCRUZ, J.:\n\nAccused Pedro Macaraeg remains"
        " at large, while Rosa Tan and Lito Gomez were arraigned and tried.\n"
    )
    assert names(text) == ["Rosa Tan", "Lito Gomez"]


def test_an_accused_of_the_caption_not_said_to_be_at_large_stays() -> None:
    text = (
        "[ G.R. No. 1, May 1, 2020 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
        " PEDRO MACARAEG, ACCUSED, ROSA TAN, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nCRUZ,"
        " J.:\n\nOnly Rosa Tan appealed; a co-accused, Lito Gomez, remains at large.\n"
    )
    assert names(text) == ["Pedro Macaraeg", "Rosa Tan"]


@pytest.mark.parametrize(
    "caption",
    [
        "OFFICE OF THE OMBUDSMAN, PETITIONER, VS. PEDRO M. LIM, RESPONDENT.",
        "FIELD INVESTIGATION OFFICE, OFFICE OF THE OMBUDSMAN, PETITIONER, VS. PEDRO M. LIM,"
        " RESPONDENT.",
        "PEDRO M. LIM, PETITIONER, VS. OFFICE OF THE OMBUDSMAN, RESPONDENT.",
        "PEDRO M. LIM, PETITIONER, VS. CIVIL SERVICE COMMISSION, RESPONDENT.",
    ],
)
def test_the_official_against_the_disciplining_authority(caption: str) -> None:
    """The Ombudsman (R.A. 6770) or the Civil Service Commission against an official, on
    either side of the caption: the official's disciplinary liability is decided."""
    body = (
        "\n\nD E C I S I O N\n\nCRUZ, J.:\n\nThe Ombudsman found Lim, a revenue officer, guilty"
        " of grave misconduct and dismissed him from the service.\n"
    )
    assert names("[ G.R. No. 1, May 1, 2020 ]\n\n" + caption + body) == ["Pedro M. Lim"]
