"""Victims' names and initials never leave the DB: find them by rule, replace them consistently.

Detection (``find_victims``) is rule-based: a name written right after a victim
cue ("the victim, Maria Santos", "private complainant Ana Cruz", "minors Ana Cruz
and Bea Reyes", "the child J.D.") or right before one ("Maria Santos, the
victim", "Ana Cruz (a minor)").  Names are Title-case or ALL-CAPS words (with
particles such as *de la*, *bin*) or initials.  Courts' own placeholders (AAA,
BBB, XXX, AAA258133, a lone letter as in "Child A") are already pseudonyms and
are left alone, and so are the judgment's defendants.

Replacement (``Pseudonymiser.redact``) swaps every occurrence of a detected name
in a text of that judgment, including its single words (e.g. "Santos" once
"Maria Santos" is known), for ``Victim-XXXXXXXX``: the first 8 hex digits of an
HMAC-SHA256 of the normalised name.  The same name gets the same pseudonym in
every table and every judgment of a DB.

The HMAC key must stay secret: a key derived from public data (such as the
judgment ids) or printed in the dataset card would let anyone hash a list of
likely names and re-identify victims.  The key is, in order: the ``key``
argument, ``$CASELAW_PSEUDONYM_KEY``, or a random key kept in a file beside the
DB (``<db>.pseudonym-key``, mode 600, created on first use).  A memory DB gets a
random key per process.  Keep the key file with the DB and never publish it.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import re
import secrets
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from caselaw.datasets import tables
from caselaw.storage import MEMORY, Store

KEY_ENV = "CASELAW_PSEUDONYM_KEY"
KEY_SUFFIX = ".pseudonym-key"
PREFIX = "Victim-"

_CUE = (
    r"(?:private\s+)?complainants?|(?:child\s+|minor\s+)?victims?|minors?|the\s+child"
    r"|survivors?|offended\s+part(?:y|ies)|trafficked\s+persons?"
)
_WORD = r"(?:[A-Z][a-zà-ÿ'’\-]+|[A-Z]{2,}[0-9]*|[A-Z]\.(?:\s?[A-Z]\.){0,2})"
_PARTICLE = r"(?:de\s+la|de|del|dela|delos|van|von|bin|binti|da|dos|y)"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}}"
_AFTER = re.compile(
    rf"\b(?i:{_CUE})(?:\s*,\s*|\s+named\s+|\s+one\s+|\s*\(\s*|\s+-\s+|[ \t]+)"
    rf"(?P<names>{_NAME}(?:(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})?)"
)
_BEFORE = re.compile(
    rf"(?P<names>{_NAME})\s*(?:,|\()\s*(?i:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?i:{_CUE})\b"
)
_RANK = re.compile(r"S?PO[1-4]|P/?Insp\.?|PSI|PCI|SPO|Sgt\.?|Cpl\.?|Insp\.?")
_SPLIT = re.compile(r"\s*,\s*|,?\s+and\s+")
_PLACEHOLDER = re.compile(r"^(?:([A-Z])\1{2,}[0-9]*|[A-Z]{3}[0-9]+|[A-Z])$")
_STOP_WORDS = (  # capitalised words that are not names
    """the a an this that these those he she they it his her their him them we i you
    in on at of for by to from with and or but as was were is are be been had has have
    court accused appellant appellants respondent respondents accused-appellant people
    state republic philippines government prosecution defence defense police officer
    judge justice honorable hon mr mrs ms miss dr atty sir madam section act article
    rule count counts case cases crown regina rex united kingdom kenya pakistan witness
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday also who whom which when
    then there here however after before during since while where said both all one two
    three four five six seven eight nine ten rtc ca sc ra pw cw dw mother father vs versus
    apparently besides corollary moreover furthermore further thus hence indeed notably
    accordingly consequently likewise similarly instead meanwhile finally clearly evidently
    nonetheless nevertheless therefore therefor providing prescribing penalties purposes other
    protection php rs engr aero presiding inspector barangay captain municipal city province
    regional trial private complainant victim minor child its"""
)
_STOP = frozenset(_STOP_WORDS.split())


def normalise(name: str) -> str:
    """Case-, accent- and spacing-insensitive key; initials lose their dots."""
    text = unicodedata.normalize("NFKC", name).casefold()
    if re.fullmatch(r"(?:[^\W\d_]\.?\s?){1,3}", text.strip()):
        return re.sub(r"[.\s]", "", text)
    return " ".join(text.replace("’", "'").split())


def _clean_name(raw: str) -> str | None:
    words = raw.split()
    keep: list[str] = []
    for word in words:
        if word.strip(".").casefold() in _STOP or _RANK.fullmatch(word):
            if keep:
                break
            continue  # leading "Appellant", "PO2": the name starts after it
        keep.append(word)
    while keep and re.fullmatch(_PARTICLE, keep[-1]):
        keep.pop()
    if not keep:
        return None
    name = " ".join(keep)
    initials = re.fullmatch(r"(?:[A-Z]\.\s?){1,3}", name)
    if not initials and all(_PLACEHOLDER.match(w) for w in keep):
        return None
    return name


def find_victims(text: str, exclude: Iterable[str] = ()) -> list[str]:
    """Victims' names (as written) found by rule in ``text``, minus ``exclude`` (defendants)."""
    excluded = {normalise(e) for e in exclude if e}
    excluded_words = {w for e in excluded for w in e.split()}
    found: dict[str, str] = {}
    for pattern in (_AFTER, _BEFORE):
        for match in pattern.finditer(text):
            for raw in _SPLIT.split(match.group("names")):
                name = _clean_name(raw.strip(" ,("))
                if name is None:
                    continue
                key = normalise(name)
                if key in excluded or set(key.split()) <= excluded_words:
                    continue
                found.setdefault(key, name)
    return list(found.values())


