"""Statutes, provisions and offence phrases, loaded from ``extractors/data/*.yaml``.

One YAML file per jurisdiction (plus ``intl.yaml`` for treaties and
``common.yaml`` for language shared by all jurisdictions).  Adding a
jurisdiction means adding a file; nothing here names one.  The file format is
described in ``extractors/data/README.md``.  Files are validated when loaded:
a schema error raises :class:`caselaw.errors.ConfigError` naming the file and
the entry.

Everything is loaded once (``functools.cache``) and is immutable afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from caselaw.errors import ConfigError
from caselaw.models import Category

# "sentencing": an order the court makes on a conviction (a penalty equal to the bribe),
# no offence: a citation of it alone is no charge
ROLES = ("offence", "penalty", "qualifying", "definition", "procedure", "defence", "sentencing")
_CATEGORIES = {c.value for c in Category}


@dataclass(frozen=True, slots=True)
class ProvisionEntry:
    """A provision of a statute: ``section`` is normalised like ``4``, ``3(e)``, ``13(1)(d)``."""

    section: str
    category: Category
    label: str
    role: str = "offence"
    verified: bool = True


@dataclass(frozen=True, slots=True)
class StatuteEntry:
    id: str
    jurisdiction: str
    name: str
    short: str  # canonical short form used in normalised statute strings, e.g. "R.A. 9208"
    aliases: tuple[str, ...]
    category: Category  # for provisions not listed (penal codes use "other")
    label: str
    provisions: tuple[ProvisionEntry, ...]
    provenance: str
    verified: bool = True
    amends: tuple[str, ...] = ()
    # aliases (also in ``aliases``) that name this act only in its own jurisdiction's
    # judgments: a bare "Penal Code" is Sri Lanka's in a Sri Lankan judgment and no act of
    # the lexicon elsewhere (lexicon files: ``local_aliases``)
    local_aliases: tuple[str, ...] = ()

    def provision(self, section: str) -> ProvisionEntry | None:
        """The most specific listed provision covering ``section`` (``13(1)(d)`` -> ``13``)."""
        key = normalise_section(section)
        table = _provision_table(self)
        while key:
            if key in table:
                return table[key]
            cut = key.rfind("(")
            if cut <= 0:
                break
            key = key[:cut]
        return None


_TABLES: dict[int, dict[str, ProvisionEntry]] = {}


def _provision_table(entry: StatuteEntry) -> dict[str, ProvisionEntry]:
    """Provisions by section, built once per entry (entries live as long as the lexicon)."""
    table = _TABLES.get(id(entry))
    if table is None or _TABLE_OWNER.get(id(entry)) is not entry:
        table = _TABLES[id(entry)] = {p.section: p for p in entry.provisions}
        _TABLE_OWNER[id(entry)] = entry
    return table


_TABLE_OWNER: dict[int, StatuteEntry] = {}


@dataclass(frozen=True, slots=True)
class OffencePhrase:
    """An offence named in words, e.g. "qualified trafficking in persons"."""

    phrase: str
    category: Category
    label: str
    jurisdiction: str | None
    provenance: str
    verified: bool = True
    needs_cue: bool = True  # only a charge when a charge cue is right before it


@dataclass(frozen=True, slots=True)
class Lexicon:
    jurisdiction: str
    name: str
    file: str
    statutes: tuple[StatuteEntry, ...]
    phrases: tuple[OffencePhrase, ...]
    keyword_groups: Mapping[str, tuple[str, ...]]
    lists: Mapping[str, tuple[str, ...]]


def normalise_section(section: str) -> str:
    """``"4 (a)"`` -> ``"4(a)"``, ``"4-a"`` -> ``"4-A"``, lower-case sub-paragraphs."""
    s = re.sub(r"\s+", "", section)
    head = re.match(r"[0-9][0-9.]*(?:-?[A-Za-z](?![a-z]))?", s)
    if not head:
        return s.lower()
    return head.group(0).upper() + s[head.end() :].lower()


def _fail(file: str, where: str, problem: str) -> ConfigError:
    return ConfigError(f"lexicon {file}: {where}: {problem}")


def _str(d: Mapping[str, Any], key: str, file: str, where: str, default: str | None = None) -> str:
    value = d.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise _fail(file, where, f"'{key}' must be a non-empty string")
    return value.strip()


def _category(value: Any, file: str, where: str) -> Category:
    if value not in _CATEGORIES:
        raise _fail(file, where, f"category {value!r} is not one of {sorted(_CATEGORIES)}")
    return Category(value)


def _strings(value: Any, file: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(file, where, "must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _provision(raw: Any, st: Mapping[str, Any], file: str, where: str) -> ProvisionEntry:
    if not isinstance(raw, dict):
        raise _fail(file, where, "a provision must be a mapping")
    section = raw.get("section")
    if isinstance(section, int | float):
        section = str(section)
    if not isinstance(section, str) or not section.strip():
        raise _fail(file, where, "provision needs a 'section'")
    where = f"{where} section {section}"
    role = raw.get("role", "offence")
    if role not in ROLES:
        raise _fail(file, where, f"role {role!r} is not one of {ROLES}")
    return ProvisionEntry(
        section=normalise_section(section),
        category=_category(raw.get("category", st.get("category")), file, where),
        label=_str(raw, "label", file, where, st.get("label")),
        role=role,
        verified=bool(raw.get("verified", st.get("verified", True))),
    )


def _statute(raw: Any, jurisdiction: str, file: str, index: int) -> StatuteEntry:
    if not isinstance(raw, dict):
        raise _fail(file, f"statutes[{index}]", "must be a mapping")
    where = f"statute {raw.get('id', index)!r}"
    provisions = raw.get("provisions") or []
    if not isinstance(provisions, list):
        raise _fail(file, where, "'provisions' must be a list")
    aliases = _strings(raw.get("aliases"), file, f"{where} aliases")
    local = _strings(raw.get("local_aliases"), file, f"{where} local_aliases")
    aliases = aliases + tuple(a for a in local if a not in aliases)
    return StatuteEntry(
        id=_str(raw, "id", file, where),
        jurisdiction=str(raw.get("jurisdiction", jurisdiction)),
        name=_str(raw, "name", file, where),
        short=_str(raw, "short", file, where),
        aliases=aliases or (raw["name"],),
        category=_category(raw.get("category"), file, where),
        label=_str(raw, "label", file, where),
        provisions=tuple(_provision(p, raw, file, where) for p in provisions),
        provenance=_str(raw, "provenance", file, where),
        verified=bool(raw.get("verified", True)),
        amends=_strings(raw.get("amends"), file, f"{where} amends"),
        local_aliases=local,
    )


def _phrase(raw: Any, jurisdiction: str | None, file: str, index: int) -> OffencePhrase:
    if not isinstance(raw, dict):
        raise _fail(file, f"phrases[{index}]", "must be a mapping")
    where = f"phrase {raw.get('phrase', index)!r}"
    return OffencePhrase(
        phrase=_str(raw, "phrase", file, where).lower(),
        category=_category(raw.get("category"), file, where),
        label=_str(raw, "label", file, where),
        jurisdiction=jurisdiction,
        provenance=_str(raw, "provenance", file, where, "lexicon.md"),
        verified=bool(raw.get("verified", True)),
        needs_cue=bool(raw.get("needs_cue", True)),
    )


def parse_lexicon(data: Any, file: str) -> Lexicon:
    """Validate one file's parsed YAML and build its :class:`Lexicon`."""
    if not isinstance(data, dict):
        raise _fail(file, "top level", "must be a mapping")
    known = {"jurisdiction", "name", "provenance", "statutes", "phrases", "keyword_groups", "lists"}
    extra = set(data) - known
    if extra:
        raise _fail(file, "top level", f"unknown keys {sorted(extra)}")
    jurisdiction = _str(data, "jurisdiction", file, "top level")
    statutes = data.get("statutes") or []
    phrases = data.get("phrases") or []
    if not isinstance(statutes, list) or not isinstance(phrases, list):
        raise _fail(file, "top level", "'statutes' and 'phrases' must be lists")
    scope = None if jurisdiction == "*" else jurisdiction
    groups = data.get("keyword_groups") or {}
    lists = data.get("lists") or {}
    if not isinstance(groups, dict) or not isinstance(lists, dict):
        raise _fail(file, "top level", "'keyword_groups' and 'lists' must be mappings")
    lex = Lexicon(
        jurisdiction=jurisdiction,
        name=_str(data, "name", file, "top level"),
        file=file,
        statutes=tuple(_statute(s, jurisdiction, file, i) for i, s in enumerate(statutes)),
        phrases=tuple(_phrase(p, scope, file, i) for i, p in enumerate(phrases)),
        keyword_groups={k: _strings(v, file, f"keyword_groups.{k}") for k, v in groups.items()},
        lists={k: _strings(v, file, f"lists.{k}") for k, v in lists.items()},
    )
    ids = [s.id for s in lex.statutes]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise _fail(file, f"statute {sorted(dupes)[0]!r}", "duplicate id")
    return lex


