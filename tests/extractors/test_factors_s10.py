"""Success factors, s10: what the judgment narrates of its own case, not doctrine.

Synthetic sentences only (no corpus text), across the jurisdictions the cues must cover.
Each case names the factor that must (or must not) be found.
"""

from __future__ import annotations

import pytest

from caselaw.extractors._base import Context
from caselaw.extractors.factors import EXTRACTOR
from caselaw.models import Judgment


def _factors(text: str) -> dict[str, list[str]]:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    EXTRACTOR(ctx)
    out = {}
    for f in ctx.factors:
        for ev in f.evidence:
            assert text[ev.start : ev.end] == ev.text
        out[f.name] = [ev.text for ev in f.evidence]
    return out


PRESENT = [
    # victim testimony: a name, an auxiliary or an adverb between the witness and the verb
    ("Complainant Juan de la Cruz had positively testified that he paid.", "victim_testimony"),
    ("The complainants categorically testified that they were hired as GROs.", "victim_testimony"),
    ("Private complainant further narrated that she was brought to Manila.", "victim_testimony"),
    ("AAA264501 testified that she was fifteen years old at the time.", "victim_testimony"),
    ("AAA and BBB testified that the accused offered them to customers.", "victim_testimony"),
    ("The evidence matches the testimonies of AAA and BBB on every point.", "victim_testimony"),
    ("The case rests on PW-1 Abdul Karim (injured/complainant) and PW-2.", "victim_testimony"),
    ("The victim (PW-4) deposed that the appellant confined her in the house.", "victim_testimony"),
    ("The complainant gave evidence by video link from Lagos.", "victim_testimony"),
    ("The victim gave oral evidence at the trial in Nairobi.", "victim_testimony"),
    # corroboration in other words
    ("This statement was supported by a copy of her birth certificate.", "corroboration"),
    ("Her account was amply confirmed by the medical officer.", "corroboration"),
    ("The physical evidence is consistent with the straightforward testimonies.", "corroboration"),
    ("PW2 and PW3, whose testimonies matched on the essential points.", "corroboration"),
    ("The victim's testimony is corroborated by PW6, an independent witness.", "corroboration"),
    # documents the case relies on
    ("The prosecution offered the certificates of live birth of AAA and BBB.", None),
    ("Their minority was proven by their respective birth certificates.", None),
    ("The accused presented the Time Book and Payroll Sheet of the project.", None),
    ("The officer produced screenshots of the WhatsApp chats with the agent.", None),
    ("The official receipts marked as Exhibits A to E show the payments.", None),
    ("The investigator extracted the mobile phone records of the accused.", None),
    ("The e-mails exchanged between the accused and the recruiter were read.", None),
    ("A non-government organization sheltered the rescued women.", "ngo_involvement"),
    # money trail
    (
        "The balance was deposited to BDO Account No. 598-00 in the name of his mother.",
        "financial_investigation",
    ),
    ("The AMLC obtained a freeze order over the accounts of the syndicate.", None),
    # real forfeiture and confiscation
    ("The shabu is hereby confiscated in favor of the government.", "asset_forfeiture"),
    ("The court made a confiscation order of £250,000 under POCA 2002.", "asset_forfeiture"),
    ("The Double Shah assets were confiscated in favour of the State.", "asset_forfeiture"),
    ("The properties are forfeited in favour of the Federal Government.", "asset_forfeiture"),
    # specialised bodies acting in this case
    ("The Sandiganbayan found the accused guilty as charged.", "specialised_unit"),
    ("The complaint was referred to the NBI, which conducted an entrapment.", "specialised_unit"),
]

DOC_FACTOR = "documentary_digital_evidence"


@pytest.mark.parametrize(("text", "factor"), PRESENT, ids=[t[:40] for t, _ in PRESENT])
def test_present(text: str, factor: str | None) -> None:
    found = _factors(text)
    if factor is None:  # two-factor rows: the document (or money) cue is the point
        assert DOC_FACTOR in found or "financial_investigation" in found, found
        if "AMLC" in text:
            assert "financial_investigation" in found and "asset_forfeiture" in found
    else:
        assert factor in found, found


