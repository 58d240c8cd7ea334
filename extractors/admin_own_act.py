"""Does the decision find that the respondent himself did a corrupt act?

An administrative charge (dishonesty, grave misconduct) is corruption only when it is for
bribery, extortion or misappropriation by the official (SCHEMA.md category rules).
:mod:`caselaw.extractors.admin_corrupt` reads that from the sentence that names the charge.
A disciplinary decision often names the offence only where it imposes the penalty ("is
DISMISSED from the service for DISHONESTY") and states the act in its own finding, a
sentence apart: "Admittedly, respondent misappropriated the money entrusted to him by
reason of his office", "respondent Leaño, Jr. directly solicited and received money for
expenses from the complainant".  :func:`respondent_did_act` answers whether some sentence
has the respondent as the subject of such a verb, stated as the decision's finding (not
"allegedly", not what the complainant "claimed", not denied).

Read only at the hits of the keyword group ``admin_own_act.verb`` (past-tense verbs of
misappropriation and of soliciting or extorting money); once per judgment.
"""

from __future__ import annotations

import re

from caselaw.extractors import prefilter

GROUP = "admin_own_act.verb"
_BACK = 90  # characters before the verb searched for its subject
# the respondent as the subject right before the verb: "respondent", "respondent Leaño, Jr.",
# "respondent Sheriff X", with at most two adverbs between ("admittedly", "directly")
_SUBJECT = re.compile(
    r"\brespondents?(?:\s+(?:[A-Z][\w.’'-]*,?|jr\.?|sr\.?)){0,5}"
    r"\s+(?:(?:had|has|have|was|then|thus|also|clearly|indeed|admittedly|actually|directly|"
    r"personally|thereby)\s+){0,2}$",
    re.I,
)
# the sentence reports an accusation, a denial or a doubt, not the decision's finding
_NOT_FOUND = re.compile(
    r"\b(?:alleg\w*|claim\w*|aver\w*|accus\w*|charg\w*|complain\w*|deni\w*|deny|not|never|"
    r"no\s+evidence|whether|if)\b",
    re.I,
)
_STOPS = (". ", ".\n", "\n", "; ", ": ")


def respondent_did_act(text: str, hits: prefilter.Hits) -> bool:
    """Some sentence of ``text`` finds the respondent did a corrupt act (module docstring);
    memoised on ``hits``."""
    memo = hits.memo
    found = memo.get("admin_own_act.did")
    if found is None:
        found = memo["admin_own_act.did"] = any(_did(text, s) for s, _ in hits.sorted_spans(GROUP))
    return bool(found)


def _did(text: str, start: int) -> bool:
    lo = max(0, start - _BACK)
    before = text[lo:start]
    if "espondent" not in before:
        return False
    m = _SUBJECT.search(before)
    if m is None:
        return False
    a = max(before.rfind(s, 0, m.start()) for s in _STOPS)
    clause = before[a + 1 if a >= 0 else 0 : m.start()]
    return _NOT_FOUND.search(clause) is None
