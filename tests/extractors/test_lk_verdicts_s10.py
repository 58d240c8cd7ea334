"""Sri Lankan Court of Appeal layouts and their kin elsewhere (synthetic judgments).

* a numbered co-accused the appeal court says "was acquitted" below keeps the acquittal;
* "Application dismissed." on the accused's revision of an order on their preliminary
  objections leaves the charge pending (``other``);
* an official's pending graft charge whose act the text never tells is no signal;
* the decision date is the latest of the header's hearing-date block, wherever the PDF puts
  the dates; an event's date ("on or about") is no decision date;
* a first-instance court hearing a Magistrate's or Criminal Appeal is an appeal court.
"""

from __future__ import annotations

import datetime as dt

import pytest
from verdict_helpers import standing_by_defendant

from caselaw.extractors import extract
from caselaw.extractors.verdict_cues import classify
from caselaw.models import CourtLevel, Extraction, Judgment


def _run(text: str) -> Extraction:
    return extract(Judgment(id="t", portal="test", text=text))


# -- a numbered co-accused acquitted below ----------------------------------------------

_LK_CAPTION = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "The Director General\nCommission to Investigate Allegations of Bribery or Corruption\n"
    "Complainant\n\nVs.\n\n1. Kamal Perera\n\n2. Sunil Fernando\n\nAccused\n\n"
    "AND NOW BETWEEN\n\nKamal Perera\n\nAccused-Appellant\n\n"
)
_LK_COUNTS = (
    "The appellant, a Grama Niladhari, was indicted on two counts: soliciting a gratification"
    " of Rs. 5,000, an offence punishable under section 19(b) of the Bribery Act, and"
    " accepting it, punishable under section 19(c) of the Bribery Act. The third count was"
    " against the 2nd accused for aiding and abetting the appellant to commit the offence"
    " under section 19(c) of the Bribery Act.\n\n"
)


@pytest.mark.parametrize(
    "narration",
    [
        # Sri Lanka: the appeal court narrates the trial in two sentences
        "After the trial, the appellant was found guilty on both counts and the learned Judge"
        " of the High Court of Colombo imposed the following sentence on him by his judgment"
        " dated 05/12/2017. The 2nd Accused was acquitted from the case.",
        # the subject after a contrast, "indicted" between it and the verb
        "After trial, the learned High Court Judge found the appellant guilty of both counts,"
        " while the 2nd accused, indicted was acquitted of the 3rd count, as there was no"
        " evidence against the 2nd accused.",
        # the judge's act, a Sri Lankan High Court Judge (no trial-court name the lexicon
        # knows: the trial is in the lines before)
        "After the trial, the appellant was convicted on both counts. The learned High Court"
        " Judge who presided over the case then, has acquitted\n\nthe 2nd accused indicted,"
        " without calling him for a defence.",
        # India / Kenya wording: "the second accused had been acquitted by the trial court"
        "At the trial the appellant was convicted on both counts. The second accused had been"
        " acquitted by the trial court.",
    ],
)
def test_a_numbered_co_accused_acquitted_below_keeps_the_acquittal(narration: str) -> None:
    text = (
        f"{_LK_CAPTION}JUDGMENT\n\n{_LK_COUNTS}{narration}\n\n"
        "The appellant appeals against the conviction and sentence.\n\n"
        "FOR THESE REASONS, the conviction and sentence are affirmed. The appeal is"
        " dismissed.\n"
    )
    got = standing_by_defendant(_run(text))
    assert got.get("Kamal Perera") == {"convicted"}
    assert got.get("Sunil Fernando") == {"acquitted"}


