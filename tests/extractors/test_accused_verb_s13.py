""" "accused" after a name and before its object ("State Prosecutor Ana Cruz accused herein
appellant") is the accuser's verb, not the party word (synthetic sentences written for these
tests; no judgment text)."""

from __future__ import annotations

import pytest

from caselaw.extractors.accused_verb import accused_verb


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("State Prosecutor Ana Cruz accused herein appellant of violating", True),
        ("the complainant Maria Santos accused him of rape", True),
        ("Prosecutor Cruz accused him of rape", True),
        ("the accused herein was arrested", False),
        ("Said accused the appellant", False),
    ],
)
def test_accused_as_a_verb(sentence: str, verb: bool) -> None:
    start = sentence.find("accused")
    assert accused_verb(sentence, sentence.lower(), start, start + 7) is verb
