"""Rules from the error analysis on unseen Sri Lanka / Singapore judgments (gen7 'oth4'
set; snippets written for these tests, no judgment text)."""

from __future__ import annotations

import pytest

from caselaw.extractors import signals


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a quoted maxim about standing: "some/any abuse of power" is generic, nobody's act
        (
            "Every citizen has standing to invite the court to prevent some abuse of power, "
            "and he may claim to be regarded as a public benefactor.",
            None,
        ),
        (
            "The court said any abuse of power by a public officer must be checked, as the "
            "petitioner claimed.",
            None,
        ),
        # an official's own abuse of his office, narrated, stays a signal
        (
            "The accused police officer was charged with abuse of his office when he released "
            "the suspects.",
            "official_complicity",
        ),
    ],
)
def test_generic_abuse_of_power_narrates_nothing(sentence: str, kind: str | None) -> None:
    assert signals.narrated(sentence, party_is_official=True) == kind
