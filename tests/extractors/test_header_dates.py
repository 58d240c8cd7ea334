"""``metadata._num_date`` finds what ``_DATE_NUM.search`` finds, trying only near years."""

from __future__ import annotations

import random

import pytest

from caselaw.extractors import metadata


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
    m = metadata._num_date(head, pos)
    assert (m.span() if m else None) == span


def test_num_date_is_the_search() -> None:
    rnd = random.Random(7)
    alphabet = "0123456789./ a\n\u0661"
    for _ in range(20_000):
        head = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        pos = rnd.randint(0, len(head))
        want = metadata._DATE_NUM.search(head, pos)
        got = metadata._num_date(head, pos)
        assert (got.span() if got else None) == (want.span() if want else None), (head, pos)