@pytest.mark.parametrize(
    "narration",
    [
        # the acquittal of some counts followed by a conviction on others is no acquittal
        "After trial, the 2nd accused was acquitted of the 3rd count but convicted of"
        " abetment on the 2nd count by the learned High Court Judge.",
        # a precedent's accused, no trial of this case around: "was acquitted" of someone else
        "It was held that where the 2nd accused was acquitted the conspiracy count fails.",
        # negated
        "The 2nd accused was not acquitted by the learned High Court Judge.",
        # an active acquittal whose actor is no court
        "After trial, the witnesses said that they acquitted the 2nd accused of any blame.",
    ],
)
def test_no_acquittal_of_the_numbered_co_accused_is_read(narration: str) -> None:
    text = (
        f"{_LK_CAPTION}JUDGMENT\n\n{_LK_COUNTS}{narration}\n\n"
        "FOR THESE REASONS, the conviction and sentence are affirmed. The appeal is"
        " dismissed.\n"
    )
    got = standing_by_defendant(_run(text))
    assert "acquitted" not in got.get("Sunil Fernando", set())


def test_a_captions_accused_number_after_the_name_also_counts() -> None:
    # South African / Kenyan captions print the number after the name
    text = (
        "IN THE HIGH COURT OF KENYA AT NAIROBI\nCRIMINAL APPEAL NO. 12 OF 2019\n\n"
        "JOHN KAMAU ........ Accused 1\n\nPETER OTIENO ........ Accused 2\n\nversus\n\n"
        "REPUBLIC ........ Respondent\n\nJUDGMENT\n\n"
        "The appellants were charged with corruptly soliciting a benefit of Kshs 5,000"
        " contrary to section 39(3)(a) of the Anti-Corruption and Economic Crimes Act.\n\n"
        "At the trial before the Chief Magistrate, Accused 1 was convicted. Accused No. 2 was"
        " acquitted after the trial.\n\n"
        "The appeal of Accused 1 against the conviction is dismissed.\n"
    )
    got = standing_by_defendant(_run(text))
    assert got.get("PETER OTIENO", got.get("Peter Otieno")) == {"acquitted"}


# -- a revision of an order on the accused's preliminary objections ----------------------

_REVISION = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "The Director General\nCommission to Investigate Allegations of Bribery or Corruption\n"
    "Complainant-Respondent\n\nVs.\n\n1. Kamal Perera\n\n2. Sunil Fernando\n\n"
    "Accused-Petitioners\n\nORDER\n\n"
    "This is an application in revision to set aside the order of the learned High Court"
    " Judge of Colombo, who dismissed the preliminary\n\nobjections of the 1st accused-"
    "petitioner and the 2nd accused-petitioner by the order delivered on 21.02.2022. The"
    " petitioners were indicted for soliciting a gratification of Rs. 150,000, offences"
    " punishable under section 19(b) of the Bribery Act. In the past, the petitioners were"
    " convicted of nothing; their conviction is not in issue.\n\n"
    "For these reasons, I find no ground to interfere with the order of the learned High"
    " Court Judge.\n\n{close}\n\nJUDGE OF THE COURT OF APPEAL\n"
)


@pytest.mark.parametrize(
    "close", ["Application dismissed.", "Application is dismissed.", "Petition refused."]
)
def test_a_dismissed_revision_on_preliminary_objections_leaves_the_charges_pending(
    close: str,
) -> None:
    x = _run(_REVISION.format(close=close))
    got = standing_by_defendant(x)
    assert got, "the final order decides something for the petitioners"
    assert all(outcomes == {"other"} for outcomes in got.values()), got


# the court's reasons: the final part of a judgment without an opener is its last lines
_PAD = "The evidence of the prosecution witnesses was consistent on every material point.\n\n" * 40


def test_a_bare_appeal_dismissed_headline_after_a_conviction_still_affirms_it() -> None:
    text = (
        f"{_LK_CAPTION}JUDGMENT\n\n{_LK_COUNTS}After trial, the High Court of Colombo found"
        " the appellant guilty and convicted him on both counts. This appeal is against the"
        f" conviction.\n\n{_PAD}The judgment dated 26/03/2009 is affirmed.\n\nAppeal dismissed.\n"
    )
    assert standing_by_defendant(_run(text)).get("Kamal Perera") == {"convicted"}


# -- signals: a pending charge only named ------------------------------------------------

