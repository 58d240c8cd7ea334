"""Whether two name strings name one person: the same surname and compatible given names,
with the spellings and misreadings that real judgments show (a compound surname with or
without its space, Philippine and English spellings of one given name, a scanned "e" read
as "c", mojibake in a surname) and the one case where shared names do not make one
person (Sinhala brothers: the same family name first and last, their own names between).
"""

from __future__ import annotations

from caselaw.extractors.names import key_tokens


def _similar(a: str, b: str) -> bool:
    """Surnames equal but for mojibake or OCR noise (pareao / pareno)."""
    from difflib import SequenceMatcher

    if min(len(a), len(b)) < 4:
        return False
    matcher = SequenceMatcher(None, a, b)  # the quick ratios are upper bounds of ratio()
    return matcher.real_quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


def same_person(a: str, b: str) -> bool:
    """Lenient match: same surname and compatible given names (or one token shared)."""
    return same_tokens(key_tokens(a), key_tokens(b))


def same_tokens(ta: list[str], tb: list[str]) -> bool:
    """:func:`same_person` for names already reduced to their :func:`key_tokens`."""
    if not ta or not tb:
        return False
    if ta[0] != tb[0] and "ma" in (ta[0], tb[0]):
        ta, tb = _without_maria(ta, tb)
    if ta == tb:
        return True
    if ta[-1] != tb[-1] and ta[0] == tb[0] and _similar(ta[-1], tb[-1]):
        return True
    if ta[0] == tb[0] and len(ta) > 1 and len(tb) > 1 and "".join(ta[1:]) == "".join(tb[1:]):
        return True  # compound surname written with or without a space ("Vera Cruz")
    if ta[-1] != tb[-1]:
        # surname-only mention, e.g. "Aguirre" for "Jehlson Aguirre"
        short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        if len(short) >= 2 and long_[: len(short)] == short:
            return True  # "Muhammad Shabbir" for "Muhammad Shabbir Khan": the surname left out
        return len(short) == 1 and len(short[0]) > 2 and short[0] in long_[1:]
    if len(ta) == 1 or len(tb) == 1:
        return True
    if len(ta) >= 3 and len(tb) >= 3 and _distinct_middles(ta, tb):
        return False
    fa, fb = ta[0], tb[0]
    if fa == fb or fa[:1] == fb[:1] and (len(fa) == 1 or len(fb) == 1):
        return True
    # "Maris Q. Reyos" in the caption, "Mariz Q. Reyos" in the body: one given name spelt
    # two ways (letters Filipino and English spelling interchange), the rest of the name equal
    if len(ta) == len(tb) >= 3 and ta[1:] == tb[1:] and _spelling_variant(fa, fb):
        return True
    # "Joane Simbillo" in the caption, "Joanc Simbillo" in a quoted trial-court fallo: a
    # scanned text misreads "e" as "c" (the letters differ by one stroke), the rest equal
    return len(ta) == len(tb) >= 2 and ta[1:] == tb[1:] and _spelling_variant(fa, fb, _MISREAD)


def _without_maria(ta: list[str], tb: list[str]) -> tuple[list[str], list[str]]:
    """A name written "Ma. Lourdes de Guiang" and "Lourdes Bautista de Guiang": "Ma." (Maria)
    before a Filipino woman's given name is often left out; the names are compared without it."""
    if ta[0] == "ma" and len(ta) > 2 and len(tb) > 1:
        return ta[1:], tb
    if tb[0] == "ma" and len(tb) > 2 and len(ta) > 1:
        return ta, tb[1:]
    return ta, tb


def _distinct_middles(ta: list[str], tb: list[str]) -> bool:
    """Each name has a middle name the other lacks (not an initial or a misspelling of one).

    "Balasuriya Mudiyanselage Ranjith Balasuriya" and "Balasuriya Mudiyanselage Sugath
    Bandara Balasuriya": a Sinhala name begins and ends with the family (ge) name and the
    personal names sit between, so brothers share the first and the last token.  A middle
    name written on one side only ("Juan Cruz" / "Juan Santos Cruz") or as an initial
    ("Juan P. Cruz") still names one person.
    """
    ma, mb = ta[1:-1], tb[1:-1]
    xa = [t for t in ma if t not in mb]
    xb = [t for t in mb if t not in ma]
    return _own_middle(xa, xb) and _own_middle(xb, xa)


def _own_middle(mine: list[str], theirs: list[str]) -> bool:
    """A full middle name in ``mine`` that no initial or near spelling in ``theirs`` covers."""
    return any(
        len(t) > 1
        and not any(len(o) == 1 and o == t[:1] for o in theirs)
        and not any(_similar(t, o) for o in theirs)
        for t in mine
    )


# letters that spell the same sound in Philippine and English spelling of one given name
_SAME_SOUND = {frozenset("sz"), frozenset("ck"), frozenset("iy")}
# letters a text layer misreads for one another (not i/l: "Mario" and "Marlo" are two names)
_MISREAD = {frozenset("ce")}


def _spelling_variant(a: str, b: str, pairs: set[frozenset[str]] = _SAME_SOUND) -> bool:
    """``a`` and ``b`` (4+ letters) differ in one letter, and those two are one of
    ``pairs`` (default: letters that sound the same)."""
    if len(a) != len(b) or len(a) < 4:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and frozenset(diff[0]) in pairs
