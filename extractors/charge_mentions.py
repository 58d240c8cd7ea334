"""The charge mentions of one judgment as a list: the mention type, the mentions of a
statute the text says was not charged (dropped), repeated mentions of one charge (merged),
and the words by which a text names an offence's kind or two labels name one offence
(also read by attribution, charge_verdicts and fallo_offences).
:mod:`caselaw.extractors.charges` finds the mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from caselaw.extractors._lower import lowers_as_re
from caselaw.extractors.citations import parse_citations
from caselaw.extractors.superseded_charges import drop_superseded
from caselaw.models import Category, Evidence


@dataclass(frozen=True, slots=True)
class ChargeMention:
    """One place a charge is named: its category, label, statute and count, with the span
    of the cue and mention (several spans once repeats are merged)."""

    category: Category
    label: str
    statute: str | None
    count: str | None
    alternative: bool
    evidence: tuple[Evidence, ...]
    verified: bool = field(default=True)  # False when the lexicon entry is an unverified lead

    @property
    def start(self) -> int:
        return self.evidence[0].start

    @property
    def end(self) -> int:
        return self.evidence[0].end


_DENIAL = re.compile(
    r"(?<![\w])(?:(?:not|never)\s+(?:(?:been|yet)\s+)?(?:charged|indicted|prosecuted)\s+"
    r"(?:with|for|under)"
    # "The Office of the City Prosecutor charged accused-appellant with human trafficking
    # under R.A. 9208, instead of violation of R.A. 7610": the law set aside is no charge
    r"|(?:charged|indicted)\b(?:[^.;]|\.(?!\s+[A-Z][a-z])){0,160}?\binstead\s+of)"
    r"\s+(?:(?:a|the|any)\s+)?(?:(?:violation|violations|breach)\s+of\s+|violating\s+)?",
    re.I,
)
_DENIAL_VERBS = ("charged", "indicted", "prosecuted", "CHARGED", "INDICTED", "PROSECUTED")
_DENIAL_REACH = 120  # a denied citation starts right after the denial


def drop_denied(
    text: str, jurisdiction: str | None, mentions: list[ChargeMention]
) -> list[ChargeMention]:
    """``mentions`` without those of a statute the text says was not charged: one whose
    normalised statute is, or extends, a denied citation's ("R.A. 9184" denies "R.A. 9184
    s.18"; "R.A. 9208 s.5" leaves "R.A. 9208 s.4(a)")."""
    mentions = drop_superseded(text, mentions)  # "an amended information ... instead"
    if not any(m.statute for m in mentions):
        return mentions
    denied: list[str] = []
    for m in _denials(text):
        hi = min(len(text), m.end() + _DENIAL_REACH)
        for cit in parse_citations(text, m.start(), hi, jurisdiction=jurisdiction):
            if cit.start >= m.end():
                if cit.start == m.end():
                    denied.append(cit.normalised())
                break
    if not denied:
        return mentions
    return [m for m in mentions if not (m.statute and any(_extends(m.statute, d) for d in denied))]


def _denials(text: str) -> list[re.Match[str]]:
    """``_DENIAL.finditer(text)``, tried only around the charging verbs (str.find)."""
    out: list[re.Match[str]] = []
    for verb in _DENIAL_VERBS:
        at = text.find(verb)
        while at >= 0:
            a, b = max(0, at - 20), min(len(text), at + 240)
            if _may_deny(text, a, at, b):
                m = _DENIAL.search(text, a, b)
                if m is not None and m.start() <= at < m.end() and m not in out:
                    out.append(m)
            at = text.find(verb, at + len(verb))
    return sorted(out, key=lambda m: m.start())


def _may_deny(text: str, a: int, at: int, b: int) -> bool:
    """Can a :data:`_DENIAL` match in ``[a, b)`` hold the verb at ``at``?  Only with "not" /
    "never" before the verb or "instead" after it: a literal test on the lowered window
    where it lowers as ``re.I`` reads it (the whole regex reads every position), else the
    regex decides."""
    window = text[a:b]
    low = window.lower()
    if len(low) != len(window) or not lowers_as_re(window):
        return True
    head = low[: at - a]
    return "not" in head or "never" in head or "instead" in low[at - a :]


def _extends(statute: str, denied: str) -> bool:
    """``statute`` is ``denied`` or ``denied`` narrowed by more provisions."""
    if not statute.startswith(denied):
        return False
    rest = statute[len(denied) :]
    return not rest or not rest[0].isalnum()


_NAMED_REACH = 120  # at most this many characters from an offence's name to its statute
# "pleaded guilty to misconduct in a public office and to an offence under section 2 of the
# Bribery Act": a coordinating word between the name and the citation starts another offence
_ANOTHER = re.compile(r"\b(?:and|or|as well as)\b|;", re.I)
_LABEL_WORD = re.compile(r"[a-z]{4,}")


def same_offence(a: str, b: str) -> bool:
    """Do two offence labels name one offence?  They share a telling word (by its first five
    letters: "Qualified trafficking in persons" / "Trafficking in persons", "Corruption" /
    "Agent corruptly accepting a gratification"); "Misconduct in a public office" and
    "Being bribed" do not."""
    words_a = {w[:5] for w in _LABEL_WORD.findall(a.lower())} - _GENERIC_PREFIXES
    words_b = {w[:5] for w in _LABEL_WORD.findall(b.lower())} - _GENERIC_PREFIXES
    return bool(words_a & words_b)


