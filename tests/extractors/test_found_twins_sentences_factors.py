"""The Found twins of the sentences, factors, metadata and verdict patterns give what the
patterns they replace give (same spans, same groups, also where lowering moves offsets)."""

from __future__ import annotations

import re

import pytest

from caselaw.extractors import factors, metadata, sentence_links, sentence_terms, verdict_narrated

NUMBERED = [
    "The 2nd Accused was acquitted from the case and the 1st accused convicted.",
    "The second accused, indicted, was acquitted of the 5th to 8th counts.",
    "Accused No. 2 has been acquitted; accused 3 stands acquitted.",
    "The learned High Court Judge has acquitted the 2nd accused-respondent.",
    "The accused appealed; nobody was acquitted.",
]


@pytest.mark.parametrize("sentence", NUMBERED)
def test_numbered_matches_are_finditer(sentence: str) -> None:
    want = [
        (m.span(), m.groupdict()) for m in verdict_narrated._NUMBERED_ACQUITTED.finditer(sentence)
    ]
    got = [
        (m.span(), m.groupdict())
        for m in verdict_narrated._numbered_matches(sentence, sentence.lower())
    ]
    assert got == want
    if "acquitted from" in sentence or "Accused No. 2" in sentence:
        assert got  # (the cases the rule is for do match)


def test_numbered_matches_keep_finditer_where_lowering_moves_offsets() -> None:
    sentence = "\u0130 The 2nd Accused was acquitted."  # (lower-cases to one more character)
    got = [m.span() for m in verdict_narrated._numbered_matches(sentence, sentence.lower())]
    assert got == [m.span() for m in verdict_narrated._NUMBERED_ACQUITTED.finditer(sentence)]


HEADERS = [
    "Argued on : 12.01.2023\nWritten Submissions : 20.02.2023\nDecided on : 25.11.2023\n",
    "Date of hearing\nDate of judgment\n01/02/2020\n03/04/2020",
    "the order delivered on 21.02.2022 was appealed.\nJudgment delivered on: 5 May 2021",
]


@pytest.mark.parametrize("head", HEADERS)
def test_hearing_labels_are_finditer(head: str) -> None:
    low = head.lower()
    want = [m.span() for m in metadata._HEARING_LABEL.finditer(low)]
    assert [m.span() for m in metadata._labels(low)] == want
    assert want


SPOKEN = [
    ("fixed", "He shall be liable to be sentenced to 7 years imprisonment."),
    ("fixed", "A fine of Rs.50,000/- or in default thereof sentence of six months S.I."),
    ("fixed", "in default of payment. He is sentenced to 5 years imprisonment."),
    ("fine", "The accused may; pay a fine of P50,000."),
    ("fine", "The court imposed a fine of not less than P2,000,000."),
    ("fixed", "The accused is sentenced to 12 years imprisonment."),
]


@pytest.mark.parametrize(("what", "text"), SPOKEN)
def test_spoken_of_same_on_lower_cased_text(what: str, text: str) -> None:
    rx = sentence_terms._CASED[what]
    m = rx.search(text)
    assert m is not None
    low = text.lower()
    m_low = sentence_terms._LOW[what].search(low)
    assert m_low is not None and m_low.span() == m.span()
    assert sentence_terms._spoken_of(low, what, m_low, True) == sentence_terms._spoken_of(
        text, what, m, False
    )


@pytest.mark.parametrize(
    "text",
    [
        "the accused-appellants were each sentenced to",
        "imposing upon each of them a fine",
        "the respondent shall pay",
        "nothing here at all",
        "which accused persons; and so on",
    ],
)
def test_party_and_plural_same_on_lower_cased_text(text: str) -> None:
    low = text.lower()
    for rx, found in (
        (sentence_links._PARTY, sentence_links._PARTY_LOW),
        (sentence_links._PLURAL, sentence_links._PLURAL_LOW),
    ):
        for lo in range(0, len(text), 3):
            assert (found.first(low, lo, len(low)) is None) == (rx.search(text, lo) is None)


@pytest.mark.parametrize(
    "before",
    [
        "there was no ",
        "the prosecution failed to produce the ",
        "there was not any ",
        "the witness knows the ",
        "he was uncorroborated and ",
    ],
)
def test_factor_vetoes_same_on_lower_cased_text(before: str) -> None:
    text = before + "bank records of the accused"
    veto = factors._VETOES["financial_investigation"]
    m = re.compile("bank records").search(text)
    assert m is not None
    assert veto(text.lower(), m, True) == veto(text, m, False)
    assert veto(text, m, False) == bool(re.search(r"\b(?:no|not|failed to produce)\b", before))
