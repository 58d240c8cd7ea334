"""kind_of reads a lower-cased window through Found (no search from every position): the
same answers as a plain search of each type's cues, the head limit included."""

from caselaw.extractors._base import compile_lower
from caselaw.extractors.official_kind import _CUES, _bare_rank, _leading_abbreviation, kind_of
from caselaw.models import OfficialType

WINDOWS = [
    "Senior Inspector of the PNP",
    "a resident of Barangay San Jose, police",
    "City Treasurer of Manila",
    "Immigration Department officer",
    "Clerk of Court II, RTC Branch 5",
    "officer of Sri Lanka Customs",
    "the DSP of the district",
    "Municipal Planning and Development Coordinator",
    "the owner of the house next to the police station",
    "Army Sergeant",
]


def _plain(window: str, head: int | None) -> OfficialType | None:
    low = window.lower()
    for typ, cues in _CUES:
        m = compile_lower(cues).search(low)
        if m and (head is None or m.start() <= head):
            return typ
    if _bare_rank(window, head) is not None or _leading_abbreviation(window):
        return OfficialType.POLICE
    return None


def test_kind_of_same_as_plain_search() -> None:
    for window in WINDOWS:
        for head in (None, 0, 5, 12, 30):
            assert kind_of(window, head) == _plain(window, head), (window, head)


def test_kind_of_head_limit() -> None:
    assert kind_of("the owner of the house next to the police station", 10) is None
    assert kind_of("the owner of the house next to the police station") is OfficialType.POLICE
    assert kind_of("Municipal Treasurer") is OfficialType.LOCAL_GOVERNMENT
