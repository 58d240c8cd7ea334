"""Person names as they appear in captions and dispositive parts: cleaning and matching.

Pure helpers shared by the parties, roles and verdicts steps and by ``evaluate``
(lenient matching: case-insensitive, honorifics and aliases ignored, surname match).
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

import numpy as np

from caselaw.extractors._base import AnyPattern, Context, load_data
from caselaw.extractors.mojibake import nbsp_fixed

_ROLES = load_data("roles.yaml")
# (a title alone, "SHERIFF III" after a name's comma, is all title: nothing is left)
_HONORIFIC = re.compile(
    r"^(?:(?:" + "|".join(_ROLES["honorifics"]) + r")(?:\s+|(?<=\.)|$))+",
    re.I,
)
_ALIAS = re.compile(r"\s*(?:\(\s*)?(?:\ba\.\s?k\.\s?a\.?|\baka\b|\balias\b|@)\s*-?\s*", re.I)
_PLACEHOLDER = re.compile(_ROLES["placeholder"])
_SUFFIX = re.compile(r"^(?:jr|sr|ii|iii|iv)\.?$", re.I)
# two capitals alone: an anonymised defendant's initials ("R v AB"), unless they are a
# Roman numeral, a grade ("SHERIFF IV")
_INITIALS = re.compile(r"(?![IVX]{2})[A-ZÀ-Þ]{2}")
# ("s/o", "d/o": son or daughter of; Malay "a/l", "a/p": anak lelaki / perempuan, the same:
# "Pritam Singh s/o Gurmukh Singh", Singaporean and Malaysian names as registered)
_PATRONYMIC = {"s/o", "d/o", "a/l", "a/p"}
_PARTICLES = {
    "y",
    "de",
    "del",
    "dela",
    "della",
    "da",
    "van",
    "von",
    "bin",
    "binti",
    "la",
    "delos",
    *_PATRONYMIC,
}
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-Þ][^\s\d]*|[A-Z]\.|\*|[A-Z]{2,}\d*)$")
_STOP = AnyPattern(  # words of a title or an office, not of a person's name
    [
        r"\bcourt\b",
        r"\bclerk\b",
        r"\bjudge\b",
        r"\bbranch\b",
        r"\bregional\b",
        r"\bcity\b",
        r"\bformer\b",
        r"\bstenographer\b",
        r"\bofficer\b",
        r"\bboth of\b",
        r"\bdivision\b",
        r"\bpeople\b",
        r"\bphilippines\b",
        r"\bsandiganbayan\b",
        r"\bstate\b",
        r"\brespondents?\b",
        r"\bpetitioners?\b",
        r"\bappellants?\b",
        r"\baccused\b",
        r"\bcomplainants?\b",
        r"\bhonorable\b",
        r"\bappeals\b",
        r"\bdirector\b",
        r"\bcommissioner\b",
        r"\bsecretary\b",
        r"\bdepartment\b",
        r"\bmunicipal\b",
        r"\bprovince\b",
        r"\bG\.R\.",
        r"\bNo\.",
        r"\bpresiding\b",
        r"\bothers?\b",
        r"\banother\b",
        r"\bet al\b",
        r"\bcorporation\b",
        r"\bbureau\b",
        r"\bestablishment\b",
        r"\bhouse officer\b",
        r"\bpolice\b",
        r"\bstation\b",
        r"\bdistrict\b",
        r"\btehsil\b",
        r"\bjustice\b",
        r"\blord\b",
        r"\bchief\b",
        r"\bassistant\b",
        r"\bdeputy\b",
        r"\bcommission\b",
        r"\bcounsel\b",
        r"\badvocate\b",
        r"\bmanager\b",
        r"\bhead\b",
        r"\bdivision\b",
        r"\bcity\b",
        r"\bprovincial\b",
        r"\bcriminal\b",
        r"\bcase\b",
        r"\boffen[cs]es?\b",
        r"\bcharged?\b",
        r"\bcrimes?\b",
        r"\bviolation\b",
        # court personnel's positions after a respondent's name in an administrative
        # matter's caption ("X, INTERPRETER AND FORMER OFFICER-IN-CHARGE, MTC ...",
        # "Y, LEGAL RESEARCHER, RTC ...", "Z, Sheriff IV, ...")
        r"\binterpreter\b",
        r"\bresearcher\b",
        r"\bsheriff\b",
        r"\bprocess server\b",
        r"\butility worker\b",
        r"\bcashier\b",
    ]
)


_NOT_AZ = re.compile(r"[^a-z]+")


def fold(s: str) -> str:
    """Lower-case ASCII letters only (accents and mojibake dropped)."""
    if s.isascii():  # NFKD leaves ASCII as it is
        low = s.lower()
        return low if low.isalpha() else _NOT_AZ.sub("", low)
    return _NOT_AZ.sub("", unicodedata.normalize("NFKD", s).lower())


def has_word(low: str, word: str) -> bool:
    """Is ``word`` (ASCII letters) a whole run of letters in the lower-cased ASCII ``low``?"""
    n, at = len(word), low.find(word)
    while at >= 0:
        end = at + n
        if (at == 0 or not low[at - 1].isalpha()) and (end == len(low) or not low[end].isalpha()):
            return True
        at = low.find(word, at + 1)
    return False


_ALIAS_MARKS = ("@", "a.", "aka", "alias")  # one is in every _ALIAS match (lower-cased)


def split_alias(name: str) -> tuple[str, tuple[str, ...]]:
    """``"Candy a.k.a. Baby"`` -> ``("Candy", ("Baby",))``."""
    if name.isascii():  # ASCII: str.lower() finds the marks as re.I would
        low = name.lower()
        if not any(mark in low for mark in _ALIAS_MARKS):
            bare = name.strip(" ,()\"“”'-")
            return (bare, ()) if bare else (name.strip(), ())
    parts = [p.strip(" ,()\"“”'-") for p in _ALIAS.split(name)]
    parts = [p for p in parts if p]
    if not parts:
        return name.strip(), ()
    return parts[0], tuple(parts[1:])


def strip_honorifics(name: str) -> str:
    prev = None
    while prev != name:
        prev = name
        name = _HONORIFIC.sub("", name).strip()
    return name


_QUOTED_NICK = re.compile(r"[\"\u201c][A-Z\u00c0-\u00de][^\"\u201c\u201d]{0,30}[\"\u201d]")
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
_PAREN_NICK = re.compile(r"(?<=\s)\([A-Z][\w'.-]{1,20}\)(?=\s+[A-Z])")


def looks_like_name(piece: str) -> bool:
    """A short run of capitalised tokens (or an anonymisation placeholder)."""
    piece = piece.strip(" ,.*")
    if not piece:
        return False
    primary, _ = split_alias(piece)
    if len(primary) > 80:
        return False
    if _PLACEHOLDER.fullmatch(piece):
        return True
    # a nickname in quotes inside the name: ROSARIO "ROSE" OCHOA
    if ('"' in primary or "\u201c" in primary) and _QUOTED_NICK.search(primary):
        primary = _QUOTE_MARKS.sub("", primary)
    # a one-word nickname in brackets inside it: JOSE VICENTE (JOVY) CHANCO (not a closing
    # "(AL)", "at large", which names no part of the name)
    if "(" in primary:
        primary = _PAREN_NICK.sub("", primary)
    tokens = primary.replace("\u00a0", " ").split()
    if not 1 <= len(tokens) <= 7:
        return False
    caps = sum(1 for t in tokens if t[:1].isupper())
    if caps < max(1, len(tokens) - 1):
        return False
    if len(tokens) == 1 and not (
        tokens[0].isupper() and (len(tokens[0]) >= 3 or _INITIALS.fullmatch(tokens[0]))
    ):
        shaped = len(tokens[0]) >= 3 and tokens[0][:1].isupper()
    else:
        shaped = all(_NAME_TOKEN.match(t) or t.lower() in _PARTICLES for t in tokens)
    # (the stop words last: their test costs the most, and most pieces fail the shape)
    return shaped and not _STOP.found_in(piece)


_SPACES = re.compile(r"\s+")
_STAR = re.compile(r"\s*\*\s*")
_LETTERS = re.compile(r"[^\W\d_]+")  # letters, accented too ("YBAÑEZ" -> "Ybañez")
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
# UTF-8 lead bytes read as Latin-1 / cp1252 ("PAREÃ\x91O"): such a name keeps its other
# letters' case, as the text has them
_MOJIBAKE_MARKS = ("Ã", "Â", "â")
_NOT_LETTER = re.compile(r"[^A-Za-z]+")


def _capitalized(m: re.Match[str]) -> str:
    return m.group(0).capitalize()


def display(name: str) -> str:
    """Title-case an all-caps caption name; keep placeholders and mixed case as written."""
    if "&" in name:  # an HTML entity left in a converted text ("YBA&Ntilde;EZ")
        name = html.unescape(name)
    name = _SPACES.sub(" ", name).strip(" ,*")
    name = _STAR.sub("", name)
    if name.isascii():  # the letters are A-Z and a-z: one pass of str methods
        caps = _NOT_LETTER.sub("", "".join(t for t in name.split() if t.lower() not in _PARTICLES))
        if not caps.isupper():  # (False too when there is no letter)
            return name
    else:
        letters = [
            c
            for t in name.split()
            if t.lower() not in _PARTICLES
            for c in t
            if "a" <= c.lower() <= "z"
        ]
        if not letters or not all(c.isupper() for c in letters):
            return name
    word = _LETTERS
    if not name.isascii() and any(m in name for m in _MOJIBAKE_MARKS):
        word = _ASCII_LETTERS
    out = []
    for tok in name.split(" "):
        low = tok.lower()
        if _PLACEHOLDER.fullmatch(tok.strip(",.")):
            out.append(tok)
        elif low in _PARTICLES or low.lstrip("(") in {"a.k.a.", "aka", "alias"}:
            out.append(low)
        elif _SUFFIX.match(tok) and low.rstrip(".") in {"ii", "iii", "iv"}:
            out.append(tok.upper())
        else:
            out.append(word.sub(_capitalized, tok))
    return " ".join(out)


_REMARK = re.compile(r"\([^)]*\)?")
# (and the father's name after "s/o": the person is the name before it, as the judgment's
# body calls him "Pritam", never "Gurmukh Singh")
_MATERNAL = re.compile(r"\s+(?:y|[sd]/o|a/[lp])\s+|,", re.I)


_NAME_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")


def key_tokens(name: str) -> list[str]:
    """The folded tokens that identify a person: given names first, surname last."""
    return list(_key_tokens(name))


@lru_cache(maxsize=4096)  # every step asks for its defendants' tokens again
def _key_tokens(name: str) -> tuple[str, ...]:
    if "&" in name:  # "YBA&Ntilde;EZ": an HTML entity left in a converted text is a letter
        name = html.unescape(name)
    name = nbsp_fixed(name)  # "FLORÂ N.Â LAUREL": a misread no-break space
    primary, _ = split_alias(strip_honorifics(name))
    primary = _REMARK.sub(" ", primary)  # "(deceased)", "(not named ...)": remarks
    primary = _MATERNAL.split(primary, maxsplit=1)[0]  # "Surname y Maternal"
    # ("Ramirez-Lopez": each part of a hyphenated name is a token, as the text's words
    # are the runs of letters between the hyphens)
    toks = [fold(t) for t in _NAME_SPLIT.split(primary)]
    return tuple(t for t in toks if t and t not in _PARTICLES and not _SUFFIX.match(t))


def surname(name: str) -> str:
    toks = key_tokens(name)
    return toks[-1] if toks else ""


# characters re.I matches to an ASCII letter but str.lower() does not lower to it (dotted
# and dotless i, long s, Kelvin sign)
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def lowers_like_re(ctx: Context) -> bool:
    """Does a word found in ``ctx.lower`` mean ``re.I`` finds it in the text (and the
    reverse)?  True unless the text holds a character whose case folds oddly (once per
    judgment)."""
    safe = ctx.cache.get("names.lowers_like_re")
    if safe is None:
        text = ctx.text
        safe = ctx.cache["names.lowers_like_re"] = text.isascii() or not any(
            c in text for c in _ODD_FOLDS
        )
    return bool(safe)


def name_keys(ctx: Context, name: str) -> list[str]:
    """:func:`key_tokens` of ``name``, once per judgment (several steps ask for each name)."""
    cache = ctx.cache.setdefault("names.key_tokens", {})
    toks = cache.get(name)
    if toks is None:
        toks = cache[name] = key_tokens(name)
    assert isinstance(toks, list)
    return toks


def name_spans(ctx: Context, surname: str, accented: bool = True) -> list[tuple[int, int]]:
    """Every word of the text that folds to ``surname`` (accents and mojibake tolerated).

    ASCII spellings are found with ``str.find`` in the lower-cased text (C speed); words
    holding a non-ASCII letter are found by a regex and folded only when the text has
    any and ``accented`` (the name as written has non-ASCII letters, so the text may spell
    it with accents or mojibake).  Cached per judgment.
    """
    cache = ctx.cache.setdefault("names.spans", {})
    if (surname, accented) in cache:
        return cache[(surname, accented)]
    text = ctx.text
    low = ctx.lower
    out: list[tuple[int, int]] = []
    if len(low) == len(text):
        n, at = len(surname), low.find(surname)
        while at >= 0:
            end = at + n
            if (at == 0 or not low[at - 1].isalpha()) and (
                end == len(low) or not low[end].isalpha()
            ):
                out.append((at, end))
            at = low.find(surname, end)
    if accented and not text.isascii():
        out += [span for span, folded in _non_ascii_words(ctx) if folded == surname]
        out.sort()
    cache[(surname, accented)] = out
    return out


def letter_runs(text: str) -> list[tuple[int, int]]:
    """Maximal runs of characters beyond ASCII that can be letters, as (start, end).

    That is, not ASCII, not the Latin-1 symbols (\\x80-\\xbf), not the punctuation,
    currency, arrow and math blocks (\\u2000-\\u2bff, \\u3000-\\u303f).  One vectorised
    pass over the code points: a character-class regex costs ten times as much here,
    because most judgments hold curly quotes and so are never plain ASCII.
    """
    if text.isascii():
        return []
    # (surrogatepass: a lone surrogate, as a text decoded with surrogateescape holds, is one
    # code unit like any other, not an error)
    code = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    keep = code >= 0xC0
    keep &= (code < 0x2000) | (code > 0x2BFF)
    keep &= (code < 0x3000) | (code > 0x303F)
    at = np.flatnonzero(keep)
    if not len(at):
        return []
    gaps = np.flatnonzero(np.diff(at) != 1)
    starts = np.concatenate((at[:1], at[gaps + 1])).tolist()
    ends = np.concatenate((at[gaps] + 1, at[-1:] + 1)).tolist()
    return list(zip(starts, ends, strict=True))


def _non_ascii_words(ctx: Context) -> list[tuple[tuple[int, int], str]]:
    """Words holding a non-ASCII character, with their folded form (once per judgment)."""
    words = ctx.cache.get("names.non_ascii")
    if words is None:
        text = ctx.text
        words, last_end = [], -1
        for s, e in letter_runs(text):
            if s < last_end:
                continue
            while s > 0 and text[s - 1].isalpha():
                s -= 1
            while e < len(text) and (text[e].isalpha() or not text[e].isascii()):
                e += 1
            last_end = e
            words.append(((s, e), fold(text[s:e])))
        ctx.cache["names.non_ascii"] = words
    return words
