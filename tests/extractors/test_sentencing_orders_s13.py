"""Rules of the s13 fresh3-other round (synthetic judgments, no corpus or fresh-set text).

* a provision that orders a sentence on a conviction (the Sri Lankan Bribery Act's s.26: a
  penalty equal to the gratification accepted) states no offence: "a fine for the 2nd
  charge under section 26 of the Bribery Act" is no charge; the offence cited with it is.
"""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.extractors.lexicon import ROLES
from caselaw.models import Category, Judgment

_TEXT = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "Commission to Investigate Allegations of Bribery or Corruption\n\nComplainant\n\nVs.\n\n"
    "Nimal Kumara Perera\n\nAccused-Appellant\n\nBefore: A. B. Silva J.\n\nJUDGMENT\n\n"
    "The accused-appellant, a Grama Niladhari, was indicted on two counts under section"
    " 19(c) of the Bribery Act for soliciting and accepting a gratification of Rs. 5,000/-."
    " He was convicted on both counts. In addition the learned Judge imposed Rs. 5,000/- as"
    " a fine for the 2nd charge under section 26 of the Bribery Act.\n\n"
    "The appeal is dismissed and the conviction affirmed.\n"
)


def test_sentencing_role_is_known() -> None:
    assert "sentencing" in ROLES


def test_penalty_order_is_no_charge() -> None:
    x = extract(Judgment(id="t", portal="test", text=_TEXT, jurisdiction="LK"))
    assert [d.name for d in x.defendants] == ["Nimal Kumara Perera"]
    statutes = [c.statute or "" for c in x.charges]
    assert statutes and all("s.26" not in s for s in statutes)
    assert any("s.19" in s for s in statutes)
    assert {c.category for c in x.charges} == {Category.CORRUPTION}