_GENERIC_PREFIXES = frozenset(
    w[:5]
    for w in [
        "public",
        "official",
        "office",
        "offence",
        "offense",
        "persons",
        "person",
        "section",
        "under",
        "against",
        "crime",
        "violation",
        "with",
        "from",
        "into",
        "that",
        "this",
        "other",
    ]
)


def _named_before(
    text: str,
    out: list[ChargeMention],
    m: ChargeMention,
    merged: dict[int, tuple[list[Evidence], set[Evidence]]],
) -> int | None:
    """The mention that names ``m``'s offence right before ``m`` cites its statute: same
    category, no statute, a compatible count, a span of it ending at most ``_NAMED_REACH``
    characters before ``m`` starts (or overlapping it), and no "and" / "or" / ";" between
    the two (that would start another offence)."""
    for j, o in enumerate(out):
        if o.category != m.category or o.statute is not None:
            continue
        if o.count is not None and m.count is not None and o.count != m.count:
            continue
        spans = merged[j][0] if j in merged else o.evidence
        for e in spans:
            if e.start <= m.start <= e.end + _NAMED_REACH and (
                m.start <= e.end or not _ANOTHER.search(text, e.end, m.start)
            ):
                return j
    return None


def _with_statute(named: ChargeMention, cited: ChargeMention) -> ChargeMention:
    """The charge ``named`` by its offence, with the statute ``cited`` gives it (the
    offence's own name stays when the statute's label is generic)."""
    label = named.label if cited.label.startswith("Offence under") else cited.label
    return replace(
        named,
        label=label,
        statute=cited.statute,
        count=named.count or cited.count,
        alternative=named.alternative or cited.alternative,
        verified=cited.verified,
    )


def dedupe(text: str, mentions: list[ChargeMention]) -> list[ChargeMention]:
    """Merge repeated mentions of one charge, keeping the first's fields and all evidence."""
    mentions = sorted(mentions, key=lambda m: m.start)
    out: list[ChargeMention] = []
    index: dict[tuple[object, ...], int] = {}
    evidence: dict[int, tuple[list[Evidence], set[Evidence]]] = {}
    for m in mentions:
        # ("s.360B(1)(b) r/w s.360A(5)" is the charge of s.360B(1)(b): the provision read
        # with it qualifies that offence, it is no second charge)
        held = m.statute.split(" r/w ", 1)[0] if m.statute else m.label.lower()
        key = (m.category, held, m.count)
        loose = (m.category, held, None)
        i = index.get(key)
        if i is None and m.count is None:
            i = index.get(loose)
        if i is None and m.statute is None:
            i = next((j for j, o in enumerate(out) if o.category == m.category and o.statute), None)
        if i is None and m.statute is not None:
            # "convicted of qualified trafficking in persons ... under Section 4(a) of R.A.
            # 9208": the offence named first, its statute after; one charge
            i = _named_before(text, out, m, evidence)
            if i is not None:
                out[i] = _with_statute(out[i], m)
                index[key] = i
                index.setdefault(loose, i)
        if i is None:
            index[key] = len(out)
            index.setdefault(loose, len(out))
            out.append(m)
            continue
        old = out[i]
        found = evidence.setdefault(i, (list(old.evidence), set(old.evidence)))
        found[0].extend(e for e in m.evidence if e not in found[1])
        found[1].update(m.evidence)
        generic = old.label.startswith("Offence under")  # a phrase names it better
        if generic and old.statute and not m.statute and len(m.label) > 3 and m.label != old.label:
            out[i] = replace(old, label=m.label)
    for i, (spans, _) in evidence.items():  # one tuple per charge: no quadratic copying
        out[i] = replace(out[i], evidence=tuple(spans))
    return out


# Words by which an unspecific mention names the kind of offence a categorised charge
# already carries ("violation of the Dangerous Drugs Act" next to an R.A. 6425 s.15 count,
# "illegal recruitment ... as defined in Article 38 of P.D. 1412"): the same offence.
_KIND_WORDS = {
    Category.DRUGS: r"drug|narcotic|shabu|marijuana|heroin|cocaine",
    Category.ILLEGAL_RECRUITMENT: r"recruit",
    Category.TRAFFICKING: r"traffick|forced labou?r|slavery|servitude",
    Category.SEXUAL_OFFENCE: r"rape|sexual|lascivious|child abuse|prostitut",
    Category.SMUGGLING: r"smuggl|emigration",
    Category.MONEY_LAUNDERING: r"launder",
    Category.CORRUPTION: r"graft|corrupt|brib|malversation|embezzl",
}
KIND_RES = {k: re.compile(v, re.I) for k, v in _KIND_WORDS.items()}
_KIND_LOW = {k: re.compile(v) for k, v in _KIND_WORDS.items()}  # for lower-cased ASCII text


def names_kind(category: Category, text: str) -> bool:
    """Does ``text`` name the kind of offence ``category`` is (``KIND_RES``)?  An ASCII
    text is lower-cased and searched without re.I: the words are plain literals, so re
    scans for their first letters at C speed."""
    rx = KIND_RES.get(category)
    if rx is None:
        return False
    if text.isascii():
        return _KIND_LOW[category].search(text.lower()) is not None
    return rx.search(text) is not None


_ACT_NUMBER = re.compile(r"\d{3,5}")


def names_charge(category: Category, statute: str | None, text: str) -> bool:
    """Does ``text`` name the charge: its kind of offence (:func:`names_kind`) or the
    number of its Act ("R.A. 3019", "section 161 PPC")?"""
    if names_kind(category, text):
        return True
    numbers = set(_ACT_NUMBER.findall(statute or ""))
    return bool(numbers) and bool(numbers & set(_ACT_NUMBER.findall(text)))
