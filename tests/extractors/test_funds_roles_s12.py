"""An official tried only for malversation took no bribe (synthetic judgments written for
these tests; no judgment text): the receiving verbs of the information ("received ... by
reason of his office") read the custody of the funds; a narrated bribe still makes a
bribe-taker."""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.models import Judgment, Role

_HEAD = (
    "[ G.R. No. 90006, July 3, 2013 ]\n\nJUAN P. CRUZ, PETITIONER, VS. PEOPLE OF THE"
    " PHILIPPINES, RESPONDENT.\n\nD E C I S I O N\n\nREYES, J.:\n\n"
    "Juan P. Cruz, a public officer, being then the disbursing officer of the municipality,"
    " was charged with malversation of public funds under Article 217 of the Revised Penal"
    " Code. The Information alleged that he received the amount of P300,000.00 by reason of"
    " his office and misappropriated it.\n\n"
)
_FALLO = (
    "\n\nWHEREFORE, the petition is DENIED. The conviction for malversation is AFFIRMED.\n\n"
    "SO ORDERED.\n"
)


def _roles(text: str) -> tuple[Role, ...]:
    [d] = extract(Judgment(id="t", portal="test", text=text)).defendants
    return d.roles


def test_malversation_alone_is_no_bribe() -> None:
    text = _HEAD + "He failed to account for the shortage upon demand." + _FALLO
    assert _roles(text) == (Role.OTHER,)


def test_a_narrated_bribe_still_counts() -> None:
    text = (
        _HEAD + "He also demanded and received a bribe of P20,000.00 from a contractor to"
        " release its payment." + _FALLO
    )
    assert Role.BRIBE_TAKER in _roles(text)
