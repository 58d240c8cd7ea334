"""Accused a caption numbers, and the short forms the judgment then calls them by.

South African and Kenyan trial captions print a number after each accused's name
("SIPHO MOKOENA      Accused 1"); the judgment then says "accused 1", "accused no. 1",
"1st accused" or "the first accused", never the name.  Charges (``attribution``), the
order ("Accused 1 is found guilty on count 1", ``verdicts``) and positions ("Accused 2, a
member of the South African Police Service", ``officials``) are read through these forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from caselaw.extractors._base import HEAD_CHARS, Context

_CAPTION_NUMBER = re.compile(
    r"[ \t]*,?[ \t]*(?:the[ \t]+)?accused[ \t]*(?:no\.?[ \t]*)?(\d{1,2})\b", re.I
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def numbered_labels(ctx: Context) -> dict[str, int]:
    """Short forms of the accused a caption numbers: "accused 2", "accused no. 2", "2nd
    accused", "second accused" -> that defendant (the number printed after its name);
    computed once per judgment."""
    found = ctx.cache.get("numbered_accused.labels")
    if found is None:
        found = ctx.cache["numbered_accused.labels"] = _labels(ctx)
    return found


def caption_ends(ctx: Context) -> list[tuple[int, int]]:
    """(defendant index, end of its name) for each defendant first found in the caption
    (its first evidence span within the head): what the caption prints after the name
    (a number, a label) says more about that defendant."""
    out = []
    for i, d in enumerate(ctx.defendants):
        ev = d.evidence[0] if d.evidence else None
        if ev is not None and ev.start < HEAD_CHARS:
            out.append((i, ev.end))
    return out


def _labels(ctx: Context) -> dict[str, int]:
    out: dict[str, int] = {}
    text = ctx.text
    for i, end in caption_ends(ctx):
        m = _CAPTION_NUMBER.match(text, end, min(len(text), end + 80))
        if m is None:
            continue
        n = int(m.group(1))
        forms = [f"accused {n}", f"accused no. {n}", f"accused no.{n}", f"accused no {n}"]
        forms.append(f"{n}{_SUFFIX.get(n if n < 20 else n % 10, 'th')} accused")
        if n <= len(_ORDINALS):
            forms.append(f"{_ORDINALS[n - 1]} accused")
        for form in forms:
            out.setdefault(form, i)
    return out


@lru_cache(maxsize=1024)
def short_form_re(short: str) -> re.Pattern[str]:
    """``short`` as a whole phrase of lower-cased text ("accused 1" not in "accused 12").

    The literal comes first so that ``re`` skips to its occurrences; the look-behind after
    it checks the character before the phrase (a leading one made ``re`` try every position).
    """
    phrase = re.escape(short)
    return re.compile(rf"{phrase}(?<![\w-]{phrase})(?![\w-])")


def numbered_in(ctx: Context, passage: str) -> list[int]:
    """The numbered accused ``passage`` calls by a short form, sorted."""
    labels = numbered_labels(ctx)
    if not labels:
        return []
    low = passage.lower()
    if "accused" not in low:
        return []
    return sorted(
        {d for short, d in labels.items() if short in low and short_form_re(short).search(low)}
    )


def numbered_spans(ctx: Context, index: int) -> list[tuple[int, int]]:
    """Where the judgment calls defendant ``index`` by a caption number ("accused 2"),
    sorted (empty unless the caption numbers its accused)."""
    forms = [short for short, d in numbered_labels(ctx).items() if d == index]
    if not forms:
        return []
    low = ctx.lower if len(ctx.lower) == len(ctx.text) else ctx.text.lower()
    if len(low) != len(ctx.text):
        return []  # (lower-casing moved the offsets: the forms cannot be placed)
    spans = {m.span() for short in forms for m in short_form_re(short).finditer(low)}
    return sorted(spans)
