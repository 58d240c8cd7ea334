"""Counts drafted as a numbered list the judgment introduces as counts."""

from caselaw.extractors import prefilter
from caselaw.extractors.charge_regions import DocStarts, Region, count_at
from caselaw.extractors.charges import find_charges
from caselaw.extractors.count_lists import listed_item

LISTED = """The appellant was indicted on counts 1 to 3 of the indictment which are as follows;

1. Between 11th May 2012 and 16th May 2012 while serving as the Divisional

Secretary, for solicitation of Rs. 50,000/- as gratification, an offence

punishable under Section 19 (b) of the Bribery Act.

2. At the time and place aforesaid, being a public servant, for soliciting the

same gratification, an offence punishable under Section 19 (c) of the Bribery Act.

3. On 16.05.2012 accepting Rs. 50,000/- as gratification, an offence punishable under
Section 19 (b) of the Bribery Act.

The 2nd accused was indicted for the 4th count for abetting the offence under Section 19 (b)
of the Bribery Act.
"""


def _at(text: str, needle: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos


def listed_count(text: str, pos: int) -> str | None:
    """The count ``charge_regions.count_at`` gives a mention at ``pos`` (list items only
    here: the texts name no count in words)."""
    hits = prefilter.scan(text)
    reg = Region.of(text, 0, len(text), hits, DocStarts.of(text, hits))
    return count_at(reg, pos, pos + 1)[0]


def test_each_item_is_its_count():
    assert listed_count(LISTED, _at(LISTED, "Section 19 (b)")) == "Count 1"
    assert listed_count(LISTED, _at(LISTED, "Section 19 (c)")) == "Count 2"
    assert listed_count(LISTED, _at(LISTED, "Section 19 (b)", 1)) == "Count 3"


def test_a_sentence_after_the_last_item_is_no_item():
    pos = _at(LISTED, "Section 19 (b)", 2)
    assert listed_item(LISTED, pos) is not None  # the list itself runs on to it ...
    assert listed_count(LISTED, pos) is None  # ... but its sentence is narrative


def test_a_list_not_introduced_as_counts_gives_no_count():
    text = LISTED.replace("on counts 1 to 3 of the indictment", "on an indictment")
    assert listed_count(text, _at(text, "Section 19 (c)")) is None


def test_items_out_of_order_give_no_count():
    text = LISTED.replace("\n2. At", "\n5. At")
    assert listed_count(text, _at(text, "Section 19 (c)")) is None
    assert listed_count(text, _at(text, "Section 19 (b)", 1)) is None


def test_an_abbreviation_ends_no_item_sentence():
    old = "for soliciting the\n\nsame gratification"
    for new in ("for soliciting Rs. 5,000 as a", "for soliciting from Mr. Ranawana the same"):
        text = LISTED.replace(old, new)
        assert listed_count(text, _at(text, "Section 19 (c)")) == "Count 2"


def test_find_charges_takes_the_list_counts():
    charges = find_charges(LISTED, "LK")
    counted = [(c.statute, c.count) for c in charges if c.count]
    assert counted == [
        ("Bribery Act (LK) s.19(b)", "Count 1"),
        ("Bribery Act (LK) s.19(c)", "Count 2"),
        ("Bribery Act (LK) s.19(b)", "Count 3"),
    ]
