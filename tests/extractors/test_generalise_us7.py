"""Rules from probing United States federal appeal language (snippets written for these
tests, no opinion text): a hyphenated co-defendant and a bribe narrated as the conduct of
a bribery count ("for paying a Border Patrol agent to let the victims through")."""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.models import Judgment

_FILLER = "\n\n".join(
    [
        "We view the evidence in the light most favorable to the verdict and ask whether any "
        "rational trier of fact could have found the elements beyond a reasonable doubt."
    ]
    * 20
)
_OPINION = (
    "United States Court of Appeals\nFor the Fifth Circuit\n\nNo. 20-40111\n\n"
    "UNITED STATES OF AMERICA,\nPlaintiff-Appellee,\n\nversus\n\n"
    "JUAN CARLOS RAMIREZ-LOPEZ; MARIA ELENA SOTO,\nDefendants-Appellants.\n\n"
    "PER CURIAM:\n\nJuan Carlos Ramirez-Lopez and Maria Elena Soto were convicted of "
    "conspiracy to commit sex trafficking, in violation of 18 U.S.C. §§ 1591(a) and 1594(c). "
    "Soto also was convicted of bribery of a public official, 18 U.S.C. § 201(b)(1), for "
    "paying a Border Patrol agent to let the victims through the checkpoint.\n\n"
    + _FILLER
    + "\n\nWe AFFIRM the convictions.\n"
)


def test_a_hyphenated_defendant_keeps_only_the_charges_naming_him() -> None:
    out = extract(Judgment(id="t", portal="test", text=_OPINION))
    charged = {(out.defendants[c.defendant].name, c.category.value) for c in out.charges}
    assert ("Juan Carlos Ramirez-Lopez", "trafficking") in charged
    assert ("Juan Carlos Ramirez-Lopez", "corruption") not in charged
    assert ("Maria Elena Soto", "corruption") in charged


def test_paying_a_border_patrol_agent_to_let_victims_through_is_a_bribe_signal() -> None:
    out = extract(Judgment(id="t", portal="test", text=_OPINION))
    assert out.case.corruption_signal
    assert {s.kind for s in out.signals} == {"bribe"}
