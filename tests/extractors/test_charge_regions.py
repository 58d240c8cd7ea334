"""charge_regions: the cue before a mention, its count, sentence starts, live ranges."""

from __future__ import annotations

import pytest

from caselaw.extractors import prefilter
from caselaw.extractors.charge_regions import CUE_WINDOW, Region, count_at, cue_before, line_start


def _region(text: str) -> Region:
    return Region.of(text, 0, len(text), prefilter.scan(text))


@pytest.mark.parametrize(
    ("text", "mention", "max_gap", "cue"),
    [
        ("He was charged with bribery.", "bribery", 70, "charged with"),
        ("He was convicted of the offence of bribery.", "bribery", None, "offence of"),
        ("He was convicted of the offence of bribery.", "bribery", 70, "convicted of"),
        ("He was charged with theft. The judge noted bribery.", "bribery", None, None),
        ("For instance, he was charged with bribery.", "bribery", 70, None),
        ("The Crown never charged anyone with bribery.", "bribery", 70, None),
        ("He had an uncharged offence of bribery.", "bribery", None, None),
        ("He was charged with" + " many things" * 10 + " and bribery.", "bribery", 70, None),
        # citations (no max_gap) accept a cue anywhere in the sentence
        (
            "He was charged with" + " many things" * 10 + " and bribery.",
            "bribery",
            None,
            "charged with",
        ),
        ("He was charged under Sec. 5 for bribery.", "bribery", 70, "charged under"),
    ],
)
def test_cue_before(text: str, mention: str, max_gap: int | None, cue: str | None) -> None:
    m = cue_before(_region(text), text.index(mention), max_gap)
    assert (m and m.group(0)) == cue


def test_no_cue_beyond_the_window() -> None:
    text = "He was charged with " + "x" * CUE_WINDOW + " bribery."
    assert cue_before(_region(text), text.index("bribery"), None) is None


@pytest.mark.parametrize(
    ("text", "mention", "count"),
    [
        (
            "COUNT 1: Trafficking in persons contrary to section 3.",
            "Trafficking",
            ("Count 1", False),
        ),
        (
            "ALTERNATIVE COUNT II: Promoting trafficking contrary to section 5.",
            "Promoting",
            ("ALTERNATIVE Count II", True),
        ),
        (
            "In Criminal Case No. 17006, he was charged with rape.",
            "rape",
            ("Criminal Case No. 17006", False),
        ),
        ("He was charged with rape on count two.", "rape", ("Count two", False)),
        (
            "He was charged with rape; the court then heard many other witnesses. Count 3 went.",
            "rape",
            (None, False),
        ),
        ("He was charged with rape. Count 3 was dropped.", "rape", ("Count 3", False)),
        ("He was charged with rape.", "rape", (None, False)),
    ],
)
def test_count_at(text: str, mention: str, count: tuple[str | None, bool]) -> None:
    pos = text.index(mention)
    assert count_at(_region(text), pos, pos + len(mention)) == count


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("One. Two charged", "Two"),
        ("He cited Sec. 5 and charged", "He"),  # an abbreviation ends no sentence
        ("Mr. X was charged", "Mr."),
        ("One; two charged", "two"),
        ("One\n\nTwo charged", "Two"),
    ],
)
def test_sentence_start(text: str, start: str) -> None:
    assert _region(text).sentence_start(text.index("charged")) == text.index(start)


def test_may_charge_needs_a_cue_or_a_caption() -> None:
    assert not _region("Trafficking in persons under R.A. 9208 is a grave crime.").may_charge()
    assert _region("He was charged with trafficking under R.A. 9208.").may_charge()
    assert _region("Heading\nFor: Violation of R.A. 9208").may_charge()


def test_live_ranges_follow_the_cues_and_captions() -> None:
    text = "x" * 400 + " He was charged with bribery. " + "y" * 400 + "\nFor: Estafa\n" + "z" * 50
    reg = _region(text)
    cue = text.index("charged")
    caption = text.index("\nFor:")
    (first, second) = reg.live()
    assert first == (cue + 1, cue + CUE_WINDOW + 1)
    assert second[0] == caption and second[1] >= text.index("z")  # "For:" is a cue as well
    parts = reg.parts()  # widened to citation barriers: here one
    for s, e in reg.live():
        assert any(a <= s and e <= b for a, b in parts)


def test_is_live_agrees_with_cue_before_for_offence_phrases() -> None:
    text = (
        "x" * 400 + " He was charged with bribery. " + "y " * 200 + "and bribery too.\nFor: Estafa"
    )
    reg = _region(text)
    assert reg.is_live(text.index("bribery"))
    assert cue_before(reg, text.index("bribery"), 70) is not None
    far = text.index("bribery too")
    assert not reg.is_live(far)  # past CUE_WINDOW: no cue can govern it
    assert cue_before(reg, far, 70) is None and cue_before(reg, far, None) is None
    assert reg.is_live(text.index("Estafa"))  # a caption line
    assert not reg.is_live(3)
    assert reg.live() is reg.live()  # found once


def test_line_start() -> None:
    text = "one\ntwo three"
    assert line_start(text, text.index("three")) == 4
    assert line_start(text, 2) == 0
