"""Rules of the s13 fresh3-other round (synthetic judgments, no corpus or fresh-set text).

* a Sri Lankan caption writes a party's address on the name's own line, its parts joined by
  commas and the last part the town ("Name, Place Words, Town."): the parts after the first
  comma are no further parties; a line joining names with "and", or ending in a
  several-word name, is still a list of parties.
"""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.extractors.address_line import address_blanked
from caselaw.extractors.party_names import names_in
from caselaw.models import Extraction, Judgment


def _run(text: str) -> Extraction:
    return extract(Judgment(id="t", portal="test", text=text))


_CAPTION = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "In the matter of an Appeal under Section 331 of the Code of Criminal Procedure Act.\n\n"
    "CA No: CA/HCC/ 0077/20 Commission to Investigate Allegations of Bribery or"
    " Corruption, Colombo 07.\n\nComplainant Vs.\n\n"
    "Herath Mudiyanselage Sunil Bandara Wewagama, Ihala Kumbuk Kotuwa, Dambulla\n\n"
    "Accused And now between\n\n"
    "Herath Mudiyanselage Sunil Bandara Wewagama, Ihala Kumbuk Kotuwa, Dambulla.\n\n"
    "Accused- Appellant\n\nVs.\n\nCommission to Investigate Allegations of Bribery or"
    " Corruption, Colombo 07.\n\nComplainant-Respondent\n\n"
    "Before: A. B. Silva J.\n\nJUDGMENT\n\n"
    "The accused-appellant, a Grama Niladhari, was indicted under section 19(b) of the"
    " Bribery Act for soliciting a gratification of Rs. 10,000/- and was convicted. The"
    " appeal is dismissed and the conviction affirmed.\n"
)


def test_address_after_name_on_one_line_is_blanked() -> None:
    line = "Sunil Bandara Wewagama, Ihala Kumbuk Kotuwa, Dambulla.\n"
    out = address_blanked(line)
    assert len(out) == len(line)
    assert out.startswith("Sunil Bandara Wewagama,") and "Kotuwa" not in out
    assert out.rstrip().endswith(".")
    names = names_in(line, 0, len(line))
    assert [n for n, _, _ in names] == ["Sunil Bandara Wewagama"]


def test_lists_of_parties_kept() -> None:
    # joined with "and", or the last piece a several-word name: parties, not an address
    for line in (
        "Nimal Perera, Sunil Silva and Kamal Fernando\n",
        "Nimal Perera, Sunil Silva, Kamal Fernando\n",
    ):
        assert address_blanked(line) == line
        assert len(names_in(line, 0, len(line))) == 3
    # one comma only: nothing to decide here
    assert address_blanked("Nimal Perera, Matale\n") == "Nimal Perera, Matale\n"


def test_caption_gives_one_accused() -> None:
    x = _run(_CAPTION)
    assert [d.name for d in x.defendants] == ["Herath Mudiyanselage Sunil Bandara Wewagama"]
