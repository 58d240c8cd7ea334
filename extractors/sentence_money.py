"""Money penalties of a judgment: fines, damages, compensation, restitution.

Patterns used by :mod:`caselaw.extractors.sentences` (each read only around its trigger
words), the currency names, and the amounts a judgment says it changed
(:func:`superseded_amounts`).
"""

from __future__ import annotations

import re

_CURRENCY = (  # not the end of a word ("October 27" holds no "R 27")
    r"(?<![A-Za-z])(?P<cur>PHP|Php|P|₱|&#8369;|Rs\.?|Rupees|Kshs?\.?|KES|INR|₹|N|₦|R|RM|USD|US\$|\$|£|S\$)"
)
_AMOUNT = r"\s?(?P<amt>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>million|billion|M\b)?"
FINE = re.compile(r"\bfined?\b[^.;]{0,60}?" + _CURRENCY + _AMOUNT, re.I)
DAMAGES = re.compile(
    r"(?:"
    + _CURRENCY
    + _AMOUNT
    + r")[^.;]{0,40}?\b(?P<kind>moral|exemplary|actual|civil indemnity|"
    r"temperate|nominal|(?:as|way of) compensation)\b",
    re.I,
)
# The kind first: "moral damages of Five Hundred Thousand Pesos (P500,000.00)",
# "compensation of Rs.2,00,000/-" (s.544-A Cr.P.C.).  Only "of" / "in the amount of" /
# "amounting to" between: "moral damages and P100,000 as exemplary" is the next award's.
_INITIAL_STOP = r"(?<=\b[A-Z])\."  # "Mercedes D. Felongco": no sentence end
DAMAGES_FIRST = re.compile(
    r"\b(?:(?:moral|exemplary|actual|temperate|nominal|compensatory)\s+damages|civil indemnity"
    r"|compensation)\s+(?:of|in the (?:amount|sum) of|amounting to)\s+"
    + rf"(?:[^.;\d]|{_INITIAL_STOP}){{0,60}}?"
    + _CURRENCY
    + _AMOUNT,
    re.I,
)
# Paying back what was taken, with its amount where the sentence gives one ("restitute
# the money given to him ... amounting to PHP 100,000.00", "restitution of $12,000").
RESTITUTION = re.compile(
    r"\b(?:restitut\w+|reimburse\w*|return the (?:money|amount)|pay back)"
    + rf"(?:(?:[^.;]|{_INITIAL_STOP}){{0,100}}?"
    + _CURRENCY
    + _AMOUNT
    + ")?",
    re.I,
)
_CUR_NAMES = {
    "p": "PHP",
    "php": "PHP",
    "₱": "PHP",
    "&#8369;": "PHP",
    "rs": "PKR",
    "rs.": "PKR",
    "rupees": "PKR",
    "ksh": "KES",
    "kshs": "KES",
    "ksh.": "KES",
    "kshs.": "KES",
    "kes": "KES",
    "inr": "INR",
    "₹": "INR",
    "n": "NGN",
    "₦": "NGN",
    "r": "ZAR",
    "rm": "MYR",
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "£": "GBP",
    "s$": "SGD",
}
# "Rs." and "$" name the currency of the jurisdiction that writes them.
LOCAL = {
    ("PKR", "LK"): "LKR",
    ("PKR", "IN"): "INR",
    ("PKR", "NP"): "NPR",
    ("PKR", "MU"): "MUR",
    ("USD", "SG"): "SGD",
    ("USD", "AU"): "AUD",
    ("USD", "NZ"): "NZD",
    ("USD", "CA"): "CAD",
    ("USD", "HK"): "HKD",
}
ORDERED = re.compile(
    r"\b(?:order|direct|requir|sentenc|impos|adjudg|award|liable)\w*|\b(?:must|shall) (?:pay|make)",
    re.I,
)


def amount(m: re.Match[str]) -> tuple[float, str | None]:
    amt = float(m.group("amt").replace(",", "").rstrip("."))
    mult = (m.group("mult") or "").lower()
    amt *= {"million": 1e6, "m": 1e6, "billion": 1e9}.get(mult, 1)
    cur = m.group("cur")
    return amt, _CUR_NAMES.get(cur.lower(), cur.upper()) if cur else None


# "modified the amount of moral damages from PHP 200,000.00 to PHP 500,000.00",
# "the fine is reduced from Rs.50,000 to Rs.20,000": the first amount no longer stands.
_CHANGED = re.compile(
    r"\b(?:modif|increas|reduc|rais|lower|amend|enhanc|alter)\w*[^.;]{0,80}?\bfrom\s+"
    + _CURRENCY.replace("cur>", "cur_from>")
    + _AMOUNT.replace("amt>", "amt_from>").replace("mult>", "mult_from>")
    + r"(?:/-)?\s*(?:\w+\s+){0,3}?to\s+"
    + _CURRENCY
    + _AMOUNT,
    re.I,
)
CHANGE_WORDS = ("modif*", "increas*", "reduc*", "raise*", "lower*", "amend*", "enhanc*", "alter*")
"""Trigger words of a change of amount (a prefilter group)."""


_SUBKIND = re.compile(
    r"\b(?:moral|exemplary|actual|civil indemnity|temperate|nominal|compensation|fine)\b", re.I
)


def subkind(text: str) -> str | None:
    """The award a text names: "moral", "exemplary", "fine" ... (the last one), or None."""
    found = _SUBKIND.findall(text)
    return found[-1].lower() if found else None


def superseded_amounts(text: str, hits: list[tuple[int, int]]) -> set[tuple[str | None, float]]:
    """(award, amount) the judgment changes to another ("moral damages from X to Y"): X,
    unless it is also a Y; award None where the sentence names none."""
    old: set[tuple[str | None, float]] = set()
    new: set[tuple[str | None, float]] = set()
    done = -1
    for ks, _ in hits:
        if ks < done:
            continue
        end = min(len(text), ks + 260)
        if "from" not in text[ks:end].lower():
            continue  # (every change names what it changes from: most hits have no "from")
        m = _CHANGED.match(text, ks, end)
        if m is None:
            continue
        done = m.end()
        award = subkind(
            text[max(0, ks - 60) : m.start("cur_from")]
        )  # "moral damages was increased"
        mult = {"million": 1e6, "m": 1e6, "billion": 1e9}
        frm = float(m.group("amt_from").replace(",", "").rstrip("."))
        old.add((award, frm * mult.get((m.group("mult_from") or "").lower(), 1)))
        new.add((award, amount(m)[0]))
    return old - new
