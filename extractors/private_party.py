"""The one party the caption names, called a private person by its party word.

"Thus, while petitioner was a private individual, he was found to have been in conspiracy
with accused Valencia": private persons who conspire with public officers answer for graft
(R.A. 3019 s.3 and s.9; People v. Go), so a graft charge does not make the petitioner an
official when the judgment says he was a private individual.  The party word stands for a
defendant only when the caption names one defendant (the petitioner or appellant); a
party's own contention ("petitioner claims he was a private individual") is an argument,
not the court's finding.  Used by :func:`caselaw.extractors.roles.is_private`.
"""

from __future__ import annotations

import re

from caselaw.extractors._base import Context

__all__ = ["private_by_party_word"]

_WORDS = ("private individual", "private person", "private citizen")
# "petitioner was a private individual", "the accused-appellant, being a private person"
_PREDICATE = re.compile(
    r"\b(?:petitioner|accused-appellant|appellant)\s*,?\s+(?:was|is|being)\s+"
    r"(?:then\s+|merely\s+|only\s+|just\s+)?(?:a\s+)?private\s+(?:individual|person|citizen)",
    re.I,
)
# the party's own say: "petitioner argues that he was a private individual"
_CONTENTION = re.compile(
    r"\b(?:argue|contend|claim|insist|aver|maintain|assert|submit|posit)(?:s|ed|ing)?\b", re.I
)


def private_by_party_word(ctx: Context, index: int) -> bool:
    """Defendant ``index`` is the only party the caption names and the judgment calls its
    party word a private individual (person, citizen)."""
    captioned = ctx.cache.get("parties.captioned", ())
    if index not in captioned or len(captioned) != 1:
        return False
    text = ctx.text
    low = ctx.lower if len(ctx.lower) == len(text) else text.lower()
    for word in _WORDS:
        at = low.find(word)
        while at >= 0:
            lo = max(0, at - 60)
            m = _PREDICATE.search(text, lo, at + len(word))
            if m is not None and not _CONTENTION.search(text, max(0, m.start() - 80), m.start()):
                return True
            at = low.find(word, at + len(word))
    return False
