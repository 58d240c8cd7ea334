"""The cheaper forms in roles, officials, assemble and attribution answer as the plain ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import assemble, attribution, roles
from caselaw.extractors._base import Context, compile_lower
from caselaw.extractors.charge_mentions import ChargeMention
from caselaw.models import Category, Charge, Defendant, Evidence, Judgment

_PIECES = st.sampled_from(
    [
        "the accused ",
        "The Accused-appellant ",
        "he ",
        "she ",
        "he signed ",
        "she worked ",
        "the ",
        "other ",
        "theaccused ",
        "x",
        ". ",
        "accused",
        "-",
        "shed ",
    ]
)


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=12).map("".join), st.integers(0, 40), st.integers(0, 200))
def test_party_word_found_as_the_search(text: str, lo: int, width: int) -> None:
    """The party word of a sentence is found where the \\b-led search finds it."""
    low = text.lower()
    hi = min(len(low), lo + width)
    plain = compile_lower(roles._PARTY_WORD_RX).search(low, lo, hi)
    assert (roles._PARTY_WORD_LOW.first(low, lo, hi) is not None) == (plain is not None)


def _ev(start: int) -> Evidence:
    return Evidence(start, start + 3, "abc", "charges", "1")


def _mention(category: Category, statute: str | None, *starts: int) -> ChargeMention:
    return ChargeMention(category, "an offence", statute, None, False, tuple(map(_ev, starts)))


def test_repeated_mentions_keep_their_first_six_spans() -> None:
    """A charge mentioned again keeps the first six spans of all its mentions, in order,
    however many spans the first mention brings (a merged mention may bring more)."""
    ctx = Context(Judgment(id="t", portal="test", text="x" * 2000))
    ctx.defendants = [Defendant(index=0, name="Juan Reyes")]
    ctx.mentions = [
        _mention(Category.TRAFFICKING, "R.A. 9208", *range(0, 80, 10)),  # eight spans
        _mention(Category.CORRUPTION, "R.A. 3019", 100),
        _mention(Category.TRAFFICKING, "R.A. 9208", 200),
        _mention(Category.CORRUPTION, "R.A. 3019", 300, 310),
        _mention(Category.CORRUPTION, "R.A. 3019", 400),
        _mention(Category.OTHER, None, 500),
    ]
    grouped = assemble._grouped(ctx, [["reyes"]])
    starts = [[e.start for e in c.evidence] for c in grouped.values()]
    assert starts == [[0, 10, 20, 30, 40, 50], [100, 300, 310, 400], [500]]


def test_specific_charges_of_a_defendant() -> None:
    def charge(category: Category) -> Charge:
        return Charge(0, 0, category, "x", None, None, False, (_ev(0),))

    other, corrupt, traffic = map(
        charge, (Category.OTHER, Category.CORRUPTION, Category.TRAFFICKING)
    )
    assert attribution._specific([other, traffic]) == ([traffic], False)
    assert attribution._specific([corrupt, other, traffic]) == ([corrupt, traffic], True)
    assert attribution._specific([other]) == ([], False)


_LINK_PIECES = st.sampled_from(
    [
        ", ",
        ", then ",
        "Then ",
        " who was ",
        " WAS ",
        " a ",
        "An ",
        " the ",
        "Barangay Chairman",
        " y Dizon",
        " Y DE LA Cruz",
        " serves as ",
        "Served In ",
        "Naib Tehsildar",
        "SUB-INSPECTOR",
        " ASI",
        "sho ",
        "x",
        "\n",
        ".",
        "-",
    ]
)


@settings(max_examples=400)
@given(st.lists(_LINK_PIECES, max_size=10).map("".join), st.integers(0, 10))
def test_after_link_on_the_lowered_text_as_re_i(text: str, at: int) -> None:
    from caselaw.extractors import officials

    at = min(at, len(text))
    plain = officials._AFTER_LINK.match(text, at, at + 160)
    low = officials._AFTER_LINK_LOW.match(text.lower(), at, at + 160)
    assert (plain and plain.span()) == (low and low.span())


_TYPE_PIECES = st.sampled_from(
    [
        "police officer ",
        "spo1 ",
        "po2 ",
        "mayor ",
        "municipal ",
        "judge ",
        "clerk of court ",
        "customs ",
        "immigration officer ",
        "barangay captain ",
        "prosecutor ",
        "labor ",
        "army ",
        "public servant ",
        "government employee ",
        "the ",
        ", ",
        "x",
    ]
)


@settings(max_examples=300)
@given(st.lists(_TYPE_PIECES, max_size=8).map("".join))
def test_type_gate_never_skips_a_type_that_matches(low: str) -> None:
    from caselaw.extractors import officials

    possible = officials._TYPE_GATE.possible(low)
    for typ, found in officials._TYPES_LOW:
        if found(low):
            assert typ in possible
