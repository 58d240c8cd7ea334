"""Offences a judgment tells of that are not its defendants' charges (round 11), and the
caption's "petitioner" as the owner of a charge said of "petitioner".

Every text here is written for these tests (no corpus or fresh-set text).
"""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.models import Judgment


def _charges(text: str, jurisdiction: str = "PH") -> dict[str, set[tuple[str, str]]]:
    ext = extract(Judgment(id="t", portal="test", text=text, jurisdiction=jurisdiction))
    out: dict[str, set[tuple[str, str]]] = {d.name: set() for d in ext.defendants}
    names = {d.index: d.name for d in ext.defendants}
    for c in ext.charges:
        if c.defendant is not None:
            out[names[c.defendant]].add((c.category.value, c.label))
    return out


_FISCAL = """G.R. No. 10001

PEDRO B. SANTOS, PETITIONER, VS. THE PEOPLE OF THE PHILIPPINES, RESPONDENT.

D E C I S I O N

The factual background is as follows:

Ramon T. Uy was accused of qualified theft in a complaint lodged with the City Fiscal.
The complaint was assigned for investigation to the petitioner, then an Assistant City
Fiscal. The petitioner demanded P5,000.00 from Uy as the price for dismissing the case.

The petitioner was charged with violation of Section 3(b) of Republic Act No. 3019 before
the Sandiganbayan, which convicted him.

WHEREFORE, the decision of the Sandiganbayan is AFFIRMED.

SO ORDERED.
"""


def test_the_offence_a_named_third_person_was_accused_of_is_not_a_charge() -> None:
    got = _charges(_FISCAL)
    (mine,) = got.values()
    assert {cat for cat, _ in mine} == {"corruption"}


def test_a_named_defendant_accused_of_an_offence_keeps_it() -> None:
    text = _FISCAL.replace(
        "Ramon T. Uy was accused of qualified theft",
        "Pedro B. Santos was accused of qualified theft",
    )
    got = _charges(text)
    (mine,) = got.values()
    assert "other" in {cat for cat, _ in mine}


_PRECEDENT = """G.R. No. 10002

PEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. MARIA L. REYES, ACCUSED-APPELLANT.

D E C I S I O N

Accused-appellant Maria L. Reyes was charged with illegal recruitment under Section 6 of
Republic Act No. 8042. The trial court found her guilty of illegal recruitment.

In People v. Cortez, this Court convicted the accused therein of the crime of trafficking
in persons and awarded damages. The payment of P500,000 as moral damages for the crime of
trafficking in persons finds basis in Article 2219 of the Civil Code. While it is true
that accused-appellant was not tried and convicted of the crime of trafficking in persons,
the award of damages rests on the Civil Code.

WHEREFORE, the appeal is DISMISSED and the conviction of accused-appellant for illegal
recruitment is AFFIRMED.

SO ORDERED.
"""


def test_a_cited_cases_accused_and_a_denied_offence_and_an_awards_basis_are_no_charge() -> None:
    got = _charges(_PRECEDENT)
    assert {cat for cats in got.values() for cat, _ in cats} == {"illegal_recruitment"}


_AUDIT = """A.M. No. MTJ-10-100

RE: REPORT ON THE JUDICIAL AUDIT CONDUCTED IN THE MUNICIPAL TRIAL COURT.

OFFICE OF THE COURT ADMINISTRATOR, COMPLAINANT, VS. JOSE P. RAMOS, CLERK OF COURT II,
RESPONDENT.

D E C I S I O N

The audit team found that Criminal Case No. 11-05 for Homicide under preliminary
investigation was provisionally dismissed upon an affidavit of desistance.

Respondent Jose P. Ramos received a cash deposit of P20,000.00 and failed to remit it.
Respondent Ramos is found GUILTY of gross dishonesty and is DISMISSED from the service.

SO ORDERED.
"""


def test_a_case_on_an_audited_courts_docket_is_not_the_respondents_charge() -> None:
    got = _charges(_AUDIT)
    labels = {label.lower() for cats in got.values() for _, label in cats}
    assert not any("homicide" in label for label in labels)


_TWO = """G.R. No. 10003

ANA C. VILLA, PETITIONER, VS. PEOPLE OF THE PHILIPPINES, RESPONDENT.

D E C I S I O N

Petitioner Ana C. Villa and her co-accused Rosa Lim were charged with illegal recruitment
under Section 6 of R.A. No. 8042. Villa, Lim and co-accused Carlo D. Tan were also
charged with violation of Section 5(e) of R.A. No. 9208.

The trial court found accused Ana C. Villa and Carlo D. Tan guilty of violation of
Republic Act No. 9208.

The Court of Appeals affirmed the ruling of the trial court finding petitioner guilty
beyond reasonable doubt of the crime of Illegal Recruitment under Section 6 of R.A.
No. 8042, as amended by R.A. No. 10022.

WHEREFORE, the petition is DENIED.

SO ORDERED.
"""


def test_a_sentence_saying_petitioner_speaks_of_the_caption_petitioner_only() -> None:
    got = _charges(_TWO)
    tan = next(v for k, v in got.items() if "Tan" in k)
    assert "illegal_recruitment" not in {cat for cat, _ in tan}
