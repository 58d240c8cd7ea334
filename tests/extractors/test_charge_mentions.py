"""charge_mentions: the denial search is gated on literal words and finds what the regex finds."""

from __future__ import annotations

import re

import pytest

from caselaw.extractors import charge_mentions
from caselaw.extractors.charge_mentions import _DENIAL, _DENIAL_VERBS, _denials


def _ungated(text: str) -> list[tuple[int, int]]:
    """``_denials`` as it was before the literal gate: the regex at every verb."""
    out: list[tuple[int, int]] = []
    for verb in _DENIAL_VERBS:
        for hit in re.finditer(re.escape(verb), text):
            at = hit.start()
            m = _DENIAL.search(text, max(0, at - 20), min(len(text), at + 240))
            if m is not None and m.start() <= at < m.end() and m.span() not in out:
                out.append(m.span())
    return sorted(out)


@pytest.mark.parametrize(
    "text",
    [
        "They were not charged with violation of Republic Act No. 9184.",
        "He was NEVER BEEN INDICTED FOR the offence.",
        "The prosecutor charged him with trafficking under R.A. 9208, instead of violation of R.A. "
        "7610.",
        "He was charged with estafa. Nothing was not said. It was charged anew.",
        "Another note: the accused was charged with theft and prosecuted for fraud.",
        "The accused was not yet prosecuted under section 5 ... charged with ‘bribery’ instead of"
        " graft.",
        "He was nOt charged with it; ınstead of that he was charged with graft ınstead of theft.",
        "",
    ],
)
def test_denials_as_the_regex_finds_them(text: str) -> None:
    assert [m.span() for m in _denials(text)] == _ungated(text)


def test_the_gate_skips_windows_without_negation_or_instead() -> None:
    text = "The accused was charged with theft. " * 3
    assert not charge_mentions._may_deny(text, 0, 16, len(text))
    negated = "The accused was not charged with theft."
    assert charge_mentions._may_deny(negated, 0, negated.index("charged"), len(negated))
