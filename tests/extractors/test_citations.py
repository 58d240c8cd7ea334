"""Statute citation chains: table tests and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors.citations import parse_citations

CASES = [
    (
        "Section 4(a) in relation to Section 6(a) and (c) of R.A. No. 9208, "
        "as amended by R.A. No. 10364",
        "R.A. 9208 s.4(a) in rel. s.6(a),(c), as amended by R.A. 10364",
        ["4(a)"],
    ),
    (
        "section 3(1)(d) as read with section 3(5) of the Counter-Trafficking in Persons Act",
        "CTIPA 2010 s.3(1)(d) r/w s.3(5)",
        ["3(1)(d)"],
    ),
    ("18 U.S.C. §§ 1591(a) and (b)(2)", "18 U.S.C. s.1591(a),(b)(2)", ["1591(a)", "1591(b)(2)"]),
    (
        "s.7 and s.13(2) read with s.13(1)(d) PCA 1988",
        "PC Act 1988 s.7,13(2) r/w s.13(1)(d)",
        ["7", "13(2)"],
    ),
    ("Section 3(e) of R.A. No. 3019", "R.A. 3019 s.3(e)", ["3(e)"]),
    ("u/s 5(2) of the Prevention of Corruption Act, 1947", "PCA 1947 s.5(2)", ["5(2)"]),
    ("Article 217 of the Revised Penal Code", "RPC art.217", ["217"]),
    ("section 161 PPC", "PPC s.161", ["161"]),
    (
        "Sec. 4, Par. (a), Qualified by Sec. 6, Par. (a), of R.A. 9208",
        "R.A. 9208 s.4(a) qualified by s.6(a)",
        ["4(a)"],
    ),
    ("Section 3, paragraph (b) of Republic Act 3019", "R.A. 3019 s.3(b)", ["3(b)"]),
    ("Section 3(e) of Republic Act (R.A.) No. 3019, as amended", "R.A. 3019 s.3(e)", ["3(e)"]),
    (
        "under Sections 409,468,471 & 420 PPC read with 5(2) of the Prevention of Corruption "
        "Act, 1947",
        "PPC s.409,468,471,420 r/w PCA 1947 s.5(2)",
        ["409", "468", "471", "420"],
    ),
    ("Title 18, United States Code, Section 1589", "18 U.S.C. s.1589", ["1589"]),
    ("u/s 370 IPC", "IPC s.370", ["370"]),
    ("Section 143 BNS", "BNS s.143", ["143"]),
    ("s 2 Modern Slavery Act 2015", "MSA 2015 s.2", ["2"]),
    (
        "ABUSE OF OFFICE CONTRARY TO SECTION 46 AS READ WITH SECTION 48(1) OF THE ANTI "
        "CORRUPTION AND ECONOMIC CRIMES ACT NO 3 OF 2003",
        "ACECA s.46 r/w s.48(1)",
        ["46"],
    ),
    (
        "charged under section 16(a)(A) of the MACC Act 2009 and punishable under section 24",
        "MACC Act 2009 s.16(a)(a) punishable under s.24",
        ["16(a)(a)"],
    ),
    ("Section 3 (f) of the Anti-Graft and Corrupt Practices Act", "R.A. 3019 s.3(f)", ["3(f)"]),
    ("section 4(1) read together with section 10 of PACOTIP", "PACOTIP s.4(1) r/w s.10", ["4(1)"]),
    ("Section 4 of R.A. 9208 in conjunction with Section 10", "R.A. 9208 s.4 with s.10", ["4"]),
]


@pytest.mark.parametrize(("text", "normalised", "offence"), CASES, ids=[c[1] for c in CASES])
def test_chains(text: str, normalised: str, offence: list[str]) -> None:
    cits = parse_citations(text)
    assert len(cits) == 1, [c.normalised() for c in cits]
    cit = cits[0]
    assert cit.normalised() == normalised
    assert [p.number for p in cit.offence] == offence
    assert text[cit.start : cit.end] == cit.text


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("contrary to section 5(a) of the Counter-Trafficking in Persons Act", "contrary to"),
        ("in violation of 18 U.S.C. § 1594(c)", "in violation of"),
        ("punishable under Section 10 of R.A. 9208", "punishable under"),
    ],
)
def test_leading_connective(text: str, lead: str) -> None:
    (cit,) = parse_citations(text)
    assert cit.lead == lead


def test_acts_resolve_to_lexicon_entries() -> None:
    (cit,) = parse_citations("Section 6(a) of Republic Act No. 9208")
    assert cit.parts[0].act is not None
    assert cit.parts[0].act.entry is not None
    assert cit.parts[0].act.entry.id == "ph-ra-9208"


def test_jurisdiction_prefers_its_own_act() -> None:
    text = "section 5 of the Prevention of Corruption Act"
    (pk,) = parse_citations(text, jurisdiction="PK")
    (india,) = parse_citations(text, jurisdiction="IN")
    assert pk.parts[0].act.entry.jurisdiction == "PK"  # type: ignore[union-attr]
    assert india.parts[0].act.entry.jurisdiction == "IN"  # type: ignore[union-attr]


def test_span_window() -> None:
    text = "Intro. Section 3(e) of R.A. 3019. Later, Article 217 of the Revised Penal Code."
    cits = parse_citations(text, 0, 33)
    assert [c.normalised() for c in cits] == ["R.A. 3019 s.3(e)"]


def test_no_citation_in_prose() -> None:
    assert parse_citations("The witness said the van left at 3 in the afternoon.") == []


PIECES = st.sampled_from(
    [
        "Section ",
        "s.",
        "§§ ",
        "Art. ",
        "4(a)",
        " and ",
        "(c)",
        " of ",
        "R.A. No. 9208",
        "PPC",
        " read with ",
        " r/w ",
        ", as amended by ",
        "18 U.S.C. ",
        "1591",
        "(b)(2)",
        "u/s ",
        "13(1)(d)",
        "Prevention of Corruption Act, 1947",
        " in relation to ",
        "\n",
        "[1] ",
        "xyz",
        "(",
        ")",
        ",",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES | st.text(max_size=5), max_size=25).map("".join))
def test_never_crashes_and_spans_are_consistent(text: str) -> None:
    for cit in parse_citations(text):
        assert 0 <= cit.start < cit.end <= len(text)
        assert text[cit.start : cit.end] == cit.text
        for part in cit.parts:
            for prov in part.provisions:
                assert cit.start <= prov.start <= prov.end <= cit.end
        cit.normalised()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 300))
def test_any_window(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b), max(a, b)
    for cit in parse_citations(text, lo, hi):
        assert lo <= cit.start < cit.end <= min(hi, len(text))
