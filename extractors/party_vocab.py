"""What roles.yaml says about the parties of a caption: the words and patterns the
parties steps share.

``LABELS``: every caption label (``ACCUSED-APPELLANT``, ``PLAINTIFF-APPELLEE``,
``RESPONDENT`` ...), longest first; ``ACCUSED_LABELS`` those naming the accused side.
``STATE`` / ``CIVIL``: the prosecuting state and civil (company) parties, as yes/no tests
(``found_in``); ``EXCLUDED`` and ``EXCLUDED_WORDS``: the cues of accused left out (at
large, discharged as state witness, dead).
"""

from __future__ import annotations

import re

from caselaw.extractors._base import AnyPattern, compile_any, load_data

DATA = load_data("roles.yaml")
LABELS = sorted(DATA["accused_labels"] + DATA["other_labels"], key=len, reverse=True)
ACCUSED_LABELS = set(DATA["accused_labels"])
STATE = AnyPattern(DATA["state_parties"])  # yes/no tests: found_in
CIVIL = AnyPattern(DATA["civil_parties"])
EXCLUDED = compile_any(DATA["excluded_context"])
EXCLUDED_WORDS: list[str] = DATA["excluded_words"]

# A line holding only a form field's label ("BEFORE", "COUNSEL :", "ARGUED ON", "DECIDED
# ON", "WRITTEN SUBMISSIONS FILED ON"): the bench-and-dates column of a caption, whose
# values PDF conversion may print apart from it (Sri Lankan appeal judgments)
FORM_LABEL_LINE = re.compile(
    r"^[ \t]*(?:before|coram|present|counsel|(?:argued|decided|heard|delivered|judgment"
    r"|written[ \t]+submissions(?:[ \t]+(?:filed|tendered))?)(?:[ \t]+on)?"
    r"|date[ \t]+of[ \t]+(?:hearing|decision|judgment))[ \t]*:?[ \t]*$",
    re.I | re.M,
)
