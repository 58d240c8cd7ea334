"""Typed records that flow between caselaw's stages.

portal -> JudgmentRef -> Document (raw bytes, stored once by sha256)
       -> Judgment (clean text + offset map) -> extractors -> Extraction -> storage

Every fact an extractor produces carries ``Evidence``: a character span in the
judgment's clean text (``Judgment.text``), the matched text, and the name and
version of the extractor that found it.  ``OffsetMap`` turns a clean-text offset
back into an offset in the decoded source document.

Enum values are exactly those of the gold-label schema (shared/corpus/SCHEMA.md).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Category(StrEnum):
    TRAFFICKING = "trafficking"
    CORRUPTION = "corruption"
    SMUGGLING = "smuggling"
    ILLEGAL_RECRUITMENT = "illegal_recruitment"
    MONEY_LAUNDERING = "money_laundering"
    SEXUAL_OFFENCE = "sexual_offence"
    DRUGS = "drugs"
    OTHER = "other"


class Outcome(StrEnum):
    """What a judgment leaves standing for one charge of one defendant."""

    CONVICTED = "convicted"
    ACQUITTED = "acquitted"
    DISMISSED = "dismissed"
    OTHER = "other"
    UNKNOWN = "unknown"


class CaseOutcome(StrEnum):
    """A case-level aggregate over all defendants' charges of one category."""

    CONVICTED = "convicted"
    ACQUITTED = "acquitted"
    MIXED = "mixed"
    DISMISSED = "dismissed"
    OTHER = "other"
    NONE = "none"


class CourtLevel(StrEnum):
    SUPREME = "supreme"
    APPELLATE = "appellate"
    TRIAL = "trial"
    OTHER = "other"


class OfficialType(StrEnum):
    POLICE = "police"
    IMMIGRATION = "immigration"
    CUSTOMS = "customs"
    MILITARY = "military"
    JUDICIARY = "judiciary"
    PROSECUTOR = "prosecutor"
    LOCAL_GOVERNMENT = "local_government"
    LABOUR = "labour"
    OTHER_PUBLIC = "other_public"


class Role(StrEnum):
    RECRUITER = "recruiter"
    TRANSPORTER = "transporter"
    HARBOURER = "harbourer"
    EXPLOITER = "exploiter"
    FINANCIER = "financier"
    DOCUMENT_FORGER = "document_forger"
    FACILITATOR_OFFICIAL = "facilitator_official"
    PROTECTOR_OFFICIAL = "protector_official"
    BRIBE_GIVER = "bribe_giver"
    BRIBE_TAKER = "bribe_taker"
    OTHER = "other"


class Proceeding(StrEnum):
    CRIMINAL = "criminal"
    ADMINISTRATIVE = "administrative"
    CIVIL = "civil"
    PUBLIC_LAW = "public-law"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in a judgment's clean text."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact came from: a span of clean text and the extractor that read it."""

    start: int
    end: int
    text: str
    extractor: str
    version: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    @property
    def source(self) -> str:
        return f"{self.extractor}@{self.version}"


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in clean text back to offsets in the decoded source text.

    Stored as anchors: ``clean[i]`` and ``source[i]`` start a run in which both
    texts advance together.  An empty map is the identity (plain text input).
    """

    clean: tuple[int, ...] = ()
    source: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if len(self.clean) != len(self.source):
            raise ValueError("offset map anchors differ in length")

    def to_source(self, offset: int) -> int:
        if not self.clean:
            return offset
        i = bisect.bisect_right(self.clean, offset) - 1
        if i < 0:
            return offset
        return self.source[i] + (offset - self.clean[i])

    def to_json(self) -> list[list[int]]:
        return [list(self.clean), list(self.source)]

    @classmethod
    def from_json(cls, data: Sequence[Sequence[int]] | None) -> OffsetMap:
        if not data:
            return cls()
        clean, source = data
        return cls(tuple(clean), tuple(source))


@dataclass(frozen=True, slots=True)
class JudgmentRef:
    """A portal's pointer to one judgment, as read from a listing or feed."""

    portal: str
    portal_id: str
    url: str
    title: str = ""
    date: dt.date | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Document:
    """Raw bytes of one judgment file as fetched or read, stored once by sha256."""

    sha256: str
    content: bytes = field(repr=False)
    media_type: str
    source_url: str
    fetched_at: dt.datetime

    @classmethod
    def from_bytes(
        cls,
        content: bytes,
        media_type: str,
        source_url: str,
        fetched_at: dt.datetime | None = None,
    ) -> Document:
        return cls(
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
            media_type=media_type,
            source_url=source_url,
            fetched_at=fetched_at or dt.datetime.now(dt.UTC),
        )


