"""Imprisonment terms, life, fines and damages from dispositive snippets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors._base import Context
from caselaw.extractors.sentence_terms import _LOW, _STARTS, finditer_at
from caselaw.extractors.sentences import EXTRACTOR
from caselaw.models import Judgment


def sentences(text: str) -> list[tuple]:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    EXTRACTOR(ctx)
    return [(s.kind, s.term_months, s.term_max_months, s.amount, s.currency) for s in ctx.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WHEREFORE, he is sentenced to suffer the penalty of life imprisonment and to pay a"
            " fine of PHP 2,000,000.00.",
            [("life", None, None, None, None), ("fine", None, None, 2000000.0, "PHP")],
        ),
        (
            "WHEREFORE, accused is sentenced to an indeterminate penalty of imprisonment of six (6)"
            " years and one (1) month as minimum to ten (10) years as maximum.",
            [("imprisonment", 73.0, 120.0, None, None)],
        ),
        (
            "He was sentenced to 10 months rigorous imprisonment with a fine of Rs.20,000/-.",
            [("imprisonment", 10.0, None, None, None), ("fine", None, None, 20000.0, "PKR")],
        ),
    ],
)
def test_sentences(text: str, expected: list[tuple]) -> None:
    assert sentences(text) == expected


def linked(text: str, names: tuple[str, ...], acquitted: tuple[int, ...] = ()) -> list[tuple]:
    """(defendant, kind, term_months, amount) of each sentence, with the given defendants."""
    from caselaw.extractors._base import Finding
    from caselaw.models import Defendant

    ctx = Context(Judgment(id="t", portal="test", text=text))
    ctx.defendants = [Defendant(index=i, name=n) for i, n in enumerate(names)]
    ctx.findings = [Finding(i, "acquitted", True, None, 0, 1) for i in acquitted]
    EXTRACTOR(ctx)
    return sorted(
        ((s.defendant, s.kind, s.term_months, s.amount) for s in ctx.sentences),
        key=lambda t: (-1 if t[0] is None else t[0], t[1]),
    )


@pytest.mark.parametrize(
    ("text", "names", "acquitted", "expected"),
    [
        # each penalty goes to the defendants named before it in its sentence
        (
            "WHEREFORE, accused Juan Reyes and Pedro Cruz are each sentenced to life "
            "imprisonment; accused Ana Lim is sentenced to suffer imprisonment of six (6) years.",
            ("Juan Reyes", "Pedro Cruz", "Ana Lim"),
            (),
            [(0, "life", None, None), (1, "life", None, None), (2, "imprisonment", 72.0, None)],
        ),
        # the only defendant: a penalty in the dispositive part is theirs
        (
            "The appeal is DISMISSED.\n\nWHEREFORE, the accused-appellant is sentenced to suffer "
            "the penalty of life imprisonment and to pay a fine of PHP 2,000,000.00.",
            ("Shirley Casio",),
            (),
            [(0, "fine", None, 2000000.0), (0, "life", None, None)],
        ),
        # "each of them": every defendant the judgment does not acquit
        (
            "The RTC convicted the accused-appellants and sentenced each of them to life "
            "imprisonment.",
            ("Jehlson Aguirre", "Michael Arabit", "Jeffrey Roxas"),
            (2,),
            [(0, "life", None, None), (1, "life", None, None)],
        ),
        # doctrine naming nobody, several defendants: not linked
        (
            "Under the law, qualified trafficking is punished with life imprisonment.",
            ("Jehlson Aguirre", "Michael Arabit"),
            (),
            [(None, "life", None, None)],
        ),
        # the name after the penalty does not own it; the one before does
        (
            "Reyes was sentenced to 10 years imprisonment, while Cruz was acquitted.",
            ("Juan Reyes", "Pedro Cruz"),
            (),
            [(0, "imprisonment", 120.0, None)],
        ),
    ],
)
def test_sentence_linked_to_defendant(
    text: str, names: tuple[str, ...], acquitted: tuple[int, ...], expected: list[tuple]
) -> None:
    assert linked(text, names, acquitted) == expected


_PIECES = st.sampled_from(
    [
        " ",
        ".",
        ",",
        "a",
        "x",
        "6",
        "is ",
        "was ",
        "of ",
        "to ",
        "for ",
        "the ",
        "imprisonment",
        "life",
        "life imprisonment",
        "life sentence",
        "reclusion perpetua",
        "sentence",
        "sentenced",
        "death",
        "penalty",
        "supreme ",
        "prison term",
        "6 years",
        "(6) years",
        "3 months",
        "minimum",
        "maximum",
        "suspended",
        "restitution",
        "reimburse",
        "return the ",
        "money",
        "fine",
        "term",
        "serve",
        "suffer",
    ]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=40), st.integers(0, 40), st.integers(0, 400))
def test_anchored_finditer_finds_what_finditer_finds(pieces, start, length) -> None:
    """A pattern tried only where its first words start finds what scanning finds."""
    text = "".join(pieces)
    end = min(len(text), start + length)
    for what, starts in _STARTS.items():
        rx = _LOW[what]
        expected = [m.span() for m in rx.finditer(text, start, end)]
        assert [m.span() for m in finditer_at(rx, text, start, end, starts)] == expected
