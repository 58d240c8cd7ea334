"""An offence the final part names by its bare name, without its degree.

"WHEREFORE, for ignorance of the law, respondent Judge X is hereby FINED": the fallo names
the offence it penalises, "gross ignorance of the law" of the complaint, without the degree
the Rules give it (Rules of Court Rule 140: gross / simple; the Civil Service rules: grave
/ simple / gross misconduct, neglect).  Used by :mod:`caselaw.extractors.charge_verdicts`
to tell that a disciplinary fallo decided another charge than the corruption one it leaves
unnamed.
"""

from __future__ import annotations

import re

_DEGREE = re.compile(r"^(?:gross|grave|simple|serious|less serious|light)\s+", re.I)


def names_offence(label: str, fallo_lower: str) -> bool:
    """The fallo (lower-cased) names the offence of ``label``, with or without its degree."""
    bare = _DEGREE.sub("", label.strip()).lower()
    return len(bare) >= 8 and bare in fallo_lower