@dataclass(frozen=True, slots=True)
class Pseudonymiser:
    """Replaces detected victims' names per judgment; ``victims`` maps id -> surface -> alias."""

    key: bytes
    victims: Mapping[str, Mapping[str, str]]

    def pseudonym(self, name: str) -> str:
        digest = hmac.new(self.key, normalise(name).encode("utf-8"), hashlib.sha256)
        return PREFIX + digest.hexdigest()[:8].upper()

    @property
    def count(self) -> int:
        """Distinct pseudonyms in use."""
        return len({alias for names in self.victims.values() for alias in names.values()})

    def redact(self, judgment_id: str, text: str | None) -> str:
        if not text:
            return text or ""
        names = self.victims.get(judgment_id)
        if not names:
            return text
        pattern = _pattern(tuple(sorted(names, key=len, reverse=True)))
        return pattern.sub(lambda m: names[m.group(0)], text)

    def redact_evidence(self, judgment_id: str, evidence_json: str | None) -> str:
        """Redact the ``text`` of each span in an ``evidence`` JSON column."""
        spans = json.loads(evidence_json or "[]")
        for span in spans:
            span["text"] = self.redact(judgment_id, span.get("text"))
        return json.dumps(spans, ensure_ascii=False)

    @classmethod
    def build(
        cls, key: bytes, texts: Iterable[tuple[str, str]], defendants: Mapping[str, list[str]]
    ) -> Pseudonymiser:
        """Detect victims in each (judgment id, text) and map every surface form to an alias."""
        shell = cls(key, {})
        victims: dict[str, dict[str, str]] = {}
        for jid, text in texts:
            names = find_victims(text, defendants.get(jid, ()))
            if names:
                victims[jid] = _surfaces(shell, names, defendants.get(jid, ()))
        return cls(key, victims)

    @classmethod
    def from_store(cls, store: Store, key: bytes | None = None) -> Pseudonymiser:
        defendants: dict[str, list[str]] = {}
        frame = tables.facts(store, "defendants")
        for jid, name, aliases in zip(frame.judgment_id, frame.name, frame.aliases, strict=True):
            defendants.setdefault(jid, []).extend([name or "", *json.loads(aliases or "[]")])
        return cls.build(key or resolve_key(store), tables.iter_texts(store), defendants)


def _surfaces(shell: Pseudonymiser, names: list[str], defendants: Iterable[str]) -> dict[str, str]:
    """Full names, their upper-case forms and their single words (not defendants') -> alias."""
    taken = {w for d in defendants for w in normalise(d).split()}
    out: dict[str, str] = {}
    for name in names:
        alias = shell.pseudonym(name)
        out.setdefault(name, alias)
        out.setdefault(name.upper(), alias)
        for word in name.split():
            plain = word.strip(".")
            if len(plain) >= 3 and plain.casefold() not in _STOP | taken and plain.isalpha():
                out.setdefault(word, alias)
                out.setdefault(word.upper(), alias)
    return out


@functools.lru_cache(maxsize=512)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])")


def resolve_key(store: Store, key: bytes | None = None) -> bytes:
    """The secret HMAC key: argument, environment, or the key file beside the DB."""
    if key:
        return key
    if os.environ.get(KEY_ENV):
        return os.environ[KEY_ENV].encode("utf-8")
    if store.path == MEMORY:
        return _PROCESS_KEY
    path = Path(store.path + KEY_SUFFIX)
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    return path.read_text(encoding="utf-8").strip().encode("utf-8")


_PROCESS_KEY = secrets.token_bytes(32)