_ONE_ACCUSED = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "The Director General\nCommission to Investigate Allegations of Bribery or Corruption\n"
    "Complainant\n\nVs.\n\n1. Kamal Perera\n\nAccused\n\n"
    "AND NOW BETWEEN\n\nKamal Perera\n\nAccused-Petitioner-Appellant\n\n"
)
_PENDING = (
    _ONE_ACCUSED + "JUDGMENT\n\n"
    "This is an appeal against the judgment of the learned High Court Judge dated"
    " 06.08.2013. The Accused Appellant, a public servant, was charged in the Magistrate's"
    " Court of Colombo for committing an offence punishable under section 70 of the Bribery"
    " Act. A preliminary objection was raised by the Appellant that the Commission to"
    " Investigate Allegations of Bribery or Corruption has no authority to initiate an"
    " investigation on an anonymous complaint. The learned Magistrate overruled it.{facts}"
    "\n\nThe Commission may act on any communication it receives.\n\n"
    "Hence the appeal is dismissed.\n"
)


def test_a_pending_charge_cited_by_its_section_only_is_no_signal() -> None:
    x = _run(_PENDING.format(facts=""))
    assert any(d.is_official for d in x.defendants)
    assert not x.case.corruption_signal


@pytest.mark.parametrize(
    "facts",
    [
        # the sum of the gratification
        " The complaint was that she had taken Rs. 2,000 from a villager to issue a permit.",
        # a word of the corrupt act
        " The complaint was that she had solicited a gratification from a villager.",
    ],
)
def test_a_pending_charge_with_its_act_told_is_a_signal(facts: str) -> None:
    x = _run(_PENDING.format(facts=facts))
    assert x.case.corruption_signal


def test_a_decided_charge_of_an_official_stays_a_signal_however_bare() -> None:
    # convicted: the convention's "official charged with a corruption-type offence" (the
    # narrowing is for pending charges only)
    text = (
        _ONE_ACCUSED + "JUDGMENT\n\nThe Accused Appellant, a public servant, was convicted by the"
        " Magistrate's Court of Colombo of an offence punishable under section 70 of the"
        " Bribery Act. She appeals against the conviction.\n\n"
        "The conviction is affirmed and the appeal is dismissed.\n"
    )
    x = _run(text)
    assert any(d.is_official for d in x.defendants)
    assert x.case.corruption_signal


# -- metadata: the decision date ---------------------------------------------------------


def _date(header: str, body: str = "") -> dt.date | None:
    head = (
        "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
        "The Democratic Socialist Republic of Sri Lanka\nComplainant\n\nv.\n\n"
        "Kamal Perera\nAccused-Appellant\n\n"
    )
    return _run(head + header + "\n\n" + body).info.decision_date


@pytest.mark.parametrize(
    ("header", "want"),
    [
        # one label, one date, the narrative's event date after it
        (
            "Argued On : 23.11.2021 and 30.11.2021\n\nDecided On : 17.12.2021\n\n"
            "1. On or about 16th November 2008 in Panadura the accused solicited Rs. 25,000.",
            dt.date(2021, 12, 17),
        ),
        # dashes, and written submissions dated before and after the hearing
        (
            "Argued on : 11-10-2022\n\nWritten Submissions : 11-10-2021, 23-07-2018\n\n"
            "Decided on : 25-11-2022",
            dt.date(2022, 11, 25),
        ),
        # the PDF's two columns: every label first, then every date
        (
            "Argued on\n\n:\n\n09.01.2023 Written Submissions on Decided on\n\n: :\n\n"
            "06.02.2023 (Accused-Petitioners) 02.03.2023 (Respondent) 04.04.2023",
            dt.date(2023, 4, 4),
        ),
        (
            "COUNSEL\n\nARGUED ON\n\n30.05.2019\n\nWRITTEN SUBMISSIONS\n\nFILED ON\n\n"
            "JUDGMENT ON\n\n04.01.2019 by the Respondents. 08.10.2018 by the Appellant.\n\n"
            "09.08.2019\n\n01. This is an appeal against the judgment dated 06.08.2013.",
            dt.date(2019, 8, 9),
        ),
        # India: "Reserved on ... Pronounced on"
        ("Reserved on: 04.02.2020        Pronounced on: 18.03.2020", dt.date(2020, 3, 18)),
        # Pakistan / Kenya: "Date of hearing" and "Date of judgment"
        (
            "Date of hearing: 12.03.2021\n\nDate of judgment: 02.04.2021",
            dt.date(2021, 4, 2),
        ),
    ],
)
def test_the_decision_date_is_the_latest_of_the_hearing_date_block(
    header: str, want: dt.date
) -> None:
    assert _date(header) == want


