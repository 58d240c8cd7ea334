"""An offence told of a cited case, in the sentence that cites it, is that case's.

"In Public Prosecutor v AOM [2011] 2 SLR 1057, a case concerning rape, I found that ...
the individual imprisonment sentence for each charge of rape fell below the benchmark":
the sentence opens with "In" and a reported case's name (the parties joined by "v", its
year in brackets), so the charge of rape it speaks of is that case's, not the accused's
(English, Singaporean, Malaysian, Indian, Sri Lankan and Philippine citation forms alike:
"In People v. Cruz (2001)", "In R v Smith [2004] EWCA Crim 631").  Read from the span's
own sentence, behind literal gates.
"""

from __future__ import annotations

import re
from typing import Any

from caselaw.extractors.charge_owners import sentence_bounds

# "In <Name> v <Name> [2011]" / "(2001)" at the sentence's start ("38 In ...": a paragraph
# number may come first)
_IN_CITED = re.compile(
    r"^\s*(?:\d{1,3}\s+)?In\s+(?:the\s+case\s+of\s+)?(?:[A-Z][\w'’&.-]*\s+){1,8}?v\.?\s+"
    r"(?:[A-Z][\w'’&.()-]*\s+){1,8}?[\[(]\d{4}[\])]"
)


def in_cited_case(text: str, ev: Any) -> bool:
    """The span's sentence opens by citing a reported case ("In X v Y [2011] ...")."""
    s, _ = sentence_bounds(text, ev.start, ev.end)
    head = text[s : ev.start]
    if "In " not in head or (" v " not in head and " v. " not in head):
        return False
    return _IN_CITED.match(head) is not None
