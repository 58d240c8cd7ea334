"""A small DB of known facts, written through the library (Store.put_judgment/put_extraction).

Hand count of ``SPECS`` (the ``nexus_store`` fixture) (T = trafficking charged):

  id       portal juris level     year T corruption charged   official signal T outcome
  ph:1     phsc   PH    supreme   2019 y y, convicted          police   y      convicted
  ph:2     phsc   PH    supreme   2019 y n                     police   y      convicted
  ph:3     phsc   PH    supreme   2020 y n                     -        n      acquitted
  ph:4     phsc   PH    trial     2020 y y, acquitted          immigr.  y      convicted
  ph:5     phsc   PH    supreme   2021 y n                     -        y      mixed
  ph:6     phsc   PH    supreme   2019 (scanned, never extracted)
  ke:1     kenya  KE    appellate 2019 y n                     -        n      convicted
  ke:2     kenya  KE    appellate 2020 y n                     police   n      other (bail)
  ke:3     kenya  KE    trial     2021 y y, dismissed          local    y      dismissed
  ke:4     kenya  KE    trial     2021 n y, convicted (graft)  other    y      -
  ke:5     kenya  KE    appellate 2020 n n (drugs case)        -        n      -
  local:a  local  GB*   trial     -    y n                     -        n      convicted
  (* jurisdiction read from the text by the extractors; the portal gave none)

  scanned 12, extracted 11, trafficking cases 9
  co-charged: ph:1 ph:4 ke:3 -> 3/9; official: ph:1 ph:2 ph:4 ke:2 ke:3 -> 5/9
  uncharged corruption (signal, no corruption charge): ph:2 ph:5 -> 2/9
  corruption attrition: decided ph:1 ph:4 ke:3, convicted ph:1 -> 1/3
  T conviction rate, official: decided ph:1 ph:2 ph:4 ke:3 (ke:2 is 'other') -> 3/4
  T conviction rate, no official: decided ph:3 ph:5 ke:1 local:a -> 3/4 (ph:5 mixed counts)
  T convictions: ph:1 ph:2 ph:4 ph:5 ke:1 local:a = 6; both T and corruption: ph:1 -> 1/6
  nexus (official or signal or corruption charged): ph:1 ph:2 ph:4 ph:5 ke:2 ke:3 = 6
  by jurisdiction, co-charged: PH 2/5 (scanned 6, extracted 5, matched 5), KE 1/3 (5, 5, 3),
  GB 0/1 (1, 1, 1)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from caselaw.models import (
    CaseOutcome,
    CaseSummary,
    Category,
    Charge,
    CorruptionSignal,
    CourtLevel,
    Defendant,
    Evidence,
    Extraction,
    Factor,
    Judgment,
    JudgmentInfo,
    OfficialType,
    Outcome,
    Role,
    Verdict,
)
from caselaw.storage import Store

VERSIONS = {"charges": "1.0", "signals": "0.3"}


@dataclass(frozen=True)
class Spec:
    jid: str
    portal: str
    jurisdiction: str | None
    level: CourtLevel
    year: int | None
    traff: CaseOutcome = CaseOutcome.NONE  # NONE = not charged
    corr: CaseOutcome = CaseOutcome.NONE
    official: OfficialType | None = None
    signal: bool = False
    factors: tuple[str, ...] = ()
    text: str = "Judgment text."
    case_name: str = ""
    info_jurisdiction: str | None = None
    extracted: bool = True
    roles: tuple[Role, ...] = field(default=())
    signal_quote: str = "paid the police"
    factor_quotes: tuple[str, ...] = ()  # evidence per factor, default: the factor's name


def ev(text: str, doc: str, extractor: str = "test") -> tuple[Evidence, ...]:
    start = max(doc.find(text), 0)
    return (Evidence(start, start + len(text), text, extractor, "1.0"),)


_OUTCOME = {
    CaseOutcome.CONVICTED: Outcome.CONVICTED,
    CaseOutcome.MIXED: Outcome.CONVICTED,
    CaseOutcome.ACQUITTED: Outcome.ACQUITTED,
    CaseOutcome.DISMISSED: Outcome.DISMISSED,
    CaseOutcome.OTHER: Outcome.OTHER,
}


def put(store: Store, s: Spec) -> None:
    date = dt.date(s.year, 6, 1) if s.year else None
    judgment = Judgment(
        id=s.jid,
        portal=s.portal,
        text=s.text,
        jurisdiction=s.jurisdiction,
        court=f"{s.jurisdiction or 'Local'} {s.level} court",
        court_level=s.level,
        case_name=s.case_name or f"People v. Accused {s.jid}",
        decision_date=date,
        source_url=f"https://example.org/{s.jid}",
    )
    store.put_judgment(judgment)
    if not s.extracted:
        return
    defendants = [
        Defendant(
            0,
            "Juan Cruz",
            is_official=s.official is not None,
            official_type=s.official,
            roles=s.roles,
            evidence=ev("Juan Cruz", s.text),
        )
    ]
    charges, verdicts = [], []
    for index, (category, outcome) in enumerate(
        ((Category.TRAFFICKING, s.traff), (Category.CORRUPTION, s.corr))
    ):
        if outcome is CaseOutcome.NONE:
            continue
        label = f"{category} offence"
        charges.append(Charge(index, 0, category, label, evidence=ev(label, s.text)))
        verdicts.append(Verdict(0, index, _OUTCOME[outcome], s.level))
    if s.traff is CaseOutcome.MIXED:  # a co-accused acquitted
        defendants.append(Defendant(1, "Pedro Penduko"))
        charges.append(Charge(2, 1, Category.TRAFFICKING, "trafficking offence"))
        verdicts.append(Verdict(1, 2, Outcome.ACQUITTED, s.level))
    signals = (CorruptionSignal("bribe", ev(s.signal_quote, s.text)),) if s.signal else ()
    quotes = s.factor_quotes or s.factors
    traff, corr = s.traff is not CaseOutcome.NONE, s.corr is not CaseOutcome.NONE
    store.put_extraction(
        Extraction(
            judgment_id=s.jid,
            defendants=tuple(defendants),
            charges=tuple(charges),
            verdicts=tuple(verdicts),
            signals=signals,
            factors=tuple(Factor(f, ev(q, s.text)) for f, q in zip(s.factors, quotes, strict=True)),
            case=CaseSummary(
                trafficking_charged=traff,
                corruption_charged=corr,
                co_charged=traff and corr,
                official_defendant=s.official is not None,
                corruption_signal=s.signal,
                trafficking_outcome=s.traff,
                corruption_outcome=s.corr,
            ),
            info=JudgmentInfo(jurisdiction=s.info_jurisdiction, court_level=s.level),
            versions=VERSIONS,
        )
    )


C, A, D, M, OTH = (
    CaseOutcome.CONVICTED,
    CaseOutcome.ACQUITTED,
    CaseOutcome.DISMISSED,
    CaseOutcome.MIXED,
    CaseOutcome.OTHER,
)
SUP, APP, TRI = CourtLevel.SUPREME, CourtLevel.APPELLATE, CourtLevel.TRIAL
POLICE = OfficialType.POLICE

PH1_TEXT = (
    "The victim, Maria Santos, was recruited by PO2 Juan Cruz. Santos testified that she "
    "paid the police so Cruz would not be arrested. MARIA SANTOS was rescued in an "
    "entrapment operation; bank records showed the payments. Juan Cruz was found guilty."
)

SPECS = (
    Spec("ph:1", "phsc", "PH", SUP, 2019, C, C, POLICE, True,
         ("undercover_entrapment", "financial_investigation"), PH1_TEXT,
         roles=(Role.PROTECTOR_OFFICIAL, Role.BRIBE_TAKER),
         signal_quote="Santos testified that she paid the police",
         factor_quotes=("MARIA SANTOS was rescued in an entrapment operation",
                        "bank records showed the payments")),
    Spec("ph:2", "phsc", "PH", SUP, 2019, C, official=POLICE, signal=True,
         factors=("victim_testimony",),
         text="The minor Ana Reyes said she paid the police. AAA and the victim BBB agreed.",
         case_name="People v. Cruz (for Ana Reyes)"),
    Spec("ph:3", "phsc", "PH", SUP, 2020, A, factors=("victim_testimony",)),
    Spec("ph:4", "phsc", "PH", TRI, 2020, C, A, OfficialType.IMMIGRATION, True,
         ("wiretap_interception",)),
    Spec("ph:5", "phsc", "PH", SUP, 2021, M, signal=True, factors=("victim_testimony",)),
    Spec("ph:6", "phsc", "PH", SUP, 2019, extracted=False),
    Spec("ke:1", "kenya", "KE", APP, 2019, C),
    Spec("ke:2", "kenya", "KE", APP, 2020, OTH, official=POLICE),
    Spec("ke:3", "kenya", "KE", TRI, 2021, D, D, OfficialType.LOCAL_GOVERNMENT, True),
    Spec("ke:4", "kenya", "KE", TRI, 2021, corr=C, official=OfficialType.OTHER_PUBLIC,
         signal=True),
    Spec("ke:5", "kenya", "KE", APP, 2020),
    Spec("local:a", "local", None, TRI, None, C, info_jurisdiction="GB"),
)  # fmt: skip


def fill(store: Store, specs: tuple[Spec, ...]) -> Store:
    for spec in specs:
        put(store, spec)
    return store


def factor_specs() -> tuple[Spec, ...]:
    """12 nexus cases: 5 corruption-charged, 7 not.

    undercover_entrapment: charged 4/5, not charged 1/7  -> [[4, 1], [1, 6]]
        OR = (4*6)/(1*1) = 24; Fisher two-sided p = (35 + 1 + 21)/792 = 0.0719697
    wiretap_interception: charged 0/5, not charged 3/7   -> [[0, 5], [3, 4]]
        Haldane-Anscombe OR = (0.5*4.5)/(5.5*3.5) = 0.116883
    """
    specs = []
    for i in range(5):
        f = ("undercover_entrapment",) if i < 4 else ()
        specs.append(Spec(f"f:c{i}", "phsc", "PH", SUP, 2020, C, C, POLICE, True, f))
    for i in range(7):
        f = ("undercover_entrapment",) if i == 0 else ()
        f += ("wiretap_interception",) if 1 <= i <= 3 else ()
        specs.append(Spec(f"f:n{i}", "phsc", "PH", SUP, 2020, C, official=POLICE, factors=f))
    return tuple(specs)