ABSENT = [
    # negation and doctrine are not corroboration
    ("There was no other corroborating testimony on record.", "corroboration"),
    ("The testimony of PO1 Cruz was not corroborated by his companions.", "corroboration"),
    ("His denial which is not corroborated by any other witness must fail.", "corroboration"),
    ("Corroborative evidence is necessary when there are reasons to doubt.", "corroboration"),
    ("The lone testimony remained uncorroborated throughout.", "corroboration"),
    ("The agency required him to pay the medical examination fee.", "corroboration"),
    # the act of receiving, not a receipt
    ("the recruitment, transportation, transfer, harboring, or receipt of persons", DOC_FACTOR),
    ("or receipts of persons with or without the victim's consent", DOC_FACTOR),
    ("to report within five (5) days from receipt of this Decision.", DOC_FACTOR),
    ("counted from the day of receipt thereof.", DOC_FACTOR),
    ("the revenue officer should immediately on receipt of the memorandum", DOC_FACTOR),
    ("the receipt of an advantage by a public official", DOC_FACTOR),
    # a phone used to signal, transcript headers, hand-down by e-mail
    ("The poseur-buyer gave the signal by calling the team on his mobile phone.", DOC_FACTOR),
    ("She gave him her cellphone number and left.", DOC_FACTOR),
    ("Tel No: 020 7404 1400; Email: rcj@example.org (Official Shorthand Writers)", DOC_FACTOR),
    ("This judgment was handed down by circulation to the parties by e-mail.", DOC_FACTOR),
    ("There was no documentary evidence of the sale of the shares.", DOC_FACTOR),
    ("He failed to put forward sufficient documentary evidence for it.", DOC_FACTOR),
    # disciplinary penalties, bail, seized evidence: not asset forfeiture
    ("DISMISSED from the service with forfeiture of all retirement benefits.", "asset_forfeiture"),
    ("dismissal from service, forfeiture of all or part of the benefits", "asset_forfeiture"),
    ("his retirement benefits, except accrued leave credits, are FORFEITED.", "asset_forfeiture"),
    ("The bail bond was ordered forfeited for his failure to appear.", "asset_forfeiture"),
    ("By absconding he forfeited his right to be present.", "asset_forfeiture"),
    ("The police confiscated the marked money from the accused.", "asset_forfeiture"),
    ("The defendants confiscated the worker's passport on arrival.", "asset_forfeiture"),
    ("The gun allegedly confiscated from him was planted evidence.", "asset_forfeiture"),
    ("The Civil Court decreed forfeiture of the earnest money.", "asset_forfeiture"),
    # a body in a case citation or a closing referral is not this case's
    ("In Precloro vs. Sandiganbayan, the Court restated the rule.", "specialised_unit"),
    ("As held in People v. Sandiganbayan (Fourth Division), the rule is.", "specialised_unit"),
    ("Office of the Ombudsman v. Court of Appeals settles the point.", "specialised_unit"),
    ("Let copies be furnished the Office of the Ombudsman for investigation.", "specialised_unit"),
    ("The matter is hereby referred to the NBI for appropriate action.", "specialised_unit"),
    # negated or absent techniques
    ("There was no prior surveillance before the operation.", "special_investigative_techniques"),
]


@pytest.mark.parametrize(("text", "factor"), ABSENT, ids=[t[:40] for t, _ in ABSENT])
def test_absent(text: str, factor: str) -> None:
    assert factor not in _factors(text)


def test_a_vetoed_hit_does_not_hide_a_later_one() -> None:
    text = (
        "There was no corroborating witness at first. Later the nurse's account "
        "was corroborated by the medical certificate."
    )
    assert _factors(text)["corroboration"][0] == "corroborated"


def test_citation_veto_keeps_the_narrated_body() -> None:
    text = (
        "JUAN CRUZ, PETITIONER, VS. THE SANDIGANBAYAN, RESPONDENT. "
        "The Office of the Ombudsman filed the information before the Sandiganbayan."
    )
    assert _factors(text)["specialised_unit"] == ["Ombudsman", "Sandiganbayan"]
