"""Names read from a judgment's body that are no new person.

Three forms of language, every jurisdiction:

- the verdict words themselves: "finds the accused, X, NOT GUILTY of estafa" puts "NOT"
  where a second name of a list would stand; "Not", "Guilty", "Acquitted" are never names;
- the rest of an alias list: "X alias Y and Z" / "X a.k.a. Y or Z" names one person, so
  "Z" read after the list's "and" is that person again, not a co-accused;
- a nickname inside the name: "Armenia, aka Armie Pillueta" is "Armenia Pillueta" (alias
  "Armie"), the form other sentences use.

Only body candidates are filtered (the caption's parties are read as written).  Every test
starts with a literal gate: a set lookup, or ``"ka" in``/``"lias" in`` on a short window.
"""

from __future__ import annotations

import re

__all__ = ["folded_nickname", "in_alias_list", "kept_body_names", "verdict_word", "versus_word"]

_VERDICT_WORDS = frozenset(
    {"not", "guilty", "innocent", "acquitted", "convicted", "liable", "not guilty"}
)


def verdict_word(name: str) -> bool:
    """``name`` is a verdict word ("NOT", "Not Guilty"), not a person's name."""
    return len(name) <= 12 and " ".join(name.lower().split()) in _VERDICT_WORDS


# the alias mark, then one or two names joined by commas, and the joining word before the
# candidate: "alias Carol Llena and " / "a.k.a. Boy, or " / "also known as Ana, or "; a
# quoted nickname closes the alias ("X a.k.a. \"Boy\" and Y": Y is another person)
_ALIAS_LIST_TAIL = re.compile(
    r"(?P<mark>\balias\b|\ba\.?\s?k\.?\s?a\b\.?|\baka\b|\balso known as\b|\botherwise known as\b)"
    r"\s+[^\n;:()\"\u201c\u201d]{1,60}?(?:,\s*|\s+)(?:and|or|&)\s*$",
    re.I,
)


_ALIAS_MARK = re.compile(r"\ba\.?\s?k\.?\s?a\b|\balias\b|\balso known as\b|@", re.I)
_OWN_ALIAS = re.compile(r"\s*,?\s*(?:a\.?\s?k\.?\s?a\b|alias\b|also known as\b|@)", re.I)


def in_alias_list(text: str, start: int, end: int | None = None) -> bool:
    """The name that starts at ``start`` (ends at ``end``) closes an alias list of the name
    before it ("X alias Y and <Z>"); a name with its own alias after it ("X a.k.a. Y and
    <Z> a.k.a. W") is another person."""
    if end is not None and (
        _OWN_ALIAS.match(text, end, end + 20) or _ALIAS_MARK.search(text, start, end)
    ):
        return False
    window = text[max(0, start - 90) : start]
    low = window.lower()
    if "lias" not in low and "ka" not in low and "k.a" not in low and "known as" not in low:
        return False
    # (the list stays in its sentence: a full stop between the mark and the name ends it)
    m = _ALIAS_LIST_TAIL.search(window)
    return m is not None and ". " not in window[m.end("mark") :]


_NICK_INSIDE = re.compile(
    r"^(?P<first>[A-Z][\w'.-]+),?\s+(?:aka|a\.k\.a\.|alias)\s+(?P<nick>[A-Z][\w'.-]+)\s+"
    r"(?P<rest>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2})$"
)


def folded_nickname(name: str) -> str:
    """ "Armenia, aka Armie Pillueta" -> "Armenia Pillueta a.k.a. Armie": the nickname put
    after the full name, so the name matches the person's other mentions."""
    if "ka " not in name and "k.a. " not in name and "lias " not in name:
        return name
    m = _NICK_INSIDE.match(name)
    if m is None:
        return name
    return f"{m['first']} {m['rest']} a.k.a. {m['nick']}"


def kept_body_names(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``found`` (name, start, end) without verdict words and alias-list tails, nicknames
    folded behind the name."""
    return [
        (folded_nickname(n), s, e)
        for n, s, e in found
        if not verdict_word(n) and not in_alias_list(text, s, e)
    ]


def versus_word(name: str) -> bool:
    """ "Â Vs": the caption's "VS." behind a misread no-break space ("Â"), no party."""
    if "\u00c2" not in name:
        return False
    return name.replace("\u00c2", " ").strip(" .,").lower() in {"vs", "v", "versus"}
