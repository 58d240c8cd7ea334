"""The naive spaCy baseline's patterns: caselaw's keywords and rule families as spaCy matchers.

Issue 3 times caselaw against ``spacy.blank("en")`` running "the same PhraseMatcher
and Matcher patterns" over whole documents.  caselaw itself matches with one
keyword automaton and anchored regexes, so the baseline needs spaCy equivalents:

* :func:`keywords` — every keyword caselaw's prefilter looks for (all registered
  groups but the ``anchor.*`` groups, which only locate where a regex below may
  start), every offence phrase and statute alias, and the literal phrases of
  its rules (chain connectives, charge cues, verdict and sentence phrases), for
  a PhraseMatcher.
* :func:`rule_patterns` — Matcher patterns for the rules that need token
  attributes: provision lists, numbered and named acts, U.S.C. sections, counts,
  sentence terms, fines and damages, captions and party labels, police ranks,
  bribe narratives, forged documents.

``bench/extract.py`` times two baselines so the reader can see what the patterns
cost: ``keywords`` (the PhraseMatcher alone, plus four token patterns: the first
version of this benchmark) and ``baseline`` (the PhraseMatcher and every family
below).  These patterns find where caselaw's rules apply; they do not reproduce
its decisions (which mention is a charge, which defendant it belongs to).
"""

from __future__ import annotations

from typing import Any

Pattern = list[dict[str, Any]]

_UNITS = [
    *("section", "sections", "sec", "sec.", "secs", "secs.", "s", "s.", "ss", "ss."),
    *("subsection", "sub-section", "art", "art.", "article", "articles", "rule", "rules"),
    *("para", "para.", "paragraph", "§", "§§", "u/s", "clause"),
]
_NUM = {"TEXT": {"REGEX": r"^\d+[A-Za-z]{0,3}$"}}
_SUB = {"TEXT": {"REGEX": r"^(\(|\)|[ivxIVX]{1,4}|[a-zA-Z]|\d{1,3})$"}, "OP": "{0,8}"}
_CONNECTIVES = [
    *("in relation to", "read with", "as read with", "read together with", "r/w"),
    *("punishable under", "contrary to", "in violation of", "for violation of"),
    *("for the violation of", "as amended by", "and penalized under"),
]
_CUES = [
    *("charged with", "charged under", "accused of", "convicted of", "convicted under"),
    *("guilty of", "guilty under", "indicted for", "indicted on", "charge sheet"),
    *("information reads", "framed charges", "pleaded guilty", "pleaded not guilty"),
    *("offence under", "offense under", "booked under", "registered under"),
]
_VERDICTS = [
    *(f"appeal {v} {o}" for v in ("is", "was", "be", "stands") for o in ("dismissed", "allowed")),
    *(f"petition {v} {o}" for v in ("is", "was") for o in ("dismissed", "granted", "denied")),
    *("affirmed with modification", "modified with modification", "set aside", "not guilty"),
    *(f"conviction {v} {o}" for v in ("is", "was", "be") for o in ("set aside", "quashed")),
    *("acquitted on reasonable doubt", "acquitted of", "found guilty beyond reasonable doubt"),
    *(f"fir {v} quashed" for v in ("is", "was", "be")),
    *(f"{v} {o}" for v in ("remanded", "remitted") for o in ("to", "back")),
    *("case is dismissed", "case was dismissed", "discharged of", "discharged from"),
    *("died pending", "died during", "life imprisonment", "imprisonment for life"),
    *("reclusion perpetua", "suspended sentence", "sentence is suspended"),
]
_OFFICIALS = [
    *("police", "officer", "officers", "constable", "inspector", "sergeant", "immigration"),
    *("customs", "official", "officials", "mayor", "barangay", "judge", "prosecutor"),
    *("soldier", "army", "military", "labour", "labor", "clerk", "agent", "chief"),
]
_PAY = [
    *("paid", "pay", "gave", "give", "offered", "received", "accepted", "demanded"),
    *("asked", "took", "collected", "extorted", "solicited"),
]
_MONEY = ["money", "bribe", "bribes", "cash", "amount", "sum", "payment", "fee", "protection"]
_CURRENCY = [
    *("php", "p", "₱", "rs", "rs.", "rupees", "ksh", "kshs", "kes", "inr", "₹", "n", "₦"),
    *("r", "rm", "usd", "us$", "$", "£", "s$", "baht", "rp"),
]


def keywords() -> list[str]:
    """Every keyword, phrase, alias and literal rule phrase caselaw looks for."""
    from caselaw.extractors import lexicon, prefilter

    words = {
        w.strip("*")
        for name, group in prefilter.groups().items()
        if not name.startswith("anchor.")
        for w in group
    }
    words |= {p.phrase for p in lexicon.phrases()}
    words |= {a for s in lexicon.statutes() for a in s.aliases}
    words |= {*_CONNECTIVES, *_CUES, *_VERDICTS}
    return sorted(w for w in words if w.strip())


