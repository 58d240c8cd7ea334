"""Caption layouts of law-report headers and PDF-converted captions (synthetic snippets):
Singapore / Malaysian "Parties :" fields, role labels glued by PDF conversion, empty
form-label columns, judges' lines and address lines in Sri Lankan-style block captions."""

from __future__ import annotations

import pytest

from caselaw.extractors._base import Context
from caselaw.extractors.caption_chunks import party_chunks
from caselaw.extractors.parties import EXTRACTOR
from caselaw.models import Judgment

SG_BODY = (
    "\n\nCriminal Law – Offences – Corruption\n\n"
    "1 The respondent pleaded guilty and was convicted of one charge. The Prosecution "
    "appealed against the sentence.\n"
)


def names(text: str) -> list[str]:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    EXTRACTOR(ctx)
    for d in ctx.defendants:
        for ev in d.evidence:
            assert text[ev.start : ev.end] == ev.text
    return [d.name for d in ctx.defendants]


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
