"""Regions of a judgment: the body's end and the final dispositive part."""

from __future__ import annotations

import pytest

from caselaw.extractors._base import Context
from caselaw.extractors.regions import find_body_end, find_dispositive
from caselaw.models import Judgment


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("WHEREFORE, the appeal is DISMISSED.\n\nSO ORDERED.\n\nFootnotes", 48),
        ("No fallo here.", 14),
        ("ALSO ORDERED to pay costs.", 26),  # "ALSO ORDERED" is not "SO ORDERED"
    ],
)
def test_body_end(text: str, end: int) -> None:
    assert find_body_end(text) == end


def test_dispositive_is_the_last_opener_before_so_ordered() -> None:
    text = (
        "The RTC ruled:\n\nWHEREFORE, the accused is found GUILTY.\n\nSO ORDERED.\n\n"
        "We agree with the RTC.\n\nWHEREFORE, the appeal is DISMISSED.\n\nSO ORDERED.\n\n[1] Note"
    )
    ctx = Context(Judgment(id="t", portal="test", text=text))
    start, end = ctx.dispositive
    assert text[start:end].startswith("WHEREFORE, the appeal is DISMISSED.")
    assert text[start:end].rstrip().endswith("SO ORDERED.")


def test_dispositive_without_an_opener_is_the_body_s_last_characters() -> None:
    text = "x" * 3000 + "\n\nThe appeal is dismissed.\n\nSO ORDERED.\n\nFootnotes"
    end = find_body_end(text)
    assert find_dispositive(text, end) == (end - 2500, end)
    assert Context(Judgment(id="t", portal="test", text=text)).dispositive == (end - 2500, end)