def is_lexicon(data: Any) -> bool:
    """Lexicon files declare a top-level ``jurisdiction``; other extractors' files do not."""
    return isinstance(data, dict) and "jurisdiction" in data


@cache
def load_lexicons() -> tuple[Lexicon, ...]:
    """Every lexicon file shipped in ``caselaw.extractors.data``, sorted by file name.

    Other YAML files in the folder (other extractors' vocabularies) are skipped.
    """
    out = []
    root = resources.files("caselaw.extractors.data")
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if not item.name.endswith((".yaml", ".yml")):
            continue
        try:
            data = yaml.safe_load(item.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise _fail(item.name, "syntax", str(exc)) from exc
        if is_lexicon(data):
            out.append(parse_lexicon(data, item.name))
    seen: dict[str, str] = {}
    for lex in out:
        for st in lex.statutes:
            if st.id in seen:
                raise _fail(lex.file, f"statute {st.id!r}", f"id already used in {seen[st.id]}")
            seen[st.id] = lex.file
    return tuple(out)


@cache
def statutes() -> tuple[StatuteEntry, ...]:
    return tuple(s for lex in load_lexicons() for s in lex.statutes)


@cache
def phrases() -> tuple[OffencePhrase, ...]:
    return tuple(p for lex in load_lexicons() for p in lex.phrases)


@cache
def statute_by_short() -> Mapping[str, tuple[StatuteEntry, ...]]:
    """Statutes grouped by canonical short form (``"R.A. 9208"``), several per form possible."""
    out: dict[str, list[StatuteEntry]] = {}
    for st in statutes():
        out.setdefault(st.short.lower(), []).append(st)
    return {k: tuple(v) for k, v in out.items()}


def word_list(name: str) -> tuple[str, ...]:
    """A named word list (``lists:`` in any file), concatenated over all files."""
    return tuple(w for lex in load_lexicons() for w in lex.lists.get(name, ()))


@cache
def keyword_groups() -> Mapping[str, tuple[str, ...]]:
    """Prefilter keyword groups: the ones files declare plus statute/offence keywords."""
    out: dict[str, set[str]] = {}
    for lex in load_lexicons():
        for name, words in lex.keyword_groups.items():
            out.setdefault(name, set()).update(w.lower() for w in words)
    stat = out.setdefault("charges.statute", set())
    for st in statutes():
        for alias in (*st.aliases, st.short, st.name):
            stat.add(_keyword_of(alias))
    out.setdefault("charges.offence", set()).update(p.phrase for p in phrases())
    return {k: tuple(sorted(v)) for k, v in out.items() if v}


def alias_key(text: str) -> str:
    """Lower-case alnum tokens joined by spaces ("R.A. No. 9208" -> "r a no 9208")."""
    return " ".join(re.findall(r"[a-z0-9§]+", text.lower()))


def _keyword_of(alias: str) -> str:
    """The most distinctive literal token of an alias (a number if it has one).

    Short tokens ("r", "pc", "act") would match inside ordinary words and cost a
    Python call each, so an alias without a long token is used whole.
    """
    tokens = re.findall(r"[A-Za-z]+|\d+", alias)
    numbers = [t for t in tokens if t.isdigit() and len(t) >= 3 and not _YEAR.fullmatch(t)]
    if numbers:
        return max(numbers, key=len).lower()
    words = [t for t in tokens if len(t) >= 4 and t.lower() not in _STOP]
    if words:
        return max(words, key=len).lower()
    return " ".join(alias.lower().split())


_YEAR = re.compile(r"(?:18|19|20)\d\d")
_STOP = {"act", "the", "and", "for", "code", "law", "against", "prevention", "persons"}
