"""The anchored alias search (citation_aliases._alias_matches) against a full scan."""

from __future__ import annotations

import pytest

from caselaw.extractors import citation_aliases, prefilter
from caselaw.extractors.citation_acts import resolve_act

TEXTS = [
    # anchored on the token itself (no alias has words before it) and on a later token
    "violation of R.A. No. 9208 and of Republic Act No. 9208, as amended by RA 10364",
    # two anchor groups matching at one start: the longer alias of the alternation wins
    "under the Prevention of Corruption Act, 1988 and the Prevention of Corruption Act 1947",
    # windows of one group that overlap and merge; an acronym found by its letters
    "Anti-Trafficking in Persons Act of 2003 (Anti-Trafficking in Persons Act) and the I.P.C.",
    "sections 420 and 468 PPC read with 34 P.P.C.; s. 13(1)(d) PCA 1988",
    "",
    "no alias at all, only words and 9208 without its act",
]


@pytest.mark.parametrize("text", TEXTS)
def test_anchored_aliases_are_those_of_a_full_scan(text: str) -> None:
    hits = prefilter.scan(text)
    got = [m.span() for m in citation_aliases._alias_matches(text, 0, len(text), hits)]
    regex, _ = citation_aliases._alias_regex()
    assert got == [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_a_range_finds_the_aliases_starting_in_it(text: str) -> None:
    hits = prefilter.scan(text)
    regex, _ = citation_aliases._alias_regex()
    lo, hi = len(text) // 3, len(text)
    got = [m.span() for m in citation_aliases._alias_matches(text, lo, hi, hits)]
    assert got == [m.span() for m in regex.finditer(text, lo, hi)]


def test_rank_of_an_alias_as_written() -> None:
    rank = citation_aliases._rank_of
    assert rank("Prevention of Corruption Act, 1988") < rank("Prevention of Corruption Act")
    assert rank("not an alias") == len(citation_aliases._alias_rank())


def test_resolve_act_reads_numbered_acts_and_aliases() -> None:
    entry = resolve_act("R.A. No. 9208")
    assert entry is not None and entry.short == "R.A. 9208"
    assert resolve_act("Some Unknown Act") is None