@dataclass(frozen=True, slots=True)
class Judgment:
    """One judgment as clean text, ready for the extractors."""

    id: str
    portal: str
    text: str = field(repr=False)
    jurisdiction: str | None = None
    court: str | None = None
    court_level: CourtLevel | None = None
    case_name: str | None = None
    docket: str | None = None
    decision_date: dt.date | None = None
    language: str = "en"
    offsets: OffsetMap = field(default_factory=OffsetMap)
    document_sha256: str | None = None
    source_url: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Defendant:
    index: int
    name: str
    is_official: bool = False
    official_type: OfficialType | None = None
    roles: tuple[Role, ...] = ()
    aliases: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Charge:
    """One offence one defendant faced; ``index`` is unique within the judgment."""

    index: int
    defendant: int | None
    category: Category
    label: str
    statute: str | None = None
    count: str | None = None
    alternative: bool = False
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    """An outcome for one charge, produced by a court at ``court_level``.

    ``standing`` marks the outcome this judgment leaves standing; earlier
    courts' outcomes that the judgment restates have ``standing=False``.
    """

    defendant: int | None
    charge: int
    outcome: Outcome
    court_level: CourtLevel | None = None
    standing: bool = True
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    defendant: int | None
    kind: str  # imprisonment | life | death | fine | suspended | damages | restitution | other
    term_months: float | None = None
    term_max_months: float | None = None
    amount: float | None = None
    currency: str | None = None
    description: str = ""
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class CorruptionSignal:
    """Corruption the text narrates (bribe, protection, forged papers...), charged or not."""

    kind: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Factor:
    """An investigation or evidence factor present (UNODC case digest categories)."""

    name: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseSummary:
    trafficking_charged: bool = False
    corruption_charged: bool = False
    co_charged: bool = False
    official_defendant: bool = False
    corruption_signal: bool = False
    trafficking_outcome: CaseOutcome = CaseOutcome.NONE
    corruption_outcome: CaseOutcome = CaseOutcome.NONE


@dataclass(frozen=True, slots=True)
class JudgmentInfo:
    """Judgment metadata as the extractors read it from the text.

    Used where the portal gave none (plain files); portal metadata wins otherwise.
    """

    jurisdiction: str | None = None
    court: str | None = None
    court_level: CourtLevel | None = None
    decision_date: dt.date | None = None
    case_name: str | None = None
    proceeding: Proceeding | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class StageError:
    """A failure of one stage on one document, recorded instead of aborting a batch."""

    source: str
    stage: str
    kind: str
    message: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractors read out of one judgment."""

    judgment_id: str
    defendants: tuple[Defendant, ...] = ()
    charges: tuple[Charge, ...] = ()
    verdicts: tuple[Verdict, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    signals: tuple[CorruptionSignal, ...] = ()
    factors: tuple[Factor, ...] = ()
    case: CaseSummary = field(default_factory=CaseSummary)
    info: JudgmentInfo = field(default_factory=JudgmentInfo)
    versions: Mapping[str, str] = field(default_factory=dict)
    errors: tuple[StageError, ...] = ()
