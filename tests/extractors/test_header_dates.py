"""``header_dates``: the header dates found from their years, as the patterns find them."""

from __future__ import annotations

import random

import pytest

from caselaw.extractors import header_dates


@pytest.mark.parametrize(
    ("head", "pos", "span"),
    [
        ("Decided on 25/11/2022.", 0, (11, 21)),
        ("on 1.2.1999 and 17.12.2021", 4, (16, 26)),  # (pos inside the first date)
        ("x5/11/2022 then 3/4/2020", 0, (16, 24)),  # no word boundary before the first
        ("25/11/20221 and 1/1/19", 0, None),  # a longer number, a short year
        ("12-11-2022", 0, None),  # (dashes are _DATE_SEP's, not this pattern's)
    ],
)
def test_num_date_examples(head: str, pos: int, span: tuple[int, int] | None) -> None:
    m = header_dates.num_date(head, pos)
    assert (m.span() if m else None) == span


def test_num_date_is_the_search() -> None:
    rnd = random.Random(7)
    alphabet = "0123456789./ a\n\u0661"
    for _ in range(20_000):
        head = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        pos = rnd.randint(0, len(head))
        want = header_dates.DATE_NUM.search(head, pos)
        got = header_dates.num_date(head, pos)
        assert (got.span() if got else None) == (want.span() if want else None), (head, pos)


@pytest.mark.parametrize(
    ("head", "pos", "span"),
    [
        ("Decided on 12th March, 2020.", 0, (11, 27)),
        ("filed March 12, 2020 and 02nd February 2010", 0, (6, 20)),
        ("filed March 12, 2020 and 02nd February 2010", 7, (25, 43)),
        ("Section 123 2020 of 123 March 2020", 0, None),  # (three digits are no day)
        ("march 12, 2020, MARCH 12, 2020", 0, None),  # (a month is capitalised)
    ],
)
def test_words_date_examples(head: str, pos: int, span: tuple[int, int] | None) -> None:
    m = header_dates.words_date(head, pos)
    assert (m.span() if m else None) == span


def test_words_date_is_the_scan() -> None:
    rnd = random.Random(11)
    pieces = ["March", "may", "Ma", "12", "1", "123", "st", "th", "2020", "1999", "19", "20"]
    pieces += ["201", " ", "  ", ",", "\n", "x", "5", "A", "\u0661", "\u00a0"]
    for _ in range(20_000):
        head = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        pos = rnd.randint(0, len(head))
        want = header_dates.DATE_WORDS_SCAN.search(head, pos)
        got = header_dates.words_date(head, pos)
        assert (got.span() if got else None) == (want.span() if want else None), (head, pos)