def rule_patterns() -> dict[str, list[Pattern]]:
    """Matcher patterns, by family, for caselaw's regexes that need more than literal words.

    Literal rule phrases (chain connectives, charge cues, verdict and sentence
    phrases) are in :func:`keywords`: a PhraseMatcher finds them far more cheaply
    than one Matcher pattern each (each Matcher pattern costs ~0.1 s per MB here).
    """
    unit = {"LOWER": {"IN": _UNITS}}
    num_word = {"LOWER": {"IN": ["no", "no.", "nos", "nos.", "number", "bilang"]}, "OP": "?"}
    provision: list[Pattern] = [
        [unit, {"ORTH": ".", "OP": "?"}, _NUM, _SUB],
        [unit, _NUM, _SUB, {"LOWER": {"IN": ["and", "or", "to", ","]}}, _NUM, _SUB],
        [unit, _NUM, _SUB, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, {"IS_TITLE": True}],
    ]
    acts: list[Pattern] = [
        [{"LOWER": {"IN": ["r.a.", "ra", "p.d.", "pd", "b.p.", "bp"]}}, num_word, _NUM],
        [{"LOWER": {"IN": ["republic", "presidential", "batas"]}}, {"IS_ALPHA": True}, num_word],
        [{"IS_TITLE": True, "OP": "{1,6}"}, {"LOWER": {"IN": ["act", "code", "ordinance"]}}],
        [{"IS_TITLE": True, "OP": "{1,6}"}, {"LOWER": {"IN": ["decree", "law", "rules"]}}],
        [{"LOWER": {"IN": ["act", "code"]}}, {"LOWER": "of", "OP": "?"}, {"SHAPE": "dddd"}],
        [_NUM, {"LOWER": {"IN": ["u.s.c.", "u.s.c", "usc", "u.s.c.a."]}}, {"ORTH": "§", "OP": "*"}],
    ]
    counts: list[Pattern] = [
        [{"LOWER": {"IN": ["count", "counts", "charge", "charges"]}}, {"LIKE_NUM": True}],
        [{"LIKE_NUM": True}, {"LOWER": {"IN": ["counts", "charges"]}}, {"LOWER": "of"}],
        [{"LOWER": {"IN": ["first", "second", "third", "fourth", "fifth", "alternative"]}}]
        + [{"LOWER": {"IN": ["count", "charge"]}}],
        [{"LOWER": "criminal"}, {"LOWER": "case"}, num_word, {"ORTH": ".", "OP": "?"}, _NUM],
    ]
    term = {"LOWER": {"IN": ["year", "years", "month", "months", "day", "days"]}}
    sentences: list[Pattern] = [
        [{"LOWER": {"IN": ["sentenced", "imprisonment", "penalty", "term", "serve", "suffer"]}}]
        + [{"IS_ALPHA": True, "OP": "{0,4}"}, {"LIKE_NUM": True}, _SUB, term],
        [{"LIKE_NUM": True}, _SUB, term, {"LOWER": {"IN": ["and", "to"]}, "OP": "?"}]
        + [{"LIKE_NUM": True, "OP": "?"}, {"LOWER": {"IN": ["imprisonment", "rigorous"]}}],
        [{"LOWER": "fine"}, {"IS_ALPHA": True, "OP": "{0,6}"}, {"LOWER": {"IN": _CURRENCY}}]
        + [{"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True}],
        [{"LOWER": {"IN": ["damages", "compensation", "restitution", "indemnity"]}}]
        + [{"IS_ALPHA": True, "OP": "{0,6}"}, {"LOWER": {"IN": _CURRENCY}}, {"LIKE_NUM": True}],
    ]
    parties: list[Pattern] = [
        [{"LOWER": {"IN": ["accused", "plaintiff", "defendant", "respondent", "petitioner"]}}]
        + [{"ORTH": "-"}, {"LOWER": {"IN": ["appellant", "appellants", "appellee", "respondent"]}}],
        [{"IS_TITLE": True, "OP": "{1,5}"}, {"LOWER": {"IN": ["vs", "vs.", "v.", "v", "versus"]}}]
        + [{"IS_TITLE": True, "OP": "{1,5}"}],
        [{"LOWER": "accused"}, {"LOWER": {"IN": ["no", "no."]}}, {"LIKE_NUM": True}],
        [{"LOWER": {"IN": ["alias", "a.k.a.", "aka", "@"]}}, {"IS_TITLE": True, "OP": "{1,3}"}],
        [{"TEXT": {"REGEX": r"^(XXX\d*|AAA\d*|BBB\d*|YYY\d*)$"}}],
    ]
    officials: list[Pattern] = [
        [{"TEXT": {"REGEX": r"^(PO[1-3]|SPO[1-4]|PSI|PCI|PSupt|P/Insp|SI|ASI|SHO|IO)$"}}],
        [{"LOWER": {"IN": _OFFICIALS}}, {"IS_ALPHA": True, "OP": "{0,4}"}]
        + [{"LOWER": {"IN": _PAY}}, {"IS_ALPHA": True, "OP": "{0,3}"}, {"LOWER": {"IN": _MONEY}}],
        [{"LOWER": {"IN": _PAY}}, {"IS_ALPHA": True, "OP": "{0,4}"}, {"LOWER": {"IN": _OFFICIALS}}],
        [{"LOWER": {"IN": ["forged", "fake", "falsified", "fraudulent"]}}]
        + [{"IS_ALPHA": True, "OP": "{0,2}"}]
        + [{"LOWER": {"IN": ["passport", "passports", "visa", "visas", "documents", "papers"]}}],
    ]
    return {
        "PROVISION": provision,
        "ACT": acts,
        "COUNT": counts,
        "SENTENCE": sentences,
        "PARTY": parties,
        "OFFICIAL": officials,
    }
