"""Rules of the s12 fresh2-other round (synthetic judgments, no corpus or fresh-set text).

* a conviction set aside by an order that sends the case to be tried again (a fresh trial,
  a retrial, a remittal to hear the appeal on its merits) leaves the charge pending
  (``other``), not acquitted, even when a PDF's line break splits the order's sentence;
* Sri Lanka's foreign-employment statute (SLBFE Act No. 21 of 1985) is a recruitment
  statute (``illegal_recruitment``) and s.45C of the Immigrants and Emigrants Act
  (organising persons to leave Sri Lanka unlawfully) is migrant smuggling;
* "charged before the ... court under" and "for violating" are charging contexts;
* a capacity word after a name in a caption ("X Licensee, Y Agency") is no part of the name;
* an offence named as a provision's predecessor or successor (legislative history) is no
  charge.
"""

from __future__ import annotations

from caselaw.extractors import extract
from caselaw.extractors.capacity_tail import cut_capacity
from caselaw.extractors.charges import find_charges
from caselaw.extractors.general_part import general_part_only
from caselaw.extractors.retrial_order import retrial_ordered
from caselaw.extractors.statute_history import in_history
from caselaw.models import Extraction, Judgment


def _run(text: str, jurisdiction: str | None = None) -> Extraction:
    return extract(Judgment(id="t", portal="test", text=text, jurisdiction=jurisdiction))


def _standing(x: Extraction) -> dict[str, set[str]]:
    """Defendant name -> the outcomes standing on their charges."""
    names = {d.index: d.name for d in x.defendants}
    owner = {c.index: c.defendant for c in x.charges}
    out: dict[str, set[str]] = {}
    for v in x.verdicts:
        if v.standing:
            out.setdefault(names[owner[v.charge]], set()).add(v.outcome.value)
    return out


_LK_BRIBERY = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "CA/HCC/0099/2020\n\nDirector General, Commission to Investigate Allegations of Bribery"
    " or Corruption\n\nComplainant\n\nVs.\n\nNimal Bandara Perera\n\nAccused-Appellant\n\n"
    "JUDGMENT\n\nThe accused-appellant, a public servant, was indicted before the High Court of"
    " Colombo under section 19(b) of the Bribery Act for soliciting a gratification of Rs."
    " 5,000. After trial he was convicted and sentenced to five years rigorous imprisonment."
    "\n\nThe learned trial judge questioned the witness in a manner prejudicial to the accused."
    "\n\n"
)


def test_set_aside_with_fresh_trial_is_pending() -> None:
    text = _LK_BRIBERY + (
        "Accordingly, I hereby set aside the conviction and sentence imposed by the learned"
        " High\n\nCourt Judge on the accused and order a fresh trial.\n\nAppeal allowed.\n"
    )
    assert _standing(_run(text)) == {"Nimal Bandara Perera": {"other"}}


def test_set_aside_without_retrial_still_acquits() -> None:
    text = _LK_BRIBERY + (
        "Accordingly, I hereby set aside the conviction and sentence imposed by the learned"
        " High Court Judge on the accused.\n\nAppeal allowed.\n"
    )
    assert _standing(_run(text)) == {"Nimal Bandara Perera": {"acquitted"}}


def test_remittal_to_hear_the_appeal_is_pending() -> None:
    text = _LK_BRIBERY + (
        "Accordingly, I set aside the order made by the learned High Court Judge on 28th\n\n"
        "July, 2014 and direct the learned High Court Judge to entertain the appeal of the"
        " accused and to consider the same on its merits.\n"
    )
    assert _standing(_run(text)) == {"Nimal Bandara Perera": {"other"}}


def orders_retrial(sentence: str) -> bool:
    return retrial_ordered(sentence, 0, len(sentence))


def test_retrial_words() -> None:
    assert orders_retrial("The conviction is quashed and a retrial is ordered.")
    assert orders_retrial("We set aside the conviction and remit the case for a new trial.")
    assert orders_retrial("The case is remanded for trial de novo.")
    assert not orders_retrial("We do not order a retrial; the conviction is quashed.")
    assert not orders_retrial("The appellant is acquitted and no fresh trial is ordered.")
    assert not orders_retrial("The trial judge erred in law.")
    text = (
        "Judgment\n\nWe quash the conviction. Having considered it, we decline to order a retrial."
    )
    assert not retrial_ordered(text, 0, len(text))


def test_slbfe_act_is_recruitment_and_charged_before_court_is_a_cue() -> None:
    text = (
        "The accused was charged before the magistrate's court under Sections 64 (a) of the\n\n"
        "Sri Lanka Bureau of Foreign Employment Act No.21 of 1985, as amended. He demanded money"
        " for securing employment in Cyprus.\n"
    )
    assert [(m.category.value, m.statute) for m in find_charges(text, "LK")] == [
        ("illegal_recruitment", "SLBFE Act (LK) s.64(a)")
    ]