def test_an_order_delivered_on_a_date_in_the_narrative_is_no_decision_label() -> None:
    got = _date(
        "This is an application to revise the order delivered on 21.02.2022 by the High Court.",
        "Argued on : 09.01.2023\n\nDecided on : 04.04.2023\n",
    )
    assert got == dt.date(2023, 4, 4)


def test_an_events_date_is_no_decision_date() -> None:
    # no label: "on or about" and "dated" introduce events, not the decision
    got = _date(
        "The complainant met the appellant on or about 20/07/1994. The appellant demanded"
        " Rs. 3,000. The judgment dated 26/03/2009 is affirmed."
    )
    assert got is None


# -- metadata: a first-instance court sitting on appeal ----------------------------------


@pytest.mark.parametrize(
    ("head", "level"),
    [
        (
            "Tan Ah Kow v Public Prosecutor\n\nCase Number : MA 4/2003, Cr M 11/2003\n\n"
            "Decision Date : 21 July 2003\n\nTribunal/Court : High Court\n\n",
            CourtLevel.APPELLATE,
        ),
        (
            "REPUBLIC OF KENYA\nIN THE HIGH COURT OF KENYA AT NAKURU\n"
            "CRIMINAL APPEAL NO. 12 OF 2019\n\n".replace("CRIMINAL APPEAL", "Criminal Appeal"),
            CourtLevel.APPELLATE,
        ),
        # a trial in the same court stays a trial
        (
            "Public Prosecutor v Tan Ah Kow\n\nCase Number : CC 12/2003\n\n"
            "Decision Date : 21 July 2003\n\nTribunal/Court : High Court\n\n",
            CourtLevel.TRIAL,
        ),
    ],
)
def test_a_first_instance_court_hearing_an_appeal_is_appellate(
    head: str, level: CourtLevel
) -> None:
    body = "1 The accused was convicted by the district judge and sentenced to a fine.\n"
    assert _run(head + body).info.court_level is level


# -- a refusal to disturb the judgment below ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # Sri Lanka
        "For the afore stated reasons I am not inclined to set aside a well considered judgment.",
        # India, Pakistan
        "We see no reason to set aside the conviction recorded by the trial court.",
        "There is no ground to set aside the conviction and sentence.",
        # Kenya, Nigeria, Malaysia
        "This Court declines to quash the conviction.",
        "There is no basis for this Court to quash the conviction entered by the magistrate.",
    ],
)
def test_a_refusal_to_set_aside_affirms(sentence: str) -> None:
    assert classify(sentence) == "affirmed"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We find no merit in the prosecution's submission and set aside the conviction.",
            "acquitted",
        ),
        (
            "The appeal is allowed, the conviction is set aside and the appellant is acquitted;"
            " no order as to costs.",
            "acquitted",
        ),
        ("The judgment of the High Court is set aside.", "reversed"),
    ],
)
def test_a_set_aside_the_court_orders_stays_a_reversal(sentence: str, label: str) -> None:
    assert classify(sentence) == label


def test_a_refusal_to_set_aside_in_a_closing_paragraph_keeps_the_conviction() -> None:
    text = (
        f"{_LK_CAPTION}JUDGMENT\n\n{_LK_COUNTS}After trial, the High Court of Colombo found"
        " the appellant guilty and convicted him on both counts. This appeal is against the"
        f" conviction.\n\n{_PAD}For the afore stated reasons I am not inclined to set aside a"
        " well\n\nconsidered judgment. The judgment dated 26/03/2009 is affirmed.\n\n"
        "Appeal dismissed.\n"
    )
    assert standing_by_defendant(_run(text)).get("Kamal Perera") == {"convicted"}