def test_for_violating_is_a_charging_context() -> None:
    text = (
        "Case No. 77/16 was filed by the Bureau against the licensee for violating Section 44"
        " and Section 65 of the Foreign Employment Bureau Act No.21 of 1985.\n"
    )
    cats = {m.category.value for m in find_charges(text, "LK")}
    assert cats == {"illegal_recruitment"}


def test_section_45c_immigrants_and_emigrants_act_is_smuggling() -> None:
    text = (
        "The suspect was produced on a B report alleging that he has committed an offence"
        " punishable under section 45C of the Immigrants and Emigrants Act.\n"
    )
    assert {m.category.value for m in find_charges(text, "LK")} == {"smuggling"}
    other = (
        "The suspect was charged under section 45 of the Immigrants and Emigrants Act for"
        " overstaying.\n"
    )
    assert {m.category.value for m in find_charges(other, "LK")} == {"other"}


def test_capacity_after_a_name() -> None:
    assert cut_capacity("Kamal Perera Licensee", "Kamal Perera Licensee") == (
        "Kamal Perera",
        "Kamal Perera",
    )
    assert cut_capacity("Saman Silva Proprietor", " Saman Silva Proprietor") == (
        "Saman Silva",
        " Saman Silva",
    )
    assert cut_capacity("Licensee", "Licensee") == ("Licensee", "Licensee")
    assert cut_capacity("Nimal Perera", "Nimal Perera") == ("Nimal Perera", "Nimal Perera")


def test_licensee_caption_name() -> None:
    text = (
        "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
        "Sri Lanka Foreign Employment Bureau\n\nComplainant\n\nVs.\n\n"
        "Kamal Nishantha Perera Licensee,\n\nLanka Employment International (Pvt) Ltd,\n\n"
        "No.06, Galle Road, Colombo 03.\n\nAccused-Appellant\n\nORDER\n\nThe accused was"
        " convicted by the Magistrate for violating Section 44 of the Foreign Employment"
        " Bureau Act No.21 of 1985. The appeal is dismissed.\n"
    )
    names = [d.name for d in _run(text, "LK").defendants]
    assert "Kamal Nishantha Perera" in names
    assert not any("Licensee" in n for n in names)


def test_legislative_history_offence_is_no_charge() -> None:
    text = (
        "The appellant pleaded guilty to procuring women for prostitution. For the offence of"
        " trafficking in women and girls under s 129 of the 1961 Ordinance (the successor of"
        " s 5 of the 1955 Ordinance and predecessor of s 141 of the Act), similar amendments"
        " were made.\n"
    )
    assert "trafficking" not in {m.category.value for m in find_charges(text, "SG")}
    assert in_history(text, text.index("trafficking in women"), len(text))
    charged = "The accused was charged with trafficking in persons under section 3 of the Act.\n"
    assert not in_history(charged, charged.index("trafficking"), len(charged))


_SG_PRIVATE_AGENT = (
    "Public Prosecutor v Tan Ah Kow\n\nTribunal/Court : High Court\n\nParties : Public"
    " Prosecutor — Tan Ah Kow\n\n1 This was an appeal brought by the Public Prosecutor"
    " against the sentence imposed on the respondent for two charges of corruption under s"
    " 6(a) of the Prevention of Corruption Act (Cap 241).\n\n2 The Respondent was a 40"
    " year-old Singaporean. He was employed by Harbour Survey Services Pte Ltd as a marine"
    " surveyor. He corruptly obtained US$2,000 from a ship master to omit defects from his"
    " inspection report.\n\n3 I allowed the Prosecution's appeal and enhanced the sentence.\n"
)


def test_agent_employed_by_a_company_in_the_facts_is_private() -> None:
    x = _run(_SG_PRIVATE_AGENT, "SG")
    assert [d.is_official for d in x.defendants] == [False]
    public = _SG_PRIVATE_AGENT.replace(
        "Harbour Survey Services Pte Ltd", "the Land Transport Authority"
    )
    assert [d.is_official for d in _run(public, "SG").defendants] == [True]


def test_general_part_provision_is_no_offence() -> None:
    assert general_part_only("Penal Code s.34")
    assert general_part_only("PPC s.109")
    assert not general_part_only("Penal Code s.161")
    assert not general_part_only("PCA (SG) s.6(b)")
    assert not general_part_only(None)
    text = (
        "Public Prosecutor v Lim Boon Huat\n\nTribunal/Court : High Court\n\nParties : Public"
        " Prosecutor — Lim Boon Huat\n\n1 The respondent operated a food"
        " supply business. He was charged with 12 counts of corrupt gratification of an agent"
        " in furtherance of a common intention with Tan in contravention of s 6(b) of the"
        " Prevention of Corruption Act (Cap 241, 1993 Rev Ed) read with s 34 of the Penal Code"
        " (Cap 224, 2008 Rev Ed). He paid the manager of a restaurant one-third of his profits."
        "\n\n2 I allowed the Prosecution's appeal and enhanced the sentence.\n"
    )
    assert [d.is_official for d in _run(text, "SG").defendants] == [False]
